"""It really leaves (issue 13), as a new user on a phone would find it: a fresh home, only
``lastimpression serve`` running, mail set up in the page (the password typed there), an
interview entered, its thank-you scheduled: it arrives in the recipient's mailbox (Postfix to
Dovecot), once. The same with "Put it in my mail's Drafts", and with no account at all."""

from __future__ import annotations

import imaplib
import json
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.conftest import Process
from tests.e2e.browser import PHONE, Tab
from tests.e2e.mailservers import CANDIDATE, Mailboxes
from tests.e2e.test_browser_flow import new_interview

# After the Lyon interview's thank-you slot (16:15 in Paris): what is scheduled "at the plan's
# time" is due at once, and the program's own loop sends it.
AFTER_THE_SLOT = "2026-12-03T16:20:00+01:00"


class Serving:
    """``lastimpression serve`` in its own process, and a phone-sized tab signed in to it."""

    def __init__(self, process: subprocess.Popen[bytes], log: Path, tab: Tab, database: Path) -> None:
        self.process, self.log, self.tab, self.database = process, log, tab, database

    @property
    def page(self) -> Page:
        return self.tab.page

    def statuses(self) -> list[str]:
        with sqlite3.connect(self.database) as connection:
            return [status for (status,) in connection.execute("SELECT status FROM outbox_message ORDER BY id")]

    def message_id_header(self) -> str:
        with sqlite3.connect(self.database) as connection:
            (header,) = connection.execute("SELECT message_id_header FROM outbox_message ORDER BY id").fetchone()
            return str(header)


