"""Expanding recurring events (RRULE, RDATE, EXDATE, moved occurrences) within bounds.

recurring-ical-events computes the occurrences, but asking it is only safe when the rule is
reasonable: dateutil walks every instance from DTSTART to the end of the query, so a rule
"every second" or "every day since year 1" would hang the import. :func:`expansion_cost`
bounds that walk before anything is asked.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import icalendar

from lastimpression.core.icstimes import single_value

# Instances dateutil may walk through for one series; beyond, the series is not expanded.
# A daily meeting over 25 years is 9,000; a weekly one over 20 years, about 1,000.
MAX_INSTANCES = 10_000

# The shortest length of each frequency, so that the estimate is an upper bound.
_FREQUENCY_SECONDS = {
    "SECONDLY": 1,
    "MINUTELY": 60,
    "HOURLY": 3_600,
    "DAILY": 86_400,
    "WEEKLY": 7 * 86_400,
    "MONTHLY": 28 * 86_400,
    "YEARLY": 365 * 86_400,
}
# Where dateutil stops looking for an occurrence that never comes.
_LAST_INSTANT = datetime(9999, 12, 31, tzinfo=UTC)
# Parts that can multiply the instances of each period (BYSETPOS only ever selects).
_EXPANDING_PARTS = (
    "BYSECOND",
    "BYMINUTE",
    "BYHOUR",
    "BYDAY",
    "BYMONTHDAY",
    "BYYEARDAY",
    "BYWEEKNO",
    "BYMONTH",
)


def _stamp(moment: date) -> str:
    text = f"{moment.year:04d}{moment.month:02d}{moment.day:02d}"
    if not isinstance(moment, datetime):
        return text
    text += f"T{moment.hour:02d}{moment.minute:02d}{moment.second:02d}"
    return text if moment.tzinfo is None else text + "Z"


def recurrence_id(component: icalendar.Component) -> str | None:
    """The occurrence's original start as a string: its RECURRENCE-ID, else its DTSTART.

    In UTC when it has a zone (``20260302T090000Z``), so that the same occurrence has the same
    key whatever zone the file writes it in; ``YYYYMMDD`` for a date.
    """
    value = single_value(component, "RECURRENCE-ID") or single_value(component, "DTSTART")
    moment = getattr(value, "dt", None)
    if isinstance(moment, datetime) and moment.tzinfo is not None:
        try:
            moment = moment.astimezone(UTC)
        except (OverflowError, ValueError):
            moment = moment.replace(tzinfo=None)
    return _stamp(moment) if isinstance(moment, date) else None


def as_utc(moment: date) -> datetime:
    """A date or date-time as an aware UTC datetime (floating and dates read as UTC)."""
    if not isinstance(moment, datetime):
        return datetime.combine(moment, time(), UTC)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _first(rule: Any, part: str) -> Any:
    values = rule.get(part)
    return values[0] if isinstance(values, list) and values else values


def may_never_match(rule: Any, frequency: str, interval: int) -> bool:
    """True when ``rule``'s parts may leave no occurrence at all (``FREQ=YEARLY;BYMONTH=2;
    BYMONTHDAY=30``, ``FREQ=DAILY;INTERVAL=7;BYDAY=TU`` from a Monday): dateutil then walks
    every period up to year 9999 looking for one, whatever UNTIL or COUNT say. False only for
    the parts every period is sure to satisfy (RFC 5545 §3.3.10: those that expand, and days
    of the month that every month has)."""
    parts = {part for part in (*_EXPANDING_PARTS, "BYSETPOS") if rule.get(part)}
    if not parts:
        return False
    if "BYSETPOS" in parts or parts & {"BYYEARDAY", "BYWEEKNO"} or frequency in ("HOURLY", "MINUTELY", "SECONDLY"):
        return True
    days = rule.get("BYMONTHDAY") or []
    if days and (frequency in ("DAILY", "WEEKLY") or "BYDAY" in parts or "BYMONTH" in parts):
        return True
    if any(not isinstance(day, int) or not 1 <= abs(day) <= 28 for day in days):
        return True
    if "BYMONTH" in parts and (interval > 1 or (frequency == "YEARLY" and "BYDAY" in parts)):
        return True
    for weekday in rule.get("BYDAY") or []:
        ordinal = str(weekday)[:-2].lstrip("+-")
        if ordinal and (not ordinal.isdigit() or int(ordinal) > 4):
            return True  # a fifth Friday some months lack, a 53rd Monday some years lack
    return frequency == "DAILY" and interval % 7 == 0 and "BYDAY" in parts


def expansion_cost(component: icalendar.Component, end: datetime, duration: timedelta) -> float:
    """An upper bound of the instances dateutil walks to list ``component``'s occurrences up to
    ``end`` (aware), occurrences lasting ``duration``; ``math.inf`` for a rule it cannot bound.
    A rule that may never match is walked up to year 9999 (:func:`may_never_match`).
    """
    start = getattr(single_value(component, "DTSTART"), "dt", None)
    rules = component.get("RRULE")
    if not isinstance(start, date) or rules is None:
        return 0.0
    total = 0.0
    for rule in rules if isinstance(rules, list) else [rules]:
        frequency = str(_first(rule, "FREQ")).upper()
        seconds = _FREQUENCY_SECONDS.get(frequency)
        interval = _first(rule, "INTERVAL")
        interval = 1 if interval is None else interval  # INTERVAL=0 is no rule: dateutil loops forever
        if seconds is None or not isinstance(interval, int) or interval < 1:
            return math.inf
        period = seconds * interval
        until = _first(rule, "UNTIL")
        stop = min(end, as_utc(until)) if isinstance(until, date) else end
        never = may_never_match(rule, frequency, interval)
        if never:
            stop = _LAST_INSTANT
        walked = max((stop - as_utc(start)).total_seconds(), 0.0)
        # Every occurrence still running at the start of a query is returned again by each of
        # the few queries of :func:`occurrences`: weigh them accordingly.
        periods = walked / period + 1 + 64 * duration.total_seconds() / period
        per_period = math.prod(len(rule.get(part) or [1]) for part in _EXPANDING_PARTS)
        count = _first(rule, "COUNT")
        if isinstance(count, int) and per_period == 1 and not never:
            periods = min(periods, float(count))
        total += periods * per_period
    return total


def occurrences(query: Any, start: datetime, end: datetime) -> Iterator[icalendar.Component]:
    """The occurrences overlapping [start, end], roughly by start, each once.

    Asked slice by slice: a slice doubles while it brings few new occurrences, so that a long
    window costs a few queries and a dense rule stops being asked once the caller has enough.
    recurring-ical-events' own ``after()`` is not used: it crawls in 15-minute steps past an
    occurrence lasting years.
    """
    seen: set[str | None] = set()
    span = timedelta(hours=1)
    cursor = start
    while cursor < end:
        try:
            stop = min(cursor + span, end)
        except OverflowError:
            stop = end
        fresh = []
        for occurrence in query.between(cursor, stop):
            identity = recurrence_id(occurrence)
            if identity not in seen:
                seen.add(identity)
                fresh.append(occurrence)
        yield from sorted(fresh, key=lambda c: as_utc(c["DTSTART"].dt))
        if len(fresh) < 64:
            span *= 2
        cursor = stop
