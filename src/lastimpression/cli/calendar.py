"""``ics`` (export the plan and the interviews' alarms) and ``import`` (interviews from `.ics`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

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
    from lastimpression.planning.calendar_export import calendar_bytes

    data, actions, interviews = calendar_bytes(clock.now())
    if out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    runtime.write_out(out, data)
    click.echo(runtime.say(f"Wrote {actions} actions and {interviews} interviews to {out}.",
                           f"{actions} actions et {interviews} entretiens écrits dans {out}."))  # fmt: skip


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Show what would be created or updated; write nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@runtime.database_command
def import_(file: Path, dry_run: bool, as_json: bool) -> None:
    """Import interviews from an .ics file (Google, Outlook, Apple), in one transaction.

    An event is an interview when its title has a keyword (entretien, interview, rencontre,
    échange, visio, call... see [import] keywords). Its attendees become the people met
    (your own address left out). Importing again updates, never duplicates: a moved event
    moves its interview and re-plans it; a cancelled one cancels what was pending for it.

    Example: lastimpression import ~/Downloads/calendar.ics --dry-run
    """
    from lastimpression import clock
    from lastimpression.core.validation import InvalidValue
    from lastimpression.interviews.calendar_import import import_calendar

    try:
        data = file.read_bytes()
    except OSError as error:
        raise InvalidValue(
            "FILE", f"cannot read {file}: {error.strerror}", f"impossible de lire {file} : {error.strerror}"
        ) from None
    outcome = import_calendar(data, now=clock.now(), dry_run=dry_run)
    if as_json:
        runtime.print_json({"dry_run": dry_run, **outcome.as_json()})
        return
    from lastimpression.core.icsfile import in_language

    say = runtime.say
    if dry_run:
        click.echo(say("Dry run: nothing is written.", "Essai à blanc : rien n'est enregistré."))

    def role(item: dict[str, Any]) -> str:
        return item["role"] or say("(role to set)", "(poste à préciser)")

    for item in outcome.created:
        people = ", ".join(person["name"] for person in item["people"]) or "-"
        click.echo(say("+ new", "+ nouveau") + f"  {item['start'][:16].replace('T', ' ')} {item['timezone']}  "
                   f"{item['company']} — {role(item)}  ({people})")  # fmt: skip
    for item in outcome.updated:
        change = say(item["change"], item.get("change_fr") or item["change"])
        colon = say(": ", "\u00a0: ")
        click.echo(say("~ updated", "~ modifié") + f"  {item['company']} — {role(item)}{colon}{change}")
    for item in outcome.cancelled:
        click.echo(say("x cancelled", "x annulé") + f"  {item['company']} — {role(item)}")
    for notice in outcome.notices:
        click.echo(say("notice: ", "remarque\u00a0: ") + in_language(notice, runtime.language()), err=True)
    click.echo(
        say(f"{len(outcome.created)} new, {len(outcome.updated)} updated, {len(outcome.cancelled)} cancelled, "
            f"{len(outcome.unchanged)} unchanged, {outcome.ignored} other events ignored.",
            f"{len(outcome.created)} nouveaux, {len(outcome.updated)} modifiés, {len(outcome.cancelled)} annulés, "
            f"{len(outcome.unchanged)} inchangés, {outcome.ignored} autres événements ignorés.")
    )  # fmt: skip
