"""Recording the candidate, interviews and people: what the CLI and the web UI both call.

Every function validates all its input before writing anything, and writes in one
transaction, so a bad value leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.db import transaction

from lastimpression.core import places, validation
from lastimpression.core.plan import PlanWarning
from lastimpression.core.validation import InvalidValue
from lastimpression.core.when import later, parse_date, parse_delay, parse_instant
from lastimpression.interviews.models import MODES, SALUTATIONS, STATUSES, Interview, Person, Profile
from lastimpression.phrases import tr

MODE_CHOICES = tuple(code for code, _ in MODES)
STATUS_CHOICES = tuple(code for code, _ in STATUSES)
SALUTATION_CHOICES = tuple(code for code, _ in SALUTATIONS)
AGREEMENT_CHOICES = ("feminine", "masculine", "neutral")
REGISTER_CHOICES = ("vous", "tu")
# How the company is said in a French sentence ("" = guessed by core.grammar).
COMPANY_ARTICLE_CHOICES = ("le", "la", "les", "l'", "none")
DEFAULT_DURATION_MINUTES = 60

# An interview lasts at most a day: longer is a typing mistake (or a calendar's multi-day event).
LONGEST_INTERVIEW = timedelta(hours=24)


class NotFound(InvalidValue):
    """An id that names nothing."""


def profile() -> Profile | None:
    """The candidate's profile, or None before ``init``."""
    return Profile.objects.order_by("id").first()


def user_timezone(owner: Profile | None = None) -> str:
    """The user's time zone: their profile's (``owner``, read when not given), else
    ``core.places.DEFAULT_TIMEZONE`` before ``init``."""
    from lastimpression.core.places import DEFAULT_TIMEZONE

    owner = owner if owner is not None else profile()
    return owner.timezone if owner is not None and owner.timezone else DEFAULT_TIMEZONE


def require_profile() -> Profile:
    found = profile()
    if found is None:
        raise InvalidValue("profile", tr("no profile yet: run `lastimpression init --name NAME --email EMAIL` first"))
    return found


def _zone_of(country: str, subdivision: str) -> str:
    """The time zone of a country (or subdivision) when it has only one; else InvalidValue
    asking for --timezone."""
    zone = places.default_timezone(country, subdivision)
    if zone is None:
        raise InvalidValue("timezone", tr("%(country)s has several time zones: give --timezone", country=country))
    return zone


def _given(raw: Mapping[str, Any], key: str) -> bool:
    return raw.get(key) is not None


def save_profile(raw: Mapping[str, Any]) -> tuple[Profile, bool]:
    """Create the profile, or update the fields given; return it and whether it was created."""
    current = profile()
    fields = clean_profile(raw, current=current)
    with transaction.atomic():
        if current is None:
            return Profile.objects.create(**fields), True
        for key, value in fields.items():
            setattr(current, key, value)
        current.save()
        return current, False


def clean_profile(raw: Mapping[str, Any], *, current: Profile | None) -> dict[str, Any]:
    """Check the fields of a profile given as text (None = not given); return the model's
    field values. Without ``current`` (a new profile) name and email are required."""
    fields: dict[str, Any] = {}
    if _given(raw, "name") or current is None:
        fields["name"] = validation.text(raw.get("name"), "name")
    if _given(raw, "email") or current is None:
        fields["email"] = validation.email(raw.get("email"), "email", required=True)
    if _given(raw, "phone"):
        fields["phone"] = validation.text(raw["phone"], "phone", required=False, max_length=50)
    if _given(raw, "linkedin"):
        fields["linkedin"] = validation.linkedin_url(raw["linkedin"], "linkedin")
    if _given(raw, "language"):
        fields["language"] = places.normalize_language(raw["language"])
    country = places.normalize_country(raw["country"]) if _given(raw, "country") else None
    if country:
        fields["country"] = country
    effective_country = country or (current.country if current else "FR")
    if _given(raw, "subdivision") or country:
        fields["subdivision"] = places.normalize_subdivision(effective_country, raw.get("subdivision"))
    if _given(raw, "timezone"):
        fields["timezone"] = places.normalize_timezone(raw["timezone"])
    elif country and (current is None or country != current.country):
        fields["timezone"] = _zone_of(country, fields.get("subdivision", ""))
    if _given(raw, "agreement"):
        fields["agreement"] = validation.choice(raw["agreement"], "agreement", AGREEMENT_CHOICES)
    if _given(raw, "linkedin_premium"):
        fields["linkedin_premium"] = bool(raw["linkedin_premium"])
    if _given(raw, "proof_points"):
        fields["proof_points"] = validation.topics(list(raw["proof_points"]), "proof")
    return fields


