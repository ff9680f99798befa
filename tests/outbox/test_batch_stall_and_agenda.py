"""What the audit of the outbox tests found missing, against an in-process SMTP server: one
connection for a whole batch, a server that stalls after the end of DATA, and the exact agenda
lines of a failed and of a late message in the profile's language."""

from __future__ import annotations

import asyncio
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest

from lastimpression.outbox.dispatch import dispatch
from lastimpression.outbox.models import Message
from tests.outbox.conftest import THANK_YOU_SLOT, Arrived, Behaviour, Cli, Clock, Handler, free_port


class Counted:
    """An aiosmtpd server that counts the connections made to it (``connections``)."""

    def __init__(self, handler: Any) -> None:
        from aiosmtpd.controller import Controller

        outer = self
        self.connections = 0
        self.port = free_port()

        class Counting(Controller):
            def factory(self) -> Any:  # called once for each connection accepted
                outer.connections += 1
                return super().factory()  # type: ignore[no-untyped-call]

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self.controller = Counting(handler, hostname="127.0.0.1", port=self.port, decode_data=False)
            self.controller.start()
        self.connections = 0  # start() makes one connection of its own to check the server

    def settings(self, **extra: Any) -> dict[str, Any]:
        return {"host": "127.0.0.1", "port": self.port, "security": "none", "timeout": 5, **extra}


@pytest.fixture
def behaviour() -> Behaviour:
    return Behaviour()


@pytest.fixture
def counted(behaviour: Behaviour) -> Iterator[Counted]:
    server = Counted(Handler(behaviour))
    try:
        yield server
    finally:
        server.controller.stop()


def new_interview(cli: Cli, company: str, person: str, address: str) -> Message:
    """An interview in Lyon ending Thursday 3 December 2026 at 15:15 (thank-you slot 16:15),
    with one person, whose thank-you is drafted."""
    made = cli(
        "interview", "add", "--company", company, "--role", "Ingénieure data",
        "--start", "2026-12-03T14:00", "--duration", "75", "--decision-in", "2 semaines",
    )  # fmt: skip
    assert made.exit_code == 0, made.stderr
    interview = made.stdout.split()[-1]
    added = cli("person", "add", interview, "--name", person, "--email", address, "--salutation", "madame")
    assert added.exit_code == 0, added.stderr
    drafted = cli("draft", interview)
    assert drafted.exit_code == 0, drafted.stderr
    return Message.objects.select_related("person").get(interview_id=int(interview))


def test_one_smtp_connection_serves_a_batch_of_twenty_messages(
    cli: Cli, candidate: None, clock: Clock, configure: Callable[..., None], counted: Counted, behaviour: Behaviour
) -> None:
    configure(smtp=counted.settings())
    # Twenty interviews of one person each: twenty messages due at once, none held back to
    # keep a panel apart.
    messages = [
        new_interview(cli, f"Société {number:02d}", f"Claire Martin{number:02d}", f"claire{number:02d}@example.org")
        for number in range(20)
    ]
    for message in messages:
        scheduled = cli("send", str(message.id), "--force")
        assert scheduled.exit_code == 0, scheduled.stderr
    reports = dispatch(clock.at(THANK_YOU_SLOT + timedelta(minutes=10)))
    assert [report.outcome for report in reports] == ["sent"] * 20
    assert sorted(arrived.rcpt_tos[0] for arrived in behaviour.arrived) == [
        f"claire{number:02d}@example.org" for number in range(20)
    ]
    assert counted.connections == 1


