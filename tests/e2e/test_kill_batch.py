"""``kill -9`` at each step of a batch (issue "Nothing breaks it"): a worker sending three
thank-yous is killed while the second is at the server's MAIL, RCPT or DATA, or just after the
server accepted it; the next pass settles what was in hand. Whatever the step: no Message-ID
ever reaches the server twice, nothing is lost (each message ends sent, or "unknown" for the
user to check), and nothing is left in "sending". Real processes, aiosmtpd in this one."""

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

import pytest

from tests.conftest import Process
from tests.e2e.test_serve_sends import home_with, smtp_env
from tests.outbox.conftest import free_port


class Stops:
    """An SMTP server that holds the second message of the batch at ``step`` ("mail", "rcpt",
    "data": before answering it; "accepted": after accepting it, at the third's MAIL) until
    ``release``; it counts every message it accepted, by Message-ID."""

    def __init__(self, step: str) -> None:
        self.step = step
        self.mails = 0
        self.in_hand = threading.Event()
        self.release = threading.Event()
        self.accepted: Counter[str] = Counter()

    async def _hold(self) -> None:
        self.in_hand.set()
        while not self.release.is_set():
            await asyncio.sleep(0.01)

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        self.mails += 1
        if (self.step == "mail" and self.mails == 2) or (self.step == "accepted" and self.mails == 3):
            await self._hold()
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if self.step == "rcpt" and self.mails == 2:
            await self._hold()
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.step == "data" and self.mails == 2:
            await self._hold()
        message_id = str(email.message_from_bytes(envelope.original_content or b"")["Message-ID"])
        # The whole message reached the server: a real one may have queued it, whatever
        # becomes of the connection (counted, as the worst case for duplicates).
        self.accepted[message_id] += 1
        return "250 2.0.0 OK: queued"


def rows(database: Path) -> dict[str, str]:
    with sqlite3.connect(database) as connection:
        return dict(connection.execute("SELECT message_id_header, status FROM outbox_message"))


@pytest.mark.parametrize("step", ["mail", "rcpt", "data", "accepted"])
def test_kill_9_at_each_step_of_a_batch_sends_nothing_twice_and_loses_nothing(
    program: Process, tmp_path: Path, step: str
) -> None:
    from aiosmtpd.controller import Controller

    server = Stops(step)
    port = free_port()
    controller = Controller(server, hostname="127.0.0.1", port=port)
    controller.start()
    env = {**smtp_env(program, port), "LASTIMPRESSION_SMTP_TIMEOUT": "20"}
    log = tmp_path / "worker.log"
    try:
        database = home_with(program, env, 3)  # three interviews of one person: three thank-yous due
        with log.open("wb") as output:
            worker = subprocess.Popen(
                [sys.executable, "-m", "lastimpression", "worker", "--interval", "5"],
                env={**env, "LASTIMPRESSION_NOW": "2026-12-03T16:20:00+01:00"}, stdout=output, stderr=output,
            )  # fmt: skip
        try:
            assert server.in_hand.wait(timeout=60), log.read_text()
            worker.send_signal(signal.SIGKILL)
            worker.wait(timeout=30)
        finally:
            if worker.poll() is None:
                worker.kill()
        server.release.set()
        # The next pass, later: what was in hand is settled, the rest is sent.
        after = subprocess.run(
            [sys.executable, "-m", "lastimpression", "dispatch", "--json"],
            env={**env, "LASTIMPRESSION_NOW": "2026-12-03T16:40:00+01:00"}, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert after.returncode == 0, after.stderr
        json.loads(after.stdout)
    finally:
        server.release.set()
        controller.stop()
    statuses = rows(database)
    assert set(server.accepted.values()) <= {1}, f"a Message-ID reached the server twice: {server.accepted}"
    assert set(statuses.values()) <= {"sent", "unknown"}, statuses
    assert all(server.accepted[header] == 1 for header, status in statuses.items() if status == "sent")
    # The first message left before the kill; the third was never in hand: both are sent.
    assert Counter(statuses.values())["sent"] >= 2, statuses