def get_interview(interview_id: int | str) -> Interview:
    try:
        return Interview.objects.get(pk=int(interview_id))
    except (Interview.DoesNotExist, ValueError, TypeError):
        raise NotFound("interview", tr("no interview with id %(id)s", id=str(interview_id))) from None


def get_person(person_id: int | str) -> Person:
    try:
        return Person.objects.select_related("interview").get(pk=int(person_id))
    except (Person.DoesNotExist, ValueError, TypeError):
        raise NotFound("person", tr("no person with id %(id)s", id=str(person_id))) from None


@dataclass(frozen=True)
class _Place:
    language: str
    country: str
    subdivision: str
    timezone: str


def _place(raw: Mapping[str, Any], base: _Place) -> _Place:
    language = places.normalize_language(raw["language"]) if _given(raw, "language") else base.language
    country = places.normalize_country(raw["country"]) if _given(raw, "country") else base.country
    if _given(raw, "subdivision"):
        subdivision = places.normalize_subdivision(country, raw["subdivision"])
    else:
        subdivision = base.subdivision if country == base.country else ""
    if _given(raw, "timezone"):
        timezone = places.normalize_timezone(raw["timezone"])
    elif country == base.country and not _given(raw, "subdivision"):
        timezone = base.timezone
    else:
        timezone = _zone_of(country, subdivision)
    return _Place(language, country, subdivision, timezone)


def _business_calendar(place: _Place) -> Any:
    from lastimpression.core.calendar import BusinessCalendar

    return BusinessCalendar(place.country, place.subdivision, place.timezone)


def clean_interview(raw: Mapping[str, Any], *, current: Interview | None, owner: Profile) -> dict[str, Any]:
    """Check every field of an interview given as text; return the model's field values.

    ``raw`` holds the options given (None = not given). Without ``current`` (a new interview)
    company, role and start are required; the place defaults to the profile's. A start
    without an offset is read in the interview's time zone. An empty ``decision_by`` clears it.
    """
    fields: dict[str, Any] = {}
    for key in ("company", "role"):
        if _given(raw, key) or current is None:
            fields[key] = validation.text(raw.get(key), key)
    if current is None:
        base = _Place(owner.language, owner.country, owner.subdivision, owner.timezone)
    else:
        base = _Place(current.language, current.country, current.subdivision, current.timezone)
    place = _place(raw, base)
    fields.update(
        language=place.language, country=place.country, subdivision=place.subdivision, timezone=place.timezone
    )
    zone = ZoneInfo(place.timezone)

    if _given(raw, "start") or current is None:
        start = parse_instant(raw.get("start") or "", zone, "start")
    else:
        start = current.start
    if _given(raw, "end"):
        end = parse_instant(raw["end"], zone, "end")
    elif _given(raw, "duration"):
        end = later(start, timedelta(minutes=_duration(raw["duration"])))
    elif current is not None:
        end = later(start, current.end - current.start)
    else:
        end = later(start, timedelta(minutes=DEFAULT_DURATION_MINUTES))
    # Real time: two datetimes of one ZoneInfo compare and subtract as wall clocks.
    elapsed = end.astimezone(UTC) - start.astimezone(UTC)
    if elapsed <= timedelta(0):
        raise InvalidValue("end", tr("must be after the start"))
    if elapsed > LONGEST_INTERVIEW:
        raise InvalidValue("end", tr("is more than 24 hours after the start"))
    # A computed end (start + duration) can leave the window that the typed ones were held to.
    validation.instant_in_window(end, "end")
    fields["start"], fields["end"] = start, end

    if _given(raw, "decision_by"):
        # Given empty, the date is cleared: the recruiter's date was wrong, or never given.
        given = str(raw["decision_by"]).strip()
        decision: date | None = parse_date(given, "decision_by") if given else None
    elif _given(raw, "decision_in"):
        delay = parse_delay(raw["decision_in"], "decision_in")
        decision = delay.after(start.astimezone(zone).date(), _business_calendar(place))
    else:
        decision = current.decision_by if current is not None else None
    if decision is not None:
        validation.in_window(decision, "decision_by")
    if decision is not None and decision < start.astimezone(zone).date():
        raise InvalidValue("decision_by", tr("is before the interview"))
    fields["decision_by"] = decision

    if _given(raw, "mode"):
        fields["mode"] = validation.choice(raw["mode"], "mode", MODE_CHOICES)
    if _given(raw, "location"):
        fields["location"] = validation.text(
            raw["location"], "location", required=False, max_length=validation.TEXT_MAX
        )
    if _given(raw, "status"):
        fields["status"] = validation.choice(raw["status"], "status", STATUS_CHOICES)
    if _given(raw, "ics_uid"):
        fields["ics_uid"] = validation.text(raw["ics_uid"], "ics_uid", max_length=500)
    if _given(raw, "contribution"):
        fields["contribution"] = validation.text(
            raw["contribution"], "bring", required=False, max_length=validation.TEXT_MAX
        )
    if _given(raw, "company_article"):
        article = str(raw["company_article"]).strip().lower().replace("’", "'")
        fields["company_article"] = (
            "" if article in ("", "auto", "guess") else validation.choice(article, "article", COMPANY_ARTICLE_CHOICES)
        )
    return fields


