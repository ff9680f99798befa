"""Keeping the stored plan in step with the interview, and what the user does with actions.

``replan`` is called after every change to an interview or its people. It applies
``core.plan.reconcile``: actions already done, skipped or cancelled never move, and a
follow-up promised by a sent thank-you keeps its date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet

from lastimpression import clock
from lastimpression.core.calendar import BusinessCalendar
from lastimpression.core.plan import (
    PlanInterview,
    PlanPerson,
    PlanSettings,
    PlanWarning,
    StoredAction,
    build_plan,
    promised_day,
    recipient_calendar,
    reconcile,
    waits_longer,
)
from lastimpression.core.slots import SnoozeRefused, snooze_until
from lastimpression.core.validation import InvalidValue
from lastimpression.interviews.models import Interview, Profile
from lastimpression.phrases import tr
from lastimpression.planning.models import Action

FOLLOW_UPS = ("follow_up", "follow_up_2")
# Statuses after which following up makes no sense (they answered, or it is over).
SETTLED = ("next_round", "offer", "accepted", "rejected", "withdrawn")


def plan_settings(profile: Profile | None) -> PlanSettings:
    config = settings.CONFIG
    extra = {
        key: config.get("plan", key)
        for key in ("follow_up_business_days", "second_follow_up", "opening", "closing")
        if config.get("plan", key) is not None
    }
    from lastimpression.interviews.services import user_timezone

    return PlanSettings(user_timezone=user_timezone(profile) if profile else user_timezone(), **extra)


def interview_facts(interview: Interview) -> PlanInterview:
    """What the core's plan knows of ``interview``."""
    return PlanInterview(
        id=interview.id, start=interview.start, end=interview.end, country=interview.country,
        subdivision=interview.subdivision, timezone=interview.timezone, decision_by=interview.decision_by,
        patient=waits_longer(interview.role, interview.language, interview.country),
    )  # fmt: skip


def owner_settings() -> PlanSettings:
    """The planning settings of the home's candidate (config.toml's [plan], their zone)."""
    return plan_settings(Profile.objects.order_by("id").first())


def calendar_of(interview: Interview, settings: PlanSettings | None = None) -> BusinessCalendar:
    """The recipient's business calendar: the interview's place and zone, the configured
    hours (``core.plan.recipient_calendar``): every slot of the plan and the outbox uses it."""
    return recipient_calendar(interview_facts(interview), settings or owner_settings())


def _zone_name(instant: datetime) -> str:
    zone = instant.tzinfo
    return zone.key if isinstance(zone, ZoneInfo) else "UTC"


def replan(interview: Interview) -> list[PlanWarning]:
    """Bring the interview's stored actions in line with the plan; return the warnings."""
    with transaction.atomic():
        stored = list(interview.actions.select_for_update().all())
        if interview.status == "cancelled":
            cancel_pending(interview.id, kinds=None, note="interview cancelled")
            return []
        people = list(interview.people.all())
        promised = next((action.promised for action in stored if action.kind == "follow_up" and action.promised), None)
        fresh = build_plan(
            interview_facts(interview), [PlanPerson(person.id, bool(person.email)) for person in people],
            owner_settings(), clock.now(), promised_follow_up=promised,
        )  # fmt: skip
        changes = reconcile(
            [StoredAction(action.kind, action.person_id, action.due, action.status) for action in stored],
            fresh,
            promised,
        )
        by_key = {(action.kind, action.person_id): action for action in stored}
        for moved in changes.rescheduled:
            row = by_key[moved.action.key]
            row.due, row.timezone = moved.due, _zone_name(moved.due)
            row.save(update_fields=["due", "timezone", "updated_at"])
        for gone in changes.obsolete:
            by_key[gone.key].delete()
        Action.objects.bulk_create(
            Action(
                interview=interview,
                person_id=new.person_id,
                kind=new.kind,
                due=new.due,
                agenda_at=new.due,
                timezone=_zone_name(new.due),
            )
            for new in changes.added
        )
        if interview.status in SETTLED:
            cancel_pending(interview.id, kinds=FOLLOW_UPS, note=f"interview {interview.status}")
        return list(changes.warnings)


