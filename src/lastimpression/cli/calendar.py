"""``ics`` (export the plan and the interviews' alarms) and ``import`` (interviews from `.ics`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from lastimpression.cli import runtime
from lastimpression.phrases import tr

if TYPE_CHECKING:  # not imported at run time: ``--help`` loads this module
    from lastimpression.core.icsfile import IcsReport
    from lastimpression.interviews.calendar_sorting import ImportOutcome


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
    from lastimpression.planning.calendar_export import calendar_bytes

    data, actions, interviews = calendar_bytes(clock.now())
    if out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    runtime.write_out(out, data)
    click.echo(runtime._("Wrote %(actions)d actions and %(interviews)d interviews to %(out)s.",
                         actions=actions, interviews=interviews, out=out))  # fmt: skip


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Show what would be created or updated; write nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@runtime.read_command_if(lambda options: options["dry_run"] and not options["as_json"])
def import_(file: Path, dry_run: bool, as_json: bool, lean: runtime.Lean | None) -> None:
    """Import interviews from an .ics file (Google, Outlook, Apple), in one transaction.

    An event is an interview when its title has a keyword (entretien, interview, rencontre,
    échange, visio, call... see [import] keywords). Its attendees become the people met
    (your own address left out). Importing again updates, never duplicates: a moved event
    moves its interview and re-plans it; a cancelled one cancels what was pending for it.

    Example: lastimpression import ~/Downloads/calendar.ics --dry-run
    """
    from lastimpression.core.validation import InvalidValue

    try:
        data = file.read_bytes()
    except OSError as error:
        raise InvalidValue(
            "FILE", tr("cannot read %(path)s: %(reason)s", path=str(file), reason=error.strerror)
        ) from None
    outcome = _dry_run(data, lean) if lean is not None else _import(data, dry_run)
    if as_json:
        runtime.print_json({"dry_run": dry_run, **outcome.as_json()})
        return
    from lastimpression.core.icsfile import in_language

    _ = runtime._
    french = runtime.language() == "fr"
    if dry_run:
        click.echo(_("Dry run: nothing is written."))

    def role(item: dict[str, Any]) -> str:
        return item["role"] or _("(role to set)")

    for item in outcome.created:
        people = ", ".join(person["name"] for person in item["people"]) or "-"
        click.echo(_("+ new") + f"  {item['start'][:16].replace('T', ' ')} {item['timezone']}  "
                   f"{item['company']} — {role(item)}  ({people})")  # fmt: skip
    for item in outcome.updated:
        change = (item.get("change_fr") or item["change"]) if french else item["change"]
        line = _("~ updated") + f"  {item['company']} — {role(item)}"
        click.echo(runtime.said(tr("%(line)s: %(detail)s", line=line, detail=change)))
    for item in outcome.cancelled:
        click.echo(_("x cancelled") + f"  {item['company']} — {role(item)}")
    for notice in outcome.notices:
        click.echo(runtime.said(tr("notice: %(notice)s", notice=in_language(notice, runtime.language()))), err=True)
    click.echo(
        _("%(new)d new, %(updated)d updated, %(cancelled)d cancelled, %(unchanged)d unchanged, "
          "%(ignored)d other events ignored.", new=len(outcome.created), updated=len(outcome.updated),
          cancelled=len(outcome.cancelled), unchanged=len(outcome.unchanged), ignored=outcome.ignored)
    )  # fmt: skip


def _import(data: bytes, dry_run: bool, report: IcsReport | None = None) -> ImportOutcome:
    from lastimpression import clock
    from lastimpression.interviews.calendar_import import import_calendar

    return import_calendar(data, now=clock.now(), dry_run=dry_run, report=report)


def _dry_run(data: bytes, lean: runtime.Lean) -> ImportOutcome:
    """The dry run without Django (``interviews.calendar_dry_run``); when it needs the import
    rolled back (an interview already imported would change) or finds no profile, Django is
    started as ``runtime.setup`` starts it (the configuration, the language and the clock's line
    are already done, the schema is current) and the import runs rolled back."""
    import os

    from lastimpression import config
    from lastimpression.interviews.calendar_dry_run import NeedsImport, dry_run

    found = dry_run(lean.home, config.load(), data, lean.now)
    if found is not None and not isinstance(found, NeedsImport):
        return found
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lastimpression.settings")
    import django

    django.setup()
    return _import(data, True, found.report if found is not None else None)
