"""What the outbox needs the user to see in the agenda (and the dashboard): messages NOT sent
but written to the folder, late, failing, failed, bounced or of unknown fate; the replies
received; and whether anything runs the outbox.

``attention(now)`` returns them as data (the message or the person each is about), most urgent
first: the web dashboard words them itself, with links and buttons. ``notices(now)`` words the
same for the terminal, in English and French; the agenda prints ``notice.text(language)``
(``--json``: ``notice.as_json()``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from lastimpression.interviews.models import Person
    from lastimpression.outbox.models import Message

REPLIES_SHOWN_FOR = timedelta(days=14)
ORDER = ("unknown", "failed", "bounced", "held", "late", "written", "retrying", "worker", "replied")


@dataclass(frozen=True)
class Attention:
    """One thing the outbox needs the user to look at. ``kind`` is one of ORDER; ``message``
    (with its person and interview loaded) for a message's kinds, ``person`` (with its
    interview) for ``replied``, neither for ``worker``; ``at`` is when it happened or is due
    (the last heartbeat, or None, for the worker)."""

    kind: str
    at: datetime | None
    message: Message | None = None
    person: Person | None = None


def message_kind(message: Message) -> str | None:
    """Which of ORDER's message kinds ``message`` calls for, or None when it needs nothing."""
    if message.status in ("unknown", "failed", "bounced"):
        return message.status
    if message.status == "draft" and message.held:
        return "held"
    if message.status != "scheduled":
        return None
    if message.written_at is not None:
        return "written"
    if message.late and message.scheduled_at is not None:
        return "late"
    if message.next_attempt_at is not None:
        return "retrying"
    return None


def needing_attention() -> QuerySet[Message]:
    """The messages ``message_kind`` may call for, found in SQL (a home holds thousands of
    scheduled messages that need nothing); ``message_kind`` still decides."""
    from django.db.models import Q

    from lastimpression.outbox.models import Message

    scheduled = Q(status="scheduled") & (
        Q(written_at__isnull=False) | Q(late=True, scheduled_at__isnull=False) | Q(next_attempt_at__isnull=False)
    )
    held = Q(status="draft") & ~Q(held="")
    return Message.objects.filter(Q(status__in=("unknown", "failed", "bounced")) | scheduled | held)


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


# Importable without Django (no model at import time, the words and dates of
# ``lastimpression.reading``): the command line's lean read path words its notices here too.
def _when(instant: datetime, zone: ZoneInfo, language: str) -> str:
    from lastimpression.reading import long_moment

    return long_moment(instant.astimezone(zone), language)


def _what(message: Message, language: str) -> str:
    from lastimpression.reading import label

    return f"{label('kind', message.kind, language)} {'à' if language == 'fr' else 'to'} {message.person.name}"


