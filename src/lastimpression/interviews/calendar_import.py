"""Interviews from an `.ics` file (Google, Outlook, Apple exports), idempotent by UID.

An event is an interview when its title holds one of the configured keywords. A new one
becomes an interview with its attendees as people (the user's own addresses left out); one
already imported (same UID, or UID + RECURRENCE-ID for an occurrence) is updated when it
moved, and cancelled with what was pending for it when it comes back cancelled. The whole
import is one transaction; ``dry_run`` runs it and rolls it back, so what it shows is exactly
what a real import would do. What happens to each event is decided in ``calendar_sorting``
(shared with the command line's dry run, ``calendar_dry_run``, which starts no Django); this
module writes it.
"""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.db import transaction

from lastimpression.core.icsfile import IcsEvent, IcsReport
from lastimpression.interviews import services
from lastimpression.interviews.calendar_sorting import (
    WINDOW_AFTER,
    WINDOW_BEFORE,
    Advice,
    ImportOutcome,
    Owner,
    company_and_role,
    location_of,
    missing,
    new_interview,
    people_to_add,
    read,
    step,
)
from lastimpression.interviews.calendar_sorting import person_name as _person_name
from lastimpression.interviews.models import Interview, Person, Profile
from lastimpression.interviews.shapes import interview_json
from lastimpression.phrases import Phrase, ntr, tr

__all__ = [
    "WINDOW_AFTER",
    "WINDOW_BEFORE",
    "Advice",
    "ImportOutcome",
    "_person_name",
    "company_and_role",
    "first_invitation",
    "import_calendar",
    "import_keywords",
    "own_addresses",
]

CANCELLED_NOTE = "cancelled in the calendar"


class _DryRun(Exception):
    """Raised to roll the transaction back after a dry run."""


def owner_of(profile: Profile) -> Owner:
    return Owner(profile.email, profile.language, profile.country, profile.subdivision, profile.timezone)


def own_addresses(owner: Profile) -> set[str]:
    """The user's own addresses (lower case): never a person met."""
    from lastimpression.interviews import calendar_sorting

    return calendar_sorting.own_addresses(owner.email, settings.CONFIG.get("smtp", "from"))


def import_keywords() -> tuple[str, ...]:
    """The words that make an event an interview (config, else DEFAULT_KEYWORDS)."""
    from lastimpression.interviews import calendar_sorting

    return calendar_sorting.import_keywords(settings.CONFIG.get("import", "keywords"))


def _add_people(interview: Interview, event: IcsEvent, own: set[str]) -> int:
    known = {person.email.lower() for person in interview.people.all() if person.email}
    added = people_to_add(event, own, known)
    for fields in added:
        Person.objects.create(interview=interview, **fields)
    return len(added)


def _create(event: IcsEvent, owner: Owner, keywords: tuple[str, ...], own: set[str]) -> Interview:
    interview = Interview.objects.create(**new_interview(event, owner, keywords, own))
    _add_people(interview, event, own)
    services.replan(interview)
    return interview


def _update(interview: Interview, event: IcsEvent, own: set[str]) -> list[Phrase] | None:
    """Bring an imported interview in line with its event; return what changed (phrases of
    the one catalogue), or None. Its unsent messages follow (``services.replan``: re-slotted, rewritten
    or held). ``calendar_sorting.changes_anything`` tells the same without writing."""
    changes: list[Phrase] = []
    if interview.status == "cancelled":
        interview.status = "scheduled"
        # What the cancellation closed comes back; what the user closed stays closed.
        interview.actions.filter(status="cancelled", note=CANCELLED_NOTE).delete()
        changes.append(tr("rescheduled"))
    if interview.start != event.start or interview.end != event.end:
        before = interview.local_start().strftime("%Y-%m-%d %H:%M")
        interview.start, interview.end = event.start, event.end
        after = interview.local_start().strftime("%Y-%m-%d %H:%M")
        changes.append(tr("moved from %(before)s to %(after)s", before=before, after=after))
    location = location_of(event)
    if location and location != interview.location:
        interview.location = location
        changes.append(tr("new location"))
    added = _add_people(interview, event, own)
    if added:
        changes.append(ntr("%(count)d new attendee", "%(count)d new attendees", added))
    if not changes:
        return None
    interview.save()
    followed = [change for change in services.replan(interview, moved=True) if change.code == "message_changed"]
    if followed:
        count = len(followed)
        changes.append(
            ntr("%(count)d unsent message brought in line", "%(count)d unsent messages brought in line", count)
        )
    return changes


def _cancel(interview: Interview) -> None:
    """The event was cancelled: so are its pending steps and its unsent messages."""
    from lastimpression.outbox.follow import follow_interview
    from lastimpression.planning.service import cancel_pending

    interview.status = "cancelled"
    interview.save(update_fields=["status", "updated_at"])
    cancel_pending(interview.id, kinds=None, note=CANCELLED_NOTE)
    follow_interview(interview)


def first_invitation(data: bytes, *, now: datetime) -> tuple[IcsEvent, str, str] | None:
    """The event of an invitation (an `.ics` text or file) as an interview would be made of
    it, without importing it: the first interview it holds (else its first event), with the
    company and the role its title names; None when it holds no event. Raises InvalidValue
    for a file that cannot be read."""
    profile = services.require_profile()
    own, keywords = own_addresses(profile), import_keywords()
    events = [event for event in read(data, owner_of(profile), own, keywords, now).events if not event.cancelled]
    if not events:
        return None
    event = next((event for event in events if event.is_interview), events[0])
    company, role = company_and_role(event, keywords, own)
    return event, company, role


def import_calendar(data: bytes, *, now: datetime, dry_run: bool, report: IcsReport | None = None) -> ImportOutcome:
    """Import the interviews of an `.ics` file in one transaction; raise InvalidValue naming
    the line for a file that cannot be read (nothing is written then). ``report``: the file
    already read (``calendar_sorting.read``, with this profile and configuration)."""
    profile = services.require_profile()
    owner, own, keywords = owner_of(profile), own_addresses(profile), import_keywords()
    if report is None:
        report = read(data, owner, own, keywords, now)
    outcome = ImportOutcome(notices=list(report.notices))
    try:
        with transaction.atomic():
            _apply(report.events, owner, keywords, own, outcome, dry_run)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return outcome


def _apply(
    events: list[IcsEvent],
    owner: Owner,
    keywords: tuple[str, ...],
    own: set[str],
    outcome: ImportOutcome,
    dry_run: bool,
) -> None:
    for event in events:
        if not event.is_interview:
            outcome.ignored += 1
            continue
        existing = Interview.objects.filter(ics_uid=event.key).first()
        kind, notice = step(event, existing.status if existing is not None else None)
        if notice is not None:
            outcome.notices.append(notice)
        elif kind == "cancel" and existing is not None:
            _cancel(existing)
            outcome.cancelled.append(interview_json(existing))
        elif kind == "create":
            created = _create(event, owner, keywords, own)
            outcome.created.append(interview_json(created))
            outcome.notices.extend(
                missing(created.company, created.role, event.summary, "ID" if dry_run else str(created.id))
            )
        elif kind == "update" and existing is not None:
            change = _update(existing, event, own)
            if change is None:
                outcome.unchanged.append(existing.id)
            else:
                said = {language: ", ".join(phrase.say(language) for phrase in change) for language in ("en", "fr")}
                outcome.updated.append({**interview_json(existing), "change": said["en"], "change_fr": said["fr"]})
