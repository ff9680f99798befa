"""One sender per data folder: the lock that ``serve`` and ``worker`` take before a pass.

Both run the outbox on a schedule; with both running on one home, each message would still
leave once (the claim of ``outbox.ledger``), but two loops would race for every message and
spread a panel's departures between two processes. So the long-running senders take an
exclusive lock on ``$LASTIMPRESSION_HOME/sender.lock`` (``flock``: released by the system
when the process ends, even on ``kill -9``) and write who they are in it. The second one
respects it: it does not send, says who is sending, and takes over when the first stops.
One-shot passes (``dispatch`` from cron, "send now") need no lock: their claims keep them
exactly once.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from lastimpression.phrases import PLAIN_SPACES, tr

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no flock; the claims still keep sending exactly once
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = "sender.lock"


@dataclass(frozen=True)
class Holder:
    """Who holds the lock, as it wrote itself in the file."""

    name: str
    pid: int
    host: str

    def describe(self, language: str) -> str:
        """Who holds the lock, in ``language``, for a terminal line (plain spaces)."""
        holder = tr("`%(name)s` (process %(pid)d on %(host)s)", name=self.name, pid=self.pid, host=self.host)
        return holder.say(language).translate(PLAIN_SPACES)


class SenderLock:
    """The lock of one data folder, for the process named ``name`` ("serve", "worker")."""

    def __init__(self, home: Path, name: str) -> None:
        self.path = Path(home) / LOCK_NAME
        self.name = name
        self._file: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def acquire(self) -> bool:
        """Take the lock if it is free (never waits); True when this process holds it."""
        if self._file is not None:
            return True
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while held
        if fcntl is not None:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                handle.close()
                return False
        handle.seek(0)
        handle.truncate()
        handle.write(f"{self.name}\n{os.getpid()}\n{socket.gethostname()}\n")
        handle.flush()
        self._file = handle
        return True

    def release(self) -> None:
        if self._file is None:
            return
        try:
            self._file.seek(0)
            self._file.truncate()
            if fcntl is not None:
                fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
        finally:
            self._file.close()
            self._file = None

    def holder(self) -> Holder | None:
        """Who holds the lock now, or None when nobody does (or it is this process)."""
        return holder(self.path.parent)


def holder(home: Path) -> Holder | None:
    """Who holds the sender lock of ``home``, or None when it is free."""
    path = Path(home) / LOCK_NAME
    try:
        with open(path, encoding="utf-8") as handle:
            if fcntl is not None:
                try:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
                except OSError:
                    pass  # held by someone: read who
                else:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
                    return None  # nobody holds it (a stale file from a process gone)
            lines = handle.read().splitlines()
    except FileNotFoundError:
        return None
    if len(lines) < 3 or not lines[1].isdigit():
        return None
    return Holder(lines[0], int(lines[1]), lines[2])
