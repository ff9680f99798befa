"""Where passwords come from, and what ``config test-smtp`` / ``test-imap`` say."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from lastimpression.config import Config
from lastimpression.outbox import secrets
from lastimpression.outbox.smtp import smtp_settings
from lastimpression.outbox.transport import MailError
from tests.outbox.conftest import Cli, SmtpServer, free_port


def config(**smtp: Any) -> Config:
    return Config(home=Path("/nonexistent"), database_url="sqlite:///x", now=None, settings={"smtp": smtp})


def test_the_environment_password_wins_then_the_file_then_the_keyring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = tmp_path / "smtp-password"
    stored.write_text("from-file\n")
    monkeypatch.setattr(secrets, "keyring_password", lambda section, user: "from-keyring")
    assert secrets.password("smtp", config(password="from-env", password_file=str(stored), username="u")) == "from-env"
    assert secrets.password("smtp", config(password_file=str(stored), username="u")) == "from-file"
    assert secrets.password("smtp", config(username="u")) == "from-keyring"


def test_an_unreadable_password_file_is_named_and_the_secret_never_shown(tmp_path: Path) -> None:
    with pytest.raises(MailError) as raised:
        secrets.password("smtp", config(password_file=str(tmp_path / "missing"), username="u"))
    assert str(tmp_path / "missing") in raised.value.say("en")
    settings = smtp_settings(config(host="smtp.example.org", port=587, username="u", password="hunter2"))
    assert settings is not None and settings.password == "hunter2"
    assert "hunter2" not in repr(settings) and "hunter2" not in str(settings)


def test_only_a_real_os_keyring_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    class Alt:
        priority = 1

        def get_password(self, service: str, user: str) -> str:
            raise AssertionError("keyrings.alt must never be asked")

    Alt.__module__ = "keyrings.alt.file"

    class Real:
        priority = 5

        def get_password(self, service: str, user: str) -> str | None:
            return "s3cret" if (service, user) == ("lastimpression-smtp", "camille") else None

    class Chain:
        backends = [Alt(), Real()]

    monkeypatch.setattr(keyring, "get_keyring", lambda: Chain())
    assert secrets.keyring_password("smtp", "camille") == "s3cret"
    Chain.backends = [Alt()]
    assert secrets.keyring_password("smtp", "camille") is None


def test_without_a_host_the_outbox_folder_is_the_transport() -> None:
    assert smtp_settings(config()) is None


def test_config_test_smtp_succeeds_and_explains_failures_in_the_users_language(
    cli: Cli, candidate: None, configure: Callable[..., None], smtp_server: SmtpServer
) -> None:
    configure(smtp=smtp_server.settings(username="camille", password="secret"))
    ok = cli("config", "test-smtp")
    assert ok.exit_code == 0, ok.stderr
    assert ok.stdout.startswith("SMTP fonctionne : 127.0.0.1:")
    configure(smtp={"password": "wrong"})
    wrong = cli("config", "test-smtp")
    assert wrong.exit_code == 1
    assert "mot de passe refusé" in wrong.stderr and "535" in wrong.stderr and "wrong" not in wrong.stderr
    configure(smtp={"port": free_port()})
    refused = cli("config", "test-smtp")
    assert refused.exit_code == 1 and "la connexion a été refusée" in refused.stderr


def test_config_test_smtp_reports_a_tls_failure(
    cli: Cli, candidate: None, configure: Callable[..., None], smtp_server: SmtpServer
) -> None:
    configure(smtp=smtp_server.settings(security="ssl"))
    result = cli("config", "test-smtp")
    assert result.exit_code == 1 and "échec TLS" in result.stderr
    configure(smtp={"security": "starttls"})
    result = cli("config", "test-smtp")
    assert result.exit_code == 1 and "ne propose pas STARTTLS" in result.stderr


def test_config_test_commands_say_what_is_missing(cli: Cli, candidate: None, configure: Callable[..., None]) -> None:
    result = cli("config", "test-imap")
    assert result.exit_code == 1 and "imap.host" in result.stderr
    configure(smtp={"host": "127.0.0.1", "port": free_port(), "username": "camille"})
    result = cli("config", "test-smtp")
    assert result.exit_code == 1 and "LASTIMPRESSION_SMTP_PASSWORD" in result.stderr
    assert cli("replies").exit_code == 1


def test_the_settings_page_says_of_a_password_what_the_sender_will_use(tmp_path: Path, settings: Any) -> None:
    from lastimpression.outbox.secrets import password
    from lastimpression.web.mail_settings import password_status

    spaces, empty = tmp_path / "spaces", tmp_path / "empty"
    spaces.write_text("   \n", encoding="utf-8")
    empty.write_text("\n", encoding="utf-8")
    for path, sent in ((spaces, "   "), (empty, "")):
        settings.CONFIG = config(host="mail.example.org", username="camille", password_file=str(path))
        assert password("smtp", settings.CONFIG) == sent
        assert password_status("smtp")[0] == ("found" if sent else "missing")
