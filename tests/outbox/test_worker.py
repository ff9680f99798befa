"""The worker: passes, heartbeat, the agenda's warning, a polite stop."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta

from lastimpression.outbox.models import Heartbeat, Message
from lastimpression.outbox.worker import run, worker_status
from tests.outbox.conftest import THANK_YOU_SLOT, Cli, Clock, SmtpServer, draft_thank_yous, send


def test_a_worker_pass_sends_what_is_due_and_beats(
    cli: Cli, lyon_panel: int, clock: Clock, configure: Callable[..., None], smtp_server: SmtpServer
) -> None:
    configure(smtp=smtp_server.settings())
    for message in draft_thank_yous(cli, lyon_panel):
        send(cli, message)
    clock.now = THANK_YOU_SLOT + timedelta(minutes=10)
    lines: list[str] = []
    assert run(5, clock=clock, passes=1, stop=threading.Event(), log=lines.append) == 1
    # Julien's thank-you waits 2–7 minutes after Claire's (a panel never leaves at once).
    assert len(smtp_server.arrived) == 1 and "sent: 1, other: 1," in lines[0]
    beat = Heartbeat.objects.get(name="worker")
    assert beat.beat_at == clock.now and beat.last_error == ""
    assert worker_status(clock.now) == (clock.now, False)


def test_the_agenda_warns_when_messages_are_due_and_nothing_ran_for_15_minutes(
    cli: Cli, lyon_panel: int, clock: Clock, configure: Callable[..., None]
) -> None:
    claire = draft_thank_yous(cli, lyon_panel)[0]
    assert worker_status(clock.now) == (None, False)  # nothing due yet
    send(cli, claire)
    assert worker_status(THANK_YOU_SLOT + timedelta(minutes=1)) == (None, True)
    run(5, clock=lambda: THANK_YOU_SLOT, passes=1, log=lambda line: None)  # writes the .eml
    Message.objects.filter(pk=claire.pk).update(written_at=None)  # due again, say
    assert worker_status(THANK_YOU_SLOT + timedelta(minutes=14)) == (THANK_YOU_SLOT, False)
    assert worker_status(THANK_YOU_SLOT + timedelta(minutes=16)) == (THANK_YOU_SLOT, True)


def test_a_stop_request_ends_the_loop_without_waiting_for_the_interval(clock: Clock, db: None) -> None:
    stop = threading.Event()
    stop.set()
    assert run(3600, clock=clock, stop=stop, log=lambda line: None) == 0
