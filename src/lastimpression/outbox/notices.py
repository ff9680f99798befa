"""What the outbox needs the user to see in the agenda (and the dashboard): messages NOT sent
but written to the folder, late, failing, failed, bounced or of unknown fate; the replies
received; and whether anything runs the outbox.

``notices(now)`` returns them most urgent first, each in English and French; the agenda prints
``notice.text(language)`` (``--json``: ``notice.as_json()``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from lastimpression.outbox.models import Message

REPLIES_SHOWN_FOR = timedelta(days=14)
ORDER = ("unknown", "failed", "bounced", "late", "written", "retrying", "worker", "replied")


@dataclass(frozen=True)
class Notice:
    """One line for the agenda. ``kind`` is one of ORDER; ``message_id`` and ``person_id`` say
    what it is about (None for the worker)."""

    kind: str
    text_en: str
    text_fr: str
    message_id: int | None = None
    person_id: int | None = None
    at: datetime | None = None

    def text(self, language: str) -> str:
        return self.text_fr if language == "fr" else self.text_en

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "message_id": self.message_id, "person_id": self.person_id,
            "at": self.at.isoformat() if self.at else None, "message": self.text_en, "message_fr": self.text_fr,
        }  # fmt: skip


def _when(instant: datetime, zone: ZoneInfo, language: str) -> str:
    from babel.dates import format_datetime

    return format_datetime(instant.astimezone(zone), "EEEE d MMMM y HH:mm", locale=language)


def _what(message: Message, language: str) -> str:
    from lastimpression.words import label

    return f"{label('kind', message.kind, language)} {'à' if language == 'fr' else 'to'} {message.person.name}"


def _message_notice(message: Message, zone: ZoneInfo) -> Notice | None:
    key, words = message.id, message.last_error
    what_en, what_fr = _what(message, "en"), _what(message, "fr")
    if message.status == "unknown":
        en = (
            f"{_upper_first(what_en)} ({key}): the program stopped while sending it; it may or may not have gone "
            f"out. If it is in your Sent folder: lastimpression message sent {key}; if not: lastimpression send {key} --now"
        )
        fr = (
            f"{_upper_first(what_fr)} ({key}) : le programme s'est arrêté pendant l'envoi ; il est peut-être parti. "
            f"S'il est dans vos envoyés : lastimpression message sent {key} ; sinon : lastimpression send {key} --now"
        )
        return Notice("unknown", en, fr, key, message.person_id, message.updated_at)  # fmt: skip
    if message.status == "failed":
        en = f"{_upper_first(what_en)} ({key}) FAILED: {words}. Once fixed: lastimpression send {key} --now"
        fr = f"{_upper_first(what_fr)} ({key}) : ÉCHEC : {words}. Une fois corrigé : lastimpression send {key} --now"
        return Notice("failed", en, fr, key, message.person_id, message.updated_at)
    if message.status == "bounced":
        en = f"{_upper_first(what_en)} ({key}) BOUNCED: {words}. Check the address {message.to}."
        fr = f"{_upper_first(what_fr)} ({key}) : REVENU EN ERREUR : {words}. Vérifiez l'adresse {message.to}."
        return Notice("bounced", en, fr, key, message.person_id, message.updated_at)
    if message.status != "scheduled":
        return None
    if message.written_at is not None:
        en = (
            f"{_upper_first(what_en)} ({key}) NOT SENT: written to {message.written_to}. Send it from your mail "
            f"program, then confirm: lastimpression message sent {key}"
        )
        fr = (
            f"{_upper_first(what_fr)} ({key}) NON ENVOYÉ : écrit dans {message.written_to}. Envoyez-le depuis votre "
            f"messagerie, puis confirmez : lastimpression message sent {key}"
        )
        return Notice("written", en, fr, key, message.person_id, message.written_at)  # fmt: skip
    if message.late and message.scheduled_at is not None:
        slot_en, slot_fr = _when(message.scheduled_at, zone, "en"), _when(message.scheduled_at, zone, "fr")
        en = (
            f"{_upper_first(what_en)} ({key}) is LATE: its slot ({slot_en}) passed while nothing was running. "
            f"Send it now: lastimpression send {key} --now; or at the next slot: lastimpression send {key}"
        )
        fr = (
            f"{_upper_first(what_fr)} ({key}) EN RETARD : son créneau ({slot_fr}) est passé sans que rien ne tourne. "
            f"L'envoyer maintenant : lastimpression send {key} --now ; au prochain créneau : lastimpression send {key}"
        )
        return Notice("late", en, fr, key, message.person_id, message.scheduled_at)  # fmt: skip
    if message.next_attempt_at is not None:
        retry_en, retry_fr = _when(message.next_attempt_at, zone, "en"), _when(message.next_attempt_at, zone, "fr")
        en = f"{_upper_first(what_en)} ({key}) will be tried again {retry_en}: {words}"
        fr = f"{_upper_first(what_fr)} ({key}) sera réessayé le {retry_fr} : {words}"
        return Notice("retrying", en, fr, key, message.person_id, message.next_attempt_at)
    return None


def notices(now: datetime, zone: ZoneInfo) -> list[Notice]:
    """Everything the outbox asks the user to look at, most urgent first; dates in ``zone``
    (the user's)."""
    from lastimpression.interviews.models import Person
    from lastimpression.outbox.worker import describe, worker_status

    found: list[Notice] = []
    attention = Message.objects.filter(status__in=("unknown", "failed", "bounced", "scheduled")).select_related(
        "person"
    )
    for message in attention:
        notice = _message_notice(message, zone)
        if notice is not None:
            found.append(notice)
    status = worker_status(now)
    if status[1]:
        found.append(Notice("worker", describe(status, "en", zone), describe(status, "fr", zone), at=status[0]))
    for person in Person.objects.filter(replied_at__gte=now - REPLIES_SHOWN_FOR).order_by("-replied_at"):
        assert person.replied_at is not None
        en = f"{person.name} replied on {_when(person.replied_at, zone, 'en')}."
        fr = f"{person.name} a répondu le {_when(person.replied_at, zone, 'fr')}."
        found.append(Notice("replied", en, fr, None, person.id, person.replied_at))
    return sorted(found, key=lambda notice: ORDER.index(notice.kind))


def _upper_first(text: str) -> str:
    """A capital at the start of a sentence, the names in it left as written."""
    return text[:1].upper() + text[1:]
