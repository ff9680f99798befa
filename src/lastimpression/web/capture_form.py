"""The new-interview form, made for the minute after the door: what it shows before anything is
typed (today, the hour that just ended, the user's usual place), the people as quick lines, the
decision in one field, and every value checked at once (web/form_errors.py) before the one
service call that records it all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.utils.translation import gettext, pgettext

from lastimpression import clock
from lastimpression.core import places, validation
from lastimpression.core.decision import read_decision
from lastimpression.core.personline import PersonLine, read_person_line
from lastimpression.core.placefinder import area_called
from lastimpression.core.validation import InvalidValue
from lastimpression.core.when import Delay, read_instant
from lastimpression.interviews import services
from lastimpression.interviews.models import Profile
from lastimpression.web import place_field
from lastimpression.web.form_errors import Problems, said
from lastimpression.web.place_field import Base, PlaceChoice

LOCAL_MINUTE = "%Y-%m-%dT%H:%M"  # what <input type="datetime-local"> shows and sends
MAX_ROWS = 20
ROWS_SHOWN = 2  # a panel is the common case: two lines at first, an empty one is ignored
PERSON_FIELDS = ("name", "email", "topics", "title", "salutation", "register")
# How the service names what it refuses -> the field of this form that holds it.
SERVICE_FIELDS = {"end": "duration", "decision_by": "decision", "decision_in": "decision", "bring": "contribution"}
# A delay as the service reads it again (core.when.parse_delay).
UNITS = {"days": "days", "weeks": "weeks", "months": "months", "business_days": "business days"}


def labels() -> dict[str, str]:
    """The label of each field of the interview, in the active language."""
    return {
        "company": gettext("Company"), "role": gettext("Role"), "start": gettext("Start"),
        "duration": gettext("Duration (minutes)"), "mode": gettext("Mode"), "location": gettext("Place"),
        "country": gettext("Country"), "subdivision": gettext("Département, canton, province or state"),
        "timezone": gettext("Time zone"), "language": gettext("Language of the interview"),
        "decision": gettext("Decision announced"),
        "contribution": gettext("What I can bring"), "main": gettext("Main contact"),
        "end": gettext("End"),
    }  # fmt: skip


def quick_line_label() -> str:
    """The label of a person's quick line: the e-mail and the title can be written on it."""
    return gettext("Name, e-mail, title")


def person_labels() -> dict[str, str]:
    return {
        "name": gettext("Name"), "email": gettext("E-mail"), "topics": gettext("What you talked about"),
        "title": pgettext("a person's job title", "Title"), "salutation": gettext("Salutation"),
        "register": pgettext("formal or informal address", "Register"),
    }  # fmt: skip


def person_label(number: int, name: str) -> str:
    """ "Personne 2 — Nom": which person, which field."""
    return gettext("Person %(number)s — %(field)s") % {"number": number, "field": name}


def just_ended(now: datetime, zone: ZoneInfo, minutes: int) -> str:
    """The start of an interview of ``minutes`` that ended at the last round hour: at 11:05,
    10:00 for an hour-long one (the form is filled on leaving)."""
    hour = now.astimezone(zone).replace(minute=0, second=0, microsecond=0)
    return (hour - timedelta(minutes=minutes)).strftime(LOCAL_MINUTE)


@dataclass
class Line:
    """One quick line of the form: a person as typed."""

    index: int
    values: dict[str, str]
    guessed: Any = None

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def names(self) -> dict[str, str]:
        return {key: f"person-{self.index}-{key}" for key in PERSON_FIELDS}

    @property
    def empty(self) -> bool:
        return not any(self.values[key] for key in ("name", "email", "topics", "title"))


@dataclass
class Capture:
    """The form as the page shows it, and what it would record."""

    values: dict[str, str]
    lines: list[Line]
    place: PlaceChoice
    main: str
    problems: Problems = field(default_factory=Problems)
    raw: dict[str, Any] = field(default_factory=dict)
    people: list[dict[str, Any]] = field(default_factory=list)


def base_of(owner: Profile | None) -> Base:
    if owner is None:
        return Base("FR", "", places.DEFAULT_TIMEZONE, "fr")
    return Base(owner.country, owner.subdivision, owner.timezone, owner.language)


