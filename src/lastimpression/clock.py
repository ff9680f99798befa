"""The program's clock: ``LASTIMPRESSION_NOW`` when set (demos, tests, scripts), else the real one.

Only the edges (CLI, views, worker) read it; the core receives ``now`` as an argument.
"""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    """The current instant, aware."""
    from django.conf import settings

    configured: datetime | None = settings.CONFIG.now
    return configured if configured is not None else datetime.now(UTC)
