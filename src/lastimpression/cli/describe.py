"""Human-readable descriptions printed by ``show`` commands, in the user's language, from the
JSON shapes (``interviews.shapes``): the same on the lean read path and on the Django path."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import click

from lastimpression.cli import runtime
from lastimpression.reading import full_date, label


def when(interview: dict[str, Any], language: str) -> str:
    """ "jeudi 3 décembre 2026, 14:00–15:00 (Europe/Paris)" in the interview's time zone."""
    start, end = datetime.fromisoformat(interview["start"]), datetime.fromisoformat(interview["end"])
    return f"{full_date(start.date(), language)}, {start:%H:%M}–{end:%H:%M} ({interview['timezone']})"


def describe_interview(interview: dict[str, Any], language: str) -> None:
    """``interview`` in the shape of ``interviews.shapes.interview_json``."""
    _ = runtime._
    place = interview["country"] + (f"-{interview['subdivision']}" if interview["subdivision"] else "")
    decision = (
        full_date(date.fromisoformat(interview["decision_by"]), language)
        if interview["decision_by"]
        else _("not given")
    )
    lines = [
        (_("Company"), interview["company"]),
        (_("Role"), interview["role"]),
        (_("When"), when(interview, language)),
        (
            _("Mode"),
            label("mode", interview["mode"], language)
            + (f" — {interview['location']}" if interview["location"] else ""),
        ),
        (_("Calendar"), f"{place}, {interview['language']}"),
        (_("Decision by"), decision),
        (
            _("Status"),
            label("status", interview["status"], language)
            + (f" — {interview['outcome_note']}" if interview["outcome_note"] else ""),
        ),
    ]
    click.echo(_("Interview %(id)s", id=interview["id"]))
    width = max(len(title) for title, _value in lines)
    for title, value in lines:
        click.echo(f"  {title.ljust(width)}  {value}")
    people = interview["people"]
    click.echo()
    if not people:
        click.echo(_("No one recorded yet: lastimpression person add ID --name ..."))
        return
    # Translators: the headers of a table's columns, separated by "|".
    headers = _("ID|Name|Title|E-mail|Register|Greeted|Topics")
    yes, no = _("yes"), _("no")
    rows = [
        [str(person["id"]), person["name"], person["title"] or "-", person["email"] or "-", person["register"],
         yes if person["greeted"] else no, "; ".join(person["topics"]) or "-"]
        for person in people
    ]  # fmt: skip
    runtime.print_table(headers.split("|"), rows)
