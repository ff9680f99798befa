"""Reading `.ics` files: real client exports, damaged files, the wild corpus, and fuzzing."""

from __future__ import annotations

import warnings
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lastimpression.core.icsfile import (
    DEFAULT_KEYWORDS,
    IcsAttendee,
    IcsError,
    IcsReport,
    read_events,
)

PARIS = ZoneInfo("Europe/Paris")
UTC = ZoneInfo("UTC")
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "ics-wild"
CORPUS_FILES = sorted(CORPUS.glob("*.ics")) if CORPUS.is_dir() else []


def ics(*lines: str, newline: str = "\r\n") -> bytes:
    """A calendar file from its content lines, UTF-8."""
    return (newline.join(lines) + newline).encode("utf-8")


def calendar(*event_lines: str, header: tuple[str, ...] = ()) -> bytes:
    """A calendar holding one VEVENT made of ``event_lines``."""
    return ics(
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Test//EN",
        *header,
        "BEGIN:VEVENT",
        *event_lines,
        "END:VEVENT",
        "END:VCALENDAR",
    )


def only_event(data: bytes, **options):
    report = read_events(data, **options)
    assert len(report.events) == 1, report
    return report.events[0]


GOOGLE_INVITE = ics(
    "BEGIN:VCALENDAR",
    "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    "METHOD:REQUEST",
    "X-WR-TIMEZONE:Europe/Paris",
    "BEGIN:VEVENT",
    "DTSTART:20260305T130000Z",
    "DTEND:20260305T140000Z",
    "DTSTAMP:20260220T091500Z",
    "ORGANIZER;CN=Claire Martin:mailto:claire.martin@acme.example",
    "UID:7kukuqrfedlm2f9t0vr2ff6tsm@google.com",
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Claire Martin;",
    " X-NUM-GUESTS=0:mailto:claire.martin@acme.example",
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Marc Lef",
    " èvre;X-NUM-GUESTS=0:mailto:marc.lefevre@acme.example",
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=camille.d",
    " upont@example.org;X-NUM-GUESTS=0:mailto:camille.dupont@example.org",
    "X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij",
    "CREATED:20260220T091400Z",
    "DESCRIPTION:Entretien pour le poste de cheffe de projet.\\nRejoindre avec Goog",
    " le Meet : https://meet.google.com/abc-defg-hij",
    "LOCATION:",
    "SEQUENCE:2",
    "STATUS:CONFIRMED",
    "SUMMARY:Entretien RH – Acme",
    "TRANSP:OPAQUE",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "DESCRIPTION:This is an event reminder",
    "TRIGGER:-P0DT0H30M0S",
    "END:VALARM",
    "END:VEVENT",
    "END:VCALENDAR",
)

OUTLOOK_INVITE = ics(
    "BEGIN:VCALENDAR",
    "METHOD:REQUEST",
    "PRODID:Microsoft Exchange Server 2010",
    "VERSION:2.0",
    "BEGIN:VTIMEZONE",
    "TZID:Romance Standard Time",
    "BEGIN:STANDARD",
    "DTSTART:16010101T030000",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
    "BEGIN:VEVENT",
    'ORGANIZER;CN="Durand, Émilie":mailto:emilie.durand@banque.example',
    'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Durand, Émilie":',
    " mailto:emilie.durand@banque.example",
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=moi@example.org:",
    " MAILTO:Moi@Example.org",
    "ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN=Salle Rivoli:mailto:",
    " rivoli@banque.example",
    "DESCRIPTION;LANGUAGE=fr-FR:Bonjour\\,\\n\\nMerci de rejoindre la réunion Teams :",
    " \\n<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTk4%40thread.v2/",
    " 0?context=%7b%22Tid%22%3a%22x%22%7d>\\n",
    "UID:040000008200E00074C5B7101A82E00800000000B0C3A1B2C3D4DC01000000000000000010",
    " 000000A1B2C3D4E5F6",
    "SUMMARY;LANGUAGE=fr-FR:Échange avec l'équipe Data",
    "DTSTART;TZID=Romance Standard Time:20260610T100000",
    "DTEND;TZID=Romance Standard Time:20260610T113000",
    "CLASS:PUBLIC",
    "PRIORITY:5",
    "DTSTAMP:20260601T080000Z",
    "TRANSP:OPAQUE",
    "STATUS:CONFIRMED",
    "SEQUENCE:0",
    "LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams",
    "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
    "END:VEVENT",
    "END:VCALENDAR",
)


# --- real client exports ---------------------------------------------------------------------


