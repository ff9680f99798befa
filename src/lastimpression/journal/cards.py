"""The last-impression card of an interview and the insights, from the stored history."""

from __future__ import annotations

from datetime import datetime

from lastimpression.core.card import CardFacts
from lastimpression.core.insights import Insights, insights
from lastimpression.core.lessons import Lesson, lessons
from lastimpression.interviews.models import Interview, Profile
from lastimpression.journal.service import history, journal_facts


def card_facts(interview: Interview, profile: Profile | None) -> CardFacts:
    return CardFacts(
        company=interview.company, role=interview.role, start=interview.local_start(), end=interview.local_end(),
        location=interview.location, mode=interview.mode,
        people=tuple(person.name for person in interview.people.all()), language=interview.language,
        user_language=profile.language if profile else interview.language, country=interview.country,
    )  # fmt: skip


def lessons_before(interview: Interview) -> list[Lesson]:
    """The candidate's lessons from every interview that ended before this one starts."""
    past = [record for record in history(before=interview.start) if record.interview_id != interview.id]
    return lessons(past, journal_facts())


def current_insights(now: datetime) -> Insights:
    return insights(history(before=now), journal_facts(), now=now)
