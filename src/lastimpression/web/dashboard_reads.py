"""What the dashboard reads besides its agenda (``planning.service.agenda_sections``): one
statement for everything it only needs to know (the insights' data version, whether there is a
profile, an interview, a message or a reply that needs the user, the outbox's last heartbeat and
whether a message is due), one for the next interviews. Plain SQL through Django's connection:
building the same seven queries with the ORM cost more than all of the page's SQL (issue 17).

Each condition is the one of the ORM code it stands for, kept in step by
``tests/web/test_dashboard_reads.py``: ``outbox.notices.needing_attention``,
``outbox.dispatch.due``, ``outbox.worker.worker_status``, ``outbox.notices.REPLIES_SHOWN_FOR``.
The full "Needs you" list (``outbox.notices.attention``) is read only when one of them says
there is something to show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import connection

from lastimpression.journal.cards import data_version, data_version_columns
from lastimpression.outbox.notices import REPLIES_SHOWN_FOR
from lastimpression.outbox.worker import SILENCE
from lastimpression.planning.service import stored_instant

# ``outbox.notices.needing_attention``.
_NEEDING_ATTENTION = (
    "SELECT 1 FROM outbox_message WHERE status IN ('unknown', 'failed', 'bounced')"
    " OR (status = 'scheduled' AND (written_at IS NOT NULL OR (late AND scheduled_at IS NOT NULL)"
    " OR next_attempt_at IS NOT NULL))"
    " OR (status = 'draft' AND held <> '')"
)
# ``outbox.dispatch.due(now)``.
_DUE = (
    "SELECT 1 FROM outbox_message WHERE status = 'scheduled' AND NOT late AND written_at IS NULL"
    " AND scheduled_at <= %s AND (next_attempt_at IS NULL OR next_attempt_at <= %s)"
)
_FACTS = (
    "(SELECT MAX(beat_at) FROM outbox_heartbeat)",
    "CASE WHEN EXISTS (SELECT 1 FROM interviews_profile) THEN 1 ELSE 0 END",
    "CASE WHEN EXISTS (SELECT 1 FROM interviews_interview) THEN 1 ELSE 0 END",
    f"CASE WHEN EXISTS ({_NEEDING_ATTENTION}) THEN 1 ELSE 0 END",
    f"CASE WHEN EXISTS ({_DUE}) THEN 1 ELSE 0 END",
    "CASE WHEN EXISTS (SELECT 1 FROM interviews_person WHERE replied_at >= %s) THEN 1 ELSE 0 END",
)
_UPCOMING = (
    'SELECT id, company, role, start, timezone FROM interviews_interview WHERE "end" >= %s'
    " AND status <> 'cancelled' ORDER BY start, id LIMIT %s"
)


@dataclass(frozen=True)
class DashboardState:
    """What the dashboard needs to know before it reads more. ``worker``: as
    ``outbox.worker.worker_status`` (the last heartbeat, whether to warn)."""

    version: tuple[str, ...]
    has_profile: bool
    has_interviews: bool
    needs_attention: bool
    replied: bool
    worker: tuple[datetime | None, bool]

    @property
    def alerts(self) -> bool:
        """Whether "Needs you" has anything to show (``outbox.notices.attention`` is not empty)."""
        return self.needs_attention or self.replied or self.worker[1]


def read_state(now: datetime) -> DashboardState:
    columns = data_version_columns()
    at = connection.ops.adapt_datetimefield_value(now)
    since = connection.ops.adapt_datetimefield_value(now - REPLIES_SHOWN_FOR)
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join((*columns, *_FACTS)), (at, at, since))
        row = cursor.fetchone()
    beat, has_profile, has_interviews, needs_attention, due, replied = row[len(columns) :]
    last = stored_instant(beat)
    quiet = last is not None and now - last <= SILENCE
    return DashboardState(
        data_version(row[: len(columns)]), bool(has_profile), bool(has_interviews), bool(needs_attention),
        bool(replied), (last, bool(due) and not quiet),
    )  # fmt: skip


@dataclass(frozen=True)
class Upcoming:
    """An interview of the dashboard's "Interviews" list."""

    id: int
    company: str
    role: str
    start: datetime
    timezone: str


def upcoming(now: datetime, count: int = 5) -> list[Upcoming]:
    """The next ``count`` interviews not cancelled and not over, soonest first."""
    with connection.cursor() as cursor:
        cursor.execute(_UPCOMING, (connection.ops.adapt_datetimefield_value(now), count))
        rows = cursor.fetchall()
    found = []
    for key, company, role, start, zone in rows:
        begins = stored_instant(start)
        assert begins is not None
        found.append(Upcoming(key, company, role, begins, zone))
    return found