def test_google_invite_gives_the_time_in_the_calendars_zone_and_the_people_invited():
    report = read_events(GOOGLE_INVITE, own_addresses=["camille.dupont@example.org"])
    assert report.method == "REQUEST"
    assert [n for n in report.notices if n.startswith("icalendar")] == []
    [event] = report.events
    assert event.uid == "7kukuqrfedlm2f9t0vr2ff6tsm@google.com"
    assert event.recurrence_id is None
    assert event.key == event.uid
    assert event.start.isoformat() == "2026-03-05T14:00:00+01:00"
    assert event.end.isoformat() == "2026-03-05T15:00:00+01:00"
    assert event.timezone == "Europe/Paris"
    assert event.start.tzinfo == PARIS
    assert event.summary == "Entretien RH – Acme"
    assert event.description.startswith("Entretien pour le poste de cheffe de projet.\nRejoindre")
    assert event.sequence == 2
    assert event.attendees == [
        IcsAttendee("Claire Martin", "claire.martin@acme.example"),
        IcsAttendee("Marc Lefèvre", "marc.lefevre@acme.example"),
    ]
    assert event.is_interview
    assert not event.cancelled
    assert not event.all_day
    assert event.video_url == "https://meet.google.com/abc-defg-hij"


def test_outlook_invite_maps_romance_standard_time_to_paris_and_flips_last_first_names():
    report = read_events(OUTLOOK_INVITE, own_addresses=["moi@example.org"])
    [event] = report.events
    assert event.start.isoformat() == "2026-06-10T10:00:00+02:00"
    assert event.end.isoformat() == "2026-06-10T11:30:00+02:00"
    assert event.timezone == "Europe/Paris"
    assert event.uid.startswith("040000008200E00074C5B7101A82E008") and event.uid.endswith("F6")
    # The organizer once, the user (whatever the case of the address) and the room not at all.
    assert event.attendees == [IcsAttendee("Émilie Durand", "emilie.durand@banque.example")]
    assert event.summary == "Échange avec l'équipe Data"
    assert event.is_interview
    assert event.location == "Réunion Microsoft Teams"
    assert event.video_url is not None
    assert event.video_url.startswith("https://teams.microsoft.com/l/meetup-join/19%3ameeting_")
    assert not [n for n in report.notices if "zone" in n]


def test_eastern_standard_time_without_vtimezone_is_new_york():
    event = only_event(
        calendar(
            "UID:est-1",
            "SUMMARY:Interview with Jordan",
            "DTSTART;TZID=Eastern Standard Time:20260115T090000",
            "DTEND;TZID=Eastern Standard Time:20260115T100000",
        )
    )
    assert event.timezone == "America/New_York"
    assert event.start.isoformat() == "2026-01-15T09:00:00-05:00"
    assert event.end.isoformat() == "2026-01-15T10:00:00-05:00"


def test_eastern_standard_time_follows_daylight_saving_in_summer():
    event = only_event(
        calendar(
            "UID:est-2",
            "DTSTART;TZID=Eastern Standard Time:20260715T090000",
            "DTEND;TZID=Eastern Standard Time:20260715T100000",
        )
    )
    assert event.start.isoformat() == "2026-07-15T09:00:00-04:00"


def test_utc_time_without_calendar_zone_stays_in_utc():
    event = only_event(calendar("UID:z", "DTSTART:20260305T130000Z", "DTEND:20260305T140000Z"))
    assert event.timezone == "UTC"
    assert event.start.isoformat() == "2026-03-05T13:00:00+00:00"
    assert event.start.tzinfo == UTC


def test_floating_time_is_read_in_the_default_zone_with_a_notice():
    report = read_events(
        calendar("UID:f", "SUMMARY:Call with Claire", "DTSTART:20260305T140000", "DTEND:20260305T150000"),
        default_timezone="America/Montreal",
    )
    [event] = report.events
    assert event.timezone == "America/Montreal"
    assert event.start.isoformat() == "2026-03-05T14:00:00-05:00"
    assert any("floating" in n and "America/Montreal" in n for n in report.notices)


def test_floating_time_uses_the_calendars_own_zone_when_it_declares_one():
    event = only_event(
        calendar(
            "UID:f2",
            "DTSTART:20260305T140000",
            "DTEND:20260305T150000",
            header=("X-WR-TIMEZONE:America/New_York",),
        )
    )
    assert event.timezone == "America/New_York"
    assert event.start.isoformat() == "2026-03-05T14:00:00-05:00"


def test_all_day_event_starts_at_midnight_in_the_default_zone():
    event = only_event(
        calendar(
            "UID:day",
            "SUMMARY:Forum de l'emploi",
            "DTSTART;VALUE=DATE:20260402",
            "DTEND;VALUE=DATE:20260403",
        )
    )
    assert event.all_day
    assert event.timezone == "Europe/Paris"
    assert event.start.isoformat() == "2026-04-02T00:00:00+02:00"
    assert event.end.isoformat() == "2026-04-03T00:00:00+02:00"


def test_all_day_event_without_end_lasts_one_day():
    event = only_event(calendar("UID:day2", "DTSTART;VALUE=DATE:20261225"))
    assert event.end.isoformat() == "2026-12-26T00:00:00+01:00"


