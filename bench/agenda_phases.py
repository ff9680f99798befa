"""Where the time of `agenda --json --days N` goes: the command's steps, timed one by one.

A diagnostic, run in a child process by ``agenda.py`` against the benchmark home (with its
LASTIMPRESSION_NOW): it repeats the steps of the entry point ``lastimpression.cli.run`` (cyclic
GC off) and of ``lastimpression.cli.planning._agenda`` with ``--json`` (same functions, same
order) with a clock around each. The wall time of the real command, measured separately, is
what the target is about; this only says which step to look at. After the command's steps, for
comparison only: the same query read as ``.values()`` rows (no model instances; a mirror of
``planning.service.agenda``'s filter, to be kept in step with it). Prints one
JSON object: step name -> ms.

Run alone: LASTIMPRESSION_HOME=bench/.out/home-2000 LASTIMPRESSION_NOW=2026-11-26T09:00:00+01:00 \
    .venv/bin/python bench/agenda_phases.py [DAYS]
"""

from __future__ import annotations

import gc
import json
import os
import sys
from time import perf_counter

COMPARE = "compare: "


def phases(days: int) -> dict[str, float]:
    """Milliseconds spent in each step, in the order the command takes them."""
    gc.disable()  # as lastimpression.cli.run() does before anything else
    times: dict[str, float] = {}
    mark = perf_counter()

    def lap(name: str) -> None:
        nonlocal mark
        now = perf_counter()
        times[name] = round((now - mark) * 1000.0, 1)
        mark = now

    import click

    from lastimpression.cli import planning as _commands  # noqa: F401  (the command module's own imports)
    from lastimpression.cli import runtime

    lap("import click and the CLI")
    from lastimpression import config

    config.load()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lastimpression.settings")
    import django

    django.setup()
    lap("django.setup() (imports Django, settings, apps)")
    runtime.migrate(quiet=True)
    lap("migration check (MigrationExecutor)")
    from lastimpression.interviews.models import Profile

    Profile.objects.order_by("id").values_list("language", flat=True).first()
    lap("profile language query")
    from zoneinfo import ZoneInfo

    from lastimpression import clock
    from lastimpression.interviews import services
    from lastimpression.planning.service import agenda as due_actions
    from lastimpression.planning.shapes import action_json

    lap("import the planning service and shapes")
    now = clock.now()
    owner = services.profile()
    zone = ZoneInfo(owner.timezone if owner else "Europe/Paris")
    lap("profile query")
    actions = due_actions(days, now, zone)
    lap(f"planning.service.agenda(): query, {len(actions):,} Action instances (+ interview, person)")
    document = [action_json(action, now) for action in actions]
    lap("action_json() for each (time-zone conversions, isoformat)")
    text = json.dumps(document, ensure_ascii=False, indent=None)
    lap("json.dumps, compact (stdout not a terminal: C encoder)")
    with open(os.devnull, "w", encoding="utf-8") as sink:
        click.echo(text, file=sink)
    lap("write")
    times["in-process total"] = round(sum(times.values()), 1)

    from datetime import datetime, timedelta

    from lastimpression.planning.models import Action

    today = now.astimezone(zone).date()
    horizon = datetime.combine(today + timedelta(days=days + 1), datetime.min.time(), tzinfo=zone)
    mark = perf_counter()
    rows = list(
        Action.objects.filter(status="pending", agenda_at__lt=horizon)
        .order_by("agenda_at", "id")
        .values("id", "kind", "due", "timezone", "status", "snoozed_until", "interview__company", "person__name")
    )
    lap(f"{COMPARE}the same query as .values() rows ({len(rows):,}, warm)")
    times["actions"] = float(len(actions))
    return times


if __name__ == "__main__":
    if not os.environ.get("LASTIMPRESSION_HOME"):
        sys.exit("LASTIMPRESSION_HOME must name the benchmark home (bench/.out/home-2000)")
    print(json.dumps(phases(int(sys.argv[1]) if len(sys.argv) > 1 else 7)))
