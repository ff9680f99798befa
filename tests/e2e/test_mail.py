"""End to end with real mail servers on loopback: Postfix (STARTTLS, login) delivering to
Dovecot (IMAP), started through ``scripts/mail-services.sh`` by the ``servers`` fixture
(``tests/e2e/conftest.py``, ``tests/e2e/mailservers.py``).

Needs root and the Debian packages postfix, dovecot-imapd and dovecot-lmtpd. Elsewhere those
tests are skipped with the reason, unless ``CI`` is set: then they fail, because CI must run them.
"""

from __future__ import annotations

import dataclasses
import email
import imaplib
import json
import os
import re
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from click.testing import Result

from tests.conftest import Process
from tests.e2e.mailservers import CANDIDATE, Mailboxes, deliver, mail_env
from tests.outbox.conftest import Clock, free_port


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


def dispatch_until_done(program: Process, env: dict[str, str], now: str) -> list[dict[str, object]]:
    """``dispatch`` at ``now``, then at each time a panel's message was moved to (a panel leaves
    minutes apart, PRODUCT.md §4), until none waits; the reports except the "spaced" ones."""
    done: list[dict[str, object]] = []
    waiting: set[datetime] = set()
    while True:
        reports = json.loads(run(program, env, now, "dispatch", "--json").stdout)
        done += [report for report in reports if report["outcome"] != "spaced"]
        waiting |= {datetime.fromisoformat(str(report["at"])) for report in reports if report["outcome"] == "spaced"}
        later = [instant for instant in waiting if instant > datetime.fromisoformat(now)]
        if not later:
            return done
        now = min(later).isoformat()


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
    reports = dispatch_until_done(program, env, "2026-12-03T16:30:00+01:00")
    assert [report["outcome"] for report in reports] == ["sent", "sent", "sent"], reports

    # The thank-you arrived in Claire's mailbox, once, as it was drafted.
    (arrived,) = boxes.find("claire.martin@example.org", "INBOX", str(claire["message_id_header"]))
    assert arrived["From"] == f"Camille Durand <{CANDIDATE}>"
    assert arrived["To"] == "Claire Martin <claire.martin@example.org>"
    assert arrived["Subject"] == "Merci – Ingénieure data, entretien du 3 décembre"  # dated: CRAFT R12
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

    # Follow-ups: the panel's one goes to its main contact, Claire (the first with an address,
    # issue 15); the user writes one to Julie as well (--person). Claire answered (none for her:
    # with cancel = person, her reply stops only hers); Julie's, when due, arrives threaded.
    later = "2026-12-22T10:05:00+01:00"
    follow_ups = json.loads(run(program, env, later, "draft", "1", "--kind", "follow-up", "--json").stdout)
    assert [item["person"] for item in follow_ups] == ["Claire Martin"]
    follow_ups += json.loads(
        run(program, env, later, "draft", "1", "--kind", "follow-up", "--person", str(julien["person_id"]),
            "--json").stdout
    )  # fmt: skip
    by_person = {item["person"]: item for item in follow_ups}
    refused = program("send", str(by_person["Claire Martin"]["id"]), env={**env, "LASTIMPRESSION_NOW": later})
    assert refused.returncode == 1 and "Claire Martin" in refused.stderr
    julie = by_person["Julie Moreau"]
    sent = json.loads(run(program, env, later, "send", str(julie["id"]), "--now", "--force", "--json").stdout)
    assert sent["status"] == "sent"
    (threaded,) = boxes.find("julien.moreau@example.org", "INBOX", str(julie["message_id_header"]))
    assert threaded["In-Reply-To"] == julien["message_id_header"]
    assert threaded["References"] == julien["message_id_header"]
    assert threaded["Subject"] == "Re: Merci – Ingénieure data, entretien du 3 décembre"


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
from lastimpression import clock
from lastimpression.outbox.drafting import draft
from lastimpression.planning.service import replan
# Fifty interviews of one person each: a panel would leave minutes apart (PRODUCT.md §4), and
# this test is about one pass sending a batch.
first = Interview.objects.get()
for number in range(50):
    interview = first if number == 0 else Interview.objects.create(
        company=f"{first.company} {number:02d}", role=first.role, start=first.start, end=first.end,
        timezone=first.timezone, country=first.country, subdivision=first.subdivision,
        language=first.language, status=first.status,
    )
    Person.objects.create(interview=interview, name=f"Personne {number:02d}", email=f"personne{number:02d}@example.org")
    replan(interview)
    draft(interview.id, "thank_you", None, clock.now())
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
    # The message in hand when the first worker died is the one flagged, and the agenda (in the
    # profile's French) asks the user to check it.
    with sqlite3.connect(database) as connection:
        unknown = connection.execute(
            "SELECT outbox_message.id, interviews_person.name FROM outbox_message "
            "JOIN interviews_person ON interviews_person.id = outbox_message.person_id WHERE status = 'unknown'"
        ).fetchall()
    assert len(unknown) == 1, "a kill in the middle of a batch leaves the message in hand unknown"
    ((key, name),) = unknown
    agenda = run(program, env, env["LASTIMPRESSION_NOW"], "agenda").stdout.splitlines()
    assert (
        f"Le message {key} (e-mail de remerciement à {name}) : le programme s'est arrêté pendant l'envoi ; il est peut-être "
        f"parti. S'il est dans vos envoyés : lastimpression message sent {key} ; sinon : lastimpression send {key} --now"
    ) in agenda, agenda


