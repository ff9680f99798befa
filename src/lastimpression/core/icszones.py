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

UTC_NAME = "UTC"

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
    return UTC_NAME if name in UTC_ALIASES else name


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


def zone_hints(tzid: str, location: str | None = None) -> list[str]:
    """IANA zones a custom TZID seems to mean, best first, for :func:`matching_zone`.

    ``location`` is the VTIMEZONE's X-LIC-LOCATION (written by Evolution and Lightning);
    otherwise an IANA name inside the TZID, as in ``custom_America/New_York``.
    """
    hints: list[str] = []
    match = iana_zone(location) if location else None
    if match is not None:
        hints.append(match.name)
    inside = [name for name in _iana_names().values() if "/" in name and name in tzid]
    hints.extend(sorted(inside, key=len, reverse=True))
    return list(dict.fromkeys(hints))


def matching_zone(moment: datetime, candidates: list[str]) -> str:
    """Return the first candidate zone whose UTC offset at ``moment`` equals ``moment``'s own.

    Used for times given in a custom VTIMEZONE: the instant is right whatever zone it is shown
    in, and a candidate keeps the sender's wall clock. Without a match, a whole-hour offset is
    shown in its fixed ``Etc/GMT`` zone, anything else in UTC. ``moment`` must be aware.
    """
    offset = moment.utcoffset()
    for name in candidates:
        if moment.astimezone(zone(name)).utcoffset() == offset:
            return name
    if offset is None or offset.total_seconds() % 3600:
        return UTC_NAME
    hours = int(offset.total_seconds() // 3600)
    # POSIX signs: Etc/GMT-11 is eleven hours ahead of UTC.
    fixed = "UTC" if hours == 0 else f"Etc/GMT{-hours:+d}"
    return fixed if is_known_zone(fixed) else UTC_NAME
