"""What the user does by hand: confirm a message sent outside the program, or cancel one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from django.db import transaction

from lastimpression import clock
from lastimpression.core.followthrough import ALLOWED
from lastimpression.core.validation import InvalidValue
from lastimpression.outbox.models import Message
from lastimpression.phrases import Phrase, ptr, tr
from lastimpression.planning.models import Action

# Statuses the user can no longer change (core.followthrough.ALLOWED: nothing allowed).
FINAL = tuple(status for status, uses in ALLOWED.items() if not uses)
# A status that changes under us this many times in a row: the user is told to try again.
ATTEMPTS = 3


def _already(message: Message) -> InvalidValue:
    """The refusal for a message in a FINAL status, the status in words ("déjà envoyé")."""
    from lastimpression.words import phrase

    return InvalidValue(
        "message",
        tr("message %(id)d is already %(status)s", id=message.id, status=phrase("message_status", message.status)),
    )


def get_message(message_id: int | str) -> Message:
    try:
        return Message.objects.select_related("interview", "person").get(pk=int(message_id))
    except (Message.DoesNotExist, ValueError, TypeError):
        raise InvalidValue("message", tr("no message with id %(id)s", id=str(message_id))) from None


def mark_sent(message_id: int | str, at: datetime) -> Message:
    """The user sent it by hand (or copied the LinkedIn note): record it, complete the plan's
    action for that person; a thank-you sent pins the follow-up date it promised.

    Raises InvalidValue ("message") when it is sent, cancelled or bounced already, or being
    sent by a dispatch pass right now (a pass that claims it while this runs wins)."""
    from lastimpression.outbox.recovery import complete_plan, orphans

    def check(message: Message) -> Phrase | None:
        if message.status in FINAL:
            raise _already(message)
        # A row left in "sending" by a process that is gone may be confirmed; a live pass owns it.
        if message.status == "sending" and message.pk not in {found.pk for found in orphans(at)}:
            return tr("is being sent")
        return None

    done = ptr("a message can no longer be", "recorded as sent by hand")
    changes = {"status": "sent", "sent_at": at, "by_hand": True}
    # The plan follows as when a pass sends it (the step done, the date the text named pinned).
    return _change(message_id, check, done, changes, then=complete_plan)


def undo_until(message: Message) -> datetime | None:
    """Until when "I sent it myself" can be taken back: the opening of the follow-up's day
    (after that, the follow-up would already rest on it); None when it cannot be (not sent by
    hand, or no follow-up in the plan)."""
    from lastimpression.planning.service import calendar_of, promise_of

    if message.status != "sent" or not message.by_hand or message.kind == "linkedin":
        return None  # an invitation sent on LinkedIn is not taken back here
    follow_up = Action.objects.filter(interview_id=message.interview_id, kind="follow_up").first()
    if follow_up is None:
        return None
    return calendar_of(message.interview).opening(promise_of(follow_up))


def undo_sent(message_id: int | str, now: datetime) -> Message:
    """Take back "I sent it myself": the message is a draft again, its plan step to do again,
    and a follow-up date it alone pinned is free again. Raises InvalidValue ("message") when
    it was not confirmed by hand, or once the follow-up's day has come."""
    message = get_message(message_id)
    limit = undo_until(message)
    if limit is None or now >= limit:
        raise InvalidValue(
            "message",
            tr(
                "message %(id)d cannot be taken back: only a message you confirmed sent yourself can, until the "
                "follow-up's day",
                id=message.id,
            ),
        )
    with transaction.atomic():
        if not Message.objects.filter(pk=message.pk, version=message.version, status="sent").update(
            status="draft", sent_at=None, by_hand=False, scheduled_at=None
        ):
            raise InvalidValue("message", tr("message %(id)d changed meanwhile: try again", id=message.id))
        from lastimpression.outbox.sending import plan_action

        step = plan_action(message)
        if step is not None and step.status == "done":
            Action.objects.filter(pk=step.pk).update(status="pending", completed_at=None, updated_at=now)
        others = Message.objects.filter(interview_id=message.interview_id, kind="thank_you", status="sent")
        if message.kind == "thank_you" and not others.exists():
            Action.objects.filter(interview_id=message.interview_id, kind="follow_up").update(
                promised=None, updated_at=now
            )
    message.refresh_from_db()
    return message