def test_missing_dtend_uses_duration():
    event = only_event(calendar("UID:d", "DTSTART;TZID=Europe/Paris:20260305T140000", "DURATION:PT45M"))
    assert event.end.isoformat() == "2026-03-05T14:45:00+01:00"


def test_missing_dtend_and_duration_assumes_one_hour_with_a_notice():
    report = read_events(calendar("UID:d2", "DTSTART;TZID=Europe/Paris:20260305T140000"))
    assert report.events[0].end.isoformat() == "2026-03-05T15:00:00+01:00"
    assert any("one hour assumed" in n for n in report.notices)


def test_duration_across_the_spring_change_keeps_the_wall_clock_day():
    event = only_event(calendar("UID:d3", "DTSTART;TZID=Europe/Paris:20260328T100000", "DURATION:P1D"))
    assert event.end.isoformat() == "2026-03-29T10:00:00+02:00"


# --- wall times on the nights the clocks change (RFC 5545 §3.3.5) ------------------------------


def real_minutes(event) -> float:
    return (event.end.timestamp() - event.start.timestamp()) / 60


@pytest.mark.parametrize(
    "start",
    ["DTSTART;TZID=Europe/Paris:20270328T023000", "DTSTART:20270328T023000"],
    ids=["tzid", "floating"],
)
def test_a_start_skipped_by_the_spring_change_is_read_with_the_offset_before_the_gap(start):
    report = read_events(calendar("UID:gap", "SUMMARY:Entretien", start, "DURATION:PT45M"))
    [event] = report.events
    assert event.start.isoformat() == "2027-03-28T03:30:00+02:00"
    assert event.end.isoformat() == "2027-03-28T04:15:00+02:00"
    assert any(
        "'Entretien' starts at 2027-03-28T02:30, which does not exist in Europe/Paris" in n and "read as 03:30" in n
        for n in report.notices
    ), report.notices


def test_a_skipped_start_keeps_the_length_its_file_gives_rather_than_ending_as_it_starts():
    event = only_event(
        calendar("UID:gap2", "DTSTART;TZID=Europe/Paris:20270328T023000", "DTEND;TZID=Europe/Paris:20270328T033000")
    )
    assert event.start.isoformat() == "2027-03-28T03:30:00+02:00"
    assert real_minutes(event) == 60


def test_a_skipped_start_never_refuses_the_file_when_its_end_falls_before_it():
    event = only_event(
        calendar(
            "UID:gap3",
            "DTSTART;TZID=America/New_York:20270314T023000",
            "DTEND;TZID=America/New_York:20270314T030000",
        )
    )
    assert event.start.isoformat() == "2027-03-14T03:30:00-04:00"
    assert real_minutes(event) == 30


def test_an_end_skipped_by_the_spring_change_is_read_with_the_offset_before_the_gap():
    event = only_event(
        calendar("UID:gap4", "DTSTART;TZID=Europe/Paris:20270328T013000", "DTEND;TZID=Europe/Paris:20270328T021500")
    )
    assert event.end.isoformat() == "2027-03-28T03:15:00+02:00"
    assert real_minutes(event) == 45


def test_a_start_that_happens_twice_is_the_first_one_and_a_duration_in_minutes_is_real_time():
    report = read_events(calendar("UID:fold", "DTSTART;TZID=Europe/Paris:20271031T023000", "DURATION:PT30M"))
    [event] = report.events
    assert event.start.isoformat() == "2027-10-31T02:30:00+02:00"
    assert event.end.isoformat() == "2027-10-31T02:00:00+01:00"
    assert real_minutes(event) == 30
    assert any("happens twice in Europe/Paris" in n and "the first one" in n for n in report.notices)


def test_the_hour_assumed_without_an_end_is_a_real_hour_across_the_autumn_change():
    event = only_event(calendar("UID:fold2", "DTSTART;TZID=Europe/Paris:20271031T023000"))
    assert real_minutes(event) == 60


def test_a_duration_in_days_lands_on_the_same_wall_time_even_in_the_gap():
    event = only_event(calendar("UID:days", "DTSTART;TZID=Europe/Paris:20270327T023000", "DURATION:P1DT30M"))
    assert event.end.isoformat() == "2027-03-28T04:00:00+02:00"


# --- recurrences -----------------------------------------------------------------------------

WEEKLY = calendar(
    "UID:loop@acme.example",
    "SUMMARY:Interview loop",
    "DTSTART;TZID=Europe/Paris:20260302T100000",
    "DTEND;TZID=Europe/Paris:20260302T110000",
    "RRULE:FREQ=WEEKLY;COUNT=6",
    "EXDATE;TZID=Europe/Paris:20260309T100000",
)


