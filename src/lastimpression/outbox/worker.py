"""``worker``: dispatch and replies every N seconds, a heartbeat row, a clean stop on SIGTERM.

The heartbeat is what the agenda reads (``worker_status``): a cron ``dispatch`` beats too, so
either way of running the outbox counts. SIGTERM (or Ctrl-C) lets the message in hand finish,
then the loop exits; a message is never left half-recorded by a polite stop.
"""

from __future__ import annotations

import gc
import os
import signal
import socket
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from types import FrameType
from typing import Any

from lastimpression.outbox.models import Heartbeat

DEFAULT_INTERVAL = 60
SILENCE = timedelta(minutes=15)


def beat(name: str, now: datetime, *, started_at: datetime | None = None, error: str = "") -> None:
    """Record that ``name`` ("worker", "dispatch", "replies") ran at ``now``."""
    Heartbeat.objects.update_or_create(
        name=name,
        defaults={
            "beat_at": now, "started_at": started_at or now, "pid": os.getpid(), "host": socket.gethostname(),
            "last_error": error[:2000],
        },
    )  # fmt: skip


def worker_status(now: datetime) -> tuple[datetime | None, bool]:
    """(the last time anything ran the outbox, whether to warn): a warning when a message is
    due and nothing has run for 15 minutes (or ever)."""
    from lastimpression.outbox.dispatch import due
    from lastimpression.outbox.models import Message

    last = Heartbeat.objects.order_by("-beat_at").values_list("beat_at", flat=True).first()
    if last is not None and now - last <= SILENCE:
        return last, False
    waiting = Message.objects.filter(due(now)).exists()
    return last, waiting


@dataclass
class Pass:
    """What one turn of the loop did (for the log line)."""

    at: datetime
    sent: int = 0
    other: int = 0
    replies: int = 0
    errors: list[str] = field(default_factory=list)


def one_pass(now: datetime, stop: threading.Event, language: str) -> Pass:
    """dispatch, then replies when IMAP is configured; errors are collected, not raised."""
    from django.conf import settings

    from lastimpression.outbox.dispatch import dispatch
    from lastimpression.outbox.replies import check_replies
    from lastimpression.outbox.transport import MailError

    result = Pass(now)
    try:
        reports = dispatch(now, should_stop=stop.is_set)
        result.sent = sum(1 for report in reports if report.outcome == "sent")
        result.other = len(reports) - result.sent
    except MailError as error:
        result.errors.append(error.say(language))
    if stop.is_set() or not settings.CONFIG.get("imap", "host"):
        return result
    try:
        found, errors = check_replies(now)
        result.replies = sum(1 for item in found if item.kind == "reply")
        result.errors += [error.say(language) for error in errors]
    except MailError as error:
        result.errors.append(error.say(language))
    return result


def run(
    interval: int,
    *,
    clock: Callable[[], datetime],
    language: str = "en",
    stop: threading.Event | None = None,
    passes: int | None = None,
    log: Callable[[str], None] = lambda line: print(line, file=sys.stderr, flush=True),
) -> int:
    """Loop until SIGTERM/SIGINT (or ``stop`` is set, or ``passes`` turns are done); return
    the number of turns. Installs the signal handlers when run in the main thread. A database
    error (a database locked by another process, a server gone) loses that turn only: it is
    logged in one line and the next turn comes after ``interval`` as usual."""
    from django.db import DatabaseError, close_old_connections

    gc.enable()  # a long-running process: the CLI turns the cycle collector off for short ones
    stop = stop or threading.Event()
    if threading.current_thread() is threading.main_thread():

        def polite(signum: int, frame: FrameType | None) -> None:
            stop.set()

        signal.signal(signal.SIGTERM, polite)
        signal.signal(signal.SIGINT, polite)
    started = clock()
    turns = 0
    while not stop.is_set():
        close_old_connections()
        now = clock()
        try:
            beat("worker", now, started_at=started)
            result = one_pass(now, stop, language)
            beat("worker", clock(), started_at=started, error="; ".join(result.errors))
        except DatabaseError as error:
            # The connection is closed at the next turn if it is unusable (close_old_connections).
            log(_database_line(now, error, interval, language))
        else:
            log(_line(result, language))
        turns += 1
        if passes is not None and turns >= passes:
            break
        stop.wait(interval)
    return turns


def _line(result: Pass, language: str) -> str:
    stamp = result.at.isoformat(timespec="seconds")
    if language == "fr":
        text = f"{stamp} envoyés : {result.sent}, autres : {result.other}, réponses : {result.replies}"
    else:
        text = f"{stamp} sent: {result.sent}, other: {result.other}, replies: {result.replies}"
    return text + "".join(f"\n  {error}" for error in result.errors)


def _database_line(at: datetime, error: Exception, interval: int, language: str) -> str:
    stamp, words = at.isoformat(timespec="seconds"), " ".join(str(error).split()) or type(error).__name__
    if language == "fr":
        return f"{stamp} erreur de la base de données, passage abandonné (prochain dans {interval} s)\u00a0: {words}"
    return f"{stamp} database error, pass skipped (next in {interval} s): {words}"


def describe(status: tuple[datetime | None, bool], language: str, zone: Any) -> str:
    """One line for the agenda: when the outbox last ran, and the warning if any."""
    last, warning = status
    when = last.astimezone(zone).strftime("%Y-%m-%d %H:%M") if last else None
    if language == "fr":
        text = f"Envois : dernier passage {when}." if when else "Envois : aucun passage pour l'instant."
        if warning:
            text += " Des messages attendent : lancez « lastimpression worker » (ou dispatch via cron)."
        return text
    text = f"Outbox: last ran {when}." if when else "Outbox: has not run yet."
    if warning:
        text += " Messages are waiting: start `lastimpression worker` (or dispatch from cron)."
    return text
