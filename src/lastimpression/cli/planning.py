"""``plan``, ``agenda`` (``today``) and ``action done|skip|snooze``."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import click

from lastimpression.cli import runtime

if TYPE_CHECKING:
    from lastimpression.planning.models import Action


def _when(action: Action, user_zone: str, language: str) -> str:
    """The due time in the user's zone, and in the recipient's when it differs."""
    from zoneinfo import ZoneInfo

    from babel.dates import format_datetime

    mine = action.effective_due.astimezone(ZoneInfo(user_zone))
    text = format_datetime(mine, "EEE d MMM y HH:mm", locale=language)
    theirs = action.local_due()
    if theirs.utcoffset() != mine.utcoffset():
        text += f" ({format_datetime(theirs, 'HH:mm', locale=language)} {action.timezone})"
    return text


def _print_actions(actions: list[Action], now: datetime, *, with_status: bool) -> None:
    from lastimpression.interviews import services
    from lastimpression.words import label

    language = runtime.language()
    owner = services.profile()
    user_zone = services.user_timezone(owner)
    late = runtime.say("OVERDUE", "EN RETARD")
    rows = []
    for action in actions:
        flag = late if action.status == "pending" and action.effective_due < now else ""
        who = action.person.name if action.person else "-"
        if action.kind == "thank_you" and action.person is not None and not action.person.email:
            who += runtime.say(" (no address)", " (sans adresse)")
        row = [str(action.id), _when(action, user_zone, language), label("kind", action.kind, language), who]
        row += [action.interview.company, flag]
        if with_status:
            row.insert(4, label("action_status", action.status, language))
        rows.append(row)
    headers = runtime.say("ID|When|What|Who|Company|Late", "ID|Quand|Quoi|Qui|Entreprise|Retard").split("|")
    if with_status:
        headers.insert(4, runtime.say("Status", "État"))
    runtime.print_table(headers, rows)


@click.command()
@click.argument("interview_id")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@runtime.database_command
def plan(interview_id: str, as_json: bool) -> None:
    """Show the follow-up plan of an interview: debrief, thank-yous, LinkedIn, follow-ups.

    Times follow the recipient's calendar (their public holidays and business hours); the
    follow-up is the date the thank-you promises.

    Example: lastimpression plan 3 --json
    """
    from lastimpression import clock
    from lastimpression.interviews import services
    from lastimpression.planning.shapes import action_json, attach_messages

    interview = services.get_interview(interview_id)
    actions = list(interview.actions.select_related("interview", "person").order_by("due", "id"))
    now = clock.now()
    if as_json:
        attach_messages(actions)
        runtime.print_json([action_json(action, now) for action in actions])
        return
    if not actions:
        click.echo(runtime.say("Nothing planned.", "Rien de prévu."))
        return
    _print_actions(actions, now, with_status=True)


_WITH_OUTBOX_HELP = (
    'With --json: print {"actions": [...], "notices": [...], "worker": {...}} instead of the array, '
    "with the outbox's notices and heartbeat that the human agenda shows."
)


@click.command()
@click.option("--days", default="7", show_default=True, help="How many days ahead, 0 to 366 (0: today).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.option("--with-outbox", "with_outbox", is_flag=True, help=_WITH_OUTBOX_HELP)
@runtime.database_command
def agenda(days: str, as_json: bool, with_outbox: bool) -> None:
    """What is due: overdue first, then today and the days ahead.

    The outbox's notices come first: messages NOT sent but written to the outbox folder, late,
    failed, bounced or of unknown fate, the replies received, and when the outbox last ran.

    Example: lastimpression agenda --days 0
    """
    from lastimpression.core.validation import whole_number

    _agenda(whole_number(days, "--days", 0, 366), as_json, with_outbox)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.option("--with-outbox", "with_outbox", is_flag=True, help=_WITH_OUTBOX_HELP)
@runtime.database_command
def today(as_json: bool, with_outbox: bool) -> None:
    """What is due today, overdue first (agenda --days 0).

    Example: lastimpression today
    """
    _agenda(0, as_json, with_outbox)


def _agenda(days: int, as_json: bool, with_outbox: bool = False) -> None:
    from zoneinfo import ZoneInfo

    from lastimpression import clock
    from lastimpression.interviews import services
    from lastimpression.planning.service import agenda as due_actions
    from lastimpression.planning.shapes import action_json

    now = clock.now()
    owner = services.profile()
    zone = ZoneInfo(services.user_timezone(owner))
    actions = due_actions(days, now, zone)
    if as_json and not with_outbox:
        runtime.print_json([action_json(action, now) for action in actions])
        return
    from lastimpression.outbox.notices import notices
    from lastimpression.outbox.worker import describe, worker_status

    status = worker_status(now)
    found = notices(now, zone, status)
    if as_json:
        worker = {
            "last_ran": status[0].isoformat() if status[0] else None, "warning": status[1],
            "message": describe(status, "en", zone), "message_fr": describe(status, "fr", zone),
        }  # fmt: skip
        runtime.print_json({"actions": [action_json(action, now) for action in actions],
                            "notices": [notice.as_json() for notice in found], "worker": worker})  # fmt: skip
        return
    for notice in found:
        click.echo(notice.text(runtime.language()))
    if not any(notice.kind == "worker" for notice in found):  # the warning already says when it last ran
        click.echo(describe(status, runtime.language(), zone))
    click.echo()
    if not actions:
        click.echo(runtime.say("Nothing due.", "Rien à faire."))
        return
    _print_actions(actions, now, with_status=False)


@click.group()
def action() -> None:
    """Mark a planned action done or skipped, or put it off.

    Example: lastimpression action done 12
    """


@action.command("done")
@click.argument("action_id")
@runtime.database_command
def done(action_id: str) -> None:
    """Mark an action done. A thank-you marked done pins the follow-up date it promised.

    Example: lastimpression action done 12
    """
    _complete(action_id, "done")


@action.command("skip")
@click.argument("action_id")
@runtime.database_command
def skip(action_id: str) -> None:
    """Skip an action (it stays in the plan's history).

    Example: lastimpression action skip 13
    """
    _complete(action_id, "skipped")


def _complete(action_id: str, status: str) -> None:
    from lastimpression.planning.service import complete
    from lastimpression.words import label

    changed = complete(action_id, status)
    language = runtime.language()
    click.echo(f"{changed.id}: {label('kind', changed.kind, language)} — {label('action_status', status, language)}")


@action.command("snooze")
@click.argument("action_id")
@click.option("--until", help="ISO 8601 instant (default: the next business slot a day from now).")
@runtime.database_command
def snooze(action_id: str, until: str | None) -> None:
    """Put an action off.

    --until without an offset is read in the zone the action is expressed in.

    Example: lastimpression action snooze 12 --until 2026-12-07T09:30
    """
    from zoneinfo import ZoneInfo

    from lastimpression.core.when import parse_instant
    from lastimpression.planning.service import get_action
    from lastimpression.planning.service import snooze as put_off

    target = get_action(action_id)
    instant = parse_instant(until, ZoneInfo(target.timezone), "--until") if until is not None else None
    changed = put_off(action_id, instant)
    click.echo(runtime.say(f"{changed.id}: put off until {changed.local_due().isoformat()}",
                           f"{changed.id} : reporté au {changed.local_due().isoformat()}"))  # fmt: skip
