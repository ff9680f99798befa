"""The last-impression card of an interview and the insights, from the stored history."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

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
        user_timezone=profile.timezone if profile else "",
    )  # fmt: skip


def lessons_before(interview: Interview) -> list[Lesson]:
    """The candidate's lessons from every interview that ended before this one starts."""
    return lessons_for([interview])[interview.id]


def lessons_for(interviews: Sequence[Interview]) -> dict[int, list[Lesson]]:
    """``lessons_before`` for each of ``interviews``, by id, from one read of the history (the
    debriefed interviews ended before the last of them starts: only debriefs teach a lesson),
    sliced for each: the ``.ics`` export asks for every upcoming interview, and reading the
    history for each was quadratic. Interviews that see the same slice of the past (upcoming
    ones, most often all of them) share one computation."""
    if not interviews:
        return {}
    past = history(before=max(interview.start for interview in interviews), debriefed_only=True)  # oldest first
    ends = [record.end for record in past]
    position = {record.interview_id: index for index, record in enumerate(past)}
    journal = journal_facts()
    by_slice: dict[int, list[Lesson]] = {}
    found = {}
    for interview in interviews:
        count = bisect_right(ends, interview.start)
        if position.get(interview.id, count) < count:  # it ended as it started: not its own lesson
            found[interview.id] = lessons(
                [record for record in past[:count] if record.interview_id != interview.id], journal
            )
        else:
            if count not in by_slice:
                by_slice[count] = lessons(past[:count], journal)
            found[interview.id] = by_slice[count]
    return found


def current_insights(now: datetime) -> Insights:
    return insights(history(before=now), journal_facts(), now=now)


@lru_cache(maxsize=1)  # the tables' names do not change while the program runs
def data_version_columns() -> tuple[str, ...]:
    """The columns of a SELECT that change whenever anything the insights read changes: the
    latest change of each table (on an index) and the number of interviews and people
    (deletions). The dashboard asks them in the statement that reads its other counts."""
    from django.db import connection

    from lastimpression.interviews.models import Person
    from lastimpression.journal.models import Debrief, JournalEntry
    from lastimpression.planning.models import Action

    quote = connection.ops.quote_name
    read = [
        (Interview, "updated_at", True), (Person, "replied_at", True), (Action, "updated_at", False),
        (Debrief, "updated_at", True), (JournalEntry, "created_at", True),
    ]  # fmt: skip
    parts: list[str] = []
    for model, latest, counted in read:
        table, column = quote(model._meta.db_table), quote(latest)  # the fields' own names: no db_column
        parts.append(f"(SELECT MAX({column}) FROM {table})")
        if counted:
            parts.append(f"(SELECT COUNT(*) FROM {table})")
    return tuple(parts)


def _data_version() -> tuple[str, ...]:
    """``data_version_columns``' values, in one statement."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(data_version_columns()))
        row = cursor.fetchone()
    return data_version(row)


def data_version(row: Sequence[object]) -> tuple[str, ...]:
    """The version the insights are cached under, from ``data_version_columns``' values."""
    return tuple(str(part) for part in row)


DASHBOARD_SCORES = 20


def cached_insights(now: datetime, version: tuple[str, ...] | None = None) -> dict[str, Any]:
    """``current_insights(now).as_json()`` with the last 20 scores, recomputed only when the data or the hour changed:
    the dashboard shows it on every visit, and a home of thousands of interviews takes a
    noticeable moment to go through. ``version``: ``data_version`` when the caller read it."""
    from django.core.cache import cache

    version = version if version is not None else _data_version()
    key = "insights:" + str(hash((version, now.replace(minute=0, second=0, microsecond=0).isoformat())))
    found = cache.get(key)
    if found is None:
        found = current_insights(now).as_json()
        found["scores"] = found["scores"][-DASHBOARD_SCORES:]
        cache.set(key, found, timeout=3600)
    return dict(found)