# -- Follow-ups and checks with the CLI run in this process (the program's clock moved by the
# test, the settings read from mail_env as the program reads them): a reply cancels a follow-up
# already scheduled; a due follow-up is sent by dispatch at its slot, threaded; config test-imap
# explains failures in plain words.

Cli = Callable[..., Result]
PARIS = ZoneInfo("Europe/Paris")
CLAIRE = "claire.martin@example.org"


def paris(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=PARIS)


DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")  # fmt: skip


def in_french(instant: datetime) -> str:
    """ "mercredi 2 décembre 2026 13:52", in Paris."""
    local = instant.astimezone(PARIS)
    return f"{DAYS[local.weekday()]} {local.day} {MONTHS[local.month - 1]} {local.year} {local:%H:%M}"


def arrival(servers: dict[str, str], message_id: str) -> datetime:
    """When the candidate's INBOX received ``message_id`` (its INTERNALDATE), once it has."""
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        with imaplib.IMAP4("127.0.0.1", int(servers["MAIL_IMAP_PORT"])) as client:
            client.login(CANDIDATE, servers["MAIL_PASSWORD"])
            client.select("INBOX", readonly=True)
            _, numbers = client.search(None, "HEADER", "Message-ID", message_id)
            for number in numbers[0].split():
                _, data = client.fetch(number, "(INTERNALDATE)")
                found = re.search(rb'INTERNALDATE "([^"]+)"', data[0] if isinstance(data[0], bytes) else b"")
                assert found, data
                return datetime.strptime(found.group(1).decode(), "%d-%b-%Y %H:%M:%S %z")
        time.sleep(0.2)
    raise AssertionError(f"{message_id} did not arrive")


@pytest.fixture
def paris_clock(clock: Clock) -> Clock:
    clock.at(paris("2026-12-03T15:30"))
    return clock


@pytest.fixture
def mail_settings(servers: dict[str, str], settings: Any, tmp_path: Path) -> Iterator[Callable[..., None]]:
    """use(**LASTIMPRESSION_* variables): the settings the program would read from
    ``mail_env(servers)`` and these variables (restored after the test)."""
    from lastimpression import config

    settings.HOME = tmp_path / "home"
    settings.HOME.mkdir()

    def use(**extra: str) -> None:
        loaded = config.load({**mail_env(servers, **extra), "LASTIMPRESSION_HOME": str(settings.HOME)})
        settings.CONFIG = dataclasses.replace(settings.CONFIG, settings=loaded.settings)

    use()
    yield use


