"""``plan``, ``agenda`` (``today``) and ``action done|skip|snooze``."""

from __future__ import annotations

from typing import Any

import click

from lastimpression.cli import runtime


def _when(due: str, timezone: str, user_zone: str, language: str) -> str:
    """The due time (an action's ``due``: ISO 8601 with the offset of ``timezone``, the zone it
    is expressed in) in the user's zone, and in the recipient's when it differs."""
    from datetime import datetime

    from lastimpression.reading import short_moment, zone

    theirs = datetime.fromisoformat(due)
    mine = theirs.astimezone(zone(user_zone))
    text = short_moment(mine, language)
    if theirs.utcoffset() != mine.utcoffset():
        text += f" ({theirs:%H:%M} {timezone})"
    return text


def _print_actions(actions: list[dict[str, Any]], user_zone: str, *, with_status: bool) -> None:
    """The table of ``actions`` (``planning.shapes.action_json``'s shape, with ``overdue``), on
    both paths."""
    from lastimpression.reading import label

    language = runtime.language()
    late = runtime._("OVERDUE")
    rows = []
    for action in actions:
        when = _when(action["due"], action["timezone"], user_zone, language)
        who = action["person"] or "-"
        if action["needs_address"]:
            who = runtime._("%(name)s (no address)", name=who)
        row = [str(action["id"]), when, label("kind", action["kind"], language), who]
        row += [action["company"], late if action["overdue"] else ""]
        if with_status:
            row.insert(4, label("action_status", action["status"], language))
        rows.append(row)
    # Translators: the headers of a table's columns, separated by "|".
    headers = (
        runtime._("ID|When|What|Who|Status|Company|Late") if with_status else runtime._("ID|When|What|Who|Company|Late")
    )
    runtime.print_table(headers.split("|"), rows)


def _user_zone(lean: runtime.Lean | None) -> str:
    if lean is not None:
        from lastimpression.interviews.reading import user_timezone

        return user_timezone(lean.home)
    from lastimpression.interviews import services

    return services.user_timezone(services.profile())


@click.command()
@click.argument("interview_id")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@runtime.read_command
def plan(interview_id: str, as_json: bool, lean: runtime.Lean | None) -> None:
    """Show the follow-up plan of an interview: debrief, thank-yous, LinkedIn, follow-ups.

    Times follow the recipient's calendar (their public holidays and business hours); the
    follow-up is the date the thank-you promises.

    Example: lastimpression plan 3 --json
    """
    if lean is not None:
        from lastimpression.planning.reading import plan as read_plan

        actions = read_plan(lean.home, interview_id, lean.now)
    else:
        from lastimpression import clock
        from lastimpression.interviews import services
        from lastimpression.planning.shapes import action_json, attach_messages

        interview = services.get_interview(interview_id)
        found = list(interview.actions.select_related("interview", "person").order_by("due", "id"))
        attach_messages(found)
        now = clock.now()
        actions = [action_json(action, now) for action in found]
    if as_json:
        runtime.print_json(actions)
        return
    if not actions:
        click.echo(runtime._("Nothing planned."))
        return
    _print_actions(actions, _user_zone(lean), with_status=True)


_WITH_OUTBOX_HELP = (
    'With --json: print {"actions": [...], "notices": [...], "worker": {...}} instead of the array, '
    "with the outbox's notices and heartbeat that the human agenda shows."
)


@click.command()
@click.option("--days", default="7", show_default=True, help="How many days ahead, 0 to 366 (0: today).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.option("--with-outbox", "with_outbox", is_flag=True, help=_WITH_OUTBOX_HELP)
@runtime.read_command
def agenda(days: str, as_json: bool, with_outbox: bool, lean: runtime.Lean | None) -> None:
    """What is due: overdue first, then today and the days ahead.

    The outbox's notices come first: messages NOT sent but written to the outbox folder, late,
    failed, bounced or of unknown fate, the replies received, and when the outbox last ran.

    Example: lastimpression agenda --days 0
    """
    from lastimpression.core.validation import whole_number

    _agenda(whole_number(days, "--days", 0, 366), as_json, with_outbox, lean)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.option("--with-outbox", "with_outbox", is_flag=True, help=_WITH_OUTBOX_HELP)
@runtime.read_command
def today(as_json: bool, with_outbox: bool, lean: runtime.Lean | None) -> None:
    """What is due today, overdue first (agenda --days 0).

    Example: lastimpression today
    """
    _agenda(0, as_json, with_outbox, lean)


def _agenda(days: int, as_json: bool, with_outbox: bool, lean: runtime.Lean | None) -> None:
    from lastimpression.reading import zone as zone_named

    user_zone = _user_zone(lean)
    zone = zone_named(user_zone)
    if lean is not None:
        from lastimpression.outbox import reading as outbox
        from lastimpression.planning.reading import agenda as due_actions

        now = lean.now
        actions = due_actions(lean.home, days, now, zone)
    else:
        from lastimpression import clock
        from lastimpression.planning.service import agenda as due_models
        from lastimpression.planning.shapes import action_json

        now = clock.now()
        actions = [action_json(action, now) for action in due_models(days, now, zone)]
    if as_json and not with_outbox:
        runtime.print_json(actions)
        return
    if lean is not None:
        status = outbox.worker_status(lean.home, now)
        found = outbox.notices(lean.home, now, zone, status)

        def describe(language: str) -> str:
            return outbox.describe(lean.home, status, language, zone)
    else:
        from lastimpression.outbox.notices import notices
        from lastimpression.outbox.worker import describe as worker_line
        from lastimpression.outbox.worker import worker_status

        status = worker_status(now)
        found = notices(now, zone, status)

        def describe(language: str) -> str:
            return worker_line(status, language, zone)

    if as_json:
        worker = {
            "last_ran": status[0].isoformat() if status[0] else None, "warning": status[1],
            "message": describe("en"), "message_fr": describe("fr"),
        }  # fmt: skip
        runtime.print_json({"actions": actions, "notices": [notice.as_json() for notice in found], "worker": worker})
        return
    for notice in found:
        click.echo(notice.text(runtime.language()))
    if not any(notice.kind == "worker" for notice in found):  # the warning already says when it last ran
        click.echo(describe(runtime.language()))
    click.echo()
    if not actions:
        click.echo(runtime._("Nothing due."))
        return
    _print_actions(actions, user_zone, with_status=False)


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
    click.echo(runtime._("%(id)s: put off until %(due)s", id=changed.id, due=changed.local_due().isoformat()))
