from __future__ import annotations

import stat
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from lastimpression import config
from lastimpression.config import ConfigError
from tests.conftest import Process


def load(tmp_path: Path, toml: str = "", **env: str) -> config.Config:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    if toml:
        (home / "config.toml").write_text(toml, encoding="utf-8")
    return config.load({"LASTIMPRESSION_HOME": str(home), **env})


def test_the_database_defaults_to_an_sqlite_file_in_the_home(tmp_path: Path) -> None:
    loaded = load(tmp_path)
    assert loaded.database_url == f"sqlite:///{tmp_path / 'home' / 'lastimpression.sqlite3'}"
    database = config.database_settings(loaded.database_url)
    assert database["NAME"] == str(tmp_path / "home" / "lastimpression.sqlite3")
    assert "journal_mode=WAL" in database["OPTIONS"]["init_command"]


def test_a_postgresql_url_becomes_django_settings() -> None:
    database = config.database_settings("postgresql://coach:s%40cret@127.0.0.1:55432/lastimpression")
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["USER"], database["PASSWORD"], database["PORT"]) == ("coach", "s@cret", "55432")


def test_an_unsupported_database_url_names_the_variable() -> None:
    with pytest.raises(ConfigError, match=r"^LASTIMPRESSION_DATABASE_URL: unsupported"):
        config.database_settings("mysql://x/y")


def test_now_with_an_offset_is_the_clock(tmp_path: Path) -> None:
    loaded = load(tmp_path, LASTIMPRESSION_NOW="2026-12-03T18:30:00+01:00")
    assert loaded.now == datetime(2026, 12, 3, 17, 30, tzinfo=UTC)
    assert loaded.now is not None and loaded.now.utcoffset() == timedelta(hours=1)


@pytest.mark.parametrize("value", ["2026-12-03T18:30:00", "tomorrow", "2026-13-03T18:30+01:00"])
def test_now_without_an_offset_or_unparsable_is_an_error_naming_it(tmp_path: Path, value: str) -> None:
    with pytest.raises(ConfigError, match=r"^LASTIMPRESSION_NOW: "):
        load(tmp_path, LASTIMPRESSION_NOW=value)


