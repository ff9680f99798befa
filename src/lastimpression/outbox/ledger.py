"""The writes ``dispatch`` makes for every message it sends, as plain SQL.

A pass writes for every message: the claim before the SMTP exchange (``scheduled`` ->
``sending``, the attempt counted), the result after it, and the plan's action done (see
``Ledger`` for when each is committed). Through the ORM each of these statements costs about
0.5 ms of Python, as much as the SMTP exchange itself; the same statement sent as SQL costs
0.03 ms (bench/dispatch_speed.py).
So they are written here once, with Django's placeholders and value adaptation (SQLite and
PostgreSQL alike), and every other write of the outbox stays in the ORM. On SQLite (the local
home), the per-message transaction goes straight to the DB-API connection (``_transaction``):
Django's ``atomic`` and cursor wrappers cost four times the two statements themselves.

The claim is optimistic: the message was read by the pass (due, through ``dispatch.due``) and is
claimed only if it is still ``scheduled`` and unchanged since (same ``version``: every write
to a message moves it). An edit made in between wins; the message waits for the next pass.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction
from django.db.models import Exists, OuterRef, Q

from lastimpression.core.followthrough import TextBasis
from lastimpression.core.plan import promised_day
from lastimpression.outbox.models import Message
from lastimpression.planning.models import Action

PER_PERSON = ("thank_you", "linkedin")

_CLAIM = (
    "UPDATE outbox_message SET status = 'sending', claimed_at = %s, claimed_by = %s, attempts = attempts + 1, "
    "updated_at = %s, version = version + 1 WHERE id = %s AND status = 'scheduled' AND version = %s"
)
_SENT = (
    "UPDATE outbox_message SET status = 'sent', sent_at = %s, last_error = %s, updated_at = %s, version = version + 1 "
    "WHERE id = %s AND status = 'sending' AND claimed_by = %s"
)
_DONE = "UPDATE planning_action SET status = 'done', completed_at = %s, updated_at = %s WHERE id = %s AND status = 'pending'"
_PROMISE = "UPDATE planning_action SET promised = %s, updated_at = %s WHERE id = %s AND promised IS NULL"


def _instant(value: datetime) -> Any:
    """``value`` as the database stores it. On SQLite, Django's own text (a naive UTC
    ``str()``) without its per-call lookups."""
    if connection.vendor == "sqlite" and value.tzinfo is not None:
        return str(value.astimezone(UTC).replace(tzinfo=None))
    return connection.ops.adapt_datetimefield_value(value)


Execute = Callable[[str, list[Any]], int]


@cache
def _qmark(sql: str) -> str:
    return sql.replace("%s", "?")


@contextmanager
def _transaction() -> Iterator[Execute]:
    """One transaction for a few of the statements above; yields ``execute(sql, params)``, which
    returns the number of rows changed.

    On SQLite in autocommit (a pass, not inside a test's or a caller's ``atomic``), on the
    DB-API connection itself: ``BEGIN IMMEDIATE`` (the mode the settings give Django's own
    transactions, config.py), the statements, ``COMMIT``; any error rolls back. Elsewhere
    (PostgreSQL, or inside ``atomic``), through Django's ``atomic`` and cursor."""
    db = connections[DEFAULT_DB_ALIAS]  # the wrapper itself: each access through the proxy costs
    if db.vendor == "sqlite" and not db.in_atomic_block:
        db.ensure_connection()
        raw = db.connection
        if raw.isolation_level is None and not raw.in_transaction:
            cursor = raw.cursor()

            def execute(sql: str, params: list[Any]) -> int:
                cursor.execute(_qmark(sql), params)
                return int(cursor.rowcount)

            # SQLite's own errors (a database locked past the timeout) come out as Django's, as
            # through the ORM: the worker and the CLI know those.
            with db.wrap_database_errors:
                cursor.execute("BEGIN IMMEDIATE")
                try:
                    yield execute
                    cursor.execute("COMMIT")
                except BaseException:
                    if raw.in_transaction:
                        raw.rollback()
                    raise
            return
    with transaction.atomic(), connection.cursor() as wrapped:

        def execute(sql: str, params: list[Any]) -> int:
            wrapped.execute(sql, params)
            return int(wrapped.rowcount)

        yield execute


@dataclass(slots=True)
class PlanRow:
    """What a pass needs of one plan action: read as plain values (a model instance per action
    costs more than the writes that use it)."""

    pk: int
    interview_id: int
    person_id: int | None
    kind: str
    status: str
    due: datetime
    snoozed_until: datetime | None
    timezone: str
    promised: date | None

    def promise(self) -> date:
        """``planning.service.promise_of`` for this follow-up."""
        return promised_day(self.promised, self.effective_due, self.timezone)

    @property
    def effective_due(self) -> datetime:
        """When it is due now: the snooze, if any, else the plan's date (Action.effective_due)."""
        return self.snoozed_until or self.due


class PlanIndex:
    """The plan's actions of a group of messages, read in one query: which action each message
    fulfils (as ``sending.plan_action`` decides it) and each interview's follow-up."""

    def __init__(self, messages: Iterable[Message]) -> None:
        chosen = list(messages)
        # The follow-up too: its date is what a thank-you promises and when a follow-up may leave.
        kinds = {message.kind for message in chosen} | {"follow_up"}
        found = Action.objects.filter(
            interview_id__in={message.interview_id for message in chosen}, kind__in=kinds
        ).values_list(
            "id", "interview_id", "person_id", "kind", "status", "due", "snoozed_until", "timezone", "promised"
        )
        self.actions: dict[tuple[int, str], list[PlanRow]] = defaultdict(list)
        for row in sorted(found, key=lambda row: (row[2] is not None, row[2] or 0)):
            action = PlanRow(*row)
            self.actions[(action.interview_id, action.kind)].append(action)

    def fulfilled_by(self, message: Message) -> PlanRow | None:
        candidates = self.actions.get((message.interview_id, message.kind), [])
        if message.kind in PER_PERSON:
            candidates = [action for action in candidates if action.person_id == message.person_id]
        return candidates[0] if candidates else None

    def follow_up(self, interview_id: int) -> PlanRow | None:
        return next(iter(self.actions.get((interview_id, "follow_up"), [])), None)


