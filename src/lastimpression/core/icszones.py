"""Time-zone identifiers found in `.ics` files, mapped to IANA zone names.

Calendar clients name zones in several ways: IANA names (``Europe/Paris``), Outlook's Windows
names (``Romance Standard Time``), "globally unique" vendor paths
(``/freeassociation.sourceforge.net/Europe/Berlin``) and names of their own invention that only
a VTIMEZONE block explains (``GMT +0100 (Standard) / GMT +0200 (Daylight)``). The importer
resolves the first three to the IANA database so that the time zone it reports is one the rest
of the program (business hours, holidays) understands.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

UTC = "UTC"

# Every IANA spelling of UTC, so that `TZID=Etc/UTC`, `GMT` and a `Z` suffix all read as "UTC".
UTC_ALIASES = frozenset(
    {
        "UTC",
        "UCT",
        "GMT",
        "GMT0",
        "GMT+0",
        "GMT-0",
        "Greenwich",
        "Universal",
        "Zulu",
        "Etc/UTC",
        "Etc/UCT",
        "Etc/GMT",
        "Etc/GMT0",
        "Etc/GMT+0",
        "Etc/GMT-0",
        "Etc/Greenwich",
        "Etc/Universal",
        "Etc/Zulu",
    }
)


@dataclass(frozen=True)
class ZoneMatch:
    """An IANA zone name found for a TZID; ``guessed`` when a vendor prefix had to be dropped."""

    name: str
    guessed: bool


@cache
def _iana_names() -> dict[str, str]:
    """IANA names by their case-folded spelling (``posix/`` and ``right/`` copies left out)."""
    names = sorted(name for name in available_timezones() if not name.startswith(("posix/", "right/")))
    return {name.casefold(): name for name in names}


@cache
def _windows_names() -> dict[str, str]:
    return {name.casefold(): iana for name, iana in WINDOWS_TO_OLSON.items()}


def canonical_zone_name(name: str) -> str:
    """Return ``name`` with every spelling of UTC turned into ``"UTC"``."""
    return UTC if name in UTC_ALIASES else name


def _exact(candidate: str) -> str | None:
    folded = candidate.casefold()
    name = _iana_names().get(folded) or _windows_names().get(folded)
    return canonical_zone_name(name) if name else None


def iana_zone(tzid: str) -> ZoneMatch | None:
    """Return the IANA zone a TZID stands for, or ``None`` when it names no known zone.

    Tries, in order: the IANA name itself (case-insensitively), Outlook's Windows name through
    icalendar's WINDOWS_TO_OLSON table, then the longest trailing IANA name of a path such as
    ``/mozilla.org/20070129_1/America/New_York`` or ``posix/Europe/Vaduz`` (``guessed``).
    Never raises.
    """
    cleaned = tzid.strip().strip('"').strip()
    direct = _exact(cleaned) or _exact(cleaned.strip("/"))
    if direct:
        return ZoneMatch(direct, guessed=False)
    parts = [part for part in cleaned.split("/") if part]
    for first in range(1, len(parts)):
        suffix = _exact("/".join(parts[first:]))
        if suffix:
            return ZoneMatch(suffix, guessed=True)
    return None


def is_known_zone(name: str) -> bool:
    """Whether ``name`` is exactly an IANA zone name this system knows (``"UTC"`` included)."""
    return name in UTC_ALIASES or (name.casefold() in _iana_names() and _exact(name) == name)


def zone(name: str) -> ZoneInfo:
    """The ZoneInfo for a name accepted by :func:`is_known_zone`."""
    return ZoneInfo(name)


def matching_zone(moment: datetime, candidates: list[str]) -> str:
    """Return the first candidate zone whose UTC offset at ``moment`` equals ``moment``'s own.

    Used for times given in a custom VTIMEZONE: the instant is right whatever zone it is shown
    in, and the candidates (the calendar's zone, the user's) usually agree with the sender's
    clock. Falls back to ``"UTC"``. ``moment`` must be aware.
    """
    offset = moment.utcoffset()
    for name in candidates:
        if moment.astimezone(zone(name)).utcoffset() == offset:
            return name
    return UTC
