"""Where an interview is, from the words a person writes for its place: a postcode ("57000"),
a city ("Metz", "Genève"), an area ("Moselle", "Québec"), a country ("Belgique"), or an address
holding some of them ("12 rue Serpenoise, 57000 Metz"). Found: the country, the area, the
calendar the business days follow (the `holidays` package's subdivision) and the time zone.

Postcodes follow their country's rules (core.postcodes). City names come from a table made for
this program (cities.txt: prefectures and the towns most interviews happen in, for France,
Belgium, Switzerland, Canada, the United Kingdom and the United States); areas from areas.txt;
country names from Babel, in French and English. Pure: no Django, no clock; the tables are read
once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import TypeVar

from lastimpression.core.places import default_timezone, supported_countries
from lastimpression.core.postcodes import ZIP_ZONES, Postcode, postcodes_in

__all__ = ["Area", "Place", "area_called", "area_named", "area_of_calendar", "find_place", "looks_like_link"]

# The countries whose postcodes are tried first, in this order, when nothing else tells.
_PREFERRED = ("FR", "BE", "CH", "CA", "GB", "US")
_COUNTRY_ALIASES = {"uk": "GB", "u k": "GB", "great britain": "GB", "grande bretagne": "GB", "usa": "US",
                    "u s a": "US", "u s": "US", "etats unis d amerique": "US"}  # fmt: skip
# How much of a place is read: a place is a line, not a file.
_LONGEST = 300
_MOST_WORDS = 12


@dataclass(frozen=True)
class Area:
    """A département, province, canton, nation or state: its code as people write it ("57",
    "QC"), the `holidays` subdivision of its calendar ("" for the country's), its time zone
    ("" for the country's only one) and its names."""

    country: str
    code: str
    calendar: str
    zone: str
    name_fr: str
    name_en: str

    def name(self, language: str) -> str:
        return self.name_fr if language == "fr" else self.name_en


@dataclass(frozen=True)
class _City:
    country: str
    area: str
    name: str
    zone: str
    rank: int


@dataclass(frozen=True)
class Place:
    """What was found: the country (ISO code), the area's code ("" when only the country is
    known), the calendar's subdivision, the time zone ("" when the country has several and
    nothing said which), the city's name as the table writes it, and the postcode."""

    country: str
    area: str
    calendar: str
    timezone: str
    city: str = ""
    postcode: str = ""


def fold(text: str) -> str:
    """``text`` as names are compared: no accents, no case, punctuation as spaces, "St" and
    "Ste" as "saint" and "sainte"."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()
    words = re.sub(r"[^\w]+", " ", bare).split()
    return " ".join({"st": "saint", "ste": "sainte"}.get(word, word) for word in words)


def _without_note(name: str) -> str:
    """A name without its parenthesised precision: "Laval (Québec)" → "Laval"."""
    return re.sub(r"\s*\([^)]*\)", "", name).strip()


def _rows(name: str) -> list[list[str]]:
    text = files("lastimpression.core").joinpath(name).read_text(encoding="utf-8")
    return [(line.split("\t") + [""] * 6)[:6] for line in text.splitlines() if line.strip() and line[0] != "#"]


@cache
def _areas() -> dict[tuple[str, str], Area]:
    areas = {}
    for country, code, calendar, zone, name_fr, name_en in _rows("areas.txt"):
        areas[(country, code)] = Area(country, code, calendar, zone, name_fr, name_en or name_fr)
    return areas


@cache
def _area_names() -> dict[str, list[Area]]:
    index: dict[str, list[Area]] = {}
    for area in _areas().values():
        for name in {area.name_fr, area.name_en, _without_note(area.name_fr), _without_note(area.name_en)}:
            index.setdefault(fold(name), []).append(area)
    return index


@cache
def _area_codes() -> dict[str, list[Area]]:
    index: dict[str, list[Area]] = {}
    for area in _areas().values():
        index.setdefault(fold(area.code), []).append(area)
    return index


@cache
def _cities() -> dict[str, list[_City]]:
    index: dict[str, list[_City]] = {}
    for rank, (country, area, name, others, zone, _) in enumerate(_rows("cities.txt")):
        city = _City(country, area, name, zone, rank)
        names = {name, _without_note(name), *(other for other in others.split("|") if other)}
        for written in names:
            index.setdefault(fold(written), []).append(city)
    return index


@cache
def _countries() -> dict[str, str]:
    from babel import Locale

    known = supported_countries()
    index = {}
    for language in ("en", "fr"):
        for code, name in Locale(language).territories.items():
            if code in known:
                index[fold(name)] = code
    return index | _COUNTRY_ALIASES


def is_city(name: str) -> bool:
    """Whether ``name`` is a city the table knows ("Chicago", "Lyon", "Saint-Denis")."""
    return fold(name.strip()) in _cities()


def area_named(country: str, code: str) -> Area | None:
    """The area ``code`` of ``country`` ("57" of FR), or None."""
    return _areas().get((country, code))


def area_called(country: str, text: str) -> Area | None:
    """The area of ``country`` written ``text``: its code ("57", "2a") or its name in French or
    English, any accents and case ("Rhône", "geneve"); None for none."""
    key = fold(text)
    for area in _area_codes().get(key, []) + _area_names().get(key, []):
        if area.country == country:
            return area
    return None


def area_of_calendar(country: str, calendar: str) -> Area | None:
    """The one area whose calendar is ``calendar`` ("57" → Moselle, "QC" → Québec); None for
    "" or a calendar several areas share (Alsace's 6AE)."""
    matching = [area for area in _areas().values() if area.country == country and area.calendar == calendar]
    return matching[0] if calendar and len(matching) == 1 else None


def looks_like_link(text: str) -> bool:
    """Whether a place is a link or an address to call (a video or phone interview)."""
    lowered = text.strip().lower()
    return "://" in lowered or lowered.startswith("www.") or "@" in lowered


@dataclass
class _Heard:
    """What the words of a place named, the rightmost first."""

    cities: list[list[_City]]
    areas: list[Area]
    countries: list[str]
    codes: list[Area]  # areas named by a code ("57", "QC"): they narrow, or answer last


def _listen(text: str) -> _Heard:
    heard = _Heard([], [], [], [])
    notes = re.findall(r"\(([^)]*)\)", text)
    body = re.sub(r"\([^)]*\)", " ", text)
    for found in postcodes_in(body):
        body = body.replace(found.written, " ")
    segments = [(fold(part), False) for part in re.split(r"[,;\n]", body)]
    segments += [(fold(note), True) for note in notes]
    for index, (segment, is_note) in enumerate(reversed(segments)):
        words = segment.split()[-_MOST_WORDS:]
        if not words:
            continue
        # A code alone, in a note or after a comma ("Portland, OR", "Metz (57)"), or last
        # after other words ("Portland OR", "Metz 57").
        if len(words[-1]) <= 3 and (len(words) > 1 or is_note or index < len(segments) - 1 or len(segments) == 1):
            heard.codes += _area_codes().get(words[-1], [])
        # The longest run of words that names something: "St. John's" is not Saint John.
        cities: list[_City] = []
        areas: list[Area] = []
        for size in range(len(words), 0, -1):
            for start in range(len(words) - size, -1, -1):
                name = " ".join(words[start : start + size])
                if not is_note and not cities:
                    cities = _cities().get(name, [])
                if not areas:
                    areas = _area_names().get(name, [])
                if name in _countries():
                    heard.countries.append(_countries()[name])
        heard.areas += areas
        if cities:
            heard.cities.append(cities)
    return heard


def _prefer(country: str, home: str) -> int:
    if country == home:
        return 0
    return 1 + (_PREFERRED.index(country) if country in _PREFERRED else len(_PREFERRED))


_T = TypeVar("_T")


def _narrowed(items: list[_T], keep: list[bool]) -> list[_T]:
    """``items`` where ``keep`` holds, or all of them when that would leave none."""
    chosen = [item for item, kept in zip(items, keep, strict=True) if kept]
    return chosen or items


def _zone(country: str, area: Area | None, own: str = "") -> str:
    if own:
        return own
    if area is not None and area.zone:
        return area.zone
    return default_timezone(country, area.calendar if area else "") or ""


def _place(country: str, code: str, *, city: str = "", postcode: str = "", zone: str = "") -> Place:
    area = area_named(country, code)
    calendar = area.calendar if area else ""
    return Place(country, code if area else "", calendar, _zone(country, area, zone), city, postcode)


def _from_postcode(codes: list[Postcode], heard: _Heard, home: str) -> Place:
    cities = [city for group in heard.cities for city in group]
    codes = _narrowed(codes, [code.country in heard.countries for code in codes])
    codes = _narrowed(codes, [any(c.country == code.country for c in cities) for code in codes])
    codes = _narrowed(codes, [any(a.country == code.country and a.code == code.area for a in heard.areas + heard.codes)
                              for code in codes])  # fmt: skip
    best = min(codes, key=lambda code: _prefer(code.country, home))
    named = [city for city in cities if city.country == best.country and city.area == best.area]
    zone = named[0].zone if named else ""
    if best.country == "US" and not zone:
        zone = ZIP_ZONES.get(int(best.written[:3]), "")
    return _place(best.country, best.area, city=named[0].name if named else "", postcode=best.written, zone=zone)


def find_place(text: str, *, home_country: str = "") -> Place | None:
    """The place ``text`` names, or None when it names none that this program knows (or is
    a link). ``home_country`` (the user's) settles a name or a postcode that several countries
    share; then the table's order does (the larger town first)."""
    text = (text or "")[:_LONGEST]
    if not text.strip() or looks_like_link(text):
        return None
    heard = _listen(text)
    codes = postcodes_in(text)
    if codes:
        return _from_postcode(codes, heard, home_country)
    if heard.cities:
        cities = heard.cities[0]
        cities = _narrowed(cities, [city.country in heard.countries for city in cities])
        cities = _narrowed(cities, [any(a.country == c.country and a.code == c.area for a in heard.areas + heard.codes)
                                    for c in cities])  # fmt: skip
        city = min(cities, key=lambda c: (c.country != home_country, c.rank))
        return _place(city.country, city.area, city=city.name, zone=city.zone)
    # An area of the user's country ("Moselle"), then a country ("Luxembourg"), then any area.
    areas = _narrowed(heard.areas or heard.codes, [a.country in heard.countries for a in heard.areas or heard.codes])
    if areas and (areas[0].country == home_country or not heard.countries):
        area = min(areas, key=lambda a: _prefer(a.country, home_country))
        return _place(area.country, area.code)
    if heard.countries:
        return _place(heard.countries[0], "")
    return None