class Ledger:
    """The per-message writes of one pass by ``claimer`` (``smtp:HOST:PID``).

    Three writes follow a message, each cheaper than the one before it:

    1. the claim, alone in its transaction with the record of the message before (step 2):
       one commit a message;
    2. once the server has accepted it, ``sent``: recorded with the next claim, or at
       ``flush``. Nothing leaves between the two, so a crash in between leaves the message in
       ``sending`` exactly as a crash just after the SMTP exchange would (``recovery.recover``);
    3. the plan's action it fulfils done (a thank-you pins the follow-up's promised date):
       in the transaction that records it sent when the pass's ``plan`` holds the action,
       else for all the messages recorded at once, at ``settle``. A crash in between leaves
       messages sent with their action pending, which the next pass completes
       (``unsettled``, from ``recovery.recover``).

    The pass calls ``settle`` after each chunk and in a ``finally``.
    """

    def __init__(self, claimer: str) -> None:
        self.claimer = claimer
        self.plan: PlanIndex | None = None
        self.unrecorded: tuple[Message, datetime, str] | None = None
        self.unsettled: list[Message] = []

    def claim(self, message: Message, at: datetime) -> bool:
        """``scheduled`` -> ``sending`` with the attempt counted, if ``message`` is unchanged
        since it was read. Updates ``message`` and returns True when the row is now ours."""
        stamp = _instant(at)
        with _transaction() as execute:
            self._record(execute)
            claimed = execute(_CLAIM, [stamp, self.claimer, stamp, message.pk, message.version]) == 1
        if claimed:
            message.status, message.claimed_at, message.claimed_by = "sending", at, self.claimer
            message.attempts, message.updated_at, message.version = message.attempts + 1, at, message.version + 1
        return claimed

    def sent(self, message: Message, at: datetime, note: str) -> None:
        """``message`` was accepted by the server at ``at``."""
        self.flush()
        self.unrecorded = (message, at, note)
        message.status, message.sent_at, message.last_error = "sent", at, note

    def flush(self) -> None:
        """Write the message sent and not yet recorded, if any."""
        if self.unrecorded is not None:
            with _transaction() as execute:
                self._record(execute)

    def settle(self) -> None:
        """Record what is sent, then complete the plan's actions of the messages sent, in one
        transaction."""
        self.flush()
        if not self.unsettled:
            return
        plan = self.plan or PlanIndex(self.unsettled)
        with _transaction() as execute:
            for message in self.unsettled:
                _fulfil(execute, plan, message)
        self.unsettled = []

    def _record(self, execute: Execute) -> None:
        if self.unrecorded is None:
            return
        message, at, note = self.unrecorded
        stamp = _instant(at)
        execute(_SENT, [stamp, note, stamp, message.pk, self.claimer])
        self.unrecorded = None
        if self.plan is not None:
            # The pass's plan holds its action: completed in the same transaction (which a
            # pass runs while the server answers the next MAIL FROM), not in a later one.
            _fulfil(execute, self.plan, message)
        else:
            self.unsettled.append(message)


def _fulfil(execute: Execute, plan: PlanIndex, message: Message) -> None:
    """The plan's action ``message`` fulfils is done at its ``sent_at``; a thank-you pins the
    follow-up's promised date."""
    action = plan.fulfilled_by(message)
    if action is None or action.status != "pending" or message.sent_at is None:
        return
    stamp = _instant(message.sent_at)
    execute(_DONE, [stamp, stamp, action.pk])
    action.status = "done"
    follow_up = plan.follow_up(message.interview_id) if message.kind == "thank_you" else None
    if follow_up is not None and follow_up.promised is None:
        # What the recruiter read is the commitment: the date the text named. A text that
        # named none (a panel member other than the main contact) pins nothing.
        written = TextBasis.from_text(message.basis)
        if written is not None and written.promise is None:
            return
        follow_up.promised = (written.promise if written else None) or follow_up.promise()
        execute(_PROMISE, [connection.ops.adapt_datefield_value(follow_up.promised), stamp, follow_up.pk])


def unsettled() -> list[Message]:
    """Messages sent whose plan action is still pending: a pass stopped between recording them
    sent and settling the plan (``Ledger``)."""
    pending = Action.objects.filter(
        status="pending", interview_id=OuterRef("interview_id"), kind=OuterRef("kind")
    )  # fmt: skip
    found = Message.objects.filter(status="sent", sent_at__isnull=False).filter(
        Q(kind__in=PER_PERSON, person_id__isnull=False) & Exists(pending.filter(person_id=OuterRef("person_id")))
        | ~Q(kind__in=PER_PERSON) & Exists(pending)
    )
    return list(found)


def settle_unsettled() -> int:
    """Complete the plan for the messages of ``unsettled()``; returns how many there were."""
    ledger = Ledger("")
    ledger.unsettled = unsettled()
    count = len(ledger.unsettled)
    ledger.settle()
    return count
