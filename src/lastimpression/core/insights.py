"""The last-impression score and the insights drawn from past interviews (PRODUCT.md §3 C3).
Pure: no Django, no I/O; ``now`` comes in as an argument.

The score's formula is shown to the user: each habit of ``HABITS`` with its weight, and
``FORMULA``. Every other figure carries the counts behind it and whether it reaches its stated
threshold (``enough``): no figure is shown that the data does not support.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from lastimpression.core.lessons import (
    IngredientAverage,
    best_ingredients,
    best_meetings,
    check_debrief,
    check_journal,
)
from lastimpression.core.observation import KNOWN_OUTCOMES, POSITIVE_OUTCOMES, InterviewRecord, JournalFacts
from lastimpression.phrases import Phrase, tr

__all__ = [
    "FORMULA",
    "HABITS",
    "MIN_SAMPLE",
    "MIN_SHARE",
    "THANK_YOU_WITHIN",
    "TREND_WINDOW",
    "Habit",
    "HabitOutcome",
    "Insights",
    "Score",
    "ScoredInterview",
    "Share",
    "Trend",
    "insights",
    "score",
]

# Habits vs outcomes: each side (with the habit, without it) needs this many interviews whose
# outcome is known before its rate means anything.
MIN_SAMPLE = 5
# A share (thank-yous within 24 h, promises kept, reply rate) needs this many interviews.
MIN_SHARE = 3
# The trend compares the average score of the last TREND_WINDOW scored interviews with the
# TREND_WINDOW before; it needs both windows full.
TREND_WINDOW = 3
THANK_YOU_WITHIN = timedelta(hours=24)


@dataclass(frozen=True)
class Habit:
    """A habit of the method, its weight in the score, and whether one interview achieved it
    (``achieved``: True, False, or None when unknown; in ``HABITS`` it is always None)."""

    code: str
    name: Phrase
    weight: int
    achieved: bool | None = None

    def label(self, language: str) -> str:
        """The label in ``language`` (from the one catalogue)."""
        return self.name.say(language)


# The formula, in one place: the UI and `stats --json` show these weights. They add up to 100.
HABITS: tuple[Habit, ...] = (
    Habit("focused_to_door", tr("Stayed focused until the door"), 25),
    Habit("greeted_people", tr("Greeted everyone met"), 20),
    Habit("greeted_others", tr("Greeted the others crossed (reception, assistants…)"), 15),
    Habit("parted_continuation", tr("Parted on a continuation"), 15),
    Habit("thank_you_24h", tr("Thank-you sent within 24 hours"), 15),
    Habit("follow_up_kept", tr("Follow-up promise kept"), 10),
)

FORMULA = tr(
    "Score = 100 × (sum of the weights of the habits achieved) ÷ (sum of the weights of the habits known). "
    "A habit not known (no debrief, no promise made, a date not yet reached) is left out."
)


@dataclass(frozen=True)
class Score:
    """One interview's score: each habit with ``achieved`` set, and ``value`` from 0 to 100
    (rounded), None when no habit is known."""

    habits: tuple[Habit, ...]
    value: int | None

    @property
    def known_weight(self) -> int:
        return sum(habit.weight for habit in self.habits if habit.achieved is not None)

    @property
    def achieved_weight(self) -> int:
        return sum(habit.weight for habit in self.habits if habit.achieved)

    def achieved(self, code: str) -> bool | None:
        """Whether the habit ``code`` was achieved (None: unknown). Raises KeyError for an unknown code."""
        for habit in self.habits:
            if habit.code == code:
                return habit.achieved
        raise KeyError(code)

    def as_json(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "achieved_weight": self.achieved_weight,
            "known_weight": self.known_weight,
            "habits": [{"code": h.code, "weight": h.weight, "achieved": h.achieved} for h in self.habits],
        }


def _thank_you(record: InterviewRecord, now: datetime | None) -> bool | None:
    if record.thank_you_sent_at is not None:
        return record.thank_you_sent_at <= record.end + THANK_YOU_WITHIN
    if now is not None and now < record.end + THANK_YOU_WITHIN:
        return None
    return False


def _follow_up_kept(record: InterviewRecord, now: datetime | None) -> bool | None:
    promised = record.follow_up_promised
    if promised is None:
        return None
    if record.follow_up_done_on is not None:
        return record.follow_up_done_on == promised
    if record.follow_up_unnecessary or record.replied:
        return True
    if now is not None and now.astimezone(record.end.tzinfo).date() <= promised:
        return None
    return False


def score(record: InterviewRecord, *, now: datetime | None = None) -> Score:
    """The last-impression score of ``record`` (see ``FORMULA`` and ``HABITS``).

    From the debrief: focused to the door; every person met greeted (unknown when none was
    recorded); every other person crossed greeted (unknown when none); parted on a continuation
    (a goodbye or an unclear parting is not one). From the follow-through: the first thank-you
    sent within 24 h of the end; the follow-up made on the promised date, or made unnecessary by
    a reply (unknown when nothing was promised). With ``now``, a thank-you or a follow-up whose
    time has not come yet is unknown rather than missed; without it, it counts as missed.
    """
    debrief = record.debrief
    achieved: dict[str, bool | None] = {
        "focused_to_door": debrief.focused_to_door if debrief else None,
        "greeted_people": debrief.greeted_people >= debrief.people_met if debrief and debrief.people_met else None,
        "greeted_others": all(debrief.others.values()) if debrief and debrief.others else None,
        "parted_continuation": debrief.parting == "continuation" if debrief and debrief.parting else None,
        "thank_you_24h": _thank_you(record, now),
        "follow_up_kept": _follow_up_kept(record, now),
    }
    habits = tuple(replace(habit, achieved=achieved[habit.code]) for habit in HABITS)
    known = sum(habit.weight for habit in habits if habit.achieved is not None)
    value = round(100 * sum(habit.weight for habit in habits if habit.achieved) / known) if known else None
    return Score(habits, value)


@dataclass(frozen=True)
class Share:
    """``count`` out of ``total``; ``enough`` when ``total`` reaches ``threshold``."""

    count: int
    total: int
    threshold: int

    @property
    def rate(self) -> float | None:
        return round(self.count / self.total, 3) if self.total else None

    @property
    def enough(self) -> bool:
        return self.total >= self.threshold

    def as_json(self) -> dict[str, Any]:
        return {
            "count": self.count,
            "total": self.total,
            "rate": self.rate,
            "threshold": self.threshold,
            "enough": self.enough,
        }


@dataclass(frozen=True)
class Trend:
    """The average score of the last ``TREND_WINDOW`` scored interviews (``recent``) against the
    ``TREND_WINDOW`` before (``previous``); ``change`` only when both windows are full."""

    recent: tuple[int, ...]
    previous: tuple[int, ...]
    threshold: int = TREND_WINDOW

    @staticmethod
    def _average(values: tuple[int, ...]) -> float | None:
        return round(sum(values) / len(values), 1) if values else None

    @property
    def recent_average(self) -> float | None:
        return self._average(self.recent)

    @property
    def previous_average(self) -> float | None:
        return self._average(self.previous)

    @property
    def enough(self) -> bool:
        return len(self.recent) >= self.threshold and len(self.previous) >= self.threshold

    @property
    def change(self) -> float | None:
        if not self.enough:
            return None
        return round(sum(self.recent) / len(self.recent) - sum(self.previous) / len(self.previous), 1)

    def as_json(self) -> dict[str, Any]:
        return {
            "recent": {"average": self.recent_average, "count": len(self.recent)},
            "previous": {"average": self.previous_average, "count": len(self.previous)},
            "change": self.change,
            "threshold": self.threshold,
            "enough": self.enough,
        }


@dataclass(frozen=True)
class HabitOutcome:
    """For one habit, the positive-outcome rate of the interviews (known outcome, habit known)
    with it and without it; ``difference`` (with − without) only when both sides have enough."""

    habit: Habit
    with_habit: Share
    without_habit: Share

    @property
    def enough(self) -> bool:
        return self.with_habit.enough and self.without_habit.enough

    @property
    def difference(self) -> float | None:
        if not self.enough or self.with_habit.rate is None or self.without_habit.rate is None:
            return None
        return round(self.with_habit.rate - self.without_habit.rate, 3)

    def as_json(self) -> dict[str, Any]:
        return {
            "habit": self.habit.code,
            "weight": self.habit.weight,
            "with": self.with_habit.as_json(),
            "without": self.without_habit.as_json(),
            "difference": self.difference,
            "threshold": MIN_SAMPLE,
            "enough": self.enough,
        }


@dataclass(frozen=True)
class ScoredInterview:
    """One past interview and its score."""

    interview_id: int
    company: str
    role: str
    end: datetime
    status: str
    score: Score

    def as_json(self) -> dict[str, Any]:
        return {
            "interview_id": self.interview_id,
            "company": self.company,
            "role": self.role,
            "end": self.end.isoformat(),
            "status": self.status,
            **self.score.as_json(),
        }


@dataclass(frozen=True)
class Insights:
    """Everything ``stats`` shows. Each figure carries its counts and ``enough``."""

    scores: tuple[ScoredInterview, ...]
    trend: Trend
    thank_you_within_24h: Share
    promises_kept: Share
    reply_rate: Share
    habits_and_outcomes: tuple[HabitOutcome, ...]
    journal_entries: int
    best_meetings: Share
    best_ingredients: tuple[IngredientAverage, ...]

    def as_json(self) -> dict[str, Any]:
        """A JSON-ready dict (``stats --json``): the formula, the thresholds, and every figure."""
        return {
            "formula": {
                "habits": [
                    {"code": h.code, "label_en": h.label("en"), "label_fr": h.label("fr"), "weight": h.weight}
                    for h in HABITS
                ],
                "total_weight": sum(habit.weight for habit in HABITS),
                "text_en": FORMULA.say("en"),
                "text_fr": FORMULA.say("fr"),
            },
            "thresholds": {"min_sample": MIN_SAMPLE, "min_share": MIN_SHARE, "trend_window": TREND_WINDOW},
            "interviews": len(self.scores),
            "scores": [scored.as_json() for scored in self.scores],
            "trend": self.trend.as_json(),
            "thank_you_within_24h": self.thank_you_within_24h.as_json(),
            "promises_kept": self.promises_kept.as_json(),
            "reply_rate": self.reply_rate.as_json(),
            "habits_and_outcomes": [item.as_json() for item in self.habits_and_outcomes],
            "journal": {
                "entries": self.journal_entries,
                "best_meetings": self.best_meetings.as_json(),
                "best_ingredients": [
                    {"ingredient": item.ingredient, "average": item.average, "count": item.count}
                    for item in self.best_ingredients
                ],
            },
        }


def _share(flags: Sequence[bool | None], threshold: int) -> Share:
    known = [flag for flag in flags if flag is not None]
    return Share(sum(known), len(known), threshold)


def insights(history: Sequence[InterviewRecord], journal: Sequence[JournalFacts], *, now: datetime) -> Insights:
    """The insights over the interviews of ``history`` that have ended by ``now`` (any order;
    sorted here by end) and the ``journal``.

    - scores per interview, and the trend (``TREND_WINDOW`` against the ``TREND_WINDOW`` before);
    - thank-yous sent within 24 h of the end, over the interviews whose 24 h have passed or
      whose thank-you went out;
    - promises kept, over the interviews with a promised follow-up whose date has come (a
      follow-up made on the promised date, or made unnecessary by a reply, keeps the promise);
    - reply rate: interviews with a reply over interviews with an e-mail sent (a thank-you or
      any message to one of their people);
    - for each habit, the positive-outcome rate (``POSITIVE_OUTCOMES``) with and without it,
      over the interviews whose outcome is known (``KNOWN_OUTCOMES``) and the habit known;
    - the journal: entries, best meetings, and the ingredients they had.

    ``now`` must be aware (else ``ValueError``). Raises ``InvalidValue`` (a ``ValueError`` naming the field) for a bad
    rating or parting in a debrief or journal entry.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now: must be an aware datetime")
    records = sorted((record for record in history if record.end <= now), key=lambda record: record.end)
    for record in records:
        if record.debrief is not None:
            check_debrief(record.debrief)
    for entry in journal:
        check_journal(entry)
    scored = tuple(
        ScoredInterview(r.interview_id, r.company, r.role, r.end, r.status, score(r, now=now)) for r in records
    )
    values = [item.score.value for item in scored if item.score.value is not None]
    recent = tuple(values[-TREND_WINDOW:])
    previous = tuple(values[-2 * TREND_WINDOW : -TREND_WINDOW] if len(values) > TREND_WINDOW else ())
    emailed = [record for record in records if record.people_emailed > 0 or record.thank_you_sent_at is not None]
    outcomes = [item for item in scored if item.status in KNOWN_OUTCOMES]
    by_habit = []
    for habit in HABITS:
        with_habit = [item.status in POSITIVE_OUTCOMES for item in outcomes if item.score.achieved(habit.code)]
        without = [item.status in POSITIVE_OUTCOMES for item in outcomes if item.score.achieved(habit.code) is False]
        by_habit.append(
            HabitOutcome(
                habit,
                Share(sum(with_habit), len(with_habit), MIN_SAMPLE),
                Share(sum(without), len(without), MIN_SAMPLE),
            )
        )
    return Insights(
        scores=scored,
        trend=Trend(recent, previous),
        thank_you_within_24h=_share([item.score.achieved("thank_you_24h") for item in scored], MIN_SHARE),
        promises_kept=_share([item.score.achieved("follow_up_kept") for item in scored], MIN_SHARE),
        reply_rate=Share(sum(record.replied for record in emailed), len(emailed), MIN_SHARE),
        habits_and_outcomes=tuple(by_habit),
        journal_entries=len(journal),
        best_meetings=Share(len(best_meetings(journal)), len(journal), MIN_SHARE),
        best_ingredients=tuple(best_ingredients(journal)),
    )
