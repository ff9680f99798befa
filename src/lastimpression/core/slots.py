"""Moving a planned instant: "put off" (snooze) and a panel's spacing (PRODUCT.md §4).

Pure, like ``core.plan``: the instants, the recipient's calendar and the random draw come in
as arguments.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from lastimpression.core.calendar import BusinessCalendar, require_aware
from lastimpression.phrases import Phrase, tr

# -- snooze ----------------------------------------------------------------------------------

SNOOZE_STEP = timedelta(days=1)
SNOOZE_HORIZON = timedelta(days=366)


class SnoozeRefused(ValueError):
    """An instant that would not put the action off; ``problem`` says why (a ``Phrase``)."""

    def __init__(self, problem: Phrase) -> None:
        super().__init__(problem.say("en"))
        self.problem = problem


def snooze_until(
    now: datetime,
    due: datetime,
    calendar: BusinessCalendar | None,
    *,
    until: datetime | None = None,
    promised: date | None = None,
) -> datetime:
    """Where "put off" moves an action due at ``due`` (its snooze included): always later.

    By default a day after both ``now`` and ``due``, moved into the recipient's business hours
    (``calendar``; None for the debrief, which is the user's own evening and has no hours).
    ``until``, when given, must be after ``now``, not before ``due``, within a year, and for a
    follow-up (``promised``: the date the thank-you announced) not before the promised day.
    Raises SnoozeRefused; ValueError for a naive instant.
    """
    require_aware(now, "now")
    require_aware(due, "due")
    if until is None:
        later = max(now, due) + SNOOZE_STEP
        chosen = calendar.next_business_slot(later) if calendar is not None else later
    else:
        require_aware(until, "until")
        chosen = until
        if until <= now:
            raise SnoozeRefused(tr("is not in the future"))
        if until < due:
            raise SnoozeRefused(
                tr(
                    "is before %(due)s, when the action is due: a snooze puts it off",
                    due=due.isoformat(timespec="minutes"),
                )
            )
        if until > now + SNOOZE_HORIZON:
            raise SnoozeRefused(tr("is more than a year from now"))
    if promised is not None and calendar is not None and calendar.local_date(chosen) < promised:
        raise SnoozeRefused(
            tr("is before %(promised)s, the follow-up date the thank-you promised", promised=promised.isoformat())
        )
    return chosen.astimezone(calendar.zone) if calendar is not None else chosen


# -- panels ----------------------------------------------------------------------------------

# "A random 2–7 minutes" between the messages of a panel (PRODUCT.md §4), in seconds.
PANEL_GAP = (120, 420)


def panel_slot(
    at: datetime, others: Sequence[datetime], calendar: BusinessCalendar, draw: Callable[[int, int], int]
) -> datetime:
    """``at``, or later when another message of the same panel (``others``: when they leave
    or left) is within two minutes of it: then ``draw(120, 420)`` seconds after the latest
    such one, moved into the recipient's business hours again if need be, until no message
    of the panel is that close. ``draw`` is ``random.Random.randint`` (a seeded one in tests)."""
    for _ in range(len(others) + 1):
        clashes = [instant for instant in others if abs((instant - at).total_seconds()) < PANEL_GAP[0]]
        if not clashes:
            return at
        at = max(clashes) + timedelta(seconds=draw(*PANEL_GAP))
        if not calendar.is_business_time(at):
            at = calendar.next_business_slot(at)
    return at
