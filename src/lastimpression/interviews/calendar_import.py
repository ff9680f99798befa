"""Interviews from an `.ics` file (Google, Outlook, Apple exports), idempotent by UID.

An event is an interview when its title holds one of the configured keywords. A new one
becomes an interview with its attendees as people (the user's own addresses left out); one
already imported (same UID, or UID + RECURRENCE-ID for an occurrence) is updated when it
moved, and cancelled with what was pending for it when it comes back cancelled. The whole
import is one transaction; ``dry_run`` runs it and rolls it back, so what it shows is exactly
what a real import would do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any, cast

from django.conf import settings
from django.db import transaction

from lastimpression.core import places
from lastimpression.core.eventtitle import company_from_domain, guess_from_title
from lastimpression.core.icsfile import (
    DEFAULT_KEYWORDS,
    IcsError,
    IcsEvent,
    IcsReport,
    Notice,
    in_language,
    read_events,
)
from lastimpression.core.validation import InvalidValue
from lastimpression.interviews import services
from lastimpression.interviews.models import Interview, Person, Profile
from lastimpression.interviews.shapes import interview_json

# Recurring events are expanded over this window around now.
WINDOW_BEFORE = timedelta(days=30)
WINDOW_AFTER = timedelta(days=366)
FRENCH_WORDS = ("entretien", "entrevue", "rencontre", "échange", "echange", "visio", "recrutement", "embauche")
CANCELLED_NOTE = "cancelled in the calendar"
# The longest interview, as ``interview add`` has it (services.clean_interview).


@dataclass
class ImportOutcome:
    """What an import did (or, for a dry run, would do)."""

    # Interviews in their JSON shape, taken inside the transaction (a dry run rolls it back).
    created: list[dict[str, Any]] = field(default_factory=list)
    updated: list[dict[str, Any]] = field(default_factory=list)
    cancelled: list[dict[str, Any]] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    ignored: int = 0
    # In English; most are a Notice, which also says it in French (``icsfile.in_language``).
    notices: list[str] = field(default_factory=list)

    def notices_in(self, language: str, *, web: bool = False) -> list[str]:
        """The notices in ``language`` ("fr" or "en"); ``web``: an Advice says what to do in the
        web pages rather than the command to type."""
        return [
            notice.in_web(language) if web and isinstance(notice, Advice)
            else in_language(notice, language) if language == "fr" else str(notice)
            for notice in self.notices
        ]  # fmt: skip

    def as_json(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "cancelled": self.cancelled,
            "unchanged": self.unchanged,
            "ignored": self.ignored,
            "notices": [str(notice) for notice in self.notices],
            "notices_fr": [in_language(notice, "fr") for notice in self.notices],
        }


class Advice(Notice):
    """A notice that names the command to type; ``web`` (English, French) says what to do in
    the web pages instead."""

    web: tuple[str, str]

    def __new__(cls, english: str, french: str, web: tuple[str, str] = ("", "")) -> Advice:
        advice = cast("Advice", super().__new__(cls, english, french))
        advice.web = web
        return advice

    def in_web(self, language: str) -> str:
        return (self.web[1] if language == "fr" else self.web[0]) or self.say(language)


class _DryRun(Exception):
    """Raised to roll the transaction back after a dry run."""


@cache
def _country_of_zone() -> dict[str, str]:
    from lastimpression.core.places import _zones_by_country

    return {zone: country for country, zones in _zones_by_country().items() for zone in zones}


def _words(text: str) -> set[str]:
    return {word.casefold() for word in re.findall(r"\w+", text)}


def company_and_role(event: IcsEvent, keywords: tuple[str, ...], own: set[str]) -> tuple[str, str]:
    """The company and the role the event names (``core.eventtitle``): from its title, the
    company failing that from the attendees' e-mail domain, failing that the title itself (a
    company is required); the role "" when the title names none. The user corrects them with
    ``interview edit``."""
    title = " ".join(event.summary.split()) or "?"
    domain = company_from_domain([attendee.email for attendee in event.attendees], own)
    guess = guess_from_title(title, keywords, [attendee.name for attendee in event.attendees], domain)
    return (guess.company or domain or title)[:200], guess.role


def _missing(interview: Interview, title: str, dry_run: bool) -> list[Notice]:
    """What the import could not tell about a new interview, and the command that sets it."""
    reference = "ID" if dry_run else str(interview.id)
    said = " ".join(title.split())
    notices: list[Notice] = []
    if not interview.role:
        command = f"lastimpression interview edit {reference} --role …"
        notices.append(
            Advice(
                f"{said!r}: no role in the title; set it with `{command}`",
                f"«\u00a0{said}\u00a0»\u00a0: aucun poste dans le titre\u202f; précisez-le avec «\u00a0{command}\u00a0»",
                (
                    f"{said!r}: no role in the title; once imported, set it with “Edit” on the interview's page",
                    f"«\u00a0{said}\u00a0»\u00a0: aucun poste dans le titre\u202f; une fois importé, précisez-le avec "
                    "«\u00a0Modifier\u00a0» sur la page de l’entretien",
                ),
            )
        )
    if interview.company == said[:200]:
        command = f"lastimpression interview edit {reference} --company …"
        notices.append(
            Advice(
                f"{said!r}: no company in the title nor in the attendees' addresses; set it with `{command}`",
                f"«\u00a0{said}\u00a0»\u00a0: aucune entreprise dans le titre ni dans les adresses des invités\u202f; "
                f"précisez-la avec «\u00a0{command}\u00a0»",
                (
                    f"{said!r}: no company in the title nor in the attendees' addresses; once imported, set it with "
                    "“Edit” on the interview's page",
                    f"«\u00a0{said}\u00a0»\u00a0: aucune entreprise dans le titre ni dans les adresses des invités\u202f; "
                    "une fois importé, précisez-la avec «\u00a0Modifier\u00a0» sur la page de l’entretien",
                ),
            )
        )
    return notices


def _language(event: IcsEvent, owner: Profile) -> str:
    words = _words(event.summary)
    if words & set(FRENCH_WORDS):
        return "fr"
    if words & {"interview", "call", "screening", "hiring", "recruiter", "meeting"}:
        return "en"
    return owner.language


def _place(event: IcsEvent, owner: Profile) -> dict[str, str]:
    zone = event.timezone if event.timezone != "UTC" else owner.timezone
    country = _country_of_zone().get(zone, owner.country)
    if country not in places.supported_countries():
        country = owner.country
    subdivision = owner.subdivision if country == owner.country else ""
    return {"country": country, "subdivision": subdivision, "timezone": zone}


def _person_name(name: str, email: str) -> str:
    if name.strip():
        return name.strip()[:200]
    local = email.partition("@")[0]
    return " ".join(word.capitalize() for word in re.split(r"[._-]+", local) if word)[:200] or email[:200]


def _add_people(interview: Interview, event: IcsEvent, own: set[str]) -> int:
    known = {person.email.lower() for person in interview.people.all() if person.email}
    added = 0
    for attendee in event.attendees:
        email = attendee.email.strip()
        if not email or email.lower() in own or email.lower() in known:
            continue
        try:
            cleaned = services.clean_person({"name": _person_name(attendee.name, email), "email": email}, current=None)
        except InvalidValue:
            cleaned = services.clean_person({"name": _person_name(attendee.name, email)}, current=None)
        Person.objects.create(interview=interview, **cleaned)
        known.add(email.lower())
        added += 1
    return added


def _create(event: IcsEvent, owner: Profile, keywords: tuple[str, ...], own: set[str]) -> Interview:
    company, role = company_and_role(event, keywords, own)
    place = _place(event, owner)
    mode = "video" if event.video_url else "onsite"
    location = (event.location or event.video_url or "")[:500]
    interview = Interview.objects.create(
        company=company, role=role, start=event.start, end=event.end, mode=mode, location=location,
        language=_language(event, owner), ics_uid=event.key, **place,
    )  # fmt: skip
    _add_people(interview, event, own)
    services.replan(interview)
    return interview


def _update(interview: Interview, event: IcsEvent, own: set[str]) -> tuple[str, str] | None:
    """Bring an imported interview in line with its event; return what changed (English,
    French), or None. Its unsent messages follow (``services.replan``: re-slotted, rewritten
    or held)."""
    changes: list[tuple[str, str]] = []
    if interview.status == "cancelled":
        interview.status = "scheduled"
        # What the cancellation closed comes back; what the user closed stays closed.
        interview.actions.filter(status="cancelled", note=CANCELLED_NOTE).delete()
        changes.append(("rescheduled", "reprogrammé"))
    if interview.start != event.start or interview.end != event.end:
        before = interview.local_start().strftime("%Y-%m-%d %H:%M")
        interview.start, interview.end = event.start, event.end
        after = interview.local_start().strftime("%Y-%m-%d %H:%M")
        changes.append((f"moved from {before} to {after}", f"déplacé du {before} au {after}"))
    location = (event.location or event.video_url or "")[:500]
    if location and location != interview.location:
        interview.location = location
        changes.append(("new location", "nouveau lieu"))
    added = _add_people(interview, event, own)
    if added:
        changes.append((f"{added} new attendee(s)", f"{added} nouveau(x) participant(s)"))
    if not changes:
        return None
    interview.save()
    followed = [change for change in services.replan(interview, moved=True) if change.code == "message_changed"]
    if followed:
        count = len(followed)
        changes.append((f"{count} unsent message(s) brought in line", f"{count} message(s) non envoyé(s) mis à jour"))
    return ", ".join(english for english, _ in changes), ", ".join(french for _, french in changes)


def _cancel(interview: Interview) -> None:
    """The event was cancelled: so are its pending steps and its unsent messages."""
    from lastimpression.outbox.follow import follow_interview
    from lastimpression.planning.service import cancel_pending

    interview.status = "cancelled"
    interview.save(update_fields=["status", "updated_at"])
    cancel_pending(interview.id, kinds=None, note=CANCELLED_NOTE)
    follow_interview(interview)


def _not_an_interview_length(event: IcsEvent) -> Notice | None:
    """Why the event cannot be an interview as it stands, or None: like ``interview add``
    (``services.clean_interview``), an interview ends after its start and lasts at most 24
    hours (real time). ``DURATION:P5000W`` would otherwise plan a thank-you in 2122."""
    elapsed = event.end.astimezone(UTC) - event.start.astimezone(UTC)
    if timedelta(0) < elapsed <= services.LONGEST_INTERVIEW:
        return None
    start, end = (moment.strftime("%Y-%m-%d %H:%M") for moment in (event.start, event.end))
    if elapsed <= timedelta(0):
        return Advice(
            f"{event.summary!r} ends when it starts ({start}): not imported; add it with `interview add --duration`",
            f"l’événement {event.summary!r} finit quand il commence ({start})\u00a0: il n’est pas importé\u202f; "
            "ajoutez-le avec «\u00a0lastimpression interview add --duration\u00a0»",
            (
                f"{event.summary!r} ends when it starts ({start}): not imported; add it with “Add an interview”, "
                "with its length",
                f"l’événement {event.summary!r} finit quand il commence ({start})\u00a0: il n’est pas importé\u202f; "
                "ajoutez-le avec «\u00a0Ajouter un entretien\u00a0», avec sa durée",
            ),
        )
    return Notice(
        f"{event.summary!r} lasts more than 24 hours ({start} to {end}): not imported, an interview lasts at most 24 "
        "hours",
        f"l’événement {event.summary!r} dure plus de 24\u00a0heures (du {start} au {end})\u00a0: il n’est pas "
        "importé, un entretien dure 24\u00a0heures au plus",
    )


def own_addresses(owner: Profile) -> set[str]:
    """The user's own addresses (lower case): never a person met."""
    own = {owner.email.lower()}
    smtp_from = settings.CONFIG.get("smtp", "from")
    if smtp_from:
        own.add(str(smtp_from).rpartition("<")[2].strip(" >").lower())
    return own


