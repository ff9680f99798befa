"""The command line's lean read path: plain ``sqlite3`` on the home's database, no Django.

The everyday read commands (``agenda``/``today``, ``interview list``/``show``, ``plan``,
``message list``/``show --json``) spent most of their time starting Django (settings, the app
registry, the ORM, the migration check: about 0.2-0.3 s of a 0.4 s command) and then building a
model instance per row, to print a few hundred lines. A read needs none of that, so these
commands read the same database file with the standard library's ``sqlite3``:

- one small read module per app (``interviews/reading.py``, ``planning/reading.py``,
  ``outbox/reading.py``) returns the same plain shapes the Django path returns
  (``interviews/shapes.py``, ``planning/shapes.py``, ``outbox/shapes.py``), and the command
  formats its text from those shapes on both paths, so the text cannot differ;
- each query names its columns (never ``SELECT *``: a column added by a migration changes
  nothing here), and ``tests/cli/test_lean_reads.py`` checks that every column read exists in
  the Django models, and runs both paths on one home and compares their output byte for byte;
- the lean path is taken only when it reads what the Django path would: a SQLite database
  (the default; PostgreSQL goes through Django), a file that exists, and a schema at the latest
  migration of every app (else Django's start-up migrates it first, so the Django path runs);
  ``open_home`` decides, and returns None to fall back.

Why plain SQL rather than keeping the ORM lazily or caching Django's start-up: the ORM's
import and set-up is the cost (``django.setup`` alone is about 0.16 s here), the models cannot
be used without it, and a read of a few tables in SQL is short enough to be kept in step by the
tests above. The stored formats are Django's on SQLite: an instant is UTC text
("2026-12-03 13:00:00[.ffffff]"), a date ISO text, a boolean 0/1, a JSON field JSON text.

This module holds what the read modules share: opening the database, reading the stored
formats, the words for stored codes (``words.label`` without Django: the same catalogue, read
with ``gettext``) and the few date formats the commands print (Babel's, for French and English,
without loading Babel: ``tests/test_reading.py``-style checks compare them with Babel).
"""

from __future__ import annotations

import gettext
import sqlite3
from collections.abc import Sequence
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

PACKAGE = Path(__file__).resolve().parent
LOCALE = PACKAGE / "locale"
# How long a read waits for a writer's lock before giving up, as Django's connection does.
BUSY_TIMEOUT = 20


class Home:
    """An open database the lean path reads, with the instant and language of the command."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def rows(self, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.connection.execute(sql, parameters).fetchall()

    def row(self, sql: str, parameters: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        found: tuple[Any, ...] | None = self.connection.execute(sql, parameters).fetchone()
        return found

    def close(self) -> None:
        self.connection.close()


def migrations_on_disk() -> set[tuple[str, str]]:
    """(app, migration name) of every migration file of the project's apps: the schema the
    code expects."""
    found = set()
    for path in PACKAGE.glob("*/migrations/[0-9]*.py"):
        found.add((path.parent.parent.name, path.stem))
    return found


def sqlite_path(database_url: str) -> Path | None:
    """The file of a ``sqlite:///`` URL (as ``config.database_settings`` reads it), else None."""
    if not database_url.startswith("sqlite:///"):
        return None
    name = database_url[len("sqlite:///") :]
    return Path(name) if name else None


def open_home(database_url: str) -> Home | None:
    """The database of ``database_url`` opened for reading, or None when the lean path cannot
    read what the Django path would: not SQLite, no file yet (Django creates it), or a schema
    behind the code's migrations (Django migrates it first)."""
    path = sqlite_path(database_url)
    if path is None:
        return None
    try:
        if not path.is_file():
            return None
        # mode=rw: never creates the file; WAL readers need to be able to write the -shm file.
        uri = path.resolve().as_uri() + "?mode=rw"
        connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT)
    except (OSError, ValueError, sqlite3.Error):
        return None
    try:
        connection.execute("PRAGMA query_only = ON")
        applied = set(connection.execute("SELECT app, name FROM django_migrations").fetchall())
    except sqlite3.Error:
        connection.close()
        return None
    if not migrations_on_disk() <= applied:
        connection.close()
        return None
    return Home(connection)


def select(table: str, columns: Sequence[str], alias: str = "", joined: Sequence[str] = ()) -> str:
    """``SELECT alias."a", alias."b", joined... FROM table alias``: the columns named, quoted
    (``end`` is a keyword), then ``joined`` (other tables' columns, written whole)."""
    prefix = f"{alias}." if alias else ""
    listed = ", ".join([*(f'{prefix}"{name}"' for name in columns), *joined])
    return f"SELECT {listed} FROM {table} {alias}".rstrip()


