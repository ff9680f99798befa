"""Dates and instants as users type them: ISO instants, dates, and "2 semaines" delays.

A wall time (a date and time without an offset) names an instant only in a time zone, and not
always one: on the night the clocks go forward some wall times never happen (02:30 on
2027-03-28 in Europe/Paris), and on the night they go back some happen twice (02:30 on
2027-10-31). ``local_instant`` is the one rule for both, RFC 5545's (§3.3.5): a repeated wall
time is its first occurrence, a skipped one is read with the offset before the change (02:30 is
03:30). A user typing a time is told (``read_instant``): a skipped time is refused, naming the
field; a repeated one is taken as its first occurrence, with a notice saying so. A duration is
real time (``later``), never wall-clock time, which would make a 30-minute interview at 02:30
on the autumn night last 90 minutes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from lastimpression.core.validation import InvalidValue, in_window, instant_in_window, quoted
from lastimpression.phrases import Phrase, tr


class BusinessDays(Protocol):
    def add_business_days(self, day: date, count: int) -> date: ...


@dataclass(frozen=True)
class ClockChange:
    """A change of a zone's clocks: at wall time ``jumps_from`` (in the offset before) they
    show ``jumps_to`` (in the offset after). ``skipped``: they went forward, and the wall
    times from ``jumps_from`` to ``jumps_to`` never happen; else they went back, and the wall
    times from ``jumps_to`` to ``jumps_from`` happen twice."""

    jumps_from: datetime
    jumps_to: datetime
    offset_before: timedelta
    offset_after: timedelta

    @property
    def skipped(self) -> bool:
        return self.offset_after > self.offset_before


def local_instant(wall: datetime, zone: ZoneInfo) -> tuple[datetime, ClockChange | None]:
    """The instant the naive ``wall`` time names in ``zone``, read as RFC 5545 §3.3.5 says.

    A wall time that happens twice is its first occurrence; one that never happens (skipped
    when the clocks go forward) is read with the UTC offset before the change, so 02:30 in a
    02:00 -> 03:00 gap is 03:30. Returns the instant, aware in ``zone`` (a skipped time
    shifted forward), and the clock change when ``wall`` is skipped or repeated, else None.
    Raises ValueError for an aware ``wall``; OverflowError when shifting a skipped time
    leaves the datetime range (years 1 and 9999 only).
    """
    if wall.tzinfo is not None:
        raise ValueError(f"a wall time has no offset, got {wall.isoformat()}")
    # PEP 495: in a gap or a fold, fold=0 takes the offset before the change and fold=1 the one
    # after; elsewhere both give the same offset.
    first = wall.replace(tzinfo=zone, fold=0)
    before, after = first.utcoffset(), wall.replace(tzinfo=zone, fold=1).utcoffset()
    if before is None or after is None or before == after:
        return first, None
    change = _change_around(wall, zone, before, after)
    if change.skipped:
        return first.astimezone(UTC).astimezone(zone), change
    return first, change


def _change_around(wall: datetime, zone: ZoneInfo, before: timedelta, after: timedelta) -> ClockChange:
    """The change of ``zone``'s offset from ``before`` to ``after`` whose gap or fold holds
    ``wall``: found by bisection, to the second, between the two instants ``wall`` may be."""
    wall = wall.replace(microsecond=0)
    # The change happens after wall - max(offsets) (still ``before``) and at or before
    # wall - min(offsets) (already ``after``).
    low = int((wall - max(before, after)).replace(tzinfo=UTC).timestamp())
    high = int((wall - min(before, after)).replace(tzinfo=UTC).timestamp())
    while high - low > 1:
        middle = (low + high) // 2
        if datetime.fromtimestamp(middle, UTC).astimezone(zone).utcoffset() == before:
            low = middle
        else:
            high = middle
    moment = datetime.fromtimestamp(high, UTC).replace(tzinfo=None)
    return ClockChange(moment + before, moment + after, before, after)


def later(start: datetime, elapsed: timedelta) -> datetime:
    """The instant ``elapsed`` real time after the aware ``start``, in UTC.

    In UTC because adding a ``timedelta`` to a ``ZoneInfo`` datetime adds wall-clock time (an
    hour less or more across a change of the clocks), and subtracting or comparing two
    datetimes of the same ``ZoneInfo`` ignores ``fold``: against any aware datetime, the result
    subtracts and compares as real time.
    """
    return start.astimezone(UTC) + elapsed


@dataclass(frozen=True)
class Notice:
    """What the program assumed about a value it accepted: ``field`` and a ``Phrase`` of the
    catalogue, said in the user's language."""

    field: str
    problem: Phrase

    @property
    def message(self) -> str:
        """The notice in English, without the field."""
        return self.problem.say("en")

    def problem_in(self, language: str) -> str:
        """The notice without the field, in ``language`` (fr or en)."""
        return self.problem.say(language)

    def say(self, language: str) -> str:
        """The one line shown to the user, in ``language`` (fr or en), naming the field."""
        return f"{self.field}: {self.problem.say(language)}"


