"""``debrief``, ``journal add|list``, ``card`` and ``stats``: learning from each ending."""

from __future__ import annotations

import sys
from typing import Any

import click

from lastimpression.cli import runtime

ANSWERS = ("focused", "last_minutes", "greeted", "greeted_others", "missed_others", "parting", "parting_words",
           "ratings", "state_of_mind", "do_differently")  # fmt: skip


def _ask(raw: dict[str, Any], interview: Any) -> None:
    """Ask every question of the debrief in the user's language (only on a terminal)."""
    _ = runtime._
    raw["focused"] = click.confirm(_("Did your attention hold until the door?"), default=True)
    raw["last_minutes"] = click.prompt(
        _("What happened in the last minutes? (empty: skip)"),
        default="",
        show_default=False,
    )
    people = list(interview.people.all())
    raw["greeted"] = [str(person.id) for person in people
                      if click.confirm(_("Did you greet %(name)s on the way out?", name=person.name), default=True)]  # fmt: skip
    crossed = click.prompt(_("Whom else did you cross (receptionist, assistant...), comma-separated? (empty: nobody)"),
                           default="", show_default=False)  # fmt: skip
    for other in [part.strip() for part in crossed.split(",") if part.strip()]:
        greeted = click.confirm(_("Did you greet the %(other)s?", other=other), default=True)
        raw["greeted_others" if greeted else "missed_others"].append(other)
    raw["parting"] = click.prompt(_("How did you part: goodbye, continuation or unclear?"),
                                  type=click.Choice(["goodbye", "continuation", "unclear"]))  # fmt: skip
    raw["parting_words"] = click.prompt(
        _("The words said when parting (empty: skip)"),
        default="",
        show_default=False,
    )
    for person in people:
        answer = click.prompt(_("Ratings for %(name)s, e.g. serious=4, cheerful=5 (empty: skip)", name=person.name),
                              default="", show_default=False)  # fmt: skip
        raw["ratings"] += [f"{person.id}:{part.strip()}" for part in answer.split(",") if part.strip()]
    raw["state_of_mind"] = click.prompt(_("Your state of mind (empty: skip)"), default="", show_default=False)
    raw["do_differently"] = click.prompt(
        _("What will you do differently? (empty: skip)"),
        default="",
        show_default=False,
    )


@click.command()
@click.argument("interview_id")
@click.option("--focused/--not-focused", default=None, help="Your attention held until the door (or not).")
@click.option("--last-minutes", help="What happened in the last minutes.")
@click.option("--greeted", multiple=True, help="A person met whom you greeted on the way out (id or name; repeatable).")
@click.option(
    "--greeted-other",
    "greeted_others",
    multiple=True,
    help="Someone else crossed and greeted: receptionist, assistant...",
)
@click.option("--missed-other", "missed_others", multiple=True, help="Someone else crossed but not greeted.")
@click.option("--parting", type=click.Choice(["goodbye", "continuation", "unclear"]), help="How you parted.")
@click.option("--parting-words", help="The words said when parting.")
@click.option(
    "--rate", "ratings", multiple=True, help="PERSON:INGREDIENT=SCORE (1-5), e.g. 3:enthusiastic=5 (repeatable)."
)
@click.option("--state-of-mind", help="Your state of mind.")
@click.option("--differently", "do_differently", help="What you will do differently.")
@click.option("--interactive", is_flag=True, help="Ask the questions even when stdin is not a terminal.")
@click.option("--json", "as_json", is_flag=True, help="Print the debrief as JSON.")
@runtime.database_command
def debrief(interview_id: str, interactive: bool, as_json: bool, **answers: Any) -> None:
    """Debrief an interview: focus to the door, greetings, parting, their demeanour, lessons.

    Asks the questions on a terminal when no answer is given as an option. Ingredients:
    serious, cheerful, convinced, enthusiastic, professional, responsive, confident,
    balanced_rapport. Answers given again update the debrief. With --json and no answer, prints
    the debrief saved.

    Example: lastimpression debrief 3 --focused --greeted 5 --missed-other receptionist --parting continuation --rate 5:enthusiastic=5
    """
    from lastimpression import clock
    from lastimpression.interviews.services import get_interview
    from lastimpression.journal.service import save_debrief, saved_debrief
    from lastimpression.journal.shapes import debrief_json

    interview = get_interview(interview_id)
    given = any(answers[key] not in (None, ()) for key in answers)
    if as_json and not given and not interactive:
        runtime.print_json(debrief_json(saved_debrief(interview.id)))
        return
    raw: dict[str, Any] = {key: (list(value) if isinstance(value, tuple) else value) for key, value in answers.items()}
    for key in ("greeted", "greeted_others", "missed_others", "ratings"):
        if not raw[key]:
            raw[key] = [] if interactive or (not given and sys.stdin.isatty()) else None
    if interactive or (not given and sys.stdin.isatty()):
        _ask(raw, interview)
    elif not given:
        runtime.fail(runtime._("debrief: give the answers as options (see --help), or run it in a terminal"))
    saved, warnings = save_debrief(interview_id, raw, clock.now())
    if "not_ended" in warnings:
        click.echo(runtime._("Warning: this interview has not ended yet; the debrief is saved anyway."), err=True)
    if as_json:
        runtime.print_json(debrief_json(saved))
        return
    click.echo(runtime._("Debrief of interview %(id)s saved.", id=interview.id))


