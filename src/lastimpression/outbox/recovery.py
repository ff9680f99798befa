"""Crash recovery and late messages, before a pass sends anything (``dispatch``'s steps 1-3).

A row left in ``sending`` by a process that is gone (crashed, killed, laptop shut) is settled
by its chunk's journal (``outbox.journal``) when that says for sure: accepted by the server,
refused, or never handed over (due again). One that may have gone out is never sent again
blindly: with IMAP configured its Message-ID is looked for in the Sent folder (found:
``sent``); otherwise it becomes ``unknown`` and the agenda asks the user. A message whose
slot passed more than two hours ago while nothing ran is marked late and waits for the user
(PRODUCT.md §4). Also ``Report``, what a pass says of each message it touched.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from django.db.models import F, Q, QuerySet

from lastimpression.core.followthrough import TextBasis
from lastimpression.outbox import journal
from lastimpression.outbox.imap import SentFolder
from lastimpression.outbox.models import Message
from lastimpression.outbox.notices import said
from lastimpression.outbox.sending import plan_action
from lastimpression.outbox.transport import MailError
from lastimpression.phrases import Phrase, tr

LATE_AFTER = timedelta(hours=2)
# A claim older than this, whoever holds it, is a crash: an SMTP exchange never lasts so long.
STALE_CLAIM = timedelta(minutes=15)

Outcome = Literal[
    "sent", "written", "retry", "failed", "unknown", "late", "cancelled", "requeued", "spaced", "held", "moved"
]


@dataclass(frozen=True)
class Report:
    """What the pass did with one message. ``detail`` is for the user (the error, the file
    written, the retry time); ``link`` is a ``mailto:`` for a written message."""

    message_id: int
    person: str
    outcome: Outcome
    detail: str = ""
    link: str = ""
    at: datetime | None = None
    # The server could not be reached or logged into: nothing was sent.
    unreachable: bool = False


def claimer(transport: str) -> str:
    """This process's name on the rows it claims: ``smtp:HOST:PID``."""
    return f"{transport}:{socket.gethostname()}:{os.getpid()}"


def _process_gone(claimed_by: str) -> bool:
    """True when ``claimed_by`` names a process of this machine that no longer exists."""
    _, _, rest = claimed_by.partition(":")
    host, _, pid = rest.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    if int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def orphans(now: datetime) -> list[Message]:
    """Rows in ``sending`` whose claimer is gone, or whose claim is older than STALE_CLAIM, or
    this process's own whose chunk no pass of it holds any more (its record failed)."""
    found = Message.objects.filter(status="sending").select_related("person", "interview")
    return [
        message
        for message in found
        if message.claimed_at is None
        or message.claimed_at < now - STALE_CLAIM
        or _process_gone(message.claimed_by)
        or _left_by_this_process(message)
    ]


def _left_by_this_process(message: Message) -> bool:
    from django.conf import settings

    if message.claimed_at is None or not message.claimed_by.endswith(f":{socket.gethostname()}:{os.getpid()}"):
        return False
    path = journal.path_of(settings.HOME, message.claimed_by, message.claimed_at)
    return path is not None and not journal.in_hand(path)


def _uncertain_words(message: Message, language: str, checked: Phrase | str) -> str:
    """What the message's ``last_error`` says in ``language``: it may or may not have gone out
    (``checked``: what the Sent folder said, "" when it was not looked in), and what to do."""
    stopped = (
        tr(
            "The program stopped while sending: this message may or may not have gone out (%(checked)s).",
            checked=checked,
        )
        if checked
        else tr("The program stopped while sending: this message may or may not have gone out.")
    )
    look = tr(
        "Look in your Sent folder: if it is there, confirm with `lastimpression message sent %(id)s`; "
        "if not, send it again with `lastimpression send %(id)s --now`.",
        id=message.id,
    )
    return said((stopped, look), language)


def stopped_words(message: Message, language: str) -> str:
    """What ``last_error`` says of a message the program stopped sending (it may have left)."""
    return _uncertain_words(message, language, "")


