"""A dispatch pass's chunk of due messages, read in one SQL statement.

Through the ORM (``select_related`` of the person and the interview), a chunk of a hundred
messages cost about 85 µs a message on this machine: compiling the query (a hundred
parameters), a converter call per value, three model instances built through ``__init__`` and
its signals. Here the statement is written once; each row becomes the same three instances,
their values set directly (``Model.from_db`` without ``__init__``), the datetimes made aware
as Django makes them; about 45 µs. The instances are ordinary ones: a column not read (``SKIPPED``,
or of a type this reader does not convert) is a deferred field, loaded if ever touched.
A test compares every value with what the ORM reads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from functools import cache
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections, models
from django.db.models.base import ModelState
from django.utils.dateparse import parse_date, parse_datetime

from lastimpression.interviews.models import Interview, Person
from lastimpression.outbox.models import Message

# What sending a message never reads (each datetime costs a conversion per row, the topics a
# JSON parse); read on demand if ever needed (a message whose preparation is out of date).
SKIPPED = {
    Message: {"created_at", "sent_at", "claimed_at", "written_at", "next_attempt_at", "written_to", "variant"},
    Person: {"title", "linkedin", "topics", "greeted", "reply_note", "created_at", "updated_at"},
    Interview: {"created_at", "updated_at", "outcome_note", "ics_uid"},
}
_PLAIN = {
    "AutoField", "BigAutoField", "CharField", "TextField", "IntegerField", "PositiveIntegerField",
    "BigIntegerField", "ForeignKey",
}  # fmt: skip
Convert = Callable[[Any], Any]


def converter(field: models.Field[Any, Any], timezone: Any) -> Convert | bool | None:
    """How a value of ``field`` comes out of the database: None as it is, a function, or False
    for a type this reader leaves to the ORM (not read)."""
    kind = field.get_internal_type()
    if kind in _PLAIN:
        return None
    if kind == "DateTimeField":

        def instant(value: Any) -> datetime | None:
            if value is None:
                return None
            found = value if isinstance(value, datetime) else parse_datetime(value)
            if found is not None and found.tzinfo is None:
                found = found.replace(tzinfo=timezone)  # django.utils.timezone.make_aware
            return found

        return instant
    if kind == "DateField":
        return lambda value: value if value is None or isinstance(value, date) else parse_date(value)
    if kind == "BooleanField":
        return lambda value: value if value is None else bool(value)
    return False


class _Shape:
    """The columns read of one model and how each value is converted."""

    def __init__(self, model: type[models.Model], alias: str, timezone: Any, quote: Callable[[str], str]) -> None:
        self.model = model
        self.attnames: list[str] = []
        self.columns: list[str] = []
        self.converters: list[tuple[int, Convert]] = []
        for field in model._meta.concrete_fields:
            convert = converter(field, timezone)
            if field.name in SKIPPED[model] or convert is False:
                continue
            if callable(convert):
                self.converters.append((len(self.attnames), convert))
            self.attnames.append(field.attname)
            self.columns.append(f"{alias}.{quote(field.column or field.attname)}")

    def build(self, values: Sequence[Any], db: str) -> Any:
        row = list(values)
        for index, convert in self.converters:
            row[index] = convert(row[index])
        instance = self.model.__new__(self.model)
        instance.__dict__.update(zip(self.attnames, row, strict=True))
        state = instance._state = ModelState()
        state.adding, state.db = False, db
        return instance


@cache
def _statement(vendor: str, size: int) -> tuple[str, tuple[_Shape, _Shape, _Shape]]:
    db = connections[DEFAULT_DB_ALIAS]
    quote = db.ops.quote_name
    shapes = (
        _Shape(Message, "m", db.timezone, quote),
        _Shape(Person, "p", db.timezone, quote),
        _Shape(Interview, "i", db.timezone, quote),
    )
    columns = ", ".join(column for shape in shapes for column in shape.columns)
    marks = ", ".join(["%s"] * size)
    sql = (
        f"SELECT {columns} FROM outbox_message m JOIN interviews_person p ON p.id = m.person_id "
        f"JOIN interviews_interview i ON i.id = m.interview_id WHERE m.id IN ({marks}) "
        "AND m.status = 'scheduled' AND m.late = %s AND m.written_at IS NULL AND m.scheduled_at <= %s "
        "AND (m.next_attempt_at IS NULL OR m.next_attempt_at <= %s)"
    )  # ``dispatch.due``, which a test keeps this in step with
    return sql, shapes


def read_due(ids: Sequence[int], now: datetime) -> list[Message]:
    """The messages of ``ids`` still due at ``now`` (``dispatch.due``), in the order of ``ids``,
    each with its person and interview."""
    if not ids:
        return []
    db = connections[DEFAULT_DB_ALIAS]
    sql, (message, person, interview) = _statement(db.vendor, len(ids))
    stamp = db.ops.adapt_datetimefield_value(now)
    with db.cursor() as cursor:
        cursor.execute(sql, [*ids, False, stamp, stamp])
        rows = cursor.fetchall()
    first, second = len(message.attnames), len(message.attnames) + len(person.attnames)
    found: dict[int, Message] = {}
    for row in rows:
        built: Message = message.build(row[:first], db.alias)
        cache_ = built._state.fields_cache
        cache_["person"] = person.build(row[first:second], db.alias)
        cache_["interview"] = interview.build(row[second:], db.alias)
        found[built.pk] = built
    return [found[key] for key in ids if key in found]
