"""When an event of an `.ics` file happens: its start, its end, and the zone it is shown in.

The rules (see icsfile for the whole picture): a known zone is shown as itself; UTC in the
calendar's X-WR-TIMEZONE when it declares one (Google exports every event in UTC), else UTC; a
custom VTIMEZONE gives the instant, shown in the first zone whose clock agrees (the zone its
name or X-LIC-LOCATION suggests, the calendar's, the user's); floating times and all-day dates
in the calendar's zone, else the user's. A missing end is DURATION, else one hour (a day for
an all-day event).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from icalendar.prop import vBroken

from lastimpression.core.icslines import CleanCalendar, EventSource, IcsError
from lastimpression.core.icszones import UTC_NAME, canonical_zone_name, is_known_zone, matching_zone

DEFAULT_DURATION = timedelta(hours=1)
_ALL_DAY = timedelta(days=1)


@dataclass(frozen=True)
class EventTimes:
    """Aware ``start`` and ``end`` (``end >= start``) in ``ZoneInfo(zone)``."""

    start: datetime
    end: datetime
    zone: str
    all_day: bool


def single_value(component: icalendar.Component, name: str) -> Any:
    """A property's value, the first one when the file repeats a single-valued property."""
    value = component.get(name)
    if isinstance(value, list):
        return value[0] if value else None
    return value


def text_value(component: icalendar.Component, name: str) -> str:
    """A text property as plain text, "" when absent."""
    value = single_value(component, name)
    return "" if value is None else str(value).replace("\r\n", "\n").strip()


def title(component: icalendar.Component) -> str:
    """The event's title quoted for a notice."""
    summary = text_value(component, "SUMMARY")
    return repr(summary) if summary else "an untitled event"


class EventClock:
    """Reads the times of the events of one file; appends what it assumed to ``notices``."""

    def __init__(self, source: CleanCalendar, default_zone: str, notices: list[str]) -> None:
        self.source = source
        self.default_zone = default_zone
        self.notices = notices

    def times(self, component: icalendar.Component, source: EventSource) -> EventTimes:
        """Start, end and zone of an event.

        Raises IcsError naming the line for a DTSTART, DTEND or DURATION of the wrong type, an
        end before the start, or dates too close to year 1 or 9999 to compute with.
        """
        start_line = source.property_lines.get("DTSTART", source.line)
        value = self.moment(component, "DTSTART", start_line)
        try:
            if isinstance(value, datetime):
                zone_name, start = self.place(value, component, source)
            elif isinstance(value, date):
                zone_name = self.default_zone
                start = datetime.combine(value, time(), ZoneInfo(zone_name))
            else:
                raise IcsError("the event has no start (DTSTART)", source.line)
            end = self.end(component, source, start, zone_name, isinstance(value, datetime))
        except (OverflowError, ValueError) as exc:
            raise IcsError(f"the dates of this event are out of range ({exc})", start_line) from exc
        return EventTimes(start, end, zone_name, not isinstance(value, datetime))

    @staticmethod
    def moment(component: icalendar.Component, name: str, line: int) -> date | None:
        value = single_value(component, name)
        if value is None:
            return None
        moment = getattr(value, "dt", None)
        if isinstance(value, vBroken) or not isinstance(moment, date):
            raise IcsError(f"{name} must be a date or a date and time", line)
        return moment

    def place(self, value: datetime, component: icalendar.Component, source: EventSource) -> tuple[str, datetime]:
        """The zone an event is shown in, and its start expressed in that zone."""
        tz = value.tzinfo
        if tz is None:
            zone_name = source.calendar_zone or self.default_zone
            self.notices.append(
                f"line {source.line}: {title(component)} has no time zone (floating time): read in {zone_name}"
            )
            # Through UTC and back, so that a wall time skipped by a DST change is normalised.
            local = value.replace(tzinfo=ZoneInfo(zone_name))
            return zone_name, local.astimezone(ZoneInfo(zone_name))
        if isinstance(tz, ZoneInfo) and is_known_zone(canonical_zone_name(tz.key)):
            zone_name = canonical_zone_name(tz.key)
        elif isinstance(tz, timezone) and value.utcoffset() == timedelta(0):
            zone_name = UTC_NAME
        else:
            # dateutil's zone built from the VTIMEZONE keeps the TZID it was given.
            identifier = str(getattr(tz, "_tzid", ""))
            hints = self.source.zone_hints.get(identifier, [])
            candidates = [*hints, *(z for z in (source.calendar_zone, self.default_zone) if z)]
            zone_name = matching_zone(value, candidates)
            original = self.source.custom_zones.get(identifier, identifier or "custom")
            self.notices.append(
                f"time zone {original!r} is defined by the file only: its events are shown in {zone_name}"
            )
        if zone_name == UTC_NAME and source.calendar_zone:
            zone_name = source.calendar_zone
        return zone_name, value.astimezone(ZoneInfo(zone_name))

    def end(
        self,
        component: icalendar.Component,
        source: EventSource,
        start: datetime,
        zone_name: str,
        timed: bool,
    ) -> datetime:
        tz = ZoneInfo(zone_name)
        end_line = source.property_lines.get("DTEND", source.line)
        value = self.moment(component, "DTEND", end_line)
        duration = single_value(component, "DURATION")
        if isinstance(value, datetime):
            end = value.replace(tzinfo=tz) if value.tzinfo is None else value
            line = end_line
        elif isinstance(value, date):
            end = datetime.combine(value, time(), tz)
            line = end_line
        elif duration is not None:
            line = source.property_lines.get("DURATION", source.line)
            delta = getattr(duration, "dt", None)
            if isinstance(duration, vBroken) or not isinstance(delta, timedelta):
                raise IcsError("DURATION must be a duration such as PT1H", line)
            # Aware arithmetic in one zone is wall-clock: P1D across a DST change is a day.
            end = start + delta
        else:
            line = source.line
            end = start + (DEFAULT_DURATION if timed else _ALL_DAY)
            if timed:
                self.notices.append(f"line {source.line}: {title(component)} has no end: one hour assumed")
        end = end.astimezone(tz)
        if end < start:
            raise IcsError(f"{title(component)} ends before it starts", line)
        if end == start and not timed:
            end = datetime.combine(start.date() + _ALL_DAY, time(), tz)
        return end