def instant(text: str | None) -> datetime | None:
    """A stored instant (Django's SQLite format: UTC without an offset), aware, in UTC."""
    if text is None:
        return None
    value = datetime.fromisoformat(text)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def stored(moment: datetime) -> str:
    """``moment`` as Django stores and compares it on SQLite: UTC text without an offset."""
    return str(moment.astimezone(UTC).replace(tzinfo=None))


def day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


@cache
def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


# The words for stored codes: (context, English) as in ``words.GROUPS``, translated by the same
# catalogue (``locale/fr/LC_MESSAGES/django.mo``). A test compares every one with ``words.label``.
LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "status": {
        code: ("interview status", english)
        for code, english in (
            ("scheduled", "scheduled"), ("done", "done"), ("next_round", "next round"), ("offer", "offer"),
            ("accepted", "accepted"), ("rejected", "rejected"), ("withdrawn", "withdrawn"), ("cancelled", "cancelled"),
        )
    },
    "mode": {code: ("interview mode", english) for code, english in (("onsite", "on site"), ("video", "video"), ("phone", "phone"))},
    "kind": {
        code: ("kind of action", english)
        for code, english in (
            ("debrief", "debrief"), ("thank_you", "thank-you e-mail"), ("linkedin", "LinkedIn invitation"),
            ("follow_up", "follow-up"), ("follow_up_2", "second follow-up"),
        )
    },
    "action_status": {
        code: ("action status", english)
        for code, english in (("pending", "to do"), ("done", "done"), ("skipped", "skipped"), ("cancelled", "cancelled"))
    },
    "message_status": {
        code: ("message status", english)
        for code, english in (
            ("draft", "draft"), ("scheduled", "scheduled"), ("sending", "sending"), ("sent", "sent"),
            ("failed", "failed"), ("cancelled", "cancelled"), ("unknown", "unknown: check"), ("bounced", "bounced"),
        )
    },
}  # fmt: skip
_PLAIN_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})


@cache
def _catalogue(language: str) -> gettext.NullTranslations:
    return gettext.translation("django", localedir=LOCALE, languages=[language], fallback=True)


@cache
def label(group: str, code: str, language: str) -> str:
    """``words.label`` without Django: the words for ``code`` of ``group`` in ``language``, with
    plain spaces. Raises ``KeyError`` for an unknown group or code."""
    context, english = LABELS[group][code]
    words = english if language == "en" else _catalogue(language).pgettext(context, english)
    return words.translate(_PLAIN_SPACES)


# Babel's (CLDR's) names for French and English, as its "EEE", "EEEE", "MMM", "MMMM" print them.
_DAYS = {
    "en": (("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
           ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")),
    "fr": (("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
           ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")),
}  # fmt: skip
_MONTHS = {
    "en": (("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
           ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December")),
    "fr": (("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."),
           ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre")),
}  # fmt: skip


def _names(language: str) -> str:
    return language if language in _DAYS else "en"


def short_moment(moment: datetime, language: str) -> str:
    """Babel's ``format_datetime(moment, "EEE d MMM y HH:mm")``: "jeu. 3 déc. 2026 14:00"."""
    names = _names(language)
    weekday, month = _DAYS[names][0][moment.weekday()], _MONTHS[names][0][moment.month - 1]
    return f"{weekday} {moment.day} {month} {moment.year} {moment:%H:%M}"


def long_moment(moment: datetime, language: str) -> str:
    """Babel's ``format_datetime(moment, "EEEE d MMMM y HH:mm")``: "jeudi 3 décembre 2026 14:00"."""
    names = _names(language)
    weekday, month = _DAYS[names][1][moment.weekday()], _MONTHS[names][1][moment.month - 1]
    return f"{weekday} {moment.day} {month} {moment.year} {moment:%H:%M}"


def full_date(when: date, language: str) -> str:
    """Babel's ``format_date(when, format="full")``: "jeudi 3 décembre 2026",
    "Thursday, December 3, 2026"."""
    names = _names(language)
    weekday, month = _DAYS[names][1][when.weekday()], _MONTHS[names][1][when.month - 1]
    if names == "fr":
        return f"{weekday} {when.day} {month} {when.year}"
    return f"{weekday}, {month} {when.day}, {when.year}"