def import_keywords() -> tuple[str, ...]:
    """The words that make an event an interview (config, else DEFAULT_KEYWORDS)."""
    return tuple(settings.CONFIG.get("import", "keywords") or DEFAULT_KEYWORDS)


def _read(data: bytes, owner: Profile, own: set[str], keywords: tuple[str, ...], now: datetime) -> IcsReport:
    try:
        return read_events(
            data, own_addresses=own, keywords=keywords, default_timezone=owner.timezone,
            window=(now - WINDOW_BEFORE, now + WINDOW_AFTER),
        )  # fmt: skip
    except IcsError as error:
        raise InvalidValue("FILE", str(error), error.say("fr")) from None


def first_invitation(data: bytes, *, now: datetime) -> tuple[IcsEvent, str, str] | None:
    """The event of an invitation (an `.ics` text or file) as an interview would be made of
    it, without importing it: the first interview it holds (else its first event), with the
    company and the role its title names; None when it holds no event. Raises InvalidValue
    for a file that cannot be read."""
    owner = services.require_profile()
    own, keywords = own_addresses(owner), import_keywords()
    events = [event for event in _read(data, owner, own, keywords, now).events if not event.cancelled]
    if not events:
        return None
    event = next((event for event in events if event.is_interview), events[0])
    company, role = company_and_role(event, keywords, own)
    return event, company, role


