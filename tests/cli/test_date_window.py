"""One sane date window (1970 to 2200, PRODUCT.md §7) at every door of the command line: a
date outside it is refused naming the option, and nothing is written, so no later command
trips over it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from lastimpression.interviews.models import Interview, Person
from lastimpression.journal.models import JournalEntry
from lastimpression.outbox.models import Message
from lastimpression.planning.models import Action

Cli = Callable[..., Result]


def refused(result: Result, field: str) -> None:
    assert result.exit_code == 1, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert field in lines[0]
    assert "1970" in lines[0] and "2200" in lines[0]


@pytest.mark.parametrize("start", ["9999-12-30T10:00", "0001-01-01T00:30", "1969-12-31T10:00", "2201-01-01T09:00"])
def test_an_interview_outside_the_window_is_refused_and_nothing_is_written(
    cli: Cli, candidate: None, start: str
) -> None:
    refused(cli("interview", "add", "--company", "Acme", "--role", "Dev", "--start", start), "start")
    assert not Interview.objects.exists()


def test_the_window_holds_both_its_ends(cli: Cli, candidate: None) -> None:
    for start in ("1970-01-02T09:00", "2200-12-30T09:00"):
        result = cli("interview", "add", "--company", "Acme", "--role", "Dev", "--start", start)
        assert result.exit_code == 0, result.stderr
    assert cli("ics").exit_code == 0


def test_an_end_or_decision_date_outside_the_window_is_refused(cli: Cli, lyon_panel: int) -> None:
    refused(cli("interview", "edit", str(lyon_panel), "--end", "9999-12-31T23:00"), "end")
    refused(cli("interview", "edit", str(lyon_panel), "--decision-by", "9999-12-31"), "decision_by")
    refused(
        cli("interview", "add", "--company", "Acme", "--role", "Dev", "--start", "2026-12-10T10:00",
            "--decision-by", "9999-12-31"),
        "decision_by",
    )  # fmt: skip
    assert Interview.objects.count() == 1
    assert Interview.objects.get().decision_by is not None


def test_a_snooze_to_the_year_9999_is_refused_and_ics_still_works(cli: Cli, lyon_panel: int) -> None:
    action = Action.objects.filter(status="pending").order_by("due").first()
    assert action is not None
    refused(cli("action", "snooze", str(action.id), "--until", "9999-12-31T23:30"), "--until")
    action.refresh_from_db()
    assert action.snoozed_until is None
    assert cli("ics").exit_code == 0


def test_a_reply_in_the_year_1_is_refused(cli: Cli, lyon_panel: int) -> None:
    person = Person.objects.get(name="Claire Martin")
    refused(cli("person", "replied", str(person.id), "--at", "0001-01-01T00:00"), "--at")
    person.refresh_from_db()
    assert person.replied_at is None


def test_a_message_sent_at_the_year_9999_is_refused(cli: Cli, lyon_panel: int) -> None:
    assert cli("draft", str(lyon_panel)).exit_code == 0
    message = Message.objects.order_by("id").first()
    assert message is not None
    refused(cli("send", str(message.id), "--at", "9999-12-31T10:00", "--force"), "--at")
    message.refresh_from_db()
    assert message.status == "draft"


def test_a_journal_entry_in_the_year_1_is_refused(cli: Cli, candidate: None) -> None:
    refused(cli("journal", "add", "--context", "Salon", "--when", "0001-01-01"), "--when")
    assert not JournalEntry.objects.exists()


@pytest.mark.parametrize("year", ["9999", "0001", "2201"])
def test_an_imported_event_outside_the_window_is_skipped_with_a_notice(
    cli: Cli, candidate: None, tmp_path: Path, year: str
) -> None:
    calendar = tmp_path / "far.ics"
    calendar.write_bytes(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\nUID:far@example.org\r\n"
        f"SUMMARY:Entretien Acme\r\nDTSTART:{year}1210T130000Z\r\nDTEND:{year}1210T140000Z\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n".encode()
    )
    result = cli("import", str(calendar))
    assert result.exit_code == 0, result.stderr
    assert "1970" in result.stderr and "2200" in result.stderr
    assert not Interview.objects.exists()
    assert cli("ics").exit_code == 0
