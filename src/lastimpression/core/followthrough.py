"""A message follows its interview (PRODUCT.md §4 "The message follows its interview").

What an unsent message says and when it leaves are derived from the interview's current
state, and checked again at the moment it leaves:

- a cancelled or withdrawn interview cancels its unsent messages; once the process has moved
  on (next round, offer, accepted, rejected), the unsent follow-ups are cancelled;
- a text composed from facts that changed since (the interview's day, the recruiter's date,
  the promised follow-up date) is composed again, unless the user edited it: then it is held
  for them, never sent wrong;
- a moved interview (or a new decision date) puts scheduled messages on the plan's new slot;
- a thank-you never leaves before the interview has ended, a follow-up never before the
  promised date nor the recruiter's date: such a message is moved to its slot, unless the
  user forced its time.

Also the message's state machine: which of the user's actions each status allows.

Pure: plain values in, a verdict out; no clock, no database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

EMAIL_KINDS = ("thank_you", "follow_up", "follow_up_2")
FOLLOW_UPS = ("follow_up", "follow_up_2")
# Statuses of a message that has not left (nor may have): what an interview's change reaches.
UNSENT = ("draft", "scheduled", "failed")
# The interview is off: nothing more is sent for it.
CALLED_OFF = ("cancelled", "withdrawn")
# The process has moved on: following up makes no sense.
SETTLED = ("next_round", "offer", "accepted", "rejected", "withdrawn")

# -- the state machine ---------------------------------------------------------------------

Use = Literal["edit", "schedule", "cancel", "mark_sent"]
ALLOWED: dict[str, frozenset[str]] = {
    "draft": frozenset({"edit", "schedule", "cancel", "mark_sent"}),
    "scheduled": frozenset({"edit", "schedule", "cancel", "mark_sent"}),
    "failed": frozenset({"edit", "schedule", "cancel", "mark_sent"}),
    "unknown": frozenset({"edit", "schedule", "mark_sent"}),
    "sending": frozenset({"mark_sent"}),  # only once its process is gone (outbox.manual)
    "sent": frozenset(),
    "cancelled": frozenset(),
    "bounced": frozenset(),
}


def allows(status: str, use: Use) -> bool:
    """True when a message in ``status`` may undergo ``use``."""
    return use in ALLOWED.get(status, frozenset())


# -- what a text was composed from ---------------------------------------------------------


@dataclass(frozen=True)
class TextBasis:
    """The facts a composed text names: the interview's local day, the recruiter's date, the
    follow-up date promised (a thank-you's promise; None when it names none), and the day a
    thank-you leaves when its text says so ("ce matin", "hier": ``sent_on``; None when the text
    writes the interview's date out)."""

    interview_day: date
    decision_by: date | None = None
    promise: date | None = None
    sent_on: date | None = None

    def to_text(self) -> str:
        parts = (self.interview_day, self.decision_by, self.promise)
        text = "|".join(part.isoformat() if part else "" for part in parts)
        return f"{text}|{self.sent_on.isoformat()}" if self.sent_on else text

    @classmethod
    def from_text(cls, text: str) -> TextBasis | None:
        """The basis written by :meth:`to_text`, or None for "" or anything else."""
        parts = text.split("|")
        if len(parts) not in (3, 4) or not parts[0]:
            return None
        try:
            day, decision, promise, *sent = (date.fromisoformat(part) if part else None for part in parts)
        except ValueError:
            return None
        assert day is not None
        return cls(day, decision, promise, sent[0] if sent else None)

    def outdated_by(self, now: TextBasis) -> bool:
        """Whether a text composed on this basis no longer says what a text composed ``now``
        would: another day, decision or promise, or, for a text that says "ce matin" or
        "hier", another day of leaving."""
        if (self.interview_day, self.decision_by, self.promise) != (now.interview_day, now.decision_by, now.promise):
            return True
        return self.sent_on is not None and self.sent_on != now.sent_on


# -- the verdict ---------------------------------------------------------------------------

Change = Literal["keep", "cancel", "recompose", "hold", "reslot"]
# Why: cancelled, withdrawn, settled (the process moved on), moved (the interview's facts
# changed), early (before the interview's end or the promised date).
Reason = Literal["", "cancelled", "withdrawn", "settled", "moved", "early"]


@dataclass(frozen=True)
class Standing:
    """What the message's interview says now.

    ``status``: the interview's; ``basis``: what a text composed now would name; ``slot``:
    the plan's instant for this message now (aware); ``not_before``: the earliest instant it
    may leave (the interview's end for a thank-you; for a follow-up the opening of the
    promised day, and never before the recruiter's date)."""

    status: str
    basis: TextBasis
    slot: datetime
    not_before: datetime


@dataclass(frozen=True)
class Verdict:
    change: Change
    reason: Reason = ""
    # For "reslot" (and "recompose" of a scheduled message): where it leaves now.
    at: datetime | None = None


def follow(
    *,
    kind: str,
    status: str,
    scheduled_at: datetime | None,
    edited: bool,
    forced: bool,
    basis: TextBasis | None,
    standing: Standing,
    moved: bool = False,
) -> Verdict:
    """What becomes of one message given its interview's ``standing``.

    ``moved``: the interview's times, place or decision date just changed, so a scheduled
    message takes the plan's new slot (unless its time was forced). Without it, a scheduled
    message keeps the time chosen, unless that is too early (``standing.not_before``).
    ``basis`` None (a message written before bases were recorded, or by hand) is never
    composed again. LinkedIn notes are only cancelled (nothing is sent; their text names no
    date that matters).
    """
    if status not in UNSENT:
        return Verdict("keep")
    if standing.status in CALLED_OFF:
        return Verdict("cancel", "withdrawn" if standing.status == "withdrawn" else "cancelled")
    if kind in FOLLOW_UPS and standing.status in SETTLED:
        return Verdict("cancel", "settled")
    if kind not in EMAIL_KINDS:
        return Verdict("keep")
    scheduled = status in ("scheduled", "failed") and scheduled_at is not None
    stale = basis is not None and basis.outdated_by(standing.basis)
    if stale and edited:
        return Verdict("hold", "moved")
    at: datetime | None = None
    reason: Reason = ""
    if scheduled and not forced:
        assert scheduled_at is not None
        if moved and scheduled_at != standing.slot:
            at, reason = standing.slot, "moved"
        elif scheduled_at < standing.not_before:
            at, reason = max(standing.slot, standing.not_before), "early"
    if stale:
        return Verdict("recompose", "moved", at)
    if at is not None:
        return Verdict("reslot", reason, at)
    return Verdict("keep")


# -- the promise ---------------------------------------------------------------------------


def follow_up_first_day(promise: date | None, decision_by: date | None) -> date | None:
    """The first day a follow-up may leave: the promised day, and never on or before the
    recruiter's date (they said "by" that day); None when neither is known."""
    days = [day for day in (promise,) if day is not None]
    if decision_by is not None:
        days.append(date.fromordinal(decision_by.toordinal() + 1))
    return max(days) if days else None
