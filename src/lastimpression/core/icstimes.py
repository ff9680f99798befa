"""When an event of an `.ics` file happens: its start, its end, and the zone it is shown in.

The rules (see icsfile for the whole picture): a known zone is shown as itself; UTC in the
calendar's X-WR-TIMEZONE when it declares one (Google exports every event in UTC), else UTC; a
custom VTIMEZONE gives the instant, shown in the first zone whose clock agrees (the zone its
name or X-LIC-LOCATION suggests, the calendar's, the user's); floating times and all-day dates
in the calendar's zone, else the user's; a wall time the clocks skip or repeat is read as RFC 5545
says (see EventClock). A missing end is DURATION, else one hour (a day for an all-day event).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from icalendar.prop import vBroken

from lastimpression.core.icslines import CleanCalendar, EventSource, IcsError, Notice, on_line
from lastimpression.core.icszones import UTC_NAME, canonical_zone_name, is_known_zone, matching_zone
from lastimpression.core.when import later, local_instant
from lastimpression.phrases import Phrase, ptr, tr

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


def named(component: icalendar.Component) -> Phrase:
    """The event named in a notice: "'Interview'" ("l’événement 'Entretien'"), "an untitled
    event"."""
    summary = text_value(component, "SUMMARY")
    if summary:
        return ptr("an event named in a notice", "%(title)s", title=repr(summary))
    return tr("an untitled event")


