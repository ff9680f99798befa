"""Drafting messages from the stored interview with the pure composer, and linting them in
their real context (the recipient, the panel, the plan's promised date, earlier rounds).
"""

from __future__ import annotations

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
from lastimpression.core.validation import InvalidValue
from lastimpression.interviews.models import Interview, Person, Profile
from lastimpression.interviews.services import get_interview, require_profile
from lastimpression.outbox.models import Message
from lastimpression.planning.models import Action

CLI_KINDS = {"thank-you": "thank_you", "follow-up": "follow_up", "follow-up-2": "follow_up_2", "linkedin": "linkedin"}
DEFAULT_LINKEDIN_QUOTA = 5


@dataclass
class DraftOutcome:
    """What ``draft`` did: messages drafted (new or replacing an unsent draft), people skipped
    and why (the status of the message they already have, or ``no_email``), and notices for
    the user (LinkedIn quota, profile check)."""

    drafted: list[Message] = field(default_factory=list)
    skipped: list[tuple[Person, str]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def candidate_of(profile: Profile) -> Candidate:
    return Candidate(
        name=profile.name,
        email=profile.email,
        phone=profile.phone,
        linkedin=profile.linkedin,
        agreement=profile.agreement,
    )


def recipient_of(person: Person) -> Recipient:
    return Recipient(
        id=person.id, name=person.name, email=person.email, title=person.title, salutation=person.salutation,
        register=person.register, topics=tuple(person.topics),
    )  # fmt: skip


def promise_date(interview: Interview) -> date | None:
    """The follow-up date the thank-you promises (``planning.service.promise_of``)."""
    from lastimpression.planning.service import promise_of

    follow_up = Action.objects.filter(interview=interview, kind="follow_up").first()
    return promise_of(follow_up) if follow_up is not None else None


def occasion_of(interview: Interview) -> Occasion:
    return Occasion(
        company=interview.company, role=interview.role, language=interview.language, country=interview.country,
        interview_date=interview.local_start().date(), subdivision=interview.subdivision,
        decision_by=interview.decision_by, promise_date=promise_date(interview), mode=interview.mode,
    )  # fmt: skip


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
                "--person", f"{person_id} is not a person of interview {interview.id}",
                f"{person_id} n'est pas une personne de l'entretien {interview.id}",
            )  # fmt: skip
        return chosen
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
        raise InvalidValue(
            "--person", f"{targets[0].name} has no e-mail address", f"{targets[0].name} n'a pas d'adresse électronique"
        )
    occasion = occasion_of(interview)
    if kind == "thank_you" and occasion.promise_date is None:
        raise InvalidValue(
            "interview", "has no follow-up in its plan to promise", "n'a pas de relance prévue à promettre"
        )
    if kind in EMAIL_KINDS and person_id is None:
        # Said, never silent: their step stays in the plan, waiting for an address.
        outcome.skipped += [(person, "no_email") for person in interview.people.all() if not person.email]
    panel = tuple(recipient_of(person) for person in _targets(interview, kind, None))
    basis = basis_of(interview, occasion.promise_date).to_text()
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
            composed = _compose(kind, profile, person, occasion, panel)
            body = composed.body
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
            message.basis, message.edited, message.held = basis, False, ""
            if kind in ("follow_up", "follow_up_2"):
                _thread(message, interview, person)
            message.save()
            outcome.drafted.append(message)
    if kind == "linkedin" and profile.linkedin_polished is None:
        outcome.notices.append("linkedin_profile")
    return outcome


def basis_of(interview: Interview, promise: date | None) -> TextBasis:
    """What a text composed now for ``interview`` names (``core.followthrough.TextBasis``),
    ``promise`` being the follow-up date it would promise (``promise_date``)."""
    return TextBasis(interview.local_start().date(), interview.decision_by, promise)


def _compose(kind: str, profile: Profile, person: Person, occasion: Occasion, panel: tuple[Recipient, ...]) -> Draft:
    """The composer's draft of ``kind`` for ``person``, with the user's templates and limits."""
    from lastimpression.core.compose import compose

    return compose(
        kind, candidate_of(profile), recipient_of(person), occasion, panel=panel,
        user_templates=user_templates(), linkedin_limit=linkedin_limit(profile),
    )  # fmt: skip


def recompose(message: Message) -> None:
    """Compose ``message``'s text again from its interview as it stands now, keeping its
    Message-ID, its thread and its subject's thread ("Re: "); saved. For a text the user did
    not edit (``core.followthrough.follow``): an edited one is held for them instead."""
    interview, person, profile = message.interview, message.person, require_profile()
    occasion = occasion_of(interview)
    panel = tuple(recipient_of(other) for other in _targets(interview, message.kind, None))
    composed = _compose(message.kind, profile, person, occasion, panel)
    message.body = composed.body
    if message.kind == "thank_you":
        message.subject = composed.subject
    message.basis, message.held = basis_of(interview, occasion.promise_date).to_text(), ""
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
    others = tuple(person.name for person in interview.people.all() if person.id != message.person_id)
    siblings = tuple(
        Draft(sibling.kind, sibling.language, sibling.subject, sibling.body)
        for sibling in Message.objects.filter(kind=message.kind, interview__company__iexact=interview.company)
        .exclude(pk=message.pk)
        .exclude(status="cancelled")
        .exclude(body="")
    )
    return LintContext(
        kind=message.kind, language=message.language, recipient=recipient_of(message.person),
        candidate=candidate_of(profile) if profile else None, occasion=occasion_of(interview), other_names=others,
        siblings=siblings, linkedin_limit=linkedin_limit(profile), user_words=user_words(),
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
