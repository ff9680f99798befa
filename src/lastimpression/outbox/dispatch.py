"""``dispatch``: one pass over the outbox. Exactly once, never lost.

The database is the only queue (healthchecks' ``sendalerts``):

1. A row left in ``sending`` by a process that is gone (crashed, killed, laptop shut) is
   settled by its chunk's journal (``outbox.journal``): sent (the server's 250 is written
   there), refused, or never handed over (scheduled again). One that may have reached the
   server is never sent again blindly: with IMAP configured its Message-ID is looked for in the
   Sent folder (found: ``sent``); otherwise it becomes ``unknown`` and the agenda asks the
   user (``outbox.recovery``).
2. A message whose slot passed more than two hours ago while nothing ran is marked late and
   waits for the user (PRODUCT.md §4); one less late goes now.
3. Messages sent whose plan action is still pending (a pass stopped just after sending) have
   their action completed.
4. Due messages are read a hundred at a time and checked (step 6); those that may leave are
   claimed in one commit with a conditional UPDATE each (``scheduled`` -> ``sending``, only if
   unchanged since read), handed to the transport one by one, each one's progress appended to
   the chunk's journal (attempt before MAIL FROM, sent after the server's 250), and their
   outcomes recorded in one more commit (``outbox.ledger``). If anything is written to the
   database after the claim (an edit, a change to an interview, a reply), the chunk's messages
   not yet handed over go back unsent and wait for the next pass, which checks them again.
   One SMTP connection serves the whole pass. Temporary failures are retried after 1, 5, 15
   and 60 minutes, then fail; permanent ones fail at once with the server's words.
5. A panel (the messages of one kind to several people of one interview) never leaves at the
   same second, even when a pass finds several of its messages due at once (a catch-up, a
   worker run every ten minutes): a message whose panel had one leave less than two minutes
   ago is moved a random 2–7 minutes after the last one (PRODUCT.md §4), not sent.
6. Just before its chunk is claimed, a message is checked against its interview as it stands
   (``outbox.follow``): cancelled with it, moved to its slot, held for the user, or
   recomposed with the interview's new facts before it leaves.
"""

from __future__ import annotations

import random
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.db.models import Q

from lastimpression import clock as program_clock
from lastimpression.core.slots import PANEL_GAP, panel_slot
from lastimpression.core.validation import InvalidValue
from lastimpression.interviews.services import require_profile
from lastimpression.outbox.chunks import read_due
from lastimpression.outbox.follow import Standings, at_departure
from lastimpression.outbox.imap import SentFolder, imap_settings
from lastimpression.outbox.journal import Journal, fresh_instant
from lastimpression.outbox.journal import path_of as journal_path
from lastimpression.outbox.ledger import Outcome, PlanIndex, claim, record, released, settle_unsettled, writes_seen
from lastimpression.outbox.mime import email_bytes, mailto_link, sender
from lastimpression.outbox.models import Message
from lastimpression.outbox.recovery import Report, claimer, mark_late, recover, stopped_words
from lastimpression.outbox.sending import Scheduled, check_recipient, replied_instead
from lastimpression.outbox.transport import FolderTransport, MailError, Transport, eml_name

BACKOFF = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15), timedelta(minutes=60))


def _language() -> str:
    from lastimpression.interviews.models import Profile

    found = Profile.objects.order_by("id").values_list("language", flat=True).first()
    return found or "en"


def due(now: datetime) -> Q:
    """The messages a pass may claim at ``now``."""
    return Q(status="scheduled", late=False, written_at=None, scheduled_at__lte=now) & (
        Q(next_attempt_at=None) | Q(next_attempt_at__lte=now)
    )


def send_now(message_id: int | str, now: datetime, *, force: bool = False) -> tuple[Scheduled, list[Report]]:
    """ "Send now", for the CLI (``send --now``) and the web's button alike: schedule the
    message at ``now`` (every check of ``sending.schedule``: refusals raise), then run one
    pass, recorded in the heartbeat. Returns what was scheduled and the pass's reports."""
    from lastimpression.outbox.sending import schedule
    from lastimpression.outbox.worker import beat

    done = schedule(message_id, at=now, now=now, force=force)
    reports = dispatch(now)
    beat("dispatch", now)
    done.message.refresh_from_db()
    return done, reports


def default_transport() -> Transport:
    """The transport of the sending mode (``drafts.sending_mode``): SMTP; the user's Drafts
    over IMAP; else the outbox folder of the home (a ready-to-send ``.eml``, NOT sent)."""
    from lastimpression.outbox.drafts import DraftsTransport, sending_mode
    from lastimpression.outbox.smtp import SmtpTransport, smtp_settings

    mode = sending_mode(settings.CONFIG)
    configured = smtp_settings(settings.CONFIG)
    if mode == "smtp" and configured is not None:
        return SmtpTransport(configured)
    account = imap_settings(settings.CONFIG)
    if mode == "drafts" and account is not None:
        return DraftsTransport(account)
    return FolderTransport(Path(settings.HOME) / "outbox")


