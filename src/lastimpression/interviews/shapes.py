"""The JSON shapes of PRODUCT.md §5 for profiles, interviews and people (fields may be added)."""

from __future__ import annotations

from typing import Any

from lastimpression.interviews.models import Interview, Person, Profile


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
    }
