"""The writes ``dispatch`` makes for the messages it sends, as plain SQL.

A pass claims its due messages a chunk at a time and records their outcomes at the chunk's
end (``claim``, ``record``): two commits for up to a hundred messages, each message's progress
in between being written to the chunk's journal file (``outbox.journal``), which recovery reads
if the process dies before the second commit. Through the ORM each of these statements costs
about 0.5 ms of Python, as much as the SMTP exchange itself; the same statement sent as SQL
costs 0.03 ms (bench/dispatch_speed.py). So they are written here once, with Django's
placeholders and value adaptation (SQLite and PostgreSQL alike), and every other write of the
outbox stays in the ORM. On SQLite (the local home), the transaction goes straight to the
DB-API connection (``_transaction``): Django's ``atomic`` and cursor wrappers cost four times
the statements themselves.

The claim is optimistic: the message was read by the pass (due, through ``dispatch.due``) and is
claimed only if it is still ``scheduled`` and unchanged since (same ``version``: every write
to a message moves it). An edit made in between wins; the message waits for the next pass.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction
from django.db.models import Exists, Field, OuterRef, Q

from lastimpression.core.followthrough import TextBasis
from lastimpression.core.plan import promised_day
from lastimpression.outbox.models import Message
from lastimpression.planning.models import Action

PER_PERSON = ("thank_you", "linkedin")

_CLAIM = (
    "UPDATE outbox_message SET status = 'sending', claimed_at = %s, claimed_by = %s, updated_at = %s, "
    "version = version + 1 WHERE status = 'scheduled'"
)  # AND (id, version) IN the messages read: ``claim``
_SENT = (
    "UPDATE outbox_message SET status = 'sent', sent_at = %s, last_error = %s, attempts = attempts + 1, "
    "updated_at = %s, version = version + 1 WHERE id = %s AND status = 'sending' AND claimed_by = %s"
)
# The columns an outcome other than sent may set (``Outcome.fields``).
_SETTABLE = ("status", "last_error", "next_attempt_at", "claimed_at", "claimed_by", "written_at", "written_to")
_DONE = "UPDATE planning_action SET status = 'done', completed_at = %s, updated_at = %s WHERE id = %s AND status = 'pending'"
_PROMISE = "UPDATE planning_action SET promised = %s, updated_at = %s WHERE id = %s AND promised IS NULL"


def _instant(value: datetime) -> Any:
    """``value`` as the database stores it. On SQLite, Django's own text (a naive UTC
    ``str()``) without its per-call lookups."""
    if connection.vendor == "sqlite" and value.tzinfo is not None:
        return str(value.astimezone(UTC).replace(tzinfo=None))
    return connection.ops.adapt_datetimefield_value(value)


class Writer:
    """The statements of one transaction (``_transaction``): ``execute`` returns the number of
    rows changed, ``many`` runs one statement for each list of parameters (one call into
    SQLite for a whole chunk), ``rows`` returns what a statement returns."""

    def __init__(self, cursor: Any, qmark: bool) -> None:
        self.cursor, self.qmark = cursor, qmark

    def _sql(self, sql: str) -> str:
        return _qmark(sql) if self.qmark else sql

    def execute(self, sql: str, params: list[Any]) -> int:
        self.cursor.execute(self._sql(sql), params)
        return int(self.cursor.rowcount)

    def many(self, sql: str, params: list[list[Any]]) -> None:
        if params:
            self.cursor.executemany(self._sql(sql), params)

    def rows(self, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
        self.cursor.execute(self._sql(sql), params)
        return list(self.cursor.fetchall())


@cache
def _qmark(sql: str) -> str:
    return sql.replace("%s", "?")


@contextmanager
def _transaction() -> Iterator[Writer]:
    """One transaction for a few of the statements above; yields a ``Writer``.

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
            # SQLite's own errors (a database locked past the timeout) come out as Django's, as
            # through the ORM: the worker and the CLI know those.
            with db.wrap_database_errors:
                cursor.execute("BEGIN IMMEDIATE")
                try:
                    yield Writer(cursor, qmark=True)
                    cursor.execute("COMMIT")
                except BaseException:
                    if raw.in_transaction:
                        raw.rollback()
                    raise
            return
    with transaction.atomic(), connection.cursor() as wrapped:
        yield Writer(wrapped, qmark=False)


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
        found = plan_rows({message.interview_id for message in chosen}, kinds)
        self.actions: dict[tuple[int, str], list[PlanRow]] = defaultdict(list)
        for action in sorted(found, key=lambda row: (row.person_id is not None, row.person_id or 0)):
            self.actions[(action.interview_id, action.kind)].append(action)

    def fulfilled_by(self, message: Message) -> PlanRow | None:
        candidates = self.actions.get((message.interview_id, message.kind), [])
        if message.kind in PER_PERSON:
            candidates = [action for action in candidates if action.person_id == message.person_id]
        return candidates[0] if candidates else None

    def follow_up(self, interview_id: int) -> PlanRow | None:
        return next(iter(self.actions.get((interview_id, "follow_up"), [])), None)


