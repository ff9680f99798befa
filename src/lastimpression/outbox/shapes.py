"""The JSON shape of a message (PRODUCT.md §5; fields may be added)."""

from __future__ import annotations

from typing import Any

from lastimpression.outbox.models import Message


def message_json(message: Message) -> dict[str, Any]:
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
    }