def recover(now: datetime, sent_folder: object | None, language: str) -> list[Report]:
    """Settle the orphans (see the module's docstring). ``sent_folder`` is an
    ``imap.SentFolder`` or None."""

    reports = []
    for message in orphans(now):
        base = Message.objects.filter(pk=message.pk, status="sending", claimed_by=message.claimed_by)
        if message.claimed_by.startswith("folder:"):
            # Only a file was being written: writing it again sends nothing.
            if base.update(status="scheduled", claimed_by="", claimed_at=None, updated_at=now):
                reports.append(Report(message.id, message.person.name, "requeued"))
            continue
        settled = _by_journal(message, base, now)
        if settled is not None:
            reports += settled
            continue
        found = False
        checked: Phrase | str = ""  # what the Sent folder said
        if isinstance(sent_folder, SentFolder):
            try:
                found = sent_folder.holds(message.message_id_header)
                checked = tr("not in the Sent folder")
            except MailError as error:
                checked = error.say(language)
        if found:
            if base.update(status="sent", sent_at=message.claimed_at or now, last_error="", updated_at=now):
                complete_plan(message)
                reports.append(Report(message.id, message.person.name, "sent", "found in the Sent folder"))
            continue
        words = _uncertain_words(message, language, checked)
        if base.update(status="unknown", last_error=words, updated_at=now):
            reports.append(Report(message.id, message.person.name, "unknown", words))
    _forget_journals()
    return reports


def _by_journal(message: Message, base: QuerySet[Message], now: datetime) -> list[Report] | None:
    """Settle ``message`` by its chunk's journal (``outbox.journal``) when it says for sure:
    accepted by the server (sent), refused by it (failed, or due again), or never handed over
    (due again: only when its process is gone or done with the chunk, and the journal is whole).
    None when it may have reached the server, or the journal is missing or damaged."""
    from django.conf import settings

    path = journal.path_of(settings.HOME, message.claimed_by, message.claimed_at) if message.claimed_at else None
    chunk = journal.read(path) if path is not None else None
    if chunk is None:
        return None
    entry = chunk.of(message.pk, message.version)
    name = message.person.name
    if entry is not None and entry.step == "sent":
        sent_at = entry.at or message.claimed_at or now
        if not base.update(status="sent", sent_at=sent_at, last_error=entry.words, attempts=F("attempts") + 1):
            return []
        message.sent_at = sent_at
        complete_plan(message)
        return [Report(message.id, name, "sent", entry.words, at=sent_at)]
    if entry is not None and entry.step == "refused":
        if entry.permanent:
            done = base.update(status="failed", last_error=entry.words, attempts=F("attempts") + 1)
            return [Report(message.id, name, "failed", entry.words)] if done else []
        done = base.update(
            status="scheduled", claimed_by="", claimed_at=None, last_error=entry.words, attempts=F("attempts") + 1
        )  # fmt: skip
        return [Report(message.id, name, "retry", entry.words, at=now)] if done else []
    if entry is None and not chunk.damaged and (_process_gone(message.claimed_by) or _left_by_this_process(message)):
        # Never handed over: its attempt would be in the journal before its MAIL FROM.
        if base.update(status="scheduled", claimed_by="", claimed_at=None, updated_at=now):
            return [Report(message.id, name, "requeued")]
        return []
    return None


def _forget_journals() -> None:
    """Remove the journals of chunks nobody holds any more and no row in ``sending`` names."""
    from django.conf import settings

    here = socket.gethostname()
    for path in journal.leftovers(settings.HOME):
        who = journal.owner(path)
        if who is None or who[0] != here or journal.in_hand(path):
            continue
        claimer = f":{here}:{who[1]}"
        if who[1] != os.getpid() and not _process_gone("x" + claimer):
            continue  # a live process of this machine may still record it
        if not Message.objects.filter(status="sending", claimed_by__endswith=claimer).exists():
            path.unlink(missing_ok=True)


def mark_late(now: datetime) -> list[Report]:
    """Flag the scheduled messages whose slot (or retry) passed more than LATE_AFTER ago."""
    cutoff = now - LATE_AFTER
    late = Message.objects.filter(status="scheduled", late=False, written_at=None).filter(
        Q(next_attempt_at=None, scheduled_at__lt=cutoff) | Q(next_attempt_at__lt=cutoff)
    )
    reports = [
        Report(message.id, message.person.name, "late", at=message.scheduled_at)
        for message in late.select_related("person")
    ]
    Message.objects.filter(pk__in=[report.message_id for report in reports], status="scheduled").update(
        late=True, updated_at=now
    )
    return reports


def complete_plan(message: Message) -> None:
    """The plan's action this message fulfils is done (a thank-you done pins the follow-up's
    promised date)."""
    from lastimpression.planning.service import complete

    action = plan_action(message)
    if action is not None and action.status == "pending":
        written = TextBasis.from_text(message.basis)
        # A thank-you whose text named no date (not the main contact's) pins nothing.
        pins = written is None or written.promise is not None
        complete(action.id, "done", promised=written.promise if written else None, pins=pins)