def cancel(message_id: int | str) -> Message:
    """Cancel a message not sent. Raises InvalidValue ("message") when it is sent, cancelled
    or bounced already, or being sent (a pass that claims it while this runs wins)."""

    def check(message: Message) -> Phrase | None:
        if message.status in FINAL:
            raise _already(message)
        if message.status == "sending":
            return tr("is being sent")
        return None

    return _change(message_id, check, ptr("a message can no longer be", "cancelled"), {"status": "cancelled"})


def _change(
    message_id: int | str,
    check: Callable[[Message], Phrase | None],
    done: Phrase,
    changes: dict[str, Any],
    then: Callable[[Message], None] | None = None,
) -> Message:
    """Apply ``changes`` with a conditional UPDATE on the status the message was read with, as
    dispatch claims it (``outbox.ledger``): whichever writes first wins, never both. ``check``
    says why the status read forbids the change, or None (or raises
    InvalidValue itself, for a final status); ``then`` runs in
    the same transaction once the row is changed. A status that moved in between is read and
    checked again; when it now forbids the change, the user is told it changed meanwhile.
    Returns the message as changed; raises InvalidValue ("message")."""
    changed_meanwhile = False
    for _ in range(ATTEMPTS):
        message = get_message(message_id)
        reason = check(message)
        if reason is not None:
            raise _refusal(message.id, reason, done, changed_meanwhile)
        with transaction.atomic():
            stamp = clock.now()
            if Message.objects.filter(pk=message.pk, version=message.version).update(**changes, updated_at=stamp):
                for name, value in {**changes, "updated_at": stamp, "version": message.version + 1}.items():
                    setattr(message, name, value)
                if then is not None:
                    then(message)
                return message
        changed_meanwhile = True
    raise InvalidValue("message", tr("message %(id)s keeps changing: try again", id=str(message_id)))


def _refusal(key: int, reason: Phrase, done: Phrase, meanwhile: bool) -> InvalidValue:
    if meanwhile:
        return InvalidValue(
            "message",
            tr(
                "message %(id)d changed meanwhile: it %(reason)s; it can no longer be %(done)s",
                id=key, reason=reason, done=done,
            ),
        )  # fmt: skip
    return InvalidValue(
        "message", tr("message %(id)d %(reason)s; it can no longer be %(done)s", id=key, reason=reason, done=done)
    )


class ChangedMeanwhile(InvalidValue):
    """The message changed between the user's read and their write: nothing was saved."""


def edit_text(message: Message, subject: str, body: str) -> Message:
    """Save the user's text for ``message`` as it was read (its ``version``): an edit never
    overwrites a message sent, claimed or changed meanwhile. Marks the text as the user's
    (``edited``: never recomposed, held for them when the interview changes). Validates the
    subject and body. Raises InvalidValue ("message", "subject", "body")."""
    from lastimpression.core.followthrough import allows
    from lastimpression.core.validation import text

    if not allows(message.status, "edit"):
        raise cannot_edit(message)
    subject = text(subject, "subject", required=False, max_length=300)
    body = text(body, "body", required=False, max_length=20_000, multiline=True)
    changed = subject != message.subject or body != message.body
    stamp = clock.now()
    saved = Message.objects.filter(pk=message.pk, version=message.version).update(
        subject=subject, body=body, edited=message.edited or changed, updated_at=stamp
    )
    if not saved:
        message.refresh_from_db()
        from lastimpression.words import phrase

        raise ChangedMeanwhile(
            "message",
            tr(
                "nothing was saved: message %(id)d changed meanwhile (it is now %(status)s)",
                id=message.id, status=phrase("message_status", message.status),
            ),
        )  # fmt: skip
    message.subject, message.body, message.edited = subject, body, message.edited or changed
    message.updated_at, message.version = stamp, message.version + 1
    return message


def cannot_edit(message: Message) -> InvalidValue:
    from lastimpression.words import phrase

    return InvalidValue(
        "message",
        tr(
            "message %(id)d is %(status)s: it can no longer be edited",
            id=message.id, status=phrase("message_status", message.status),
        ),
    )  # fmt: skip
