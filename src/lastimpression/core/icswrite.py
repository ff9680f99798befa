"""Writing the plan and the card alarms as an `.ics` file that calendar clients import.

Each event carries its own time zone with a VTIMEZONE generated from the IANA database, so
Outlook, Google and Apple show it at the right time, and optional display alarms: the card's
"10 minutes before the interview ends" is a trigger relative to the END
(``TRIGGER;RELATED=END:-PT10M``), which follows the event when the user moves it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar

from lastimpression.core.icszones import UTC_NAME, canonical_zone_name, is_known_zone

# The VTIMEZONEs cover a year either side of the events: enough for any client to place them,
# short enough to keep the file small (icalendar writes each transition as an RDATE).
_ZONE_MARGIN = timedelta(days=366)


@dataclass(frozen=True, kw_only=True)
class OutEvent:
    """An event to write, built with keyword arguments.

    ``start`` and ``end`` are aware (written to the second); ``timezone`` is an IANA name.

    ``uid`` must be stable for the same thing across exports so that re-importing updates the
    event instead of duplicating it; raise ``sequence`` when the event changes.
    ``alarm_before_end``: a display alarm this long before the end (``timedelta(minutes=10)``).
    ``alarm_at_start``: a display alarm at this offset from the start, negative for before
    (``timedelta(0)`` is at the start).
    """

    uid: str
    summary: str
    start: datetime
    end: datetime
    timezone: str
    description: str = ""
    alarm_before_end: timedelta | None = None
    alarm_at_start: timedelta | None = None
    alarm_description: str = ""
    location: str = ""
    url: str = ""
    categories: tuple[str, ...] = ()
    sequence: int = 0


def _check(event: OutEvent) -> None:
    if not event.uid.strip() or any(ord(char) < 32 for char in event.uid):
        raise ValueError(f"uid: must be non-empty printable text, got {event.uid!r}")
    if event.start.tzinfo is None or event.end.tzinfo is None:
        raise ValueError(f"{event.uid}: start and end must be aware datetimes")
    if event.end < event.start:
        raise ValueError(f"{event.uid}: end is before start")
    if not is_known_zone(event.timezone):
        raise ValueError(f"{event.uid}: unknown time zone {event.timezone!r}")
    if event.alarm_before_end is not None and event.alarm_before_end < timedelta(0):
        raise ValueError(f"{event.uid}: alarm_before_end must not be negative")
    if event.sequence < 0:
        raise ValueError(f"{event.uid}: sequence must not be negative")
    if any(ord(char) <= 32 for char in event.url):
        raise ValueError(f"{event.uid}: url must not contain spaces or control characters")


def _text(value: str) -> str:
    """``value`` without the control characters RFC 5545 forbids in text (line breaks stay:
    icalendar escapes them, so a title can never start a new property)."""
    return "".join(char for char in value if char in "\t\r\n" or not _is_control(char))


def _is_control(char: str) -> bool:
    return ord(char) < 32 or ord(char) == 127


def _alarm(description: str, trigger: timedelta, related_to_end: bool) -> icalendar.Alarm:
    alarm = icalendar.Alarm()
    alarm.add("ACTION", "DISPLAY")
    alarm.add("DESCRIPTION", _text(description))
    parameters = {"RELATED": "END"} if related_to_end else {}
    alarm.add("TRIGGER", trigger, parameters=parameters)
    return alarm


def _vevent(event: OutEvent, stamp: datetime) -> icalendar.Event:
    zone = ZoneInfo(canonical_zone_name(event.timezone))
    vevent = icalendar.Event()
    vevent.add("UID", event.uid)
    vevent.add("DTSTAMP", stamp)
    vevent.add("SEQUENCE", event.sequence)
    vevent.add("SUMMARY", _text(event.summary))
    vevent.add("DTSTART", event.start.astimezone(zone))
    vevent.add("DTEND", event.end.astimezone(zone))
    if event.description:
        vevent.add("DESCRIPTION", _text(event.description))
    if event.location:
        vevent.add("LOCATION", _text(event.location))
    if event.url:
        vevent.add("URL", event.url)
    if event.categories:
        vevent.add("CATEGORIES", [_text(category) for category in event.categories])
    # DISPLAY alarms require a DESCRIPTION (RFC 5545 §3.6.6); the title is the natural one.
    alarm_text = event.alarm_description or event.summary
    if event.alarm_at_start is not None:
        vevent.add_component(_alarm(alarm_text, event.alarm_at_start, related_to_end=False))
    if event.alarm_before_end is not None:
        vevent.add_component(_alarm(alarm_text, -event.alarm_before_end, related_to_end=True))
    return vevent


def write_calendar(events: Sequence[OutEvent], *, prodid: str = "-//Last Impression//EN", now: datetime) -> bytes:
    """Return an iCalendar 2.0 file (UTF-8, CRLF line ends, folded lines) holding ``events``.

    ``now`` (aware) is every event's DTSTAMP, written in UTC. One VTIMEZONE is written per zone
    used other than UTC, in name order, so the same input always gives the same bytes.
    Raises ValueError naming the event for a naive datetime, an end before its start, an
    unknown zone or an empty UID.
    """
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    for event in events:
        _check(event)
    calendar = icalendar.Calendar()
    calendar.add("PRODID", prodid)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    zones = sorted({canonical_zone_name(e.timezone) for e in events} - {UTC_NAME})
    if zones:
        first = min(e.start for e in events).date() - _ZONE_MARGIN
        last = max(e.end for e in events).date() + _ZONE_MARGIN
        for name in zones:
            calendar.add_component(icalendar.Timezone.from_tzid(name, first_date=first, last_date=last))
    stamp = now.astimezone(UTC)
    for event in events:
        calendar.add_component(_vevent(event, stamp))
    ical: bytes = calendar.to_ical()
    return ical
