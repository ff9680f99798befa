"""The decision date a recruiter announced, in the one field the user writes it in: a date
("2026-12-18", "18/12/2026", "18 décembre", "December 18"), a delay ("sous 10 jours", "within
10 days", "2 semaines": core.when.parse_delay) or a day ("d'ici vendredi", "by Friday", "fin
de semaine", "end of the month"). Pure: the interview's day is given.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, timedelta

from lastimpression.core.validation import InvalidValue, in_window, quoted
from lastimpression.core.when import Delay, parse_date, parse_delay
from lastimpression.phrases import tr

__all__ = ["read_decision"]

_WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4,
}  # fmt: skip
_MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12, "january": 1, "february": 2, "march": 3,
    "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12, "jan": 1, "feb": 2, "fev": 2, "mar": 3, "apr": 4, "avr": 4, "jun": 6, "jul": 7,
    "juil": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Words around a day that say nothing more: "d'ici vendredi", "by Friday", "le 18 décembre".
_FILLER = {"d", "ici", "avant", "by", "before", "until", "till", "on", "le", "la", "the", "au", "plus", "tard",
           "latest", "at", "jusqu", "a", "this", "ce", "cette", "prochain", "prochaine", "next", "of", "de",
           "du", "fin", "end", "within", "sous", "dans", "in", "er", "th", "st", "nd", "rd"}  # fmt: skip
# What may come before a delay that core.when.parse_delay does not read itself.
_DELAY_WORDS = re.compile(r"^(?:within|under|in the next|in|en|dans les|dans|au plus tard dans|sous|d'ici|d ici)\s+")
_END_OF_WEEK = ("fin de semaine", "fin de la semaine", "end of the week", "end of week", "cette semaine",
                "this week")  # fmt: skip
_NEXT_WEEK = ("semaine prochaine", "la semaine prochaine", "next week", "d ici la semaine prochaine",
              "by next week")  # fmt: skip
_END_OF_MONTH = ("fin du mois", "fin de mois", "end of the month", "end of month", "d ici la fin du mois",
                 "by the end of the month")  # fmt: skip


def _fold(value: str) -> str:
    bare = unicodedata.normalize("NFKD", value.strip().lower().replace("’", "'"))
    text = "".join(char for char in bare if not unicodedata.combining(char))
    return " ".join(re.sub(r"[^\w/-]+", " ", text).split())


def _next_weekday(after: date, weekday: int) -> date:
    """The first ``weekday`` strictly after ``after`` ("by Friday" said on a Friday is next week's)."""
    return after + timedelta(days=(weekday - after.weekday() - 1) % 7 + 1)


def _day_of_month(words: list[str], after: date) -> date | None:
    """ "18 décembre", "December 18", "18 dec 2026", "18/12": the date on or after ``after``
    when no year is written."""
    numbers = [int(word) for word in words if word.isdigit()]
    months = [_MONTHS[word] for word in words if word in _MONTHS]
    slashed = [word for word in words if re.fullmatch(r"\d{1,2}/\d{1,2}", word)]
    if slashed and not months and not numbers:
        numbers, months = [int(slashed[0].split("/")[0])], [int(slashed[0].split("/")[1])]
    if len(months) != 1 or not 1 <= len(numbers) <= 2:
        return None
    days = [number for number in numbers if number <= 31]
    years = [number for number in numbers if number > 31]
    if not days:
        return None
    try:
        if years:
            return date(years[0], months[0], days[0])
        found = date(after.year, months[0], days[0])
        return found if found >= after else date(after.year + 1, months[0], days[0])
    except ValueError:
        return None


def read_decision(value: str, interview_day: date, field: str = "decision") -> date | Delay:
    """The decision as written: a date (when the text names one; "by Friday" is the first
    Friday after ``interview_day``), or a Delay (counted from the interview's day by the
    caller, in the interview's business calendar). Raises InvalidValue naming ``field`` for
    anything else, or a date outside the years every door accepts."""
    raw = (value or "").strip()
    try:
        return parse_date(raw, field)
    except InvalidValue as refused:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}", raw):
            raise refused from None  # a real date form with an impossible day: said as such
    folded = _fold(raw)
    for said in (raw, _DELAY_WORDS.sub("", folded)):
        try:
            return parse_delay(said, field)
        except InvalidValue:
            pass
    found: date | None = None
    if folded in ("demain", "tomorrow"):
        found = interview_day + timedelta(days=1)
    elif folded in _END_OF_WEEK or folded in ("d ici " + text for text in _END_OF_WEEK):
        found = _next_weekday(interview_day - timedelta(days=1), 4)
    elif folded in _NEXT_WEEK:
        found = _next_weekday(interview_day - timedelta(days=1), 4) + timedelta(weeks=1)
    elif folded in _END_OF_MONTH:
        found = interview_day.replace(day=calendar.monthrange(interview_day.year, interview_day.month)[1])
    else:
        words = [word for word in folded.split() if word not in _FILLER]
        if len(words) == 1 and words[0] in _WEEKDAYS:
            found = _next_weekday(interview_day, _WEEKDAYS[words[0]])
        elif words:
            found = _day_of_month(words, interview_day)
    if found is None:
        raise InvalidValue(
            field,
            tr(
                "%(value)s is neither a date nor a delay (e.g. 2026-12-18, within 10 days, by Friday)",
                value=quoted(raw),
            ),
        )
    in_window(found, field, raw)
    return found
