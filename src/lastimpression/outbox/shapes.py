"""The JSON shape of a message (PRODUCT.md §5; fields may be added)."""

from __future__ import annotations

from typing import Any

from lastimpression.outbox.models import Message


def awaiting_confirmation(message: Message) -> bool:
    """Written as an .eml to the outbox folder (no SMTP configured) and NOT sent: it is still
    ``scheduled`` until the user sends it from their mail program and confirms (``message sent``)."""
    return message.status == "scheduled" and message.written_at is not None


def message_json(message: Message) -> dict[str, Any]:
    """PRODUCT.md §5's message, and more: ``awaiting_confirmation`` is true for a message only
    written to the outbox folder (see ``awaiting_confirmation``), never sent by the program."""
    return {
        "id": message.id,
        "interview_id": message.interview_id,
        "person_id": message.person_id,
        "kind": message.kind,
        "language": message.language,
        "to": message.to,
        "subject": message.subject,
        "body": message.body,
        "status": message.status,
        "scheduled_at": message.scheduled_at.isoformat() if message.scheduled_at else None,
        "sent_at": message.sent_at.isoformat() if message.sent_at else None,
        "message_id_header": message.message_id_header,
        "in_reply_to": message.in_reply_to or None,
        "references": message.references or None,
        "person": message.person.name,
        "company": message.interview.company,
        "last_error": message.last_error or None,
        "attempts": message.attempts,
        "next_attempt_at": message.next_attempt_at.isoformat() if message.next_attempt_at else None,
        "late": message.late,
        # Written to the outbox folder (no SMTP configured): NOT sent until the user confirms.
        "written_at": message.written_at.isoformat() if message.written_at else None,
        "written_to": message.written_to or None,
        "awaiting_confirmation": awaiting_confirmation(message),
    }
