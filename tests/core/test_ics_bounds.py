"""Bounded work on hostile calendars: a small file built to be slow or deep is read in bounded
time, and what cannot be read is refused in one line naming the line, in French and English.
docs/reliability.md counts these cases."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import Any

import pytest

from lastimpression.core.icsfile import IcsError, IcsReport, Notice, read_events
from lastimpression.core.icslimits import MAX_DEPTH, MAX_EVENTS, MAX_FILE_BYTES, MAX_LINE_BYTES, MAX_LINES

WINDOW = (datetime(2026, 11, 3, tzinfo=UTC), datetime(2027, 12, 4, tzinfo=UTC))
# A bounded read of any of these files takes well under a second; the limit only tells a hang
# (the reader walking to year 9999) from a pass, without waiting for it.
HANG = 20.0


def read_in_time(data: bytes, **options: Any) -> IcsReport:
    """read_events, failing the test (not hanging it) when it does not return in HANG seconds."""
    result: dict[str, Any] = {}

    def read() -> None:
        try:
            result["report"] = read_events(data, window=WINDOW, **options)
        except BaseException as error:  # re-raised in the test's thread
            result["error"] = error

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(HANG)
    assert not reader.is_alive(), f"still reading after {HANG} s"
    if "error" in result:
        raise result["error"]
    report: IcsReport = result["report"]
    return report


def head(*lines: str) -> str:
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "".join(line + "\r\n" for line in lines)


def series(rule: str, uid: str = "x", start: str = "20261201T100000Z") -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTART:{start}\r\nDURATION:PT1H\r\nSUMMARY:Entretien\r\n"
        f"RRULE:{rule}\r\nEND:VEVENT\r\n"
    )


def test_the_198_byte_calendar_with_interval_0_is_read_at_its_first_date_with_a_notice() -> None:
    data = (head() + series("FREQ=DAILY;INTERVAL=0") + "END:VCALENDAR\r\n").encode()
    assert len(data) < 200
    report = read_in_time(data)
    assert [event.start.isoformat() for event in report.events] == ["2026-12-01T10:00:00+00:00"]
    (notice,) = [notice for notice in report.notices if "repeats too often" in notice]
    assert notice == "line 3: 'Entretien' repeats too often to list its occurrences: only its first date is imported"
    assert isinstance(notice, Notice)
    assert notice.say("fr").startswith("ligne 3\u00a0: l’événement 'Entretien' se répète trop souvent")


# Rules whose parts may leave no occurrence at all: dateutil looks for one until year 9999,
# whatever UNTIL says (7 to 20 s each before the bound, several minutes for a file of them).
NEVER = [
    "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
    "FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30",
    "FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30;UNTIL=20261205T000000Z",
    "FREQ=MINUTELY;INTERVAL=60;BYMINUTE=30",
    "FREQ=DAILY;INTERVAL=7;BYDAY=TU",
    "FREQ=MONTHLY;BYDAY=5FR;BYMONTH=2",
    "FREQ=SECONDLY;BYYEARDAY=366;BYMONTH=1",
    "FREQ=WEEKLY;INTERVAL=2;BYMONTH=2;BYMONTHDAY=31",
    "FREQ=DAILY;BYSETPOS=9;BYHOUR=1",
]


@pytest.mark.parametrize("rule", NEVER)
def test_a_rule_that_may_never_match_is_read_at_its_first_date(rule: str) -> None:
    report = read_in_time((head() + series(rule) + "END:VCALENDAR\r\n").encode())
    assert len(report.events) == 1
    assert any("repeats too often" in notice for notice in report.notices), report.notices


# Rules every period satisfies are expanded as before.
@pytest.mark.parametrize(
    ("rule", "count"),
    [
        ("FREQ=WEEKLY;BYDAY=MO,WE", 106),
        ("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", 264),
        ("FREQ=MONTHLY;BYDAY=2TU", 13),
        ("FREQ=MONTHLY;BYMONTHDAY=15", 13),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28", 2),  # the first date (DTSTART) and 28 February
        ("FREQ=DAILY;INTERVAL=2;COUNT=20", 20),
    ],
)
def test_a_sound_rule_is_still_listed_in_the_window(rule: str, count: int) -> None:
    report = read_in_time((head() + series(rule) + "END:VCALENDAR\r\n").encode())
    assert len(report.events) == count
    assert not any("too often" in notice for notice in report.notices), report.notices


def test_a_file_of_many_series_is_bounded_as_a_whole_with_a_notice() -> None:
    body = "".join(series("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", uid=f"y{i}") for i in range(30))
    body += "".join(series("FREQ=DAILY", uid=f"d{i}") for i in range(200))
    report = read_in_time((head() + body + "END:VCALENDAR\r\n").encode())
    assert len(report.events) <= MAX_EVENTS
    assert any("the file's recurring events together repeat too often" in notice for notice in report.notices)


def refused(data: bytes) -> IcsError:
    with pytest.raises(IcsError) as caught:
        read_in_time(data)
    error = caught.value
    assert "\n" not in error.say("en") and "\n" not in error.say("fr")
    return error


def test_200_nested_components_are_refused_naming_the_line() -> None:
    nested = "BEGIN:STANDARD\r\n" * 200 + "END:STANDARD\r\n" * 200
    error = refused((head("BEGIN:VTIMEZONE", "TZID:Custom") + nested + "END:VTIMEZONE\r\nEND:VCALENDAR\r\n").encode())
    line = 3 + MAX_DEPTH  # the STANDARD at depth d (VCALENDAR is 0) is on line 3 + d
    assert error.say("en") == f"line {line}: BEGIN:STANDARD nests components more than {MAX_DEPTH} deep"
    assert error.say("fr") == f"ligne {line}\u00a0: BEGIN:STANDARD imbrique des composants sur plus de 16 niveaux"


def test_a_nesting_of_100_thousand_is_refused_as_quickly() -> None:
    # 200,000 lines: under MAX_LINES, which refuses a deeper one at its line 300,001.
    nested = "BEGIN:X-A\r\n" * 100_000 + "END:X-A\r\n" * 100_000
    assert refused((head() + nested + "END:VCALENDAR\r\n").encode()).line == 2 + MAX_DEPTH


def test_more_events_than_the_bound_are_refused_naming_the_first_one_over() -> None:
    one = "BEGIN:VEVENT\r\nUID:{}\r\nDTSTART:20261201T100000Z\r\nSUMMARY:Réunion\r\nEND:VEVENT\r\n"
    body = "".join(one.format(number) for number in range(MAX_EVENTS + 1))
    error = refused((head() + body + "END:VCALENDAR\r\n").encode())
    assert error.line == 3 + 5 * MAX_EVENTS
    assert error.say("en").endswith("more than 5,000 events: export a shorter period")
    assert error.say("fr").endswith("plus de 5\u202f000 événements\u00a0: exportez une période plus courte")


def test_a_line_too_long_is_refused_naming_it_even_when_folded() -> None:
    folded = "\r\n ".join(["DESCRIPTION:" + "x" * 70] + ["y" * 74] * (MAX_LINE_BYTES // 74 + 1))
    data = head("BEGIN:VEVENT", "UID:1", "DTSTART:20261201T100000Z", folded, "END:VEVENT") + "END:VCALENDAR\r\n"
    error = refused(data.encode())
    assert error.line == 6 and error.say("en").startswith("line 6: a line of 262,")
    assert "au plus sont lus" in error.say("fr")


def test_a_file_over_the_size_bound_is_refused_before_it_is_read() -> None:
    error = refused(b"BEGIN:VCALENDAR\r\nX-A:" + b"y" * MAX_FILE_BYTES)
    assert error.say("en") == "the file is larger than 16 MB: export a shorter period"
    assert error.say("fr") == "le fichier dépasse 16\u00a0Mo\u00a0: exportez une période plus courte"
    assert MAX_FILE_BYTES == 16 * 1024 * 1024


def test_more_content_lines_than_the_bound_are_refused_naming_the_first_one_over() -> None:
    """A file of short lines under the size bound (2.4 million fit in 16 MB) would cost 48 s
    and 1.5 GB to read: the line bound refuses it first."""
    lines = "X-A:y\r\n" * MAX_LINES
    error = refused((head("BEGIN:VEVENT", "UID:1", "DTSTART:20261201T100000Z") + lines + "END:VEVENT\r\n").encode())
    assert error.line == MAX_LINES + 1
    assert error.say("en") == f"line {MAX_LINES + 1}: more than 300,000 lines: export a shorter period"
    assert (
        error.say("fr")
        == f"ligne {MAX_LINES + 1}\u00a0: plus de 300\u202f000 lignes\u00a0: exportez une période plus courte"
    )


def test_folded_lines_count_once_and_a_calendar_at_the_line_bound_is_read() -> None:
    folded = "DESCRIPTION:x\r\n y\r\n z\r\n"  # one content line on three lines of the file
    event = "BEGIN:VEVENT\r\nUID:{}\r\nDTSTART:20261201T100000Z\r\nSUMMARY:Réunion\r\n" + folded + "END:VEVENT\r\n"
    count = (MAX_LINES - 3) // 6
    body = "".join(event.format(number) for number in range(min(count, MAX_EVENTS)))
    spare = MAX_LINES - 3 - 6 * min(count, MAX_EVENTS)
    data = (head(*["X-A:y"] * spare) + body + "END:VCALENDAR\r\n").encode()
    assert data.count(b"\r\n") > MAX_LINES
    report = read_in_time(data)
    assert len(report.events) == MAX_EVENTS
