"""The anchors of the calendar commands: what icalendar alone costs, as a whole process.

- ``parse FILE``: read an `.ics` file with ``icalendar.Calendar.from_ical`` and walk its events
  (what ``import --dry-run`` is compared with);
- ``write EVENTS.json OUT``: write the events of ``EVENTS.json`` (dumped from the file
  ``lastimpression ics`` wrote, by ``growth.py``) as an `.ics` file with icalendar alone: the
  same events, times in their zone with its VTIMEZONE, descriptions, categories and alarms
  (what ``lastimpression ics`` is compared with).

Run: .venv/bin/python bench/icalendar_alone.py parse FILE | write EVENTS.json OUT
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo


def parse(path: str) -> int:
    import icalendar

    calendar = icalendar.Calendar.from_ical(Path(path).read_bytes())
    return sum(1 for _ in calendar.walk("VEVENT"))


def dump_events(path: Path) -> list[dict[str, Any]]:
    """The events of an `.ics` file as plain values (for ``write``)."""
    import icalendar

    found = []
    for event in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"):
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        alarms = [
            {"trigger_s": alarm.decoded("TRIGGER").total_seconds(), "description": str(alarm.get("DESCRIPTION", "")),
             "related_end": alarm["TRIGGER"].params.get("RELATED") == "END"}
            for alarm in event.walk("VALARM")
        ]  # fmt: skip
        found.append(
            {"uid": str(event["UID"]), "summary": str(event.get("SUMMARY", "")), "start": start.isoformat(),
             "end": end.isoformat(), "zone": start.tzinfo.key if hasattr(start.tzinfo, "key") else "UTC",
             "description": str(event.get("DESCRIPTION", "")), "location": str(event.get("LOCATION", "")),
             "categories": list(event["CATEGORIES"].cats) if "CATEGORIES" in event else [],
             "sequence": int(event.get("SEQUENCE", 0)), "alarms": alarms}
        )  # fmt: skip
    return found


def write(events_json: str, out: str) -> int:
    import icalendar

    events = json.loads(Path(events_json).read_text(encoding="utf-8"))
    calendar = icalendar.Calendar()
    calendar.add("PRODID", "-//icalendar alone//EN")
    calendar.add("VERSION", "2.0")
    stamp = datetime(2026, 11, 26, 8, 0, tzinfo=ZoneInfo("UTC"))
    for fields in events:
        zone = ZoneInfo(fields["zone"])
        event = icalendar.Event()
        event.add("UID", fields["uid"])
        event.add("DTSTAMP", stamp)
        event.add("SUMMARY", fields["summary"])
        event.add("DTSTART", datetime.fromisoformat(fields["start"]).astimezone(zone))
        event.add("DTEND", datetime.fromisoformat(fields["end"]).astimezone(zone))
        if fields["description"]:
            event.add("DESCRIPTION", fields["description"])
        if fields["location"]:
            event.add("LOCATION", fields["location"])
        if fields["categories"]:
            event.add("CATEGORIES", fields["categories"])
        event.add("SEQUENCE", fields["sequence"])
        for alarm_fields in fields["alarms"]:
            alarm = icalendar.Alarm()
            alarm.add("ACTION", "DISPLAY")
            alarm.add("DESCRIPTION", alarm_fields["description"])
            related = {"RELATED": "END"} if alarm_fields["related_end"] else {}
            alarm.add("TRIGGER", timedelta(seconds=alarm_fields["trigger_s"]), parameters=related)
            event.add_component(alarm)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    Path(out).write_bytes(calendar.to_ical())
    return len(events)


if __name__ == "__main__":
    if sys.argv[1:2] == ["parse"] and len(sys.argv) == 3:
        parse(sys.argv[2])
    elif sys.argv[1:2] == ["write"] and len(sys.argv) == 4:
        write(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
