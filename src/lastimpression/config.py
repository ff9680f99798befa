"""The one place configuration is read: the environment, the home folder and ``config.toml``.

``load()`` is strict (healthchecks' ``hc/settings.py`` is the model): a value that does not
parse, an unknown key, or a password written into ``config.toml`` is a ``ConfigError`` naming
the key. Nothing here imports Django, so the CLI can read the configuration cheaply.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path
from typing import Any

from lastimpression.phrases import Phrase, tr

PREFIX = "LASTIMPRESSION_"
RESERVED = ("HOME", "NOW", "DATABASE_URL")


class ConfigError(ValueError):
    """A setting that cannot be used: ``setting`` names it (``LASTIMPRESSION_SMTP_PORT``,
    ``[smtp] port``, the file), ``problem`` says what is wrong (a ``Phrase`` of the catalogue),
    ``message`` in English. ``str()`` is the English line, starting with the setting's name."""

    def __init__(self, setting: str, problem: Phrase) -> None:
        self.setting, self.problem = setting, problem
        self.message = problem.say("en")
        super().__init__(f"{setting}: {self.message}")

    @property
    def phrase(self) -> Phrase:
        """The setting and its problem, to be said in the user's language."""
        return tr("%(setting)s: %(problem)s", setting=self.setting, problem=self.problem)

    def say(self, language: str) -> str:
        """The one line shown to the user, in ``language`` (fr or en)."""
        return f"{self.setting}: {self.problem.say(language)}"


def _text(value: Any, key: str) -> str:
    if not isinstance(value, str):
        raise ConfigError(key, tr("expected text, got %(value)s", value=repr(value)))
    return value


def _integer(low: int, high: int) -> Callable[[Any, str], int]:
    def parse(value: Any, key: str) -> int:
        refused = ConfigError(key, tr("expected a whole number, got %(value)s", value=repr(value)))
        if isinstance(value, bool):
            raise refused
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise refused from None
        if not low <= number <= high:
            raise ConfigError(
                key, tr("must be between %(low)d and %(high)d, got %(number)d", low=low, high=high, number=number)
            )
        return number

    return parse


def _boolean(value: Any, key: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "1", "yes", "on"):
        return True
    if text in ("false", "0", "no", "off"):
        return False
    raise ConfigError(key, tr("expected true or false, got %(value)s", value=repr(value)))


def _choice(*choices: str) -> Callable[[Any, str], str]:
    def parse(value: Any, key: str) -> str:
        text = _text(value, key).strip().lower()
        if text not in choices:
            listed = ", ".join(choices)
            raise ConfigError(key, tr("must be one of %(choices)s, got %(value)s", choices=listed, value=repr(value)))
        return text

    return parse


def _clock_time(value: Any, key: str) -> time:
    if isinstance(value, time):
        return value
    try:
        return time.fromisoformat(_text(value, key))
    except ValueError:
        raise ConfigError(key, tr("expected a time such as 09:00, got %(value)s", value=repr(value))) from None


def _word_list(value: Any, key: str) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(_text(item, key).strip() for item in value if str(item).strip())
    return tuple(part.strip() for part in _text(value, key).split(",") if part.strip())


# section -> key -> parser. Later capabilities add their keys here and nowhere else.
SCHEMA: dict[str, dict[str, Callable[[Any, str], Any]]] = {
    "smtp": {
        "host": _text,
        "port": _integer(1, 65535),
        "security": _choice("starttls", "ssl", "none"),
        "username": _text,
        "password": _text,
        "password_file": _text,
        "from": _text,
        "copy_to_self": _boolean,
        "ca_file": _text,
        "timeout": _integer(1, 300),
    },
    "imap": {
        "host": _text,
        "port": _integer(1, 65535),
        "security": _choice("starttls", "ssl", "none"),
        "username": _text,
        "password": _text,
        "password_file": _text,
        "folders": _word_list,
        "sent_folder": _text,
        "ca_file": _text,
        "timeout": _integer(1, 300),
    },
    "replies": {
        "cancel": _choice("person", "interview"),
    },
    # How a scheduled message leaves, chosen at set-up: sent over SMTP, put in the Drafts folder
    # over IMAP for the user to send, or a reminder to send it by hand (no account).
    "outbox": {
        "mode": _choice("smtp", "drafts", "remind"),
    },
    "worker": {
        "interval": _integer(5, 3600),
    },
    "plan": {
        "follow_up_business_days": _integer(3, 10),
        "second_follow_up": _boolean,
        "opening": _clock_time,
        "closing": _clock_time,
    },
    "linkedin": {
        "monthly_quota": _integer(0, 100),
    },
    "import": {
        "keywords": _word_list,
    },
    "web": {
        "host": _text,
        "port": _integer(1, 65535),
    },
}
SECRET_KEYS = ("password",)


@dataclass(frozen=True)
class Config:
    """Everything the program was told, already checked."""

    home: Path
    database_url: str
    now: datetime | None
    settings: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def get(self, section: str, key: str, default: Any = None) -> Any:
        return self.settings.get(section, {}).get(key, default)


def default_home() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("lastimpression", appauthor=False))


