"""Recording debriefs and journal entries, and the history the card and insights read.

Every input is checked before anything is written; a debrief is saved in one transaction
with the people it marks as greeted and the debrief action it completes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.db import transaction

from lastimpression.core import validation
from lastimpression.core.observation import INGREDIENTS, PARTINGS, DebriefFacts, InterviewRecord, JournalFacts
from lastimpression.core.validation import InvalidValue
from lastimpression.interviews.models import Interview, Person
from lastimpression.interviews.services import get_interview
from lastimpression.journal.models import Debrief, JournalEntry
from lastimpression.phrases import ptr, tr
from lastimpression.planning.models import Action

_RATING = re.compile(r"^\s*([a-z_ ]+?)\s*=\s*(\S+)\s*$", re.IGNORECASE)
OTHER_MAX = 60


def parse_rating(text: str, field: str = "--rate") -> tuple[str, int]:
    """ "serious=4" -> ("serious", 4); the ingredient must be known and the score 1..5."""
    match = _RATING.match(text or "")
    if not match:
        raise InvalidValue(field, tr("%(value)s is not INGREDIENT=SCORE (e.g. serious=4)", value=repr(text)))
    ingredient = match.group(1).strip().lower().replace(" ", "_")
    if ingredient not in INGREDIENTS:
        known = ", ".join(INGREDIENTS)
        raise InvalidValue(
            field, tr("unknown ingredient %(value)s (known: %(known)s)", value=repr(ingredient), known=known)
        )
    raw = match.group(2)
    if not raw.isdigit() or not 1 <= int(raw) <= 5:
        raise InvalidValue(
            field,
            tr("%(ingredient)s: the score must be from 1 to 5, not %(value)s", ingredient=ingredient, value=repr(raw)),
        )
    return ingredient, int(raw)


def _note(value: str | None, field: str) -> str:
    return validation.text(value, field, required=False, max_length=validation.NOTE_MAX, multiline=True)


def _person_of(interview: Interview, reference: str, field: str) -> Person:
    people = list(interview.people.all())
    for person in people:
        if reference.strip() == str(person.id) or reference.strip().casefold() == person.name.casefold():
            return person
    names = ", ".join(f"{person.id} ({person.name})" for person in people) or ptr("no people", "none")
    raise InvalidValue(
        field,
        tr(
            "%(value)s is not a person of interview %(id)d (people: %(people)s)",
            value=repr(reference), id=interview.id, people=names,
        ),
    )  # fmt: skip


def saved_debrief(interview_id: int | str) -> Debrief:
    """The debrief recorded for an interview; raise InvalidValue naming ``debrief`` when the
    interview has none yet (and NotFound for an unknown interview)."""
    interview = get_interview(interview_id)
    found = Debrief.objects.filter(interview=interview).select_related("interview").first()
    if found is None:
        raise InvalidValue(
            "debrief",
            tr(
                "interview %(id)d has no debrief yet: record one with `lastimpression debrief %(id)d` and your "
                "answers (see --help)",
                id=interview.id,
            ),
        )
    return found


def save_debrief(interview_id: int | str, raw: Mapping[str, Any], now: datetime) -> tuple[Debrief, list[str]]:
    """Create or update the debrief of an interview with the answers given (None = not given).

    Returns the debrief and warnings (a debrief before the interview has ended is allowed,
    with a warning). Marks the people named in ``greeted`` as greeted (and the others met as
    not), completes the pending debrief action, and moves a "scheduled" interview to "done".
    """
    interview = get_interview(interview_id)
    warnings: list[str] = []
    if interview.end > now:
        warnings.append("not_ended")
    fields: dict[str, Any] = {}
    if raw.get("focused") is not None:
        fields["focused_to_door"] = bool(raw["focused"])
    for key, field in (("last_minutes", "--last-minutes"), ("parting_words", "--parting-words"),
                       ("state_of_mind", "--state-of-mind"), ("do_differently", "--differently")):  # fmt: skip
        if raw.get(key) is not None:
            fields[key] = _note(raw[key], field)
    if raw.get("parting") is not None:
        fields["parting"] = validation.choice(raw["parting"], "--parting", PARTINGS)
    others: dict[str, bool] = {}
    for key, greeted in (("greeted_others", True), ("missed_others", False)):
        for name in raw.get(key) or ():
            others[
                validation.text(name, "--greeted-other" if greeted else "--missed-other", max_length=OTHER_MAX).lower()
            ] = greeted
    greeted_people = [_person_of(interview, reference, "--greeted") for reference in raw.get("greeted") or ()]
    ratings: dict[str, dict[str, int]] = {}
    for text in raw.get("ratings") or ():
        reference, separator, rest = str(text).partition(":")
        if not separator:
            raise InvalidValue(
                "--rate", tr("%(value)s is not PERSON:INGREDIENT=SCORE (e.g. 3:serious=4)", value=repr(text))
            )
        person = _person_of(interview, reference, "--rate")
        ingredient, score = parse_rating(rest)
        ratings.setdefault(str(person.id), {})[ingredient] = score
    with transaction.atomic():
        debrief, _ = Debrief.objects.get_or_create(interview=interview)
        for key, value in fields.items():
            setattr(debrief, key, value)
        if others:
            debrief.others = {**debrief.others, **others}
        if ratings:
            merged = {key: dict(value) for key, value in debrief.ratings.items()}
            for person_key, scores in ratings.items():
                merged.setdefault(person_key, {}).update(scores)
            debrief.ratings = merged
        debrief.save()
        if raw.get("greeted") is not None:
            chosen = {person.id for person in greeted_people}
            for person in interview.people.all():
                if person.greeted != (person.id in chosen):
                    person.greeted = person.id in chosen
                    person.save(update_fields=["greeted"])
        Action.objects.filter(interview=interview, kind="debrief", status="pending").update(
            status="done", completed_at=now
        )
        if interview.status == "scheduled" and interview.end <= now:
            interview.status = "done"
            interview.save(update_fields=["status", "updated_at"])
    return debrief, warnings


def add_entry(raw: Mapping[str, Any], today: date) -> JournalEntry:
    """Record a memorable meeting; raise InvalidValue naming the field."""
    context = validation.text(raw.get("context"), "--context", max_length=validation.NOTE_MAX, multiline=True)
    when = today
    if raw.get("when") is not None:
        from lastimpression.core.when import parse_date

        when = parse_date(raw["when"], "--when")
    ratings = dict(parse_rating(text) for text in raw.get("ratings") or ())
    parting = validation.choice(raw["parting"], "--parting", PARTINGS) if raw.get("parting") else ""
    return JournalEntry.objects.create(
        when=when, context=context, who=validation.text(raw.get("who"), "--who", required=False),
        ratings=ratings, parting=parting, parting_words=_note(raw.get("parting_words"), "--parting-words"),
        why=_note(raw.get("why"), "--why"),
    )  # fmt: skip


def debrief_facts(debrief: Debrief, people: Sequence[Person]) -> DebriefFacts:
    names = {str(person.id): person.name for person in people}
    return DebriefFacts(
        interview_id=debrief.interview_id, focused_to_door=debrief.focused_to_door, last_minutes=debrief.last_minutes,
        people_met=len(people), greeted_people=sum(1 for person in people if person.greeted),
        others={str(key): bool(value) for key, value in debrief.others.items()}, parting=debrief.parting or None,
        parting_words=debrief.parting_words,
        ratings={names.get(key, key): dict(value) for key, value in debrief.ratings.items()},
        state_of_mind=debrief.state_of_mind, do_differently=debrief.do_differently,
    )  # fmt: skip


_PERSON_COLUMNS = ("interview_id", "id", "name", "email", "greeted", "replied_at")
_ACTION_COLUMNS = ("interview_id", "kind", "status", "completed_at", "promised", "due", "snoozed_until", "timezone")
_DEBRIEF_COLUMNS = (
    "interview_id", "focused_to_door", "last_minutes", "others", "parting", "parting_words", "ratings",
    "state_of_mind", "do_differently",
)  # fmt: skip


def history(before: datetime | None = None, *, debriefed_only: bool = False) -> list[InterviewRecord]:
    """Every interview that has ended (before ``before`` when given), oldest first; with
    ``debriefed_only``, those with a debrief only (all the lessons read).

    Read as plain rows, four queries whatever the number of interviews (model instances with
    their people and actions prefetched cost several times more, in time and in memory)."""
    interviews = Interview.objects.order_by("end", "id")
    if before is not None:
        interviews = interviews.filter(end__lte=before)
    if debriefed_only:
        interviews = interviews.filter(debrief__isnull=False)
    rows = list(interviews.values_list("id", "company", "role", "end", "status"))
    if not rows:
        return []
    chosen = interviews.values("id")
    people: dict[int, list[tuple[Any, ...]]] = {}
    for person in Person.objects.filter(interview__in=chosen).order_by("id").values_list(*_PERSON_COLUMNS):
        people.setdefault(person[0], []).append(person)
    thank_yous: dict[int, list[datetime]] = {}
    follow_ups: dict[int, tuple[Any, ...]] = {}
    actions = Action.objects.filter(interview__in=chosen, kind__in=("thank_you", "follow_up")).order_by("due", "id")
    for action in actions.values_list(*_ACTION_COLUMNS):
        interview_id, kind, status, completed_at = action[:4]
        if kind == "thank_you" and status == "done" and completed_at:
            thank_yous.setdefault(interview_id, []).append(completed_at)
        elif kind == "follow_up":
            follow_ups.setdefault(interview_id, action)
    debriefs = {
        row["interview_id"]: row for row in Debrief.objects.filter(interview__in=chosen).values(*_DEBRIEF_COLUMNS)
    }
    records = []
    for interview_id, company, role, end, status in rows:
        met = people.get(interview_id, [])
        sent = sorted(thank_yous.get(interview_id, []))
        follow_up = follow_ups.get(interview_id)
        replied = any(person[5] for person in met)
        promised = follow_up[4] if follow_up else None
        done_on = None
        if follow_up and follow_up[2] == "done" and follow_up[3]:
            done_on = follow_up[3].astimezone(ZoneInfo(follow_up[7])).date()  # Action.local_due's zone
        unnecessary = bool(follow_up and follow_up[2] == "cancelled") and (
            replied or status in ("next_round", "offer", "accepted")
        )
        debrief = debriefs.get(interview_id)
        records.append(
            InterviewRecord(
                interview_id=interview_id, company=company, role=role, end=end, status=status,
                debrief=_debrief_facts(debrief, met) if debrief else None,
                thank_you_sent_at=sent[0] if sent else None, follow_up_promised=promised,
                follow_up_done_on=done_on, follow_up_unnecessary=unnecessary, replied=replied,
                people_emailed=sum(1 for person in met if person[3]) if sent else 0,
            )
        )  # fmt: skip
    return records


def _debrief_facts(debrief: Mapping[str, Any], people: Sequence[tuple[Any, ...]]) -> DebriefFacts:
    """``debrief_facts`` from a debrief's row and its people's rows (``_PERSON_COLUMNS``)."""
    names = {str(person[1]): person[2] for person in people}
    return DebriefFacts(
        interview_id=debrief["interview_id"], focused_to_door=debrief["focused_to_door"],
        last_minutes=debrief["last_minutes"], people_met=len(people),
        greeted_people=sum(1 for person in people if person[4]),
        others={str(key): bool(value) for key, value in debrief["others"].items()},
        parting=debrief["parting"] or None, parting_words=debrief["parting_words"],
        ratings={names.get(key, key): dict(value) for key, value in debrief["ratings"].items()},
        state_of_mind=debrief["state_of_mind"], do_differently=debrief["do_differently"],
    )  # fmt: skip


def journal_facts() -> list[JournalFacts]:
    return [
        JournalFacts(
            when=entry.when,
            context=entry.context,
            who=entry.who,
            ratings=dict(entry.ratings),
            parting=entry.parting or None,
            why=entry.why,
        )
        for entry in JournalEntry.objects.order_by("when", "id")
    ]


def record_reply(person_id: int | str, at: datetime, note: str | None) -> tuple[Person, int]:
    """Record that a person replied (by phone, in person...): it cancels the follow-ups the
    reply makes unnecessary, by the same rule as a reply found over IMAP
    (``outbox.sending.cancel_follow_ups_after_reply``: the interview's, or with ``[replies]
    cancel = person`` that person's e-mails). Returns the person and the number cancelled."""
    from lastimpression.interviews.services import get_person
    from lastimpression.outbox.sending import cancel_follow_ups_after_reply

    person = get_person(person_id)
    with transaction.atomic():
        person.replied_at = at
        person.reply_note = _note(note, "--note") if note is not None else person.reply_note
        person.save(update_fields=["replied_at", "reply_note"])
        cancelled = cancel_follow_ups_after_reply(person)
    return person, cancelled
