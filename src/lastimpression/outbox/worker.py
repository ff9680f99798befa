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
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from types import FrameType
from typing import Any

from lastimpression.outbox.models import Heartbeat
from lastimpression.outbox.notices import said
from lastimpression.outbox.reading import SENDER_WORDS, outbox_sentences, sender_phrase, sender_text  # noqa: F401 (SENDER_WORDS)
from lastimpression.outbox.sender_lock import Holder, SenderLock
from lastimpression.phrases import PLAIN_SPACES, Phrase, tr

DEFAULT_INTERVAL = 60
SILENCE = timedelta(minutes=15)
# Set when this process schedules a message (``outbox.sending.schedule``): a loop of this
# process (``serve``) looks again at once, so a message scheduled a few seconds ahead leaves at
# its time, not at the end of a wait computed before it existed.
WAKE = threading.Event()


def wake() -> None:
    """Tell this process's outbox loop that something was scheduled."""
    WAKE.set()


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


def last_sender() -> Heartbeat | None:
    """The heartbeat of whatever ran the outbox last ("serve", "worker", "dispatch", "replies")."""
    return Heartbeat.objects.order_by("-beat_at").first()


def sender_words(beat: Heartbeat, language: str) -> str:
    """Who ran the outbox, in words: "the web UI (lastimpression serve), process 4242"."""
    return sender_text(beat.name, beat.pid, language)


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
        result.sent += sum(1 for item in found if item.kind == "sent")
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
    name: str = "worker",
    lock: SenderLock | None = None,
) -> int:
    """Loop until SIGTERM/SIGINT (or ``stop`` is set, or ``passes`` turns are done); return
    the number of turns. Installs the signal handlers when run in the main thread. A database
    error (a database locked by another process, a server gone) loses that turn only: it is
    logged in one line and the next turn comes after ``interval`` as usual.

    ``name`` is the heartbeat's ("worker", or "serve" when the web UI sends). With ``lock``
    (``sender_lock.SenderLock``), a turn sends only while this process holds the data
    folder's sender lock: when another holds it, the turn says who (once) and waits, and
    takes over once it is free. The next turn comes after ``interval``, or sooner when a
    message is scheduled before that (``next_wait``)."""
    from django.db import DatabaseError, close_old_connections

    gc.enable()  # (on already; kept for a loop started from code that turned it off)
    stop = stop or threading.Event()
    if threading.current_thread() is threading.main_thread():

        def polite(signum: int, frame: FrameType | None) -> None:
            stop.set()

        signal.signal(signal.SIGTERM, polite)
        signal.signal(signal.SIGINT, polite)
    started = clock()
    turns = 0
    waiting_for: Holder | None = None
    try:
        while not stop.is_set():
            close_old_connections()
            now = clock()
            if lock is not None and not lock.acquire():
                other = lock.holder()
                if other is not None and other != waiting_for:
                    log(_held_line(now, other, language))
                waiting_for = other
                turns += 1
                if passes is not None and turns >= passes:
                    break
                stop.wait(interval)
                continue
            waiting_for = None
            wait = float(interval)
            try:
                beat(name, now, started_at=started)
                result = one_pass(now, stop, language)
                beat(name, clock(), started_at=started, error="; ".join(result.errors))
                wait = next_wait(clock(), interval)
            except DatabaseError as error:
                # The connection is closed at the next turn if it is unusable (close_old_connections).
                log(_database_line(now, error, interval, language))
            else:
                log(_line(result, language))
            turns += 1
            if passes is not None and turns >= passes:
                break
            _pause(stop, wait)
    finally:
        if lock is not None:
            lock.release()
    return turns


def _pause(stop: threading.Event, seconds: float) -> None:
    """Wait ``seconds``, or less when stopped or woken (``wake``)."""
    deadline = time.monotonic() + seconds
    while not stop.is_set():
        left = deadline - time.monotonic()
        if left <= 0:
            return
        if WAKE.wait(min(left, 0.5)):
            WAKE.clear()
            return


def next_wait(now: datetime, interval: int) -> float:
    """Seconds until the next turn: ``interval``, or less when a scheduled message (or its
    retry) is due before then, so that it leaves at its time, not up to ``interval`` late."""
    from django.db.models import Min, Q

    from lastimpression.outbox.models import Message

    waiting = Message.objects.filter(status="scheduled", late=False, written_at=None)
    soonest = waiting.aggregate(
        slot=Min("scheduled_at", filter=Q(next_attempt_at=None, scheduled_at__gt=now)),
        retry=Min("next_attempt_at", filter=Q(next_attempt_at__gt=now)),
    )
    times: list[datetime] = [instant for instant in soonest.values() if instant is not None]
    if not times:
        return float(interval)
    return float(max(0.5, min(float(interval), (min(times) - now).total_seconds())))


def _said(phrase: Phrase, language: str) -> str:
    """A line of the worker's log in ``language``: plain spaces, as every terminal line."""
    return phrase.say(language).translate(PLAIN_SPACES)


def _held_line(at: datetime, other: Holder, language: str) -> str:
    stamp = at.isoformat(timespec="seconds")
    held = tr(
        "%(stamp)s %(holder)s is already sending for this data folder: this one waits.",
        stamp=stamp,
        holder=other.describe(language),
    )
    return _said(held, language)


def _line(result: Pass, language: str) -> str:
    stamp = result.at.isoformat(timespec="seconds")
    counts = dict(stamp=stamp, sent=result.sent, other=result.other, replies=result.replies)
    text = _said(tr("%(stamp)s sent: %(sent)d, other: %(other)d, replies: %(replies)d", **counts), language)
    return text + "".join(f"\n  {error}" for error in result.errors)


def _database_line(at: datetime, error: Exception, interval: int, language: str) -> str:
    stamp, words = at.isoformat(timespec="seconds"), " ".join(str(error).split()) or type(error).__name__
    skipped = tr(
        "%(stamp)s database error, pass skipped (next in %(interval)d s): %(words)s",
        stamp=stamp,
        interval=interval,
        words=words,
    )
    return _said(skipped, language)


def sentences(status: tuple[datetime | None, bool], zone: Any) -> tuple[Phrase, ...]:
    """The agenda's line, not yet in a language: when the outbox last ran and who ran it, and
    the warning if any (``outbox.reading.outbox_sentences``)."""
    last, warning = status
    when = last.astimezone(zone).strftime("%Y-%m-%d %H:%M") if last else None
    beat = last_sender() if last else None
    return outbox_sentences(when, sender_phrase(beat.name, beat.pid) if beat is not None else None, warning)


def describe(status: tuple[datetime | None, bool], language: str, zone: Any) -> str:
    """One line for the agenda in ``language`` (``sentences``)."""
    return said(sentences(status, zone), language)
