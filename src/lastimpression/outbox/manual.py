"""What the user does by hand: confirm a message sent outside the program, or cancel one."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction

from lastimpression.core.validation import InvalidValue
from lastimpression.outbox.models import Message
from lastimpression.planning.models import Action

FINAL = ("sent", "cancelled", "bounced")


def get_message(message_id: int | str) -> Message:
    try:
        return Message.objects.select_related("interview", "person").get(pk=int(message_id))
    except (Message.DoesNotExist, ValueError, TypeError):
        raise InvalidValue(
            "message", f"no message with id {message_id}", f"aucun message n'a l'identifiant {message_id}"
        ) from None


def mark_sent(message_id: int | str, at: datetime) -> Message:
    """The user sent it by hand (or copied the LinkedIn note): record it, complete the plan's
    action for that person; a thank-you sent pins the follow-up date it promised."""
    from lastimpression.planning.service import complete

    message = get_message(message_id)
    if message.status in FINAL:
        raise InvalidValue(
            "message",
            f"message {message.id} is already {message.status}",
            f"le message {message.id} est déjà {message.status}",
        )
    with transaction.atomic():
        message.status, message.sent_at = "sent", at
        message.save(update_fields=["status", "sent_at", "updated_at"])
        actions = Action.objects.filter(interview=message.interview, kind=message.kind, status="pending")
        if message.kind in ("thank_you", "linkedin"):
            actions = actions.filter(person_id=message.person_id)
        action = actions.first()
        if action is not None:
            complete(action.id, "done")
    return message


def cancel(message_id: int | str) -> Message:
    message = get_message(message_id)
    if message.status in FINAL:
        raise InvalidValue(
            "message",
            f"message {message.id} is already {message.status}",
            f"le message {message.id} est déjà {message.status}",
        )
    if message.status == "sending":
        raise InvalidValue(
            "message", f"message {message.id} is being sent right now", f"le message {message.id} est en cours d'envoi"
        )
    message.status = "cancelled"
    message.save(update_fields=["status", "updated_at"])
    return message
