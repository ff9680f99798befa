"""Drafting messages from the stored interview with the pure composer, and linting them in
their real context (the recipient, the panel, the plan's promised date, earlier rounds).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import make_msgid
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction

from lastimpression.core.followthrough import TextBasis
from lastimpression.core.lint.finding import Finding
from lastimpression.core.messages import EMAIL_KINDS, Candidate, Draft, LintContext, Occasion, Recipient
from lastimpression.core.messages import linkedin_limit as note_limit
from lastimpression.core.perks import lacking
from lastimpression.core.validation import InvalidValue
from lastimpression.interviews.models import Interview, Person, Profile
from lastimpression.interviews.services import get_interview, require_profile
from lastimpression.interviews.shapes import main_contact_of
from lastimpression.outbox.models import Message
from lastimpression.phrases import tr
from lastimpression.planning.models import Action

CLI_KINDS = {"thank-you": "thank_you", "follow-up": "follow_up", "follow-up-2": "follow_up_2", "linkedin": "linkedin"}
DEFAULT_LINKEDIN_QUOTA = 5


@dataclass
class DraftOutcome:
    """What ``draft`` did: messages drafted (new or replacing an unsent draft), people skipped
    and why (the status of the message they already have, or ``no_email``), and notices for
    the user (LinkedIn quota, profile check, no proof point to show)."""

    drafted: list[Message] = field(default_factory=list)
    skipped: list[tuple[Person, str]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    # People whose message could say nothing of their own: no topic recorded. The user is
    # asked for one detail (what they talked about); nothing is ever invented in its place.
    missing_detail: list[Person] = field(default_factory=list)
    # People whose only topics say the role's words again ("les relations de travail" for a
    # "conseillère en relations de travail"): the user is asked what was said of them.
    role_echo: list[Person] = field(default_factory=list)
    # People whose only topics are the hiring process itself ("les étapes du processus"): the
    # messages treat it as nothing recorded, and the user is asked what else was discussed.
    process_only: list[Person] = field(default_factory=list)
    # People of whom only a question put to the candidate or a remark is recorded ("asked how I
    # handle pushback", "small team"): never recalled, so the user is asked for a subject.
    notes_only: list[Person] = field(default_factory=list)


def has_something_to_show(profile: Profile, interview: Interview) -> bool:
    """Whether the e-mails of ``interview`` have something of the candidate's to show: a proof
    point in the profile, or what the candidate can bring to this interview."""
    return any(point.strip() for point in profile.proof_points) or bool(interview.contribution.strip())


def candidate_of(profile: Profile) -> Candidate:
    return Candidate(
        name=profile.name,
        email=profile.email,
        phone=profile.phone,
        linkedin=profile.linkedin,
        agreement=profile.agreement,
        proof_points=tuple(profile.proof_points),
    )


def main_contact_id(people: Sequence[Person]) -> int | None:
    """The panel's main contact (``core.panel.main_contact``): the one the user chose, else
    the program's guess."""
    return main_contact_of(list(people))


def recipient_of(person: Person, main_id: int | None = None) -> Recipient:
    """``person`` as the composer sees them; ``main_id`` is their panel's main contact (None:
    worked out from the interview's people)."""
    if main_id is None:
        main_id = main_contact_id(list(person.interview.people.all()))
    return Recipient(
        id=person.id, name=person.name, email=person.email, title=person.title, salutation=person.salutation,
        register=person.register, topics=tuple(person.topics), main_contact=person.id == main_id,
    )  # fmt: skip


def promise_date(interview: Interview) -> date | None:
    """The follow-up date the thank-you promises (``planning.service.promise_of``)."""
    from lastimpression.planning.service import promise_of

    follow_up = Action.objects.filter(interview=interview, kind="follow_up").first()
    return promise_of(follow_up) if follow_up is not None else None


