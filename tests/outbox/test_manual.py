"""What the user does by hand (``message cancel``, ``message sent``) against a dispatch pass that
claims the same message at the same moment: whichever writes first wins, and the user is told."""

from __future__ import annotations

import pytest

from lastimpression.outbox import manual
from lastimpression.outbox.ledger import Outcome, claim, record
from lastimpression.outbox.models import Message
from lastimpression.planning.models import Action
from tests.outbox.conftest import Cli, Clock, SmtpServer, draft_thank_yous, send


@pytest.fixture
def claim_between_read_and_write(monkeypatch: pytest.MonkeyPatch, clock: Clock) -> str:
    """A dispatch pass claims a scheduled message right after a command has read it (once):
    the interleaving a real pass and a hand-typed command can produce."""
    claimer = "smtp:another-host:4242"
    read = manual.get_message
    claimed: list[int] = []

    def read_then_claim(message_id: int | str) -> Message:
        message = read(message_id)
        if message.status == "scheduled" and not claimed:
            claimed.append(message.pk)
            assert claim(claimer, [Message.objects.get(pk=message.pk)], clock.now)
        return message

    monkeypatch.setattr(manual, "get_message", read_then_claim)
    return claimer


def test_a_cancel_beaten_by_a_dispatch_claim_says_so_and_the_message_is_recorded_sent(
    cli: Cli,
    lyon_panel: int,
    clock: Clock,
    smtp: SmtpServer,
    claim_between_read_and_write: str,
) -> None:
    claire, _ = draft_thank_yous(cli, lyon_panel)
    assert send(cli, claire).exit_code == 0
    result = cli("message", "cancel", str(claire.id))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == (
        f"Erreur : message: le message {claire.id} a changé entre-temps\u00a0: il est en cours d’envoi\u202f; "
        "il ne peut plus être annulé\n"
    )
    # The pass that holds it sends it and records it: sent, never "cancelled" while it went out.
    held = Message.objects.get(pk=claire.pk)
    assert held.status == "sending"
    record(claim_between_read_and_write, [Outcome(held, clock.advance(seconds=2), attempted=True, sent=True)], None)
    assert Message.objects.get(pk=claire.pk).status == "sent"


def test_a_cancel_written_first_wins_and_the_pass_cannot_claim_it(
    cli: Cli, lyon_panel: int, clock: Clock, smtp: SmtpServer
) -> None:
    claire, _ = draft_thank_yous(cli, lyon_panel)
    assert send(cli, claire).exit_code == 0
    read_by_the_pass = Message.objects.get(pk=claire.pk)
    assert cli("message", "cancel", str(claire.id)).stdout == f"Message {claire.id} annulé.\n"
    assert not claim("smtp:another-host:4242", [read_by_the_pass], clock.advance(seconds=1))
    assert Message.objects.get(pk=claire.pk).status == "cancelled"


def test_message_sent_beaten_by_a_dispatch_claim_leaves_the_message_to_the_pass(
    cli: Cli,
    lyon_panel: int,
    clock: Clock,
    smtp: SmtpServer,
    claim_between_read_and_write: str,
) -> None:
    cli("init", "--name", "Camille Durand", "--email", "camille.durand@example.org", "--language", "en")
    claire, _ = draft_thank_yous(cli, lyon_panel)
    assert send(cli, claire).exit_code == 0
    result = cli("message", "sent", str(claire.id))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: message: message {claire.id} changed meanwhile: it is being sent; "
        "it can no longer be recorded as sent by hand\n"
    )
    assert Message.objects.get(pk=claire.pk).status == "sending"
    assert Action.objects.get(person_id=claire.person_id, kind="thank_you").status == "pending"


def test_message_sent_confirms_a_message_a_crashed_pass_left_in_sending(
    cli: Cli, lyon_panel: int, clock: Clock, smtp: SmtpServer
) -> None:
    claire, _ = draft_thank_yous(cli, lyon_panel)
    assert send(cli, claire).exit_code == 0
    assert claim("smtp:another-host:4242", [Message.objects.get(pk=claire.pk)], clock.now)
    clock.advance(minutes=20)  # older than any SMTP exchange: the pass is gone
    assert cli("message", "sent", str(claire.id)).exit_code == 0
    assert Message.objects.get(pk=claire.pk).status == "sent"
    assert Action.objects.get(person_id=claire.person_id, kind="thank_you").status == "done"
