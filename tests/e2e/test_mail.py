"""End to end with real mail servers on loopback: Postfix (STARTTLS, login) delivering to
Dovecot (IMAP), started through ``scripts/mail-services.sh`` by the ``servers`` fixture
(``tests/e2e/conftest.py``, ``tests/e2e/mailservers.py``).

Needs root and the Debian packages postfix, dovecot-imapd and dovecot-lmtpd. Elsewhere those
tests are skipped with the reason, unless ``CI`` is set: then they fail, because CI must run them.
"""

from __future__ import annotations

import email
import json
import os
import sqlite3
import subprocess
import sys
import time
from email.message import EmailMessage
from pathlib import Path

from tests.conftest import Process
from tests.e2e.mailservers import CANDIDATE, Mailboxes, deliver, mail_env


def run(program: Process, env: dict[str, str], now: str, *args: str) -> subprocess.CompletedProcess[str]:
    result = program(*args, env={**env, "LASTIMPRESSION_NOW": now})
    assert result.returncode == 0, f"{args}: {result.stderr}"
    return result


def setup_panel(program: Process, env: dict[str, str], people: list[tuple[str, str]]) -> list[dict[str, object]]:
    now = "2026-12-03T15:30:00+01:00"
    run(program, env, now, "init", "--name", "Camille Durand", "--email", CANDIDATE, "--agreement", "feminine")
    interview = run(
        program, env, now, "interview", "add", "--company", "Lumière Analytique", "--role", "Ingénieure data",
        "--start", "2026-12-03T14:00", "--duration", "75", "--decision-in", "2 semaines",
    ).stdout.split()[-1]  # fmt: skip
    for name, address in people:
        run(program, env, now, "person", "add", interview, "--name", name, "--email", address, "--salutation", "madame")
    drafted: list[dict[str, object]] = json.loads(run(program, env, now, "draft", interview, "--json").stdout)
    return drafted


