"""A time zone as a person names it: "heure de Paris", "Toronto time" (Babel's city names, in
the reader's language), never "America/Toronto". Pure: no Django, no clock."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from babel.dates import get_timezone_location

from lastimpression.phrases import ptr, tr

# Zones without a city: said by their own name.
_NO_CITY = frozenset({"UTC", "Etc/UTC", "GMT", "Etc/GMT"})


@lru_cache(maxsize=512)
def zone_city(zone: str, language: str) -> str:
    """The city that names ``zone`` in ``language`` ("Londres" for Europe/London in French);
    the zone's last part, underscores as spaces, when Babel does not know it."""
    if zone in _NO_CITY:
        return "UTC"
    try:
        return str(get_timezone_location(zone, locale=language, return_city=True))
    except (LookupError, ValueError):
        return zone.rpartition("/")[2].replace("_", " ")


def _elided(word: str) -> bool:
    """Whether French elides "de" before ``word`` (it starts with a vowel: d’Amsterdam)."""
    bare = unicodedata.normalize("NFD", word[:1]).encode("ascii", "ignore").decode().upper()
    return bare in ("A", "E", "I", "O", "U", "Y")


def zone_time(zone: str, language: str) -> str:
    """``zone`` as its time is called: "heure de Paris", "heure d’Amsterdam", "Paris time";
    "UTC" alone."""
    city = zone_city(zone, language)
    if city == "UTC":
        return "UTC"
    if _elided(city):
        return ptr("a zone's time, its city starting with a vowel", "%(city)s time", city=city).say(language)
    return tr("%(city)s time", city=city).say(language)
