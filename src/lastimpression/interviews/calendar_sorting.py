"""What the calendar import does with each event of a file, decided without Django.

Two callers sort the events of a file here, so that they cannot disagree:

- ``calendar_import`` (the import, on the ORM, in one transaction; the web page's preview is
  that import rolled back) writes what this module decides;
- ``calendar_dry_run`` (``import --dry-run`` on the command line, plain ``sqlite3``) only
  reads: it prints the same lines without starting Django.

Each event is one ``Step``: ignored (not an interview), a notice (cancelled before it was ever
imported, all day, outside the accepted dates, too long), created, brought in line with the
interview already imported from it, cancelled with it, or nothing (cancelled again). A new
interview's fields and people, and the notices, are made here too.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any, Literal, NamedTuple, cast

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
from lastimpression.phrases import Phrase, ptr, tr

# Recurring events are expanded over this window around now.
WINDOW_BEFORE = timedelta(days=30)
WINDOW_AFTER = timedelta(days=366)
FRENCH_WORDS = ("entretien", "entrevue", "rencontre", "échange", "echange", "visio", "recrutement", "embauche")
ENGLISH_WORDS = ("interview", "call", "screening", "hiring", "recruiter", "meeting")
# The longest interview, as ``interview add`` has it (``services.LONGEST_INTERVIEW``; a test
# keeps the two equal).
LONGEST_INTERVIEW = timedelta(hours=24)


@dataclass(frozen=True)
class Owner:
    """What the import needs of the profile."""

    email: str
    language: str
    country: str
    subdivision: str
    timezone: str


@dataclass
class ImportOutcome:
    """What an import did (or, for a dry run, would do)."""

    # Interviews in their JSON shape, taken inside the transaction (a dry run rolls it back).
    created: list[dict[str, Any]] = field(default_factory=list)
    updated: list[dict[str, Any]] = field(default_factory=list)
    cancelled: list[dict[str, Any]] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    ignored: int = 0
    # In English; most are a Notice, which says it in any language (``icsfile.in_language``).
    notices: list[str] = field(default_factory=list)

    def notices_in(self, language: str, *, web: bool = False) -> list[str]:
        """The notices in ``language`` ("fr" or "en"); ``web``: an Advice says what to do in the
        web pages rather than the command to type."""
        return [
            notice.in_web(language) if web and isinstance(notice, Advice) else in_language(notice, language)
            for notice in self.notices
        ]

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
    """A notice that names the command to type; ``web`` says what to do in the web pages
    instead."""

    web: Phrase

    def __new__(cls, phrase: Phrase, web: Phrase) -> Advice:
        advice = cast("Advice", super().__new__(cls, phrase))
        advice.web = web
        return advice

    def in_web(self, language: str) -> str:
        return self.web.say(language)


class Quoted(Phrase):
    """A title the user gave, quoted in a notice as each language quotes it: as Python writes it
    in English ('Interview'), between the catalogue's marks in French (« Entretien »)."""

    def __init__(self, text: str) -> None:
        super().__init__(QUOTED.msgid, (("title", text),), context=QUOTED.context)

    def say(self, language: str) -> str:
        return repr(self.values[0][1]) if language == "en" else super().say(language)


QUOTED = ptr("a title quoted in a notice", "%(title)s")


def own_addresses(email: str, smtp_from: object) -> set[str]:
    """The user's own addresses (lower case), never a person met: the profile's, and the
    sender of ``[smtp] from`` when set."""
    own = {email.lower()}
    if smtp_from:
        own.add(str(smtp_from).rpartition("<")[2].strip(" >").lower())
    return own


def import_keywords(configured: Collection[str] | None) -> tuple[str, ...]:
    """The words that make an event an interview: ``[import] keywords``, else DEFAULT_KEYWORDS."""
    return tuple(configured or DEFAULT_KEYWORDS)