def _duration(value: Any) -> int:
    try:
        minutes = int(value)
    except (TypeError, ValueError):
        minutes = -1
    if not 1 <= minutes <= 24 * 60:
        raise InvalidValue(
            "duration", tr("must be a number of minutes between 1 and 1440, not %(value)s", value=repr(value))
        )
    return minutes


# What moves an interview's slots and what its texts name.
MOVING_FIELDS = ("start", "end", "country", "subdivision", "timezone", "decision_by", "language")


def replan(interview: Interview, *, moved: bool = False) -> list[PlanWarning]:
    """Bring the interview's follow-up plan, then its unsent messages, in line with it
    (``outbox.follow``: cancelled with it, recomposed, held or moved); return the plan's
    warnings and one per message changed. ``moved``: its times, place or decision date just
    changed (scheduled messages take the new slots)."""
    from lastimpression.outbox.follow import follow_interview
    from lastimpression.planning.service import replan as replan_actions

    warnings = replan_actions(interview)
    for change in follow_interview(interview, moved=moved):
        warnings.append(PlanWarning("message_changed", change.say("en"), phrase=change.phrase))
    return warnings


def add_interview(raw: Mapping[str, Any], people: Sequence[Mapping[str, Any]] = ()) -> Interview:
    """Record a new interview (and, in the same transaction, the people given and the plan)."""
    owner = require_profile()
    fields = clean_interview(raw, current=None, owner=owner)
    cleaned_people = [clean_person(person, current=None) for person in people]
    chosen = [index for index, person in enumerate(cleaned_people) if person.get("main_contact")]
    for index in chosen[1:]:  # one main contact: the first one marked
        cleaned_people[index]["main_contact"] = False
    with transaction.atomic():
        interview = Interview.objects.create(**fields)
        for person_fields in cleaned_people:
            Person.objects.create(interview=interview, **person_fields)
        replan(interview)
    return interview


def edit_interview(interview_id: int | str, raw: Mapping[str, Any]) -> tuple[Interview, list[PlanWarning]]:
    """Change an interview and re-plan it; return it and the plan's warnings."""
    interview = get_interview(interview_id)
    fields = clean_interview(raw, current=interview, owner=require_profile())
    moved = any(getattr(interview, key) != value for key, value in fields.items() if key in MOVING_FIELDS)
    with transaction.atomic():
        for key, value in fields.items():
            setattr(interview, key, value)
        interview.save()
        warnings = replan(interview, moved=moved)
    return interview, warnings


def set_outcome(interview_id: int | str, status: str, note: str | None = None) -> tuple[Interview, list[PlanWarning]]:
    """Record where the process stands; follow-ups still pending are cancelled once it has
    moved on (next round, offer, refusal...), everything unsent once it is cancelled or
    withdrawn. Returns the interview and what was changed (``replan``)."""
    interview = get_interview(interview_id)
    interview.status = validation.choice(status, "status", STATUS_CHOICES)
    if note is not None:
        interview.outcome_note = validation.text(
            note, "note", required=False, max_length=validation.NOTE_MAX, multiline=True
        )
    with transaction.atomic():
        interview.save(update_fields=["status", "outcome_note", "updated_at"])
        warnings = replan(interview)
    return interview, warnings


