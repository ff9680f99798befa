"""Human-readable descriptions printed by ``show`` commands, in the user's language."""

from __future__ import annotations

import click

from lastimpression.cli import runtime
from lastimpression.interviews.models import Interview
from lastimpression.words import label


def when(interview: Interview, language: str) -> str:
    """ "jeudi 3 décembre 2026, 14:00–15:00 (Europe/Paris)" in the interview's time zone."""
    from babel.dates import format_date, format_time

    start, end = interview.local_start(), interview.local_end()
    day = format_date(start.date(), format="full", locale=language)
    hours = f"{format_time(start, 'HH:mm', locale=language)}–{format_time(end, 'HH:mm', locale=language)}"
    return f"{day}, {hours} ({interview.timezone})"


def describe_interview(interview: Interview, language: str) -> None:
    say = runtime.say
    place = interview.country + (f"-{interview.subdivision}" if interview.subdivision else "")
    from babel.dates import format_date

    decision = (
        format_date(interview.decision_by, format="full", locale=language)
        if interview.decision_by
        else say("not given", "non indiquée")
    )
    lines = [
        (say("Company", "Entreprise"), interview.company),
        (say("Role", "Poste"), interview.role),
        (say("When", "Quand"), when(interview, language)),
        (
            say("Mode", "Mode"),
            label("mode", interview.mode, language) + (f" — {interview.location}" if interview.location else ""),
        ),
        (say("Calendar", "Calendrier"), f"{place}, {interview.language}"),
        (say("Decision by", "Décision d'ici"), decision),
        (
            say("Status", "Statut"),
            label("status", interview.status, language)
            + (f" — {interview.outcome_note}" if interview.outcome_note else ""),
        ),
    ]
    click.echo(say(f"Interview {interview.id}", f"Entretien {interview.id}"))
    width = max(len(title) for title, _ in lines)
    for title, value in lines:
        click.echo(f"  {title.ljust(width)}  {value}")
    people = list(interview.people.all())
    click.echo()
    if not people:
        click.echo(say("No one recorded yet: lastimpression person add ID --name ...",
                       "Personne n'est encore enregistré : lastimpression person add ID --name …"))  # fmt: skip
        return
    headers = say("ID|Name|Title|E-mail|Register|Greeted|Topics", "ID|Nom|Fonction|Adresse|Registre|Salué|Sujets")
    yes, no = say("yes", "oui"), say("no", "non")
    rows = [
        [str(person.id), person.name, person.title or "-", person.email or "-", person.register,
         yes if person.greeted else no, "; ".join(person.topics) or "-"]
        for person in people
    ]  # fmt: skip
    runtime.print_table(headers.split("|"), rows)