def dispatch(
    now: datetime,
    *,
    transport: Transport | None = None,
    clock: Callable[[], datetime] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    rng: random.Random | None = None,
) -> list[Report]:
    """One pass: recover orphans, flag late messages, send what is due. Returns a report per
    message touched. ``clock`` dates each send (default: the program's clock);
    ``should_stop`` is asked before each message (SIGTERM: finish the one in hand, stop);
    ``rng`` draws the gaps of a panel spaced out by the pass.

    Raises MailError only for a password file that cannot be read; a message's failure is
    recorded on the message, never raised.
    """

    tick = clock or program_clock.now
    language = _language()
    imap = imap_settings(settings.CONFIG)
    sent_folder = SentFolder(imap) if imap is not None else None
    reports: list[Report] = []
    chosen = transport or default_transport()
    try:
        reports += recover(now, sent_folder, language)
        settle_unsettled()
        reports += mark_late(now)
        ids = list(Message.objects.filter(due(now)).order_by("scheduled_at", "id").values_list("id", flat=True))
        if ids:
            reports += _Pass(now, tick, chosen, sent_folder, language, rng).run(ids, should_stop)
    finally:
        chosen.close()
        if sent_folder is not None:
            sent_folder.close()
    return reports


class _Pass:
    """What stays the same for every message of a pass: the transport, the sender, the
    language, the claimer's name. Messages are read ``CHUNK`` at a time with their person,
    interview and plan actions, checked, claimed in one commit, sent one by one with their
    progress in the chunk's journal (``outbox.journal``), and their outcomes recorded in one
    more commit (``outbox.ledger``)."""

    CHUNK = 100

    def __init__(
        self,
        now: datetime,
        tick: Callable[[], datetime],
        transport: Transport,
        sent_folder: object,
        language: str,
        rng: random.Random | None = None,
    ) -> None:
        self.now, self.tick, self.transport, self.language = now, tick, transport, language
        self.sent_folder = sent_folder
        self.rng = rng or random.SystemRandom()
        self.panels = _recent_departures(now)
        self.profile = require_profile()
        self.origin = sender(self.profile)
        self.copy_to_self = transport.name == "smtp" and bool(settings.CONFIG.get("smtp", "copy_to_self", False))
        self.claimer = claimer(transport.name)
        self.standings = Standings(now)
        self.plan: PlanIndex | None = None
        # Where no cheap token says that nothing changed since the claim (PostgreSQL), a chunk
        # is one message, claimed just before it leaves.
        self.size = self.CHUNK if writes_seen() is not None else 1

    def run(self, ids: list[int], should_stop: Callable[[], bool]) -> list[Report]:
        reports: list[Report] = []
        waiting = deque(ids)
        while waiting:
            chunk = [waiting.popleft() for _ in range(min(self.size, len(waiting)))]
            messages = read_due(chunk, self.now)
            self.plan = self.standings.plan = PlanIndex(messages)
            self.standings.read_panels({message.interview_id for message in messages})
            departures: list[_Departure] = []
            leaving: set[tuple[int, str]] = set()
            later: list[int] = []
            for message in messages:
                panel = (message.interview_id, message.kind)
                if panel in leaving:
                    later.append(message.pk)  # its panel's place is known once the other has left
                    continue
                step = self.prepare(message)
                if isinstance(step, Report):
                    reports.append(step)
                else:
                    departures.append(step)
                    leaving.add(panel)
            waiting.extendleft(reversed(later))
            if not departures:
                continue
            done = self.send(departures, should_stop)
            reports += done.reports
            if done.stopped:
                return reports
            if done.unreachable is not None:
                return reports + _same_fate(done.handed_back + list(waiting), self.now, done.unreachable)
            waiting.extendleft(reversed(done.again))
        return reports

    def space(self, message: Message, at: datetime) -> Report | None:
        """A report when ``message`` must wait for its panel (and is moved), else None.
        ``self.panels`` holds, per panel, its departures: recent, or planned by this pass."""
        panel = (message.interview_id, message.kind)
        departures = self.panels.get(panel, [])
        later = panel_slot(at, departures, self.standings.calendar(message.interview), self.rng.randint)
        if later == at:
            return None  # its departure is recorded by ``send`` if it leaves
        moved = Message.objects.filter(pk=message.pk, status="scheduled", version=message.version).update(
            scheduled_at=later, next_attempt_at=None, updated_at=at
        )
        if not moved:
            return None  # changed since it was read: its claim fails, not ours
        self.panels.setdefault(panel, []).append(later)
        return Report(message.id, message.person.name, "spaced", at=later)

    def prepare(self, message: Message) -> Report | _Departure:
        """Everything before the claim: the last check against the interview, the panel's
        spacing, the e-mail's bytes. A report when the message does not leave now."""
        at = self.tick()
        changed = self.follow(message)
        if changed is not None:
            return changed
        waits = self.space(message, at)
        if waits is not None:
            return waits
        try:
            data = email_bytes(message, self.profile, date=at, origin=self.origin)
            recipients = [check_recipient(message)]
        except InvalidValue as error:
            return _Departure(message, at, invalid=error)
        if self.copy_to_self:
            recipients.append(self.origin[1])
        return _Departure(message, at, data, recipients)

    def follow(self, message: Message) -> Report | None:
        """The last check against the interview as it stands (``outbox.follow``): a report
        when the message does not leave now (cancelled, held for the user, moved to its
        slot). A text composed again with the interview's new facts leaves as recomposed."""
        change = at_departure(message, self.standings)
        if change is None:
            return None
        name = message.person.name
        if change.change == "cancel":
            return Report(message.id, name, "cancelled", change.say(self.language))
        if change.change == "hold":
            return Report(message.id, name, "held", change.say(self.language))
        if change.change == "reslot" or change.at is not None:
            return Report(message.id, name, "moved", change.say(self.language), at=change.at)
        message.refresh_from_db()  # recomposed at the same time: it leaves now, as rewritten
        return None

    def send(self, departures: list[_Departure], should_stop: Callable[[], bool]) -> _Sent:
        """Claim ``departures`` in one commit, hand each to the transport, record the outcomes
        in one commit. The chunk's journal, created before the claim and removed after the
        record, says of each message whether it was handed over (``outbox.journal``)."""
        claimed_at = fresh_instant(self.tick())
        path = journal_path(settings.HOME, self.claimer, claimed_at)
        assert path is not None  # this process's own name
        journal = Journal(path)
        try:
            claimed = claim(self.claimer, [departure.message for departure in departures], claimed_at)
        except BaseException:
            journal.close()  # nothing was claimed
            raise
        mark = writes_seen()
        done = _Sent()
        ours = {message.pk for message in claimed}
        hand = [departure for departure in departures if departure.message.pk in ours]
        outcomes: list[Outcome] = []
        try:
            for index, departure in enumerate(hand):
                if should_stop():
                    done.stopped = True
                elif writes_seen() != mark:
                    # Something was written since the claim (an edit, an interview moved or
                    # cancelled, a reply): the rest goes back, unsent, and the next pass
                    # checks it again. Nothing of the chunk leaves unchecked.
                    pass
                elif time.monotonic() - done.started > CHUNK_SECONDS:
                    done.again = [rest.message.pk for rest in hand[index:]]  # checked again, now
                else:
                    outcome, report = self.deliver(departure, journal)
                    outcomes.append(outcome)
                    done.reports.append(report)
                    if not report.unreachable:
                        continue
                    done.unreachable = report
                    done.handed_back = [rest.message.pk for rest in hand[index + 1 :]]
                    index += 1
                outcomes += [released(rest.message, self.now) for rest in hand[index:]]
                break
        except BaseException:
            # Interrupted (a bug, Ctrl-C): what was handed over is in the journal; record the
            # rest as handed back, the message in hand as unknown.
            settled = {outcome.message.pk for outcome in outcomes}
            for departure in hand:
                if departure.message.pk not in settled:
                    attempted = departure.message.pk == journal.last
                    outcomes.append(
                        _unknown(departure.message, departure.at, stopped_words(departure.message, self.language))
                        if attempted
                        else released(departure.message, self.now)
                    )
            self._record(journal, outcomes)
            raise
        self._record(journal, outcomes)
        return done

    def _record(self, journal: Journal, outcomes: list[Outcome]) -> None:
        try:
            record(self.claimer, outcomes, self.plan)
        except BaseException:
            journal.release()  # left for recovery, which reads it
            raise
        journal.close()
        for outcome in outcomes:
            if outcome.sent or outcome.fields.get("status") == "unknown":  # it left, or may have
                message = outcome.message
                self.panels.setdefault((message.interview_id, message.kind), []).append(outcome.at)

    def deliver(self, departure: _Departure, journal: Journal) -> tuple[Outcome, Report]:
        """Hand one claimed message to the transport, its progress in ``journal``: what to
        record, and what to say."""
        message, at, language = departure.message, departure.at, self.language
        name = message.person.name
        reason = replied_instead(message, language)
        if reason is not None:
            outcome = Outcome(message, at, attempted=False, fields={"status": "cancelled", "last_error": reason})
            return outcome, Report(message.id, name, "cancelled", reason)
        if departure.invalid is not None:
            words = departure.invalid.say(language)
            return _fields(message, at, False, status="failed", last_error=words), Report(
                message.id, name, "failed", words
            )
        journal.attempt(message.pk, message.version)
        message.attempts += 1
        try:
            # The file's name matters only where a file is written.
            file_name = eml_name(message.id, message.kind, name) if self.transport.name == "folder" else ""
            delivery = self.transport.deliver(departure.data, self.origin[1], departure.recipients, file_name=file_name)
        except MailError as error:
            return _failed(message, error, at, language, journal)
        except Exception as error:  # a bug, not the server: never guess whether it went out
            return _unknown(message, at, f"{type(error).__name__}: {error}"), Report(
                message.id, name, "unknown", str(error)
            )
        if delivery.outcome == "written":
            outcome = _fields(
                message, at, True, status="scheduled", written_at=at, written_to=delivery.path, claimed_by=""
            )
            return outcome, Report(message.id, name, "written", delivery.path, mailto_link(message), at)
        journal.sent(message.pk, message.version, at, delivery.note)
        note = delivery.note
        if isinstance(self.sent_folder, SentFolder) and self.sent_folder.settings.sent_folder:
            try:
                self.sent_folder.append(departure.data, at)
            except MailError as error:
                note = "; ".join(filter(None, [note, error.say(language)]))
        return Outcome(message, at, attempted=True, sent=True, note=note), Report(message.id, name, "sent", note, at=at)


