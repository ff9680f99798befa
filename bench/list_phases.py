"""Where the time of `interview list --json` goes: the command's steps, timed one by one.

A diagnostic, run in a child process by ``interview_list.py`` against the benchmark home: it
repeats the steps of ``lastimpression.cli.interviews.list_`` (same functions, same order) with a
clock around each. The wall time of the real command, measured separately, is what the target
is about; this only says which step to look at. Prints one JSON object.

Run alone: LASTIMPRESSION_HOME=bench/.out/home-2000 .venv/bin/python bench/list_phases.py
"""

from __future__ import annotations

import json
import os
import sys
from time import perf_counter
from typing import Any


def phases() -> dict[str, float]:
    """Milliseconds spent in each step, in the order the command takes them."""
    times: dict[str, float] = {}
    mark = perf_counter()

    def lap(name: str) -> None:
        nonlocal mark
        now = perf_counter()
        times[name] = round((now - mark) * 1000.0, 1)
        mark = now

    import click

    from lastimpression.cli import interviews as _commands  # noqa: F401  (the command module's own imports)
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
    from lastimpression.interviews.models import Interview, Profile

    Profile.objects.order_by("id").values_list("language", flat=True).first()
    lap("profile language query")
    from lastimpression.interviews.shapes import interview_json

    found = list(Interview.objects.prefetch_related("people").order_by("start", "id"))
    lap("query + prefetch + model instances")
    document = [interview_json(item, list(item.people.all())) for item in found]
    lap("shape to dicts (interview_json)")
    text = json.dumps(document, ensure_ascii=False, indent=2)
    lap("json.dumps(indent=2) (pure-Python encoder)")
    with open(os.devnull, "w", encoding="utf-8") as sink:
        click.echo(text, file=sink)
    lap("write")
    times["in-process total"] = round(sum(times.values()), 1)
    json.dumps(document, ensure_ascii=False)
    lap("for comparison: json.dumps without indent (C encoder)")
    times["output bytes"] = float(len(text.encode()))
    return times


def main() -> dict[str, Any]:
    return dict(phases())


if __name__ == "__main__":
    if not os.environ.get("LASTIMPRESSION_HOME"):
        sys.exit("LASTIMPRESSION_HOME must name the benchmark home (bench/.out/home-2000)")
    print(json.dumps(main()))
