"""``ics`` (export the plan and the interviews' alarms) and ``import`` (interviews from `.ics`)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from lastimpression.cli import runtime


@click.command()
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file (default: stdout).")
@runtime.database_command
def ics(out: Path | None) -> None:
    """Export the pending actions and the upcoming interviews as an .ics calendar.

    Each action has an alarm at its due time; each upcoming interview has an alarm 10 minutes
    before its end with the exit checklist. Importing the file again updates the events.

    Example: lastimpression ics --out ~/last-impression.ics
    """
    from lastimpression import clock
    from lastimpression.core.validation import InvalidValue
    from lastimpression.planning.calendar_export import calendar_bytes

    data, actions, interviews = calendar_bytes(clock.now())
    if out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    partial = out.with_name(out.name + ".part")
    try:
        partial.write_bytes(data)
        partial.replace(out)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise InvalidValue("--out", f"cannot write {out}: {error.strerror}", f"impossible d'écrire {out} : {error.strerror}") from None
    click.echo(runtime.say(f"Wrote {actions} actions and {interviews} interviews to {out}.",
                           f"{actions} actions et {interviews} entretiens écrits dans {out}."))  # fmt: skip