def cancel_pending(interview_id: int, *, kinds: Sequence[str] | None, note: str) -> int:
    """Cancel the interview's pending actions (of ``kinds``; every kind for None), saying why
    in ``note``; what is done, skipped or cancelled stays. Returns how many were cancelled."""
    pending = Action.objects.filter(interview_id=interview_id, status="pending")
    if kinds is not None:
        pending = pending.filter(kind__in=kinds)
    return pending.update(status="cancelled", note=note[:500], updated_at=clock.now())


def get_action(action_id: int | str) -> Action:
    try:
        return Action.objects.select_related("interview", "person").get(pk=int(action_id))
    except (Action.DoesNotExist, ValueError, TypeError):
        raise InvalidValue("action", tr("no action with id %(id)s", id=str(action_id))) from None


def _require_pending(action: Action) -> None:
    if action.status != "pending":
        raise InvalidValue("action", tr("action %(id)d is already %(status)s", id=action.id, status=action.status))


def complete(action_id: int | str, status: str, *, promised: date | None = None, pins: bool = True) -> Action:
    """Mark an action done or skipped. A thank-you marked done pins the follow-up's date:
    the thank-you promised it (``promised``, the date its text named; by default the plan's),
    and the promise stands whatever changes later. ``pins`` False: the text sent named no
    date (a panel member other than the main contact), so nothing is pinned."""
    action = get_action(action_id)
    _require_pending(action)
    with transaction.atomic():
        action.status, action.completed_at = status, clock.now()
        action.save(update_fields=["status", "completed_at", "updated_at"])
        if action.kind == "thank_you" and status == "done" and pins:
            follow_up = action.interview.actions.filter(kind="follow_up", promised__isnull=True).first()
            if follow_up is not None:
                follow_up.promised = promised or promise_of(follow_up)
                follow_up.save(update_fields=["promised", "updated_at"])
    return action


def promise_of(follow_up: Action) -> date:
    """The follow-up date a thank-you promises: the date a thank-you already sent promised
    (a commitment: ``promised``), else the day the follow-up is planned for, snooze included,
    in the recipient's calendar (before anything was promised, putting the follow-up off
    changes what the thank-yous will say: ``snooze`` brings them in line)."""
    return promised_day(follow_up.promised, follow_up.effective_due, follow_up.timezone)


def snooze(action_id: int | str, until: datetime | None) -> Action:
    """Put an action off: to ``until``, or by default to the next slot after both now and
    when it is due (``core.plan.snooze_until``: the recipient's business hours, the user's
    evening for the debrief). Raises InvalidValue ("--until") for an instant that is not
    later than now, or, for a follow-up, before the day the thank-you promised."""
    action = get_action(action_id)
    _require_pending(action)
    interview = action.interview
    settings_now = owner_settings()
    calendar = None if action.kind == "debrief" else calendar_of(interview, settings_now)
    promised = promise_of(action) if action.kind == "follow_up" else None
    try:
        chosen = snooze_until(clock.now(), action.effective_due, calendar, until=until, promised=promised)
    except SnoozeRefused as refused:
        raise InvalidValue("--until", refused.problem) from None
    action.snoozed_until = chosen
    with transaction.atomic():
        action.save(update_fields=["snoozed_until", "updated_at"])
        if action.kind in FOLLOW_UPS:
            # What the unsent thank-yous promise, and when the follow-up e-mail leaves, follow
            # (a follow-up scheduled before its new day is early, and moved); a thank-you the
            # user scheduled at a time of their choosing keeps it.
            from lastimpression.outbox.follow import follow_interview

            follow_interview(interview)
    return action


def agenda(days: int, now: datetime, user_zone: ZoneInfo) -> list[Action]:
    """Pending actions due before the end of the day ``days`` days from today (user's zone),
    overdue ones included, soonest first, each with the messages written for it
    (``planning.shapes.attach_messages``: one more query for all of them)."""
    from lastimpression.planning.shapes import attach_messages

    today = now.astimezone(user_zone).date()
    horizon = datetime.combine(today + timedelta(days=days + 1), datetime.min.time(), tzinfo=user_zone)
    due = Action.objects.filter(status="pending", agenda_at__lt=horizon).select_related("interview", "person")
    found = list(due.order_by("agenda_at", "id"))
    attach_messages(found)
    return found