def test_weekly_series_without_window_gives_its_first_occurrence_and_says_so():
    report = read_events(WEEKLY)
    [event] = report.events
    assert event.start.isoformat() == "2026-03-02T10:00:00+01:00"
    assert event.recurrence_id == "20260302T090000Z"
    assert event.key == "loop@acme.example;RECURRENCE-ID=20260302T090000Z"
    assert any("repeats" in n and "first occurrence" in n for n in report.notices)


def test_weekly_series_with_window_gives_each_occurrence_in_it_without_excluded_dates():
    window = (datetime(2026, 3, 1, tzinfo=PARIS), datetime(2026, 4, 1, tzinfo=PARIS))
    report = read_events(WEEKLY, window=window)
    starts = [e.start.isoformat() for e in report.events]
    # 9 March is excluded; 30 March is after the spring change (+02:00).
    assert starts == [
        "2026-03-02T10:00:00+01:00",
        "2026-03-16T10:00:00+01:00",
        "2026-03-23T10:00:00+01:00",
        "2026-03-30T10:00:00+02:00",
    ]
    assert len({e.key for e in report.events}) == 4
    assert all(e.uid == "loop@acme.example" and e.end - e.start == timedelta(hours=1) for e in report.events)


def test_occurrence_keys_are_stable_across_imports_with_different_windows():
    march = read_events(WEEKLY, window=(datetime(2026, 3, 1, tzinfo=PARIS), datetime(2026, 4, 1, tzinfo=PARIS)))
    april = read_events(WEEKLY, window=(datetime(2026, 3, 20, tzinfo=PARIS), datetime(2026, 5, 1, tzinfo=PARIS)))
    assert {e.key for e in march.events} & {e.key for e in april.events} == {
        "loop@acme.example;RECURRENCE-ID=20260323T090000Z",
        "loop@acme.example;RECURRENCE-ID=20260330T080000Z",
    }


def test_moved_occurrence_takes_its_new_time_and_keeps_its_original_key():
    data = ics(
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Test//EN",
        "BEGIN:VEVENT",
        "UID:series",
        "SUMMARY:Weekly call",
        "DTSTART;TZID=Europe/Paris:20260302T100000",
        "DURATION:PT30M",
        "RRULE:FREQ=WEEKLY;COUNT=3",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:series",
        "RECURRENCE-ID;TZID=Europe/Paris:20260309T100000",
        "SUMMARY:Weekly call (moved)",
        "DTSTART;TZID=Europe/Paris:20260310T150000",
        "DTEND;TZID=Europe/Paris:20260310T153000",
        "END:VEVENT",
        "END:VCALENDAR",
    )
    window = (datetime(2026, 3, 1, tzinfo=PARIS), datetime(2026, 4, 1, tzinfo=PARIS))
    events = read_events(data, window=window).events
    assert [(e.start.isoformat(), e.recurrence_id, e.summary) for e in events] == [
        ("2026-03-02T10:00:00+01:00", "20260302T090000Z", "Weekly call"),
        ("2026-03-10T15:00:00+01:00", "20260309T090000Z", "Weekly call (moved)"),
        ("2026-03-16T10:00:00+01:00", "20260316T090000Z", "Weekly call"),
    ]


def test_unreadable_rrule_imports_the_first_date_with_a_notice():
    report = read_events(calendar("UID:r", "DTSTART:20260302T100000Z", "DURATION:PT1H", "RRULE:FREQ=SOMETIMES"))
    assert [e.start.isoformat() for e in report.events] == ["2026-03-02T10:00:00+00:00"]
    assert any(n.startswith("line 8: ignored RRULE") for n in report.notices)


@pytest.mark.parametrize(
    "rule",
    [
        ("DTSTART:00010101T100000Z", "DURATION:PT1H", "RRULE:FREQ=DAILY"),
        ("DTSTART:20260101T100000Z", "DURATION:P9D", "RRULE:FREQ=SECONDLY"),
        (
            "DTSTART:20260101T100000Z",
            "DURATION:PT1H",
            "RRULE:FREQ=DAILY;BYHOUR=1,2,3,4,5,6;BYMINUTE=1,2,3,4,5,6,7,8,9,10",
        ),
    ],
    ids=["daily-since-year-1", "every-second-lasting-days", "every-minute-by-parts"],
)
def test_series_too_dense_to_list_is_imported_at_its_first_date(rule):
    window = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2036, 1, 1, tzinfo=UTC))
    report = read_events(calendar("UID:dense", *rule), window=window)
    assert [e.start for e in report.events] == [report.events[0].start]
    assert report.events[0].start.isoformat()[:10] in ("0001-01-01", "2026-01-01")
    assert any("repeats too often" in n for n in report.notices)


def test_long_series_in_a_long_window_is_cut_at_500_occurrences_with_a_notice():
    window = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2036, 1, 1, tzinfo=UTC))
    report = read_events(calendar("UID:daily", "DTSTART:20260101T080000Z", "RRULE:FREQ=DAILY"), window=window)
    assert len(report.events) == 500
    assert report.events[-1].start.isoformat() == "2027-05-15T08:00:00+00:00"
    assert any("more than 500 occurrences" in n for n in report.notices)