def occasion_of(interview: Interview, sent_on: date | None = None) -> Occasion:
    """``interview`` as the composer sees it; ``sent_on``: the day (the interview's calendar)
    a thank-you leaves, for "ce matin" / "hier" (None: the date is written out)."""
    return Occasion(
        company=interview.company, role=interview.role, language=interview.language, country=interview.country,
        interview_date=interview.local_start().date(), subdivision=interview.subdivision,
        decision_by=interview.decision_by, promise_date=promise_date(interview), mode=interview.mode,
        contribution=interview.contribution, company_article=interview.company_article,
        start_time=interview.local_start().time(), sent_on=sent_on,
    )  # fmt: skip


def leaving_day(interview: Interview, person: Person, scheduled_at: datetime | None = None) -> date | None:
    """The day a thank-you to ``person`` leaves, in the interview's calendar: its scheduled time,
    else the plan's slot (its snooze included); None when the plan has no such step."""
    if scheduled_at is None:
        action = Action.objects.filter(interview=interview, kind="thank_you", person=person).first()
        scheduled_at = action.effective_due if action is not None else None
    return scheduled_at.astimezone(interview.zone).date() if scheduled_at is not None else None


def linkedin_limit(profile: Profile | None) -> int:
    """``core.messages.linkedin_limit`` for the user's account (a free one before ``init``)."""
    return note_limit(bool(profile and profile.linkedin_premium))


def user_templates() -> Path:
    return Path(settings.HOME) / "templates"


def sender_domain(profile: Profile) -> str:
    configured = settings.CONFIG.get("smtp", "from")
    address = str(configured).rpartition("<")[2].strip(" >") if configured else profile.email
    return address.rpartition("@")[2] or "localhost"


def linkedin_notes_this_month(profile: Profile, now: datetime) -> int:
    """Personalised LinkedIn notes the user confirmed sending this calendar month (their zone)."""
    local = now.astimezone(ZoneInfo(profile.timezone))
    start = local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return Message.objects.filter(kind="linkedin", status="sent", sent_at__gte=start).exclude(body="").count()


def _targets(interview: Interview, kind: str, person_id: str | None) -> list[Person]:
    people = list(interview.people.all())
    if person_id is not None:
        chosen = [person for person in people if str(person.id) == str(person_id).strip()]
        if not chosen:
            raise InvalidValue(
                "--person",
                tr("%(id)s is not a person of interview %(interview)d", id=person_id, interview=interview.id),
            )
        return chosen
    if kind in ("follow_up", "follow_up_2"):
        # One follow-up per panel, with the person who owns the process (CRAFT R04, R27).
        main_id = main_contact_id(people)
        return [person for person in people if person.id == main_id and person.email]
    return people if kind == "linkedin" else [person for person in people if person.email]


