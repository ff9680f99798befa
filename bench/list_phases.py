"""Where the time of `interview list --json` goes: the command's steps, timed one by one.

A diagnostic, run in a child process by ``interview_list.py`` against the benchmark home: it
repeats the steps of the entry point ``lastimpression.cli.run`` (cyclic GC off) and of
``lastimpression.cli.interviews.list_`` with ``--json`` (same functions, same order) with a
clock around each: ``runtime.setup()`` taken apart, ``shapes.interviews_json()`` (two
``.values()`` queries shaped into dicts), then ``runtime.print_json`` taken apart (compact
``json.dumps``, since stdout is not a terminal here, and the write). The wall time of the real
command, measured separately, is what the target is about; this only says which step to look
at. After the command's steps, for comparison only: the two queries of ``interviews_json``
alone (run again, so with a warm SQLite page cache) and ``json.dumps`` indented as on a
terminal. Prints one JSON object: step name -> ms.

Run alone: LASTIMPRESSION_HOME=bench/.out/home-2000 .venv/bin/python bench/list_phases.py
"""

from __future__ import annotations

import gc
import json
import os
import sys
from time import perf_counter

COMPARE = "compare: "


def phases() -> dict[str, float]:
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
    from lastimpression.interviews.models import Profile

    Profile.objects.order_by("id").values_list("language", flat=True).first()
    lap("profile language query")
    from lastimpression.interviews import shapes
    from lastimpression.words import label  # noqa: F401  (imported by the command)

    lap("import the shapes module")
    document = shapes.interviews_json(None)
    lap("interviews_json(): two .values() queries + shaping")
    text = json.dumps(document, ensure_ascii=False, indent=None)
    lap("json.dumps, compact (stdout not a terminal: C encoder)")
    with open(os.devnull, "w", encoding="utf-8") as sink:
        click.echo(text, file=sink)
    lap("write")
    times["in-process total"] = round(sum(times.values()), 1)

    from lastimpression.interviews.models import Interview, Person

    people, interviews = Person.objects.count(), Interview.objects.count()
    # The document's keys that are columns (``main_contact_id`` and ``people`` are computed).
    columns = {field.name for field in Interview._meta.concrete_fields} | {
        field.attname for field in Interview._meta.concrete_fields
    }
    fields = [name for name in (document[0] if document else {}) if name in columns]
    mark = perf_counter()
    list(Person.objects.order_by("id").values(*shapes.PERSON_FIELDS))
    lap(f"{COMPARE}the people query alone (.values(), {people:,} rows, warm)")
    list(Interview.objects.order_by("start", "id").values(*fields))
    lap(f"{COMPARE}the interviews query alone (.values(), {interviews:,} rows, warm)")
    json.dumps(document, ensure_ascii=False, indent=2)
    lap(f"{COMPARE}json.dumps(indent=2), as on a terminal (pure-Python encoder)")
    times["output bytes"] = float(len(text.encode()))
    return times


if __name__ == "__main__":
    if not os.environ.get("LASTIMPRESSION_HOME"):
        sys.exit("LASTIMPRESSION_HOME must name the benchmark home (bench/.out/home-2000)")
    print(json.dumps(phases()))