# --- bytes and lines -------------------------------------------------------------------------

LONG_DESCRIPTION = (
    "Bonjour Camille, merci d'avoir accepté cet entretien. Vous rencontrerez Claire Martin "
    "(directrice technique) puis Marc Lefèvre (RH). Prévoyez une heure et demie."
)


def folded_description_file(newline: str) -> bytes:
    line = "DESCRIPTION:" + LONG_DESCRIPTION
    folded = [line[:75]] + [" " + line[i : i + 74] for i in range(75, len(line), 74)]
    return ics(
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Test//EN",
        "BEGIN:VEVENT",
        "UID:folded",
        "DTSTART:20260305T130000Z",
        *folded,
        "END:VEVENT",
        "END:VCALENDAR",
        newline=newline,
    )


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"], ids=["crlf", "lf", "cr"])
def test_folded_long_description_is_unfolded_whatever_the_line_ends(newline):
    event = only_event(folded_description_file(newline))
    assert event.description == LONG_DESCRIPTION
    assert event.start.isoformat() == "2026-03-05T13:00:00+00:00"


def test_fold_inside_a_multibyte_character_is_unfolded_before_decoding():
    data = calendar("UID:mb", "DTSTART:20260305T130000Z", "SUMMARY:Entretien — Acme").replace(
        "—".encode(), b"\xe2\x80\r\n \x94"
    )
    assert only_event(data).summary == "Entretien — Acme"


def test_latin1_bytes_are_read_as_windows_1252_with_a_notice_naming_the_line():
    data = calendar("UID:latin", "DTSTART:20260305T130000Z", "SUMMARY:Entretien RH").replace(
        b"SUMMARY:Entretien RH", "SUMMARY:Échange à Lyon".encode("latin-1")
    )
    report = read_events(data)
    assert report.events[0].summary == "Échange à Lyon"
    assert report.events[0].is_interview
    assert "line 7: not valid UTF-8, read as Windows-1252" in report.notices


def test_byte_order_marks_are_ignored():
    data = calendar("UID:bom", "DTSTART:20260305T130000Z", "SUMMARY:Café")
    assert only_event(b"\xef\xbb\xbf" + data).summary == "Café"
    utf16 = b"\xff\xfe" + data.decode().encode("utf-16-le")
    assert only_event(utf16).summary == "Café"


def test_unreadable_line_that_does_not_matter_is_ignored_with_a_notice():
    report = read_events(calendar("UID:x", "DTSTART:20260305T130000Z", "X-APPLE-RADIUS=49.91307046514149"))
    assert len(report.events) == 1
    assert "line 7: ignored unreadable line 'X-APPLE-RADIUS=49.91307046514149'" in report.notices


# --- people, status, keywords ----------------------------------------------------------------


def test_cancelled_status_marks_the_event_cancelled():
    event = only_event(calendar("UID:c", "DTSTART:20260305T130000Z", "STATUS:CANCELLED"))
    assert event.cancelled


def test_method_cancel_marks_every_event_cancelled():
    report = read_events(calendar("UID:c2", "DTSTART:20260305T130000Z", "SEQUENCE:3", header=("METHOD:CANCEL",)))
    assert report.method == "CANCEL"
    assert report.events[0].cancelled
    assert report.events[0].sequence == 3


def test_own_addresses_are_excluded_case_insensitively_and_mailto_is_stripped():
    event = only_event(
        calendar(
            "UID:people",
            "DTSTART:20260305T130000Z",
            "ORGANIZER:mailto:Camille@Example.org",
            "ATTENDEE;CN=Jean Dupont:MAILTO:jean.dupont@acme.example",
            "ATTENDEE:mailto:sans.nom@acme.example",
            "ATTENDEE;CN=camille@example.org:mailto:camille@example.org",
        ),
        own_addresses=["mailto:CAMILLE@example.org"],
    )
    assert event.attendees == [
        IcsAttendee("Jean Dupont", "jean.dupont@acme.example"),
        IcsAttendee("", "sans.nom@acme.example"),
    ]


def test_organizer_is_an_attendee_when_not_the_user():
    event = only_event(
        calendar(
            "UID:org",
            "DTSTART:20260305T130000Z",
            'ORGANIZER;CN="Durand, Émilie":mailto:emilie.durand@banque.example',
        )
    )
    assert event.attendees == [IcsAttendee("Émilie Durand", "emilie.durand@banque.example")]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Entretien RH", True),
        ("Échange avec l'équipe", True),
        ("echange avec l'equipe", True),
        ("Call with Claire", True),
        ("Interviews round 2", True),
        ("Entrevue – Desjardins", True),
        ("Visio avec Marc", True),
        ("Phone screen with Acme", True),
        ("Dentist", False),
        ("Recall the plumber", False),
        ("Déjeuner chez Maman", False),
    ],
)
def test_interview_keywords_match_whole_words_without_case_or_accents(title, expected):
    event = only_event(calendar("UID:k", "DTSTART:20260305T130000Z", f"SUMMARY:{title}"))
    assert event.is_interview is expected