@click.group()
def journal() -> None:
    """The journal of memorable professional meetings outside interviews.

    Example: lastimpression journal add --context "Salon Big Data, stand Lumière" --rate enthusiastic=5 --parting continuation
    """


@journal.command("add")
@click.option("--context", required=True, help="Where and why you met.")
@click.option("--when", help="The date (default: today).")
@click.option("--who", help="Whom you met.")
@click.option("--rate", "ratings", multiple=True, help="INGREDIENT=SCORE (1-5), repeatable.")
@click.option("--parting", type=click.Choice(["goodbye", "continuation", "unclear"]), help="How you parted.")
@click.option("--parting-words", help="The words said when parting.")
@click.option("--why", help="Why it stayed with you.")
@runtime.database_command
def journal_add(**raw: Any) -> None:
    """Record a memorable meeting; prints its id on the last line.

    Example: lastimpression journal add --when 2026-11-20 --context "Meetup PostgreSQL Lyon" --who "Inès Garnier" --rate confident=5 --why "She asked about my project first"
    """
    from lastimpression import clock
    from lastimpression.interviews.services import profile, user_timezone
    from lastimpression.journal.service import add_entry

    owner = profile()
    from zoneinfo import ZoneInfo

    today = clock.now().astimezone(ZoneInfo(user_timezone(owner))).date()
    entry = add_entry(raw, today)
    click.echo(runtime._("Journal entry recorded."))
    click.echo(entry.id)


@journal.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@runtime.database_command
def journal_list(as_json: bool) -> None:
    """List the journal, newest first.

    Example: lastimpression journal list --json
    """
    from lastimpression.journal.models import JournalEntry
    from lastimpression.journal.shapes import entry_json

    entries = list(JournalEntry.objects.all())
    if as_json:
        runtime.print_json([entry_json(entry) for entry in entries])
        return
    if not entries:
        click.echo(runtime._("The journal is empty."))
        return
    rows = [[str(entry.id), entry.when.isoformat(), entry.who or "-", entry.parting or "-",
             " ".join(entry.context.split())[:60]] for entry in entries]  # fmt: skip
    # Translators: the headers of a table's columns, separated by "|".
    runtime.print_table(runtime._("ID|When|Who|Parting|Context").split("|"), rows)


@click.command()
@click.argument("interview_id")
@click.option("--format", "output", type=click.Choice(["text", "html"]), default="text", show_default=True,
              help="Plain text, or one printable HTML page readable on a phone.")  # fmt: skip
@click.option("--out", type=click.Path(dir_okay=False), help="Write to this file (default: stdout).")
@runtime.database_command
def card(interview_id: str, output: str, out: str | None) -> None:
    """The last-impression card: who, where, when, the exit checklist, the sentence to say at the
    door, the question to ask before leaving, and your own lessons.

    Example: lastimpression card 3 --format html --out card.html
    """
    from lastimpression.core.card import card_html, card_text
    from lastimpression.interviews.services import get_interview, profile
    from lastimpression.journal.cards import card_facts, lessons_before

    interview = get_interview(interview_id)
    facts = card_facts(interview, profile())
    learned = lessons_before(interview)
    document = card_html(facts, learned) if output == "html" else card_text(facts, learned)
    if out is None:
        click.echo(document)
        return
    runtime.write_out(out, (document if document.endswith("\n") else document + "\n").encode("utf-8"))
    click.echo(runtime._("Card written to %(out)s.", out=out))


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object with every figure and its counts.")
@runtime.database_command
def stats(as_json: bool) -> None:
    """Insights: your last-impression score and its formula, thank-yous within 24 h, promises
    kept, reply rate, and which habits go with positive outcomes (with the counts behind them).

    Example: lastimpression stats --json
    """
    from lastimpression import clock
    from lastimpression.journal.cards import current_insights

    found = current_insights(clock.now())
    document = found.as_json()
    if as_json:
        runtime.print_json(document)
        return
    from lastimpression.journal.insight_text import describe

    for line in describe(document, runtime.language()):
        click.echo(line)
