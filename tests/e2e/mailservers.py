"""Real mail servers on loopback for the end-to-end tests: Postfix (STARTTLS, login) delivering
to Dovecot (IMAP), started through ``scripts/mail-services.sh`` by the ``servers`` fixture of
``tests/e2e/conftest.py``; and the mailboxes read and written as their owners would.

Needs root and the Debian packages postfix, dovecot-imapd and dovecot-lmtpd. Elsewhere a test
using them is skipped with the reason, unless ``CI`` is set: then it fails, because CI must
run it. Importing this module starts nothing.
"""

from __future__ import annotations

import email
import fcntl
import imaplib
import os
import shutil
import smtplib
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "mail-services.sh"
LOCK = Path("/tmp/lastimpression-mail-services.lock")
CANDIDATE = "candidate@example.org"


def unavailable() -> str | None:
    """Why the servers cannot run here, or None."""
    if os.geteuid() != 0:
        return "the mail servers need root"
    missing = [tool for tool in ("postfix", "dovecot", "doveadm", "openssl") if shutil.which(tool) is None]
    if missing:
        return f"not installed: {', '.join(missing)} (apt-get install postfix dovecot-imapd dovecot-lmtpd)"
    return None


@contextmanager
def running_servers() -> Iterator[dict[str, str]]:
    """Start Postfix and Dovecot, yield what the script printed (ports, password, CA file),
    stop them. Skips the test where they cannot run (fails under CI)."""
    reason = unavailable()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the mail end-to-end tests: {reason}")
        pytest.skip(reason)
    # Not under pytest's private tmp folders: Dovecot's unprivileged processes must reach it.
    run = Path(tempfile.mkdtemp(prefix="lastimpression-mail-"))
    # One Postfix per machine: test sessions running at once take turns.
    with LOCK.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        started = subprocess.run(["bash", str(SCRIPT), "start", str(run)], capture_output=True, text=True, timeout=120)
        try:
            assert started.returncode == 0, started.stderr
            yield dict(line.split("=", 1) for line in started.stdout.splitlines() if "=" in line)
        finally:
            subprocess.run(["bash", str(SCRIPT), "stop", str(run)], capture_output=True, timeout=60)
            shutil.rmtree(run, ignore_errors=True)


def mail_env(servers: dict[str, str], **extra: str) -> dict[str, str]:
    return {
        "LASTIMPRESSION_SMTP_HOST": "localhost", "LASTIMPRESSION_SMTP_PORT": servers["MAIL_SMTP_PORT"],
        "LASTIMPRESSION_SMTP_SECURITY": "starttls", "LASTIMPRESSION_SMTP_USERNAME": CANDIDATE,
        "LASTIMPRESSION_SMTP_PASSWORD": servers["MAIL_PASSWORD"], "LASTIMPRESSION_SMTP_CA_FILE": servers["MAIL_CA_FILE"],
        "LASTIMPRESSION_SMTP_FROM": f"Camille Durand <{CANDIDATE}>",
        "LASTIMPRESSION_IMAP_HOST": "127.0.0.1", "LASTIMPRESSION_IMAP_PORT": servers["MAIL_IMAP_PORT"],
        "LASTIMPRESSION_IMAP_SECURITY": "none", "LASTIMPRESSION_IMAP_USERNAME": CANDIDATE,
        "LASTIMPRESSION_IMAP_PASSWORD": servers["MAIL_PASSWORD"], "LASTIMPRESSION_IMAP_FOLDERS": "INBOX",
        "LASTIMPRESSION_IMAP_SENT_FOLDER": "Sent", **extra,
    }  # fmt: skip


class Mailboxes:
    """Reading the servers' mailboxes as their owners would."""

    def __init__(self, servers: dict[str, str]) -> None:
        self.port = int(servers["MAIL_IMAP_PORT"])
        self.password = servers["MAIL_PASSWORD"]

    def find(self, user: str, folder: str, message_id: str, timeout: float = 10) -> list[EmailMessage]:
        """Every message of ``folder`` with this Message-ID, waiting up to ``timeout`` for one."""
        deadline = time.monotonic() + timeout
        while True:
            with imaplib.IMAP4("127.0.0.1", self.port) as client:
                client.login(user, self.password)
                client.select(folder, readonly=True)
                _, numbers = client.search(None, "HEADER", "Message-ID", message_id)
                found = []
                for number in numbers[0].split():
                    _, data = client.fetch(number, "(BODY.PEEK[])")
                    raw = data[0][1] if isinstance(data[0], tuple) else b""
                    parsed = email.message_from_bytes(raw, policy=policy.default)
                    assert isinstance(parsed, EmailMessage)
                    found.append(parsed)
            if found or time.monotonic() > deadline:
                return found
            time.sleep(0.2)

    def wait_for(self, user: str, subject_part: str, timeout: float = 15) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with imaplib.IMAP4("127.0.0.1", self.port) as client:
                client.login(user, self.password)
                client.select("INBOX", readonly=True)
                _, numbers = client.search(None, "SUBJECT", f'"{subject_part}"')
                if numbers[0].split():
                    return
            time.sleep(0.2)
        raise AssertionError(f"nothing with {subject_part!r} arrived for {user}")

    def append(self, user: str, folder: str, raw: bytes, when: datetime | None = None) -> None:
        """Put ``raw`` in ``folder`` as arrived at ``when`` (its INTERNALDATE; default now)."""
        with imaplib.IMAP4("127.0.0.1", self.port) as client:
            client.login(user, self.password)
            client.append(folder, "(\\Seen)", when, raw)


def deliver(message: EmailMessage) -> None:
    """Someone else writes to the candidate: through Postfix, as mail from outside arrives."""
    with smtplib.SMTP("127.0.0.1", 25, timeout=10) as client:
        client.send_message(message)