def test_interview_keywords_are_configurable():
    data = calendar("UID:k2", "DTSTART:20260305T130000Z", "SUMMARY:Dentist")
    assert only_event(data, keywords=["dentist"]).is_interview
    assert not only_event(data, keywords=[]).is_interview
    assert "entretien" in DEFAULT_KEYWORDS and "interview" in DEFAULT_KEYWORDS


def test_description_alone_does_not_make_an_interview():
    event = only_event(
        calendar(
            "UID:k3",
            "DTSTART:20260305T130000Z",
            "SUMMARY:Weekly sync",
            "DESCRIPTION:Join the call: https://acme.zoom.us/j/123456789?pwd=abc",
        )
    )
    assert not event.is_interview
    assert event.video_url == "https://acme.zoom.us/j/123456789?pwd=abc"


# --- identity --------------------------------------------------------------------------------


def test_event_without_uid_gets_one_that_is_stable_across_imports():
    data = calendar("DTSTART:20260305T130000Z", "SUMMARY:Sans UID", "DTSTAMP:20260301T000000Z")
    again = data.replace(b"DTSTAMP:20260301T000000Z", b"DTSTAMP:20260302T000000Z")
    first, second = read_events(data), read_events(again)
    assert first.events[0].uid == second.events[0].uid
    assert first.events[0].uid.startswith("lastimpression-")
    assert any("has no UID" in n for n in first.notices)


def test_copies_of_one_event_keep_the_highest_sequence():
    data = ics(
        "BEGIN:VCALENDAR",
        "BEGIN:VEVENT",
        "UID:dup",
        "SEQUENCE:2",
        "DTSTART:20260305T150000Z",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:dup",
        "SEQUENCE:1",
        "DTSTART:20260305T130000Z",
        "END:VEVENT",
        "END:VCALENDAR",
    )
    report = read_events(data)
    assert [(e.sequence, e.start.hour) for e in report.events] == [(2, 15)]
    assert any("more than once" in n for n in report.notices)


# --- time zones ------------------------------------------------------------------------------

CUSTOM_ZONE = (
    "BEGIN:VTIMEZONE",
    "TZID:GMT +0100 (Standard) / GMT +0200 (Daylight)",
    "BEGIN:STANDARD",
    "DTSTART:16010101T030000",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
)


# The same name, another definition: three hours ahead of UTC all year.
PLUS_THREE_ZONE = tuple(line.replace(":+0100", ":+0300").replace(":+0200", ":+0300") for line in CUSTOM_ZONE)


def test_custom_vtimezone_gives_the_instant_shown_in_the_default_zone_when_clocks_agree():
    event = only_event(
        calendar(
            "UID:custom",
            'DTSTART;TZID="GMT +0100 (Standard) / GMT +0200 (Daylight)":20260703T100000',
            'DTEND;TZID="GMT +0100 (Standard) / GMT +0200 (Daylight)":20260703T103000',
            header=CUSTOM_ZONE,
        )
    )
    assert event.timezone == "Europe/Paris"
    assert event.start.isoformat() == "2026-07-03T10:00:00+02:00"


def test_custom_vtimezone_that_matches_no_candidate_is_shown_at_its_fixed_offset():
    event = only_event(
        calendar(
            "UID:custom3",
            'DTSTART;TZID="GMT +0100 (Standard) / GMT +0200 (Daylight)":20260703T100000',
            header=PLUS_THREE_ZONE,
        )
    )
    assert event.timezone == "Etc/GMT-3"
    assert event.start.isoformat() == "2026-07-03T10:00:00+03:00"


def test_a_custom_zone_from_one_file_never_leaks_into_another():
    first = read_events(
        calendar(
            "UID:a",
            'DTSTART;TZID="GMT +0100 (Standard) / GMT +0200 (Daylight)":20260703T100000',
            header=PLUS_THREE_ZONE,
        )
    )
    assert first.events[0].start.isoformat() == "2026-07-03T10:00:00+03:00"
    report = read_events(
        calendar("UID:b", 'DTSTART;TZID="GMT +0100 (Standard) / GMT +0200 (Daylight)":20260703T100000')
    )
    assert report.events[0].start.isoformat() == "2026-07-03T10:00:00+02:00"
    assert any("unknown time zone" in n for n in report.notices)


def test_unknown_tzid_without_vtimezone_is_read_in_the_default_zone_with_a_notice():
    report = read_events(calendar("UID:u", "DTSTART;TZID=CUSTOM_tzid:20260829T080000"))
    assert report.events[0].timezone == "Europe/Paris"
    assert report.events[0].start.isoformat() == "2026-08-29T08:00:00+02:00"
    assert (
        "line 6: unknown time zone 'CUSTOM_tzid' and no usable VTIMEZONE: its times are read as local time"
        in report.notices
    )


