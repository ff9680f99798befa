"""``person add|edit|remove``: the people met at an interview."""

from __future__ import annotations

from typing import Any

import click

from lastimpression.cli import runtime


@click.group()
def person() -> None:
    """Record the people met at an interview.

    Example: lastimpression person add 3 --name "Claire Martin" --salutation madame --topic "the data platform"
    """


def _person_options(function: Any) -> Any:
    for option in reversed([
        click.option("--email", help="Their e-mail address (needed for the thank-you e-mail)."),
        click.option("--title", help="Their job title."),
        click.option("--linkedin", help="Their LinkedIn profile URL."),
        click.option("--salutation", type=click.Choice(["madame", "monsieur", "none"]),
                     help="How to greet them (none: no title; the full name in French, the first name in English)."),
        click.option("--register", type=click.Choice(["vous", "tu"]), help="vous (default) or tu."),
        click.option("--topic", "topics", multiple=True, help="A topic discussed with them (repeatable)."),
        click.option("--greeted/--not-greeted", default=None, help="Whether you greeted them on the way out."),
        click.option("--main-contact/--not-main-contact", "main_contact", default=None,
                     help="They own the process: the only one promised, and sent, a follow-up."),
    ]):  # fmt: skip
        function = option(function)
    return function


@person.command("add")
@click.argument("interview_id")
@click.option("--name", required=True, help="Their name.")
@_person_options
@runtime.database_command
def add(interview_id: str, **options: Any) -> None:
    """Add a person met at an interview; prints their id on the last line.

    Example: lastimpression person add 3 --name "Claire Martin" --email claire.martin@example.org --salutation madame --topic "migrating to PostgreSQL"
    """
    from lastimpression.interviews import services

    if not options["topics"]:
        options["topics"] = None
    created = services.add_person(interview_id, options)
    click.echo(runtime._("%(name)s added to interview %(id)s.", name=created.name, id=interview_id))
    click.echo(created.id)


@person.command("edit")
@click.argument("person_id")
@click.option("--name", help="Their name.")
@_person_options
@runtime.database_command
def edit(person_id: str, **options: Any) -> None:
    """Change a person; only the options given change (--topic replaces the topics).

    Example: lastimpression person edit 7 --register tu --greeted
    """
    from lastimpression.interviews import services

    if not options["topics"]:
        options["topics"] = None
    changed = services.edit_person(person_id, options)
    click.echo(runtime._("%(name)s updated.", name=changed.name))


@person.command("remove")
@click.argument("person_id")
@runtime.database_command
def remove(person_id: str) -> None:
    """Remove a person and everything attached to them.

    Example: lastimpression person remove 7
    """
    from lastimpression.interviews import services

    removed = services.remove_person(person_id)
    click.echo(runtime._("%(name)s removed.", name=removed.name))


@person.command("replied")
@click.argument("person_id")
@click.option("--at", help="When they replied, ISO 8601 (default: now; without offset: your time zone).")
@click.option("--note", help="What they said.")
@runtime.database_command
def replied(person_id: str, at: str | None, note: str | None) -> None:
    """Record a reply received another way (phone, in person): the pending follow-ups are cancelled.

    Example: lastimpression person replied 7 --note "Called: second round on Monday"
    """
    from zoneinfo import ZoneInfo

    from lastimpression import clock
    from lastimpression.core.when import parse_instant
    from lastimpression.interviews.services import profile, user_timezone
    from lastimpression.journal.service import record_reply

    owner = profile()
    zone = ZoneInfo(user_timezone(owner))
    instant = parse_instant(at, zone, "--at") if at is not None else clock.now()
    who, cancelled = record_reply(person_id, instant, note)
    click.echo(runtime.n_("%(name)s replied; %(count)d pending follow-up cancelled.",
                          "%(name)s replied; %(count)d pending follow-ups cancelled.", cancelled, name=who.name))  # fmt: skip