class Stalling(Handler):
    """Accepts MAIL and RCPT, then never answers the end of DATA while ``stall`` is set (the
    client gives up first); what it received then is kept in ``stalled``, not delivered."""

    def __init__(self, behaviour: Behaviour) -> None:
        super().__init__(behaviour)
        self.stall = threading.Event()
        self.stall.set()
        self.stalled: list[Arrived] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if not self.stall.is_set():
            return await super().handle_DATA(server, session, envelope)
        self.stalled.append(Arrived(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        deadline = time.monotonic() + 10
        while self.stall.is_set() and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        return "451 4.3.0 Too late"


def test_a_server_that_never_confirms_the_data_leaves_the_message_unknown_never_sent_again_blindly(
    cli: Cli, candidate: None, clock: Clock, configure: Callable[..., None], behaviour: Behaviour
) -> None:
    handler = Stalling(behaviour)
    server = Counted(handler)
    port = server.port
    try:
        configure(smtp=server.settings(timeout=1))
        english = cli("init", "--name", "Camille Durand", "--email", "camille.durand@example.org", "--language", "en")
        assert english.exit_code == 0, english.stderr
        claire = new_interview(cli, "Lumière Analytique", "Claire Martin", "claire.martin@example.org")
        assert cli("send", str(claire.id)).exit_code == 0
        first = THANK_YOU_SLOT + timedelta(minutes=1)
        (report,) = dispatch(clock.at(first))
        # The server took the whole text and said nothing: it may have delivered it (RFC 5321
        # §4.1.1.4), so a retry could send it twice. Never sent again without the user.
        assert report.outcome == "unknown"
        assert len(handler.stalled) == 1 and behaviour.arrived == []
        claire.refresh_from_db()
        assert claire.status == "unknown" and claire.attempts == 1 and claire.sent_at is None
        assert claire.last_error.startswith(
            f"127.0.0.1:{port} received the whole message but never confirmed it (the connection timed out"
        )
        agenda = cli("agenda")
        assert agenda.exit_code == 0, agenda.stderr
        assert (
            f"Thank-you e-mail to Claire Martin ({claire.id}): the server never confirmed it; it may or may not have "
            f"gone out. If it is in your Sent folder: lastimpression message sent {claire.id}; if not: "
            f"lastimpression send {claire.id} --now" in agenda.stdout.splitlines()
        ), agenda.stdout
        assert dispatch(clock.advance(hours=1)) == []  # nothing is retried by itself
        handler.stall.clear()  # the server answers again; the user says it did not arrive
        resent = cli("send", str(claire.id), "--now")
        assert resent.exit_code == 0, resent.stderr
    finally:
        handler.stall.clear()
        server.controller.stop()
    # Once, with the Message-ID of the first attempt: a server that had kept both would show one.
    (arrived,) = behaviour.arrived
    assert arrived.rcpt_tos == ["claire.martin@example.org"]
    assert arrived.email["Message-ID"] == handler.stalled[0].email["Message-ID"] == claire.message_id_header
    claire.refresh_from_db()
    assert claire.status == "sent"


AGENDA_LINES = {
    "fr": (
        "Le message {claire} (e-mail de remerciement à Claire Martin) : ÉCHEC : 127.0.0.1:{port} a refusé le message\u202f; "
        "le serveur a dit\u00a0: 550 5.1.1 <claire.martin@example.org>: Recipient address rejected: User unknown. Une fois "
        "le problème corrigé : lastimpression send {claire} --now",
        "Le message {julien} (e-mail de remerciement à Julien Moreau) est EN RETARD : son créneau (jeudi 3 décembre 2026 16:30) est "
        "passé sans que rien ne tourne. L'envoyer maintenant : lastimpression send {julien} --now ; au prochain "
        "créneau : lastimpression send {julien}",
    ),
    "en": (
        "Thank-you e-mail to Claire Martin ({claire}) FAILED: 127.0.0.1:{port} refused the message; the server said: "
        "550 5.1.1 <claire.martin@example.org>: Recipient address rejected: User unknown. Once fixed: "
        "lastimpression send {claire} --now",
        "Thank-you e-mail to Julien Moreau ({julien}) is LATE: its slot (Thursday 3 December 2026 16:30) passed while "
        "nothing was running. Send it now: lastimpression send {julien} --now; or at the next slot: "
        "lastimpression send {julien}",
    ),
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_agenda_shows_a_failed_message_with_the_servers_words_and_a_late_one_in_the_users_language(
    cli: Cli, lyon_panel: int, clock: Clock, configure: Callable[..., None], counted: Counted, behaviour: Behaviour,
    language: str,
) -> None:  # fmt: skip
    configure(smtp=counted.settings())
    profile = cli("init", "--name", "Camille Durand", "--email", "camille.durand@example.org", "--language", language)
    assert profile.exit_code == 0, profile.stderr
    drafted = cli("draft", str(lyon_panel))
    assert drafted.exit_code == 0, drafted.stderr
    claire, julien = Message.objects.filter(interview_id=lyon_panel).order_by("person__name")
    # Claire's address is refused for good (550); Julien's thank-you is given 16:30, and the
    # laptop sleeps until 19:00, more than two hours after it.
    behaviour.rcpt = "550 5.1.1 <claire.martin@example.org>: Recipient address rejected: User unknown"
    assert cli("send", str(claire.id)).exit_code == 0
    (failed,) = dispatch(clock.at(THANK_YOU_SLOT + timedelta(minutes=1)))
    assert failed.outcome == "failed"
    assert cli("send", str(julien.id), "--at", "2026-12-03T16:30").exit_code == 0
    (late,) = dispatch(clock.at(THANK_YOU_SLOT + timedelta(hours=2, minutes=45)))  # 19:00 in Paris
    assert late.outcome == "late" and behaviour.arrived == []
    agenda = cli("agenda")
    assert agenda.exit_code == 0, agenda.stderr
    expected = [line.format(claire=claire.id, julien=julien.id, port=counted.port) for line in AGENDA_LINES[language]]
    assert agenda.stdout.splitlines()[:2] == expected


def test_a_reply_recorded_by_hand_counts_the_one_scheduled_follow_up_once(
    cli: Cli, candidate: None, clock: Clock, configure: Callable[..., None], counted: Counted
) -> None:
    configure(smtp=counted.settings())
    english = cli("init", "--name", "Camille Durand", "--email", "camille.durand@example.org", "--language", "en")
    assert english.exit_code == 0, english.stderr
    thank_you = new_interview(cli, "Lumière Analytique", "Claire Martin", "claire.martin@example.org")
    assert cli("send", str(thank_you.id), "--force").exit_code == 0
    assert [report.outcome for report in dispatch(clock.at(THANK_YOU_SLOT + timedelta(minutes=1)))] == ["sent"]
    drafted = cli("draft", str(thank_you.interview_id), "--kind", "follow-up")
    assert drafted.exit_code == 0, drafted.stderr
    follow_up = Message.objects.get(kind="follow_up")
    assert cli("send", str(follow_up.id), "--force").exit_code == 0
    # One follow-up was waiting (its plan action and the e-mail scheduled for it): one cancelled.
    replied = cli("person", "replied", str(thank_you.person_id))
    assert replied.exit_code == 0, replied.stderr
    follow_up.refresh_from_db()
    assert follow_up.status == "cancelled"
    assert replied.stdout.splitlines()[0] == "Claire Martin replied; 1 pending follow-up cancelled."