@pytest.fixture
def serving(chromium: Browser, servers: dict[str, str], program: Process, tmp_path: Path) -> Iterator[Serving]:
    env = {
        **program.env, "LASTIMPRESSION_NOW": AFTER_THE_SLOT,
        # The test servers' certificate is self-signed: the one thing not typed in the page.
        "LASTIMPRESSION_SMTP_CA_FILE": servers["MAIL_CA_FILE"],
    }  # fmt: skip
    made = subprocess.run(
        [sys.executable, "-m", "lastimpression", "init", "--name", "Camille Durand", "--email", CANDIDATE,
         "--agreement", "feminine"], env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    log = tmp_path / "serve.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "lastimpression", "serve", "--port", "0", "--send-every", "1"],
            env=env, stdout=output, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while not (found := re.search(r"(http://127\.0\.0\.1:\d+)/\?token=(\S+)", log.read_text())):
            assert time.monotonic() < deadline and process.poll() is None, log.read_text()
            time.sleep(0.1)
        context = chromium.new_context(viewport=PHONE, locale="fr-FR", timezone_id="Europe/Paris")
        context.set_default_timeout(15_000)
        tab = Tab(context, found.group(1))
        tab.sign_in(found.group(2))
        yield Serving(process, log, tab, program.home / "lastimpression.sqlite3")
        context.close()
        assert not tab.outside and not tab.errors, (tab.outside, tab.errors)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()


def set_up_mail(serving: Serving, servers: dict[str, str], mode: str) -> None:
    """The set-up page, as a user with a provider not in the list fills it."""
    page = serving.page
    serving.tab.go("/settings/mail/")
    page.locator(f"input[name=mode][value={mode}]").check()
    if mode != "remind":
        page.get_by_label("Votre adresse électronique").fill(CANDIDATE)
        page.locator("select[name=provider]").select_option("other")
        page.locator("[name='other-smtp-host']").fill("localhost")
        page.locator("[name='other-smtp-port']").fill(servers["MAIL_SMTP_PORT"])
        page.locator("[name='other-smtp-security']").select_option("starttls")
        page.locator("[name='other-imap-host']").fill("127.0.0.1")
        page.locator("[name='other-imap-port']").fill(servers["MAIL_IMAP_PORT"])
        page.locator("[name='other-imap-security']").select_option("none")
        page.locator("[name='other-username']").fill(CANDIDATE)
        page.locator("[name=password]").fill(servers["MAIL_PASSWORD"])
    page.get_by_role("button", name="Enregistrer", exact=True).click()
    page.wait_for_load_state("load")


def schedule_a_thank_you(serving: Serving) -> None:
    page = serving.page
    serving.tab.go("/interviews/new")
    new_interview(
        page,
        {"company": "Lumière Analytique", "role": "Ingénieure data", "start": "2026-12-03T14:00", "duration": "75",
         "decision": "2 semaines"},
        [{"name": "Claire Martin", "email": "claire.martin@example.org", "salutation": "madame"}],
        "Enregistrer",
    )  # fmt: skip
    page.get_by_label("Type de message").select_option("thank_you")
    page.get_by_role("button", name="Rédiger", exact=True).click()
    claire = page.locator("article.message").first
    claire.get_by_role("button", name=re.compile(r"^Programmer (à|le) ")).click()
    # The card says it is scheduled (or being sent, or sent, if the worker was that quick) before the
    # test polls the database: a loaded machine once left the click unanswered for 30 s.
    expect(claire.locator("h3 .state")).to_have_text(
        re.compile(r"^\((programmé|en cours d’envoi|envoyé)\)$"), timeout=60_000
    )


def wait_for(condition: object, timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return True
        time.sleep(0.2)
    return False


def test_set_up_in_the_page_and_with_only_serve_running_the_thank_you_arrives_once(
    serving: Serving, servers: dict[str, str]
) -> None:
    set_up_mail(serving, servers, "smtp")
    expect(serving.page.locator("body")).to_contain_text("Enregistré")
    schedule_a_thank_you(serving)
    assert wait_for(lambda: serving.statuses() == ["sent"]), (serving.statuses(), serving.log.read_text())
    boxes = Mailboxes(servers)
    (arrived,) = boxes.find("claire.martin@example.org", "INBOX", serving.message_id_header())
    # Decision Thursday 17 December: the business day after (Friday 18) moved mid-week (issue 15).
    assert "vous recontacter le mardi 22 décembre" in arrived.get_body(("plain",)).get_content()
    time.sleep(2)  # more passes of the loop: still once
    assert len(boxes.find("claire.martin@example.org", "INBOX", serving.message_id_header(), timeout=0)) == 1
    # The password typed in the page is in none of the program's files but the one made for it.
    home = serving.database.parent
    # (The test servers' password is "secret": the folder named "secrets" is not a leak.)
    password = servers["MAIL_PASSWORD"].encode()
    leaks = [
        str(path) for path in home.rglob("*")
        if path.is_file() and "secrets" not in path.parts and password in path.read_bytes().replace(b"/secrets/", b"/")
    ]  # fmt: skip
    assert leaks == []
    assert servers["MAIL_PASSWORD"] not in serving.log.read_text()


def test_in_drafts_mode_with_only_serve_running_the_thank_you_appears_in_the_users_drafts(
    serving: Serving, servers: dict[str, str]
) -> None:
    set_up_mail(serving, servers, "drafts")
    schedule_a_thank_you(serving)
    boxes = Mailboxes(servers)

    def in_drafts() -> bool:
        try:
            return bool(boxes.find(CANDIDATE, "Drafts", serving.message_id_header(), timeout=0))
        except imaplib.IMAP4.error:
            return False  # no Drafts folder yet: the program creates it when it places the first

    assert wait_for(in_drafts), serving.log.read_text()
    assert serving.statuses() == ["scheduled"], "placed in Drafts, not sent"
    assert boxes.find("claire.martin@example.org", "INBOX", serving.message_id_header(), timeout=0) == []
    serving.tab.go("/")
    expect(serving.page.locator(".alerts")).to_contain_text("dans les brouillons de votre messagerie")


def test_with_no_account_the_dashboard_says_to_send_it_now(serving: Serving, servers: dict[str, str]) -> None:
    set_up_mail(serving, servers, "remind")
    schedule_a_thank_you(serving)
    assert wait_for(lambda: bool(list((serving.database.parent / "outbox").glob("*.eml"))))
    serving.tab.go("/")
    alerts = serving.page.locator(".alerts")
    expect(alerts).to_contain_text("pas encore envoyé")
    expect(alerts.get_by_role("link", name="Télécharger le .eml")).to_be_visible()
    assert json.dumps(serving.statuses()) == '["scheduled"]'
