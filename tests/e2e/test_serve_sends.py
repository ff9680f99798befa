"""``serve`` sends (issue "It really leaves"): the process that serves the web UI also runs the
outbox, and with ``worker`` running on the same home only one of them sends. Real processes,
aiosmtpd in this one."""

from __future__ import annotations

import email
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

from tests.conftest import Process
from tests.outbox.conftest import free_port

SETUP = """
import json, sys
from click.testing import CliRunner
from lastimpression.cli import main

runner = CliRunner()

def ok(*args):
    result = runner.invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, (args, result.output)
    return result.stdout

ok("init", "--name", "Camille Durand", "--email", "candidate@example.org", "--language", "en")
for number in range(int(sys.argv[1])):
    interview = ok(
        "interview", "add", "--company", f"Lumière Analytique {number}", "--role", "Data engineer",
        "--start", "2026-12-03T14:00", "--duration", "75", "--language", "en",
    ).split()[-1]
    ok("person", "add", interview, "--name", f"Claire Martin {number}", "--email", f"person{number}@example.org")
    (drafted,) = json.loads(ok("draft", interview, "--json"))
    ok("send", str(drafted["id"]), "--force")
"""
# Thursday 3 December 2026: the thank-yous are due at 16:15 in Paris; the processes run at 16:20.
AFTER_THE_SLOT = "2026-12-03T16:20:00+01:00"


class Counts:
    """An SMTP server that counts what it accepted, by Message-ID."""

    def __init__(self) -> None:
        self.accepted: Counter[str] = Counter()
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message_id = str(email.message_from_bytes(envelope.original_content or b"")["Message-ID"])
        with self.lock:
            self.accepted[message_id] += 1
        return "250 2.0.0 OK: queued"


def home_with(program: Process, env: dict[str, str], count: int) -> Path:
    made = subprocess.run(
        [sys.executable, "-c", SETUP, str(count)], env={**env, "LASTIMPRESSION_NOW": "2026-12-03T15:30:00+01:00"},
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    return program.home / "lastimpression.sqlite3"


def statuses(database: Path) -> Counter[str]:
    with sqlite3.connect(database) as connection:
        return Counter(status for (status,) in connection.execute("SELECT status FROM outbox_message"))


def heartbeats(database: Path) -> set[str]:
    with sqlite3.connect(database) as connection:
        return {name for (name,) in connection.execute("SELECT name FROM outbox_heartbeat")}


def wait_for(condition: Any, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def start(env: dict[str, str], log: Path, *args: str) -> subprocess.Popen[bytes]:
    with log.open("wb") as output:
        return subprocess.Popen([sys.executable, "-m", "lastimpression", *args], env=env, stdout=output, stderr=output)


def stop(process: subprocess.Popen[bytes], log: Path) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        assert process.wait(timeout=60) == 0, log.read_text()
    finally:
        if process.poll() is None:
            process.kill()


def smtp_env(program: Process, port: int) -> dict[str, str]:
    return {
        **program.env, "LASTIMPRESSION_SMTP_HOST": "127.0.0.1", "LASTIMPRESSION_SMTP_PORT": str(port),
        "LASTIMPRESSION_SMTP_SECURITY": "none", "LASTIMPRESSION_NOW": AFTER_THE_SLOT,
    }  # fmt: skip


def test_with_only_serve_running_the_thank_yous_leave_once_at_their_slot(program: Process, tmp_path: Path) -> None:
    from aiosmtpd.controller import Controller

    server, port = Counts(), free_port()
    controller = Controller(server, hostname="127.0.0.1", port=port)
    controller.start()
    env = smtp_env(program, port)
    database = home_with(program, env, 3)
    log = tmp_path / "serve.log"
    try:
        serving = start(env, log, "serve", "--port", "0", "--send-every", "1")
        try:
            assert wait_for(lambda: statuses(database) == Counter({"sent": 3}), 60), log.read_text()
        finally:
            stop(serving, log)
    finally:
        controller.stop()
    assert sorted(server.accepted.values()) == [1, 1, 1]
    assert "serve" in heartbeats(database)
    lines = log.read_text().splitlines()
    assert any(line.startswith("http://127.0.0.1:") for line in lines), "the URL, as before"
    assert "2026-12-03T16:20:00+01:00 sent: 3, other: 0, replies: 0" in lines


def test_serve_and_worker_on_one_home_deliver_fifty_messages_once_each(program: Process, tmp_path: Path) -> None:
    from aiosmtpd.controller import Controller

    server, port = Counts(), free_port()
    controller = Controller(server, hostname="127.0.0.1", port=port)
    controller.start()
    env = smtp_env(program, port)
    database = home_with(program, env, 50)
    logs = tmp_path / "serve.log", tmp_path / "worker.log"
    try:
        serving = start(env, logs[0], "serve", "--port", "0", "--send-every", "1")
        working = start(env, logs[1], "worker", "--interval", "5")
        try:
            assert wait_for(lambda: statuses(database) == Counter({"sent": 50}), 120), statuses(database)
            # The one that did not get the lock said who was sending.
            assert wait_for(
                lambda: any("is already sending for this data folder" in log.read_text() for log in logs), 30
            ), [log.read_text() for log in logs]
        finally:
            stop(working, logs[1])
            stop(serving, logs[0])
    finally:
        controller.stop()
    assert len(server.accepted) == 50 and set(server.accepted.values()) == {1}