@dataclass(frozen=True)
class AgendaItem:
    """What a line of the agenda or of an interview's plan shows of an action (web/action_line.py):
    plain data, so the dashboard reads its lines as rows, not as three models each.
    ``person`` is the person's name, None for an action of the interview itself."""

    id: int
    kind: str
    status: str
    due: datetime
    snoozed_until: datetime | None
    timezone: str
    interview_id: int
    company: str
    person: str | None
    person_email: str | None = None
    # When the outbox sends the message that settles it (planning.service.with_scheduled_for):
    # the step is then not the user's to do.
    scheduled_for: datetime | None = None

    @property
    def needs_address(self) -> bool:
        """A thank-you to someone without an e-mail address."""
        return self.kind == "thank_you" and self.person is not None and not self.person_email

    @property
    def effective_due(self) -> datetime:
        """When it is due now: the snooze, if any, else the plan's date (Action.effective_due)."""
        return self.snoozed_until or self.due

    @classmethod
    def of(cls, action: Action) -> AgendaItem:
        """The item of ``action``; reads its interview and person (load them with it)."""
        person = action.person.name if action.person is not None else None
        email = action.person.email if action.person is not None else None
        return cls(
            action.id, action.kind, action.status, action.due, action.snoozed_until, action.timezone,
            action.interview_id, action.interview.company, person, email,
        )  # fmt: skip


# AgendaItem's fields, in its order, as read from the database.
_ITEM_COLUMNS = (
    "id", "kind", "status", "due", "snoozed_until", "timezone", "interview_id", "interview__company", "person__name",
    "person__email",
)  # fmt: skip


def _scheduled_message() -> Any:
    """The message that will leave for an action (a correlated subquery on ``Action``): its own
    person's for a thank-you or a LinkedIn note, anyone's for a follow-up; scheduled, neither
    late (it waits for the user) nor written to the outbox folder (nothing will send it)."""
    from django.db.models import OuterRef, Q

    from lastimpression.outbox.models import Message

    per_person = ("thank_you", "linkedin")
    return (
        Message.objects.filter(
            interview_id=OuterRef("interview_id"), kind=OuterRef("kind"), status="scheduled", late=False,
            written_at=None,
        )
        .filter(Q(kind__in=per_person, person_id=OuterRef("person_id")) | ~Q(kind__in=per_person))
        .order_by("scheduled_at")
    )  # fmt: skip


def with_scheduled_for(actions: QuerySet[Action]) -> Any:
    """``actions`` with ``scheduled_for``: when the outbox will send the message that settles
    each (None when nothing will: the step is the user's to do)."""
    from django.db.models import Subquery

    return actions.annotate(scheduled_for=Subquery(_scheduled_message().values("scheduled_at")[:1]))


def plan_items(interview: Interview) -> list[AgendaItem]:
    """The lines of an interview's plan, soonest first, each with when its message leaves."""
    rows = with_scheduled_for(interview.actions.order_by("due", "id")).values_list(*_ITEM_COLUMNS, "scheduled_for")
    return [AgendaItem(*row) for row in rows]


# The dashboard's agenda in SQL (two statements, whatever the home's size; the ORM took ten
# times the SQL's own time to build its eight queries). A step "leaves" when the outbox will send
# its message: the rule of ``_scheduled_message`` (``tests/web/test_dashboard_reads.py`` checks
# that both agree). Portable SQL: instants are passed as the backend stores them.
_PER_PERSON = "('thank_you', 'linkedin')"
_LEAVING = (
    "SELECT m.scheduled_at FROM outbox_message m WHERE m.interview_id = a.interview_id AND m.kind = a.kind"
    " AND m.status = 'scheduled' AND NOT m.late AND m.written_at IS NULL"
    f" AND (m.kind NOT IN {_PER_PERSON} OR m.person_id = a.person_id)"
)
# Only the interviews with a message waiting can have a step that leaves: the subquery is then
# asked for their actions only, not for every pending action of the home.
_WAITING = (
    "a.interview_id IN (SELECT w.interview_id FROM outbox_message w"
    " WHERE w.status = 'scheduled' AND NOT w.late AND w.written_at IS NULL)"
)
_TODO = f"a.status = 'pending' AND NOT EXISTS ({_LEAVING})"
_GONE = f"a.status = 'pending' AND {_WAITING} AND EXISTS ({_LEAVING})"
_COUNTS = (
    "SELECT COUNT(CASE WHEN a.agenda_at < %s THEN 1 END),"
    " COUNT(CASE WHEN a.agenda_at >= %s AND a.agenda_at < %s THEN 1 END),"
    " COUNT(CASE WHEN a.agenda_at >= %s THEN 1 END),"
    f" (SELECT COUNT(*) FROM planning_action a WHERE {_GONE})"
    f" FROM planning_action a WHERE {_TODO} AND a.agenda_at < %s"
)
_ITEM = (
    "a.id, a.kind, a.status, a.due, a.snoozed_until, a.timezone, a.interview_id, i.company, p.name, p.email"
    " FROM planning_action a JOIN interviews_interview i ON i.id = a.interview_id"
    " LEFT JOIN interviews_person p ON p.id = a.person_id"
)
_FIRST_LEAVING = f"({_LEAVING} ORDER BY m.scheduled_at LIMIT 1)"


