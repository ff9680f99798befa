"""The place of an interview in a form: the user writes a postcode, a city or an address; the
country, the area (département, canton, province, state), the calendar and the time zone are
found (core.placefinder), shown in words ("Metz, Moselle (57), heure de Paris") and changeable
behind a <details>, never typed as codes.

Which values win, without JavaScript: the form carries, hidden, the values it showed
(``shown-country``…). A value sent back as shown was not touched: it follows what the place
names (or, with no place found, the base: the profile's for a new interview, the interview's
own when editing). A value the user changed is theirs, and a changed country clears the area
and the zone that were shown for the old one.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from functools import cache
from typing import Any

from babel import Locale
from django.utils.translation import gettext

from lastimpression.core import places
from lastimpression.core.placefinder import Place, area_called, area_of_calendar, find_place, fold, looks_like_link
from lastimpression.core.validation import InvalidValue
from lastimpression.core.zonenames import zone_time

PLACE_FIELDS = ("country", "subdivision", "timezone", "language")
# The interview's language when the place says it and the user did not choose: the French of
# France, Belgium's south, Romandy and Quebec; English in English-speaking countries.
_FRENCH_AREAS = {("BE", "BRU"), ("BE", "WBR"), ("BE", "WHT"), ("BE", "WLG"), ("BE", "WLX"), ("BE", "WNA"),
                 ("CH", "GE"), ("CH", "VD"), ("CH", "NE"), ("CH", "JU"), ("CH", "FR"), ("CH", "VS"),
                 ("CA", "QC")}  # fmt: skip
_FRENCH_COUNTRIES = {"FR", "LU", "MC"}
_ENGLISH_COUNTRIES = {"GB", "US", "IE", "AU", "NZ"}


@dataclass(frozen=True)
class Base:
    """Where an interview is when its place says nothing: the profile's place (a new one) or
    its own (an edit)."""

    country: str
    subdivision: str
    timezone: str
    language: str


def spoken(place: Place, otherwise: str) -> str:
    """The language an interview at ``place`` is likely held in; ``otherwise`` when the place
    does not tell."""
    if place.country in _FRENCH_COUNTRIES or (place.country, place.area) in _FRENCH_AREAS:
        return "fr"
    if place.country in _ENGLISH_COUNTRIES or (place.country == "CA" and place.area):
        return "en"
    return otherwise


@dataclass
class PlaceChoice:
    """The place of a form: what was written, what was found, and the four values the form
    sends (``values``: country, subdivision as the area's code or the calendar's, timezone
    ('' to let the country decide), language)."""

    location: str
    found: Place | None
    values: dict[str, str]
    chosen: bool  # the user changed a value behind "change"

    def raw(self) -> dict[str, Any]:
        """The values as services.add_interview takes them (None: decided by the others)."""
        return {key: value or None for key, value in self.values.items()}


def choose(form: Any, location: str, base: Base, home_country: str, *, follow: bool = True) -> PlaceChoice:
    """The place a form sends (``form``: its fields; None for a form not sent yet). Without
    ``follow`` (an interview's place left as recorded), what the place names is shown but the
    values untouched stay ``base``'s."""
    found = find_place(location, home_country=home_country)
    derived = _derived(found if follow else None, base)
    if form is None:
        return PlaceChoice(location, found, derived, False)
    sent = {key: str(form.get(key, "")).strip() for key in PLACE_FIELDS}
    changed = {key: key in form and sent[key] != str(form.get(f"shown-{key}", "")).strip() for key in PLACE_FIELDS}
    values = dict(derived)
    if form.get("place-chosen") == "1":  # changed in an earlier round: the user's, as sent
        return PlaceChoice(location, found, {key: sent[key] or derived[key] if key in ("country", "language")
                                             else sent[key] for key in PLACE_FIELDS}, True)  # fmt: skip
    if changed["language"]:
        values["language"] = sent["language"]
    if changed["country"] or changed["subdivision"] or changed["timezone"]:
        values["country"] = sent["country"] if "country" in form else derived["country"]
        same_country = not changed["country"]
        values["subdivision"] = sent["subdivision"] if changed["subdivision"] or same_country else ""
        values["timezone"] = sent["timezone"] if changed["timezone"] else ""
    return PlaceChoice(location, found, values, any(changed.values()))


def _derived(found: Place | None, base: Base) -> dict[str, str]:
    if found is None:
        return {"country": base.country, "subdivision": base.subdivision, "timezone": base.timezone,
                "language": base.language}  # fmt: skip
    return {"country": found.country, "subdivision": found.area or found.calendar, "timezone": found.timezone,
            "language": spoken(found, base.language)}  # fmt: skip


@cache
def _country_names(language: str) -> tuple[tuple[str, str], ...]:
    names = Locale(language).territories
    known = [code for code in places.supported_countries() if len(code) == 2 and code in names]
    return tuple(sorted(((code, str(names[code])) for code in known), key=lambda pair: fold(pair[1])))


def country_choices(language: str) -> tuple[tuple[str, str], ...]:
    """(code, name) of every country the calendars know, by name in ``language``."""
    return _country_names(language)


def zone_choices(country: str) -> tuple[str, ...]:
    """The time zones of ``country`` (for the field's suggestions)."""
    return places.zones_of(country)


def _area_shown(country: str, code: str, language: str) -> tuple[str, str]:
    """(name, name with its code) of an area: ("Moselle", "Moselle (57)"), ("Angleterre",
    "Angleterre"): a code is shown where people use it (French départements, cantons,
    provinces, states), not Belgium's or the United Kingdom's ISO codes."""
    area = area_called(country, code) if code else None
    if area is None:
        return "", ""
    name = area.name(language)
    return name, (f"{name} ({area.code})" if len(area.code) <= 2 or area.code.isdigit() else name)


def described(choice: PlaceChoice, language: str, home_country: str) -> str:
    """The place in words: "Metz, Moselle (57), heure de Paris", "Genève (GE), Suisse, heure de
    Zurich"; the country named when it is not ``home_country`` or nothing finer is known."""
    values = choice.values
    country = values["country"]
    if not country:
        return ""
    found = choice.found
    same = found is not None and found.country == country and values["subdivision"] in (found.area, found.calendar)
    city = found.city if found is not None and same and not choice.chosen else ""
    name, shown = _area_shown(country, values["subdivision"], language)
    if not name:
        calendar = area_of_calendar(country, values["subdivision"])
        name, shown = _area_shown(country, calendar.code, language) if calendar else ("", "")
    parts = [city] if city and city != name else []
    if shown:
        parts.append(shown)
    territories = Locale(language).territories
    if (country != home_country or not parts) and country in territories:
        parts.append(str(territories[country]))
    zone = values["timezone"] or places.default_timezone(country, places_calendar(country, values["subdivision"]))
    with suppress(InvalidValue):  # no zone, or one refused beside its field
        parts.append(zone_time(places.normalize_timezone(zone or ""), language))
    return ", ".join(parts)


def places_calendar(country: str, subdivision: str) -> str:
    """The calendar of an area written as the form holds it ('' when unknown)."""
    try:
        return places.normalize_subdivision(country, subdivision)
    except (InvalidValue, KeyError):
        return ""


def not_found_note(choice: PlaceChoice) -> str:
    """What the page says when a place was written but not recognised ('' otherwise)."""
    if choice.location and choice.found is None and not looks_like_link(choice.location):
        return gettext("Place not recognised: the usual place is kept. Change it below if needed.")
    return ""
