"""``kill -9`` of a ``dispatch`` pass in the middle of a claimed chunk, in each state its journal
can be in (``outbox.journal``), then a second pass that settles the chunk from it. Three
thank-yous are claimed in one commit; the server (aiosmtpd, in this process) holds the pass at
one message's MAIL FROM while the child is killed. Whatever the state: no Message-ID reaches the
server twice, a message the journal says was accepted is recorded sent (never sent again), one
that may have reached the server is "unknown" for the user, and one never handed over goes out
with the next pass. A journal missing or damaged never makes a possible copy: in doubt,
"unknown"."""

from __future__ import annotations

import asyncio
import email
import json
import signal
import sqlite3
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path
from typing import Any

from tests.conftest import Process
from tests.e2e.test_serve_sends import home_with, smtp_env
from tests.outbox.conftest import free_port


class Holds:
    """Holds the ``held``-th MAIL FROM until ``release``; refuses the ``refused``-th message's
    recipient (550); counts what it accepted by Message-ID, in the order MAIL FROM came."""

    def __init__(self, held: int, refused: int = 0) -> None:
        self.held, self.refused = held, refused
        self.mails = 0
        self.in_hand = threading.Event()
        self.release = threading.Event()
        self.accepted: Counter[str] = Counter()

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        self.mails += 1
        if self.mails == self.held:
            self.in_hand.set()
            while not self.release.is_set():
                await asyncio.sleep(0.01)
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if self.mails == self.refused:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message_id = str(email.message_from_bytes(envelope.original_content or b"")["Message-ID"])
        self.accepted[message_id] += 1
        return "250 2.0.0 OK: queued"


def rows(database: Path) -> list[tuple[str, str]]:
    """(Message-ID, status) of each message, in the order the pass sends them."""
    with sqlite3.connect(database) as connection:
        return list(connection.execute("SELECT message_id_header, status FROM outbox_message ORDER BY id"))


def killed_then_settled(program: Process, server: Holds, damage: Any = None) -> tuple[list[tuple[str, str]], Any]:
    """A ``dispatch`` child killed while ``server`` holds it; ``damage(journal)`` done to the
    journal it leaves; then a second ``dispatch``. Returns the rows, and the second's reports."""
    from aiosmtpd.controller import Controller

    port = free_port()
    controller = Controller(server, hostname="127.0.0.1", port=port)
    controller.start()
    env = {**smtp_env(program, port), "LASTIMPRESSION_SMTP_TIMEOUT": "20"}
    try:
        database = home_with(program, env, 3)
        child = subprocess.Popen(
            [sys.executable, "-m", "lastimpression", "dispatch"],
            env={**env, "LASTIMPRESSION_NOW": "2026-12-03T16:20:00+01:00"},
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        try:
            assert server.in_hand.wait(timeout=60), "the pass never reached the held MAIL FROM"
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        finally:
            if child.poll() is None:
                child.kill()
            if child.stderr is not None:
                child.stderr.close()
        (journal,) = (program.home / "sending").glob("*.log")  # the chunk's, left by the kill
        assert [status for _, status in rows(database)] == ["sending"] * 3
        if damage is not None:
            damage(journal)
        server.release.set()
        after = subprocess.run(
            [sys.executable, "-m", "lastimpression", "dispatch", "--json"],
            env={**env, "LASTIMPRESSION_NOW": "2026-12-03T16:40:00+01:00"}, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert after.returncode == 0, after.stderr
        assert list((program.home / "sending").glob("*.log")) == []  # settled: no journal left
    finally:
        server.release.set()
        controller.stop()
    assert set(server.accepted.values()) <= {1}, f"a Message-ID reached the server twice: {server.accepted}"
    return rows(database), json.loads(after.stdout)


def test_killed_at_the_first_mail_from_the_one_attempted_is_unknown_the_others_leave_next(
    program: Process,
) -> None:
    server = Holds(held=1)  # the journal: the first's attempt; nothing of the other two
    (first, second, third), _ = killed_then_settled(program, server)
    assert first[1] == "unknown" and first[0] not in server.accepted
    assert (second[1], third[1]) == ("sent", "sent")
    assert server.accepted[second[0]] == server.accepted[third[0]] == 1


def test_killed_after_the_server_accepted_one_it_is_recorded_sent_from_the_journal(program: Process) -> None:
    server = Holds(held=2)  # the journal: the first attempted and sent, the second attempted
    (first, second, third), reports = killed_then_settled(program, server)
    assert [status for _, status in (first, second, third)] == ["sent", "unknown", "sent"]
    assert server.accepted[first[0]] == 1 and server.accepted[third[0]] == 1
    # The second pass says what it settled: the first sent (from the journal), the second to
    # check, the third handed back (never handed over), then sent.
    assert sorted(report["outcome"] for report in reports) == ["requeued", "sent", "sent", "unknown"]


def test_a_refusal_in_the_journal_is_recorded_as_the_pass_would_have(program: Process) -> None:
    server = Holds(held=2, refused=1)  # the first refused (550) at RCPT, the second in hand
    (first, second, third), _ = killed_then_settled(program, server)
    assert [status for _, status in (first, second, third)] == ["failed", "unknown", "sent"]
    assert first[0] not in server.accepted


def test_a_journal_cut_short_turns_doubt_into_unknown_never_into_a_second_copy(program: Process) -> None:
    def cut_short(journal: Path) -> None:
        with journal.open("ab") as output:
            output.write(b"attem")  # a line cut in the middle: the rest of the chunk is in doubt

    server = Holds(held=2)
    (first, second, third), _ = killed_then_settled(program, server, cut_short)
    # What the journal says for sure stands; what it may have lost is asked of the user.
    assert [status for _, status in (first, second, third)] == ["sent", "unknown", "unknown"]
    assert server.accepted[first[0]] == 1 and third[0] not in server.accepted


def test_no_journal_at_all_makes_every_claimed_message_unknown(program: Process) -> None:
    server = Holds(held=2)
    (first, second, third), _ = killed_then_settled(program, server, Path.unlink)
    assert [status for _, status in (first, second, third)] == ["unknown", "unknown", "unknown"]
    assert server.accepted[first[0]] == 1 and second[0] not in server.accepted


def test_killed_with_two_sent_and_the_third_in_hand(program: Process) -> None:
    server = Holds(held=3)
    (first, second, third), _ = killed_then_settled(program, server)
    assert [status for _, status in (first, second, third)] == ["sent", "sent", "unknown"]
    assert server.accepted[first[0]] == server.accepted[second[0]] == 1