class EventClock:
    """Reads the times of the events of one file; appends what it assumed to ``notices``.

    A wall time (floating, or with a TZID) is read as RFC 5545 §3.3.5 says (core.when's
    ``local_instant``): one that happens twice is its first occurrence, one the clocks skip is
    read with the offset before the change (02:30 -> 03:30), each said in a notice; an import
    never refuses a calendar for it. A DURATION's days are nominal (the same wall time days
    later), its hours and minutes real time (§3.3.6), as is the hour assumed without an end.
    """

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
        skipped: datetime | None = None
        try:
            if isinstance(value, datetime):
                zone_name, start, skipped = self.place(value, component, source)
            elif isinstance(value, date):
                zone_name = self.default_zone
                start = local_instant(datetime.combine(value, time()), ZoneInfo(zone_name))[0]
            else:
                raise IcsError(tr("the event has no start (DTSTART)"), source.line)
            end = self.end(component, source, start, zone_name, isinstance(value, datetime), skipped)
        except (OverflowError, ValueError) as exc:
            raise IcsError(
                tr("the dates of this event are out of range (%(reason)s)", reason=str(exc)), start_line
            ) from exc
        return EventTimes(start, end, zone_name, not isinstance(value, datetime))

    @staticmethod
    def moment(component: icalendar.Component, name: str, line: int) -> date | None:
        value = single_value(component, name)
        if value is None:
            return None
        moment = getattr(value, "dt", None)
        if isinstance(value, vBroken) or not isinstance(moment, date):
            raise IcsError(tr("%(name)s must be a date or a date and time", name=name), line)
        return moment

    def place(
        self, value: datetime, component: icalendar.Component, source: EventSource
    ) -> tuple[str, datetime, datetime | None]:
        """The zone an event is shown in, its start expressed in that zone, and the start's
        wall time as the file gives it when the clocks skip it (else None)."""
        tz = value.tzinfo
        if tz is None:
            zone_name = source.calendar_zone or self.default_zone
            self.notices.append(
                on_line(
                    source.line,
                    tr(
                        "%(event)s has no time zone (floating time): read in %(zone)s",
                        event=named(component), zone=zone_name,
                    ),
                )
            )  # fmt: skip
            start, skipped = self.wall(value, ZoneInfo(zone_name), component, source)
            return zone_name, start, skipped
        skipped = None
        if isinstance(tz, ZoneInfo) and is_known_zone(canonical_zone_name(tz.key)):
            zone_name = canonical_zone_name(tz.key)
            value, skipped = self.wall(value.replace(tzinfo=None), tz, component, source)
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
                Notice(
                    tr(
                        "time zone %(zone)s is defined by the file only: its events are shown in %(shown)s",
                        zone=repr(original), shown=zone_name,
                    )
                )
            )  # fmt: skip
        if zone_name == UTC_NAME and source.calendar_zone:
            zone_name = source.calendar_zone
        return zone_name, value.astimezone(ZoneInfo(zone_name)), skipped

    def wall(
        self, wall: datetime, zone: ZoneInfo, component: icalendar.Component, source: EventSource
    ) -> tuple[datetime, datetime | None]:
        """The instant of a start's wall time in ``zone`` (RFC 5545), a notice when the clocks
        skip or repeat it, and the wall time again when they skip it (else None)."""
        start, change = local_instant(wall, zone)
        if change is None:
            return start, None
        line = source.property_lines.get("DTSTART", source.line)
        shown = wall.isoformat(timespec="minutes" if not wall.second and not wall.microsecond else "auto")
        if change.skipped:
            self.notices.append(
                on_line(
                    line,
                    tr(
                        "%(event)s starts at %(wall)s, which does not exist in %(zone)s (clocks go from %(before)s "
                        "to %(after)s that night): read as %(read)s, as RFC 5545 says",
                        event=named(component), wall=shown, zone=zone.key, before=change.jumps_from.strftime("%H:%M"),
                        after=change.jumps_to.strftime("%H:%M"), read=start.strftime("%H:%M"),
                    ),
                )
            )  # fmt: skip
            return start, wall
        self.notices.append(
            on_line(
                line,
                tr(
                    "%(event)s starts at %(wall)s, which happens twice in %(zone)s (clocks go back from %(before)s "
                    "to %(after)s that night): read as the first one",
                    event=named(component), wall=shown, zone=zone.key, before=change.jumps_from.strftime("%H:%M"),
                    after=change.jumps_to.strftime("%H:%M"),
                ),
            )
        )  # fmt: skip
        return start, None

    def end(
        self,
        component: icalendar.Component,
        source: EventSource,
        start: datetime,
        zone_name: str,
        timed: bool,
        skipped: datetime | None = None,
    ) -> datetime:
        """The end of an event starting at ``start``; ``skipped``, the start's wall time as the
        file gives it when the clocks skip it (the event then keeps the length the file gives
        rather than ending before, or as, it starts)."""
        tz = ZoneInfo(zone_name)
        end_line = source.property_lines.get("DTEND", source.line)
        value = self.moment(component, "DTEND", end_line)
        duration = single_value(component, "DURATION")
        if isinstance(value, datetime):
            if value.tzinfo is None:
                end = local_instant(value, tz)[0]
            elif isinstance(value.tzinfo, ZoneInfo):
                end = local_instant(value.replace(tzinfo=None), value.tzinfo)[0]
            else:
                end = value
            line = end_line
            if skipped is not None and not _utc(end) > _utc(start) and not isinstance(value.tzinfo, timezone):
                length = value.replace(tzinfo=None) - skipped
                if length > timedelta(0):
                    end = later(start, length)
        elif isinstance(value, date):
            end = local_instant(datetime.combine(value, time()), tz)[0]
            line = end_line
        elif duration is not None:
            line = source.property_lines.get("DURATION", source.line)
            delta = getattr(duration, "dt", None)
            if isinstance(duration, vBroken) or not isinstance(delta, timedelta):
                raise IcsError(tr("DURATION must be a duration such as PT1H"), line)
            end = _after(start, delta, tz)
        else:
            line = source.line
            end = later(start, DEFAULT_DURATION) if timed else _after(start, _ALL_DAY, tz)
            if timed:
                self.notices.append(
                    on_line(source.line, tr("%(event)s has no end: one hour assumed", event=named(component)))
                )
        end = end.astimezone(tz)
        if _utc(end) < _utc(start):
            summary = text_value(component, "SUMMARY")
            raise IcsError(
                tr("%(title)s ends before it starts", title=repr(summary))
                if summary
                else tr("an untitled event ends before it starts"),
                line,
            )
        if _utc(end) == _utc(start) and not timed:
            end = _after(start, _ALL_DAY, tz)
        return end


def _utc(instant: datetime) -> datetime:
    # Two datetimes of one ZoneInfo compare as wall clocks, ignoring fold: compare instants.
    return instant.astimezone(UTC)


def _after(start: datetime, delta: timedelta, zone: ZoneInfo) -> datetime:
    """``start`` plus an iCalendar duration (RFC 5545 §3.3.6), in ``zone``: its days (and
    weeks) are nominal, the same wall time that many days later (read by ``local_instant``),
    the rest real time. A negative duration is all real time (the event is refused anyway)."""
    if delta < timedelta(0):
        return later(start, delta).astimezone(zone)
    days = timedelta(days=delta.days)
    if days:
        start = local_instant(start.astimezone(zone).replace(tzinfo=None) + days, zone)[0]
    return later(start, delta - days).astimezone(zone)
