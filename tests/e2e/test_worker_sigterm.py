"""A real SIGTERM to a running ``lastimpression worker`` while a message is in the SMTP
server's hands (docs/mail.md: "stops cleanly on SIGTERM or Ctrl-C after the message in hand").
Runs on any machine: aiosmtpd in this process, the program in its own."""

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
from tests.outbox.conftest import free_port

# Three interviews of one person each (a panel would leave minutes apart, PRODUCT.md §4), all
# ending Thursday 3 December 2026 at 15:15: three thank-yous due at 16:15, in one pass.
SETUP = """
import json
from click.testing import CliRunner
from lastimpression.cli import main

runner = CliRunner()

def ok(*args):
    result = runner.invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, (args, result.output)
    return result.stdout

ok("init", "--name", "Camille Durand", "--email", "candidate@example.org", "--language", "en")
for number, name in enumerate(["Claire Martin", "Julie Moreau", "Inès Petit"]):
    interview = ok(
        "interview", "add", "--company", f"Lumière Analytique {number}", "--role", "Data engineer",
        "--start", "2026-12-03T14:00", "--duration", "75", "--language", "en",
    ).split()[-1]
    ok("person", "add", interview, "--name", name, "--email", f"person{number}@example.org")
    (drafted,) = json.loads(ok("draft", interview, "--json"))
    ok("send", str(drafted["id"]), "--force")
"""


class HoldsTheFirst:
    """Answers the first message's DATA only once ``release`` is set (after the test sent
    SIGTERM); counts what it accepted by Message-ID."""

    def __init__(self) -> None:
        self.in_hand = threading.Event()
        self.release = threading.Event()
        self.accepted: Counter[str] = Counter()
        self.order: list[str] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message_id = str(email.message_from_bytes(envelope.original_content or b"")["Message-ID"])
        if not self.in_hand.is_set():
            self.in_hand.set()
            while not self.release.is_set():
                await asyncio.sleep(0.01)
            await asyncio.sleep(0.3)  # the signal reaches the worker while it waits for this answer
        self.accepted[message_id] += 1
        self.order.append(message_id)
        return "250 2.0.0 OK: queued"


def statuses(database: Path) -> dict[str, tuple[str, int]]:
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT message_id_header, status, attempts FROM outbox_message")
        return {header: (status, attempts) for header, status, attempts in rows}


def test_sigterm_lets_the_message_in_hand_finish_then_the_worker_exits_and_the_next_run_sends_the_rest(
    program: Process, tmp_path: Path
) -> None:
    from aiosmtpd.controller import Controller

    server = HoldsTheFirst()
    port = free_port()
    controller = Controller(server, hostname="127.0.0.1", port=port)
    controller.start()
    env = {
        **program.env, "LASTIMPRESSION_SMTP_HOST": "127.0.0.1", "LASTIMPRESSION_SMTP_PORT": str(port),
        "LASTIMPRESSION_SMTP_SECURITY": "none", "LASTIMPRESSION_SMTP_TIMEOUT": "20",
    }  # fmt: skip
    database = program.home / "lastimpression.sqlite3"
    log = tmp_path / "worker.log"
    try:
        made = subprocess.run(
            [sys.executable, "-c", SETUP], env={**env, "LASTIMPRESSION_NOW": "2026-12-03T15:30:00+01:00"},
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert made.returncode == 0, made.stderr
        assert [status for status, _ in statuses(database).values()] == ["scheduled"] * 3

        with log.open("wb") as output:
            worker = subprocess.Popen(
                [sys.executable, "-m", "lastimpression", "worker", "--interval", "5"],
                env={**env, "LASTIMPRESSION_NOW": "2026-12-03T16:20:00+01:00"}, stdout=output, stderr=output,
            )  # fmt: skip
        try:
            assert server.in_hand.wait(timeout=60), log.read_text()
            worker.send_signal(signal.SIGTERM)  # the first message is in the server's hands
            server.release.set()
            assert worker.wait(timeout=30) == 0, log.read_text()
        finally:
            if worker.poll() is None:
                worker.kill()
        # It finished the message in hand (arrived once, recorded sent) and started no other.
        assert len(server.order) == 1, f"{len(server.order)} messages went out after SIGTERM"
        (first,) = server.order
        after_stop = statuses(database)
        assert after_stop.pop(first) == ("sent", 1)
        assert sorted(after_stop.values()) == [("scheduled", 0), ("scheduled", 0)]
        assert log.read_text().rstrip().endswith("Worker stopped."), log.read_text()

        # The next run sends the two others, once each.
        rest = subprocess.run(
            [sys.executable, "-m", "lastimpression", "dispatch", "--json"],
            env={**env, "LASTIMPRESSION_NOW": "2026-12-03T16:25:00+01:00"}, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert rest.returncode == 0, rest.stderr
        assert [report["outcome"] for report in json.loads(rest.stdout)] == ["sent", "sent"]
    finally:
        server.release.set()
        controller.stop()
    assert sorted(server.accepted.values()) == [1, 1, 1]
    assert set(server.accepted) == set(statuses(database))
    assert {status for status, _ in statuses(database).values()} == {"sent"}