def import_calendar(data: bytes, *, now: datetime, dry_run: bool) -> ImportOutcome:
    """Import the interviews of an `.ics` file in one transaction; raise InvalidValue naming
    the line for a file that cannot be read (nothing is written then)."""
    owner = services.require_profile()
    own, keywords = own_addresses(owner), import_keywords()
    report = _read(data, owner, own, keywords, now)
    outcome = ImportOutcome(notices=list(report.notices))
    try:
        with transaction.atomic():
            _apply(report.events, owner, keywords, own, outcome, dry_run)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return outcome


def _outside_window(event: IcsEvent) -> Notice | None:
    """The notice skipping an event whose start or end falls outside the dates every door
    accepts (``validation.instant_in_window``, 1970 to 2200), else None: the same check as the
    command line's and the web's, so such an event never reaches the plan (whose arithmetic
    would overflow at the years 1 and 9999)."""
    from lastimpression.core import validation

    for moment in (event.start, event.end):
        try:
            validation.instant_in_window(moment, "start")
        except (InvalidValue, OverflowError):
            first, last = validation.FIRST_YEAR, validation.LAST_YEAR
            return Notice(
                f"{event.summary!r} falls in the year {moment.year}, outside the dates this program accepts "
                f"({first} to {last}): not imported",
                f"l’événement {event.summary!r} tombe en {moment.year}, hors des dates acceptées "
                f"({first} à {last}) : il n’est pas importé",
            )
    return None


