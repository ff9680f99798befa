"""The follow-up plan of an interview, and its reconciliation when the interview changes.

PRODUCT.md §4 ("Domain rules") in code. Pure: the interview, its people, the settings and
``now`` come in as plain frozen dataclasses; dated actions go out. Every due date except the
debrief's lives in the recipient's calendar, which is the interview's (country, subdivision,
time zone); the debrief is the candidate's and lives in the user's time zone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple, TypeVar

from lastimpression.core.calendar import (
    DEFAULT_CLOSING,
    DEFAULT_OPENING,
    BusinessCalendar,
    check_business_hours,
    require_aware,
    wall_time,
    zone_named,
)
from lastimpression.phrases import Phrase, tr

KINDS = ("debrief", "thank_you", "linkedin", "follow_up", "follow_up_2")
STATUSES = ("pending", "done", "skipped", "cancelled")

FOLLOW_UP_BUSINESS_DAYS_RANGE = range(3, 11)
SECOND_FOLLOW_UP_BUSINESS_DAYS = 5
# CRAFT R25: with no recruiter's date, 10 business days (two weeks) for a senior role or fr-CA.
PATIENT_FOLLOW_UP_BUSINESS_DAYS = 10
_SENIOR = re.compile(
    r"\b(?:senior|s[ée]nior|principal|principale|staff|lead|head|director|directeur|directrice|chief|vp|"
    r"vice[- ]pr[ée]sident\w*|cto|cfo|ceo|coo|cio|drh|daf|dsi)\b",
    re.IGNORECASE,
)
DEBRIEF_TIME = time(19)
DEBRIEF_MIN_DELAY = timedelta(hours=1)
# "Within 24 h, at most 48 h" (§4): a delay beyond a day could no longer meet that.
MAX_THANK_YOU_DELAY = timedelta(hours=24)
# A follow-up reads best mid-week, mid-morning (CRAFT R25: not Monday 9:00, not Friday evening).
FOLLOW_UP_TIME = time(10)
FOLLOW_UP_WEEKDAYS = frozenset({1, 2, 3})  # Tuesday, Wednesday, Thursday
# A LinkedIn invitation comes after the thank-you and at least a day after the interview (CRAFT
# R30); the people of a panel are invited a few business hours apart, never all at once.
LINKEDIN_MIN_DELAY = timedelta(hours=24)
LINKEDIN_SPACING = timedelta(hours=3)


@dataclass(frozen=True)
class PlanInterview:
    """What the plan needs of an interview. Raises ValueError if start/end are naive or the
    interview ends before it starts."""

    id: int
    start: datetime
    end: datetime
    country: str
    subdivision: str
    timezone: str
    decision_by: date | None = None
    # Without a recruiter's date, a senior role or a Québec process waits longer before the
    # follow-up (CRAFT R25: 10–14 days rather than 7): ``waits_longer``.
    patient: bool = False

    def __post_init__(self) -> None:
        require_aware(self.start, "interview start")
        require_aware(self.end, "interview end")
        if self.end < self.start:
            raise ValueError(f"interview ends ({self.end}) before it starts ({self.start})")


@dataclass(frozen=True)
class PlanPerson:
    """A person met. Everyone gets a thank-you step; ``has_email`` says whether it can be an
    e-mail (without one, the step asks for an address or is done another way)."""

    id: int
    has_email: bool


@dataclass(frozen=True)
class PlanSettings:
    """The user's planning settings. Raises ValueError for an unknown ``user_timezone``,
    ``follow_up_business_days`` outside 3..10, hours that do not open before they close, or a
    ``thank_you_delay`` outside [0, 24 h]."""

    user_timezone: str
    follow_up_business_days: int = 7
    second_follow_up: bool = False
    opening: time = DEFAULT_OPENING
    closing: time = DEFAULT_CLOSING
    thank_you_delay: timedelta = timedelta(hours=1)

    def __post_init__(self) -> None:
        zone_named(self.user_timezone)
        if self.follow_up_business_days not in FOLLOW_UP_BUSINESS_DAYS_RANGE:
            raise ValueError(f"follow_up_business_days must be between 3 and 10, got {self.follow_up_business_days}")
        check_business_hours(self.opening, self.closing)
        if not timedelta(0) <= self.thank_you_delay <= MAX_THANK_YOU_DELAY:
            raise ValueError(f"thank_you_delay must be within 0-24 h, got {self.thank_you_delay}")


@dataclass(frozen=True)
class PlannedAction:
    """One dated action of the plan.

    ``due`` is aware: in the recipient's zone for thank_you, linkedin and follow-ups, in the
    user's zone for the debrief. ``rule_due`` is set only on a follow-up pinned to a promised
    date: it is where the rules alone would now put it, so that a moved decision date can be
    reported while the promise stands.
    """

    kind: str
    person_id: int | None
    due: datetime
    rule_due: datetime | None = None

    @property
    def key(self) -> tuple[str, int | None]:
        return (self.kind, self.person_id)


@dataclass(frozen=True)
class StoredAction:
    """An action as stored, for :func:`reconcile`. Raises ValueError on an unknown status."""

    kind: str
    person_id: int | None
    due: datetime
    status: str

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown action status {self.status!r}")

    @property
    def key(self) -> tuple[str, int | None]:
        return (self.kind, self.person_id)


class PlanWarning(NamedTuple):
    """A machine ``code``, the English sentence (``message``), the dates it speaks of, and the
    ``phrase`` of the one catalogue that says it in the user's language (None: the English only)."""

    code: str
    message: str
    dates: tuple[date, ...] = ()
    phrase: Phrase | None = None


