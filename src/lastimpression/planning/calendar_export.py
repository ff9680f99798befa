"""The plan and the upcoming interviews as an `.ics` file (PRODUCT.md §3 C8, C2's alarm).

Every pending action is an event with an alarm at its due time; every upcoming interview is
an event with an alarm 10 minutes before its end carrying the exit checklist. UIDs are stable
(`action-ID@lastimpression`, `interview-ID@lastimpression`), so importing the file again
updates the events instead of duplicating them; SEQUENCE grows with each change.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from lastimpression.core.checklist import exit_checklist
from lastimpression.core.icswrite import OutEvent, write_calendar
from lastimpression.interviews.models import Interview, Profile
from lastimpression.phrases import PLAIN_SPACES, Phrase, tr
from lastimpression.planning.models import Action
from lastimpression.words import label

ACTION_LENGTH = {"debrief": timedelta(minutes=30)}
DEFAULT_ACTION_LENGTH = timedelta(minutes=15)
CARD_ALARM = timedelta(minutes=10)


def _sequence(created: datetime, updated: datetime) -> int:
    return max(0, int((updated - created).total_seconds()))


# What the alarm of a step whose message is scheduled says, by sending mode (outbox.drafts).
_LEAVING = {
    "smtp": tr("Last Impression sends it at this time."),
    "drafts": tr("At this time it is placed in your mail's Drafts: send it from your mail program."),
    "remind": tr(
        "Send it now: no mail account is set up, so Last Impression does not send it "
        "(lastimpression message show --eml, or the web page's .eml and mail link)."
    ),
}


def _say(phrase: Phrase, language: str) -> str:
    """``phrase`` in ``language`` as an event's plain text: plain spaces, as the terminal's."""
    return phrase.say(language).translate(PLAIN_SPACES)


def _action_event(action: Action, language: str, mode: str = "remind") -> OutEvent:
    what = label("kind", action.kind, language)
    who = f" — {action.person.name}" if action.person else ""
    summary = f"{what[:1].upper()}{what[1:]}{who} ({action.interview.company})"
    interview = _say(
        tr("Interview: %(role)s, %(company)s.", role=action.interview.role, company=action.interview.company), language
    )
    description = f"{summary}\n{interview}\nlastimpression plan {action.interview_id}"
    start = action.effective_due
    leaving: datetime | None = getattr(action, "scheduled_for", None)
    if leaving is not None:
        # Its message is scheduled: the alarm rings when it leaves, and says how it will.
        start = leaving
        description += "\n" + _say(_LEAVING.get(mode, _LEAVING["remind"]), language)
    return OutEvent(
        uid=f"action-{action.id}@lastimpression",
        summary=summary,
        start=start,
        end=start + ACTION_LENGTH.get(action.kind, DEFAULT_ACTION_LENGTH),
        timezone=action.timezone,
        description=description,
        alarm_at_start=timedelta(0),
        categories=("Last Impression",),
        sequence=_sequence(action.created_at, action.updated_at),
    )


def _interview_event(interview: Interview, language: str, profile: Profile | None, learned: list[Any]) -> OutEvent:
    from lastimpression.core.card import alarm_text
    from lastimpression.journal.cards import card_facts

    checklist = exit_checklist(language, interview.mode).translate(PLAIN_SPACES)
    people = ", ".join(person.name for person in interview.people.all())
    met = _say(tr("People: %(people)s", people=people), language) if people else ""
    description = "\n".join(
        part for part in (f"{interview.role} — {interview.company}", met, "", checklist) if part is not None
    )
    return OutEvent(
        uid=f"interview-{interview.id}@lastimpression",
        summary=_say(
            tr("Interview — %(company)s (%(role)s)", company=interview.company, role=interview.role), language
        ),
        start=interview.start,
        end=interview.end,
        timezone=interview.timezone,
        description=description,
        location=interview.location,
        alarm_before_end=CARD_ALARM,
        alarm_description=alarm_text(card_facts(interview, profile), learned),
        categories=("Last Impression",),
        sequence=_sequence(interview.created_at, interview.updated_at),
    )


def calendar_bytes(now: datetime) -> tuple[bytes, int, int]:
    """The `.ics` file; also the number of actions and of interviews it holds."""
    owner = Profile.objects.order_by("id").first()
    language = owner.language if owner else "en"
    from django.conf import settings

    from lastimpression.outbox.drafts import sending_mode
    from lastimpression.planning.service import with_scheduled_for

    pending = Action.objects.filter(status="pending").select_related("interview", "person").order_by("due", "id")
    actions = list(with_scheduled_for(pending))
    mode = sending_mode(settings.CONFIG)
    interviews = list(
        Interview.objects.filter(end__gt=now, status="scheduled").prefetch_related("people").order_by("start", "id")
    )
    events = [_action_event(action, language, mode) for action in actions]
    from lastimpression.journal.cards import lessons_for

    learned = lessons_for(interviews)  # the history read once, not once per interview
    events += [_interview_event(interview, language, owner, learned[interview.id]) for interview in interviews]
    return write_calendar(events, now=now), len(actions), len(interviews)
