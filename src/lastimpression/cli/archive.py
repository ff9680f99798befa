"""``export`` and ``restore``: the user's data, whole, in one JSON file."""

from __future__ import annotations

from pathlib import Path

import click

from lastimpression.cli import runtime


@click.command()
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="The JSON file to write.")
@runtime.database_command
def export(out: Path) -> None:
    """Export all your data (profile, interviews, people, messages, notes) to one JSON file.

    Example: lastimpression export --out backup.json
    """
    from lastimpression.archive import export_bytes

    data, counts = export_bytes()
    runtime.write_out(out, data)
    total = sum(counts.values())
    click.echo(
        runtime.n_("Exported %(count)d record to %(out)s.", "Exported %(count)d records to %(out)s.", total, out=out)
    )


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--replace", is_flag=True, help="Replace the data this home already holds.")
@runtime.database_command
def restore(file: Path, replace: bool) -> None:
    """Restore data from an export file, in one transaction (all or nothing).

    Example: lastimpression restore backup.json
    """
    from lastimpression.archive import restore as load

    counts = load(file, replace=replace)
    total = sum(counts.values())
    click.echo(
        runtime.n_(
            "Restored %(count)d record from %(file)s.", "Restored %(count)d records from %(file)s.", total, file=file
        )
    )