def draft(interview_id: int | str, kind: str, person_id: str | None, now: datetime) -> DraftOutcome:
    """Draft ``kind`` for one person or for every person concerned, in one transaction.

    Drafting again replaces an unsent draft (keeping its Message-ID), never a scheduled or
    sent message. A follow-up is threaded as a reply to that person's thank-you.
    """
    interview = get_interview(interview_id)
    profile = require_profile()
    outcome = DraftOutcome()
    targets = _targets(interview, kind, person_id)
    if kind in EMAIL_KINDS and person_id is not None and not targets[0].email:
        raise InvalidValue("--person", tr("%(name)s has no e-mail address", name=targets[0].name))
    occasion = occasion_of(interview)
    if kind == "thank_you" and occasion.promise_date is None:
        raise InvalidValue("interview", tr("has no follow-up in its plan to promise"))
    people = list(interview.people.all())
    main_id = main_contact_id(people)
    if kind in EMAIL_KINDS and not has_something_to_show(profile, interview):
        # Without a proof point nor "what I can bring", an e-mail can only say the candidate is
        # interested (CRAFT R03 wants it shown): said, and nothing is invented in its place.
        outcome.notices.append("no_proof")
    if kind in EMAIL_KINDS and person_id is None:
        # Said, never silent: their step stays in the plan, waiting for an address.
        outcome.skipped += [
            (person, "no_email")
            for person in people
            if not person.email and (kind == "thank_you" or person.id == main_id)
        ]
    everyone = _targets(interview, "linkedin" if kind == "linkedin" else "thank_you", None)
    panel = tuple(recipient_of(person, main_id) for person in everyone)
    quota = int(settings.CONFIG.get("linkedin", "monthly_quota", DEFAULT_LINKEDIN_QUOTA))
    notes_left = quota - linkedin_notes_this_month(profile, now) if kind == "linkedin" else 0
    with transaction.atomic():
        for person in targets:
            existing = (
                Message.objects.filter(interview=interview, person=person, kind=kind)
                .exclude(status="cancelled")
                .first()
            )
            if existing is not None and existing.status != "draft":
                outcome.skipped.append((person, existing.status))
                continue
            sent_on = leaving_day(interview, person) if kind == "thank_you" else None
            occasion = occasion_of(interview, sent_on)
            composed = _compose(kind, profile, person, occasion, panel, main_id)
            body = composed.body
            lack = lacking(person.topics, interview.role)
            if lack in ("nothing", "perks"):  # pay and perks are never recalled
                outcome.missing_detail.append(person)
            elif lack == "notes":
                outcome.notes_only.append(person)
            elif lack == "role":
                outcome.role_echo.append(person)
            elif lack == "process":
                outcome.process_only.append(person)
            if kind == "linkedin" and notes_left <= 0:
                body = ""
                if "linkedin_quota" not in outcome.notices:
                    outcome.notices.append("linkedin_quota")
            elif kind == "linkedin":
                notes_left -= 1
            message = existing or Message(
                interview=interview, person=person, kind=kind,
                message_id_header=make_msgid(domain=sender_domain(profile)),
            )  # fmt: skip
            message.language, message.to = interview.language, person.email
            message.subject, message.body = composed.subject, body
            basis = basis_of(interview, occasion.promise_date, main=person.id == main_id, kind=kind, sent_on=sent_on)
            message.basis, message.edited, message.held = basis.to_text(), False, ""
            if kind in ("follow_up", "follow_up_2"):
                _thread(message, interview, person)
            message.save()
            outcome.drafted.append(message)
    if kind == "linkedin" and profile.linkedin_polished is None:
        outcome.notices.append("linkedin_profile")
    return outcome


def basis_of(
    interview: Interview,
    promise: date | None,
    *,
    main: bool = True,
    kind: str = "",
    sent_on: date | None = None,
) -> TextBasis:
    """What a text composed now for ``interview`` names (``core.followthrough.TextBasis``),
    ``promise`` being the follow-up date a thank-you would promise (``promise_date``): only a
    main contact's thank-you (``main``) promises one. A thank-you leaving on ``sent_on``, the
    day of the interview or the next, says so ("ce matin", "hier")."""
    day = interview.local_start().date()
    relative = kind == "thank_you" and sent_on is not None and (sent_on - day).days in (0, 1)
    kept = promise if (main or kind != "thank_you") else None
    return TextBasis(day, interview.decision_by, kept, sent_on if relative else None)


def _compose(
    kind: str,
    profile: Profile,
    person: Person,
    occasion: Occasion,
    panel: tuple[Recipient, ...],
    main_id: int | None = None,
) -> Draft:
    """The composer's draft of ``kind`` for ``person``, with the user's templates and limits."""
    from lastimpression.core.compose import compose

    return compose(
        kind, candidate_of(profile), recipient_of(person, main_id), occasion, panel=panel,
        user_templates=user_templates(), linkedin_limit=linkedin_limit(profile),
    )  # fmt: skip