def _message_notice(message: Message, kind: str, zone: ZoneInfo) -> Notice | None:
    """The agenda's line for ``message``, which calls for ``kind`` (``message_kind``)."""
    key, words = message.id, message.last_error
    what_en, what_fr = _what(message, "en"), _what(message, "fr")
    if kind == "unknown":
        cause_en, cause_fr = (
            ("the server never confirmed it", "le serveur ne l'a jamais confirmé")
            if message.unconfirmed
            else ("the program stopped while sending it", "le programme s'est arrêté pendant l'envoi")
        )
        en = (
            f"{_upper_first(what_en)} ({key}): {cause_en}; it may or may not have gone "
            f"out. If it is in your Sent folder: lastimpression message sent {key}; if not: lastimpression send {key} --now"
        )
        fr = (
            f"{_upper_first(what_fr)} ({key}) : {cause_fr} ; il est peut-être parti. "
            f"S'il est dans vos envoyés : lastimpression message sent {key} ; sinon : lastimpression send {key} --now"
        )
        return Notice("unknown", en, fr, key, message.person_id, message.updated_at)  # fmt: skip
    if kind == "failed":
        en = f"{_upper_first(what_en)} ({key}) FAILED: {words}. Once fixed: lastimpression send {key} --now"
        fr = f"{_upper_first(what_fr)} ({key}) : ÉCHEC : {words}. Une fois corrigé : lastimpression send {key} --now"
        return Notice("failed", en, fr, key, message.person_id, message.updated_at)
    if kind == "held":
        en = (
            f"{_upper_first(what_en)} ({key}) is HELD: the interview's dates changed and you had edited its text. "
            f"Read it again (lastimpression message edit {key}), then schedule it: lastimpression send {key}"
        )
        fr = (
            f"{_upper_first(what_fr)} ({key}) est MIS DE CÔTÉ : les dates de l'entretien ont changé et vous aviez "
            f"modifié son texte. Relisez-le (lastimpression message edit {key}), puis programmez-le : "
            f"lastimpression send {key}"
        )
        return Notice("held", en, fr, key, message.person_id, message.updated_at)
    if kind == "bounced":
        en = f"{_upper_first(what_en)} ({key}) BOUNCED: {words}. Check the address {message.to}."
        fr = f"{_upper_first(what_fr)} ({key}) : REVENU EN ERREUR : {words}. Vérifiez l'adresse {message.to}."
        return Notice("bounced", en, fr, key, message.person_id, message.updated_at)
    if kind == "written" and message.placed_in:
        folder = message.placed_in
        en = (
            f"{_upper_first(what_en)} ({key}) is in your mail's Drafts ({folder}), NOT sent: send it from your "
            "mail program; it is recorded as sent once it is in your Sent folder (lastimpression replies)."
        )
        fr = (
            f"{_upper_first(what_fr)} ({key}) est dans les brouillons de votre messagerie ({folder}), NON ENVOYÉ : "
            "envoyez-le depuis votre messagerie ; il sera noté comme envoyé dès qu'il sera dans vos envoyés "
            "(lastimpression replies)."
        )
        return Notice("written", en, fr, key, message.person_id, message.written_at)  # fmt: skip
    if kind == "written":
        en = (
            f"{_upper_first(what_en)} ({key}) NOT SENT: written to {message.written_to}. Send it from your mail "
            f"program, then confirm: lastimpression message sent {key}"
        )
        fr = (
            f"{_upper_first(what_fr)} ({key}) NON ENVOYÉ : écrit dans {message.written_to}. Envoyez-le depuis votre "
            f"messagerie, puis confirmez : lastimpression message sent {key}"
        )
        return Notice("written", en, fr, key, message.person_id, message.written_at)  # fmt: skip
    if kind == "late" and message.scheduled_at is not None:
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
    if kind == "retrying" and message.next_attempt_at is not None:
        retry_en, retry_fr = _when(message.next_attempt_at, zone, "en"), _when(message.next_attempt_at, zone, "fr")
        en = f"{_upper_first(what_en)} ({key}) will be tried again {retry_en}: {words}"
        fr = f"{_upper_first(what_fr)} ({key}) sera réessayé le {retry_fr} : {words}"
        return Notice("retrying", en, fr, key, message.person_id, message.next_attempt_at)
    return None


def attention(now: datetime, worker: tuple[datetime | None, bool] | None = None) -> list[Attention]:
    """Everything the outbox asks the user to look at, most urgent first (ORDER), as data:
    the messages that need something, the worker when messages wait and nothing has run for
    a while, the replies of the last ``REPLIES_SHOWN_FOR``. ``worker``: ``worker_status(now)``
    when the caller has it already."""
    from lastimpression.interviews.models import Person
    from lastimpression.outbox.worker import worker_status

    found: list[Attention] = []
    waiting = needing_attention()
    # Usually none: asking first, without the joins, costs the ORM a third of loading them.
    messages = waiting.select_related("person", "interview").order_by("id") if waiting.exists() else []
    for message in messages:
        kind = message_kind(message)
        if kind is not None:
            at = {"written": message.written_at, "late": message.scheduled_at, "retrying": message.next_attempt_at}
            found.append(Attention(kind, at.get(kind, message.updated_at), message=message))
    last, warning = worker if worker is not None else worker_status(now)
    if warning:
        found.append(Attention("worker", last))
    replied = Person.objects.filter(replied_at__gte=now - REPLIES_SHOWN_FOR).select_related("interview")
    for person in replied.order_by("-replied_at"):
        found.append(Attention("replied", person.replied_at, person=person))
    return sorted(found, key=lambda item: ORDER.index(item.kind))


def notices(now: datetime, zone: ZoneInfo, worker: tuple[datetime | None, bool] | None = None) -> list[Notice]:
    """``attention(now)`` in words for the terminal, most urgent first; dates in ``zone``
    (the user's); ``worker`` as for ``attention``."""
    from lastimpression.outbox.worker import describe

    found: list[Notice] = []
    for item in attention(now, worker):
        if item.message is not None:
            notice = _message_notice(item.message, item.kind, zone)
            if notice is not None:
                found.append(notice)
        elif item.kind == "worker":
            status = (item.at, True)
            found.append(Notice("worker", describe(status, "en", zone), describe(status, "fr", zone), at=item.at))
        elif item.person is not None and item.person.replied_at is not None:
            person, replied_at = item.person, item.person.replied_at
            en = f"{person.name} replied on {_when(replied_at, zone, 'en')}."
            fr = f"{person.name} a répondu le {_when(replied_at, zone, 'fr')}."
            found.append(Notice("replied", en, fr, None, person.id, replied_at))
    return found


def _upper_first(text: str) -> str:
    """A capital at the start of a sentence, the names in it left as written."""
    return text[:1].upper() + text[1:]
