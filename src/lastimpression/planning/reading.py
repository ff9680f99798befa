"""The plan's actions read with plain SQL for the command line's lean path
(``lastimpression.reading`` says why), in the shape of ``planning.shapes.action_json``."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from lastimpression.interviews.reading import interview_exists
from lastimpression.reading import Home, day, instant, select, stored, zone

# The columns read; the test checks they exist in the models.
ACTION_COLUMNS = ("id", "interview_id", "person_id", "kind", "due", "timezone", "status", "snoozed_until", "promised")
COLUMNS = {
    "planning_action": (*ACTION_COLUMNS, "agenda_at"),
    "interviews_interview": ("company",),
    "interviews_person": ("name", "email"),
    "outbox_message": ("id", "interview_id", "person_id", "kind", "status"),
}
# The actions a message is written for (``planning.shapes.MESSAGE_KINDS``).
MESSAGE_KINDS = ("thank_you", "linkedin", "follow_up", "follow_up_2")
# Interviews per query, as ``planning.shapes`` (well under SQLite's limit on parameters).
_CHUNK = 500
_FROM = (
    select("planning_action", ACTION_COLUMNS, "a", ('i."company"', 'p."name"', 'p."email"'))
    + " JOIN interviews_interview i ON i.id = a.interview_id"
    + " LEFT JOIN interviews_person p ON p.id = a.person_id"
)


def _message_ids(home: Home, actions: list[dict[str, Any]]) -> dict[int, list[int]]:
    """``planning.shapes.attach_messages``: each action's messages (by action id), the newest
    not cancelled of each person and kind, else the newest."""
    wanted = [action for action in actions if action["kind"] in MESSAGE_KINDS]
    interviews = sorted({action["interview_id"] for action in wanted})
    best: dict[tuple[int, str, int], tuple[bool, int]] = {}
    for start in range(0, len(interviews), _CHUNK):
        chunk = interviews[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        sql = f"SELECT id, interview_id, person_id, kind, status FROM outbox_message WHERE interview_id IN ({marks}) ORDER BY id"
        for key, interview_id, person_id, kind, status in home.rows(sql, chunk):
            rank, slot = (status != "cancelled", key), (interview_id, kind, person_id)
            if slot not in best or rank > best[slot]:
                best[slot] = rank
    written: defaultdict[tuple[int, str], list[tuple[int, int]]] = defaultdict(list)
    for (interview_id, kind, person_id), (_, key) in best.items():
        written[(interview_id, kind)].append((person_id, key))
    found: dict[int, list[int]] = {}
    for action in wanted:
        listed = sorted(written.get((action["interview_id"], action["kind"]), []))
        found[action["id"]] = [key for person_id, key in listed if action["person_id"] in (None, person_id)]
    return found


def _shapes(home: Home, rows: list[tuple[Any, ...]], now: datetime) -> list[dict[str, Any]]:
    actions = []
    for row in rows:
        action = dict(zip(ACTION_COLUMNS, row, strict=False))
        action["company"], action["person"], action["email"] = row[len(ACTION_COLUMNS) :]
        actions.append(action)
    messages = _message_ids(home, actions)
    shaped = []
    for action in actions:
        due, snoozed = instant(action["due"]), instant(action["snoozed_until"])
        assert due is not None
        effective = snoozed or due
        where = zone(action["timezone"])
        local = effective.astimezone(where)
        promised = day(action["promised"])
        ids = messages.get(action["id"], [])
        shaped.append({
            "id": action["id"], "interview_id": action["interview_id"], "person_id": action["person_id"],
            "kind": action["kind"], "due": local.isoformat(), "status": action["status"],
            "message_id": ids[0] if ids else None, "timezone": action["timezone"],
            "planned_due": due.astimezone(where).isoformat(), "promised": promised.isoformat() if promised else None,
            "company": action["company"], "person": action["person"], "message_ids": ids,
            "needs_address": action["kind"] == "thank_you" and action["person_id"] is not None and not action["email"],
            "overdue": action["status"] == "pending" and effective < now,
        })  # fmt: skip
    return shaped


def agenda(home: Home, days: int, now: datetime, user_zone: ZoneInfo) -> list[dict[str, Any]]:
    """``planning.service.agenda`` shaped by ``action_json``: the pending actions due before
    the end of the day ``days`` days from today (user's zone), overdue ones included."""
    today = now.astimezone(user_zone).date()
    horizon = datetime.combine(today + timedelta(days=days + 1), datetime.min.time(), tzinfo=user_zone)
    sql = _FROM + ' WHERE a."status" = ? AND a."agenda_at" < ? ORDER BY a."agenda_at", a.id'
    return _shapes(home, home.rows(sql, ("pending", stored(horizon))), now)


def plan(home: Home, interview_id: int | str, now: datetime) -> list[dict[str, Any]]:
    """One interview's actions shaped by ``action_json``, by due date; InvalidValue as
    ``get_interview`` for an unknown interview."""
    key = interview_exists(home, interview_id)
    sql = _FROM + ' WHERE a.interview_id = ? ORDER BY a."due", a.id'
    return _shapes(home, home.rows(sql, (key,)), now)
