"""The JSON shape of an action (PRODUCT.md §5; fields may be added)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from lastimpression.planning.models import Action

# The actions a message is written for (a debrief has none).
MESSAGE_KINDS = ("thank_you", "linkedin", "follow_up", "follow_up_2")
# Interviews per query: well under every database's limit on bound parameters.
_CHUNK = 500
# Where ``attach_messages`` leaves each action's message ids (not a field of the model).
_ATTACHED = "drafted_message_ids"


def attach_messages(actions: Sequence[Action]) -> None:
    """Set ``drafted_message_ids`` (a list of ids) on each action: the messages written for it, read in one
    query for all the actions (a chunk of interviews at a time), never one per action.

    A thank-you or a LinkedIn action has its person's message; the follow-up (one per
    interview) has each person's, by person. Of several messages for one person and kind (one
    cancelled, then drafted again), the newest not cancelled counts, else the newest."""
    from lastimpression.outbox.models import Message

    for action in actions:
        setattr(action, _ATTACHED, [])
    wanted = [action for action in actions if action.kind in MESSAGE_KINDS]
    interviews = sorted({action.interview_id for action in wanted})
    best: dict[tuple[int, str, int], tuple[bool, int]] = {}
    for start in range(0, len(interviews), _CHUNK):
        rows = Message.objects.filter(interview_id__in=interviews[start : start + _CHUNK]).values_list(
            "id", "interview_id", "person_id", "kind", "status"
        )
        for key, interview_id, person_id, kind, status in rows:
            rank, slot = (status != "cancelled", key), (interview_id, kind, person_id)
            if slot not in best or rank > best[slot]:
                best[slot] = rank
    written: defaultdict[tuple[int, str], list[tuple[int, int]]] = defaultdict(list)
    for (interview_id, kind, person_id), (_, key) in best.items():
        written[(interview_id, kind)].append((person_id, key))
    for action in wanted:
        found = sorted(written.get((action.interview_id, action.kind), []))
        setattr(action, _ATTACHED, [key for person_id, key in found if action.person_id in (None, person_id)])


def action_json(action: Action, now: datetime | None = None) -> dict[str, Any]:
    """``due`` carries the offset of the zone the action is expressed in. ``message_id`` is the
    message written for the action (for a panel's follow-up, the first person's; every
    person's in ``message_ids``), from ``attach_messages`` when the caller ran it for all its
    actions, else read here for this one."""
    if getattr(action, _ATTACHED, None) is None:
        attach_messages([action])
    messages: list[int] = getattr(action, _ATTACHED)
    shape: dict[str, Any] = {
        "id": action.id,
        "interview_id": action.interview_id,
        "person_id": action.person_id,
        "kind": action.kind,
        "due": action.local_due().isoformat(),
        "status": action.status,
        "message_id": messages[0] if messages else None,
        "timezone": action.timezone,
        "planned_due": action.due.astimezone(action.local_due().tzinfo).isoformat(),
        "promised": action.promised.isoformat() if action.promised else None,
        "company": action.interview.company,
        "person": action.person.name if action.person else None,
        "message_ids": messages,
        # A thank-you to someone without an e-mail address: it waits for one (or is done by hand).
        "needs_address": action.kind == "thank_you" and action.person is not None and not action.person.email,
    }
    if now is not None:
        shape["overdue"] = action.status == "pending" and action.effective_due < now
    return shape
