"""The plain data of observation (PRODUCT.md §1.3, §3 C2–C3): debriefs, the journal, and the
history the card's lessons and the insights are computed from. Pure: no Django, no clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

# The ingredients of a memorable meeting (§1.3), each rated 1-5 or left out.
INGREDIENTS = (
    "serious",
    "cheerful",
    "convinced",
    "enthusiastic",
    "professional",
    "responsive",
    "confident",
    "balanced_rapport",
)
# How the meeting ended: a plain goodbye, a warm continuation ("I really enjoyed our meeting
# and would be happy to continue our talks soon"), or unclear.
PARTINGS = ("goodbye", "continuation", "unclear")
# Outcomes of an interview that count as positive for the insights.
POSITIVE_OUTCOMES = ("next_round", "offer", "accepted")
# Outcomes known (the process moved on); "scheduled" and "done" are not known yet.
KNOWN_OUTCOMES = ("next_round", "offer", "accepted", "rejected", "withdrawn")


@dataclass(frozen=True)
class DebriefFacts:
    """What the candidate noted after one interview.

    ``greeted_people`` / ``people_met``: of the people recorded for the interview, how many
    were greeted on the way out. ``others`` maps other people crossed ("receptionist",
    "assistant", free text) to whether they were greeted. ``ratings`` maps a person's name to
    ingredient -> 1..5.
    """

    interview_id: int
    focused_to_door: bool | None = None
    last_minutes: str = ""
    people_met: int = 0
    greeted_people: int = 0
    others: Mapping[str, bool] = field(default_factory=dict)
    parting: str | None = None
    parting_words: str = ""
    ratings: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    state_of_mind: str = ""
    do_differently: str = ""


@dataclass(frozen=True)
class InterviewRecord:
    """One past interview as the insights see it.

    ``thank_you_sent_at``: when the first thank-you went out (or was marked done), None if
    never. ``follow_up_promised``: the date the thank-you promised; ``follow_up_done_on``:
    the date the follow-up was actually made; ``follow_up_unnecessary``: a reply or a moved-on
    process made it unnecessary. ``replied``: someone of the interview replied.
    """

    interview_id: int
    company: str
    role: str
    end: datetime
    status: str
    debrief: DebriefFacts | None = None
    thank_you_sent_at: datetime | None = None
    follow_up_promised: date | None = None
    follow_up_done_on: date | None = None
    follow_up_unnecessary: bool = False
    replied: bool = False
    people_emailed: int = 0


@dataclass(frozen=True)
class JournalFacts:
    """A memorable professional meeting outside interviews."""

    when: date
    context: str
    who: str = ""
    ratings: Mapping[str, int] = field(default_factory=dict)
    parting: str | None = None
    why: str = ""
