"""Where an interview happens: country, subdivision and time zone, checked against real lists.

Countries and subdivisions are the `holidays` package's codes, so that whatever is accepted
here is a calendar the business-day rules can compute. ``holidays`` is imported lazily: it is
a large package and the CLI's ``--help`` must not pay for it.
"""

from __future__ import annotations

from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from lastimpression.core.validation import InvalidValue, quoted
from lastimpression.phrases import tr

__all__ = ["InvalidValue", "normalize_country", "normalize_language", "normalize_subdivision", "normalize_timezone"]

LANGUAGES = ("fr", "en")

# Accepted spellings that are not the `holidays` package's own codes (PRODUCT.md §4:
# Bas-Rhin and Haut-Rhin are the Alsace of the 6AE code).
SUBDIVISION_ALIASES: dict[str, dict[str, str]] = {
    "FR": {"67": "6AE", "68": "6AE"},
}

# The user's zone before a profile says otherwise (the product's first users are in France).
DEFAULT_TIMEZONE = "Europe/Paris"


@cache
def supported_countries() -> dict[str, tuple[str, ...]]:
    """Country code -> its subdivision codes, from the `holidays` package."""
    import holidays

    return {code: tuple(subs) for code, subs in holidays.list_supported_countries().items()}


@cache
def _subdivision_aliases(country: str) -> dict[str, str]:
    import holidays

    aliases: dict[str, str] = {}
    try:
        cls = holidays.country_holidays(country)
    except NotImplementedError:
        return aliases
    for alias, code in getattr(cls, "subdivisions_aliases", {}).items():
        aliases[alias.casefold()] = code
    for alias, code in SUBDIVISION_ALIASES.get(country, {}).items():
        aliases[alias.casefold()] = code
    return aliases


@cache
def _iso_codes() -> dict[str, str]:
    """Every code the `holidays` package answers to (FR, FRA, UK...) -> its ISO two-letter
    code (FR, FR, GB)."""
    from holidays.registry import COUNTRIES

    return {alias: entry[1] for entry in COUNTRIES.values() for alias in entry[1:]}


def normalize_country(value: str, field: str = "country") -> str:
    """Return the upper-case ISO two-letter code, or raise InvalidValue naming ``field``.

    Another code for a known country (FRA, UK) is refused naming the ISO one: accepted, it
    would have no time zone, and the refusal would blame the time zone instead."""
    code = (value or "").strip().upper()
    if not code:
        raise InvalidValue(field, tr("is empty"))
    iso = _iso_codes().get(code) if len(code) <= 3 else None
    if iso is not None and iso != code:
        raise InvalidValue(
            field, tr("%(value)s is not a two-letter ISO country code: give %(code)s", value=quoted(value), code=iso)
        )
    if code not in supported_countries():
        raise InvalidValue(
            field, tr("unknown country code %(value)s (expected e.g. FR, BE, CH, CA, GB, US)", value=quoted(value))
        )
    return code


def normalize_subdivision(country: str, value: str | None, field: str = "subdivision") -> str:
    """Return the canonical subdivision code of ``country`` ('' for none).

    Aliases are accepted (France's 67 and 68 for 6AE, "Moselle" for 57...), and so is any
    area core.placefinder knows, by code or name: "Rhône" or "69" is France's own calendar ('').
    """
    if value is None or not value.strip():
        return ""
    raw = value.strip()
    known = supported_countries()[country]
    for code in known:
        if code.casefold() == raw.casefold():
            return code
    alias = _subdivision_aliases(country).get(raw.casefold())
    if alias is not None:
        return alias
    # A département, canton, province or state by its code or name ("Rhône", "69"): its
    # calendar's subdivision, "" when it keeps the country's own.
    from lastimpression.core.placefinder import area_called

    area = area_called(country, raw)
    if area is not None:
        return area.calendar
    sample = ", ".join(known[:8]) + (", ..." if len(known) > 8 else "")
    if not known:
        raise InvalidValue(
            field, tr("%(country)s has no subdivisions; got %(value)s", country=country, value=quoted(value))
        )
    raise InvalidValue(
        field,
        tr(
            "unknown subdivision %(value)s for %(country)s (known: %(sample)s)",
            value=quoted(value), country=country, sample=sample,
        ),
    )  # fmt: skip


