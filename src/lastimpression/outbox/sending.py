"""Scheduling a message: ``send ID [--at ISO | --now] [--force]``.

By default a message goes at its plan's slot in the recipient's calendar (the thank-you
action's due time for a thank-you, the follow-up's for a follow-up), or at the next business
slot when that has passed. Messages of a panel (same interview, same kind) leave a random 2–7
minutes apart, never in the same second. Lint errors refuse the schedule unless forced;
LI016, the schedule's own check (a time outside business hours, on a holiday, too late for a
thank-you, a follow-up before the promised date), is a warning: shown, never refusing.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.utils import parseaddr
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction

from lastimpression.core.calendar import BusinessCalendar
from lastimpression.core.followthrough import ALLOWED, allows
from lastimpression.core.lint.finding import Finding
from lastimpression.core.lint.timing import TimingContext, check_timing
from lastimpression.core.slots import panel_slot
from lastimpression.core.validation import InvalidValue
from lastimpression.interviews.models import Person
from lastimpression.outbox.models import Message
from lastimpression.outbox.transport import PLAIN_ADDRESS
from lastimpression.phrases import Phrase, say, tr
from lastimpression.planning.models import Action

# What the message state machine (core.followthrough.ALLOWED) lets the user schedule.
SCHEDULABLE = tuple(status for status in ALLOWED if allows(status, "schedule"))
FOLLOW_UPS = ("follow_up", "follow_up_2")
# What a reply makes unnecessary: not "sending" (its pass checks replied_instead after its
# claim) nor "unknown" (it may have gone out).
UNSENT = ("draft", "scheduled", "failed")


class LintRefusal(Exception):
    """``send`` refused: the message has lint errors (``findings`` holds every finding)."""

    def __init__(self, message: Message, findings: list[Finding]) -> None:
        super().__init__(f"message {message.id} has lint errors")
        self.message, self.findings = message, findings


@dataclass
class Scheduled:
    """What ``schedule`` did: the message, its instant, the findings (warnings when it was
    accepted), and the slot it was moved from to keep a panel apart (or None)."""

    message: Message
    at: datetime
    findings: list[Finding] = field(default_factory=list)
    moved_from: datetime | None = None


def recipient_calendar(message: Message) -> BusinessCalendar:
    """The recipient's business calendar (``planning.service.calendar_of``)."""
    from lastimpression.planning.service import calendar_of

    return calendar_of(message.interview)


def plan_action(message: Message) -> Action | None:
    """The plan's action this message fulfils: per person for a thank-you or a LinkedIn note,
    the interview's for a follow-up."""
    actions = Action.objects.filter(interview_id=message.interview_id, kind=message.kind)
    if message.kind in ("thank_you", "linkedin"):
        actions = actions.filter(person_id=message.person_id)
    return actions.order_by("person_id").first()


def timing_findings(message: Message, at: datetime) -> list[Finding]:
    """LI016 for ``message`` scheduled at ``at``."""
    from lastimpression.outbox.drafting import promise_date

    follow_up = message.kind in FOLLOW_UPS
    context = TimingContext(
        kind=message.kind, calendar=recipient_calendar(message), interview_end=message.interview.end,
        promise_date=promise_date(message.interview) if follow_up else None,
        decision_by=message.interview.decision_by if follow_up else None,
    )  # fmt: skip
    return check_timing(at, context)


def default_slot(message: Message, now: datetime) -> datetime:
    """The plan's slot for ``message`` (its action's due time, snooze included), or the next
    business slot from ``now`` when there is no action or its slot has passed."""
    calendar = recipient_calendar(message)
    action = plan_action(message)
    slot = action.effective_due if action is not None else now
    return calendar.next_business_slot(max(slot, now))


def keep_panel_apart(message: Message, at: datetime, rng: random.Random) -> datetime:
    """``at``, or later when another message of the same panel (interview and kind) leaves
    within two minutes of it: then a random 2–7 minutes after that one, moved into business
    hours again if need be."""
    siblings = (
        Message.objects.filter(interview_id=message.interview_id, kind=message.kind)
        .exclude(pk=message.pk)
        .filter(status__in=("scheduled", "sending", "sent"))
    )
    times = [sibling.sent_at or sibling.scheduled_at for sibling in siblings]
    instants = [instant for instant in times if instant is not None]
    return panel_slot(at, instants, recipient_calendar(message), rng.randint)