def _wall_text(wall: datetime) -> str:
    return wall.isoformat(timespec="minutes" if not wall.second and not wall.microsecond else "auto")


def _clock_text(wall: datetime) -> str:
    return wall.strftime("%H:%M:%S" if wall.second else "%H:%M")


def _offset_text(offset: timedelta) -> str:
    sign = "-" if offset < timedelta(0) else "+"
    minutes, seconds = divmod(int(abs(offset).total_seconds()), 60)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}" + (f":{seconds:02d}" if seconds else "")


def read_instant(value: str, zone: ZoneInfo, field: str) -> tuple[datetime, Notice | None]:
    """Parse an ISO 8601 date-time typed by a user; one without an offset is read in ``zone``.

    Returns the aware instant (in the offset given, or in ``zone``) and, for a wall time that
    happens twice in ``zone``, the notice saying the first occurrence was taken (else None).
    Raises InvalidValue naming ``field`` for text that is not a date and time, for one outside
    the years every door accepts (``validation.in_window``), and for a wall time that does not
    exist in ``zone`` (skipped when the clocks go forward).
    """
    raw = (value or "").strip()
    try:
        instant = datetime.fromisoformat(raw.replace(" ", "T", 1) if " " in raw else raw)
    except ValueError:
        raise InvalidValue(
            field, tr("%(value)s is not an ISO 8601 date and time (e.g. 2026-12-03T14:00)", value=quoted(raw))
        ) from None
    # Checked before reading the wall time in ``zone``: the years 1 and 9999 overflow there.
    in_window(instant, field, raw)
    if instant.tzinfo is not None:
        return instant_in_window(instant, field, raw), None
    reading, change = local_instant(instant, zone)
    instant_in_window(reading, field, raw)
    if change is None:
        return reading, None
    shown, name = _wall_text(instant), zone.key
    start, end = _clock_text(change.jumps_from), _clock_text(change.jumps_to)
    if change.skipped:
        raise InvalidValue(
            field,
            tr(
                "%(time)s does not exist in %(zone)s (clocks go from %(start)s to %(end)s that night)",
                time=shown, zone=name, start=start, end=end,
            ),
        )  # fmt: skip
    first, second = _offset_text(change.offset_before), _offset_text(change.offset_after)
    notice = Notice(
        field,
        tr(
            "%(time)s happens twice in %(zone)s (clocks go back from %(start)s to %(end)s that night): the first "
            "one is taken (UTC%(first)s); write %(time)s%(second)s for the second one",
            time=shown, zone=name, start=start, end=end, first=first, second=second,
        ),
    )  # fmt: skip
    return reading, notice


def parse_instant(value: str, zone: ZoneInfo, field: str) -> datetime:
    """Parse an ISO 8601 date-time; one without an offset is read in ``zone``.

    Returns an aware datetime (in the offset given, or in ``zone``): ``read_instant``'s, a
    wall time that happens twice being its first occurrence. Raises InvalidValue naming
    ``field`` for text that is not a date and time or a wall time that does not exist.
    """
    return read_instant(value, zone, field)[0]


def repeated_times(given: Mapping[str, Any], zone: ZoneInfo, fields: tuple[str, ...]) -> list[Notice]:
    """The notices for the wall times among ``given[field]`` (texts; None when not given) that
    happen twice in ``zone``: what a door tells the user once it saved them (each was read
    as its first occurrence). A value that does not parse is left to the check that refuses
    it: none is raised here."""
    notices = []
    for field in fields:
        if given.get(field) is None:
            continue
        try:
            notice = read_instant(str(given[field]), zone, field)[1]
        except InvalidValue:
            continue
        if notice is not None:
            notices.append(notice)
    return notices


_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def parse_date(value: str, field: str) -> date:
    """Parse a date: ISO (2026-12-03) or day/month/year as written in French (03/12/2026).

    Raises InvalidValue naming ``field`` for text that is not a date, or a date outside the
    years every door accepts (``validation.in_window``)."""
    raw = (value or "").strip()
    try:
        match = _DMY.match(raw)
        day = date(int(match.group(3)), int(match.group(2)), int(match.group(1))) if match else date.fromisoformat(raw)
    except ValueError:
        raise InvalidValue(field, tr("%(value)s is not a date (expected YYYY-MM-DD)", value=quoted(raw))) from None
    in_window(day, field, raw)
    return day


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
        field, tr('%(value)s is not a delay (e.g. "10 days", "2 weeks", "3 business days")', value=quoted(value))
    )
