"""The program's clock: ``LASTIMPRESSION_NOW`` when set (demos, tests, scripts), else the real one.

Only the edges (CLI, views, worker) read it; the core receives ``now`` as an argument.
"""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    """The current instant, aware."""
    from django.conf import settings

    return of(settings.CONFIG.now)


def of(configured: datetime | None) -> datetime:
    """``configured`` (``LASTIMPRESSION_NOW`` as ``config.load`` read it), else the real clock:
    ``now()`` for the command line's lean reads, which start no Django."""
    return configured if configured is not None else datetime.now(UTC)