# A chunk in hand longer than this hands its rest back to be checked again (a slow server): the
# e-mails' dates and the checks stay this fresh, and a claim never nears ``STALE_CLAIM``.
CHUNK_SECONDS = 5.0


@dataclass
class _Sent:
    """What ``_Pass.send`` did with a chunk."""

    reports: list[Report] = field(default_factory=list)
    stopped: bool = False
    unreachable: Report | None = None
    handed_back: list[int] = field(default_factory=list)  # after an unreachable server
    again: list[int] = field(default_factory=list)  # handed back to be checked again this pass
    started: float = field(default_factory=time.monotonic)


def _fields(message: Message, at: datetime, attempted: bool, **fields: object) -> Outcome:
    return Outcome(message, at, attempted=attempted, fields=dict(fields))


def _unknown(message: Message, at: datetime, words: str) -> Outcome:
    return _fields(message, at, True, status="unknown", last_error=words)


@dataclass(slots=True)
class _Departure:
    """A message ready to be claimed and sent at ``at``: its e-mail's bytes and envelope
    recipients, or why it cannot leave (``invalid``: recorded failed once claimed)."""

    message: Message
    at: datetime
    data: bytes = b""
    recipients: list[str] = field(default_factory=list)
    invalid: InvalidValue | None = None


