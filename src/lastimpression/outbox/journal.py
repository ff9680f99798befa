"""The sending journal: what became of each message of a claimed chunk, in a file.

A dispatch pass claims its due messages a chunk at a time, in one commit (``outbox.ledger``),
and records their outcomes in one more commit at the chunk's end. In between, each message's
progress goes to an append-only file of the data home, ``sending/HOST-PID-MICROS.log`` (the
claimer's host and process, the claim's instant in microseconds: one file a chunk):

    attempt ID VERSION                    before MAIL FROM
    sent ID VERSION MICROS REPLY          after the server's 250 to the end of DATA
    refused ID VERSION p|t WORDS          a definite refusal (permanent or temporary)

Each line is one ``os.write`` on an ``O_APPEND`` descriptor, not fsynced: it survives the
process being killed at any instant (the kernel holds it), not a power cut, the durability of
SQLite's WAL with ``synchronous=NORMAL`` (docs/reliability.md). The file is created before the
claim is committed and removed once the outcomes are; ``recovery.recover`` reads it for a
chunk left in ``sending`` (``read``). A line that does not end in a newline, or cannot be
read, makes the chunk ``damaged``: a message without a definite line is then never taken for
one that was not handed over.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

FOLDER = "sending"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)

# The journals of the chunks this process has in hand (``serve`` may run two passes at once:
# the worker's and a "Send now"); recovery leaves those alone.
_in_hand: set[Path] = set()
_in_hand_lock = threading.Lock()


def micros(instant: datetime) -> int:
    """``instant`` in whole microseconds since the epoch (exact, unlike ``timestamp()``)."""
    return (instant - _EPOCH) // _MICROSECOND


_last_claim: list[datetime] = []


def fresh_instant(at: datetime) -> datetime:
    """``at``, or just after the last chunk this process claimed if that was not before it (a
    clock frozen by ``LASTIMPRESSION_NOW``, two passes of ``serve`` at once): each chunk of a
    process has its own instant, hence its own journal. A clock set back by more than a second
    is followed as it is."""
    with _in_hand_lock:
        if _last_claim and _last_claim[0] - timedelta(seconds=1) < at <= _last_claim[0]:
            at = _last_claim[0] + _MICROSECOND
        _last_claim[:] = [at]
    return at


def path_of(home: Path | str, claimed_by: str, claimed_at: datetime) -> Path | None:
    """The journal of the chunk claimed by ``claimed_by`` (``transport:HOST:PID``) at
    ``claimed_at``, or None for a name that is not a claimer's."""
    _, _, rest = claimed_by.partition(":")
    host, _, pid = rest.rpartition(":")
    if not host or not pid.isdigit() or "/" in host or host.startswith("."):
        return None
    return Path(home) / FOLDER / f"{host}-{pid}-{micros(claimed_at)}.log"


def in_hand(path: Path) -> bool:
    """True while a pass of this process holds the chunk of ``path``."""
    with _in_hand_lock:
        return path in _in_hand


def _words(text: str) -> str:
    return " ".join(text.split())


class Journal:
    """The journal of one chunk in hand. Created (``open``) before the claim is committed;
    ``close`` once the chunk's outcomes are committed removes it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.last = 0  # the message whose attempt was written last
        path.parent.mkdir(parents=True, exist_ok=True)
        with _in_hand_lock:
            _in_hand.add(path)
        try:
            self.fd: int | None = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o600)
        except BaseException:
            with _in_hand_lock:
                _in_hand.discard(path)
            raise

    def _line(self, text: str) -> None:
        data = (text + "\n").encode("utf-8", "replace")
        assert self.fd is not None
        written = os.write(self.fd, data)
        if written != len(data):  # a full disk: never hand over what the journal does not hold
            raise OSError(f"the sending journal {self.path} is full")

    def attempt(self, message_id: int, version: int) -> None:
        """Written before the message's MAIL FROM: from here on it may reach the server."""
        self._line(f"attempt {message_id} {version}")
        self.last = message_id

    def sent(self, message_id: int, version: int, at: datetime, reply: str) -> None:
        """The server accepted it (its 250 to the end of DATA)."""
        self._line(f"sent {message_id} {version} {micros(at)} {_words(reply)}".rstrip())

    def refused(self, message_id: int, version: int, permanent: bool, words: str) -> None:
        """The server refused it, clearly (a 4xx or 5xx): not delivered."""
        self._line(f"refused {message_id} {version} {'p' if permanent else 't'} {_words(words)}".rstrip())

    def release(self) -> None:
        """The chunk is no longer in hand (its outcomes committed, or their commit failed and
        recovery is to settle it): another pass of this process may now recover it."""
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
        with _in_hand_lock:
            _in_hand.discard(self.path)

    def close(self) -> None:
        """The chunk's outcomes are committed: the journal is no longer needed."""
        self.release()
        self.path.unlink(missing_ok=True)


@dataclass
class Entry:
    """The last definite thing the journal says of one message's claim."""

    step: str  # attempt, sent, refused
    at: datetime | None = None
    words: str = ""
    permanent: bool = False


@dataclass
class Chunk:
    """What a chunk's journal says, by (message id, version claimed)."""

    entries: dict[tuple[int, int], Entry] = field(default_factory=dict)
    damaged: bool = False

    def of(self, message_id: int, version: int) -> Entry | None:
        return self.entries.get((message_id, version))


def read(path: Path) -> Chunk | None:
    """The journal at ``path``, or None when there is none (or it cannot be read)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    chunk = Chunk()
    lines = data.split(b"\n")
    if lines[-1]:
        chunk.damaged = True  # a last line cut short
    for raw in lines[:-1]:
        try:
            _parse(raw.decode("utf-8"), chunk)
        except (ValueError, IndexError, UnicodeDecodeError):
            chunk.damaged = True
    return chunk


def _parse(line: str, chunk: Chunk) -> None:
    step, message_id, version, *rest = line.split(" ", 3)
    key = (int(message_id), int(version))
    if step == "attempt" and not rest:
        chunk.entries.setdefault(key, Entry("attempt"))
    elif step == "sent" and rest:
        stamp, _, reply = rest[0].partition(" ")
        chunk.entries[key] = Entry("sent", at=_EPOCH + int(stamp) * _MICROSECOND, words=reply)
    elif step == "refused" and rest and rest[0].partition(" ")[0] in ("p", "t"):
        kind, _, words = rest[0].partition(" ")
        chunk.entries[key] = Entry("refused", words=words, permanent=kind == "p")
    else:
        raise ValueError(line)


def leftovers(home: Path | str) -> list[Path]:
    """The journals of the data home's ``sending`` folder."""
    folder = Path(home) / FOLDER
    try:
        return sorted(folder.glob("*.log"))
    except OSError:
        return []


def owner(path: Path) -> tuple[str, int] | None:
    """The host and process id of a journal's name, or None."""
    host, _, rest = path.stem.rpartition("-")
    host, _, pid = host.rpartition("-")
    if not host or not pid.isdigit() or not rest.isdigit():
        return None
    return host, int(pid)