def ok(cli: Cli, *args: str) -> Result:
    result = cli(*args)
    assert result.exit_code == 0, f"{args}: {result.stderr}"
    return result


def thank_you_sent(cli: Cli, clock: Clock, boxes: Mailboxes) -> tuple[str, dict[str, Any]]:
    """Camille's interview in Lyon (Thursday 3 December 2026, 14:00–15:15, decision in two
    weeks) with Claire Martin, whose thank-you dispatch sends at its slot (16:15) through
    Postfix. Returns the interview's id and the thank-you as ``message show --json`` prints it."""
    ok(cli, "init", "--name", "Camille Durand", "--email", CANDIDATE, "--agreement", "feminine")
    interview = ok(
        cli, "interview", "add", "--company", "Lumière Analytique", "--role", "Ingénieure data",
        "--start", "2026-12-03T14:00", "--duration", "75", "--decision-in", "2 semaines",
    ).stdout.split()[-1]  # fmt: skip
    ok(cli, "person", "add", interview, "--name", "Claire Martin", "--email", CLAIRE, "--salutation", "madame")
    (drafted,) = json.loads(ok(cli, "draft", interview, "--json").stdout)
    ok(cli, "send", str(drafted["id"]))
    clock.at(paris("2026-12-03T16:16"))
    (report,) = json.loads(ok(cli, "dispatch", "--json").stdout)
    assert report["outcome"] == "sent", report
    thank_you: dict[str, Any] = json.loads(ok(cli, "message", "show", str(drafted["id"]), "--json").stdout)
    assert len(boxes.find(CLAIRE, "INBOX", thank_you["message_id_header"])) == 1
    return interview, thank_you


def scheduled_follow_up(cli: Cli, clock: Clock, interview: str) -> dict[str, Any]:
    """The follow-up drafted the next morning and scheduled by ``send`` at its plan's slot:
    Tuesday 22 December 2026 at 10:00 in Lyon (the business day after the decision date, Friday
    18, moved mid-week, mid-morning: issue 15)."""
    clock.at(paris("2026-12-04T09:00"))
    (drafted,) = json.loads(ok(cli, "draft", interview, "--kind", "follow-up", "--json").stdout)
    scheduled: dict[str, Any] = json.loads(ok(cli, "send", str(drafted["id"]), "--json").stdout)
    assert scheduled["status"] == "scheduled"
    assert datetime.fromisoformat(scheduled["scheduled_at"]) == paris("2026-12-22T10:00")
    return scheduled