def test_globally_unique_tzid_is_read_as_its_iana_zone_with_a_notice():
    report = read_events(
        calendar("UID:g", "DTSTART;TZID=/freeassociation.sourceforge.net/Europe/Berlin:20260426T140000")
    )
    assert report.events[0].timezone == "Europe/Berlin"
    assert report.events[0].start.isoformat() == "2026-04-26T14:00:00+02:00"
    assert any("read as Europe/Berlin" in n for n in report.notices)


# --- refusals --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "line", "words"),
    [
        (calendar("UID:b", "DTSTART:INVALID-DATE"), 6, "DTSTART cannot be read"),
        (calendar("UID:b", "DTSTART;;VALUE=DATE-TIME:20140409T093000"), 6, "unreadable DTSTART"),
        (calendar("UID:b", "DTSTART:20260305T130000Z", "DTEND:20260305T120000Z"), 7, "ends before"),
        (calendar("UID:b", "DTSTART:20260305T130000Z", "DURATION:P999999999999999999W"), 7, "DURATION"),
        (ics("BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:20260305T130000Z", "END:VEVENT"), 1, "never closed"),
        (
            ics("BEGIN:VCALENDAR", "BEGIN:VEVENT", "END:VTODO", "END:VCALENDAR"),
            3,
            "does not close BEGIN:VEVENT of line 2",
        ),
        (ics("BEGIN:VEVENT", "END:VEVENT"), 1, "starts with BEGIN:VCALENDAR"),
        (b"<html><body>Not found</body></html>", 1, "not an iCalendar file"),
        (b"", None, "no BEGIN:VCALENDAR"),
    ],
    ids=[
        "bad-dtstart",
        "unreadable-dtstart",
        "end-before-start",
        "huge-duration",
        "truncated",
        "end-mismatch",
        "no-vcalendar",
        "html",
        "empty",
    ],
)
def test_damaged_file_is_refused_naming_the_line(data, line, words):
    with pytest.raises(IcsError) as refused:
        read_events(data)
    assert refused.value.line == line
    assert words in refused.value.message
    assert str(refused.value).startswith(f"line {line}: " if line else refused.value.message)


def test_one_broken_event_refuses_the_whole_file():
    data = ics(
        "BEGIN:VCALENDAR",
        "BEGIN:VEVENT",
        "UID:good",
        "DTSTART:20260305T130000Z",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:bad",
        "DTSTART:2026-03-05",
        "END:VEVENT",
        "END:VCALENDAR",
    )
    with pytest.raises(IcsError) as refused:
        read_events(data)
    assert refused.value.line == 8


def test_event_without_start_is_skipped_with_a_notice():
    report = read_events(
        ics(
            "BEGIN:VCALENDAR",
            "BEGIN:VEVENT",
            "UID:nostart",
            "SUMMARY:Quelque chose",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:ok",
            "DTSTART:20260305T130000Z",
            "END:VEVENT",
            "END:VCALENDAR",
        )
    )
    assert [e.uid for e in report.events] == ["ok"]
    assert "line 2: skipped 'Quelque chose': it has no start (DTSTART)" in report.notices


def test_bad_arguments_are_programming_errors():
    with pytest.raises(ValueError, match="unknown time zone"):
        read_events(WEEKLY, default_timezone="Mars/Olympus")
    with pytest.raises(ValueError, match="aware"):
        read_events(WEEKLY, window=(datetime(2026, 1, 1), datetime(2026, 2, 1)))


def test_warnings_raised_while_reading_become_notices_and_do_not_escape(monkeypatch):
    original = icalendar.Calendar.from_ical

    def warning_from_ical(*args, **kwargs):
        warnings.warn("something odd in this file", UserWarning, stacklevel=2)
        return original(*args, **kwargs)

    monkeypatch.setattr(icalendar.Calendar, "from_ical", warning_from_ical)
    with warnings.catch_warnings(record=True) as escaped:
        warnings.simplefilter("always")
        report = read_events(WEEKLY)
    assert escaped == []
    assert "icalendar: something odd in this file" in report.notices


# --- the wild corpus -------------------------------------------------------------------------


@pytest.mark.parametrize("path", CORPUS_FILES or [None], ids=lambda p: p.name if p else "absent")
def test_corpus_file_imports_or_is_refused_naming_the_line(path):
    if path is None:
        pytest.skip(f"corpus of real .ics files not found at {CORPUS}")
    try:
        report = read_events(path.read_bytes())
    except IcsError as refused:
        assert refused.message
        assert isinstance(refused.line, int) and refused.line >= 1, refused
        return
    assert isinstance(report, IcsReport)
    for event in report.events:
        assert event.uid
        assert event.start.tzinfo == ZoneInfo(event.timezone)
        assert event.start <= event.end


