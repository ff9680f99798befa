"""Messages follow their interview: ``core.followthrough`` applied to the stored messages.

``follow_interview`` runs after every change to an interview or its people (through
``interviews.services.replan``); ``at_departure`` runs in a dispatch pass just before a
message is claimed, so that what leaves always matches the interview as it is then.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from lastimpression import clock
from lastimpression.core.calendar import BusinessCalendar
from lastimpression.core.followthrough import (
    FOLLOW_UPS,
    UNSENT,
    Standing,
    TextBasis,
    Verdict,
    follow,
    follow_up_first_day,
)
from lastimpression.interviews.models import Interview
from lastimpression.outbox.ledger import PlanIndex
from lastimpression.outbox.models import Message
from lastimpression.phrases import N_, Phrase, ptr, tr
from lastimpression.planning.models import Action


@dataclass(frozen=True)
class MessageChange:
    """What an interview's change did to one of its messages, for the user."""

    message_id: int
    kind: str
    person: str
    change: str  # cancel, recompose, hold, reslot
    reason: str
    at: datetime | None = None

    @property
    def phrase(self) -> Phrase:
        """The line, to be said in the user's language."""
        from lastimpression.words import phrase

        when = self.at.isoformat(timespec="minutes") if self.at else ""
        what = {
            "cancel": ptr("what became of a message", "cancelled"),
            "recompose": tr("rewritten with the new dates, leaving at %(when)s", when=when)
            if when
            else tr("rewritten with the new dates"),
            "hold": tr("held: you edited it; read it again, then schedule it"),
            "reslot": tr("moved to %(when)s", when=when),
        }[self.change]
        return tr(
            "Message %(id)d (%(kind)s, %(person)s) %(what)s: %(why)s.",
            id=self.message_id, kind=phrase("kind", self.kind), person=self.person, what=what,
            why=tr(_REASONS[self.reason]),
        )  # fmt: skip

    def say(self, language: str) -> str:
        """One line in ``language`` ("fr" or "en")."""
        return self.phrase.say(language)


# Why a message was changed: the msgids (the English is also what a cancelled one records).
_REASONS = {
    "cancelled": N_("the interview is cancelled"),
    "withdrawn": N_("you withdrew your application"),
    "settled": N_("the process has moved on, no follow-up is needed"),
    "moved": N_("the interview's dates changed"),
    "early": N_("it would have left before the interview's end or the promised date"),
}


class Standings:
    """How each interview stands now, for the messages of one pass (read once per interview)."""

    def __init__(self, now: datetime) -> None:
        from lastimpression.planning.service import owner_settings

        self.now = now
        self.settings = owner_settings()
        self._calendars: dict[tuple[str, str, str], BusinessCalendar] = {}
        self._follow_ups: dict[int, Action | None] = {}
        self._main_contacts: dict[int, int | None] = {}
        # A dispatch pass's plan of the messages in hand (``ledger.PlanIndex``), read once for
        # a hundred of them; without it, each message's actions are read.
        self.plan: PlanIndex | None = None

    def calendar(self, interview: Interview) -> BusinessCalendar:
        from lastimpression.planning.service import calendar_of

        place = (interview.country, interview.subdivision, interview.timezone)
        if place not in self._calendars:
            self._calendars[place] = calendar_of(interview, self.settings)
        return self._calendars[place]

    def read_panels(self, interview_ids: Iterable[int]) -> None:
        """Read the main contact of each of ``interview_ids`` in one query (a dispatch pass does,
        a chunk at a time, right after reading the chunk), as ``main_contact`` would one by one."""
        from lastimpression.core.panel import main_contact_of_rows
        from lastimpression.outbox.ledger import in_batches

        wanted = sorted(set(interview_ids))
        rows: dict[int, list[Mapping[str, Any]]] = {key: [] for key in wanted}
        # Plain SQL: through the ORM's ``values()`` this read cost 0.05 ms a message of a pass.
        found = in_batches(
            "SELECT id, interview_id, title, email, main_contact FROM interviews_person WHERE interview_id IN ({})",
            wanted,
        )
        for key, interview, title, email, chosen in sorted(found):
            rows[interview].append({"id": key, "title": title, "email": email, "main_contact": chosen})
        for key, people in rows.items():
            self._main_contacts[key] = main_contact_of_rows(people)

    def main_contact(self, interview: Interview) -> int | None:
        """The id of ``interview``'s main contact (``outbox.drafting.main_contact_id``)."""
        from lastimpression.outbox.drafting import main_contact_id

        if interview.pk not in self._main_contacts:
            self._main_contacts[interview.pk] = main_contact_id(list(interview.people.all()))
        return self._main_contacts[interview.pk]

    def promise(self, interview: Interview) -> date | None:
        """The follow-up date a thank-you promises (``planning.service.promise_of``)."""
        from lastimpression.planning.service import promise_of

        if self.plan is not None:
            row = self.plan.follow_up(interview.pk)
            return row.promise() if row is not None else None
        if interview.pk not in self._follow_ups:
            self._follow_ups[interview.pk] = Action.objects.filter(interview=interview, kind="follow_up").first()
        found = self._follow_ups[interview.pk]
        return promise_of(found) if found is not None else None

    def planned(self, message: Message) -> datetime | None:
        """When the plan's action ``message`` fulfils is due now (its snooze included)."""
        from lastimpression.outbox.sending import plan_action

        action = self.plan.fulfilled_by(message) if self.plan is not None else plan_action(message)
        return action.effective_due if action is not None else None

    def of(self, message: Message, interview: Interview) -> Standing:
        """``core.followthrough.Standing`` of ``message``."""
        from lastimpression.outbox.drafting import basis_of

        calendar = self.calendar(interview)
        promise = self.promise(interview)
        planned = self.planned(message) or self.now
        slot = calendar.next_business_slot(max(planned, self.now))
        leaving = message.scheduled_at if message.scheduled_at is not None else slot
        basis = basis_of(
            interview, promise, main=message.person_id == self.main_contact(interview), kind=message.kind,
            sent_on=max(leaving, self.now).astimezone(interview.zone).date(),
        )  # fmt: skip
        not_before = interview.end
        if message.kind in FOLLOW_UPS:
            first_day = follow_up_first_day(promise, interview.decision_by)
            if first_day is not None:
                not_before = max(not_before, calendar.opening(first_day))
            slot = max(slot, calendar.next_business_slot(not_before))
        return Standing(interview.status, basis, slot, not_before)


