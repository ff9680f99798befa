"""Dates written in a message, found and read (for LI007, the promise).

Read: French "mardi 30 mars", "le 1er avril 2027", "30/03/2027", "le 30/03"; English
"Tuesday, March 30", "March 30, 2027", "Tuesday 30 March", "the 30th of March"; ISO
"2027-03-30"; each with or without a weekday in front. Numeric day/month dates are read
day first, except in an English message for the United States (month first) when both
readings are possible.

A date without a year takes the year that puts it on or after 31 days before the reference
date (the interview's): a thank-you written in December that says "30 mars" means next March,
and "29 février" then means the 29th of February of that year, if it has one.
Without a reference date, a yearless date stays unresolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from lastimpression.core.lint.patterns import lazy
from lastimpression.phrases import Phrase

WEEKDAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip

_FR_MONTHS = {
    **{name: number for number, name in enumerate(MONTHS["fr"], 1)},
    "fevrier": 2, "aout": 8, "decembre": 12,
    "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "oct": 10, "nov": 11, "déc": 12, "dec": 12,
}  # fmt: skip
_EN_MONTHS = {
    **{name.lower(): number for number, name in enumerate(MONTHS["en"], 1)},
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_FR_WEEKDAYS = {name: number for number, name in enumerate(WEEKDAYS["fr"])}
_EN_WEEKDAYS = {
    **{name.lower(): number for number, name in enumerate(WEEKDAYS["en"])},
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip


def _alternatives(names: dict[str, int]) -> str:
    return "|".join(sorted((re.escape(name) for name in names), key=len, reverse=True))


_YEAR = r"(?P<year>\d{4})"
_NUMERIC = "numeric"
# Each pattern starts at the day or the month, so that the regex engine skips ahead to a
# digit or a month's initial; a weekday written before the date is read by _WEEKDAY_BEFORE.
_PATTERNS = {
    "fr": (rf"(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>{_alternatives(_FR_MONTHS)})\.?(?:\s+{_YEAR})?",),
    "en": (
        rf"(?P<month>{_alternatives(_EN_MONTHS)})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?",
        rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_alternatives(_EN_MONTHS)})\.?(?:,?\s+{_YEAR})?",
    ),
    "any": (r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})",),
    _NUMERIC: (r"(?P<day>\d{1,2})/(?P<month>\d{1,2})(?:/(?P<year>\d{4}))?",),
}
_DIGIT = lazy(r"\d")
_COMPILED = {
    group: tuple(lazy(rf"(?<![\w/-]){pattern}(?![\w/-])", re.IGNORECASE) for pattern in patterns)
    for group, patterns in _PATTERNS.items()
}
_WEEKDAY_BEFORE = lazy(
    rf"(?<!\w)(?P<weekday>{_alternatives({**_FR_WEEKDAYS, **_EN_WEEKDAYS})})\.?,?\s+(?:the\s+)?$", re.IGNORECASE
)
_LE_BEFORE = lazy(r"(?<!\w)le\s+$", re.IGNORECASE)
_LOOK_BEHIND = 20  # enough for "Wednesday, the "


@dataclass(frozen=True)
class DateMention:
    """A date written in a text.

    ``value`` is the date it names, or None when it names none (``valid`` False: "31 avril",
    "29 février" in a common year) or when its year is unknown (``valid`` True). ``weekday``
    is the written weekday (0 = Monday) or None.
    """

    start: int
    end: int
    day: int
    month: int
    year: int | None
    weekday: int | None
    value: date | None
    valid: bool


def _month_number(text: str, language: str) -> int:
    if text.isdigit():
        return int(text)
    key = text.lower()
    return (_FR_MONTHS if language == "fr" else _EN_MONTHS).get(key, 0)


def _weekday_number(text: str | None) -> int | None:
    if text is None:
        return None
    key = text.lower()
    return _FR_WEEKDAYS.get(key, _EN_WEEKDAYS.get(key))


def _day_exists(day: int, month: int) -> bool:
    """Whether ``day``/``month`` exists in some year (29 February does)."""
    return 1 <= month <= 12 and 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)


def _resolve(day: int, month: int, year: int | None, reference: date | None) -> tuple[date | None, bool]:
    if not _day_exists(day, month):
        return None, False
    if year is None:
        if reference is None:
            return None, True
        earliest = reference - timedelta(days=31)
        year = earliest.year + ((month, day) < (earliest.month, earliest.day))
    try:
        return date(year, month, day), True
    except ValueError:
        return None, False


def find_dates(
    text: str, language: str, reference: date | None = None, *, month_first: bool = False
) -> list[DateMention]:
    """Every date written in ``text`` (patterns of ``language``, plus ISO and numeric dates),
    in order, without overlaps (the longer reading wins). A numeric date without a year
    counts only in French after "le" ("le 30/03"). ``month_first`` reads an ambiguous numeric
    date as month/day (US English)."""
    if not _DIGIT.search(text):
        return []
    candidates: list[tuple[int, int, re.Match[str], str]] = []
    for group in (language, "any", _NUMERIC):
        for pattern in _COMPILED.get(group, ()):
            for match in pattern.finditer(text):
                candidates.append((match.start(), -match.end(), match, group))
    candidates.sort(key=lambda item: (item[0], item[1]))
    mentions: list[DateMention] = []
    last_end = -1
    for start, negative_end, match, group in candidates:
        if start < last_end:
            continue
        weekday = _WEEKDAY_BEFORE.search(text, max(0, start - _LOOK_BEHIND), start)
        opening = weekday.start() if weekday else start
        year = int(match.group("year")) if match.group("year") else None
        if (
            group == _NUMERIC
            and year is None
            and not (language == "fr" and _LE_BEFORE.search(text, max(0, opening - _LOOK_BEHIND), opening))
        ):
            continue  # "24/7", "3/4 of the work"
        # A dot after the month is an abbreviation's or the sentence's: not part of the date.
        end = -negative_end - (text[-negative_end - 1] == ".")
        last_end = end
        day = int(match.group("day"))
        month = _month_number(match.group("month"), language)
        if group == _NUMERIC and month_first and language == "en" and day <= 12:
            day, month = month, day
        value, valid = _resolve(day, month, year, reference)
        written_weekday = _weekday_number(weekday.group("weekday")) if weekday else None
        mentions.append(DateMention(opening, end, day, month, year, written_weekday, value, valid))
    return mentions


def write_date(value: date, language: str) -> str:
    """``value`` in words with its weekday: "mardi 30 mars 2027", "Tuesday 30 March 2027"."""
    weekday = WEEKDAYS["fr" if language == "fr" else "en"][value.weekday()]
    month = MONTHS["fr" if language == "fr" else "en"][value.month - 1]
    day = "1er" if language == "fr" and value.day == 1 else str(value.day)
    return f"{weekday} {day} {month} {value.year}"


def weekday_name(number: int, language: str) -> str:
    """The name of weekday ``number`` (0 = Monday) in ``language``."""
    return WEEKDAYS["fr" if language == "fr" else "en"][number]


@dataclass(frozen=True)
class DateWords(Phrase):
    """A date, or a weekday, as a value of a finding's phrase: written in words in the language
    the phrase is said in, with this module's names (the ones it reads dates with)."""

    day: date | None = None
    weekday: int | None = None
    with_weekday: bool = True

    def say(self, language: str) -> str:
        if self.day is None:
            return weekday_name(self.weekday or 0, language)
        written = write_date(self.day, language)
        return written if self.with_weekday else written.split(" ", 1)[1]


def said_date(value: date, *, with_weekday: bool = True) -> DateWords:
    """``value`` in words, in the language said: "mardi 30 mars 2027", "Tuesday 30 March 2027"
    (without the weekday: "30 mars 2027", "30 March 2027")."""
    return DateWords("", day=value, with_weekday=with_weekday)


def said_weekday(number: int) -> DateWords:
    """Weekday ``number`` (0 = Monday) in words, in the language said."""
    return DateWords("", weekday=number)