def read(data: bytes, owner: Owner, own: set[str], keywords: tuple[str, ...], now: datetime) -> IcsReport:
    """The events of the file as the import reads them; InvalidValue naming FILE (and the line)
    for a file that cannot be read."""
    try:
        return read_events(
            data, own_addresses=own, keywords=keywords, default_timezone=owner.timezone,
            window=(now - WINDOW_BEFORE, now + WINDOW_AFTER),
        )  # fmt: skip
    except IcsError as error:
        raise InvalidValue("FILE", error.phrase) from None


class Step(NamedTuple):
    """What the import does with one event."""

    kind: Literal["ignore", "notice", "create", "update", "cancel", "nothing"]
    notice: Notice | None = None


def step(event: IcsEvent, status: str | None) -> Step:
    """What the import does with ``event``; ``status``: that of the interview already imported
    from it (same key), None when there is none. An "update" may change nothing (unchanged)."""
    if not event.is_interview:
        return Step("ignore")
    if event.cancelled:
        if status is None:
            return Step(
                "notice", Notice(tr("%(title)s is cancelled in the file: not imported", title=repr(event.summary)))
            )
        return Step("nothing") if status == "cancelled" else Step("cancel")
    if event.all_day:
        return Step("notice", _all_day(event))
    refusal = _outside_window(event) or _not_an_interview_length(event)
    if refusal is not None:
        return Step("notice", refusal)
    return Step("create") if status is None else Step("update")


def _all_day(event: IcsEvent) -> Advice:
    title = repr(event.summary)
    return Advice(
        tr("%(title)s is an all-day event with no time: add it with `interview add`", title=title),
        tr("%(title)s is an all-day event with no time: add it with “Add an interview”, with its time", title=title),
    )


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
                tr(
                    "%(title)s falls in the year %(year)d, outside the dates this program accepts (%(first)d to "
                    "%(last)d): not imported",
                    title=repr(event.summary), year=moment.year, first=first, last=last,
                )
            )  # fmt: skip
    return None


def _not_an_interview_length(event: IcsEvent) -> Notice | None:
    """Why the event cannot be an interview as it stands, or None: like ``interview add``
    (``services.clean_interview``), an interview ends after its start and lasts at most 24
    hours (real time). ``DURATION:P5000W`` would otherwise plan a thank-you in 2122."""
    elapsed = event.end.astimezone(UTC) - event.start.astimezone(UTC)
    if timedelta(0) < elapsed <= LONGEST_INTERVIEW:
        return None
    start, end = (moment.strftime("%Y-%m-%d %H:%M") for moment in (event.start, event.end))
    title = repr(event.summary)
    if elapsed <= timedelta(0):
        return Advice(
            tr(
                "%(title)s ends when it starts (%(start)s): not imported; add it with `interview add --duration`",
                title=title, start=start,
            ),
            tr(
                "%(title)s ends when it starts (%(start)s): not imported; add it with “Add an interview”, with its "
                "length",
                title=title, start=start,
            ),
        )  # fmt: skip
    return Notice(
        tr(
            "%(title)s lasts more than 24 hours (%(start)s to %(end)s): not imported, an interview lasts at most 24 "
            "hours",
            title=title, start=start, end=end,
        )
    )  # fmt: skip


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


def interview_zone(event: IcsEvent, owner: Owner) -> str:
    """The time zone of the interview made of ``event``: the event's, the user's for UTC."""
    return event.timezone if event.timezone != "UTC" else owner.timezone


def _language(event: IcsEvent, owner: Owner) -> str:
    words = _words(event.summary)
    if words & set(FRENCH_WORDS):
        return "fr"
    if words & set(ENGLISH_WORDS):
        return "en"
    return owner.language


@cache
def _country_of_zone() -> dict[str, str]:
    from lastimpression.core.places import _zones_by_country

    return {zone: country for country, zones in _zones_by_country().items() for zone in zones}


def _place(event: IcsEvent, owner: Owner) -> dict[str, str]:
    from lastimpression.core import places

    zone = interview_zone(event, owner)
    country = _country_of_zone().get(zone, owner.country)
    if country not in places.supported_countries():
        country = owner.country
    subdivision = owner.subdivision if country == owner.country else ""
    return {"country": country, "subdivision": subdivision, "timezone": zone}


