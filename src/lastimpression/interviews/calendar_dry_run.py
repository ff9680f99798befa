"""``import FILE --dry-run`` on the command line's lean path: plain ``sqlite3``, no Django.

A dry run writes nothing, yet the import it shows was a real one rolled back: Django started,
its migrations checked, every new interview created and planned inside a transaction. For a
5,000-event calendar that was more than the reading of the file. Here the file is read and
each event sorted exactly as the import sorts it (``calendar_sorting``: the same steps, the same
new interviews' companies, roles, times and people, the same notices); the interviews already
imported are read with two queries, and the outcome carries what the command prints (the
created interviews' ``start``, ``timezone``, ``company``, ``role`` and people's names).

When the dry run would change an interview already imported (moved, cancelled, new people:
what changes then depends on its plan and its messages), or the file holds one interview
twice, ``dry_run`` returns ``NeedsImport`` and the command runs the import rolled back, as
before, on the report already read. ``tests/cli/test_import_dry_run.py`` compares the two
paths' output.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lastimpression.config import Config
from lastimpression.core.icsfile import IcsEvent, IcsReport
from lastimpression.interviews.calendar_sorting import (
    ImportOutcome,
    Known,
    Owner,
    changes_anything,
    company_and_role,
    import_keywords,
    interview_zone,
    missing,
    own_addresses,
    people_to_add,
    read,
    step,
)
from lastimpression.reading import Home, instant, zone

# SQLite's bound on the parameters of one statement is 32,766 (999 before 3.32).
_CHUNK = 900


@dataclass(frozen=True)
class NeedsImport:
    """The dry run needs the import rolled back (an interview already imported would change);
    ``report`` is the file already read."""

    report: IcsReport


def dry_run(home: Home, config: Config, data: bytes, now: datetime) -> ImportOutcome | NeedsImport | None:
    """What ``import_calendar(data, now=now, dry_run=True)`` returns, for the command's text;
    None when there is no profile (the Django path says so). Raises InvalidValue naming FILE for
    a file that cannot be read, as the import does."""
    row = home.row(
        'SELECT "email", "language", "country", "subdivision", "timezone" FROM interviews_profile ORDER BY "id" LIMIT 1'
    )
    if row is None:
        return None
    owner = Owner(*row)
    own = own_addresses(owner.email, config.get("smtp", "from"))
    keywords = import_keywords(config.get("import", "keywords"))
    report = read(data, owner, own, keywords, now)
    known = _known(home, {event.key for event in report.events if event.is_interview})
    outcome = ImportOutcome(notices=list(report.notices))
    created: set[str] = set()
    for event in report.events:
        if not event.is_interview:
            outcome.ignored += 1
            continue
        if event.key in created:  # the second time, the import finds the interview it just made
            return NeedsImport(report)
        existing = known.get(event.key)
        kind, notice = step(event, existing.status if existing is not None else None)
        if notice is not None:
            outcome.notices.append(notice)
        elif kind == "create":
            shown = _created(event, owner, keywords, own)
            outcome.created.append(shown)
            outcome.notices.extend(missing(shown["company"], shown["role"], event.summary, "ID"))
            created.add(event.key)
        elif kind == "update" and existing is not None and not changes_anything(existing, event, own):
            outcome.unchanged.append(existing.id)
        elif kind != "nothing":
            return NeedsImport(report)
    return outcome


def _created(event: IcsEvent, owner: Owner, keywords: tuple[str, ...], own: set[str]) -> dict[str, Any]:
    """The new interview as the command prints it (fields of ``interview_json``)."""
    company, role = company_and_role(event, keywords, own)
    timezone = interview_zone(event, owner)
    return {
        "company": company, "role": role, "timezone": timezone,
        "start": event.start.astimezone(zone(timezone)).isoformat(),
        "people": people_to_add(event, own, addresses=False),
    }  # fmt: skip


def _chunks(values: list[Any]) -> Iterable[list[Any]]:
    for index in range(0, len(values), _CHUNK):
        yield values[index : index + _CHUNK]


def _known(home: Home, keys: set[str]) -> dict[str, Known]:
    """The interviews already imported from ``keys``, by key, with their people's addresses."""
    rows: list[tuple[Any, ...]] = []
    for chunk in _chunks(sorted(keys)):
        marks = ", ".join("?" * len(chunk))
        rows += home.rows(
            f'SELECT "id", "ics_uid", "status", "start", "end", "location" FROM interviews_interview '
            f'WHERE "ics_uid" IN ({marks})',
            chunk,
        )
    emails: dict[int, set[str]] = {}
    for chunk in _chunks([row[0] for row in rows]):
        marks = ", ".join("?" * len(chunk))
        for interview_id, email in home.rows(
            f'SELECT "interview_id", "email" FROM interviews_person WHERE "interview_id" IN ({marks})', chunk
        ):
            if email:
                emails.setdefault(interview_id, set()).add(email.lower())
    found = {}
    for interview_id, key, status, start, end, location in rows:
        begins, ends = instant(start), instant(end)
        assert begins is not None and ends is not None  # NOT NULL columns
        found[key] = Known(interview_id, status, begins, ends, location, frozenset(emails.get(interview_id, ())))
    return found