def parse_now(value: str) -> datetime:
    """Parse ``LASTIMPRESSION_NOW``: an ISO 8601 instant that must carry an offset."""
    name = PREFIX + "NOW"
    try:
        instant = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError(
            name, tr("%(value)s is not an ISO 8601 instant (e.g. 2026-11-26T14:00:00+01:00)", value=repr(value))
        ) from None
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ConfigError(name, tr("%(value)s has no UTC offset (add e.g. +01:00 or Z)", value=repr(value)))
    return instant


def _read_toml(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(str(path), tr("is not valid TOML (%(reason)s)", reason=str(error))) from None


def _merge(file_values: dict[str, Any], environ: Mapping[str, str], path: Path) -> dict[str, dict[str, Any]]:
    merged: dict[str, dict[str, Any]] = {}
    for section, table in file_values.items():
        if section not in SCHEMA or not isinstance(table, dict):
            raise ConfigError(str(path), tr("unknown section [%(section)s]", section=section))
        for key, value in table.items():
            if key not in SCHEMA[section]:
                raise ConfigError(str(path), tr("unknown key %(key)s in [%(section)s]", key=repr(key), section=section))
            if key in SECRET_KEYS:
                variable = f"{PREFIX}{section.upper()}_PASSWORD"
                raise ConfigError(
                    str(path),
                    tr(
                        "[%(section)s] %(key)s is refused: put passwords in the environment (%(variable)s), a "
                        "%(key)s_file, or the OS keyring",
                        section=section, key=key, variable=variable,
                    ),
                )  # fmt: skip
            merged.setdefault(section, {})[key] = SCHEMA[section][key](value, f"[{section}] {key}")
    for name, value in environ.items():
        if not name.startswith(PREFIX):
            continue
        rest = name[len(PREFIX) :]
        if rest in RESERVED:
            continue
        section, _, key = rest.partition("_")
        section, key = section.lower(), key.lower()
        if section not in SCHEMA or key not in SCHEMA[section]:
            raise ConfigError(name, tr("unknown setting"))
        merged.setdefault(section, {})[key] = SCHEMA[section][key](value, name)
    return merged


def load(environ: Mapping[str, str] | None = None) -> Config:
    """Read the configuration; raise ConfigError naming the setting that is wrong.

    Does not create the home folder: ``ensure_home`` does, on first use.
    """
    env = os.environ if environ is None else environ
    home = _home(env)
    now_text = env.get(PREFIX + "NOW", "")
    now = parse_now(now_text) if now_text.strip() else None
    settings = _merge(_read_toml(home / "config.toml"), env, home / "config.toml")
    return Config(home=home, database_url=database_url(env), now=now, settings=settings)


def _home(env: Mapping[str, str]) -> Path:
    home_text = env.get(PREFIX + "HOME", "").strip()
    return Path(home_text).expanduser() if home_text else default_home()


def database_url(environ: Mapping[str, str] | None = None) -> str:
    """The database the environment names: ``LASTIMPRESSION_DATABASE_URL``, else the SQLite file
    of the home. Checks nothing and never raises: ``load`` and ``database_settings`` do."""
    env = os.environ if environ is None else environ
    return env.get(PREFIX + "DATABASE_URL", "").strip() or f"sqlite:///{_home(env) / 'lastimpression.sqlite3'}"


def ensure_home(home: Path) -> Path:
    """Create the home folder (mode 0700) if absent; return it."""
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    return home


def _private_file(path: Path, make: Callable[[], str]) -> str:
    """Read a secret file of the home, creating it with mode 0600 on first use."""
    try:
        return path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        pass
    ensure_home(path.parent)
    value = make()
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(value + "\n")
    return value


def secret_key(home: Path) -> str:
    """The Django secret key of this install, generated in the home on first use."""
    return _private_file(home / "secret_key", lambda: _token(50))


def web_token(home: Path) -> str:
    """The per-install token of the local web UI (as Jupyter does it)."""
    return _private_file(home / "web_token", lambda: _token(32))


def database_settings(url: str) -> dict[str, Any]:
    """Turn a database URL into Django's DATABASES['default'].

    ``sqlite:///ABSOLUTE/PATH`` (WAL mode, immediate transactions) or
    ``postgresql://user:password@host:port/name``.
    """
    from urllib.parse import unquote, urlsplit

    name = PREFIX + "DATABASE_URL"
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///") :]  # sqlite:////abs/path or sqlite:///relative/path
        if not path:
            raise ConfigError(name, tr("no file path in %(url)s", url=repr(url)))
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": path,
            "OPTIONS": {
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    parts = urlsplit(url)
    if parts.scheme in ("postgres", "postgresql"):
        if not parts.path.strip("/"):
            raise ConfigError(name, tr("no database name in the URL"))
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parts.path.lstrip("/")),
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
        }
    raise ConfigError(name, tr("unsupported URL %(url)s (expected sqlite:///PATH or postgresql://...)", url=repr(url)))


def _token(length: int) -> str:
    # secrets (random, hashlib, base64: ~5 ms) only when a key is first written, not in every
    # command that reads the configuration.
    import secrets

    return secrets.token_urlsafe(length)
