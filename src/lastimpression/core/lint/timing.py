"""LI016: when an e-mail is scheduled (PRODUCT.md §6 and §4's timing rules).

A thank-you belongs inside business hours of a business day of the recipient's calendar, and
no later than the end of the next business day after the interview; a follow-up never goes
before the date the thank-you promised nor on or before the recruiter's date, nor outside
business hours. Leaving too early is an error (a thank-you before the interview's end, a
follow-up before the promised or the recruiter's date: it breaks the candidate's word), which
``send --force`` may still override for a follow-up; the rest are warnings.

Pure: the scheduled instant, the calendar and the plan's dates come in as arguments; no
clock, no database. Not part of ``linter.RULES`` because a draft has no schedule: ``send``
calls :func:`check_timing` with the instant it is about to use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from lastimpression.core.calendar import BusinessCalendar, require_aware
from lastimpression.core.lint.dates import said_date
from lastimpression.core.lint.finding import Finding, finding
from lastimpression.phrases import tr

CODE = "LI016"
EMAIL_KINDS = ("thank_you", "follow_up", "follow_up_2")
FOLLOW_UPS = ("follow_up", "follow_up_2")


@dataclass(frozen=True)
class TimingContext:
    """What LI016 compares a scheduled instant with.

    ``calendar`` is the recipient's (the interview's country, subdivision, zone and the
    configured business hours); ``interview_end`` is aware; ``promise_date`` is the follow-up
    date the thank-you promised (or the plan's), a date in the recipient's zone, or None.
    """

    kind: str
    calendar: BusinessCalendar
    interview_end: datetime
    promise_date: date | None = None
    decision_by: date | None = None


def _local(instant: datetime, calendar: BusinessCalendar) -> str:
    return instant.astimezone(calendar.zone).strftime("%H:%M")


def _outside_business_time(scheduled: datetime, calendar: BusinessCalendar) -> Finding | None:
    day = calendar.local_date(scheduled)
    holiday = calendar.holiday_name(day)
    if holiday is not None:
        return finding(
            CODE, "warning",
            tr("Scheduled on %(day)s, a public holiday for the recipient (%(name)s).", day=said_date(day), name=holiday),
        )  # fmt: skip
    if day.weekday() >= 5:
        return finding(
            CODE, "warning", tr("Scheduled on %(day)s, a weekend for the recipient.", day=said_date(day)),
        )  # fmt: skip
    if not calendar.is_business_time(scheduled):
        opening, closing = calendar.opening_time.strftime("%H:%M"), calendar.closing_time.strftime("%H:%M")
        return finding(
            CODE, "warning",
            tr(
                "Scheduled at %(time)s (%(zone)s), outside the recipient's business hours (%(opening)s–%(closing)s).",
                time=_local(scheduled, calendar), zone=calendar.timezone, opening=opening, closing=closing,
            ),
        )  # fmt: skip
    return None


def check_timing(scheduled: datetime, context: TimingContext) -> list[Finding]:
    """LI016 findings for an e-mail of ``context.kind`` scheduled at ``scheduled`` (aware).

    Returns [] for a LinkedIn note (nothing is sent) and for a well-placed e-mail. Raises
    ValueError if ``scheduled`` or ``context.interview_end`` is naive.
    """
    require_aware(scheduled, "scheduled instant")
    require_aware(context.interview_end, "interview end")
    if context.kind not in EMAIL_KINDS:
        return []
    calendar = context.calendar
    findings: list[Finding] = []
    outside = _outside_business_time(scheduled, calendar)
    if outside is not None:
        findings.append(outside)
    if context.kind == "thank_you":
        if scheduled < context.interview_end:
            findings.append(
                finding(CODE, "error", tr("Scheduled before the interview has ended: a thank-you never leaves before."))
            )  # fmt: skip
        next_day = calendar.next_business_day(calendar.local_date(context.interview_end))
        if scheduled >= calendar.closing(next_day):
            findings.append(
                finding(
                    CODE, "warning",
                    tr(
                        "Scheduled after the end of %(day)s, the next business day after the interview: "
                        "a thank-you loses its point after a day or two.",
                        day=said_date(next_day),
                    ),
                )
            )  # fmt: skip
    elif context.promise_date is not None and calendar.local_date(scheduled) < context.promise_date:
        findings.append(
            finding(
                CODE, "error",
                tr("Scheduled before %(day)s, the follow-up date the thank-you promised.", day=said_date(context.promise_date)),
            )
        )  # fmt: skip
    elif context.decision_by is not None and calendar.local_date(scheduled) <= context.decision_by:
        findings.append(
            finding(
                CODE, "error",
                tr(
                    "Scheduled on or before %(day)s, the date the recruiter gave for their decision.",
                    day=said_date(context.decision_by),
                ),
            )
        )  # fmt: skip
    return findings