def test_a_reply_arriving_after_the_follow_up_was_scheduled_cancels_it_and_nothing_more_is_sent(
    servers: dict[str, str], cli: Cli, paris_clock: Clock, mail_settings: Callable[..., None]
) -> None:
    boxes = Mailboxes(servers)
    # A first pass of replies: what the mailbox already holds is not read again.
    ok(cli, "init", "--name", "Camille Durand", "--email", CANDIDATE)
    ok(cli, "replies")
    interview, thank_you = thank_you_sent(cli, paris_clock, boxes)
    follow_up = scheduled_follow_up(cli, paris_clock, interview)

    # Claire answers the thank-you: through Postfix, into Camille's mailbox.
    reply = EmailMessage()
    reply["From"], reply["To"] = f"Claire Martin <{CLAIRE}>", CANDIDATE
    reply["Subject"] = "Re: Merci pour notre entretien – Ingénieure data (réponse de Claire)"
    reply["Message-ID"] = reply_id = f"<reponse-{follow_up['message_id_header'].strip('<>')}>"
    reply["In-Reply-To"] = reply["References"] = thank_you["message_id_header"]
    reply.set_content("Bonjour Camille, merci pour votre message. Nous vous recontactons très vite.")
    deliver(reply)
    arrived = arrival(servers, reply_id)

    paris_clock.at(paris("2026-12-10T10:30"))
    (found,) = json.loads(ok(cli, "replies", "--json").stdout)
    assert (found["kind"], found["person"], found["follow_ups_cancelled"]) == ("reply", "Claire Martin", 1)
    cancelled = json.loads(ok(cli, "message", "show", str(follow_up["id"]), "--json").stdout)
    assert cancelled["status"] == "cancelled"
    # The agenda names the reply with the time the server received it (its own clock, not the
    # program's): looked at just after.
    paris_clock.at(arrived + timedelta(minutes=1))
    assert f"Claire Martin a répondu le {in_french(arrived)}." in ok(cli, "agenda").stdout.splitlines()

    # The slot passes: nothing goes to Claire.
    paris_clock.at(paris("2026-12-22T10:30"))
    assert json.loads(ok(cli, "dispatch", "--json").stdout) == []
    assert boxes.find(CLAIRE, "INBOX", follow_up["message_id_header"], timeout=1) == []
    after = json.loads(ok(cli, "message", "show", str(follow_up["id"]), "--json").stdout)
    assert (after["status"], after["sent_at"]) == ("cancelled", None)


def test_a_due_follow_up_is_sent_by_dispatch_at_its_slot_and_arrives_threaded_under_the_thank_you(
    servers: dict[str, str], cli: Cli, paris_clock: Clock, mail_settings: Callable[..., None]
) -> None:
    boxes = Mailboxes(servers)
    interview, thank_you = thank_you_sent(cli, paris_clock, boxes)
    follow_up = scheduled_follow_up(cli, paris_clock, interview)

    paris_clock.at(paris("2026-12-22T09:59"))
    assert json.loads(ok(cli, "dispatch", "--json").stdout) == []  # not a minute early
    paris_clock.at(paris("2026-12-22T10:00"))
    (report,) = json.loads(ok(cli, "dispatch", "--json").stdout)
    assert (report["id"], report["outcome"]) == (follow_up["id"], "sent")

    (arrived,) = boxes.find(CLAIRE, "INBOX", follow_up["message_id_header"])
    assert arrived["In-Reply-To"] == thank_you["message_id_header"]
    assert arrived["References"] == thank_you["message_id_header"]
    assert arrived["Subject"] == "Re: Merci – Ingénieure data, entretien du 3 décembre"
    assert arrived["To"] == f"Claire Martin <{CLAIRE}>"
    assert parsedate_to_datetime(arrived["Date"]) == paris("2026-12-22T10:00")
    assert arrived.get_content().replace("\r\n", "\n").strip() == follow_up["body"].strip()
    sent = json.loads(ok(cli, "message", "show", str(follow_up["id"]), "--json").stdout)
    assert sent["status"] == "sent" and datetime.fromisoformat(sent["sent_at"]) == paris("2026-12-22T10:00")


