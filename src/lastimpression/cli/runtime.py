"""What every command that touches the database shares: start-up, errors, output."""

from __future__ import annotations

import dataclasses
import functools
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import click

from lastimpression import phrases

if TYPE_CHECKING:  # not imported at run time: ``--help`` loads this module
    from datetime import datetime
    from pathlib import Path

    from lastimpression.phrases import Phrase
    from lastimpression.reading import Home

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


# The French of the catalogue is typeset (a no-break space before ":", a narrow one before
# ";!?", the apostrophe ’); the CLI's own lines are written as a terminal line is typed.
PLAIN = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2019": "'"})


def said(phrase: Phrase | str, *, plain: bool = False) -> str:
    """``phrase`` (a ``Phrase`` of the core, or a plain string shown as it is) in the CLI's
    language, with the catalogue's typography; ``plain=True``: its own words with plain spaces
    and apostrophes (``_``), the values it holds left as they are."""
    if isinstance(phrase, str):
        return phrase
    if not plain:
        return phrase.say(language())
    bare = dataclasses.replace(phrase, values=())  # said with no values: not %-formatted
    return phrases.fill(bare.say(language()).translate(PLAIN), dict(phrase.values), language())


def _(msgid: str, /, **values: Any) -> str:
    """The CLI's sentence ``msgid`` (English, ``%(name)s`` placeholders) in its language, from
    the one catalogue, with plain spaces (``said``)."""
    return said(phrases.tr(msgid, **values), plain=True)


def n_(singular: str, plural: str, count: int, /, **values: Any) -> str:
    """``_`` for a sentence that counts: ``count`` picks the form and is ``%(count)d``."""
    return said(phrases.ntr(singular, plural, count, **values), plain=True)


def fail(message: str) -> None:
    """Print one error line on stderr and exit with status 1."""
    click.echo(_("Error: %(message)s", message=message), err=True)
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
        click.echo(_("Clock set by LASTIMPRESSION_NOW: %(now)s", now=loaded.now.isoformat()), err=True)


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
    (an unreadable password file), named; and a database that is locked or a disk that is
    full (``known_failure``), saying that what the command was writing was not saved."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        from django.db import DatabaseError

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
        except (DatabaseError, OSError) as error:
            said = known_failure(error)
            if said is None:
                raise
            fail(said)
        raise AssertionError("unreachable")

    return wrapper


def database_command(function: Callable[P, R]) -> Callable[P, R]:
    """A command that needs the database: set up first, then report user errors cleanly (a
    database locked or a disk full while setting up included)."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        def started() -> R:
            setup()
            return function(*args, **kwargs)

        return handles_errors(started)()

    return wrapper


# The lean read path (``lastimpression.reading``): None takes it whenever it can (and Django is
# not set up in this process already: the tests' in-process runs); False never takes it, True
# takes it even then (the tests that compare the two paths, the benchmarks).
LEAN: bool | None = None


class Lean:
    """What a read command gets on the lean path: the open database (None for a command that
    reads no table, ``lint --file``), the home folder and the instant of the command."""

    def __init__(self, database: Home | None, folder: Path, now: datetime) -> None:
        self.database, self.folder, self.now = database, folder, now

    @property
    def home(self) -> Home:
        assert self.database is not None, "this command started with tables=False"
        return self.database

    def __enter__(self) -> Lean:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.database is not None:
            self.database.close()


def _django_started() -> bool:
    conf = sys.modules.get("django.conf")
    return conf is not None and bool(conf.settings.configured)


def lean_start(*, tables: bool = True) -> Lean | None:
    """Start a read command without Django when it reads what the Django path would
    (``reading.open_home``: SQLite, the file exists, its schema is current), as ``setup`` does:
    the configuration, the profile's language, the clock's line. None: take the Django path
    (which also says a configuration error). ``tables=False``: only the profile's language is
    read, if there is a database (``lint --file``)."""
    global _language
    from lastimpression import clock, config, reading

    if LEAN is False or (LEAN is None and _django_started()):
        return None
    try:
        loaded = config.load()
        config.database_settings(loaded.database_url)
    except config.ConfigError:
        return None
    if reading.sqlite_path(loaded.database_url) is None:
        return None
    home = None
    if tables:
        home = reading.open_home(loaded.database_url)
        if home is None:
            return None
        first = home.row("SELECT language FROM interviews_profile ORDER BY id LIMIT 1")
        if first and first[0]:
            _language = first[0]
    else:
        _language = _stored_language() or _language
    if loaded.now is not None:
        click.echo(_("Clock set by LASTIMPRESSION_NOW: %(now)s", now=loaded.now.isoformat()), err=True)
    return Lean(home, loaded.home, clock.of(loaded.now))


def read_command(function: Callable[..., R]) -> Callable[..., R]:
    """A command that only reads: called with ``lean=`` a ``Lean`` on the lean path
    (``lean_start``), else ``lean=None`` after the Django path's ``setup``, as
    ``database_command``. On the lean path a refused value or a locked database is the same
    one line as on the other."""
    return read_command_if(None)(function)


def read_command_if(
    lean_when: Callable[[dict[str, Any]], bool] | None, *, tables: bool = True
) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """``read_command`` that takes the lean path only when ``lean_when(options)`` is true
    (``message show --json`` but not ``--eml``); ``tables=False``: a command that reads no
    table (``lint --file``, ``lean_start``)."""

    def decorate(command: Callable[..., R]) -> Callable[..., R]:
        @functools.wraps(command)
        def wrapper(*args: Any, **kwargs: Any) -> R:
            lean = lean_start(tables=tables) if lean_when is None or lean_when(kwargs) else None
            if lean is None:
                return database_command(functools.partial(command, lean=None))(*args, **kwargs)
            with lean:
                return _lean_errors(functools.partial(command, lean=lean))(*args, **kwargs)

        return wrapper

    return decorate


def _lean_errors(function: Callable[..., R]) -> Callable[..., R]:
    """``handles_errors`` for the lean path, which imports no Django."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> R:
        import sqlite3

        from lastimpression.core.validation import InvalidValue

        try:
            return function(*args, **kwargs)
        except InvalidValue as error:
            fail(error.say(language()))
        except (sqlite3.Error, OSError) as error:
            said = known_failure(error)
            if said is None:
                raise
            fail(said)
        raise AssertionError("unreachable")

    return wrapper