def read(form: Any, owner: Profile | None, now: datetime) -> Capture:
    """The form: as first shown when ``form`` is None, else as sent (``more``: one line more)."""
    zone = ZoneInfo(services.user_timezone(owner))
    if form is None:
        values = {"start": just_ended(now, zone, services.DEFAULT_DURATION_MINUTES),
                  "duration": str(services.DEFAULT_DURATION_MINUTES), "mode": "onsite"}  # fmt: skip
        place = place_field.choose(None, "", base_of(owner), owner.country if owner else "FR")
        lines = [Line(index, dict.fromkeys(PERSON_FIELDS, "")) for index in range(ROWS_SHOWN)]
        return Capture(values, lines, place, "")
    keys = ("company", "role", "start", "duration", "mode", "location", "decision", "contribution")
    values = {key: str(form.get(key, "")).strip() for key in keys}
    if "decision" not in form:  # the two fields of earlier forms
        values["decision"] = str(form.get("decision_by", "") or form.get("decision_in", "")).strip()
    try:
        rows = max(ROWS_SHOWN, min(int(form.get("rows", "1")), MAX_ROWS))
    except ValueError:
        rows = ROWS_SHOWN
    if "more" in form:
        rows = min(rows + 1, MAX_ROWS)
    lines = [Line(index, {key: str(form.get(f"person-{index}-{key}", "")).strip() for key in PERSON_FIELDS})
             for index in range(rows)]  # fmt: skip
    place = place_field.choose(form, values["location"], base_of(owner), owner.country if owner else "FR")
    return Capture(values, lines, place, str(form.get("main", "")).strip())


def check(capture: Capture) -> None:
    """Check every value of ``capture`` (each refusal in ``capture.problems``), and fill
    ``capture.raw`` and ``capture.people`` with what the service takes."""
    problems, values, names = capture.problems, capture.values, labels()
    raw: dict[str, Any] = {}
    raw["company"] = problems.check("company", names["company"], lambda: validation.text(values["company"], "company"))
    raw["role"] = problems.check("role", names["role"], lambda: validation.text(values["role"], "role"))
    place = capture.place.raw()
    zone = check_place(problems, place)
    start = problems.check("start", names["start"], lambda: read_instant(values["start"], zone, "start")[0])
    raw["start"] = values["start"]
    raw["duration"] = problems.check(
        "duration", names["duration"], lambda: validation.whole_number(values["duration"] or "60", "duration", 1, 24 * 60,
                                                                       unit="minutes"),
    )  # fmt: skip
    raw["mode"] = problems.check("mode", names["mode"],
                                 lambda: validation.choice(values["mode"] or "onsite", "mode", services.MODE_CHOICES))  # fmt: skip
    raw["location"] = problems.check("location", names["location"], lambda: validation.text(
        values["location"], "location", required=False, max_length=validation.TEXT_MAX))  # fmt: skip
    raw.update(place)
    day = start.astimezone(zone).date() if start is not None else None
    raw.update(_decision(problems, values["decision"], day or clock.now().astimezone(zone).date(), names["decision"]))
    raw["contribution"] = problems.check("contribution", names["contribution"], lambda: validation.text(
        values["contribution"], "contribution", required=False, max_length=validation.TEXT_MAX))  # fmt: skip
    capture.people = _people(capture)
    capture.raw = raw


def check_place(problems: Problems, place: dict[str, Any]) -> ZoneInfo:
    """Check the place's four values (each refusal beside its field), leave in ``place`` the
    calendar's subdivision and the zone found when none was chosen; return the zone times are
    read in (Paris's when the place is refused)."""
    names = labels()
    country = problems.check("country", names["country"], lambda: places.normalize_country(place["country"] or ""))
    calendar, written = "", ""
    if country:
        written = place["subdivision"] or ""
        calendar = problems.check("subdivision", names["subdivision"],
                                  lambda: places.normalize_subdivision(country, written)) or ""  # fmt: skip
        place["subdivision"] = calendar
    if place["language"]:
        problems.check("language", names["language"], lambda: places.normalize_language(place["language"]))
    zone_name = ""
    if place["timezone"]:
        zone_name = (
            problems.check("timezone", names["timezone"], lambda: places.normalize_timezone(place["timezone"])) or ""
        )
    elif country and "subdivision" not in problems:
        area = area_called(country, written) if written else None
        zone_name = (area.zone if area else "") or places.default_timezone(country, calendar) or ""
        if not zone_name:
            problems.add("timezone", names["timezone"], gettext("this country has several time zones: choose one"))
        place["timezone"] = zone_name or None
    try:
        return ZoneInfo(zone_name or places.DEFAULT_TIMEZONE)
    except (ValueError, OSError):
        return ZoneInfo(places.DEFAULT_TIMEZONE)