def delete_interview(interview_id: int | str) -> tuple[Interview, int]:
    """Delete an interview with everything attached to it; return it and the people removed."""
    interview = get_interview(interview_id)
    with transaction.atomic():
        count = interview.people.count()
        interview.delete()
    return interview, count


def clean_person(raw: Mapping[str, Any], *, current: Person | None) -> dict[str, Any]:
    """Check the fields of a person given as text; return the model's field values."""
    fields: dict[str, Any] = {}
    if _given(raw, "name") or current is None:
        fields["name"] = validation.text(raw.get("name"), "name")
    if _given(raw, "email"):
        fields["email"] = validation.email(raw["email"], "email")
    if _given(raw, "title"):
        fields["title"] = validation.text(raw["title"], "title", required=False)
    if _given(raw, "linkedin"):
        fields["linkedin"] = validation.linkedin_url(raw["linkedin"], "linkedin")
    if _given(raw, "salutation"):
        fields["salutation"] = validation.choice(raw["salutation"], "salutation", SALUTATION_CHOICES)
    if _given(raw, "register"):
        fields["register"] = validation.choice(raw["register"], "register", REGISTER_CHOICES)
    if _given(raw, "topics"):
        fields["topics"] = validation.topics(list(raw["topics"]), "topic")
    if _given(raw, "greeted"):
        fields["greeted"] = bool(raw["greeted"])
    if _given(raw, "main_contact"):
        fields["main_contact"] = bool(raw["main_contact"])
    return fields


def _one_main_contact(person: Person) -> None:
    """When ``person`` was just made the main contact, nobody else of the interview is."""
    if person.main_contact:
        Person.objects.filter(interview_id=person.interview_id, main_contact=True).exclude(pk=person.pk).update(
            main_contact=False
        )


def add_person(interview_id: int | str, raw: Mapping[str, Any]) -> Person:
    interview = get_interview(interview_id)
    fields = clean_person(raw, current=None)
    with transaction.atomic():
        person = Person.objects.create(interview=interview, **fields)
        _one_main_contact(person)
        replan(interview)
    return person


def edit_person(person_id: int | str, raw: Mapping[str, Any]) -> Person:
    person = get_person(person_id)
    fields = clean_person(raw, current=person)
    old_address = person.email
    with transaction.atomic():
        for key, value in fields.items():
            setattr(person, key, value)
        person.save()
        _one_main_contact(person)
        replan(person.interview)
        if person.email != old_address:
            _readdress(person, old_address)
    return person


def _readdress(person: Person, old_address: str) -> None:
    """A corrected address reaches the person's e-mails not sent yet (drafts, scheduled,
    failed), never one written to the outbox folder, being sent or sent. A scheduled one is
    rebuilt as it leaves (its prepared e-mail no longer matches)."""
    from lastimpression.outbox.models import Message

    unsent = Message.objects.filter(
        person=person, to=old_address, status__in=("draft", "scheduled", "failed"), written_at=None
    ).exclude(kind="linkedin")
    unsent.update(to=person.email)


# A person's messages that are a record of what went out (or may have): removing the person
# would erase it, so removal is refused while one exists.
KEPT_MESSAGES = ("sending", "sent", "unknown", "bounced")


def remove_person(person_id: int | str) -> Person:
    """Remove a person with their plan actions and unsent messages. Refused (InvalidValue
    naming ``person``) when a message to them went out, is going out or may have."""
    from lastimpression.outbox.models import Message

    person = get_person(person_id)
    with transaction.atomic():
        # The unsent ones first: a dispatch that claims one after this waits for the commit and
        # then finds it gone; one claimed before is ``sending`` and kept, which refuses below.
        # A message written to the outbox folder may have been sent from the mail program.
        unsent = Message.objects.filter(person=person).exclude(status__in=KEPT_MESSAGES).filter(written_at=None)
        unsent.delete()
        kept = Message.objects.filter(person=person).count()
        if kept:
            raise InvalidValue(
                "person",
                tr(
                    "messages to %(name)s went out or are going out (%(count)d): removing this person would erase "
                    "that record",
                    name=person.name, count=kept,
                ),
            )  # fmt: skip
        person.delete()
        replan(person.interview)
    return person


def is_empty() -> bool:
    """True when the home holds no profile and no interview."""
    return not Profile.objects.exists() and not Interview.objects.exists()


def local_iso(instant: datetime, timezone: str) -> str:
    return instant.astimezone(ZoneInfo(timezone)).isoformat()
