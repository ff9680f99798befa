"""What a calendar invitation says beyond its time: who is invited, whether it is an interview,
and where to join the video call.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

import icalendar
from icalendar.prop import vBroken

# Rooms and equipment booked through Outlook are attendees too, but not people met.
_NOT_PEOPLE = frozenset({"ROOM", "RESOURCE"})

_VIDEO_URL = re.compile(
    r"https://[\w.-]*(?:zoom\.us/(?:j|my|w|s|wc)/|meet\.google\.com/[a-z]{3}-"
    r"|teams\.microsoft\.com/l/meetup-join/|teams\.live\.com/meet/)[^\s<>\"'\[\]]*",
    re.IGNORECASE,
)
# Where clients put the meeting link, most specific first.
_VIDEO_PROPERTIES = (
    "CONFERENCE",
    "X-GOOGLE-CONFERENCE",
    "X-MICROSOFT-SKYPETEAMSMEETINGURL",
    "URL",
    "LOCATION",
    "DESCRIPTION",
)


def _values(component: icalendar.Component, name: str) -> list[object]:
    value = component.get(name)
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _param(value: object, name: str) -> str:
    params = getattr(value, "params", None)
    found = params.get(name) if params is not None else None
    if isinstance(found, list):
        return ",".join(str(item) for item in found)
    return "" if found is None else str(found)


def email_address(value: str) -> str:
    """The address of a ``mailto:`` URI, or "" when it holds none (``invalid:nomail``)."""
    address = value.strip()
    if address[:7].casefold() == "mailto:":
        address = address[7:].strip()
    if "@" not in address or any(char.isspace() for char in address):
        return ""
    return address


def person_name(common_name: str, email: str) -> str:
    """A display name from a CN: "Durand, Émilie" becomes "Émilie Durand"; "" for an address."""
    name = " ".join(common_name.strip().strip('"').split())
    if not name or "@" in name or name.casefold() == email.casefold():
        return ""
    if name.count(",") == 1:
        last, first = (part.strip() for part in name.split(","))
        if last and first:
            return f"{first} {last}"
    return name


def attendees_of(component: icalendar.Component, own_addresses: Collection[str]) -> list[tuple[str, str]]:
    """The (name, email) of the people invited, the organizer first.

    Leaves out the user's own addresses (case-insensitively), rooms and resources, unreadable
    entries and repeats (the organizer is often listed as an attendee too).
    """
    own = {email_address(a).casefold() or a.strip().casefold() for a in own_addresses}
    people: list[tuple[str, str]] = []
    seen: set[str] = set()
    for value in _values(component, "ORGANIZER") + _values(component, "ATTENDEE"):
        if isinstance(value, vBroken) or _param(value, "CUTYPE").upper() in _NOT_PEOPLE:
            continue
        email = email_address(str(value))
        if email and email.casefold() in own:
            continue
        name = person_name(_param(value, "CN"), email)
        identity = email.casefold() or name.casefold()
        if identity and identity not in seen:
            seen.add(identity)
            people.append((name, email))
    return people


def _words(text: str) -> tuple[str, ...]:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return tuple(re.findall(r"\w+", plain))


def keyword_phrases(keywords: Collection[str]) -> list[tuple[str, ...]]:
    """Keywords prepared for :func:`is_interview`: words without case or accents."""
    return [phrase for phrase in (_words(keyword) for keyword in keywords) if phrase]


def is_interview(title: str, phrases: list[tuple[str, ...]]) -> bool:
    """Whether ``title`` contains one of the phrases as whole words (a plural "s" allowed)."""
    words = _words(title)
    for phrase in phrases:
        for first in range(len(words) - len(phrase) + 1):
            if all(words[first + i] in (word, word + "s") for i, word in enumerate(phrase)):
                return True
    return False


def video_url(component: icalendar.Component) -> str | None:
    """The first Zoom, Google Meet or Teams link of the event, or None."""
    for name in _VIDEO_PROPERTIES:
        for value in _values(component, name):
            match = _VIDEO_URL.search(str(value))
            if match:
                return match.group(0).rstrip(".,;:)")
    return None