CORPUS_EXPECTATIONS = {
    "broken_dtstart.ics": 6,
    "issue_1081_invalid_start_and_end.ics": 6,
    "invalid_duration.ics": 8,
    "small_bad_calendar.ics": 1,
    "pr_480_summary_with_colon.ics": 1,
    "timezone_same_start_and_offset.ics": 23,
    "fuzz_testcase_0_char_in_component_name.ics": 1,
    "issue_104_broken_calendar.ics": "2014-04-01T00:00:00+00:00 UTC",
    "issue_165_missing_event.ics": "2015-07-03T10:00:00+02:00 Europe/Paris",
    "issue_218_bad_tzid.ics": "2017-02-28T23:00:00+11:00 Etc/GMT-11",
    "pacific_fiji.ics": "2014-08-29T08:00:00+12:00 Pacific/Fiji",
    "america_new_york.ics": "2014-08-29T08:00:00-04:00 America/New_York",
    "timezone_rdate.ics": "2012-02-13T10:00:00+01:00 Europe/Vaduz",
}


@pytest.mark.parametrize("name", sorted(CORPUS_EXPECTATIONS))
def test_notable_corpus_files(name):
    if not CORPUS_FILES:
        pytest.skip(f"corpus of real .ics files not found at {CORPUS}")
    expected = CORPUS_EXPECTATIONS[name]
    data = (CORPUS / name).read_bytes()
    if isinstance(expected, int):
        with pytest.raises(IcsError) as refused:
            read_events(data)
        assert refused.value.line == expected
    else:
        [event] = read_events(data).events
        assert f"{event.start.isoformat()} {event.timezone}" == expected


# --- fuzzing ---------------------------------------------------------------------------------

SAMPLE_LINES = [line.decode() for line in (WEEKLY + OUTLOOK_INVITE).splitlines() if line and not line.startswith(b" ")]
INTERESTING_LINES = [
    "BEGIN:VCALENDAR",
    "END:VCALENDAR",
    "BEGIN:VEVENT",
    "END:VEVENT",
    "BEGIN:VTIMEZONE",
    "END:VTIMEZONE",
    "BEGIN:VALARM",
    "DTSTART:00010101T000000Z",
    "DTSTART:99991231T235959Z",
    "DTSTART;VALUE=DATE:99991231",
    "DTSTART;VALUE=TIME:100000",
    "DTSTART:PT1H",
    "DTSTART;TZID=Nowhere/Land:20260101T100000",
    "DTEND;VALUE=DATE:00010101",
    "DURATION:-PT1H",
    "DURATION:P99999D",
    "RRULE:FREQ=SECONDLY",
    "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
    "RRULE:FREQ=DAILY;UNTIL=20260101",
    "RDATE;VALUE=PERIOD:20260101T100000Z/PT1H",
    "RDATE;VALUE=TIME:083000",
    "EXDATE:",
    "RECURRENCE-ID:20260309T090000Z",
    "TZID:Romance Standard Time",
    "TZOFFSETTO:+9999",
    "SEQUENCE:-4",
    "X-WR-TIMEZONE:Nowhere",
    "METHOD:CANCEL",
    'ATTENDEE;CN="a,b";CUTYPE=ROOM:mailto:',
]
line_strategy = st.one_of(
    st.sampled_from(SAMPLE_LINES + INTERESTING_LINES),
    st.text(max_size=40),
)
FUZZ_WINDOW = (datetime(2020, 1, 1, tzinfo=UTC), datetime(2030, 1, 1, tzinfo=UTC))


def read_or_refuse(data: bytes, window=None) -> None:
    try:
        read_events(data, window=window)
    except IcsError as refused:
        assert refused.message
        assert refused.line is None or refused.line >= 1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_arbitrary_bytes_are_read_or_refused(data):
    read_or_refuse(data)
    read_or_refuse(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + data + b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.sampled_from(["delete", "duplicate", "replace", "insert"]), st.integers(0, 80), line_strategy),
        min_size=1,
        max_size=5,
    ),
    st.sampled_from([WEEKLY, OUTLOOK_INVITE, GOOGLE_INVITE]),
    st.booleans(),
)
def test_mutated_valid_files_are_read_or_refused(mutations, base, with_window):
    lines = base.decode().split("\r\n")
    for operation, position, new_line in mutations:
        index = position % len(lines)
        if operation == "delete":
            del lines[index]
        elif operation == "duplicate":
            lines.insert(index, lines[index])
        elif operation == "replace":
            lines[index] = new_line
        else:
            lines.insert(index, new_line)
        if not lines:
            lines = [""]
    data = "\r\n".join(lines).encode("utf-8", "surrogatepass")
    read_or_refuse(data, window=FUZZ_WINDOW if with_window else None)
