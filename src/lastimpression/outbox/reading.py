"""Messages, the outbox's notices and its heartbeat read with plain SQL for the command line's
lean path (``lastimpression.reading`` says why): ``outbox.shapes.message_json``'s shape, and
the agenda's notices worded by ``outbox.notices`` itself (importable without Django)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from lastimpression.core.validation import InvalidValue
from lastimpression.interviews.reading import interview_exists, row_id
from lastimpression.outbox.notices import (
    ORDER,
    REPLIES_SHOWN_FOR,
    Notice,
    _message_notice,
    _replied,
    message_kind,
    said,
    typed,
)
from lastimpression.phrases import Phrase, tr
from lastimpression.reading import Home, instant, select, stored

# The columns read; the test checks they exist in the models.
MESSAGE_COLUMNS = (
    "id", "interview_id", "person_id", "kind", "language", "to", "subject", "body", "status", "scheduled_at",
    "sent_at", "message_id_header", "in_reply_to", "references", "last_error", "attempts", "next_attempt_at", "late",
    "written_at", "written_to", "updated_at", "held",
)  # fmt: skip
_INSTANTS = ("scheduled_at", "sent_at", "next_attempt_at", "written_at", "updated_at")
COLUMNS = {
    "outbox_message": MESSAGE_COLUMNS,
    "outbox_heartbeat": ("name", "beat_at", "pid"),
    "interviews_person": ("id", "name", "replied_at"),
    "interviews_interview": ("company",),
}
_FROM = (
    select("outbox_message", MESSAGE_COLUMNS, "m", ('p."name"', 'i."company"'))
    + " JOIN interviews_person p ON p.id = m.person_id JOIN interviews_interview i ON i.id = m.interview_id"
)
# Kept in step with ``outbox.worker.SILENCE`` and ``outbox.drafts.PLACED`` (the test compares).
SILENCE = timedelta(minutes=15)
PLACED = "imap:"


@dataclass(frozen=True)
class Named:
    name: str


@dataclass(frozen=True)
class MessageRow:
    """A message as ``outbox.notices`` reads it (the attributes of the model it uses)."""

    id: int
    interview_id: int
    person_id: int
    kind: str
    language: str
    to: str
    subject: str
    body: str
    status: str
    scheduled_at: datetime | None
    sent_at: datetime | None
    message_id_header: str
    in_reply_to: str
    references: str
    last_error: str
    attempts: int
    next_attempt_at: datetime | None
    late: bool
    written_at: datetime | None
    written_to: str
    updated_at: datetime | None
    held: str
    person: Named
    company: str

    @property
    def placed_in(self) -> str:
        return self.written_to[len(PLACED) :] if self.written_to.startswith(PLACED) else ""

    @property
    def unconfirmed(self) -> bool:
        from lastimpression.outbox.transport import unconfirmed

        return self.status == "unknown" and unconfirmed(self.last_error)


def _row(row: tuple[Any, ...]) -> MessageRow:
    values = dict(zip(MESSAGE_COLUMNS, row, strict=False))
    for name in _INSTANTS:
        values[name] = instant(values[name])
    values["late"] = bool(values["late"])
    person, company = row[len(MESSAGE_COLUMNS) :]
    return MessageRow(**values, person=Named(person), company=company)


def message_json(message: MessageRow) -> dict[str, Any]:
    """``outbox.shapes.message_json`` of a row."""

    def moment(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "id": message.id, "interview_id": message.interview_id, "person_id": message.person_id,
        "kind": message.kind, "language": message.language, "to": message.to, "subject": message.subject,
        "body": message.body, "status": message.status, "scheduled_at": moment(message.scheduled_at),
        "sent_at": moment(message.sent_at), "message_id_header": message.message_id_header,
        "in_reply_to": message.in_reply_to or None, "references": message.references or None,
        "person": message.person.name, "company": message.company, "last_error": message.last_error or None,
        "attempts": message.attempts, "next_attempt_at": moment(message.next_attempt_at), "late": message.late,
        "written_at": moment(message.written_at), "written_to": message.written_to or None,
        "awaiting_confirmation": message.status == "scheduled" and message.written_at is not None,
    }  # fmt: skip


def messages_json(home: Home, interview_id: str | None = None) -> list[dict[str, Any]]:
    """Every message (or one interview's), by id, shaped by ``message_json``; InvalidValue as
    ``get_interview`` for an unknown interview."""
    if interview_id is None:
        rows = home.rows(_FROM + " ORDER BY m.id")
    else:
        rows = home.rows(_FROM + " WHERE m.interview_id = ? ORDER BY m.id", (interview_exists(home, interview_id),))
    return [message_json(_row(row)) for row in rows]


def one_message_json(home: Home, message_id: str) -> dict[str, Any]:
    """One message shaped by ``message_json``; InvalidValue as ``outbox.manual.get_message``."""
    key = row_id(message_id)
    found = home.row(_FROM + " WHERE m.id = ?", (key,)) if key is not None else None
    if found is None:
        raise InvalidValue("message", tr("no message with id %(id)s", id=str(message_id)))
    return message_json(_row(found))


def worker_status(home: Home, now: datetime) -> tuple[datetime | None, bool]:
    """``outbox.worker.worker_status``: (the last time anything ran the outbox, whether to
    warn: a message is due and nothing has run for 15 minutes, or ever)."""
    found = home.row("SELECT beat_at FROM outbox_heartbeat ORDER BY beat_at DESC LIMIT 1")
    last = instant(found[0]) if found else None
    if last is not None and now - last <= SILENCE:
        return last, False
    # ``outbox.dispatch.due(now)``
    waiting = home.row(
        "SELECT 1 FROM outbox_message WHERE status = 'scheduled' AND late = 0 AND written_at IS NULL"
        " AND scheduled_at <= ? AND (next_attempt_at IS NULL OR next_attempt_at <= ?) LIMIT 1",
        (stored(now), stored(now)),
    )
    return last, waiting is not None


# Who ran the outbox, in words (``outbox.worker`` uses these too: one wording for both paths).
SENDER_WORDS: dict[str, Phrase | str] = {
    "serve": tr("the web UI (lastimpression serve)"),
    "worker": "lastimpression worker",  # a command's name, the same in every language
    "dispatch": tr("a dispatch pass (cron, or “send now”)"),
    "replies": tr("a replies pass"),
}


def sender_phrase(name: str, pid: int) -> Phrase:
    """Who ran the outbox: "the web UI (lastimpression serve), process 4242"."""
    return tr("%(who)s, process %(pid)s", who=SENDER_WORDS.get(name, name), pid=pid)


def sender_text(name: str, pid: int, language: str) -> str:
    """``sender_phrase`` said in ``language`` as a terminal line."""
    return typed(sender_phrase(name, pid), language)


def outbox_sentences(when: str | None, who: Phrase | None, warning: bool) -> tuple[Phrase, ...]:
    """The agenda's line on the outbox: when it last ran (``when``, local "YYYY-MM-DD HH:MM")
    and who ran it (``sender_phrase``, None when unknown), and the warning if messages wait."""
    if when is None:
        ran = tr("Outbox: has not run yet.")
    elif who is None:
        ran = tr("Outbox: last ran %(when)s.", when=when)
    else:
        ran = tr("Outbox: last ran %(when)s (%(who)s).", when=when, who=who)
    if not warning:
        return (ran,)
    waiting = tr(
        "Messages are waiting: the web UI sends them while it runs (`lastimpression serve`); without it, start "
        "`lastimpression worker` (or dispatch from cron)."
    )
    return (ran, waiting)


def outbox_line(when: str | None, who: Phrase | None, warning: bool, language: str) -> str:
    """``outbox_sentences`` said in ``language`` on one terminal line."""
    return said(outbox_sentences(when, who, warning), language)


def sentences(home: Home, status: tuple[datetime | None, bool], zone: ZoneInfo) -> tuple[Phrase, ...]:
    """``outbox.worker.sentences`` read from the database file."""
    last, warning = status
    when = last.astimezone(zone).strftime("%Y-%m-%d %H:%M") if last else None
    beat = home.row("SELECT name, pid FROM outbox_heartbeat ORDER BY beat_at DESC LIMIT 1") if last else None
    return outbox_sentences(when, sender_phrase(beat[0], beat[1]) if beat is not None else None, warning)


def describe(home: Home, status: tuple[datetime | None, bool], language: str, zone: ZoneInfo) -> str:
    """``outbox.worker.describe`` read from the database file."""
    return said(sentences(home, status, zone), language)


# ``outbox.notices.needing_attention``: the messages ``message_kind`` may call for.
_NEEDING_ATTENTION = (
    " WHERE m.status IN ('unknown', 'failed', 'bounced')"
    " OR (m.status = 'scheduled' AND (m.written_at IS NOT NULL OR (m.late = 1 AND m.scheduled_at IS NOT NULL)"
    " OR m.next_attempt_at IS NOT NULL))"
    " OR (m.status = 'draft' AND m.held != '')"
    " ORDER BY m.id"
)


def notices(home: Home, now: datetime, zone: ZoneInfo, worker: tuple[datetime | None, bool]) -> list[Notice]:
    """``outbox.notices.notices``: what the outbox asks the user to look at, most urgent first."""
    found: list[tuple[str, Notice]] = []
    for row in home.rows(_FROM + _NEEDING_ATTENTION):
        message = _row(row)
        kind = message_kind(message)  # type: ignore[arg-type]  # a row with the model's attributes
        notice = _message_notice(message, kind, zone) if kind is not None else None  # type: ignore[arg-type]
        if kind is not None and notice is not None:
            found.append((kind, notice))
    last, warning = worker
    if warning:
        found.append(("worker", Notice("worker", sentences(home, (last, True), zone), at=last)))
    replied = home.rows(
        "SELECT id, name, replied_at FROM interviews_person WHERE replied_at >= ? ORDER BY replied_at DESC",
        (stored(now - REPLIES_SHOWN_FOR),),
    )
    for person_id, name, replied_text in replied:
        replied_at = instant(replied_text)
        assert replied_at is not None
        found.append(("replied", _replied(person_id, name, replied_at, zone)))
    return [notice for _, notice in sorted(found, key=lambda item: ORDER.index(item[0]))]