def _apply(
    events: list[IcsEvent],
    owner: Profile,
    keywords: tuple[str, ...],
    own: set[str],
    outcome: ImportOutcome,
    dry_run: bool,
) -> None:
    for event in events:
        if not event.is_interview:
            outcome.ignored += 1
            continue
        existing = Interview.objects.filter(ics_uid=event.key).first()
        if event.cancelled:
            if existing is not None and existing.status != "cancelled":
                _cancel(existing)
                outcome.cancelled.append(interview_json(existing))
            elif existing is None:
                outcome.notices.append(
                    Notice(
                        f"{event.summary!r} is cancelled in the file: not imported",
                        f"l’événement {event.summary!r} est annulé dans le fichier\u00a0: il n’est pas importé",
                    )
                )
            continue
        if event.all_day:
            outcome.notices.append(
                Advice(
                    f"{event.summary!r} is an all-day event with no time: add it with `interview add`",
                    f"l’événement {event.summary!r} dure toute la journée, sans heure\u00a0: ajoutez-le avec "
                    "«\u00a0lastimpression interview add\u00a0»",
                    (
                        f"{event.summary!r} is an all-day event with no time: add it with “Add an interview”, "
                        "with its time",
                        f"l’événement {event.summary!r} dure toute la journée, sans heure\u00a0: ajoutez-le avec "
                        "«\u00a0Ajouter un entretien\u00a0», avec son heure",
                    ),
                )
            )
            continue
        outside = _outside_window(event)
        if outside is not None:
            outcome.notices.append(outside)
            continue
        refusal = _not_an_interview_length(event)
        if refusal is not None:
            outcome.notices.append(refusal)
            continue
        if existing is None:
            created = _create(event, owner, keywords, own)
            outcome.created.append(interview_json(created))
            outcome.notices.extend(_missing(created, event.summary, dry_run))
            continue
        change = _update(existing, event, own)
        if change is None:
            outcome.unchanged.append(existing.id)
        else:
            outcome.updated.append({**interview_json(existing), "change": change[0], "change_fr": change[1]})