def check_recipient(message: Message) -> str:
    """The envelope recipient: exactly one plain address (no display name, no line break, no
    list). Raises InvalidValue naming ``to``."""
    if PLAIN_ADDRESS.fullmatch(message.to):
        return message.to  # the usual case, which parseaddr (30 µs) would return unchanged
    name, address = parseaddr(message.to)
    if not address or name or address != message.to.strip() or any(char in address for char in " ,;\r\n<>"):
        raise InvalidValue("to", tr("%(value)s is not one e-mail address", value=repr(message.to)))
    local, _, domain = address.rpartition("@")
    if not local or "." not in domain:
        raise InvalidValue("to", tr("%(value)s is not one e-mail address", value=repr(message.to)))
    return address


def replied_instead(message: Message, language: str = "en") -> str | None:
    """Why a follow-up is no longer needed (``replied_reason``), in ``language``, or None."""
    reason = replied_reason(message)
    return None if reason is None else say(reason, language)


def replied_reason(message: Message) -> Phrase | str | None:
    """Why a follow-up is no longer needed (someone replied, or the plan cancelled it: the
    plan's note, else our words), or None. ``[replies] cancel = person`` limits a reply's
    effect to that person's follow-ups."""
    if message.kind not in FOLLOW_UPS:
        return None
    person = message.person
    replied = (
        person
        if person.replied_at is not None
        else (Person.objects.filter(interview_id=message.interview_id).exclude(replied_at=None).first())
    )
    # Someone else's reply stands for this person too, unless ``cancel = person``.
    if replied is not None and (
        replied is person or settings.CONFIG.get("replies", "cancel", "interview") == "interview"
    ):
        return _replied_words(replied, message)
    action = Action.objects.filter(interview_id=message.interview_id, kind=message.kind).first()
    if action is not None and action.status == "cancelled":
        # Cancelled by replies (``cancel_follow_ups_after_reply``: everyone answered): said as such.
        if replied is not None:
            return _replied_words(replied, message)
        return action.note or tr("the follow-up was cancelled in the plan")
    return None


class _DayInWords(Phrase):
    """A day in words ("jeudi 3 décembre 2026"), in the language the sentence holding it is
    said in: Babel's words for the recipient's country, not the catalogue's."""

    country: str

    def __init__(self, day: date, country: str) -> None:
        super().__init__(day.isoformat())
        object.__setattr__(self, "country", country)

    def say(self, language: str) -> str:
        from lastimpression.core.compose.conventions import date_in_words

        return date_in_words(date.fromisoformat(self.msgid), language, self.country)


def _replied_words(person: Person, message: Message) -> Phrase:
    assert person.replied_at is not None
    interview = message.interview
    day = person.replied_at.astimezone(ZoneInfo(interview.timezone)).date()
    return tr("%(name)s replied on %(day)s", name=person.name, day=_DayInWords(day, interview.country))


def cancel_follow_ups_after_reply(person: Person) -> int:
    """Cancel what a reply from ``person`` (already recorded on them) makes unnecessary, the
    same whether ``replies`` found it over IMAP or the user recorded it (``person replied``);
    ``replied_instead`` applies the same rule when a pass is about to send a follow-up.

    - The follow-up e-mails not sent yet (UNSENT) of the interview, or only that person's with
      ``[replies] cancel = person``.
    - The plan's pending follow-ups (one per interview); with ``person``, only once every person
      of the interview with an e-mail has replied: until then they still stand for the others.

    Returns how many follow-ups were cancelled, as the user counts them: each e-mail, and a
    plan action only when no e-mail of its kind was (the action and its e-mail are one
    follow-up). Run it in the transaction that records the reply."""
    from lastimpression.planning.service import cancel_pending

    note = f"reply from {person.name}"[:500]
    per_person = settings.CONFIG.get("replies", "cancel", "interview") == "person"
    unsent = Message.objects.filter(interview_id=person.interview_id, kind__in=FOLLOW_UPS, status__in=UNSENT)
    if per_person:
        unsent = unsent.filter(person_id=person.pk)
    with_mail = set(unsent.values_list("kind", flat=True))
    cancelled = unsent.update(status="cancelled", last_error=note)
    waiting = Person.objects.filter(interview_id=person.interview_id, replied_at=None).exclude(email="")
    if not (per_person and waiting.exclude(pk=person.pk).exists()):
        pending = Action.objects.filter(interview_id=person.interview_id, kind__in=FOLLOW_UPS, status="pending")
        cancelled += pending.exclude(kind__in=with_mail).count()
        cancel_pending(person.interview_id, kinds=FOLLOW_UPS, note=note)
    return cancelled


