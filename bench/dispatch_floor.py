"""The floor under the dispatch target: what keeping the outbox's promises costs by itself (issue 17).

``dispatch_speed`` compares a ``dispatch`` pass with a bare ``smtplib`` loop. Whatever design the
pass has, it must keep the promises of PRODUCT.md §4 and docs/reliability.md: a message is
claimed in the database before it leaves (so that two processes never send it twice), its
progress is in the chunk's journal before MAIL FROM and after the server's 250 (so that a kill
at any instant never sends it again blindly), a write by someone else since the claim is
looked for before each message (an edit, a cancellation), and the outcome is committed. This
script measures that minimum alone, with no Django, no ORM, no check against the interview, no
report: the bare loop plus

* a claim of each chunk of 100 in one ``BEGIN IMMEDIATE`` … ``UPDATE … RETURNING`` … ``COMMIT``
  on a SQLite file in WAL mode with ``synchronous=NORMAL`` (the home's settings);
* per message, ``PRAGMA data_version`` (the writes check) and two journal lines, one
  ``os.write`` each on an ``O_APPEND`` descriptor (no fsync, as ``outbox.journal``);
* the chunk's outcomes in one ``executemany`` and ``COMMIT``, the journal removed.

A third loop is the floor with a pass's other work (reading and checking, ``CHECKS_MS`` of pure
Python a message, about what a pass spends on it: bench/dispatch_speed.py's breakdown) done in a
second thread while the first sends: the best a pipelined pass could do, the GIL and the two
cores shared with the server included.

The loops send the same 1,000 e-mails (940 bytes) over one connection to the same aiosmtpd
sink in a process of its own (``mailbench.SmtpSink``), in interleaved rounds (A B C, C B A, …). The
ratio floor / bare is the best any design that keeps those promises can reach on this machine
with this server; ``dispatch_speed`` gives the pass's own.

Run alone: .venv/bin/python bench/dispatch_floor.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import smtplib
import sqlite3
import statistics
import tempfile
import threading
from pathlib import Path
from time import perf_counter
from typing import Any

from benchlib import BenchError
from mailbench import SmtpSink, sink_count

MESSAGES = 1000
CHUNK = 100
TARGET = 0.9
CHECKS_MS = 0.15
SENDER = "camille.durand@example.org"


def _emails() -> list[tuple[str, bytes]]:
    body = ("Madame, je vous remercie pour notre entretien de ce matin. " * 12).encode()
    emails = []
    for index in range(MESSAGES):
        recipient = f"claire.martin.{index}@example.org"
        head = (
            f"From: Camille Durand <{SENDER}>\r\nTo: <{recipient}>\r\nSubject: Merci pour notre entretien\r\n"
            f"Message-ID: <{index}.bench@example.org>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        ).encode()
        emails.append((recipient, head + body[: 940 - len(head)] + b"\r\n"))
    return emails


def bare(port: int, emails: list[tuple[str, bytes]]) -> float:
    started = perf_counter()
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.ehlo()
        for recipient, data in emails:
            client.sendmail(SENDER, [recipient], data)
    return perf_counter() - started


def _database(folder: Path) -> sqlite3.Connection:
    path = folder / "outbox.sqlite3"
    path.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute(
        "CREATE TABLE message (id INTEGER PRIMARY KEY, version INTEGER NOT NULL, status TEXT NOT NULL, "
        "claimed_by TEXT, claimed_at TEXT, sent_at TEXT, last_error TEXT, attempts INTEGER NOT NULL DEFAULT 0)"
    )
    db.executemany(
        "INSERT INTO message (id, version, status) VALUES (?, 1, 'scheduled')", [(i,) for i in range(1, MESSAGES + 1)]
    )
    return db


def floor(port: int, emails: list[tuple[str, bytes]], folder: Path) -> float:
    db = _database(folder)
    started = perf_counter()
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.ehlo()
        for start in range(0, MESSAGES, CHUNK):
            keys = list(range(start + 1, min(start + CHUNK, MESSAGES) + 1))
            journal = folder / f"chunk-{start}.log"
            fd = os.open(journal, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o600)
            db.execute("BEGIN IMMEDIATE")
            pairs = ", ".join(["(?, ?)"] * len(keys))
            ours = db.execute(
                "UPDATE message SET status = 'sending', claimed_by = ?, claimed_at = ?, version = version + 1 "
                f"WHERE status = 'scheduled' AND (id, version) IN (VALUES {pairs}) RETURNING id",
                ["smtp:host:1", "2026-12-06 10:00:00", *(value for key in keys for value in (key, 1))],
            ).fetchall()
            db.execute("COMMIT")
            assert len(ours) == len(keys)
            mark = db.execute("PRAGMA data_version").fetchone()[0], db.total_changes
            sent = []
            for key in keys:
                if (db.execute("PRAGMA data_version").fetchone()[0], db.total_changes) != mark:
                    raise RuntimeError("written since the claim")
                recipient, data = emails[key - 1]
                os.write(fd, f"attempt {key} 2\n".encode())
                client.sendmail(SENDER, [recipient], data)
                os.write(fd, f"sent {key} 2 1796551200000000 250 OK: queued\n".encode())
                sent.append(("2026-12-06 10:00:01", "", key))
            db.execute("BEGIN IMMEDIATE")
            db.executemany(
                "UPDATE message SET status = 'sent', sent_at = ?, last_error = ?, attempts = attempts + 1, "
                "version = version + 1 WHERE id = ? AND status = 'sending'",
                sent,
            )
            db.execute("COMMIT")
            os.close(fd)
            journal.unlink()
    seconds = perf_counter() - started
    db.close()
    return seconds


def _busy(seconds: float) -> None:
    end = perf_counter() + seconds
    while perf_counter() < end:
        pass


def pipelined(port: int, emails: list[tuple[str, bytes]], folder: Path) -> float:
    """The floor while another thread spends ``CHECKS_MS`` of Python on each message."""
    checks = threading.Thread(target=lambda: [_busy(CHECKS_MS / 1000) for _ in emails])
    checks.start()
    try:
        return floor(port, emails, folder)
    finally:
        checks.join()


def main(rounds: int = 5) -> dict[str, Any]:
    """Interleaved rounds of both loops; the medians and the ratio."""
    emails = _emails()
    with SmtpSink() as sink, tempfile.TemporaryDirectory(prefix="li-bench-floor-") as scratch:
        folder = Path(scratch)
        bare(sink.port, emails[:50])  # warm-up
        floor(sink.port, emails, folder)
        times: dict[str, list[float]] = {"bare": [], "floor": [], "pipelined": []}
        before = sink_count(sink.port)
        loops = {
            "bare": lambda: bare(sink.port, emails),
            "floor": lambda: floor(sink.port, emails, folder),
            "pipelined": lambda: pipelined(sink.port, emails, folder),
        }
        for index in range(rounds):
            # Each round in the other order than the last (A B C, C B A, …): no loop always first.
            for name in list(loops) if index % 2 == 0 else list(reversed(loops)):
                times[name].append(loops[name]())
        arrived = sink_count(sink.port) - before
    if arrived != 3 * rounds * MESSAGES:
        raise BenchError(f"the sink counted {arrived} messages, not {3 * rounds * MESSAGES}")
    bare_s, floor_s = statistics.median(times["bare"]), statistics.median(times["floor"])
    pipelined_s = statistics.median(times["pipelined"])
    return {
        "rounds": rounds,
        "bare_s": round(bare_s, 4),
        "floor_s": round(floor_s, 4),
        "ratio": round(bare_s / floor_s, 3),
        "pipelined_s": round(pipelined_s, 4),
        "pipelined_ratio": round(bare_s / pipelined_s, 3),
        "promises_ms": round(1000 * (floor_s - bare_s) / MESSAGES, 4),
        "budget_ms": round(1000 * max(0.0, bare_s / TARGET - floor_s) / MESSAGES, 4),
    }


def report(result: dict[str, Any]) -> str:
    def each(seconds: float) -> float:
        return 1000 * seconds / MESSAGES  # ms a message

    return "\n".join(
        [
            f"The floor under dispatch: {MESSAGES} e-mails, {result['rounds']} interleaved rounds, medians",
            f"  bare smtplib loop:                                {result['bare_s']:.3f} s  "
            f"{each(result['bare_s']):.3f} ms each",
            f"  + claim, writes check, journal, record (SQLite):  {result['floor_s']:.3f} s  "
            f"{each(result['floor_s']):.3f} ms each",
            f"  the promises alone cost {result['promises_ms']:.3f} ms a message: ratio {result['ratio']:.2f}; "
            f"what a pass at {TARGET}x may spend on everything else (reading, checks, reports): "
            f"{result['budget_ms']:.3f} ms a message",
            f"  the same with {CHECKS_MS} ms of checks a message in a second thread (a pipelined pass):"
            f" {result['pipelined_s']:.3f} s, ratio {result['pipelined_ratio']:.2f}",
        ]
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    print(report(main(parser.parse_args().rounds)))
