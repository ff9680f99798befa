"""Interviews, people and the profile read with plain SQL for the command line's lean path
(``lastimpression.reading`` says why), in the shapes of ``interviews/shapes.py``."""

from __future__ import annotations

import json
from typing import Any

from lastimpression.core.panel import main_contact_of_rows
from lastimpression.core.validation import InvalidValue
from lastimpression.phrases import tr
from lastimpression.reading import Home, day, instant, select, zone

# The columns read, in the order of the JSON shapes; the test checks they exist in the models.
INTERVIEW_COLUMNS = (
    "id", "company", "role", "start", "end", "language", "country", "subdivision", "timezone", "decision_by",
    "status", "mode", "location", "outcome_note", "ics_uid", "contribution", "company_article",
)  # fmt: skip
PERSON_COLUMNS = (
    "id", "interview_id", "name", "email", "title", "linkedin", "salutation", "register", "topics", "greeted",
    "main_contact",
)  # fmt: skip
PROFILE_COLUMNS = ("language", "timezone")
COLUMNS = {"interviews_interview": INTERVIEW_COLUMNS, "interviews_person": PERSON_COLUMNS,
           "interviews_profile": PROFILE_COLUMNS}  # fmt: skip
# SQLite's integer range: an id outside it is no row (Django's lookup says the same).
_LARGEST_ID = 2**63 - 1


def profile(home: Home) -> tuple[str, str] | None:
    """(language, time zone) of the candidate's profile, or None before ``init``."""
    found = home.row(select("interviews_profile", PROFILE_COLUMNS) + " ORDER BY id LIMIT 1")
    return (found[0], found[1]) if found else None


def user_timezone(home: Home) -> str:
    """``services.user_timezone``: the profile's zone, else the default before ``init``."""
    from lastimpression.core.places import DEFAULT_TIMEZONE

    found = profile(home)
    return found[1] if found is not None and found[1] else DEFAULT_TIMEZONE


def row_id(value: int | str) -> int | None:
    """The id ``value`` names as ``int()`` reads it (as the Django path does), or None."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if -_LARGEST_ID <= number <= _LARGEST_ID else None


def not_found(interview_id: int | str) -> InvalidValue:
    """The refusal of ``services.get_interview`` for an unknown id, word for word."""
    return InvalidValue("interview", tr("no interview with id %(id)s", id=str(interview_id)))


def _person(row: tuple[Any, ...]) -> dict[str, Any]:
    person = dict(zip(PERSON_COLUMNS, row, strict=True))
    person["topics"] = list(json.loads(person["topics"])) if person["topics"] is not None else []
    person["greeted"], person["main_contact"] = bool(person["greeted"]), bool(person["main_contact"])
    return person


def _interview(row: tuple[Any, ...], people: list[dict[str, Any]]) -> dict[str, Any]:
    shaped = dict(zip(INTERVIEW_COLUMNS, row, strict=True))
    where = zone(shaped["timezone"])
    for name in ("start", "end"):
        moment = instant(shaped[name])
        assert moment is not None
        shaped[name] = moment.astimezone(where).isoformat()
    decision = day(shaped["decision_by"])
    shaped["decision_by"] = decision.isoformat() if decision else None
    shaped["main_contact_id"] = main_contact_of_rows(people)
    shaped["people"] = people
    return shaped


def interviews_json(home: Home, status: str | None = None) -> list[dict[str, Any]]:
    """``shapes.interviews_json``: every interview (optionally of one status), soonest first."""
    people_sql = select("interviews_person", PERSON_COLUMNS, "p")
    interviews_sql = select("interviews_interview", INTERVIEW_COLUMNS, "i")
    parameters: tuple[str, ...] = ()
    if status:
        people_sql += ' JOIN interviews_interview i ON i.id = p.interview_id WHERE i."status" = ?'
        interviews_sql += ' WHERE i."status" = ?'
        parameters = (status,)
    people: dict[int, list[dict[str, Any]]] = {}
    for row in home.rows(people_sql + " ORDER BY p.id", parameters):
        person = _person(row)
        people.setdefault(person["interview_id"], []).append(person)
    rows = home.rows(interviews_sql + ' ORDER BY i."start", i.id', parameters)
    return [_interview(row, people.get(row[0], [])) for row in rows]


def interview_json(home: Home, interview_id: int | str) -> dict[str, Any]:
    """``shapes.interview_json`` of one interview; InvalidValue as ``get_interview`` for an
    unknown id."""
    key = row_id(interview_id)
    found = None
    if key is not None:
        found = home.row(select("interviews_interview", INTERVIEW_COLUMNS) + " WHERE id = ?", (key,))
    if found is None:
        raise not_found(interview_id)
    rows = home.rows(select("interviews_person", PERSON_COLUMNS) + " WHERE interview_id = ? ORDER BY id", (key,))
    return _interview(found, [_person(row) for row in rows])


def interview_exists(home: Home, interview_id: int | str) -> int:
    """The id of the interview ``interview_id`` names; InvalidValue as ``get_interview`` when
    there is none."""
    key = row_id(interview_id)
    if key is None or home.row("SELECT id FROM interviews_interview WHERE id = ?", (key,)) is None:
        raise not_found(interview_id)
    return key
