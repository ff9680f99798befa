"""The SMTP and IMAP servers on the settings page: shown, edited, written to config.toml (which
``config.load`` reads back, every other key and comment kept), tested as saved; the password
never shown nor written."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from lastimpression import config, config_file
from lastimpression.web import mail_settings
from tests.outbox.conftest import SmtpServer, smtp_server  # noqa: F401  (the in-process SMTP server)
from tests.web.conftest import browser_in, csrf_token
from tests.web.test_i18n import leaks

SECRET = "s3cret-app-passw0rd"
BEFORE = """\
# My settings: comments stay.
[worker]
interval = 30   # every half minute

[smtp]
host = "smtp.old.example.org"
port = 465
security = "ssl"

[plan]
second_follow_up = false
"""
FORM = {
    "action": "mail",
    "smtp-host": "smtp.example.org", "smtp-port": "587", "smtp-security": "starttls", "smtp-username": "camille",
    "smtp-password_file": "", "smtp-from": "Camille Durand <camille.durand@example.org>", "smtp-copy_to_self": "on",
    "smtp-ca_file": "", "smtp-timeout": "20",
    "imap-host": "imap.example.org", "imap-port": "", "imap-security": "ssl", "imap-username": "camille",
    "imap-password_file": "", "imap-folders": "INBOX, Recrutement", "imap-sent_folder": "Sent",
    "imap-ca_file": "", "imap-timeout": "",
    "replies-cancel": "person",
}  # fmt: skip


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: Any) -> Path:
    """A home of its own with a hand-written config.toml; settings.CONFIG is restored after."""
    for name in [name for name in os.environ if name.startswith(config.PREFIX)]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("LASTIMPRESSION_HOME", str(tmp_path))
    (tmp_path / "config.toml").write_text(BEFORE, encoding="utf-8")
    settings.CONFIG = config.load()
    return tmp_path


def post(browser: Client, data: dict[str, str]) -> Any:
    return browser.post("/settings/", {**data, "csrfmiddlewaretoken": csrf_token(browser, "/settings/")})


def test_the_current_mail_settings_are_shown_in_the_form(db: None, home: Path) -> None:
    html = browser_in("en").get("/settings/").content.decode()
    assert 'name="smtp-host" value="smtp.old.example.org"' in html
    assert 'name="smtp-port" value="465"' in html and '<option value="ssl" selected>' in html
    assert 'name="imap-host" value=""' in html
    assert "No username: no login is attempted" in html


def test_saving_writes_config_toml_that_config_reads_back_keeping_every_other_key(db: None, home: Path) -> None:
    from django.conf import settings

    saved = post(browser_in("en"), FORM)
    assert saved.status_code == 302 and saved["Location"] == "/settings/?saved=mail#mail-title"
    loaded = config.load({"LASTIMPRESSION_HOME": str(home)})
    smtp, imap = loaded.settings["smtp"], loaded.settings["imap"]
    assert (smtp["host"], smtp["port"], smtp["security"], smtp["username"]) == (
        "smtp.example.org",
        587,
        "starttls",
        "camille",
    )
    assert smtp["from"] == "Camille Durand <camille.durand@example.org>" and smtp["copy_to_self"] is True
    assert smtp["timeout"] == 20
    assert imap["folders"] == ("INBOX", "Recrutement") and imap["sent_folder"] == "Sent" and "port" not in imap
    assert loaded.get("replies", "cancel") == "person"
    assert loaded.get("worker", "interval") == 30 and loaded.get("plan", "second_follow_up") is False
    text = (home / "config.toml").read_text(encoding="utf-8")
    assert "# My settings: comments stay." in text and "# every half minute" in text
    assert [path.name for path in home.iterdir() if path.name.startswith(".config-")] == [], "no temporary file left"
    assert settings.CONFIG.get("smtp", "host") == "smtp.example.org", "used from now on, without a restart"
    page = browser_in("en").get("/settings/?saved=mail").content.decode()
    assert "Mail settings saved." in page and 'name="imap-folders" value="INBOX, Recrutement"' in page


def test_a_bad_port_is_refused_naming_the_field_and_the_file_is_untouched(db: None, home: Path) -> None:
    before = (home / "config.toml").read_bytes()
    refused = post(browser_in("fr"), {**FORM, "smtp-port": "70000", "imap-security": "tls"})
    html = refused.content.decode()
    assert refused.status_code == 400
    assert "[smtp] port: doit être un nombre entier de 1 à 65535, et non &#x27;70000&#x27;" in html
    assert "[imap] security: doit être l" in html and "tls" in html
    assert 'name="smtp-port" value="70000" inputmode="numeric"' in html, "what was typed stays in the form"
    assert 'aria-invalid="true" aria-describedby="smtp-port-hint smtp-port-problem"' in html
    assert (home / "config.toml").read_bytes() == before
    english = post(browser_in("en"), {**FORM, "smtp-port": "smtp"}).content.decode()
    assert "[smtp] port: must be a whole number from 1 to 65535, not &#x27;smtp&#x27;" in english
    assert "Nothing was saved:" in english and (home / "config.toml").read_bytes() == before


def test_the_password_is_never_shown_nor_written_only_where_it_comes_from(
    db: None, home: Path, monkeypatch: pytest.MonkeyPatch, settings: Any
) -> None:
    assert post(browser_in("en"), {**FORM, "smtp-password": SECRET, "smtp[password]": SECRET}).status_code == 302
    assert SECRET not in (home / "config.toml").read_text(encoding="utf-8")
    assert "password =" not in (home / "config.toml").read_text(encoding="utf-8")
    html = browser_in("en").get("/settings/").content.decode()
    assert "Password: none found. Set LASTIMPRESSION_SMTP_PASSWORD" in html

    monkeypatch.setenv("LASTIMPRESSION_SMTP_PASSWORD", SECRET)
    secret_file = home / "imap-password"
    secret_file.write_text(SECRET + "\n", encoding="utf-8")
    settings.CONFIG = config.load()
    assert post(browser_in("fr"), {**FORM, "imap-password_file": str(secret_file)}).status_code == 302
    html = browser_in("fr").get("/settings/").content.decode()
    assert "Mot de passe\u00a0: trouvé dans LASTIMPRESSION_SMTP_PASSWORD." in html
    assert f"Mot de passe\u00a0: trouvé dans le fichier {secret_file}." in html
    assert SECRET not in html and SECRET not in (home / "config.toml").read_text(encoding="utf-8")


def test_a_password_key_is_never_written_and_the_file_stays_as_it_was(home: Path) -> None:
    (home / "config.toml").chmod(0o640)
    before = (home / "config.toml").read_bytes()
    with pytest.raises(config.ConfigError, match=r"\[smtp\] password: passwords are never written"):
        config_file.update(home / "config.toml", {"smtp": {"host": "x.example.org", "password": SECRET}})
    with pytest.raises(config.ConfigError, match="unknown setting"):
        config_file.update(home / "config.toml", {"smtp": {"hots": "x.example.org"}})
    assert (home / "config.toml").read_bytes() == before
    config_file.update(home / "config.toml", {"smtp": {"host": "x.example.org", "port": None}})
    assert (home / "config.toml").stat().st_mode & 0o777 == 0o640, "the file keeps its permissions"
    assert config.load({"LASTIMPRESSION_HOME": str(home)}).settings["smtp"] == {
        "host": "x.example.org",
        "security": "ssl",
    }


def test_an_environment_variable_that_wins_is_named_beside_the_field(
    db: None, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LASTIMPRESSION_SMTP_HOST", "smtp.env.example.org")
    html = browser_in("en").get("/settings/").content.decode()
    assert "LASTIMPRESSION_SMTP_HOST is set in the environment and wins over this value." in html
    assert "smtp.env.example.org" not in html


def test_the_connection_test_uses_the_settings_just_saved(
    db: None,
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
    smtp_server: SmtpServer,  # noqa: F811
) -> None:
    monkeypatch.setenv("LASTIMPRESSION_SMTP_PASSWORD", smtp_server.behaviour.password)
    form = {**FORM, "smtp-host": "127.0.0.1", "smtp-port": str(smtp_server.port), "smtp-security": "none",
            "smtp-timeout": "5"}  # fmt: skip
    assert post(browser_in("en"), form).status_code == 302
    tested = post(browser_in("en"), {"action": "smtp"}).content.decode()
    assert f"SMTP: 127.0.0.1:{smtp_server.port} — OK." in tested
    assert smtp_server.behaviour.password not in tested


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_mail_settings_speak_the_chosen_language_only(db: None, home: Path, language: str) -> None:
    other = "en" if language == "fr" else "fr"
    browser = browser_in(language)
    shown = browser.get("/settings/").content.decode()
    refused = post(browser, {**FORM, "smtp-port": "0"}).content.decode()
    assert post(browser, FORM).status_code == 302
    saved = browser.get("/settings/?saved=mail").content.decode()
    for html in (shown, refused, saved):
        assert leaks(html, other) == []
    assert ("Enregistrer les réglages de messagerie" in shown) == (language == "fr")


def test_the_form_s_number_ranges_are_config_s() -> None:
    for key, (low, high) in mail_settings.RANGES.items():
        parse = config.SCHEMA["smtp"][key]
        assert parse(str(low), key) == low and parse(str(high), key) == high
        for outside in (low - 1, high + 1):
            with pytest.raises(config.ConfigError):
                parse(str(outside), key)


def test_the_form_holds_every_key_of_the_mail_sections_but_the_password() -> None:
    for section in ("smtp", "imap", "replies"):
        wanted = set(config.SCHEMA[section]) - set(config.SECRET_KEYS)
        assert {field.key for field in mail_settings.SECTIONS[section]} == wanted


def test_a_config_file_that_cannot_be_written_is_said_and_nothing_changes(
    db: None, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root writes anywhere, so the refusal of a read-only home is made here (a fault the tests
    # cannot produce for real as root).
    before = (home / "config.toml").read_bytes()

    def read_only(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("os.replace", read_only)
    refused = post(browser_in("fr"), {**FORM, "smtp-port": "2525"})
    assert refused.status_code == 400
    assert "config.toml: impossible à écrire (Permission denied)" in refused.content.decode()
    assert (home / "config.toml").read_bytes() == before
    assert not [path for path in home.iterdir() if path.name.startswith(".config") or path.suffix == ".tmp"]