def test_thank_yous_go_through_postfix_and_replies_bounces_and_auto_replies_come_back(
    servers: dict[str, str], program: Process
) -> None:
    env = mail_env(servers, LASTIMPRESSION_REPLIES_CANCEL="person")
    boxes = Mailboxes(servers)
    assert "SMTP" in run(program, env, "2026-12-03T15:30:00+01:00", "config", "test-smtp").stdout
    assert "INBOX" in run(program, env, "2026-12-03T15:30:00+01:00", "config", "test-imap").stdout
    claire, julien, nobody = setup_panel(
        program, env, [("Claire Martin", "claire.martin@example.org"), ("Julie Moreau", "julien.moreau@example.org"),
                       ("Paule Absente", "nobody@example.org")],
    )  # fmt: skip
    for message in (claire, julien, nobody):
        run(program, env, "2026-12-03T15:30:00+01:00", "send", str(message["id"]), "--force")
    reports = json.loads(run(program, env, "2026-12-03T16:30:00+01:00", "dispatch", "--json").stdout)
    assert [report["outcome"] for report in reports] == ["sent", "sent", "sent"], reports

    # The thank-you arrived in Claire's mailbox, once, as it was drafted.
    (arrived,) = boxes.find("claire.martin@example.org", "INBOX", str(claire["message_id_header"]))
    assert arrived["From"] == f"Camille Durand <{CANDIDATE}>"
    assert arrived["To"] == "Claire Martin <claire.martin@example.org>"
    assert arrived["Subject"] == "Merci pour notre entretien – Ingénieure data"
    assert arrived["Date"] and "Received" in arrived
    assert arrived.get_content().replace("\r\n", "\n").strip() == str(claire["body"]).strip()
    # A copy in the candidate's Sent folder (IMAP APPEND).
    assert len(boxes.find(CANDIDATE, "Sent", str(claire["message_id_header"]))) == 1

    # Claire answers; Julie's mailbox answers automatically; nobody@ does not exist: a real DSN.
    boxes.wait_for(CANDIDATE, "Undelivered Mail")
    reply = EmailMessage()
    reply["From"], reply["To"] = "Claire Martin <claire.martin@example.org>", CANDIDATE
    reply["Subject"] = "Re: Merci pour notre entretien – Ingénieure data"
    reply["In-Reply-To"] = reply["References"] = str(claire["message_id_header"])
    reply.set_content("Merci Camille, je vous recontacte très vite.")
    deliver(reply)
    automatic = EmailMessage()
    automatic["From"], automatic["To"] = "julien.moreau@example.org", CANDIDATE
    automatic["Subject"] = "Réponse automatique : absente jusqu'au 7 décembre"
    automatic["Auto-Submitted"] = "auto-replied"
    automatic["In-Reply-To"] = str(julien["message_id_header"])
    automatic.set_content("Je suis absente du bureau.")
    deliver(automatic)
    boxes.wait_for(CANDIDATE, "absente")
    boxes.wait_for(CANDIDATE, "Re: Merci")

    found = json.loads(run(program, env, "2026-12-04T10:00:00+01:00", "replies", "--json").stdout)
    kinds = sorted((item["kind"], item["person"]) for item in found)
    assert kinds == [("automatic", "Julie Moreau"), ("bounce", "Paule Absente"), ("reply", "Claire Martin")]
    assert json.loads(run(program, env, "2026-12-04T10:05:00+01:00", "replies", "--json").stdout) == []
    messages = {
        item["id"]: item
        for item in json.loads(run(program, env, "2026-12-04T10:05:00+01:00", "message", "list", "--json").stdout)
    }
    assert messages[nobody["id"]]["status"] == "bounced" and "5.1.1" in messages[nobody["id"]]["last_error"]

    # Follow-ups: Claire answered (none for her); Julie's, when due, arrives threaded.
    later = "2026-12-18T09:05:00+01:00"
    follow_ups = json.loads(run(program, env, later, "draft", "1", "--kind", "follow-up", "--json").stdout)
    by_person = {item["person"]: item for item in follow_ups}
    refused = program("send", str(by_person["Claire Martin"]["id"]), env={**env, "LASTIMPRESSION_NOW": later})
    assert refused.returncode == 1 and "Claire Martin" in refused.stderr
    julie = by_person["Julie Moreau"]
    sent = json.loads(run(program, env, later, "send", str(julie["id"]), "--now", "--force", "--json").stdout)
    assert sent["status"] == "sent"
    (threaded,) = boxes.find("julien.moreau@example.org", "INBOX", str(julie["message_id_header"]))
    assert threaded["In-Reply-To"] == julien["message_id_header"]
    assert threaded["References"] == julien["message_id_header"]
    assert threaded["Subject"].startswith("Re: Merci pour notre entretien")


def test_after_a_crash_a_message_found_in_the_sent_folder_is_recorded_sent_not_sent_again(
    servers: dict[str, str], program: Process
) -> None:
    env = mail_env(servers)
    boxes = Mailboxes(servers)
    (claire,) = setup_panel(program, env, [("Claire Martin", "claire.martin@example.org")])
    run(program, env, "2026-12-03T15:30:00+01:00", "send", str(claire["id"]), "--force")
    eml = subprocess.run(
        [sys.executable, "-m", "lastimpression", "message", "show", str(claire["id"]), "--eml"],
        env={**program.env, **env}, capture_output=True, check=True, timeout=60,
    )  # fmt: skip
    boxes.append(CANDIDATE, "Sent", eml.stdout)  # it had gone out, then the process died
    with sqlite3.connect(program.home / "lastimpression.sqlite3") as database:
        database.execute(
            "UPDATE outbox_message SET status='sending', claimed_by=?, claimed_at='2026-12-03 15:15:00', attempts=1 "
            "WHERE id=?",
            (f"smtp:{os.uname().nodename}:999999999", claim_id := claire["id"]),
        )
    reports = json.loads(run(program, env, "2026-12-03T16:20:00+01:00", "dispatch", "--json").stdout)
    assert [(report["id"], report["outcome"]) for report in reports] == [(claim_id, "sent")]
    assert boxes.find("claire.martin@example.org", "INBOX", str(claire["message_id_header"]), timeout=1) == []


