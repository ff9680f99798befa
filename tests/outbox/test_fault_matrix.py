"""Exactly once under every SMTP behaviour: a server that misbehaves at each step of the
session (refused, dropped, stalled, garbled, every refusal code, TLS failure) × each way a
message leaves (``dispatch``, ``send --now``, a worker's pass).

For each case: the outcome the user sees after the first pass (sent / retry / failed /
unknown), then the server heals and further passes run over the next day; the message ends
as the outcome says (a retry is sent, exactly once), and **no Message-ID ever reaches the
server twice**. docs/reliability.md counts these cases.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest

from lastimpression.interviews.models import Person
from lastimpression.outbox.dispatch import dispatch
from lastimpression.outbox.models import Message
from lastimpression.outbox.worker import run
from tests.outbox.conftest import THANK_YOU_SLOT, Cli, Clock, free_port, send
from tests.outbox.faulty_smtp import Fault, FaultySmtp

REFUSED = "connection refused"
TLS = "TLS handshake with a server that does not speak TLS"

# (what goes wrong, what the user is told after the first pass)
CASES: list[tuple[Fault | str, str]] = [
    (REFUSED, "retry"),
    (TLS, "failed"),
    (Fault("greeting"), "retry"),
    (Fault("greeting", stall=True), "retry"),
    (Fault("greeting", say="2SO faulty.example ESMTP"), "retry"),
    (Fault("greeting", say="421 4.3.2 Service not available", close=True), "retry"),
    (Fault("greeting", say="554 5.7.1 No SMTP service here", close=True), "failed"),
    (Fault("ehlo"), "retry"),
    (Fault("ehlo", stall=True), "retry"),
    (Fault("ehlo", say="2SO faulty.example"), "sent"),  # the rest of the session is sound
    (Fault("ehlo", say="421 4.7.0 Too busy", close=True), "retry"),
    (Fault("auth"), "retry"),
    (Fault("auth", stall=True), "retry"),
    (Fault("auth", say="535 5.7.8 Authentication credentials invalid"), "failed"),
    *[
        (fault, outcome)
        for step in ("mail", "rcpt")
        for fault, outcome in [
            (Fault(step), "retry"),
            (Fault(step, stall=True), "retry"),
            (Fault(step, say="2SO OK"), "retry"),
            (Fault(step, say="421 4.7.0 Closing", close=True), "retry"),
            (Fault(step, say="450 4.2.1 Mailbox busy"), "retry"),
            (Fault(step, say="451 4.3.0 Local error"), "retry"),
            (Fault(step, say="452 4.3.1 Insufficient storage"), "retry"),
            (Fault(step, say="550 5.1.1 No such user"), "failed"),
            (Fault(step, say="552 5.3.4 Too big"), "failed"),
            (Fault(step, say="554 5.7.1 Rejected"), "failed"),
        ]
    ],
    (Fault("data"), "retry"),
    (Fault("data", stall=True), "retry"),
    (Fault("data", say="3S4 go ahead"), "retry"),
    (Fault("data", say="421 4.7.0 Closing", close=True), "retry"),
    (Fault("data", say="451 4.3.0 Local error"), "retry"),
    (Fault("data", say="554 5.5.1 No valid recipients"), "failed"),
    # After the end of DATA the server has the whole message: only a clear answer counts.
    (Fault("dot"), "unknown"),
    (Fault("dot", stall=True), "unknown"),
    (Fault("dot", say="2SO OK queued as 12345"), "unknown"),
    (Fault("dot", say="999 what"), "unknown"),
    (Fault("dot", say="354 go on"), "unknown"),
    (Fault("dot", say="250-queued, and a reply that never ends"), "unknown"),
    (Fault("dot", say="250 2.0.0 OK queued", close=True), "sent"),
    (Fault("dot", say="421 4.7.0 Closing", close=True), "retry"),
    (Fault("dot", say="450 4.2.1 Mailbox busy"), "retry"),
    (Fault("dot", say="451 4.3.0 Local error"), "retry"),
    (Fault("dot", say="452 4.3.1 Insufficient storage"), "retry"),
    (Fault("dot", say="550 5.7.1 Spam"), "failed"),
    (Fault("dot", say="552 5.3.4 Too big"), "failed"),
    (Fault("dot", say="554 5.7.1 Rejected"), "failed"),
]
# Where the status of the message says the outcome.
STATUS = {"sent": "sent", "retry": "scheduled", "failed": "failed", "unknown": "unknown"}
# What a retry or nothing at all becomes once the server is well again.
FINALLY = {"sent": "sent", "retry": "sent", "failed": "failed", "unknown": "unknown"}
# The later passes, each after the one before: the first retry's time, then an hour and a day on
# (a message wrongly put back in the queue would leave at one of them).
LATER = (timedelta(minutes=1), timedelta(hours=1), timedelta(days=1))


def _name(case: Fault | str) -> str:
    return case if isinstance(case, str) else case.name


@pytest.fixture
def server() -> Iterator[FaultySmtp]:
    faulty = FaultySmtp()
    try:
        yield faulty
    finally:
        faulty.stop()


def _break(case: Fault | str, server: FaultySmtp, configure: Callable[..., None]) -> None:
    if case == REFUSED:
        configure(smtp=server.settings(port=free_port()))
    elif case == TLS:
        configure(smtp=server.settings(security="ssl"))
    else:
        assert isinstance(case, Fault)
        auth = {"username": "camille", "password": "secret"} if case.step == "auth" else {}
        configure(smtp=server.settings(**auth))
        server.fault = case


def _heal(server: FaultySmtp, configure: Callable[..., None]) -> None:
    server.heal()
    configure(smtp=server.settings())


def by_dispatch(cli: Cli, message: Message, clock: Clock) -> None:
    dispatch(clock.now)


def by_send_now(cli: Cli, message: Message, clock: Clock) -> None:
    result = cli("send", str(message.id), "--now")
    assert "Traceback" not in result.output


def by_worker(cli: Cli, message: Message, clock: Clock) -> None:
    lines: list[str] = []
    assert run(5, clock=clock, passes=1, stop=threading.Event(), log=lines.append) == 1


# How the first pass is run; the later passes are the same door, except after ``send --now``
# (the user's one-off): the worker's or cron's dispatch.
DOORS: dict[str, tuple[Callable[[Cli, Message, Clock], None], Callable[[Cli, Message, Clock], None]]] = {
    "dispatch": (by_dispatch, by_dispatch),
    "send --now": (by_send_now, by_dispatch),
    "worker": (by_worker, by_worker),
}


def _claires_thank_you(cli: Cli, interview_id: int) -> Message:
    claire = Person.objects.get(interview_id=interview_id, name="Claire Martin")
    result = cli("draft", str(interview_id), "--person", str(claire.pk), "--json")
    assert result.exit_code == 0, result.stderr
    return Message.objects.get(pk=json.loads(result.stdout)[0]["id"])


def _outcome(message: Message) -> str:
    message.refresh_from_db()
    return message.status


def _step(case: Fault | str) -> str:
    return case if isinstance(case, str) else case.step


def _matrix() -> list[Any]:
    """Every case through ``dispatch``; through the other doors, which differ from it only in
    how the pass starts, every case after the end of DATA and one case of each outcome at each
    other step (the suite stays fast)."""
    shown: set[tuple[str, str]] = set()
    others = []
    for case, outcome in CASES:
        if _step(case) == "dot" or (_step(case), outcome) not in shown:
            shown.add((_step(case), outcome))
            others.append((case, outcome))
    return [
        pytest.param(door, case, outcome, id=f"{door}: {_name(case)}")
        for door in DOORS
        for case, outcome in (CASES if door == "dispatch" else others)
    ]


MATRIX = _matrix()


@pytest.mark.parametrize(("door", "case", "outcome"), MATRIX)
def test_no_message_id_ever_reaches_the_server_twice(
    cli: Cli,
    lyon_panel: int,
    clock: Clock,
    configure: Callable[..., None],
    server: FaultySmtp,
    door: str,
    case: Fault | str,
    outcome: str,
) -> None:
    first, later = DOORS[door]
    message = _claires_thank_you(cli, lyon_panel)
    _break(case, server, configure)
    if door != "send --now":
        assert send(cli, message).exit_code == 0
        clock.at(THANK_YOU_SLOT)
    first(cli, message, clock)
    assert _outcome(message) == STATUS[outcome], message.last_error
    if outcome == "retry":
        assert message.next_attempt_at == clock.now + timedelta(minutes=1)
    if outcome in ("failed", "unknown", "retry"):
        assert message.last_error  # the user is told why, in words
    _heal(server, configure)
    for delay in LATER:
        clock.advance(seconds=delay.total_seconds())
        later(cli, message, clock)
    assert _outcome(message) == FINALLY[outcome], message.last_error
    kept = server.message_ids()
    assert all(count == 1 for count in kept.values()), kept
    if FINALLY[outcome] == "sent":
        assert kept == {message.message_id_header: 1}
    elif outcome == "failed":
        assert kept == {}
