"""A message's card on its interview's page: what it shows (header preview, checks, how it
will leave) and which buttons it offers in its status, within the message's state machine
(``core.followthrough``). The views that act on it are in ``web/message_views.py``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from lastimpression.core.followthrough import Use, allows

if TYPE_CHECKING:
    from lastimpression.core.lint.finding import Finding
    from lastimpression.interviews.models import Interview
    from lastimpression.outbox.models import Message

# What the card offers, by status; the services still decide, this only keeps a page that is
# out of date from posting what it no longer shows.
_EMAIL_OFFERS = {
    "draft": frozenset({"save", "schedule", "now", "sent", "cancel"}),
    "failed": frozenset({"save", "schedule", "now", "sent", "cancel"}),
    "scheduled": frozenset({"save", "now", "cancel"}),
    "unknown": frozenset({"save", "schedule", "sent"}),
}


# The card's buttons as uses of core.followthrough's state machine.
_USES: dict[str, Use] = {
    "save": "edit",
    "schedule": "schedule",
    "now": "schedule",
    "sent": "mark_sent",
    "cancel": "cancel",
}


def offers(message: Message) -> frozenset[str]:
    """The actions the card of ``message`` offers: ``save``, ``schedule`` (at the plan's slot),
    ``now``, ``sent`` (confirmed by hand), ``cancel``. None for a final message (sent,
    cancelled, bounced) nor one being sent; a LinkedIn note is never scheduled."""
    if message.kind == "linkedin":
        return frozenset({"save", "sent", "cancel"}) if message.status == "draft" else frozenset()
    offered = _EMAIL_OFFERS.get(message.status, frozenset())
    if message.status == "scheduled" and message.written_to:
        # Written to the outbox folder, not sent: the user sends it and says so.
        offered |= {"sent"}
    if message.status == "scheduled" and message.late:
        # Its slot passed while nothing was sending: send it now or take the next slot.
        offered |= {"schedule"}
    # Never more than the message's state machine allows (core.followthrough.ALLOWED).
    return frozenset(button for button in offered if allows(message.status, _USES[button]))


def accepts(message: Message, action: str) -> bool:
    """Whether a post of ``action`` is taken: what the card offers, and "send now" for an
    ``unknown`` e-mail, which the dashboard offers beside "It was sent"."""
    unknown_now = action == "now" and message.status == "unknown" and message.kind != "linkedin"
    return action in offers(message) or unknown_now


@dataclass(frozen=True)
class Card:
    """What ``web/_message.html`` shows of a message."""

    message: Message
    findings: list[tuple[str, str, str]]
    offers: frozenset[str]
    sender: tuple[str, str] = ("", "")
    replying_to: str = ""
    problem: str = ""
    editing: bool = False
    # "I sent it myself" was pressed: the card asks to confirm it before recording it.
    confirming: bool = False
    language: str = "en"

    @property
    def slot(self) -> tuple[str, str]:
        """When the Schedule button would send it (the plan's slot, ``sending.default_slot``), as
        (the day, empty when it is today for the user; the hour, its zone named when it is not
        the user's): ("", "12:00"), ("vendredi 4 décembre", "10:00, heure de Toronto")."""
        from django.utils import timezone

        from lastimpression import clock
        from lastimpression.outbox.sending import default_slot
        from lastimpression.web.leaving import day_words, hour_words

        now, here = clock.now(), timezone.get_current_timezone_name()
        slot, there = default_slot(self.message, now), self.message.interview.timezone
        return day_words(slot, now, there, here, self.language), hour_words(slot, there, here, self.language)

    @property
    def mode(self) -> str:
        """How a scheduled message will leave: "smtp", "drafts" or "remind" (``drafts.sending_mode``)."""
        from django.conf import settings

        from lastimpression.outbox.drafts import sending_mode

        return sending_mode(settings.CONFIG)

    @property
    def undo_until(self) -> datetime | None:
        """Until when "I sent it myself" can be taken back (``outbox.manual.undo_until``)."""
        from lastimpression.outbox.manual import undo_until

        return undo_until(self.message) if self.message.by_hand else None

    @property
    def mailto(self) -> str:
        from lastimpression.outbox.mime import mailto_link

        return mailto_link(self.message) if self.message.to and self.message.kind != "linkedin" else ""

    @property
    def profile_url(self) -> str:
        """The person's LinkedIn profile (stored normalised to https://www.linkedin.com/in/…)."""
        url = self.message.person.linkedin
        return url if url.startswith("https://") else ""


def _sender() -> tuple[str, str]:
    from lastimpression.interviews.services import profile
    from lastimpression.outbox.mime import sender

    owner = profile()
    return sender(owner) if owner is not None else ("", "")


def card_of(
    message: Message,
    lang: str,
    *,
    sender: tuple[str, str] | None = None,
    replying_to: str | None = None,
    findings: list[Finding] | None = None,
    problem: str = "",
    editing: bool = False,
    confirming: bool = False,
) -> Card:
    """The card of ``message``; ``findings`` default to the linter's on its text as it stands."""
    from lastimpression.outbox.drafting import lint_message
    from lastimpression.outbox.models import Message as Stored

    if replying_to is None:
        replying_to = ""
        if message.in_reply_to:
            found = Stored.objects.filter(message_id_header=message.in_reply_to).values_list("subject", flat=True)
            replying_to = found.first() or ""
    checked = lint_message(message) if findings is None else findings
    return Card(
        message, [(f.code, f.severity, f.text(lang)) for f in checked], offers(message),
        sender if sender is not None else _sender(), replying_to, problem, editing, confirming, lang,
    )  # fmt: skip


def message_cards(interview: Interview, lang: str, instead: Card | None = None) -> list[Card]:
    """The cards of the interview's messages, by kind then person; ``instead`` replaces the
    card of its message (a refused action, said in its card)."""
    stored = list(interview.messages.select_related("person", "interview").order_by("kind", "person_id"))
    subjects = {message.message_id_header: message.subject for message in stored}
    origin = _sender()
    return [
        instead
        if instead is not None and instead.message.pk == message.pk
        else card_of(message, lang, sender=origin, replying_to=subjects.get(message.in_reply_to, ""))
        for message in stored
    ]