SETUP_FIFTY = """
import os
os.environ["DJANGO_SETTINGS_MODULE"] = "lastimpression.settings"
from lastimpression.cli import runtime
runtime.setup()
from datetime import datetime
from lastimpression.interviews.models import Interview, Person
from lastimpression.outbox.models import Message
interview = Interview.objects.get()
Person.objects.bulk_create(
    Person(interview=interview, name=f"Personne {number:02d}", email=f"personne{number:02d}@example.org")
    for number in range(50)
)
"""


def test_kill_9_in_the_middle_of_a_batch_then_restart_sends_each_message_once_or_flags_it(
    program: Process, tmp_path: Path
) -> None:
    """The crash test of issue 5: counted at the server, every message arrived exactly once or
    is flagged unknown; none twice, none lost. Runs on any machine (aiosmtpd in this process)."""
    import asyncio
    import signal
    from collections import Counter

    from aiosmtpd.controller import Controller

    from tests.outbox.conftest import free_port

    arrived: Counter[str] = Counter()

    class Slow:
        async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
            await asyncio.sleep(0.05)
            parsed = email.message_from_bytes(envelope.original_content or b"")  # type: ignore[attr-defined]
            arrived[str(parsed["Message-ID"])] += 1
            return "250 OK"

    port = free_port()
    controller = Controller(Slow(), hostname="127.0.0.1", port=port)
    controller.start()
    env = {
        "LASTIMPRESSION_SMTP_HOST": "127.0.0.1", "LASTIMPRESSION_SMTP_PORT": str(port),
        "LASTIMPRESSION_SMTP_SECURITY": "none", "LASTIMPRESSION_NOW": "2026-12-03T16:20:00+01:00",
    }  # fmt: skip
    try:
        run(program, env, env["LASTIMPRESSION_NOW"], "init", "--name", "Camille Durand", "--email", CANDIDATE)
        run(program, env, env["LASTIMPRESSION_NOW"], "interview", "add", "--company", "Lumière Analytique",
            "--role", "Ingénieure data", "--start", "2026-12-03T14:00", "--duration", "75")  # fmt: skip
        made = subprocess.run(
            [sys.executable, "-c", SETUP_FIFTY], env={**program.env, **env}, capture_output=True, text=True
        )
        assert made.returncode == 0, made.stderr
        run(program, env, env["LASTIMPRESSION_NOW"], "draft", "1")
        database = program.home / "lastimpression.sqlite3"
        with sqlite3.connect(database) as connection:
            connection.execute(
                "UPDATE outbox_message SET status='scheduled', scheduled_at='2026-12-03 15:15:00' WHERE kind='thank_you'"
            )
            ids = dict(connection.execute("SELECT message_id_header, id FROM outbox_message"))
        assert len(ids) == 50

        log = tmp_path / "worker.log"

        def worker() -> subprocess.Popen[bytes]:
            with log.open("ab") as output:
                return subprocess.Popen(
                    [sys.executable, "-m", "lastimpression", "worker", "--interval", "5"],
                    env={**program.env, **env}, stdout=subprocess.DEVNULL, stderr=output,
                )  # fmt: skip

        first = worker()
        deadline = time.monotonic() + 60
        while sum(arrived.values()) < 15 and time.monotonic() < deadline:
            time.sleep(0.01)
        first.kill()  # kill -9, in the middle of the batch
        first.wait(timeout=30)
        assert 15 <= sum(arrived.values()) < 50
        second = worker()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with sqlite3.connect(database) as connection:
                waiting = connection.execute(
                    "SELECT count(*) FROM outbox_message WHERE status IN ('scheduled', 'sending')"
                ).fetchone()[0]
            if waiting == 0:
                break
            time.sleep(0.1)
        second.send_signal(signal.SIGTERM)
        assert second.wait(timeout=30) == 0, log.read_text()
        with sqlite3.connect(database) as connection:
            status = dict(connection.execute("SELECT message_id_header, status FROM outbox_message"))
    finally:
        controller.stop()
    assert max(arrived.values()) == 1, "a message arrived twice"
    for header in ids:
        assert (status[header] == "sent" and arrived[header] == 1) or status[header] == "unknown", (
            header, status[header], arrived[header],
        )  # fmt: skip
    assert list(status.values()).count("unknown") <= 1