@cache
def _timezones() -> frozenset[str]:
    return frozenset(available_timezones())


def normalize_timezone(value: str, field: str = "timezone") -> str:
    """Return the IANA name if it is a known zone, or raise InvalidValue."""
    name = (value or "").strip()
    if not name:
        raise InvalidValue(field, tr("is empty"))
    if name not in _timezones():
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long for a file
            raise InvalidValue(
                field,
                tr("unknown time zone %(value)s (expected an IANA name such as Europe/Paris)", value=quoted(value)),
            ) from None
    return name


def normalize_language(value: str, field: str = "language") -> str:
    code = (value or "").strip().lower()
    if code not in LANGUAGES:
        raise InvalidValue(field, tr("must be fr or en, not %(value)s", value=quoted(value)))
    return code


_STATE_ZONES = (
    ("America/New_York", "CT DE DC FL GA IN ME MD MA MI NH NJ NY NC OH PA RI SC VT VA WV"),
    ("America/Chicago", "AL AR IL IA KS KY LA MN MS MO NE ND OK SD TN TX WI"),
    ("America/Denver", "CO MT NM UT WY ID"),
    ("America/Los_Angeles", "CA NV OR WA"),
)
# Where a country spans several zones, the zone of a subdivision the users of this tool meet.
_SUBDIVISION_ZONES: dict[tuple[str, str], str] = {
    ("CA", "QC"): "America/Toronto",
    ("CA", "ON"): "America/Toronto",
    ("CA", "BC"): "America/Vancouver",
    ("CA", "AB"): "America/Edmonton",
    ("CA", "MB"): "America/Winnipeg",
    ("CA", "NS"): "America/Halifax",
    ("CA", "NB"): "America/Moncton",
    ("CA", "NL"): "America/St_Johns",
    ("CA", "SK"): "America/Regina",
    ("CA", "PE"): "America/Halifax",
    ("CA", "YT"): "America/Whitehorse",
    ("CA", "NT"): "America/Yellowknife",
    ("CA", "NU"): "America/Iqaluit",
    # Every state by the zone most of its people live in (round 141: an Iowa interview was read in
    # UTC); a user in a state's other zone sets it by hand.
    **{("US", state): zone for zone, states in _STATE_ZONES for state in states.split()},
    ("US", "AZ"): "America/Phoenix",
    ("US", "AK"): "America/Anchorage",
    ("US", "HI"): "Pacific/Honolulu",
    ("US", "PR"): "America/Puerto_Rico",
    **{("AU", state): "Australia/Sydney" for state in ("NSW", "ACT")},
    ("AU", "VIC"): "Australia/Melbourne",
    ("AU", "QLD"): "Australia/Brisbane",
    ("AU", "SA"): "Australia/Adelaide",
    ("AU", "WA"): "Australia/Perth",
    ("AU", "TAS"): "Australia/Hobart",
    ("AU", "NT"): "Australia/Darwin",
    ("FR", "971"): "America/Guadeloupe",
    ("FR", "972"): "America/Martinique",
    ("FR", "973"): "America/Cayenne",
    ("FR", "974"): "Indian/Reunion",
    ("FR", "976"): "Indian/Mayotte",
}


@cache
def _zones_by_country() -> dict[str, tuple[str, ...]]:
    zones: dict[str, list[str]] = {}
    try:
        from importlib.resources import files

        table = files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        table = ""
    for line in table.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        columns = line.split("\t")
        if len(columns) >= 3:
            zones.setdefault(columns[0], []).append(columns[2])
    return {country: tuple(names) for country, names in zones.items()}


def zones_of(country: str) -> tuple[str, ...]:
    """The time zones of ``country`` (tzdata's zone.tab); empty for an unknown country."""
    return _zones_by_country().get(country, ())


def default_timezone(country: str, subdivision: str = "") -> str | None:
    """The time zone of a country (or of one of its subdivisions) when there is only one.

    Returns None when the zone cannot be told (the United States without a known state...).
    """
    known = _SUBDIVISION_ZONES.get((country, subdivision))
    if known:
        return known
    zones = _zones_by_country().get(country, ())
    return zones[0] if len(zones) == 1 else None
