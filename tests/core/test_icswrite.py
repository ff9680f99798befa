"""Writing the plan and the card alarms as `.ics`, and reading the result back."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from lastimpression.core.icsfile import read_events
from lastimpression.core.icswrite import OutEvent, write_calendar

PARIS = ZoneInfo("Europe/Paris")
MONTREAL = ZoneInfo("America/Montreal")
NOW = datetime(2026, 3, 1, 9, 30, tzinfo=PARIS)


def card_alarm(**changes) -> OutEvent:
    """The last-impression card for an interview in Paris, 14:00–15:00 on 5 March 2026."""
    values = {
        "uid": "interview-12-card@lastimpression",
        "summary": "Entretien — Acme (cheffe de projet)",
        "description": "Sourire, saluer l'accueil, demander la date de décision.",
        "start": datetime(2026, 3, 5, 14, 0, tzinfo=PARIS),
        "end": datetime(2026, 3, 5, 15, 0, tzinfo=PARIS),
        "timezone": "Europe/Paris",
        "alarm_before_end": timedelta(minutes=10),
        "alarm_description": "Dernière impression : préparez votre phrase de sortie",
        "location": "12 rue de Rivoli, Paris",
        "url": "http://127.0.0.1:8765/interviews/12/card",
        "categories": ("Last Impression", "Entretien"),
    }
    values.update(changes)
    return OutEvent(**values)


def parsed(data: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(data)


def test_written_calendar_reads_back_with_the_same_uid_times_and_zone():
    events = [
        card_alarm(),
        card_alarm(
            uid="interview-13-follow-up@lastimpression",
            start=datetime(2026, 3, 12, 9, 0, tzinfo=MONTREAL),
            end=datetime(2026, 3, 12, 9, 15, tzinfo=MONTREAL),
            timezone="America/Montreal",
        ),
    ]
    report = read_events(write_calendar(events, now=NOW))
    assert [(e.uid, e.start.isoformat(), e.end.isoformat(), e.timezone) for e in report.events] == [
        ("interview-12-card@lastimpression", "2026-03-05T14:00:00+01:00", "2026-03-05T15:00:00+01:00", "Europe/Paris"),
        (
            "interview-13-follow-up@lastimpression",
            "2026-03-12T09:00:00-04:00",
            "2026-03-12T09:15:00-04:00",
            "America/Montreal",
        ),
    ]
    assert report.events[0].summary == "Entretien — Acme (cheffe de projet)"
    assert report.events[0].location == "12 rue de Rivoli, Paris"
    assert report.notices == []


def test_calendar_has_the_required_header_and_one_vtimezone_per_zone_used():
    data = write_calendar([card_alarm(), card_alarm(uid="b"), card_alarm(uid="c", timezone="UTC")], now=NOW)
    calendar = parsed(data)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == "-//Last Impression//EN"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert [tz.tz_name for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert b"DTSTART;TZID=Europe/Paris:20260305T140000\r\n" in data
    assert b"DTSTART:20260305T130000Z\r\n" in data


def test_event_is_written_in_its_own_zone_whatever_the_zone_of_the_datetime_given():
    data = write_calendar(
        [
            card_alarm(
                start=datetime(2026, 3, 12, 13, 0, tzinfo=PARIS),
                end=datetime(2026, 3, 12, 14, 0, tzinfo=PARIS),
                timezone="America/Montreal",
            )
        ],
        now=NOW,
    )
    assert b"DTSTART;TZID=America/Montreal:20260312T080000\r\n" in data
    assert [tz.tz_name for tz in parsed(data).walk("VTIMEZONE")] == ["America/Montreal"]


def test_card_alarm_fires_ten_minutes_before_the_end():
    data = write_calendar([card_alarm()], now=NOW)
    assert b"TRIGGER;RELATED=END:-PT10M\r\n" in data
    [alarm] = parsed(data).walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert str(alarm["DESCRIPTION"]) == "Dernière impression : préparez votre phrase de sortie"
    assert alarm["TRIGGER"].dt == timedelta(minutes=-10)
    assert alarm["TRIGGER"].params["RELATED"] == "END"


def test_alarm_at_start_is_relative_to_the_start_and_defaults_its_text_to_the_title():
    data = write_calendar(
        [card_alarm(alarm_before_end=None, alarm_at_start=timedelta(minutes=-15), alarm_description="")],
        now=NOW,
    )
    [alarm] = parsed(data).walk("VALARM")
    assert alarm["TRIGGER"].dt == timedelta(minutes=-15)
    assert "RELATED" not in alarm["TRIGGER"].params
    assert str(alarm["DESCRIPTION"]) == "Entretien — Acme (cheffe de projet)"


def test_no_alarm_is_written_when_none_is_asked():
    data = write_calendar([card_alarm(alarm_before_end=None)], now=NOW)
    assert b"BEGIN:VALARM" not in data


def test_dtstamp_is_now_in_utc_and_sequence_is_written():
    data = write_calendar([card_alarm(sequence=3)], now=NOW)
    assert b"DTSTAMP:20260301T083000Z\r\n" in data
    assert b"SEQUENCE:3\r\n" in data


def test_every_line_ends_in_crlf_and_long_lines_are_folded():
    data = write_calendar([card_alarm(description="Une très longue description. " * 20)], now=NOW)
    assert data.endswith(b"END:VCALENDAR\r\n")
    lines = data.split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines)
    assert read_events(data).events[0].description == ("Une très longue description. " * 20).strip()


def test_line_breaks_in_a_title_cannot_start_a_new_property():
    data = write_calendar([card_alarm(summary="Acme\r\nATTENDEE:mailto:x@evil.example\x00")], now=NOW)
    assert b"\r\nATTENDEE" not in data
    event = read_events(data).events[0]
    assert event.summary == "Acme\nATTENDEE:mailto:x@evil.example"
    assert event.attendees == []


def test_categories_and_url_are_written():
    [event] = parsed(write_calendar([card_alarm()], now=NOW)).walk("VEVENT")
    assert event["CATEGORIES"].cats == ["Last Impression", "Entretien"]
    assert str(event["URL"]) == "http://127.0.0.1:8765/interviews/12/card"


def test_same_input_gives_the_same_bytes():
    events = [card_alarm(timezone="America/Montreal"), card_alarm(uid="b", timezone="Asia/Tokyo"), card_alarm(uid="c")]
    first = write_calendar(events, now=NOW)
    assert first == write_calendar(events, now=NOW)
    assert [tz.tz_name for tz in parsed(first).walk("VTIMEZONE")] == ["America/Montreal", "Asia/Tokyo", "Europe/Paris"]


def test_empty_plan_gives_an_empty_calendar():
    calendar = parsed(write_calendar([], now=NOW))
    assert calendar.walk("VEVENT") == []


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"start": datetime(2026, 3, 5, 14, 0)}, "aware"),
        ({"end": datetime(2026, 3, 5, 13, 0, tzinfo=PARIS)}, "end is before start"),
        ({"timezone": "Paris"}, "unknown time zone"),
        ({"uid": ""}, "uid"),
        ({"uid": "a\r\nb"}, "uid"),
        ({"url": "https://x.example/a b"}, "url"),
        ({"alarm_before_end": timedelta(minutes=-10)}, "alarm_before_end"),
    ],
)
def test_invalid_event_is_refused_naming_what_is_wrong(changes, message):
    with pytest.raises(ValueError, match=message):
        write_calendar([card_alarm(**changes)], now=NOW)


def test_naive_now_is_refused():
    with pytest.raises(ValueError, match="now"):
        write_calendar([card_alarm()], now=datetime(2026, 3, 1, 9, 30))


@settings(max_examples=40, deadline=None)
@given(
    summary=st.text(max_size=80),
    start=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2060, 12, 31)),
    minutes=st.integers(0, 600),
    zone=st.sampled_from(["Europe/Paris", "America/Montreal", "Asia/Kolkata", "UTC", "Europe/Zurich"]),
)
def test_any_event_reads_back_the_same(summary, start, minutes, zone):
    begin = start.replace(microsecond=0, tzinfo=ZoneInfo(zone))  # iCalendar counts in seconds
    finish = begin + timedelta(minutes=minutes)
    # A wall-clock time repeated when clocks go back cannot say which of the two it is.
    assume(all(t.replace(fold=0).utcoffset() == t.replace(fold=1).utcoffset() for t in (begin, finish)))
    event = card_alarm(summary=summary, start=begin, end=finish, timezone=zone)
    [back] = read_events(write_calendar([event], now=NOW)).events
    assert back.uid == event.uid
    assert back.timezone == zone
    assert back.start.timestamp() == begin.timestamp() and back.end.timestamp() == finish.timestamp()
    assert back.start.utcoffset() == back.start.astimezone(ZoneInfo(zone)).utcoffset()
    expected = "".join(c for c in summary if c in "\t\r\n" or (ord(c) >= 32 and ord(c) != 127))
    assert back.summary == expected.replace("\r\n", "\n").replace("\r", "\n").strip()