def test_the_environment_wins_over_config_toml(tmp_path: Path) -> None:
    loaded = load(
        tmp_path,
        '[smtp]\nhost = "smtp.example.org"\nport = 587\n[plan]\nopening = "08:30"\n',
        LASTIMPRESSION_SMTP_PORT="465",
        LASTIMPRESSION_SMTP_PASSWORD_FILE="/run/secrets/smtp",
        LASTIMPRESSION_IMAP_FOLDERS="INBOX, Archives",
    )
    assert loaded.get("smtp", "host") == "smtp.example.org"
    assert loaded.get("smtp", "port") == 465
    assert loaded.get("smtp", "password_file") == "/run/secrets/smtp"
    assert loaded.get("imap", "folders") == ("INBOX", "Archives")
    assert loaded.get("plan", "opening") == time(8, 30)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"LASTIMPRESSION_SMTP_PORT": "twenty-five"}, "^LASTIMPRESSION_SMTP_PORT: expected a whole number"),
        ({"LASTIMPRESSION_SMTP_SECURITY": "tls"}, "^LASTIMPRESSION_SMTP_SECURITY: must be one of"),
        ({"LASTIMPRESSION_SMTP_HOSTNAME": "x"}, "^LASTIMPRESSION_SMTP_HOSTNAME: unknown setting"),
        ({"LASTIMPRESSION_COLOUR": "blue"}, "^LASTIMPRESSION_COLOUR: unknown setting"),
        ({"LASTIMPRESSION_PLAN_FOLLOW_UP_BUSINESS_DAYS": "12"}, "must be between 3 and 10"),
        ({"LASTIMPRESSION_PLAN_SECOND_FOLLOW_UP": "maybe"}, "expected true or false"),
    ],
)
def test_a_bad_environment_setting_is_an_error_naming_the_key(
    tmp_path: Path, env: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        load(tmp_path, **env)


def test_config_toml_refuses_a_password(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"\[smtp\] password is refused"):
        load(tmp_path, '[smtp]\npassword = "hunter2"\n')


def test_config_toml_refuses_an_unknown_key_and_bad_syntax(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"unknown key 'hots'"):
        load(tmp_path, '[smtp]\nhots = "x"\n')
    with pytest.raises(ConfigError, match=r"config.toml"):
        load(tmp_path, "[smtp\n")


def test_the_home_is_private_and_the_secret_key_is_generated_once(tmp_path: Path) -> None:
    home = config.ensure_home(tmp_path / "new" / "home")
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    first = config.secret_key(home)
    assert len(first) >= 50
    assert stat.S_IMODE((home / "secret_key").stat().st_mode) == 0o600
    assert config.secret_key(home) == first


# --- the errors in the user's language ---------------------------------------------------------

NOW = {"LASTIMPRESSION_NOW": "2026-12-03T15:30:00+01:00"}  # the program's clock, frozen


def with_profile(program: Process, language: str) -> Process:
    made = program("init", "--name", "Camille Durand", "--email", "camille@example.org", "--language", language,
                   env=NOW)  # fmt: skip
    assert made.returncode == 0, made.stderr
    return program


@pytest.mark.parametrize(
    ("env", "toml", "french"),
    [
        ({"LASTIMPRESSION_SMTP_PORT": "vingt-cinq"}, "",
         "LASTIMPRESSION_SMTP_PORT: doit être un nombre entier, et non 'vingt-cinq'"),
        ({"LASTIMPRESSION_SMTP_SECURITY": "tls"}, "",
         "LASTIMPRESSION_SMTP_SECURITY: doit être l’une des valeurs starttls, ssl, none, et non 'tls'"),
        ({"LASTIMPRESSION_COLOUR": "bleu"}, "", "LASTIMPRESSION_COLOUR: réglage inconnu"),
        ({"LASTIMPRESSION_NOW": "demain"}, "",
         "LASTIMPRESSION_NOW: 'demain' n’est pas un instant ISO 8601 (par exemple 2026-11-26T14:00:00+01:00)"),
        ({}, '[plan]\nfollow_up_business_days = 12\n',
         "[plan] follow_up_business_days: doit être compris entre 3 et 10, et non 12"),
        ({}, '[smtp]\npassword = "hunter2"\n',
         "{home}/config.toml: la clé [smtp] password est refusée\u00a0: mettez le mot de passe dans l’environnement "
         "(LASTIMPRESSION_SMTP_PASSWORD), dans le fichier que désigne password_file ou dans le trousseau du système"),
        ({}, '[smtp]\nhots = "x"\n', "{home}/config.toml: clé 'hots' inconnue dans [smtp]"),
    ],
)  # fmt: skip
def test_a_setting_refused_is_said_in_the_french_profiles_language(
    program: Process, env: dict[str, str], toml: str, french: str
) -> None:
    with_profile(program, "fr")
    if toml:
        (program.home / "config.toml").write_text(toml, encoding="utf-8")
    refused = program("interview", "list", env={**NOW, **env})
    assert refused.returncode == 1
    assert refused.stderr == f"Erreur : {french.format(home=program.home)}\n"


def test_the_profiles_language_wins_over_lang_and_lang_speaks_before_a_profile(program: Process) -> None:
    french = {**NOW, "LASTIMPRESSION_SMTP_PORT": "x", "LANG": "fr_FR.UTF-8"}
    assert program("interview", "list", env=french).stderr == (
        "Erreur : LASTIMPRESSION_SMTP_PORT: doit être un nombre entier, et non 'x'\n"
    )
    with_profile(program, "en")
    assert program("interview", "list", env=french).stderr == (
        "Error: LASTIMPRESSION_SMTP_PORT: expected a whole number, got 'x'\n"
    )


def test_an_unsupported_database_url_is_one_line_in_lang_and_never_a_traceback(program: Process) -> None:
    refused = program("interview", "list", env={**NOW, "LASTIMPRESSION_DATABASE_URL": "mysql://x/y", "LANG": "fr_FR"})
    assert refused.returncode == 1
    assert refused.stderr == (
        "Erreur : LASTIMPRESSION_DATABASE_URL: URL non prise en charge 'mysql://x/y' "
        "(attendu\u00a0: sqlite:///CHEMIN ou postgresql://…)\n"
    )
