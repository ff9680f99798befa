"""An invitation pasted on the capture page (its `.ics` text or file, or the text of the e-mail)
turned into what the capture form shows: company, role, when, where and the people with their
addresses, each person on one quick line ("Claire Martin <claire@…>"). Nothing is saved: the
form comes back filled, for the user to check and save.

The `.ics` is read as the import reads it (``interviews.calendar_import.first_invitation``), in a
child process first when it is long (``capture._read_in_time``); the e-mail text by
``core.invitationmail``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from django.utils.translation import get_language, gettext

from lastimpression.core.icslimits import MAX_FILE_BYTES, too_large
from lastimpression.core.invitationmail import read_invitation_mail
from lastimpression.core.validation import InvalidValue
from lastimpression.interviews import services
from lastimpression.interviews.models import Profile
from lastimpression.web import capture_form, place_field
from lastimpression.web.form_errors import Problems

FIELD = "invitation"  # the text area; its file field is FIELD + "-file"
MAX_PEOPLE = capture_form.MAX_ROWS


@dataclass
class Pasted:
    """What the paste gives: the form's values as if typed (``form``), or the reason nothing
    could be read (``problem``, said beside the paste field)."""

    form: dict[str, str]
    problem: str = ""


def looks_like_calendar(text: str) -> bool:
    return "BEGIN:VCALENDAR" in text[:4000].upper() or "BEGIN:VEVENT" in text[:4000].upper()


def read_paste(text: str, data: bytes | None, owner: Profile, now: datetime) -> Pasted:
    """The capture form filled from ``text`` (pasted) or ``data`` (a file chosen)."""
    if len(data if data is not None else text.encode()) > MAX_FILE_BYTES:
        return Pasted({}, too_large().say("fr" if get_language() == "fr" else "en"))
    if data is not None or looks_like_calendar(text):
        return _from_calendar(data if data is not None else text.encode(), owner, now)
    return _from_mail(text, owner, now)


def _base_form(owner: Profile, now: datetime) -> dict[str, str]:
    shown = capture_form.read(None, owner, now)
    return {**shown.values, "rows": str(len(shown.lines))}


def _with_people(form: dict[str, str], people: list[tuple[str, str]]) -> None:
    """Each person on one quick line, "Claire Martin <claire@…>"; a name the invitation does
    not give is made from the address, as the import makes it ("rh@…" → "Rh")."""
    from lastimpression.interviews.calendar_import import _person_name

    people = people[:MAX_PEOPLE]
    form["rows"] = str(max(len(people), capture_form.ROWS_SHOWN))
    for index, (name, address) in enumerate(people):
        form[f"person-{index}-name"] = f"{_person_name(name, address)} <{address}>"


def _zone_of(form: dict[str, str], owner: Profile) -> ZoneInfo:
    """The zone the capture form will read the start in, for the place the form now holds."""
    place = place_field.choose(None, form.get("location", ""), capture_form.base_of(owner), owner.country)
    return capture_form.check_place(Problems(), place.raw())


def _from_calendar(data: bytes, owner: Profile, now: datetime) -> Pasted:
    from lastimpression.interviews.calendar_import import first_invitation
    from lastimpression.web.capture import _read_in_time

    try:
        _read_in_time(data, owner.timezone, now)
        found = first_invitation(data, now=now)
    except InvalidValue as error:
        return Pasted({}, error.say("fr" if get_language() == "fr" else "en"))
    if found is None:
        return Pasted({}, gettext("no event found in this calendar"))
    event, company, role = found
    form = _base_form(owner, now)
    form.update(company=company, role=role, location=(event.location or event.video_url or "")[:500])
    form["mode"] = "video" if event.video_url else "onsite"
    zone = _zone_of(form, owner)
    form["start"] = event.start.astimezone(zone).strftime(capture_form.LOCAL_MINUTE)
    minutes = round((event.end - event.start).total_seconds() / 60)
    if 0 < minutes <= 24 * 60:
        form["duration"] = str(minutes)
    _with_people(form, [(attendee.name, attendee.email) for attendee in event.attendees if attendee.email])
    return Pasted(form)


def _from_mail(text: str, owner: Profile, now: datetime) -> Pasted:
    from lastimpression.core.eventtitle import company_from_domain, guess_from_title
    from lastimpression.interviews.calendar_import import import_keywords, own_addresses

    own = own_addresses(owner)
    today = now.astimezone(ZoneInfo(services.user_timezone(owner))).date()
    read = read_invitation_mail(text, today, frozenset(own))
    if not read.found:
        return Pasted({}, gettext("nothing read: paste the whole e-mail, with its subject and its addresses"))
    form = _base_form(owner, now)
    domain = company_from_domain([address for _, address in read.people], own)
    guess = guess_from_title(read.subject, import_keywords(), [name for name, _ in read.people], domain)
    form.update(company=(guess.company or domain)[:200], role=guess.role)
    if read.location or read.video_url:
        form["location"] = (read.location or read.video_url)[:500]
    if read.video_url and not read.location:
        form["mode"] = "video"
    day, hour = form["start"].split("T")  # what the text does not say stays as the form had it
    if read.day is not None or read.start is not None:
        day = read.day.isoformat() if read.day is not None else day
        form["start"] = f"{day}T{read.start.strftime('%H:%M') if read.start is not None else hour}"
    if read.minutes is not None and read.minutes <= 24 * 60:
        form["duration"] = str(read.minutes)
    _with_people(form, list(read.people))
    return Pasted(form)