def _section(number: int, where: str) -> str:
    # NULLIF(x, x): a NULL of the instant's type (a bare NULL has none in PostgreSQL's UNION).
    return (
        f"SELECT {number} AS section, a.agenda_at AS sort_at, NULLIF(a.agenda_at, a.agenda_at) AS scheduled_for,"
        f" {_ITEM} WHERE {_TODO} AND {where} ORDER BY a.agenda_at, a.id LIMIT %s"
    )


# Each section's first rows, then the steps that leave (by when), in one statement.
_ROWS = " UNION ALL ".join(
    f"SELECT * FROM ({query}) s{number}"
    for number, query in enumerate((
        _section(0, "a.agenda_at < %s"),
        _section(1, "a.agenda_at >= %s AND a.agenda_at < %s"),
        _section(2, "a.agenda_at >= %s AND a.agenda_at < %s"),
        f"SELECT 3 AS section, {_FIRST_LEAVING} AS sort_at, {_FIRST_LEAVING} AS scheduled_for, {_ITEM}"
        f" WHERE {_GONE} ORDER BY sort_at, a.id LIMIT %s",
    ))
) + " ORDER BY section, sort_at, id"  # fmt: skip
SECTIONS = ("overdue", "today", "week", "scheduled")


def stored_instant(value: object) -> datetime | None:
    """An instant as a raw cursor gives it, aware: PostgreSQL's already is; SQLite's is naive
    UTC (a column Django declared) or Django's text (an expression's value)."""
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    if value is None:
        return None
    from lastimpression.reading import instant

    return instant(str(value))


def agenda_sections(
    now: datetime, user_zone: ZoneInfo, *, days: int = 7, limit: int = 30
) -> dict[str, tuple[list[AgendaItem], int]]:
    """The dashboard's agenda: overdue, today (the rest of it) and the days ahead, each as (the
    first ``limit`` pending actions, soonest first; how many there are), and ``scheduled``:
    the steps whose message the outbox will send, by when it leaves; a step is in one of
    them only. Sorted and cut in SQL, so a home with thousands of overdue actions costs no more
    than one with ten."""
    from django.db import connection

    today = now.astimezone(user_zone).date()
    tomorrow = datetime.combine(today + timedelta(days=1), datetime.min.time(), tzinfo=user_zone)
    horizon = datetime.combine(today + timedelta(days=days + 1), datetime.min.time(), tzinfo=user_zone)
    at, next_day, end = (connection.ops.adapt_datetimefield_value(moment) for moment in (now, tomorrow, horizon))
    with connection.cursor() as cursor:
        cursor.execute(_COUNTS, (at, at, next_day, next_day, end))
        counts = cursor.fetchone()
        cursor.execute(_ROWS, (at, limit, at, next_day, limit, next_day, end, limit, limit))
        rows = cursor.fetchall()
    found: dict[str, tuple[list[AgendaItem], int]] = {
        name: ([], count) for name, count in zip(SECTIONS, counts, strict=True)
    }
    for section, _, leaves, key, kind, status, due, snoozed, zone, interview_id, company, name, email in rows:
        planned = stored_instant(due)
        assert planned is not None  # the column is not null
        item = AgendaItem(
            key, kind, status, planned, stored_instant(snoozed), zone, interview_id, company, name, email,
            stored_instant(leaves),
        )  # fmt: skip
        found[SECTIONS[section]][0].append(item)
    return found