# At most this many keys in one ``IN (…)``.
_BATCH = 500
_PLAN_COLUMNS = ("id", "interview_id", "person_id", "kind", "status", "due", "snoozed_until", "timezone", "promised")


def plan_rows(interview_ids: Iterable[int], kinds: Iterable[str]) -> list[PlanRow]:
    """The actions of ``kinds`` of ``interview_ids`` in the plan's order (``Action.Meta``: due,
    id), as the ORM's ``values_list`` reads them, in plain SQL: the ORM's compiler and a
    converter call per value cost 0.05 ms a message of a pass, more than the query itself (a
    test compares the two)."""
    wanted, chosen_kinds = sorted(set(interview_ids)), sorted(set(kinds))
    if not wanted or not chosen_kinds:
        return []
    due, snoozed, promised = (_read_as(name) for name in ("due", "snoozed_until", "promised"))
    kind_marks = ", ".join(["%s"] * len(chosen_kinds))
    found = in_batches(
        f"SELECT {', '.join(_PLAN_COLUMNS)} FROM planning_action WHERE interview_id IN ({{}}) AND kind IN ({kind_marks})",
        wanted,
        chosen_kinds,
    )
    rows = [
        PlanRow(key, interview, person, kind, status, due(at), snoozed(until), zone, promised(day))
        for key, interview, person, kind, status, at, until, zone, day in found
    ]
    rows.sort(key=lambda row: (row.due, row.pk))  # the plan's order, over the batches too
    return rows


