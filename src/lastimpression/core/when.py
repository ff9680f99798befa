"""Dates and instants as users type them: ISO instants, dates, and "2 semaines" delays."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from lastimpression.core.validation import InvalidValue


class BusinessDays(Protocol):
    def add_business_days(self, day: date, count: int) -> date: ...


def parse_instant(value: str, zone: ZoneInfo, field: str) -> datetime:
    """Parse an ISO 8601 date-time; one without an offset is read in ``zone``.

    Returns an aware datetime (in the offset given, or in ``zone``).
    """
    raw = (value or "").strip()
    try:
        instant = datetime.fromisoformat(raw.replace(" ", "T", 1) if " " in raw else raw)
    except ValueError:
        raise InvalidValue(
            field,
            f"{raw!r} is not an ISO 8601 date and time (e.g. 2026-12-03T14:00)",
            f"{raw!r} n'est pas une date et heure ISO 8601 (par exemple 2026-12-03T14:00)",
        ) from None
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=zone)
    return instant


_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def parse_date(value: str, field: str) -> date:
    """Parse a date: ISO (2026-12-03) or day/month/year as written in French (03/12/2026)."""
    raw = (value or "").strip()
    try:
        match = _DMY.match(raw)
        if match:
            return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        return date.fromisoformat(raw)
    except ValueError:
        raise InvalidValue(
            field,
            f"{raw!r} is not a date (expected YYYY-MM-DD)",
            f"{raw!r} n'est pas une date (attendu : AAAA-MM-JJ ou JJ/MM/AAAA)",
        ) from None


@dataclass(frozen=True)
class Delay:
    """A delay as a recruiter says it: a count and a unit (days, weeks, months, business_days)."""

    count: int
    unit: str

    def after(self, day: date, calendar: BusinessDays) -> date:
        """The date this delay after ``day``; business days count in ``calendar``."""
        if self.unit == "days":
            return day + timedelta(days=self.count)
        if self.unit == "weeks":
            return day + timedelta(weeks=self.count)
        if self.unit == "business_days":
            return calendar.add_business_days(day, self.count)
        month_index = day.month - 1 + self.count
        year, month = day.year + month_index // 12, month_index % 12 + 1
        for last_day in (day.day, 30, 29, 28):
            try:
                return date(year, month, last_day)
            except ValueError:
                continue
        raise AssertionError("unreachable: every month has 28 days")


_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "un": 1, "une": 1, "two": 2, "deux": 2, "three": 3, "trois": 3,
    "four": 4, "quatre": 4, "five": 5, "cinq": 5, "six": 6, "seven": 7, "sept": 7,
    "eight": 8, "huit": 8, "nine": 9, "neuf": 9, "ten": 10, "dix": 10,
    "fifteen": 15, "quinze": 15,
}  # fmt: skip
_UNITS = {
    "day": "days", "days": "days", "jour": "days", "jours": "days", "j": "days", "d": "days",
    "week": "weeks", "weeks": "weeks", "semaine": "weeks", "semaines": "weeks",
    "sem": "weeks", "w": "weeks",
    "month": "months", "months": "months", "mois": "months",
}  # fmt: skip
_BUSINESS = {"business", "working", "work", "ouvre", "ouvres", "ouvrable", "ouvrables"}
_DELAY = re.compile(r"^(?:(?:in|dans|d'ici|sous)\s+)?(\S+)\s*([a-z]+)(?:\s+([a-z]+))?(?:\s+([a-z]+))?$")
# In French, "quinze jours" is a fortnight and "huit jours" a week (the day counted twice: from
# one Thursday to the next is "huit jours"), like "une quinzaine", "sous huitaine".
_FRENCH_DAYS = {"jour", "jours", "j"}
_FRENCH_WEEKS = {8: 1, 15: 2}
_ROUND = re.compile(r"^(?:(?:dans|d'ici|sous)\s+)?(?:une\s+)?(huitaine|quinzaine)(?:\s+de\s+jours)?$")


def _fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value.strip().lower().replace("’", "'"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def parse_delay(value: str, field: str = "--decision-in") -> Delay:
    """Parse "10 days", "2 weeks", "10 jours", "2 semaines", "3 jours ouvrés", "3 business days".

    French "quinze jours" (15 jours, une quinzaine, sous quinzaine) is two weeks and "huit
    jours" (8 jours, une huitaine) one week, as a French speaker means them; business days and
    English days are counted as written.
    """
    folded = " ".join(_fold(value).split())
    round_figure = _ROUND.match(folded)
    if round_figure:
        return Delay(1 if round_figure.group(1) == "huitaine" else 2, "weeks")
    match = _DELAY.match(folded)
    if match:
        number, first, second, third = match.groups()
        count = _NUMBERS.get(number) if not number.isdigit() else int(number)
        words = [word for word in (first, second, third) if word]
        if words and words[0] in _BUSINESS and len(words) >= 2:
            words = [words[1], words[0], *words[2:]]
        unit = _UNITS.get(words[0]) if words else None
        rest = words[1:]
        business = bool(rest) and rest[0] in _BUSINESS and len(rest) == 1
        if count is not None and 0 < count <= 366 and unit and (not rest or business):
            if business and unit != "days":
                unit = None
            elif business:
                unit = "business_days"
            elif words[0] in _FRENCH_DAYS and count in _FRENCH_WEEKS:
                return Delay(_FRENCH_WEEKS[count], "weeks")
            if unit:
                return Delay(count, unit)
    raise InvalidValue(
        field,
        f'{value!r} is not a delay (e.g. "10 days", "2 weeks", "3 business days")',
        f"{value!r} n'est pas un délai (par exemple « 10 jours », « 2 semaines », « 3 jours ouvrés »)",
    )
