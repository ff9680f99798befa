"""``dispatch``: one pass over the outbox. Exactly once, never lost.

The database is the only queue (healthchecks' ``sendalerts``):

1. A row left in ``sending`` by a process that is gone (crashed, killed, laptop shut) may or
   may not have gone out. It is never sent again blindly: with IMAP configured its Message-ID
   is looked for in the Sent folder (found: ``sent``); otherwise it becomes ``unknown`` and the
   agenda asks the user (``outbox.recovery``).
2. A message whose slot passed more than two hours ago while nothing ran is marked late and
   waits for the user (PRODUCT.md §4); one less late goes now.
3. Messages sent whose plan action is still pending (a pass stopped just after sending) have
   their action completed.
4. Due messages are read a hundred at a time; each is claimed with a conditional UPDATE
   (``scheduled`` -> ``sending``, one row changed or someone else has it or it changed), which
   also records the attempt, and only then handed to the transport; the outcome is recorded
   after (``outbox.ledger``: at most one message is ever in the server's hands and not yet
   recorded). One SMTP connection serves the whole pass. Temporary failures are retried after
   1, 5, 15 and 60 minutes, then fail; permanent ones fail at once with the server's words.
5. A panel (the messages of one kind to several people of one interview) never leaves at the
   same second, even when a pass finds several of its messages due at once (a catch-up, a
   worker run every ten minutes): a message whose panel had one leave less than two minutes
   ago is moved a random 2–7 minutes after the last one (PRODUCT.md §4), not sent.
6. Just before it is claimed, a message is checked against its interview as it stands
   (``outbox.follow``): cancelled with it, moved to its slot, held for the user, or
   recomposed with the interview's new facts before it leaves.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.db.models import Q, QuerySet

from lastimpression import clock as program_clock
from lastimpression.core.slots import PANEL_GAP, panel_slot
from lastimpression.core.validation import InvalidValue
from lastimpression.interviews.services import require_profile
from lastimpression.outbox.chunks import read_due
from lastimpression.outbox.follow import Standings, at_departure
from lastimpression.outbox.imap import SentFolder, imap_settings
from lastimpression.outbox.ledger import Ledger, PlanIndex, settle_unsettled
from lastimpression.outbox.mime import email_bytes, mailto_link, sender
from lastimpression.outbox.models import Message
from lastimpression.outbox.recovery import Report, claimer, mark_late, recover
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
    interview and plan actions, then claimed and sent one by one (``outbox.ledger``)."""

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
        self.ledger = Ledger(claimer(transport.name))
        self.standings = Standings(now)
        from lastimpression.outbox.smtp import SmtpTransport

        # Over SMTP, the claim overlaps MAIL FROM and the next message's preparation the end of data.
        self.smtp = transport if isinstance(transport, SmtpTransport) else None
        # The next message, prepared while the one before it was in the server's hands.
        self.ahead: tuple[int, Report | _Departure | Exception] | None = None

    def run(self, ids: list[int], should_stop: Callable[[], bool]) -> list[Report]:
        try:
            return self._run(ids, should_stop)
        finally:
            self.ledger.settle()

    def _run(self, ids: list[int], should_stop: Callable[[], bool]) -> list[Report]:
        reports: list[Report] = []
        for start in range(0, len(ids), self.CHUNK):
            chunk = ids[start : start + self.CHUNK]
            messages = read_due(chunk, self.now)
            self.ledger.settle()
            self.ledger.plan = self.standings.plan = PlanIndex(messages)
            self.standings.read_panels({message.interview_id for message in messages})
            self.ahead = None
            for index, message in enumerate(messages):
                step = self._step(message, should_stop)
                if isinstance(step, _Stop):
                    return reports
                following = messages[index + 1] if index + 1 < len(messages) else None
                report = step if isinstance(step, Report) else self.deliver(step, self._ahead(step, following))
                if report is None:
                    continue
                reports.append(report)
                if report.unreachable:
                    return reports + _same_fate(ids[ids.index(message.pk) + 1 :], self.now, report)
        return reports

    def _step(self, message: Message, should_stop: Callable[[], bool]) -> Report | _Departure | _Stop:
        """What to do with ``message``: prepared while the message before it was in the
        server's hands (``_ahead``), else now. ``_STOP`` when the pass was asked to stop, which
        is asked here, right before the message would be claimed (a SIGTERM that came while
        the message before it was in the server's hands stops the pass before this one)."""
        ahead, self.ahead = self.ahead, None
        prepared = ahead[1] if ahead is not None and ahead[0] == message.pk else None
        if isinstance(prepared, Report):
            return prepared  # already done (moved, cancelled…): said even if the pass stops now
        if should_stop():
            return _STOP
        if prepared is None:
            return self.prepare(message)
        if isinstance(prepared, Exception):
            raise prepared
        return prepared

    def _ahead(self, current: _Departure, following: Message | None) -> Callable[[], None] | None:
        """What the transport may run while the server answers ``current``'s end of data:
        prepare ``following`` (its last check, its place in its panel, its bytes), which
        changes nothing that could make ``current`` leave twice. Not for a message of the same
        panel: it needs to know whether ``current`` left."""
        if following is None or (following.interview_id, following.kind) == (
            current.message.interview_id, current.message.kind,
        ):  # fmt: skip
            return None

        def meanwhile() -> None:
            try:
                self.ahead = (following.pk, self.prepare(following))
            except Exception as error:  # raised when its turn comes, not into the SMTP exchange
                self.ahead = (following.pk, error)

        return meanwhile

    def mine(self, message: Message) -> QuerySet[Message]:
        """``message``'s row while this pass holds it (for the outcomes other than sent)."""
        return Message.objects.filter(pk=message.pk, status="sending", claimed_by=self.ledger.claimer)

    def space(self, message: Message, at: datetime) -> Report | None:
        """A report when ``message`` must wait for its panel (and is moved), else None.
        ``self.panels`` holds, per panel, its departures: recent, or planned by this pass."""
        panel = (message.interview_id, message.kind)
        departures = self.panels.get(panel, [])
        later = panel_slot(at, departures, self.standings.calendar(message.interview), self.rng.randint)
        if later == at:
            return None  # its departure is recorded by ``deliver`` if it leaves
        moved = Message.objects.filter(pk=message.pk, status="scheduled", version=message.version).update(
            scheduled_at=later, next_attempt_at=None, updated_at=at
        )
        if not moved:
            return None  # changed since it was read: not ours
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

    def claim(self, departure: _Departure) -> Report | None:
        """Make ``departure``'s message ours (``Ledger.claim``) and check, now that nobody else
        can change it, that no reply made it needless. None when it may leave; else the
        report of what became of it (``departure.refused`` when it was not ours)."""
        message, at = departure.message, departure.at
        if not self.ledger.claim(message, at):
            departure.refused = True
            return None  # another process has it, or it changed since it was read: not ours
        reason = replied_instead(message, self.language)
        if reason is not None:
            self.mine(message).update(status="cancelled", last_error=reason, updated_at=at)
            return Report(message.id, message.person.name, "cancelled", reason)
        return None

    def deliver(self, departure: _Departure, meanwhile: Callable[[], None] | None = None) -> Report | None:
        """Claim the message and hand it to the transport; the report of what became of it, or
        None when it was not ours to send. Over SMTP the claim is made while the server
        answers MAIL FROM (``SmtpTransport.deliver``), and ``meanwhile`` prepares the next
        message while it answers the end of data."""
        report = self._hand_over(departure, meanwhile)
        if report is not None and report.outcome in ("sent", "unknown"):  # it left, or may have
            message = departure.message
            self.panels.setdefault((message.interview_id, message.kind), []).append(departure.at)
        return report

    def _hand_over(self, departure: _Departure, meanwhile: Callable[[], None] | None) -> Report | None:
        message, at, language = departure.message, departure.at, self.language
        name = message.person.name
        stopped: list[Report] = []
        overlapped = self.smtp is not None and departure.invalid is None

        def claim() -> bool:
            report = self.claim(departure)
            if report is not None:
                stopped.append(report)
            return not departure.refused and report is None

        if not overlapped:
            if not claim():
                return stopped[0] if stopped else None
            if departure.invalid is not None:
                words = departure.invalid.say(language)
                self.mine(message).update(status="failed", last_error=words, updated_at=at)
                return Report(message.id, name, "failed", words)
        try:
            if self.smtp is not None and overlapped:
                delivery = self.smtp.deliver(
                    departure.data, self.origin[1], departure.recipients, file_name="", claim=claim, meanwhile=meanwhile
                )
            else:
                # The file's name matters only where a file is written.
                file_name = eml_name(message.id, message.kind, name) if self.transport.name == "folder" else ""
                delivery = self.transport.deliver(
                    departure.data, self.origin[1], departure.recipients, file_name=file_name
                )
        except MailError as error:
            return _failed(message, self.mine(message), error, at, language)
        except Exception as error:  # a bug, not the server: never guess whether it went out
            self.mine(message).update(status="unknown", last_error=f"{type(error).__name__}: {error}", updated_at=at)
            return Report(message.id, name, "unknown", str(error))
        if delivery.outcome == "skipped":
            return stopped[0] if stopped else None
        if delivery.outcome == "written":
            self.mine(message).update(
                status="scheduled", written_at=at, written_to=delivery.path, claimed_by="", updated_at=at
            )
            return Report(message.id, name, "written", delivery.path, mailto_link(message), at)
        note = delivery.note
        if isinstance(self.sent_folder, SentFolder) and self.sent_folder.settings.sent_folder:
            try:
                self.sent_folder.append(departure.data, at)
            except MailError as error:
                note = "; ".join(filter(None, [note, error.say(language)]))
        self.ledger.sent(message, at, note)
        return Report(message.id, name, "sent", note, at=at)