def recompose(message: Message, leaving_at: datetime | None = None) -> None:
    """Compose ``message``'s text again from its interview as it stands now, keeping its
    Message-ID, its thread and its subject's thread ("Re: "); saved. For a text the user did
    not edit (``core.followthrough.follow``): an edited one is held for them instead.
    ``leaving_at``: the new time it leaves when it is moved too (else its scheduled time)."""
    interview, person, profile = message.interview, message.person, require_profile()
    people = list(interview.people.all())
    main_id = main_contact_id(people)
    leaving = leaving_at or message.scheduled_at
    sent_on = leaving_day(interview, person, leaving) if message.kind == "thank_you" else None
    occasion = occasion_of(interview, sent_on)
    everyone = _targets(interview, "linkedin" if message.kind == "linkedin" else "thank_you", None)
    panel = tuple(recipient_of(other, main_id) for other in everyone)
    composed = _compose(message.kind, profile, person, occasion, panel, main_id)
    message.body = composed.body
    if message.kind == "thank_you":
        message.subject = composed.subject
    basis = basis_of(interview, occasion.promise_date, main=person.id == main_id, kind=message.kind, sent_on=sent_on)
    message.basis, message.held = basis.to_text(), ""
    message.save(update_fields=["body", "subject", "basis", "held"])


def _thread(message: Message, interview: Interview, person: Person) -> None:
    """Make a follow-up a reply to the thank-you sent to the same person."""
    thank_you = (
        Message.objects.filter(interview=interview, person=person, kind="thank_you").exclude(status="cancelled").first()
    )
    if thank_you is None:
        return
    message.in_reply_to = thank_you.message_id_header
    earlier = (
        Message.objects.filter(interview=interview, person=person, kind="follow_up").exclude(pk=message.pk).first()
    )
    chain = [thank_you.message_id_header]
    if message.kind == "follow_up_2" and earlier is not None:
        chain.append(earlier.message_id_header)
        message.in_reply_to = earlier.message_id_header
    message.references = " ".join(chain)
    base = thank_you.subject
    message.subject = base if base.lower().startswith("re:") else f"Re: {base}"


def lint_context(message: Message) -> LintContext:
    """Everything the linter may compare ``message`` with."""
    interview = message.interview
    profile = Profile.objects.order_by("id").first()
    people = list(interview.people.all())
    main_id = main_contact_id(people)
    others = tuple(person.name for person in people if person.id != message.person_id)
    siblings = tuple(
        Draft(sibling.kind, sibling.language, sibling.subject, sibling.body)
        for sibling in Message.objects.filter(kind=message.kind, interview__company__iexact=interview.company)
        .exclude(pk=message.pk)
        .exclude(status="cancelled")
        .exclude(body="")
    )
    panel_follow_ups = (
        Message.objects.filter(interview=interview, kind=message.kind)
        .exclude(pk=message.pk)
        .exclude(person_id=message.person_id)
        .exclude(status="cancelled")
        .count()
        if message.kind in ("follow_up", "follow_up_2")
        else 0
    )
    known = [topic for person in people for topic in person.topics]
    known += [interview.contribution, interview.outcome_note]
    known += list(profile.proof_points) if profile else []
    return LintContext(
        kind=message.kind, language=message.language, recipient=recipient_of(message.person, main_id),
        candidate=candidate_of(profile) if profile else None, occasion=occasion_of(interview), other_names=others,
        siblings=siblings, linkedin_limit=linkedin_limit(profile), user_words=user_words(),
        known_details=tuple(text for text in known if text), proof_points=tuple(profile.proof_points) if profile else (),
        panel_follow_ups=panel_follow_ups,
    )  # fmt: skip


def user_words() -> frozenset[str]:
    """The user's dictionary: ``$LASTIMPRESSION_HOME/dictionary.txt``, one word a line."""
    path = Path(settings.HOME) / "dictionary.txt"
    try:
        return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    except (FileNotFoundError, UnicodeDecodeError):
        return frozenset()


def lint_message(message: Message) -> list[Finding]:
    """The linter's findings, and LI016 (send time) when the message is scheduled."""
    from lastimpression.core.lint import lint

    findings = list(lint(Draft(message.kind, message.language, message.subject, message.body), lint_context(message)))
    if message.scheduled_at is not None and message.status in ("scheduled", "failed", "unknown"):
        from lastimpression.outbox.sending import timing_findings

        findings += timing_findings(message, message.scheduled_at)
    return findings
