"""The fault matrix's message steps (MAIL, RCPT, DATA, after the end of DATA) hitting the
*second* message of a pass, on the connection the first one opened. That message goes the way
a batch sends all but its first (``SmtpTransport.deliver`` with a claim): its claim is made
while the server answers MAIL FROM, and the message before it was recorded in the same
transaction. Each case must end as in the matrix, and no Message-ID reaches the server twice.
A claim refused or failing while MAIL FROM is with the server sends nothing."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest

from lastimpression.interviews.models import Person
from lastimpression.outbox.dispatch import dispatch
from lastimpression.outbox.models import Message
from tests.conftest import Clock
from tests.outbox.conftest import THANK_YOU_SLOT, Cli, SmtpServer, send
from tests.outbox.faulty_smtp import Fault, FaultySmtp
from tests.outbox.test_fault_matrix import CASES, FINALLY, LATER, STATUS

IN_A_MESSAGE = [
    pytest.param(replace(case, skip=1), outcome, id=case.name)
    for case, outcome in CASES
    if isinstance(case, Fault) and case.step in ("mail", "rcpt", "data", "dot")
]


@pytest.fixture
def server() -> Iterator[FaultySmtp]:
    faulty = FaultySmtp()
    try:
        yield faulty
    finally:
        faulty.stop()


def _thank_you(cli: Cli, interview_id: int, name: str) -> Message:
    person = Person.objects.get(interview_id=interview_id, name=name)
    result = cli("draft", str(interview_id), "--person", str(person.pk), "--json")
    assert result.exit_code == 0, result.stderr
    return Message.objects.get(pk=json.loads(result.stdout)[0]["id"])


@pytest.fixture
def two_panels(cli: Cli, lyon_panel: int) -> tuple[Message, Message]:
    """Two thank-yous due at the same slot, of two interviews (so neither waits for the other's
    panel): Claire Martin's (Lyon), then Léa Bernard's (an interview at the same hours)."""
    made = cli(
        "interview", "add", "--company", "Hexagone Logiciels", "--role", "Ingénieure data",
        "--start", "2026-12-03T14:00", "--duration", "75", "--decision-in", "2 semaines",
    )  # fmt: skip
    assert made.exit_code == 0, made.stderr
    other = int(made.stdout.strip().splitlines()[-1])
    added = cli("person", "add", str(other), "--name", "Léa Bernard", "--email", "lea.bernard@example.org")
    assert added.exit_code == 0, added.stderr
    return _thank_you(cli, lyon_panel, "Claire Martin"), _thank_you(cli, other, "Léa Bernard")


def _scheduled(cli: Cli, messages: tuple[Message, Message]) -> None:
    for message in messages:
        assert send(cli, message).exit_code == 0


def _status(message: Message) -> str:
    message.refresh_from_db()
    return message.status


@pytest.mark.parametrize(("case", "outcome"), IN_A_MESSAGE)
def test_a_fault_at_the_second_message_of_a_pass_ends_as_for_the_first(
    cli: Cli, clock: Clock, configure: Callable[..., None], server: FaultySmtp,
    two_panels: tuple[Message, Message], case: Fault, outcome: str,
) -> None:  # fmt: skip
    first, second = two_panels
    configure(smtp=server.settings())
    _scheduled(cli, two_panels)
    server.fault = case
    reports = dispatch(clock.at(THANK_YOU_SLOT))
    assert [report.message_id for report in reports] == [first.pk, second.pk]
    assert _status(first) == "sent"
    assert _status(second) == STATUS[outcome], second.last_error
    server.heal()
    for delay in LATER:
        dispatch(clock.advance(seconds=delay.total_seconds()))
    assert _status(second) == FINALLY[outcome], second.last_error
    kept = server.message_ids()
    assert all(count == 1 for count in kept.values()), kept
    assert first.message_id_header in kept
    assert (second.message_id_header in kept) == (FINALLY[outcome] in ("sent", "unknown") and outcome != "failed")


def test_a_message_edited_after_its_chunk_was_claimed_is_handed_back_unsent_and_leaves_as_edited_next(
    cli: Cli, clock: Clock, configure: Callable[..., None], smtp_server: SmtpServer,
    two_panels: tuple[Message, Message],
) -> None:  # fmt: skip
    first, second = two_panels
    configure(smtp=smtp_server.settings())
    _scheduled(cli, two_panels)
    asked: list[bool] = []

    def edit_the_second_just_before_it_leaves() -> bool:
        asked.append(True)  # asked before each message leaves, its chunk claimed
        if len(asked) == 2:
            Message.objects.filter(pk=second.pk).update(body="Bonjour Madame Bernard, merci.")
        return False

    reports = dispatch(clock.at(THANK_YOU_SLOT), should_stop=edit_the_second_just_before_it_leaves)
    assert [(report.message_id, report.outcome) for report in reports] == [(first.pk, "sent")]
    assert [arrived.rcpt_tos for arrived in smtp_server.arrived] == [[first.to]]
    assert _status(second) == "scheduled"  # handed back: the next pass checks it again
    (report,) = dispatch(clock.advance(minutes=1))
    assert (report.message_id, report.outcome) == (second.pk, "sent")
    assert smtp_server.arrived[1].email.get_content().startswith("Bonjour Madame Bernard, merci.")


def test_an_interview_cancelled_by_another_program_after_the_claim_stops_its_message(
    transactional_db: None, cli: Cli, clock: Clock, configure: Callable[..., None], smtp_server: SmtpServer,
    two_panels: tuple[Message, Message],
) -> None:  # fmt: skip
    from django.db import connection

    first, second = two_panels
    configure(smtp=smtp_server.settings())
    _scheduled(cli, two_panels)
    other = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None)
    asked: list[bool] = []

    def the_web_ui_cancels_the_second_interview_meanwhile() -> bool:
        asked.append(True)
        if len(asked) == 2:  # the second's chunk is claimed; another connection commits
            other.execute("UPDATE interviews_interview SET status = 'cancelled' WHERE id = ?", [second.interview_id])
        return False

    try:
        reports = dispatch(clock.at(THANK_YOU_SLOT), should_stop=the_web_ui_cancels_the_second_interview_meanwhile)
    finally:
        other.close()
    assert [(report.message_id, report.outcome) for report in reports] == [(first.pk, "sent")]
    assert [arrived.rcpt_tos for arrived in smtp_server.arrived] == [[first.to]]
    (report,) = dispatch(clock.advance(minutes=1))  # checked again: cancelled with its interview
    assert (report.message_id, report.outcome) == (second.pk, "cancelled")
    assert _status(second) == "cancelled" and len(smtp_server.arrived) == 1


def test_a_database_locked_when_a_chunk_is_recorded_sends_nothing_twice_and_the_journal_settles_it(
    transactional_db: None, cli: Cli, clock: Clock, configure: Callable[..., None], smtp_server: SmtpServer,
    two_panels: tuple[Message, Message],
) -> None:  # fmt: skip
    from django.db import OperationalError, connection

    first, second = two_panels
    configure(smtp=smtp_server.settings())
    _scheduled(cli, two_panels)
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None)
    asked: list[Any] = []

    def another_program_writes_before_the_second() -> bool:
        asked.append(True)
        if len(asked) == 2:
            other.execute("BEGIN IMMEDIATE")  # held while the chunk's outcomes are recorded
        return False

    try:
        with pytest.raises(OperationalError, match="locked"):
            dispatch(clock.at(THANK_YOU_SLOT), should_stop=another_program_writes_before_the_second)
    finally:
        if other.in_transaction:
            other.execute("ROLLBACK")
        other.close()
    assert [arrived.rcpt_tos for arrived in smtp_server.arrived] == [[first.to], [second.to]]
    # Their record failed: "sending", never sent again blindly; the journal says they left.
    assert (_status(first), _status(second)) == ("sending", "sending")
    reports = dispatch(clock.advance(minutes=1))
    assert sorted((report.message_id, report.outcome) for report in reports) == [
        (first.pk, "sent"),
        (second.pk, "sent"),
    ]
    assert (_status(first), _status(second)) == ("sent", "sent")
    assert [arrived.rcpt_tos for arrived in smtp_server.arrived] == [[first.to], [second.to]]