def verdict_of(message: Message, standing: Standing, *, moved: bool = False) -> Verdict:
    return follow(
        kind=message.kind, status=message.status, scheduled_at=message.scheduled_at, edited=message.edited,
        forced=message.forced, basis=TextBasis.from_text(message.basis), standing=standing, moved=moved,
    )  # fmt: skip


def apply(message: Message, verdict: Verdict) -> MessageChange | None:
    """Carry out ``verdict`` on ``message`` (conditional on the version read); the change
    made, or None when there was nothing to do or the message changed meanwhile."""
    from lastimpression.outbox.drafting import recompose

    if verdict.change == "keep":
        return None  # the usual case, at every departure: decided before any query is built
    person = message.person.name
    mine = Message.objects.filter(pk=message.pk, version=message.version, status__in=UNSENT)
    if verdict.change == "cancel":
        if not mine.update(status="cancelled", last_error=_REASONS[verdict.reason], held=""):
            return None
    elif verdict.change == "hold":
        if not mine.update(status="draft", scheduled_at=None, next_attempt_at=None, late=False, held="moved"):
            return None
    elif verdict.change == "reslot":
        assert verdict.at is not None
        if not mine.update(scheduled_at=verdict.at, next_attempt_at=None, late=False):
            return None
    else:  # recompose
        if mine.count() != 1:
            return None
        try:
            recompose(message, verdict.at)
        except ValueError:
            # A template of the user's that cannot be used any more: never send the old
            # words, hold the message for them instead.
            return apply(message, Verdict("hold", verdict.reason))
        if verdict.at is not None:
            Message.objects.filter(pk=message.pk).update(scheduled_at=verdict.at, next_attempt_at=None, late=False)
    return MessageChange(message.pk, message.kind, person, verdict.change, verdict.reason, verdict.at)


def follow_interview(interview: Interview, *, moved: bool = False) -> list[MessageChange]:
    """Bring ``interview``'s unsent messages in line with it (see ``core.followthrough``).
    ``moved``: its times, place or decision date just changed. Run it in the transaction
    that changed the interview."""
    messages = list(
        Message.objects.filter(interview=interview, status__in=UNSENT).select_related("person").order_by("id")
    )
    if not messages:
        return []
    standings = Standings(clock.now())
    changes = []
    for message in messages:
        message.interview = interview
        change = apply(message, verdict_of(message, standings.of(message, interview), moved=moved))
        if change is not None:
            changes.append(change)
    return changes


def at_departure(message: Message, standings: Standings) -> MessageChange | None:
    """The last check before ``message`` leaves: the change made (it does not leave now),
    or None when it may go as it is. A text recomposed keeps its time: it leaves with this
    pass only if its time has not moved."""
    verdict = verdict_of(message, standings.of(message, message.interview))
    return apply(message, verdict)
