"""What every command that touches the database shares: start-up, errors, output."""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, ParamSpec, TypeVar

import click

P = ParamSpec("P")
R = TypeVar("R")

_language: str | None = None


def _lang_from_environment() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def language() -> str:
    """The language of human output: the profile's, or LANG's before a profile exists."""
    return _language or _lang_from_environment()


def say(english: str, french: str) -> str:
    return french if language() == "fr" else english


def fail(message: str) -> None:
    """Print one error line on stderr and exit with status 1."""
    click.echo(say("Error: ", "Erreur : ") + message, err=True)
    sys.exit(1)


def _stored_language() -> str | None:
    """The profile's language read straight from the SQLite file the environment names, for a
    configuration error: the configuration, hence Django, cannot be set up to ask it. None when
    it cannot be read that way (no database or no profile yet, another kind of database)."""
    import sqlite3
    from contextlib import closing
    from pathlib import Path

    from lastimpression import config

    url = config.database_url()
    if not url.startswith("sqlite:///"):
        return None
    try:
        uri = Path(url[len("sqlite:///") :]).resolve().as_uri() + "?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as database:
            row = database.execute("SELECT language FROM interviews_profile ORDER BY id LIMIT 1").fetchone()
    except (sqlite3.Error, OSError, ValueError):
        return None
    return row[0] if row and row[0] in ("fr", "en") else None


def setup() -> None:
    """Read the configuration, start Django and bring the database schema up to date."""
    global _language
    from lastimpression import config

    try:
        loaded = config.load()
        config.database_settings(loaded.database_url)  # refused here, not as a traceback inside Django
    except config.ConfigError as error:
        _language = _stored_language()
        fail(error.say(language()))
        return
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lastimpression.settings")
    import django

    django.setup()
    APPLIED[:] = migrate(quiet=True)
    from lastimpression.interviews.models import Profile

    first = Profile.objects.order_by("id").values_list("language", flat=True).first()
    if first:
        _language = first
    if loaded.now is not None:
        click.echo(
            say(f"Clock set by LASTIMPRESSION_NOW: {loaded.now.isoformat()}",
                f"Horloge fixée par LASTIMPRESSION_NOW : {loaded.now.isoformat()}"),
            err=True,
        )  # fmt: skip


# The migrations this process applied when it started (``lastimpression migrate`` names them).
APPLIED: list[str] = []


def migrate(*, quiet: bool) -> list[str]:
    """Apply the migrations not yet applied; return their names."""
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if plan:
        call_command("migrate", verbosity=0 if quiet else 1, interactive=False)
    return [f"{migration.app_label}.{migration.name}" for migration, _ in plan]


def handles_errors(function: Callable[P, R]) -> Callable[P, R]:
    """Turn a user error raised by the core into one line on stderr and exit status 1: a
    value refused, a configuration that does not parse, or a mail setting that cannot be used
    (an unreadable password file), named."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        from lastimpression.config import ConfigError
        from lastimpression.core.validation import InvalidValue
        from lastimpression.outbox.transport import MailError

        try:
            return function(*args, **kwargs)
        except InvalidValue as error:
            fail(error.say(language()))
        except ConfigError as error:
            fail(error.say(language()))
        except MailError as error:
            setting = error.extra.get("setting")
            fail(f"{setting}: {error.say(language())}" if setting else error.say(language()))
        raise AssertionError("unreachable")

    return wrapper


def database_command(function: Callable[P, R]) -> Callable[P, R]:
    """A command that needs the database: set up first, then report user errors cleanly."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        setup()
        return handles_errors(function)(*args, **kwargs)

    return wrapper


def print_json(document: Any) -> None:
    """One JSON document on stdout: indented on a terminal, compact otherwise (the indenting
    encoder is pure Python and several times slower on large documents)."""
    indent = 2 if sys.stdout.isatty() else None
    click.echo(json.dumps(document, ensure_ascii=False, indent=indent))


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A plain aligned table; the last column is not padded."""
    widths = [len(header) for header in headers]
    for row in rows:
        for index, cell in enumerate(row):
            widths[index] = max(widths[index], len(cell))

    def line(cells: Sequence[str]) -> str:
        padded = [cell.ljust(widths[index]) for index, cell in enumerate(cells[:-1])]
        return "  ".join([*padded, cells[-1]]).rstrip()

    click.echo(line(headers))
    click.echo(line(["-" * width for width in widths]))
    for row in rows:
        click.echo(line(row))


def plan_warning(warning: Any) -> str:
    """A plan warning (``core.plan.PlanWarning``) in the user's language."""
    if warning.code == "promise_kept" and language() == "fr":
        rule_day, promised = warning.dates
        return (
            f"Attention : la date de décision a changé ; le plan relancerait désormais le {rule_day.isoformat()}, "
            f"mais le remerciement envoyé a promis le {promised.isoformat()} : la date promise est maintenue."
        )
    if warning.french and language() == "fr":
        return f"Attention\u00a0: {warning.french}"
    return f"Warning: {warning.message}"