def in_batches(sql: str, keys: Sequence[int], extra: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """The rows of ``sql`` (its ``{}`` the marks of an ``IN``; then ``extra``'s values) for
    ``keys``, a few hundred at a time (SQLite before 3.32 allowed 999 parameters)."""
    db = connections[DEFAULT_DB_ALIAS]
    rows: list[tuple[Any, ...]] = []
    for start in range(0, len(keys), _BATCH):
        batch = keys[start : start + _BATCH]
        with db.cursor() as cursor:
            cursor.execute(sql.format(", ".join(["%s"] * len(batch))), [*batch, *extra])
            rows += cursor.fetchall()
    return rows


@cache
def _read_as(name: str) -> Any:
    """How a value of ``Action.<name>`` comes out of the database (``chunks.converter``)."""
    from lastimpression.outbox.chunks import converter

    db = connections[DEFAULT_DB_ALIAS]
    field_ = Action._meta.get_field(name)
    assert isinstance(field_, Field)
    found = converter(field_, db.timezone)
    assert found is not False
    return found or (lambda value: value)


def writes_seen() -> tuple[int, int] | None:
    """A token that changes whenever something is committed to the database by another
    connection (SQLite's ``data_version``) or written through this one (``total_changes``),
    a few microseconds to read; None where there is no such token (PostgreSQL)."""
    db = connections[DEFAULT_DB_ALIAS]
    if db.vendor != "sqlite":
        return None
    db.ensure_connection()
    raw = db.connection
    return raw.execute("PRAGMA data_version").fetchone()[0], raw.total_changes


@dataclass(slots=True)
class Outcome:
    """What became of one claimed message, recorded at its chunk's end (``record``): sent at
    ``at`` with ``note``, or the columns of ``fields`` (failed, retry, unknown, cancelled,
    written; or handed back, ``scheduled`` and unclaimed). ``attempted``: it was handed to the
    transport (its attempt counts)."""

    message: Message
    at: datetime
    attempted: bool
    sent: bool = False
    note: str = ""
    fields: dict[str, Any] = field(default_factory=dict)


def released(message: Message, at: datetime) -> Outcome:
    """``message`` handed back unsent (the pass stopped, or something changed): due again."""
    return Outcome(message, at, attempted=False, fields={"status": "scheduled", "claimed_at": None, "claimed_by": ""})


def claim(claimer: str, messages: Iterable[Message], at: datetime) -> list[Message]:
    """``scheduled`` -> ``sending`` for each of ``messages`` unchanged since it was read (same
    ``version``), in one statement; returns those now ours, updated (``version``, ``status``,
    the claim)."""
    chosen = list(messages)
    if not chosen:
        return []
    stamp = _instant(at)
    pairs = ", ".join(["(%s, %s)"] * len(chosen))
    with _transaction() as writer:
        ours = {
            key
            for (key,) in writer.rows(
                _CLAIM + f" AND (id, version) IN (VALUES {pairs}) RETURNING id",
                [stamp, claimer, stamp, *(value for message in chosen for value in (message.pk, message.version))],
            )
        }
    claimed = [message for message in chosen if message.pk in ours]
    for message in claimed:
        message.status, message.claimed_at, message.claimed_by = "sending", at, claimer
        message.updated_at, message.version = at, message.version + 1
    return claimed


def record(claimer: str, outcomes: Iterable[Outcome], plan: PlanIndex | None) -> None:
    """The outcomes of a chunk, in one transaction; a message sent has the plan's action it
    fulfils done (``plan``: the pass's; None reads the plan of the messages sent)."""
    chosen = list(outcomes)
    sent = [outcome.message for outcome in chosen if outcome.sent]
    if sent and plan is None:
        plan = PlanIndex(sent)
    fulfilled = _Fulfilled()
    rows = []
    for outcome in chosen:
        if outcome.sent:
            message, stamp = outcome.message, _instant(outcome.at)
            rows.append([stamp, outcome.note, stamp, message.pk, claimer])
            message.status, message.sent_at, message.last_error = "sent", outcome.at, outcome.note
            assert plan is not None
            fulfilled.add(plan, message)
    with _transaction() as writer:
        writer.many(_SENT, rows)
        fulfilled.write(writer)
        for outcome in chosen:
            if outcome.sent:
                continue
            columns = [name for name in _SETTABLE if name in outcome.fields]
            values = [_value(outcome.fields[name]) for name in columns]
            assignments = "".join(f"{name} = %s, " for name in columns)
            writer.execute(
                f"UPDATE outbox_message SET {assignments}attempts = attempts + %s, updated_at = %s, "
                "version = version + 1 WHERE id = %s AND status = 'sending' AND claimed_by = %s",
                [*values, int(outcome.attempted), _instant(outcome.at), outcome.message.pk, claimer],
            )


def _value(value: Any) -> Any:
    return _instant(value) if isinstance(value, datetime) else value


class _Fulfilled:
    """The plan's actions done by messages sent, written at once (``write``)."""

    def __init__(self) -> None:
        self.done: list[list[Any]] = []
        self.promises: list[list[Any]] = []

    def add(self, plan: PlanIndex, message: Message) -> None:
        """The plan's action ``message`` fulfils is done at its ``sent_at``; a thank-you pins
        the follow-up's promised date."""
        action = plan.fulfilled_by(message)
        if action is None or action.status != "pending" or message.sent_at is None:
            return
        stamp = _instant(message.sent_at)
        self.done.append([stamp, stamp, action.pk])
        action.status = "done"
        follow_up = plan.follow_up(message.interview_id) if message.kind == "thank_you" else None
        if follow_up is not None and follow_up.promised is None:
            # What the recruiter read is the commitment: the date the text named. A text that
            # named none (a panel member other than the main contact) pins nothing.
            written = TextBasis.from_text(message.basis)
            if written is not None and written.promise is None:
                return
            follow_up.promised = (written.promise if written else None) or follow_up.promise()
            self.promises.append([connection.ops.adapt_datefield_value(follow_up.promised), stamp, follow_up.pk])

    def write(self, writer: Writer) -> None:
        writer.many(_DONE, self.done)
        writer.many(_PROMISE, self.promises)


def unsettled() -> list[Message]:
    """Messages sent whose plan action is still pending: a pass stopped between recording them
    sent and settling the plan)."""
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
    found = unsettled()
    if found:
        plan, fulfilled = PlanIndex(found), _Fulfilled()
        for message in found:
            fulfilled.add(plan, message)
        with _transaction() as writer:
            fulfilled.write(writer)
    return len(found)