@dataclass(frozen=True)
class Rescheduled:
    """A stored pending action that must move to ``due``."""

    action: StoredAction
    due: datetime


@dataclass(frozen=True)
class Reconciliation:
    """What to change in the stored plan: move, add, make obsolete, and what to tell."""

    rescheduled: tuple[Rescheduled, ...] = ()
    added: tuple[PlannedAction, ...] = ()
    obsolete: tuple[StoredAction, ...] = ()
    warnings: tuple[PlanWarning, ...] = ()


def recipient_calendar(interview: PlanInterview, settings: PlanSettings) -> BusinessCalendar:
    """The interview's business calendar with the user's business hours."""
    return BusinessCalendar(
        interview.country,
        interview.subdivision,
        interview.timezone,
        opening_time=settings.opening,
        closing_time=settings.closing,
    )


def build_plan(
    interview: PlanInterview,
    people: Sequence[PlanPerson],
    settings: PlanSettings,
    now: datetime,
    *,
    promised_follow_up: date | None = None,
) -> list[PlannedAction]:
    """Return the interview's dated actions, sorted by due instant (§4 "Domain rules").

    - debrief: 19:00 in the user's zone on the day the interview ends there, or end + 1 h if
      that is later;
    - thank_you, per person (with an e-mail or not): the first business-time instant at or after
      end + ``thank_you_delay``. Every person gets the same slot: spacing a panel's messages a
      few minutes apart is the outbox's job, at sending time;
    - linkedin, per person (e-mail or not): ``linkedin_slot``: at least 24 h after the
      interview and a business day after the thank-you, the people of a panel 3 business hours
      apart in their order;
    - follow_up, one per interview (``person_id`` None): the relance is one act, sent to the
      panel's main contact only (``core.panel``), and a reply from anyone cancels it. The
      business day after ``decision_by``, or ``follow_up_business_days`` business days after
      the interview's local date, moved off a Monday or a Friday to the next Tuesday–Thursday
      (``mid_week``), at 10:00 (``follow_up_time``). It is never before the business day after
      the thank-you (a recruiter's date already past, or an interview recorded late, must not
      put the follow-up before or with the thank-you);
    - follow_up_2, if ``settings.second_follow_up``: 5 business days after the first, mid-week,
      at 10:00.

    ``promised_follow_up``: the date a sent thank-you promised. When given, the follow-up stays
    on it (its ``rule_due`` says where the rules would now put it) and the second follow-up
    counts from it.

    ``now`` moves nothing: dates depend only on the interview, so re-planning is reproducible
    and an action whose time has passed stays visible as overdue (the agenda compares with
    ``now``) instead of silently sliding forward. It is checked to be aware and otherwise
    unused, so that callers pass the program's clock uniformly.

    Raises ValueError for a naive ``now``, duplicate person ids, or an interview whose
    country, subdivision or time zone is unknown.
    """
    require_aware(now, "now")
    person_ids = [person.id for person in people]
    if len(set(person_ids)) != len(person_ids):
        raise ValueError(f"duplicate person ids in {person_ids}")

    calendar = recipient_calendar(interview, settings)
    end = interview.end.astimezone(UTC)
    thank_you_slot = calendar.next_business_slot(end + settings.thank_you_delay)

    actions = [PlannedAction("debrief", None, debrief_due(interview, settings))]
    # Everyone met is thanked: without an address the step stays, for the user to add one
    # or to thank them another way (LinkedIn, by hand) and mark it done.
    actions += [PlannedAction("thank_you", person.id, thank_you_slot) for person in people]
    actions += [
        PlannedAction("linkedin", person.id, linkedin_slot(calendar, end, thank_you_slot, position))
        for position, person in enumerate(people)
    ]

    rule_day = _follow_up_rule_date(calendar, interview, settings, thank_you_slot.date())
    if promised_follow_up is None:
        follow_up_day = rule_day
        actions.append(PlannedAction("follow_up", None, follow_up_time(calendar, follow_up_day)))
    else:
        follow_up_day = promised_follow_up
        actions.append(
            PlannedAction(
                "follow_up",
                None,
                follow_up_time(calendar, follow_up_day),
                rule_due=follow_up_time(calendar, rule_day),
            )
        )
    if settings.second_follow_up:
        second_day = mid_week(calendar, calendar.add_business_days(follow_up_day, SECOND_FOLLOW_UP_BUSINESS_DAYS))
        actions.append(PlannedAction("follow_up_2", None, follow_up_time(calendar, second_day)))

    # sorted() is stable: equal instants keep the kind-then-person order built above.
    return sorted(actions, key=lambda action: action.due.astimezone(UTC))


