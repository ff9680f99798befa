"""``import`` under hostile calendars: bounded work, one line naming the line, and an event no
interview can be (issue 14, items 2 and 6). tests/web/test_import_bounds.py: the web page."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import Result

from lastimpression.interviews.models import Interview
from lastimpression.planning.models import Action
from tests.conftest import Clock

Cli = Callable[..., Result]
INTERVAL_0 = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261210T100000Z\r\nDURATION:PT1H\r\n"
    b"SUMMARY:Entretien\r\nRRULE:FREQ=DAILY;INTERVAL=0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)
NESTED = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTIMEZONE\r\nTZID:Custom\r\n"
    + "BEGIN:STANDARD\r\n" * 200
    + "END:STANDARD\r\n" * 200
    + "END:VTIMEZONE\r\nEND:VCALENDAR\r\n"
).encode()


def interview_event(uid: str, length: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTART:20261210T130000Z\r\n{length}\r\n"
        "SUMMARY:Entretien – Data engineer – Lumière Analytique\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


@pytest.fixture(autouse=True)
def _clock(clock: Clock) -> None:
    clock.at(datetime(2026, 12, 3, 15, 40, tzinfo=UTC))


@pytest.fixture
def importer(cli: Cli, candidate: None, tmp_path: Path) -> Callable[..., Result]:
    def run(data: bytes, *options: str) -> Result:
        path = tmp_path / "calendar.ics"
        path.write_bytes(data)
        return cli("import", str(path), *options)

    return run


def test_the_198_byte_interval_0_calendar_imports_its_first_date_with_a_notice(
    importer: Callable[..., Result],
) -> None:
    result = importer(INTERVAL_0)
    assert result.exit_code == 0, result.stderr
    assert "se répète trop souvent pour en lister les occurrences" in result.stderr
    assert Interview.objects.count() == 1


def test_200_nested_components_are_one_line_naming_the_line_and_nothing_is_written(
    importer: Callable[..., Result],
) -> None:
    result = importer(NESTED)
    assert result.exit_code == 1
    assert (
        result.stderr
        == "Erreur : FILE: ligne 19\u00a0: BEGIN:STANDARD imbrique des composants sur plus de 16 niveaux\n"
    )
    assert not Interview.objects.exists()


def test_an_event_of_5000_weeks_is_not_an_interview_and_is_said_so(importer: Callable[..., Result]) -> None:
    result = importer(interview_event("long", "DURATION:P5000W"), "--json")
    assert result.exit_code == 0, result.stderr
    outcome = json.loads(result.stdout)
    assert outcome["created"] == [] and not Interview.objects.exists() and not Action.objects.exists()
    assert (
        "'Entretien – Data engineer – Lumière Analytique' lasts more than 24 hours (2026-12-10 13:00 to "
        "2122-10-08 13:00): not imported, an interview lasts at most 24 hours"
    ) in outcome["notices"]
    assert any("dure plus de 24\u00a0heures" in notice for notice in outcome["notices_fr"])


def test_an_event_lasting_exactly_24_hours_is_imported_as_the_cli_would(importer: Callable[..., Result]) -> None:
    assert importer(interview_event("day", "DURATION:PT24H")).exit_code == 0
    interview = Interview.objects.get()
    assert (interview.end - interview.start).total_seconds() == 24 * 3600


def test_an_imported_interview_moved_to_last_5000_weeks_stays_as_it_was(importer: Callable[..., Result]) -> None:
    assert importer(interview_event("moving", "DURATION:PT1H")).exit_code == 0
    before = Interview.objects.get()
    result = importer(interview_event("moving", "DURATION:P5000W"))
    assert result.exit_code == 0, result.stderr
    assert "dure plus de 24\u00a0heures" in result.stderr
    after = Interview.objects.get()
    assert (after.start, after.end) == (before.start, before.end)


def calendar_of_size(size: int) -> bytes:
    """MAX_EVENTS one-off events (10 of them interviews), padded with descriptions to ``size``
    bytes: the largest calendar the import reads, when ``size`` is MAX_FILE_BYTES."""
    from lastimpression.core.icslimits import MAX_EVENTS

    head, tail = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n", b"END:VCALENDAR\r\n"
    events = []
    for number in range(MAX_EVENTS):
        title = f"Entretien – Analyste – Société {number}" if number % 500 == 0 else f"Réunion {number}"
        events.append(
            f"BEGIN:VEVENT\r\nUID:event-{number}\r\nDTSTART:20261214T{9 + number % 8:02d}0000Z\r\nDURATION:PT1H\r\n"
            f"SUMMARY:{title}\r\nDESCRIPTION:".encode()
        )
    room = size - len(head) - len(tail) - sum(len(event) for event in events) - MAX_EVENTS * len(b"\r\nEND:VEVENT\r\n")
    padded = [
        event + b"x" * (room // MAX_EVENTS + (1 if index < room % MAX_EVENTS else 0)) + b"\r\nEND:VEVENT\r\n"
        for index, event in enumerate(events)
    ]
    data = head + b"".join(padded) + tail
    assert len(data) == size
    return data


def test_the_largest_calendar_the_bounds_allow_is_read_and_one_byte_more_is_refused_naming_the_file(
    importer: Callable[..., Result],
) -> None:
    """MAX_EVENTS events in MAX_FILE_BYTES (about 3.4 KB an event: a real Outlook export is 1.2
    KB) are read; the bounds no longer contradict each other (5 MB refused 5,000 such events)."""
    from lastimpression.core.icslimits import MAX_FILE_BYTES

    result = importer(calendar_of_size(MAX_FILE_BYTES), "--dry-run")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.endswith("10 nouveaux, 0 modifiés, 0 annulés, 0 inchangés, 4990 autres événements ignorés.\n")
    result = importer(calendar_of_size(MAX_FILE_BYTES + 1), "--dry-run")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        "Erreur : FILE: le fichier dépasse 16\u00a0Mo\u00a0: exportez une période plus courte"
    )
    assert not Interview.objects.exists()