def _decision(problems: Problems, written: str, day: date, label: str) -> dict[str, Any]:
    if not written:
        return {}
    try:
        read = read_decision(written, day, "decision")
    except InvalidValue as error:
        problems.add("decision", label, said(error))
        return {}
    if isinstance(read, Delay):
        return {"decision_in": f"{read.count} {UNITS[read.unit]}"}
    return {"decision_by": read.isoformat()}


def _people(capture: Capture) -> list[dict[str, Any]]:
    people = [_person(capture.problems, line, capture.main) for line in capture.lines if not line.empty]
    if capture.main and capture.main not in {str(line.index) for line in capture.lines if not line.empty}:
        capture.problems.add("main", labels()["main"], gettext("choose one of the people entered"))
    return people


def _person(problems: Problems, line: Line, main: str) -> dict[str, Any]:
    """One quick line checked (its refusals in ``problems``), as the service takes a person:
    the salutation, the title and the address read from the line unless given apart."""
    typed, names, words = line.values, line.names, person_labels()
    written = line.guessed = read_person_line(typed["name"])

    def label(key: str) -> str:
        return person_label(line.number, words[key])

    title = typed["title"] or written.title
    topics = [topic for topic in typed["topics"].split(";")]
    person: dict[str, Any] = {
        "name": problems.check(names["name"], label("name"), lambda: validation.text(written.name, "name")),
        "email": _address(problems, line, written),
        "title": problems.check(names["title"], label("title"),
                                lambda: validation.text(title, "title", required=False)),
        "topics": problems.check(names["topics"], label("topics"), lambda: validation.topics(topics, "topic")),
        "greeted": None, "main_contact": main == str(line.index),
    }  # fmt: skip
    salutation, register = typed["salutation"] or written.salutation, typed["register"]
    if salutation:
        person["salutation"] = problems.check(names["salutation"], label("salutation"), lambda: validation.choice(
            salutation, "salutation", services.SALUTATION_CHOICES))  # fmt: skip
    if register:
        person["register"] = problems.check(names["register"], label("register"), lambda: validation.choice(
            register, "register", services.REGISTER_CHOICES))  # fmt: skip
    return person


def _address(problems: Problems, line: Line, written: PersonLine) -> str:
    """The person's address: the one in the e-mail field, else the one written on the quick
    line (each refusal beside the field it was typed in); two different ones are refused."""
    typed, names = line.values, line.names
    label = person_label(line.number, person_labels()["email"])
    if len(written.addresses) > 1:
        problems.add(names["name"], person_label(line.number, quick_line_label()),
                     gettext("one e-mail address per person: this line holds %(count)s") % {
                         "count": len(written.addresses)})  # fmt: skip
        return ""
    if typed["email"] and written.email and typed["email"].casefold() != written.email.casefold():
        problems.add(names["email"], label, gettext("differs from the address written on the line (%(address)s): "
                                                    "keep one") % {"address": written.email})  # fmt: skip
        return ""
    if typed["email"]:
        return problems.email(names["email"], label, typed["email"])
    return problems.email(names["name"], label, written.email)


def service_refusal(capture: Capture, error: InvalidValue) -> None:
    """Show a refusal of the service (a rule between fields: an end after a day, a decision
    before the interview) beside the field that holds it."""
    names = labels()
    key = SERVICE_FIELDS.get(error.field, error.field)
    if key in names:
        capture.problems.add(key, names[key], said(error))
    else:
        capture.problems.add("company", names["company"], said(error))