def linkedin_slot(calendar: BusinessCalendar, end: datetime, thank_you_slot: datetime, position: int) -> datetime:
    """When the ``position``-th person met (0 first) is invited on LinkedIn: the first business
    instant at least ``LINKEDIN_MIN_DELAY`` after the interview's ``end`` and a business day after
    the thank-you, the others ``LINKEDIN_SPACING`` apart in turn."""
    earliest = max(end + LINKEDIN_MIN_DELAY, calendar.opening(calendar.next_business_day(thank_you_slot.date())))
    slot = calendar.next_business_slot(earliest)
    for _ in range(position):
        slot = calendar.next_business_slot(slot + LINKEDIN_SPACING)
    return slot


def mid_week(calendar: BusinessCalendar, day: date) -> date:
    """``day``, or when it falls on a Monday or a Friday the next business day from Tuesday to
    Thursday (a week of holidays keeps ``day``'s next business day)."""
    if day.weekday() in FOLLOW_UP_WEEKDAYS:
        return day
    candidate = day
    for _ in range(10):
        candidate = calendar.next_business_day(candidate)
        if candidate.weekday() in FOLLOW_UP_WEEKDAYS:
            return candidate
    return day


def follow_up_time(calendar: BusinessCalendar, day: date) -> datetime:
    """A follow-up's instant on ``day``: mid-morning (``FOLLOW_UP_TIME``) in the recipient's
    zone, or the opening when the user's hours start later, within their hours."""
    wanted = max(calendar.opening_time, FOLLOW_UP_TIME)
    if wanted >= calendar.closing_time:
        return calendar.opening(day)
    return wall_time(day, wanted, calendar.zone)


def waits_longer(role: str, language: str, country: str) -> bool:
    """Whether a follow-up with no recruiter's date waits two weeks rather than
    ``follow_up_business_days``: a senior role ("Senior", "Lead", "Directrice", "Head of"…) or
    a French-speaking process in Canada (CRAFT R25)."""
    return bool(_SENIOR.search(role)) or (language == "fr" and country.upper() == "CA")


def promised_day(promised: date | None, effective_due: datetime, timezone: str) -> date:
    """The follow-up date a thank-you announces: the date a thank-you already sent promised
    (``promised``: a commitment the plan keeps), else the day the follow-up is due now
    (``effective_due``, its snooze included) in the recipient's zone ``timezone``."""
    if promised is not None:
        return promised
    return effective_due.astimezone(zone_named(timezone)).date()