class _Stop:
    """Asked to stop (``should_stop``) before a message: the pass ends there."""


_STOP = _Stop()


@dataclass(slots=True)
class _Departure:
    """A message ready to be claimed and sent at ``at``: its e-mail's bytes and envelope
    recipients, or why it cannot leave (``invalid``: recorded failed once claimed)."""

    message: Message
    at: datetime
    data: bytes = b""
    recipients: list[str] = field(default_factory=list)
    invalid: InvalidValue | None = None
    refused: bool = False  # its claim found it was not ours


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


def _failed(message: Message, mine: QuerySet[Message], error: MailError, at: datetime, language: str) -> Report:
    words = error.say(language)
    if error.stage == "unconfirmed":  # it may have been delivered: never sent again blindly
        mine.update(status="unknown", last_error=words, updated_at=at)
        return Report(message.id, message.person.name, "unknown", words)
    unreachable = error.stage == "connect"
    if error.permanent or message.attempts > len(BACKOFF):
        mine.update(status="failed", last_error=words, updated_at=at)
        return Report(message.id, message.person.name, "failed", words, unreachable=unreachable)
    retry_at = at + BACKOFF[message.attempts - 1]
    mine.update(status="scheduled", next_attempt_at=retry_at, last_error=words, claimed_by="", updated_at=at)
    return Report(message.id, message.person.name, "retry", words, at=retry_at, unreachable=unreachable)
