"""``interview add|list|show|edit|outcome|delete``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from lastimpression.cli import runtime

if TYPE_CHECKING:
    from lastimpression.interviews.models import Interview

STATUSES = ["scheduled", "done", "next_round", "offer", "accepted", "rejected", "withdrawn", "cancelled"]


@click.group()
def interview() -> None:
    """Record interviews and see them.

    Example: lastimpression interview add --company Acme --role "Data engineer" --start 2026-12-03T14:00
    """


def _place_options(function: Any) -> Any:
    for option in reversed([
        click.option("--language", type=click.Choice(["fr", "en"]), help="Language of the interview and its messages."),
        click.option("--country", help="Country code of the recipients' calendar (default: yours)."),
        click.option("--subdivision", help="Region code for public holidays (e.g. 57, 6AE, QC, NE)."),
        click.option("--timezone", help="Time zone of the interview (default: the country's)."),
        click.option("--end", help="End, ISO 8601 (read in the interview's time zone without offset)."),
        click.option("--duration", help="Duration in minutes (default 60)."),
        click.option("--decision-by", "decision_by", help="Date the recruiter said they would decide by."),
        click.option("--decision-in", "decision_in",
                     help='Delay the recruiter gave: "10 days", "2 semaines", "3 jours ouvrés".'),
        click.option("--mode", type=click.Choice(["onsite", "video", "phone"]), help="On site, video or phone."),
        click.option("--location", help="Address or meeting link."),
        click.option("--bring", "contribution",
                     help="What you can bring to this company, one sentence the messages may use."),
        click.option("--company-article", "company_article", type=click.Choice(["auto", "le", "la", "les", "l'", "none"]),
                     help="How the company is said in French: chez les Galeries Lafayette (default: guessed)."),
    ]):  # fmt: skip
        function = option(function)
    return function


def _say_repeated_times(options: dict[str, Any], saved: Interview) -> None:
    """On stderr, one line per wall time given that happens twice in the interview's zone (the
    night the clocks go back): it was saved as its first occurrence."""
    from lastimpression.core.when import repeated_times

    for notice in repeated_times(options, saved.zone, ("start", "end")):
        click.echo(runtime._("Warning: %(message)s", message=notice.say(runtime.language())), err=True)


def _check_exclusive(options: dict[str, Any]) -> None:
    if options.get("end") is not None and options.get("duration") is not None:
        raise click.UsageError("--end and --duration cannot be used together")
    if options.get("decision_by") is not None and options.get("decision_in") is not None:
        raise click.UsageError("--decision-by and --decision-in cannot be used together")


@interview.command("add")
@click.option("--company", required=True, help="The company.")
@click.option("--role", required=True, help="The role applied for.")
@click.option(
    "--start", required=True, help="Start, ISO 8601; without an offset it is read in the interview's time zone."
)
@_place_options
@runtime.database_command
def add(**options: Any) -> None:
    """Record an interview; prints its id on the last line.

    --start without an offset (2026-12-03T14:00) is read in the interview's time zone:
    --timezone, else the country's, else yours. A time the clocks skip that night is refused;
    one that happens twice (the clocks go back) is the first one, said on stderr. --duration
    is real minutes.

    Example: lastimpression interview add --company "Lumière SA" --role "Data engineer" --start 2026-12-03T14:00 --decision-in "2 semaines"
    """
    from lastimpression.interviews import services

    _check_exclusive(options)
    created = services.add_interview(options)
    click.echo(runtime._("Interview recorded: %(interview)s.", interview=created))
    _say_repeated_times(options, created)
    click.echo(created.id)


@interview.command("list")
@click.option("--status", type=click.Choice(STATUSES), help="Only interviews with this status.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@runtime.read_command
def list_(status: str | None, as_json: bool, lean: runtime.Lean | None) -> None:
    """List interviews, soonest first.

    Example: lastimpression interview list --json
    """
    if lean is not None:
        from lastimpression.interviews.reading import interviews_json

        found = interviews_json(lean.home, status)
    else:
        from lastimpression.interviews.shapes import interviews_json as shaped

        found = shaped(status)
    if as_json:
        runtime.print_json(found)
        return
    from lastimpression.reading import label

    rows = [
        [str(item["id"]), item["start"][:16].replace("T", " "), item["timezone"], item["company"], item["role"],
         label("status", item["status"], runtime.language()), str(len(item["people"]))]
        for item in found
    ]  # fmt: skip
    if not rows:
        click.echo(runtime._("No interviews yet."))
        return
    # Translators: the headers of a table's columns, separated by "|".
    headers = runtime._("ID|When|Time zone|Company|Role|Status|People")
    runtime.print_table(headers.split("|"), rows)


@interview.command("show")
@click.argument("interview_id")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@runtime.read_command
def show(interview_id: str, as_json: bool, lean: runtime.Lean | None) -> None:
    """Show an interview and the people met.

    Example: lastimpression interview show 3 --json
    """
    from lastimpression.cli.describe import describe_interview

    if lean is not None:
        from lastimpression.interviews.reading import interview_json

        found = interview_json(lean.home, interview_id)
    else:
        from lastimpression.interviews import services
        from lastimpression.interviews.shapes import interview_json as shaped

        found = shaped(services.get_interview(interview_id))
    if as_json:
        runtime.print_json(found)
        return
    describe_interview(found, runtime.language())


@interview.command("edit")
@click.argument("interview_id")
@click.option("--company", help="The company.")
@click.option("--role", help="The role applied for.")
@click.option("--start", help="Start, ISO 8601 (keeps the duration unless --end or --duration).")
@_place_options
@runtime.database_command
def edit(interview_id: str, **options: Any) -> None:
    """Change an interview; only the options given change.

    Example: lastimpression interview edit 3 --decision-by 2026-12-18
    """
    from lastimpression.interviews import services

    _check_exclusive(options)
    changed, warnings = services.edit_interview(interview_id, options)
    click.echo(runtime._("Interview %(id)s updated.", id=changed.id))
    _say_repeated_times(options, changed)
    for warning in warnings:
        click.echo(runtime.plan_warning(warning), err=True)


@interview.command("outcome")
@click.argument("interview_id")
@click.option("--status", required=True, type=click.Choice(STATUSES), help="Where the process stands.")
@click.option("--note", help="What you were told.")
@runtime.database_command
def outcome(interview_id: str, status: str, note: str | None) -> None:
    """Record where the process stands after an interview.

    Example: lastimpression interview outcome 3 --status next_round --note "Second round with the CTO"
    """
    from lastimpression.interviews import services
    from lastimpression.reading import label

    changed, warnings = services.set_outcome(interview_id, status, note)
    status_words = label("status", changed.status, runtime.language())
    click.echo(runtime._("Interview %(id)s: %(status)s.", id=changed.id, status=status_words))
    for warning in warnings:
        click.echo(runtime.plan_warning(warning), err=True)


@interview.command("delete")
@click.argument("interview_id")
@runtime.database_command
def delete(interview_id: str) -> None:
    """Delete an interview with the people, notes and messages attached to it.

    Example: lastimpression interview delete 3
    """
    from lastimpression.interviews import services

    removed, people = services.delete_interview(interview_id)
    click.echo(
        runtime.n_("Deleted interview %(id)s (%(interview)s) and the %(count)d person recorded for it.",
                   "Deleted interview %(id)s (%(interview)s) and the %(count)d people recorded for it.",
                   people, id=interview_id, interview=removed)
    )  # fmt: skip
