"""The JSON shape of an action (PRODUCT.md §5; fields may be added)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from lastimpression.planning.models import Action


def action_json(action: Action, now: datetime | None = None) -> dict[str, Any]:
    """``due`` carries the offset of the zone the action is expressed in."""
    shape: dict[str, Any] = {
        "id": action.id,
        "interview_id": action.interview_id,
        "person_id": action.person_id,
        "kind": action.kind,
        "due": action.local_due().isoformat(),
        "status": action.status,
        "message_id": None,
        "timezone": action.timezone,
        "planned_due": action.due.astimezone(action.local_due().tzinfo).isoformat(),
        "promised": action.promised.isoformat() if action.promised else None,
        "company": action.interview.company,
        "person": action.person.name if action.person else None,
    }
    if now is not None:
        shape["overdue"] = action.status == "pending" and action.effective_due < now
    return shape
