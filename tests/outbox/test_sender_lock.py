"""One sender per data folder (outbox/sender_lock.py): the second respects the first and says who."""

from __future__ import annotations

import os
import threading
from datetime import UTC, datetime
from pathlib import Path

from lastimpression.outbox.sender_lock import SenderLock, holder
from lastimpression.outbox.worker import run
from tests.outbox.conftest import Cli


def test_the_second_sender_does_not_get_the_lock_and_learns_who_holds_it(tmp_path: Path) -> None:
    serve, worker = SenderLock(tmp_path, "serve"), SenderLock(tmp_path, "worker")
    assert serve.acquire() and serve.acquire(), "taking it again is fine"
    assert not worker.acquire()
    found = worker.holder()
    assert found is not None and (found.name, found.pid) == ("serve", os.getpid())
    assert "« serve » (processus" in found.describe("fr")
    serve.release()
    assert holder(tmp_path) is None
    assert worker.acquire(), "it takes over once the first has stopped"
    worker.release()


def test_a_worker_that_finds_serve_sending_waits_says_so_once_and_sends_nothing(db: None, tmp_path: Path) -> None:
    serve = SenderLock(tmp_path, "serve")
    assert serve.acquire()
    lines: list[str] = []
    passes = run(
        1, clock=lambda: datetime(2026, 12, 3, 15, 20, tzinfo=UTC), language="en", stop=threading.Event(),
        passes=3, log=lines.append, name="worker", lock=SenderLock(tmp_path, "worker"),
    )  # fmt: skip
    assert passes == 3
    assert lines == [f"2026-12-03T15:20:00+00:00 `serve` (process {os.getpid()} on {os.uname().nodename}) "
                     "is already sending for this data folder: this one waits."]  # fmt: skip
    from lastimpression.outbox.models import Heartbeat

    assert not Heartbeat.objects.filter(name="worker").exists(), "no pass ran"
    serve.release()


def test_the_loop_waits_until_the_next_scheduled_message_not_a_whole_interval(cli: Cli, lyon_panel: int) -> None:
    import json

    from lastimpression.outbox.models import Message
    from lastimpression.outbox.worker import next_wait

    now = datetime(2026, 12, 3, 15, 15, tzinfo=UTC)
    assert next_wait(now, 60) == 60.0  # nothing scheduled
    drafted = json.loads(cli("draft", str(lyon_panel), "--json").stdout)
    Message.objects.filter(pk=drafted[0]["id"]).update(status="scheduled", scheduled_at=now.replace(second=5))
    assert next_wait(now, 60) == 5.0
    assert next_wait(now, 3) == 3.0


def test_scheduling_wakes_this_processs_loop(cli: Cli, lyon_panel: int) -> None:
    import json

    from lastimpression.outbox.worker import WAKE

    WAKE.clear()
    drafted = json.loads(cli("draft", str(lyon_panel), "--json").stdout)
    assert cli("send", str(drafted[0]["id"])).exit_code == 0
    assert WAKE.is_set()
    WAKE.clear()
