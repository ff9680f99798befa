"""The minute after the door: every message of an interview's plan drafted in one go, each
with its checks, when it would leave and what it still needs from the user; then every clean
one scheduled in one go.

Nothing new is decided here: drafting is ``outbox.drafting.draft``, the checks are
``lint_message`` and the schedule's own LI016 at the plan's slot (``sending.default_slot``),
scheduling is ``sending.schedule``, which still refuses what it refuses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from lastimpression.core.lint.finding import Finding
from lastimpression.core.validation import InvalidValue
from lastimpression.interviews.models import Interview, Person
from lastimpression.outbox.models import Message

# What "Draft and schedule all" drafts: the messages due right after the interview. The
# follow-ups wait in the plan (a reply would make them unnecessary).
NOW_KINDS = ("thank_you", "linkedin")
ORDER = {"thank_you": 0, "linkedin": 1, "follow_up": 2, "follow_up_2": 3}


@dataclass(frozen=True)
class Ready:
    """One message of the plan as it stands. ``need`` says what it waits for:

    - ``""``: nothing, it is clean: "Schedule all" schedules it at ``leaves_at`` (the plan's slot);
    - ``no_address``: a thank-you for someone without an e-mail address (nothing drafted);
    - ``errors``: the checks found errors (``findings``): the text needs correcting;
    - ``held``: its interview changed after the user had edited it: to be read again;
    - ``by_hand``: a LinkedIn note, which the user copies into LinkedIn;
    - ``scheduled`` (leaves at ``leaves_at``), ``sent``, or another status of the message
      (``failed``, ``unknown``, ``bounced``, ``sending``): said by the message's card.
    """

    kind: str
    person: Person
    message: Message | None
    need: str
    findings: tuple[Finding, ...] = ()
    leaves_at: datetime | None = None

    @property
    def clean(self) -> bool:
        return self.need == ""

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(finding for finding in self.findings if finding.severity == "error")


@dataclass
class Drafted:
    """What ``draft_all`` did: the messages drafted, people skipped (and why: ``no_email`` or
    the status of the message they already have), and a refusal per kind that could not be
    drafted at all (``InvalidValue``)."""

    drafted: list[Message] = field(default_factory=list)
    skipped: list[tuple[Person, str, str]] = field(default_factory=list)  # person, kind, reason
    refused: list[tuple[str, InvalidValue]] = field(default_factory=list)  # kind, why
    notices: list[str] = field(default_factory=list)


def draft_all(interview_id: int | str, now: datetime) -> Drafted:
    """Draft every message due after the interview (NOW_KINDS) for everyone concerned, as
    ``draft`` does for one kind (an unsent draft is replaced, a scheduled or sent one kept)."""
    from lastimpression.outbox.drafting import draft

    done = Drafted()
    for kind in NOW_KINDS:
        try:
            outcome = draft(interview_id, kind, None, now)
        except InvalidValue as error:
            done.refused.append((kind, error))
            continue
        done.drafted += outcome.drafted
        done.skipped += [(person, kind, reason) for person, reason in outcome.skipped]
        done.notices += [notice for notice in outcome.notices if notice not in done.notices]
    return done


def _checked(message: Message, now: datetime) -> tuple[tuple[Finding, ...], datetime | None]:
    """The findings ``schedule`` would see at the plan's slot, and that slot (for a draft); a
    scheduled message's own findings and time."""
    from lastimpression.outbox.drafting import lint_message
    from lastimpression.outbox.sending import default_slot, timing_findings

    findings = lint_message(message)
    if message.kind == "linkedin" or message.status != "draft":
        return tuple(findings), message.scheduled_at if message.status == "scheduled" else None
    slot = default_slot(message, now)
    return (*findings, *timing_findings(message, slot)), slot


def _need(message: Message, findings: tuple[Finding, ...]) -> str:
    if message.kind == "linkedin":
        return "by_hand" if message.status == "draft" else message.status
    if message.status != "draft":
        return message.status
    if not message.to:
        return "no_address"
    if message.held:
        return "held"
    if any(finding.severity == "error" for finding in findings):
        return "errors"
    return ""


def readiness(interview: Interview, now: datetime) -> list[Ready]:
    """Every message of ``interview`` (cancelled ones left out), and a line for each person a
    thank-you cannot be written to (no e-mail address), by kind then person."""
    messages = list(
        interview.messages.exclude(status="cancelled").select_related("person", "interview").order_by("person_id")
    )
    found: list[Ready] = []
    for message in messages:
        findings, at = _checked(message, now)
        found.append(Ready(message.kind, message.person, message, _need(message, findings), findings, at))
    thanked = {message.person_id for message in messages if message.kind == "thank_you"}
    for person in interview.people.all():
        if not person.email and person.pk not in thanked:
            found.append(Ready("thank_you", person, None, "no_address"))
    return sorted(found, key=lambda item: (ORDER.get(item.kind, 9), item.person.pk))


@dataclass(frozen=True)
class Outcome:
    """What ``schedule_clean`` did for one clean message: scheduled at ``at``, or refused
    (``problem``: the refusal, or the findings that refused it)."""

    message: Message
    at: datetime | None
    problem: InvalidValue | None = None
    findings: tuple[Finding, ...] = ()


def schedule_clean(interview: Interview, now: datetime) -> list[Outcome]:
    """Schedule every clean message of ``interview`` (``readiness``) at its plan's slot, one by
    one as ``send`` does; one refused (it changed meanwhile, the slot moved into an error) is
    said, the others still go."""
    from lastimpression.outbox.sending import LintRefusal, schedule

    done: list[Outcome] = []
    for item in readiness(interview, now):
        if not item.clean or item.message is None:
            continue
        try:
            scheduled = schedule(item.message.pk, at=None, now=now)
        except LintRefusal as refusal:
            done.append(Outcome(refusal.message, None, findings=tuple(refusal.findings)))
        except InvalidValue as error:
            done.append(Outcome(item.message, None, problem=error))
        else:
            done.append(Outcome(scheduled.message, scheduled.at))
    return done