def schedule(
    message_id: int | str, *, at: datetime | None, now: datetime, force: bool = False, rng: random.Random | None = None
) -> Scheduled:
    """Schedule a message to be sent at ``at`` (None: the plan's slot; ``at == now`` for
    "send now", which is not moved for a panel).

    Raises InvalidValue (naming the field) for a message that cannot be sent (a LinkedIn
    note, no address, already sent, a follow-up someone already answered) or an ``at`` in
    the past; LintRefusal when the linter finds errors and ``force`` is false.
    """
    from lastimpression.interviews.services import require_profile
    from lastimpression.outbox.drafting import lint_message
    from lastimpression.outbox.manual import get_message
    from lastimpression.outbox.mime import prepare

    message = get_message(message_id)
    if message.kind == "linkedin":
        raise InvalidValue(
            "message",
            tr("message %(id)d is a LinkedIn note: send it on LinkedIn, then run message sent %(id)d", id=message.id),
        )
    if message.status not in SCHEDULABLE:
        from lastimpression.words import phrase

        status = phrase("message_status", message.status)
        raise InvalidValue(
            "message", tr("message %(id)d is %(status)s: it cannot be sent again", id=message.id, status=status)
        )
    if not message.to:
        raise InvalidValue("to", tr("message %(id)d has no recipient address", id=message.id))
    check_recipient(message)
    reason = replied_reason(message)
    if reason is not None:
        raise InvalidValue("message", tr("no follow-up needed: %(reason)s", reason=reason))
    if at is not None and at < now - timedelta(minutes=1):
        raise InvalidValue("--at", tr("%(at)s is in the past (use --now)", at=at.isoformat()))
    chosen = default_slot(message, now) if at is None else max(at, now)
    spaced = chosen if at == now else keep_panel_apart(message, chosen, rng or random.SystemRandom())
    if message.kind == "thank_you" and spaced < message.interview.end:
        end = message.interview.local_end().isoformat(timespec="minutes")
        raise InvalidValue(
            "--at", tr("the interview ends at %(end)s: a thank-you never leaves before it has ended", end=end)
        )
    findings = [*lint_message(message), *timing_findings(message, spaced)]
    errors = any(item.severity == "error" for item in findings)
    if errors and not force:
        raise LintRefusal(message, findings)
    # Forced past a timing error: the user's decision, which the last check before leaving
    # (outbox.follow) respects.
    forced = force and any(item.severity == "error" and item.code == "LI016" for item in findings)
    key, prepared = prepare(message, require_profile())
    with transaction.atomic():
        updated = Message.objects.filter(pk=message.pk, status__in=SCHEDULABLE, version=message.version).update(
            status="scheduled", scheduled_at=spaced, next_attempt_at=None, late=False, written_at=None,
            written_to="", attempts=0, last_error="", claimed_at=None, claimed_by="", prepared=prepared,
            prepared_key=key, updated_at=now, forced=forced, held="",
        )  # fmt: skip
        if updated != 1:
            raise InvalidValue("message", tr("message %(id)d changed meanwhile: try again", id=message.id))
    message.refresh_from_db()
    from lastimpression.outbox.worker import wake

    wake()  # the outbox loop of this process (serve) looks at it now, not after its wait
    return Scheduled(message, spaced, findings, chosen if spaced != chosen else None)