def debrief_due(interview: PlanInterview, settings: PlanSettings) -> datetime:
    """19:00 in the user's zone on the day the interview ends there, or end + 1 h if later;
    aware in the user's zone."""
    zone = zone_named(settings.user_timezone)
    evening = wall_time(interview.end.astimezone(zone).date(), DEBRIEF_TIME, zone)
    soonest = interview.end.astimezone(UTC) + DEBRIEF_MIN_DELAY
    return max(evening.astimezone(UTC), soonest).astimezone(zone)


def _follow_up_rule_date(
    calendar: BusinessCalendar,
    interview: PlanInterview,
    settings: PlanSettings,
    thank_you_day: date,
) -> date:
    if interview.decision_by is not None:
        day = calendar.next_business_day(interview.decision_by)
    else:
        interview_day = calendar.local_date(interview.start)
        days = settings.follow_up_business_days
        if interview.patient:
            days = max(days, PATIENT_FOLLOW_UP_BUSINESS_DAYS)
        day = calendar.add_business_days(interview_day, days)
    return mid_week(calendar, max(day, calendar.next_business_day(thank_you_day)))


_Keyed = TypeVar("_Keyed", StoredAction, PlannedAction)


def _by_key(actions: Iterable[_Keyed], what: str) -> dict[tuple[str, int | None], _Keyed]:
    indexed: dict[tuple[str, int | None], _Keyed] = {}
    for action in actions:
        if action.key in indexed:
            raise ValueError(f"two {what} actions for {action.key}")
        indexed[action.key] = action
    return indexed


def reconcile(
    stored: Sequence[StoredAction],
    fresh: Sequence[PlannedAction],
    promised_follow_up: date | None,
) -> Reconciliation:
    """Compare the stored plan with a freshly built one; actions match by (kind, person_id).

    - a stored action that is done, skipped or cancelled is never moved, nor revived: done is
      history, skipped is the user's choice, cancelled is a reply's or the user's;
    - a stored pending action whose due differs (as an instant) is rescheduled;
    - a fresh action with no stored match is added;
    - a stored pending action with no fresh match (person removed, e-mail removed, second
      follow-up turned off) is obsolete;
    - with a ``promised_follow_up`` the follow-up keeps that date, and when the rules would now
      put it elsewhere (the decision date moved) a ``promise_kept`` warning says so, unless the
      follow-up is already done, skipped or cancelled.

    ``fresh`` must come from :func:`build_plan` with the same ``promised_follow_up``; a fresh
    follow-up on another date is a caller's bug and raises ValueError, as do duplicate keys.
    """
    stored_by_key = _by_key(stored, "stored")
    fresh_by_key = _by_key(fresh, "fresh")
    rescheduled: list[Rescheduled] = []
    added: list[PlannedAction] = []
    warnings: list[PlanWarning] = []

    for action in fresh:
        pinned = action.kind == "follow_up" and promised_follow_up is not None
        if pinned and action.due.date() != promised_follow_up:
            raise ValueError(
                f"the fresh follow-up ({action.due.date()}) ignores the promised date "
                f"{promised_follow_up}: build the plan with promised_follow_up"
            )
        old = stored_by_key.get(action.key)
        if old is not None and old.status != "pending":
            continue
        if old is None:
            added.append(action)
        elif old.due.astimezone(UTC) != action.due.astimezone(UTC):
            rescheduled.append(Rescheduled(old, action.due))
        if pinned and action.rule_due is not None and action.rule_due.date() != promised_follow_up:
            warnings.append(_promise_kept(action.rule_due.date(), action.due.date()))

    obsolete = tuple(old for old in stored if old.status == "pending" and old.key not in fresh_by_key)
    return Reconciliation(tuple(rescheduled), tuple(added), obsolete, tuple(warnings))


def _promise_kept(rule_day: date, promised: date) -> PlanWarning:
    phrase = tr(
        "The decision date moved: the plan would now follow up on %(rule_day)s, but the thank-you already "
        "sent promised %(promised)s. The promised date stands.",
        rule_day=rule_day.isoformat(),
        promised=promised.isoformat(),
    )
    return PlanWarning("promise_kept", phrase.say("en"), (rule_day, promised), phrase)