def _recent_departures(now: datetime) -> dict[tuple[int, str], list[datetime]]:
    """The departures of each panel that sent a message in the last two minutes."""
    recent = Message.objects.filter(status="sent", sent_at__gt=now - timedelta(seconds=PANEL_GAP[0]))
    departures: dict[tuple[int, str], list[datetime]] = {}
    for interview_id, kind, sent_at in recent.values_list("interview_id", "kind", "sent_at"):
        if sent_at is not None:
            departures.setdefault((interview_id, kind), []).append(sent_at)
    return departures


def _same_fate(ids: list[int], now: datetime, first: Report) -> list[Report]:
    """The server could not be reached or refused the login: the rest of the pass shares the
    first message's fate without another connection (a temporary failure waits as long, with
    no attempt counted as nothing was tried; a permanent one fails with the same words)."""
    rest = Message.objects.filter(due(now), pk__in=ids)
    names = dict(rest.values_list("id", "person__name"))
    if first.outcome == "failed":
        rest.update(status="failed", last_error=first.detail, updated_at=now)
    else:
        rest.update(next_attempt_at=first.at, last_error=first.detail, updated_at=now)
    return [Report(key, name, first.outcome, first.detail, at=first.at) for key, name in names.items()]


def _failed(
    message: Message, error: MailError, at: datetime, language: str, journal: Journal
) -> tuple[Outcome, Report]:
    words = error.say(language)
    name = message.person.name
    if error.stage == "unconfirmed":  # it may have been delivered: never sent again blindly
        return _unknown(message, at, words), Report(message.id, name, "unknown", words)
    journal.refused(message.pk, message.version, error.permanent, words)
    unreachable = error.stage == "connect"
    if error.permanent or message.attempts > len(BACKOFF):
        outcome = _fields(message, at, True, status="failed", last_error=words)
        return outcome, Report(message.id, name, "failed", words, unreachable=unreachable)
    retry_at = at + BACKOFF[message.attempts - 1]
    outcome = _fields(
        message, at, True, status="scheduled", next_attempt_at=retry_at, last_error=words, claimed_by=""
    )  # fmt: skip
    return outcome, Report(message.id, name, "retry", words, at=retry_at, unreachable=unreachable)