def location_of(event: IcsEvent) -> str:
    return (event.location or event.video_url or "")[:500]


def new_interview(event: IcsEvent, owner: Owner, keywords: tuple[str, ...], own: set[str]) -> dict[str, Any]:
    """The fields of the interview made of ``event`` (``Interview``'s)."""
    company, role = company_and_role(event, keywords, own)
    return {
        "company": company, "role": role, "start": event.start, "end": event.end,
        "mode": "video" if event.video_url else "onsite", "location": location_of(event),
        "language": _language(event, owner), "ics_uid": event.key, **_place(event, owner),
    }  # fmt: skip


def person_name(name: str, email: str) -> str:
    """An attendee's name: the calendar's, else made of their address ("claire.martin@…" is
    "Claire Martin")."""
    if name.strip():
        return name.strip()[:200]
    local = email.partition("@")[0]
    return " ".join(word.capitalize() for word in re.split(r"[._-]+", local) if word)[:200] or email[:200]


def _new_address(email: str, own: set[str], known: Collection[str]) -> bool:
    return bool(email) and email.lower() not in own and email.lower() not in known


def people_to_add(
    event: IcsEvent, own: set[str], known: Collection[str] = (), *, addresses: bool = True
) -> list[dict[str, str]]:
    """The people ``event`` adds to its interview (``Person``'s fields, checked as ``person
    add`` checks them; an address that is not valid is left out): its attendees with an
    address that is not the user's nor one of ``known`` (lower case), each address once.
    ``addresses=False``: their names only (a dry run prints no address, and whether one is
    valid changes no name). Raises InvalidValue for a name that cannot be a person's."""
    from lastimpression.core import validation

    seen = set(known)
    found = []
    for attendee in event.attendees:
        email = attendee.email.strip()
        if not _new_address(email, own, seen):
            continue
        cleaned = {"name": validation.text(person_name(attendee.name, email), "name")}
        if addresses:
            with suppress(InvalidValue):
                cleaned["email"] = validation.email(email, "email")
        found.append(cleaned)
        seen.add(email.lower())
    return found


@dataclass(frozen=True)
class Known:
    """An interview already imported, as the import compares it with its event."""

    id: int
    status: str
    start: datetime
    end: datetime
    location: str
    # Its people's addresses, in lower case.
    emails: frozenset[str]


def changes_anything(known: Known, event: IcsEvent, own: set[str]) -> bool:
    """Whether importing ``event`` again changes ``known`` (what ``calendar_import._update``
    changes: its status, times, place or people)."""
    location = location_of(event)
    return (
        known.status == "cancelled"
        or known.start != event.start
        or known.end != event.end
        or bool(location and location != known.location)
        or any(_new_address(attendee.email.strip(), own, known.emails) for attendee in event.attendees)
    )


def missing(company: str, role: str, title: str, reference: str) -> list[Notice]:
    """What the import could not tell about a new interview (its ``company`` and ``role``, made
    of the event's ``title``), and the command that sets it (``reference``: its id, or "ID" in
    a dry run)."""
    said = " ".join(title.split())
    notices: list[Notice] = []
    if not role:
        command = f"lastimpression interview edit {reference} --role …"
        notices.append(
            Advice(
                tr("%(title)s: no role in the title; set it with `%(command)s`", title=Quoted(said), command=command),
                tr(
                    "%(title)s: no role in the title; once imported, set it with “Edit” on the interview's page",
                    title=Quoted(said),
                ),
            )
        )
    if company == said[:200]:
        command = f"lastimpression interview edit {reference} --company …"
        notices.append(
            Advice(
                tr(
                    "%(title)s: no company in the title nor in the attendees' addresses; set it with `%(command)s`",
                    title=Quoted(said), command=command,
                ),
                tr(
                    "%(title)s: no company in the title nor in the attendees' addresses; once imported, set it with "
                    "“Edit” on the interview's page",
                    title=Quoted(said),
                ),
            )
        )  # fmt: skip
    return notices
