"""What the outbox needs the user to see in the agenda (and the dashboard): messages NOT sent
but written to the folder, late, failing, failed, bounced or of unknown fate; the replies
received; and whether anything runs the outbox.

``attention(now)`` returns them as data (the message or the person each is about), most urgent
first: the web dashboard words them itself, with links and buttons. ``notices(now)`` words the
same for the terminal in phrases of the one catalogue; the agenda prints
``notice.text(language)`` (``--json``: ``notice.as_json()``, with the English and the French).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from lastimpression.phrases import Phrase, fill, ptr, tr

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


# A terminal line is typed: the catalogue's no-break spaces become plain ones and its apostrophes
# straight ones (as ``cli.runtime._``); the values a sentence quotes (a name, the server's words)
# are shown as they are.
TYPED = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2019": "'"})


def typed(phrase: Phrase, language: str) -> str:
    """``phrase`` in ``language`` as a terminal line: its own words and those of the phrases it
    holds typed (``TYPED``), an instant among its values said in words ("jeudi 3 décembre 2026
    15:30", in the zone it holds), any other value as it is."""
    values = {
        name: typed(value, language)
        if isinstance(value, Phrase)
        else _moment(value, language)
        if isinstance(value, datetime)
        else value
        for name, value in phrase.values
    }
    bare = replace(phrase, values=())  # said with no values: not %-formatted
    return fill(bare.say(language).translate(TYPED), values, language)


def said(sentences: tuple[Phrase, ...], language: str) -> str:
    """Sentences said one after the other on one terminal line (``typed``)."""
    return " ".join(typed(sentence, language) for sentence in sentences)


@dataclass(frozen=True)
class Notice:
    """One line for the agenda, not yet in a language: its ``sentences`` (phrases of the one
    catalogue), said by ``text(language)``. ``kind`` is one of ORDER; ``message_id`` and
    ``person_id`` say what it is about (None for the worker)."""

    kind: str
    sentences: tuple[Phrase, ...]
    message_id: int | None = None
    person_id: int | None = None
    at: datetime | None = None

    def text(self, language: str) -> str:
        text = said(self.sentences, language)
        # A message's line starts with its kind ("thank-you e-mail"); a reply's with a name, as typed.
        return text if self.kind == "replied" else _upper_first(text)

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "message_id": self.message_id, "person_id": self.person_id,
            "at": self.at.isoformat() if self.at else None, "message": self.text("en"), "message_fr": self.text("fr"),
        }  # fmt: skip


# Importable without Django (no model at import time, the words and dates of
# ``lastimpression.reading``): the command line's lean read path words its notices here too.
def _moment(instant: datetime, language: str) -> str:
    from lastimpression.reading import long_moment

    return long_moment(instant, language)


def _what(message: Message) -> Phrase:
    from lastimpression.reading import LABELS

    return tr("%(kind)s to %(person)s", kind=ptr(*LABELS["kind"][message.kind]), person=message.person.name)


def _message_notice(message: Message, kind: str, zone: ZoneInfo) -> Notice | None:
    """The agenda's line for ``message``, which calls for ``kind`` (``message_kind``)."""
    key, words, what = message.id, message.last_error, _what(message)

    def notice(phrase: Phrase, at: datetime | None) -> Notice:
        return Notice(kind, (phrase,), key, message.person_id, at)

    if kind == "unknown":
        cause = (
            tr("the server never confirmed it") if message.unconfirmed else tr("the program stopped while sending it")
        )
        return notice(tr(
            "%(what)s (%(id)s): %(cause)s; it may or may not have gone out. If it is in your Sent folder: "
            "lastimpression message sent %(id)s; if not: lastimpression send %(id)s --now",
            what=what, id=key, cause=cause,
        ), message.updated_at)  # fmt: skip
    if kind == "failed":
        return notice(tr(
            "%(what)s (%(id)s) FAILED: %(error)s. Once fixed: lastimpression send %(id)s --now",
            what=what, id=key, error=words,
        ), message.updated_at)  # fmt: skip
    if kind == "held":
        return notice(tr(
            "%(what)s (%(id)s) is HELD: the interview's dates changed and you had edited its text. "
            "Read it again (lastimpression message edit %(id)s), then schedule it: lastimpression send %(id)s",
            what=what, id=key,
        ), message.updated_at)  # fmt: skip
    if kind == "bounced":
        return notice(tr(
            "%(what)s (%(id)s) BOUNCED: %(error)s. Check the address %(address)s.",
            what=what, id=key, error=words, address=message.to,
        ), message.updated_at)  # fmt: skip
    if kind == "written" and message.placed_in:
        return notice(tr(
            "%(what)s (%(id)s) is in your mail's Drafts (%(folder)s), NOT sent: send it from your mail program; "
            "it is recorded as sent once it is in your Sent folder (lastimpression replies).",
            what=what, id=key, folder=message.placed_in,
        ), message.written_at)  # fmt: skip
    if kind == "written":
        return notice(tr(
            "%(what)s (%(id)s) NOT SENT: written to %(file)s. Send it from your mail program, then confirm: "
            "lastimpression message sent %(id)s",
            what=what, id=key, file=message.written_to,
        ), message.written_at)  # fmt: skip
    if kind == "late" and message.scheduled_at is not None:
        return notice(tr(
            "%(what)s (%(id)s) is LATE: its slot (%(slot)s) passed while nothing was running. "
            "Send it now: lastimpression send %(id)s --now; or at the next slot: lastimpression send %(id)s",
            what=what, id=key, slot=message.scheduled_at.astimezone(zone),
        ), message.scheduled_at)  # fmt: skip
    if kind == "retrying" and message.next_attempt_at is not None:
        return notice(tr(
            "%(what)s (%(id)s) will be tried again %(when)s: %(error)s",
            what=what, id=key, when=message.next_attempt_at.astimezone(zone), error=words,
        ), message.next_attempt_at)  # fmt: skip
    return None


def _replied(person_id: int | None, name: str, replied_at: datetime, zone: ZoneInfo) -> Notice:
    """The agenda's line for a reply received."""
    phrase = tr("%(person)s replied on %(when)s.", person=name, when=replied_at.astimezone(zone))
    return Notice("replied", (phrase,), None, person_id, replied_at)


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
    from lastimpression.outbox.worker import sentences

    found: list[Notice] = []
    for item in attention(now, worker):
        if item.message is not None:
            notice = _message_notice(item.message, item.kind, zone)
            if notice is not None:
                found.append(notice)
        elif item.kind == "worker":
            found.append(Notice("worker", sentences((item.at, True), zone), at=item.at))
        elif item.person is not None and item.person.replied_at is not None:
            found.append(_replied(item.person.id, item.person.name, item.person.replied_at, zone))
    return found


def _upper_first(text: str) -> str:
    """A capital at the start of a sentence, the names in it left as written."""
    return text[:1].upper() + text[1:]
