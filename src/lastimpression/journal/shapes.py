"""JSON shapes of debriefs and journal entries."""

from __future__ import annotations

from typing import Any

from lastimpression.journal.models import Debrief, JournalEntry


def debrief_json(debrief: Debrief) -> dict[str, Any]:
    people = {str(person.id): person for person in debrief.interview.people.all()}
    return {
        "interview_id": debrief.interview_id,
        "focused_to_door": debrief.focused_to_door,
        "last_minutes": debrief.last_minutes,
        "greeted": [person.id for person in people.values() if person.greeted],
        "others": dict(debrief.others),
        "parting": debrief.parting or None,
        "parting_words": debrief.parting_words,
        "ratings": {key: dict(value) for key, value in debrief.ratings.items()},
        "state_of_mind": debrief.state_of_mind,
        "do_differently": debrief.do_differently,
    }


def entry_json(entry: JournalEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "when": entry.when.isoformat(),
        "context": entry.context,
        "who": entry.who,
        "ratings": dict(entry.ratings),
        "parting": entry.parting or None,
        "parting_words": entry.parting_words,
        "why": entry.why,
    }