def failure_kind(error: BaseException | None) -> str | None:
    """ "busy" (the database locked by another process past SQLite's wait), "full" (no space
    left on the disk) or None (anything else: a fault of the program). Shared by the command
    line's one line (``known_failure``) and the web's 500 page (``web.failure``)."""
    import errno
    import sqlite3

    if error is None:
        return None
    text = str(error).lower()
    database = isinstance(error, sqlite3.Error)
    if "django.db" in sys.modules:  # not imported by the lean read path (``read_command``)
        from django.db import DatabaseError

        database = database or isinstance(error, DatabaseError)
    if database and ("locked" in text or "busy" in text):
        return "busy"
    if (isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT)) or (
        database and ("disk is full" in text or "no space" in text)
    ):
        return "full"
    return None


def known_failure(error: BaseException) -> str | None:
    """The one line for a failure of the machine rather than of the program, in the user's
    language: the database locked by another process past SQLite's wait (20 s: its own
    retry), or the disk full. Each write of the program is one transaction, rolled back
    whole, so what this command was writing was not saved, and the line says so. None for
    any other error."""
    kind = failure_kind(error)
    if kind == "busy":
        return _(
            "the database is busy: another program (an import, the worker, a second window?) kept it locked "
            "for 20 seconds; what this command was writing was not saved: run it again"
        )
    if kind == "full":
        return _("the disk is full: what this command was writing was not saved; free some space and run it again")
    return None


def write_out(out: str | os.PathLike[str], data: bytes, option: str = "--out") -> None:
    """Write ``data`` to the file the user named with ``option``, whole or not at all (a
    ``.part`` file renamed). Raises InvalidValue naming ``option`` for an empty name, a
    folder, a missing folder, a file that cannot be written (``/proc/version``), a full disk."""
    import contextlib
    from pathlib import Path

    from lastimpression.core.validation import InvalidValue
    from lastimpression.phrases import tr

    path = Path(out)
    try:
        folder = path.is_dir()
    except OSError:  # a name too long: refused below, by the write
        folder = False
    if not str(out).strip() or not path.name or folder:
        raise InvalidValue(option, tr("%(value)s is not a file name (e.g. --out card.html)", value=repr(str(out))))
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        reason = error.strerror or type(error).__name__
        raise InvalidValue(option, tr("cannot write %(path)s: %(reason)s", path=str(path), reason=reason)) from None


def last_resort(command: click.Command, args: Sequence[str] | None = None) -> None:
    """Run ``command`` as the console script does (``command.main``: click's own errors are
    its usage lines), and turn any error it lets through into one line on stderr and exit
    status 1 (PRODUCT.md §7: never a traceback). A locked database or a full disk is said as
    such (``known_failure``); anything else is a bug: its traceback goes to a log file in
    the data folder, whose path the line gives."""
    try:
        command.main(args=list(args) if args is not None else None, prog_name="lastimpression")
    except (SystemExit, KeyboardInterrupt):
        raise
    except Exception as error:  # the last resort: every error is one line
        line = known_failure(error)
        if line is None:
            log = _crash_log(error)
            summary = " ".join(f"{type(error).__name__}: {error}".split())[:200]
            where = log if log is not None else _("(no log: the data folder cannot be written)")
            line = _("unexpected failure (%(summary)s); this is a bug, the details are in %(where)s",
                     summary=summary, where=where)  # fmt: skip
        try:
            fail(line)
        finally:
            sys.stderr.flush()


def _crash_log(error: BaseException) -> str | None:
    """Write ``error``'s traceback (frames and message, never local variables) to a new file
    ``logs/crash-*.log`` of the data folder, the values of the environment's secrets masked;
    return its path, or None when it cannot be written (a full disk, a read-only home)."""
    import tempfile
    import traceback
    from pathlib import Path

    from lastimpression import config

    text = "".join(traceback.format_exception(error))
    for name, value in os.environ.items():
        if any(word in name.upper() for word in ("PASSWORD", "SECRET", "TOKEN", "KEY")) and len(value) >= 4:
            text = text.replace(value, "***")
    home_text = os.environ.get("LASTIMPRESSION_HOME", "").strip()
    home = Path(home_text).expanduser() if home_text else config.default_home()
    try:
        logs = home / "logs"
        logs.mkdir(parents=True, exist_ok=True, mode=0o700)
        descriptor, name = tempfile.mkstemp(prefix="crash-", suffix=".log", dir=logs)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError:
        return None
    return name


def print_json(document: Any) -> None:
    """One JSON document on stdout: indented on a terminal, compact otherwise (the indenting
    encoder is pure Python and several times slower on large documents)."""
    import json  # only the commands that print JSON pay its import

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
    """A plan warning (``core.plan.PlanWarning``) in the user's language: its phrase, typed with
    plain spaces for the plan's own warning ("promise_kept"), a message's change as said."""
    if warning.phrase is None:
        return _("Warning: %(message)s", message=warning.message)
    if warning.code == "promise_kept":
        return _("Warning: %(message)s", message=said(warning.phrase, plain=True))
    return said(phrases.tr("Warning: %(message)s", message=warning.phrase))