def test_config_test_imap_explains_failures_against_the_real_dovecot_in_plain_words(
    servers: dict[str, str], cli: Cli, mail_settings: Callable[..., None]
) -> None:
    ok(cli, "init", "--name", "Camille Durand", "--email", CANDIDATE, "--language", "en")
    where = f"127.0.0.1:{servers['MAIL_IMAP_PORT']}"
    works = ok(cli, "config", "test-imap").stdout
    assert works.startswith(f"IMAP works: {where}, none; INBOX: ")

    def refused(**variables: str) -> str:
        mail_settings(**variables)
        result = cli("config", "test-imap")
        assert result.exit_code == 1 and result.stdout == "", result.stdout
        return str(result.stderr.strip())

    assert refused(LASTIMPRESSION_IMAP_PASSWORD="not-the-password") == (
        f"Error: IMAP: wrong user name or password for {where} (Gmail and most providers need an app password); "
        "the server said: [AUTHENTICATIONFAILED] Authentication failed."
    )
    tls = refused(LASTIMPRESSION_IMAP_SECURITY="ssl")  # implicit TLS on Dovecot's plain port
    assert tls.startswith(
        f"Error: IMAP: TLS failure with {where}: the secure connection could not be set up (a certificate not "
        "trusted, or the wrong security for this port: starttls for 587, ssl for 465); the server said: "
    ), tls
    nobody = free_port()
    assert refused(LASTIMPRESSION_IMAP_PORT=str(nobody)) == (
        f"Error: IMAP: the connection was refused by 127.0.0.1:{nobody}: check the host and port, "
        "and that the server is running"
    )
    # In French when the profile speaks French.
    ok(cli, "init", "--name", "Camille Durand", "--email", CANDIDATE, "--language", "fr")
    assert refused(LASTIMPRESSION_IMAP_PORT=str(nobody)) == (
        f"Erreur : IMAP: la connexion a été refusée par 127.0.0.1:{nobody}\u00a0: vérifiez l’hôte et le port, "
        "et que le serveur fonctionne"
    )


def test_in_drafts_mode_the_thank_you_appears_in_the_users_drafts_and_is_recorded_sent_once_in_sent(
    servers: dict[str, str], program: Process
) -> None:
    """The second honest way to send (issue "It really leaves"): no SMTP at all; at its slot the
    e-mail is placed in the user's own Drafts over IMAP, threaded and ready; once their mail
    program has sent it (a copy in Sent), the replies check records it sent and the plan follows."""
    env = {key: value for key, value in mail_env(servers).items() if not key.startswith("LASTIMPRESSION_SMTP_")} | {
        "LASTIMPRESSION_OUTBOX_MODE": "drafts"
    }
    boxes = Mailboxes(servers)
    (claire,) = setup_panel(program, env, [("Claire Martin", "claire.martin@example.org")])
    scheduled = run(program, env, "2026-12-03T15:30:00+01:00", "send", str(claire["id"]))
    assert "brouillons de votre messagerie" in scheduled.stdout and "NON ENVOYÉ" in scheduled.stdout
    (report,) = json.loads(run(program, env, "2026-12-03T16:20:00+01:00", "dispatch", "--json").stdout)
    assert report["outcome"] == "written", report
    header = str(claire["message_id_header"])
    (draft,) = boxes.find(CANDIDATE, "Drafts", header)
    assert draft["To"] == "Claire Martin <claire.martin@example.org>"
    # Decision Thursday 17 December: the business day after (Friday 18) moved mid-week (issue 15).
    assert "vous recontacter le mardi 22 décembre" in str(draft.get_body(("plain",)).get_content())
    shown = json.loads(
        run(program, env, "2026-12-03T16:21:00+01:00", "message", "show", str(claire["id"]), "--json").stdout
    )
    assert shown["status"] == "scheduled" and shown["awaiting_confirmation"] is True
    # Nothing left by SMTP: the recipient has nothing yet.
    assert boxes.find("claire.martin@example.org", "INBOX", header, timeout=1) == []
    # The user presses Send in their mail program, which keeps a copy in Sent.
    boxes.append(CANDIDATE, "Sent", draft.as_bytes())
    checked = run(program, env, "2026-12-03T16:40:00+01:00", "replies")
    assert "est parti de votre messagerie" in checked.stdout
    after = json.loads(
        run(program, env, "2026-12-03T16:41:00+01:00", "message", "show", str(claire["id"]), "--json").stdout
    )
    assert after["status"] == "sent"
    plan = json.loads(
        run(program, env, "2026-12-03T16:41:00+01:00", "plan", str(shown["interview_id"]), "--json").stdout
    )
    assert {(action["kind"], action["status"]) for action in plan if action["kind"] == "thank_you"} == {
        ("thank_you", "done")
    }
