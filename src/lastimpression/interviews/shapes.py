"""The JSON shapes of PRODUCT.md §5 for profiles, interviews and people (fields may be added)."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from lastimpression.core.panel import PanelMember, main_contact, main_contact_of_rows
from lastimpression.interviews.models import Interview, Person, Profile

PERSON_FIELDS = (
    "id",
    "interview_id",
    "name",
    "email",
    "title",
    "linkedin",
    "salutation",
    "register",
    "topics",
    "greeted",
    "main_contact",
)


def main_contact_of(people: list[Person]) -> int | None:
    """The id of the panel's main contact: the one chosen, else the program's guess
    (``core.panel.main_contact``); None for nobody."""
    return main_contact([PanelMember(p.id, p.title, bool(p.email), p.main_contact) for p in people])


def person_json(person: Person) -> dict[str, Any]:
    return {
        "id": person.id,
        "interview_id": person.interview_id,
        "name": person.name,
        "email": person.email,
        "title": person.title,
        "linkedin": person.linkedin,
        "salutation": person.salutation,
        "register": person.register,
        "topics": list(person.topics),
        "greeted": person.greeted,
        "main_contact": person.main_contact,
    }


def interview_json(interview: Interview, people: list[Person] | None = None) -> dict[str, Any]:
    """One interview; ``start`` and ``end`` carry the offset of the interview's time zone."""
    members = people if people is not None else list(interview.people.all())
    return {
        "id": interview.id,
        "company": interview.company,
        "role": interview.role,
        "start": interview.local_start().isoformat(),
        "end": interview.local_end().isoformat(),
        "language": interview.language,
        "country": interview.country,
        "subdivision": interview.subdivision,
        "timezone": interview.timezone,
        "decision_by": interview.decision_by.isoformat() if interview.decision_by else None,
        "status": interview.status,
        "mode": interview.mode,
        "location": interview.location,
        "outcome_note": interview.outcome_note,
        "ics_uid": interview.ics_uid,
        "contribution": interview.contribution,
        "company_article": interview.company_article,
        "main_contact_id": main_contact_of(members),
        "people": [person_json(person) for person in members],
    }


def profile_json(profile: Profile) -> dict[str, Any]:
    return {
        "id": profile.id,
        "name": profile.name,
        "email": profile.email,
        "phone": profile.phone,
        "linkedin": profile.linkedin,
        "language": profile.language,
        "country": profile.country,
        "subdivision": profile.subdivision,
        "timezone": profile.timezone,
        "agreement": profile.agreement,
        "linkedin_premium": profile.linkedin_premium,
        "proof_points": list(profile.proof_points),
    }


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def interviews_json(status: str | None = None) -> list[dict[str, Any]]:
    """Every interview (optionally of one status) in the shape of ``interview_json``, soonest
    first. Reads plain rows rather than model instances: this is ``interview list --json``,
    which must stay fast on a home with thousands of interviews."""
    people: dict[int, list[dict[str, Any]]] = {}
    rows = Person.objects.order_by("id")
    interviews = Interview.objects.order_by("start", "id")
    if status:
        rows = rows.filter(interview__status=status)
        interviews = interviews.filter(status=status)
    for person in rows.values(*PERSON_FIELDS):
        person["topics"] = list(person["topics"])
        people.setdefault(person["interview_id"], []).append(person)
    found = []
    for row in interviews.values(
        "id",
        "company",
        "role",
        "start",
        "end",
        "language",
        "country",
        "subdivision",
        "timezone",
        "decision_by",
        "status",
        "mode",
        "location",
        "outcome_note",
        "ics_uid",
        "contribution",
        "company_article",
    ):
        shaped: dict[str, Any] = dict(row)
        zone = _zone(row["timezone"])
        start: datetime = row["start"]
        end: datetime = row["end"]
        shaped["start"], shaped["end"] = start.astimezone(zone).isoformat(), end.astimezone(zone).isoformat()
        shaped["decision_by"] = row["decision_by"].isoformat() if row["decision_by"] else None
        members = people.get(row["id"], [])
        shaped["main_contact_id"] = main_contact_of_rows(members)
        shaped["people"] = members
        found.append(shaped)
    return found
