"""Setting mail up in the browser: the address finds the servers, the password typed in the page
goes to a file only the user can read (no keyring here) and nowhere else, the way messages leave
is saved, and the test says what went wrong in plain words without sending anything."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test import Client

from lastimpression import config
from lastimpression.outbox import secrets
from tests.outbox.conftest import SmtpServer, free_port, smtp_server  # noqa: F401  (the in-process SMTP server)
from tests.web.conftest import browser_in, csrf_token
from tests.web.test_i18n import leaks

PAGE = "/settings/mail/"
SECRET = "Typed-Only-Here-7q!x"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: Any) -> Path:
    """A fresh home with no mail set up, and no OS keyring (as on the test machines)."""
    for name in [name for name in os.environ if name.startswith(config.PREFIX)]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("LASTIMPRESSION_HOME", str(tmp_path))
    monkeypatch.setattr(secrets, "real_keyring_backends", lambda: [])
    settings.CONFIG = config.load()
    return tmp_path


def post(browser: Client, data: dict[str, str]) -> Any:
    return browser.post(PAGE, {**data, "csrfmiddlewaretoken": csrf_token(browser, PAGE)})


def by_hand(port: int, **extra: str) -> dict[str, str]:
    """The "Another provider" form for a server on this machine, without TLS (test servers only)."""
    return {
        "action": "save", "mode": "smtp", "address": "camille.durand@durand-conseil.fr", "provider": "other",
        "other-smtp-host": "127.0.0.1", "other-smtp-port": str(port), "other-smtp-security": "none",
        "other-username": "camille", **extra,
    }  # fmt: skip


def test_the_address_finds_the_servers_and_says_how_to_make_an_app_password(db: None, home: Path) -> None:
    english = post(browser_in("en"), {"action": "find", "address": "camille@gmail.com", "mode": "smtp"})
    html = english.content.decode()
    assert english.status_code == 200
    assert (
        "SMTP server smtp.gmail.com, port 587, STARTTLS" in html
        and "IMAP server imap.gmail.com, port 993, SSL/TLS" in html
    )
    assert "myaccount.google.com/apppasswords" in html and "Gmail needs an app password" in html
    french = post(
        browser_in("fr"), {"action": "find", "address": "camille@wanadoo.fr", "mode": "smtp"}
    ).content.decode()
    assert "smtp.orange.fr, port 465" in french and "Tapez le mot de passe de votre boîte Mail Orange" in french
    unknown = post(browser_in("en"), {"action": "find", "address": "camille@durand-conseil.fr"}).content.decode()
    assert "No preset for this address" in unknown
    assert not (home / "config.toml").exists(), "finding writes nothing"


def test_a_provider_that_accepts_only_oauth2_is_said_unsupported_and_nothing_is_saved(db: None, home: Path) -> None:
    refused = post(
        browser_in("en"), {"action": "save", "mode": "smtp", "address": "camille@hotmail.fr", "password": "x"}
    )
    assert refused.status_code == 400
    assert (
        "Provider: Outlook.com, Hotmail and Microsoft 365 accept only a Microsoft sign-in" in refused.content.decode()
    )
    assert not (home / "config.toml").exists() and not (home / "secrets").exists()


def test_the_password_typed_goes_to_a_file_only_the_user_can_read_and_the_page_says_where(db: None, home: Path) -> None:
    browser = browser_in("en")
    saved = post(browser, {"action": "save", "mode": "smtp", "address": "camille.durand@gmail.com", "password": SECRET})
    assert saved.status_code == 302 and saved["Location"] == "/settings/mail/?saved=file#mail-test"
    stored = home / "secrets" / "smtp-password"
    assert stored.read_text(encoding="utf-8") == SECRET + "\n"
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600 and stat.S_IMODE(stored.parent.stat().st_mode) == 0o700
    loaded = config.load({"LASTIMPRESSION_HOME": str(home)})
    smtp, imap = loaded.settings["smtp"], loaded.settings["imap"]
    assert (smtp["host"], smtp["port"], smtp["security"], smtp["username"]) == (
        "smtp.gmail.com", 587, "starttls", "camille.durand@gmail.com",
    )  # fmt: skip
    assert smtp["password_file"] == str(stored) and imap["password_file"] == str(home / "secrets" / "imap-password")
    assert loaded.get("outbox", "mode") == "smtp"
    assert secrets.password("smtp", loaded) == SECRET, "the sender finds it where the page put it"
    page = browser.get("/settings/mail/?saved=file").content.decode()
    assert "Saved. Your password is in a file of your data folder that only you can read" in page
    assert str(stored) not in page, "no path in the page"
    assert SECRET not in page
    assert "Password: found in the file" in browser.get("/settings/").content.decode(), "the settings page agrees"


def test_with_a_real_keyring_the_password_goes_there_and_no_file_is_left(
    db: None, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept: dict[tuple[str, str], str] = {}

    class Keyring:
        priority = 5

        def set_password(self, service: str, user: str, value: str) -> None:
            kept[(service, user)] = value

        def get_password(self, service: str, user: str) -> str | None:
            return kept.get((service, user))

    monkeypatch.setattr(secrets, "real_keyring_backends", lambda: [Keyring()])
    saved = post(
        browser_in("fr"), {"action": "save", "mode": "drafts", "address": "camille@free.fr", "password": SECRET}
    )
    assert saved["Location"] == "/settings/mail/?saved=keyring#mail-test"
    assert kept == {("lastimpression-imap", "camille"): SECRET}, "Drafts uses IMAP only; Free's user name"
    loaded = config.load({"LASTIMPRESSION_HOME": str(home)})
    assert "password_file" not in loaded.settings["imap"] and "smtp" not in loaded.settings
    assert loaded.get("outbox", "mode") == "drafts" and not (home / "secrets" / "imap-password").exists()
    page = browser_in("fr").get("/settings/mail/?saved=keyring").content.decode()
    assert "Votre mot de passe est dans le trousseau du système (lastimpression-imap, camille)" in page


def test_remind_me_needs_no_account_and_saves_the_mode_only(db: None, home: Path) -> None:
    saved = post(browser_in("en"), {"action": "save", "mode": "remind", "address": ""})
    assert saved.status_code == 302
    assert config.load({"LASTIMPRESSION_HOME": str(home)}).settings == {"outbox": {"mode": "remind"}}
    page = browser_in("en").get(saved["Location"].split("#")[0]).content.decode()
    assert "Saved. No account is used" in page and 'value="remind" checked' in page
    assert "Nothing to test: no account is used." in post(browser_in("en"), {"action": "test"}).content.decode()


@pytest.mark.parametrize(
    ("form", "said"),
    [
        ({"mode": "smtp", "address": ""}, "Your e-mail address: is empty"),
        ({"mode": "smtp", "address": "camille@"}, "Your e-mail address: &#x27;camille@&#x27; is not a valid e-mail"),
        ({"mode": "fax", "address": "camille@gmail.com"}, "How your messages leave: must be one of smtp, drafts, remind"),
        ({"mode": "smtp", "address": "camille@gmail.com", "password": ""}, "Password: is empty: type the password"),
        ({"mode": "smtp", "address": "a@durand-conseil.fr", "password": "x"}, "Sending server (SMTP): is empty"),
        ({"mode": "drafts", "address": "a@durand-conseil.fr", "password": "x"}, "Receiving server (IMAP): is empty"),
        (
            {"mode": "smtp", "address": "a@durand-conseil.fr", "provider": "other", "other-smtp-host": "smtp.x.org",
             "other-smtp-port": "smtp", "password": "x"},
            "Sending port: must be a whole number from 1 to 65535",
        ),
        (
            {"mode": "smtp", "address": "a@durand-conseil.fr", "other-smtp-host": "smtp x.org", "password": "x"},
            "Sending server (SMTP): smtp x.org is not a server name",
        ),
    ],
)  # fmt: skip
def test_every_invalid_input_is_refused_naming_its_field_and_nothing_is_written(
    db: None, home: Path, form: dict[str, str], said: str
) -> None:
    refused = post(browser_in("en"), {"action": "save", **form})
    html = refused.content.decode()
    assert refused.status_code == 400 and "Nothing was saved:" in html
    assert said in html, html.split('role="alert"')[1][:400]
    assert not (home / "config.toml").exists() and not (home / "secrets").exists()
    assert 'id="password" name="password" type="password" value=""' in html, "a password is never sent back"


def test_the_forms_refuse_a_post_without_the_csrf_token(db: None, home: Path) -> None:
    refused = browser_in("en").post(PAGE, {"action": "save", "mode": "remind"})
    assert refused.status_code == 403 and not (home / "config.toml").exists()


def test_the_test_sends_nothing_and_says_ok(db: None, home: Path, smtp_server: SmtpServer) -> None:  # noqa: F811
    smtp_server.behaviour.password = SECRET
    assert post(browser_in("en"), by_hand(smtp_server.port, password=SECRET)).status_code == 302
    tested = post(browser_in("en"), {"action": "test"}).content.decode()
    assert f"SMTP: 127.0.0.1:{smtp_server.port} — OK." in tested
    assert smtp_server.arrived == [], "a test sends nothing"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "refused the user name or the password. Check them; Gmail, Yahoo, iCloud, Fastmail and many others "
               "want an app password here"),
        ("fr", "a refusé l’identifiant ou le mot de passe. Vérifiez-les\u202f; Gmail, Yahoo, iCloud, Fastmail et bien "
               "d’autres demandent ici un mot de passe d’application"),
    ],
)  # fmt: skip
def test_a_wrong_password_is_said_in_plain_words(
    db: None,
    home: Path,
    smtp_server: SmtpServer,  # noqa: F811
    language: str,
    said: str,
) -> None:
    assert post(browser_in(language), by_hand(smtp_server.port, password="not-the-password")).status_code == 302
    tested = post(browser_in(language), {"action": "test"}).content.decode()
    assert said in tested and "535" in tested and "not-the-password" not in tested


def test_a_server_that_nothing_answers_is_said_in_plain_words(db: None, home: Path) -> None:
    closed = free_port()
    assert post(browser_in("en"), by_hand(closed, password=SECRET)).status_code == 302
    browser = browser_in("en")
    page = browser.post(
        PAGE, {"action": "test", "csrfmiddlewaretoken": csrf_token(browser, PAGE)}, headers={"HX-Request": "true"}
    ).content.decode()
    assert page.strip().startswith('<p class="error">'), "htmx gets the result alone"
    assert f"127.0.0.1:{closed} refused the connection: nothing answers on that port." in page
    french = post(browser_in("fr"), {"action": "test"}).content.decode()
    assert f"127.0.0.1:{closed} a refusé la connexion\u00a0: rien ne répond sur ce port." in french


def test_an_app_password_required_answer_says_so() -> None:
    from django.utils import translation

    from lastimpression.outbox.transport import MailError
    from lastimpression.web.mail_settings import explain

    error = MailError("auth", "smtp.gmail.com:587", permanent=True,
                      server_words="534 5.7.9 Application-specific password required.")  # fmt: skip
    with translation.override("en"):
        assert explain(error, "en").startswith("smtp.gmail.com:587 wants an app password")


def test_the_password_typed_is_nowhere_else_not_in_the_database_config_logs_or_any_page(
    db: None,
    home: Path,
    smtp_server: SmtpServer,  # noqa: F811
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    cli: Any,
    lyon_panel: int,
) -> None:
    caplog.set_level(logging.DEBUG)
    smtp_server.behaviour.password = SECRET
    browser = browser_in("en")
    answers = [post(browser, by_hand(smtp_server.port, password=SECRET, **{"other-imap-host": "127.0.0.1"}))]
    answers.append(post(browser, {"action": "test"}))
    pages = ["/", "/settings/", PAGE, "/interviews/", f"/interviews/{lyon_panel}/", "/journal/", "/import",
             "/interviews/new", f"/interviews/{lyon_panel}/card", "/settings/mail/?saved=file"]  # fmt: skip
    shown = [answer.content.decode() for answer in answers] + [browser.get(page).content.decode() for page in pages]
    shown += [browser_in("fr").get(page).content.decode() for page in pages]
    assert "— OK." in shown[1], "the password worked"
    assert not [page for page, html in zip(["save", "test", *pages, *pages], shown, strict=True) if SECRET in html]
    assert SECRET not in (home / "config.toml").read_text(encoding="utf-8")
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f'SELECT * FROM "{table}"')  # the names come from the database itself
            assert SECRET not in repr(cursor.fetchall()), table
    for path in home.rglob("*"):
        if path.is_file() and path != home / "secrets" / "smtp-password" and path != home / "secrets" / "imap-password":
            assert SECRET.encode() not in path.read_bytes(), path
    assert SECRET not in caplog.text
    out, err = capfd.readouterr()
    assert SECRET not in out and SECRET not in err


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_set_up_page_speaks_the_chosen_language_only(db: None, home: Path, language: str) -> None:
    other = "en" if language == "fr" else "fr"
    browser = browser_in(language)
    pages = [
        browser.get(PAGE).content.decode(),
        post(browser, {"action": "find", "address": "camille@gmail.com", "mode": "smtp"}).content.decode(),
        post(browser, {"action": "save", "mode": "smtp", "address": ""}).content.decode(),
        post(browser, {"action": "find", "address": "camille@durand-conseil.fr"}).content.decode(),
    ]
    for html in pages:
        assert f'<html lang="{language}">' in html and leaks(html, other) == []


def test_the_settings_page_leads_to_the_set_up_and_the_dashboard_prompt_shows_until_mail_is_set_up(
    db: None, home: Path
) -> None:
    assert 'href="/settings/mail/"' in browser_in("en").get("/settings/").content.decode()
    assert "Mail is not set up yet" in render_to_string("web/_mail_setup_prompt.html")
    assert post(browser_in("en"), {"action": "save", "mode": "remind"}).status_code == 302
    assert "Mail is not set up yet" not in render_to_string("web/_mail_setup_prompt.html")
    assert "Mail is not set up yet" not in browser_in("en").get(PAGE).content.decode()


def test_the_dashboard_leads_to_the_set_up_until_mail_is_set_up(db: None, home: Path, lyon_panel: int) -> None:
    # With a profile and an interview, the dashboard's next step is the mail set-up (web/next_step.py).
    lead = browser_in("fr").get("/").content.decode().split('id="lead-title"')[1].split("</section>")[0]
    assert 'href="/settings/mail/"' in lead and "Configurer la messagerie" in lead
    assert post(browser_in("fr"), {"action": "save", "mode": "remind"}).status_code == 302
    lead = browser_in("fr").get("/").content.decode().split('id="lead-title"')[1].split("</section>")[0]
    assert 'href="/settings/mail/"' not in lead


def test_the_empty_fields_of_the_set_up_page_are_empty_not_their_names(db: None) -> None:
    from tests.web.conftest import browser_in

    page = browser_in("fr").get("/settings/mail/").content.decode()
    assert 'value="other-smtp-host"' not in page and 'value="other-username"' not in page
    assert 'id="other-smtp-host" name="other-smtp-host" value=""' in page
