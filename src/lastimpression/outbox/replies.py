"""``replies``: one IMAP pass over the configured folders, reading only what is new.

Incremental by UID: each folder's UIDVALIDITY and last UID read are stored (``MailboxState``);
when the server changes UIDVALIDITY the folder is read again from the start (what was
already recorded is not recorded twice). Only header fields are fetched, and a whole message
only when it is a delivery-status report.

A new message is, in this order:
- a **bounce** when it is a delivery-status report (``multipart/report;
  report-type=delivery-status``) saying delivery *failed* for one of our Message-IDs: that
  message becomes ``bounced``, with the server's diagnostic;
- an **automatic reply** (``Auto-Submitted`` other than ``no``, ``X-Autoreply``,
  ``X-Autorespond``, ``Precedence: auto_reply``, or a subject saying "Absence", "Out of office",
  "Réponse automatique"…): counted, nothing else;
- a **reply** when its In-Reply-To/References hold one of our Message-IDs, or when it comes from
  a person of an interview whose thank-you had gone out before it arrived: the person is marked
  as having replied and the pending follow-ups are cancelled (``[replies] cancel``: the whole
  interview's, the default, or that person's only).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import message_from_bytes
from email.message import Message as EmailMessage
from email.parser import BytesHeaderParser, HeaderParser
from email.policy import compat32
from email.utils import parseaddr, parsedate_to_datetime
from typing import Any, Literal

from django.conf import settings
from django.db.models import Q

from lastimpression import clock
from lastimpression.outbox.imap import ImapSettings, classify, connect, imap_settings, logout
from lastimpression.outbox.models import MailboxState, Message
from lastimpression.outbox.transport import MailError

FIELDS = (
    "FROM MESSAGE-ID IN-REPLY-TO REFERENCES SUBJECT DATE AUTO-SUBMITTED X-AUTOREPLY X-AUTORESPOND "
    "X-AUTORESPONDER PRECEDENCE CONTENT-TYPE"
)
CHUNK = 500
AUTOMATIC_SUBJECTS = (
    "absence", "out of office", "out-of-office", "automatic reply", "auto-reply", "autoreply", "auto reply",
    "réponse automatique", "reponse automatique", "absent du bureau", "message d'absence", "vacation reply",
)  # fmt: skip
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
FOLLOW_UPS = ("follow_up", "follow_up_2")

Kind = Literal["reply", "automatic", "bounce", "sent"]


@dataclass(frozen=True)
class Found:
    """Something ``replies`` recorded or noticed: a reply (``person`` replied at ``at``), an
    automatic reply (ignored), a bounce of message ``message_id`` (``detail``: the
    diagnostic), or a message placed in Drafts found in the Sent folder (``sent``)."""

    kind: Kind
    person: str
    at: datetime
    message_id: int | None = None
    detail: str = ""
    cancelled: int = 0


# -- reading one e-mail (pure) -----------------------------------------------------------


def referenced_ids(headers: EmailMessage) -> list[str]:
    """The Message-IDs in In-Reply-To and References, angle brackets included."""
    found: list[str] = []
    for name in ("In-Reply-To", "References"):
        for value in headers.get_all(name) or []:
            found += _MESSAGE_ID.findall(str(value))
    return found


def is_automatic(headers: EmailMessage) -> bool:
    """An out-of-office or another automatic answer (RFC 3834 and the usual vendors' marks)."""
    auto = str(headers.get("Auto-Submitted", "")).strip().lower()
    if auto and auto != "no":
        return True
    if headers.get("X-Autoreply") or headers.get("X-Autorespond") or headers.get("X-Autoresponder"):
        return True
    if str(headers.get("Precedence", "")).strip().lower() in ("auto_reply", "bulk", "junk"):
        return True
    subject = " ".join(_decoded(headers.get("Subject", "")).lower().split())
    return any(marker in subject for marker in AUTOMATIC_SUBJECTS)


def is_report(headers: EmailMessage) -> bool:
    """A ``multipart/report`` about delivery (a DSN), judged from the headers alone."""
    return headers.get_content_type() == "multipart/report" and (
        str(headers.get_param("report-type", "", header="content-type")).lower() == "delivery-status"
    )


def bounce_of(raw: bytes) -> tuple[str, str] | None:
    """(the original Message-ID, the diagnostic) when ``raw`` is a DSN saying delivery failed;
    None for a delay notice ("Action: delayed") or a report without the original's headers."""
    report = message_from_bytes(raw, policy=compat32)
    failed, diagnostic, original = False, "", ""
    for part in report.walk():
        kind = part.get_content_type()
        if kind == "message/delivery-status":
            for block in part.get_payload() or []:
                if not isinstance(block, EmailMessage):
                    continue
                if str(block.get("Action", "")).strip().lower() == "failed":
                    failed = True
                    diagnostic = diagnostic or " ".join(
                        str(block.get("Diagnostic-Code", "") or block.get("Status", "")).split()
                    )
        elif kind == "message/rfc822" and not original:
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], EmailMessage):
                original = str(inner[0].get("Message-ID", "")).strip()
        elif kind == "text/rfc822-headers" and not original:
            text = part.get_payload(decode=True)
            headers = HeaderParser().parsestr(text.decode("utf-8", "replace") if isinstance(text, bytes) else "")
            original = str(headers.get("Message-ID", "")).strip()
    ids = _MESSAGE_ID.findall(original)
    if not failed or not ids:
        return None
    if diagnostic.lower().startswith("smtp;"):
        diagnostic = diagnostic[5:].strip()
    return ids[0], diagnostic


def _decoded(value: object) -> str:
    from email.header import decode_header, make_header

    try:
        return str(make_header(decode_header(str(value))))
    except (ValueError, LookupError):
        return str(value)


def arrival(headers: EmailMessage, internal: object) -> datetime:
    """When the e-mail arrived: the server's INTERNALDATE, else its Date header, else now."""
    if isinstance(internal, datetime) and internal.tzinfo is not None:
        return internal
    try:
        dated = parsedate_to_datetime(str(headers.get("Date", "")))
        if dated.tzinfo is not None:
            return dated
    except (TypeError, ValueError):
        pass
    return clock.now()


# -- recording -----------------------------------------------------------------------------


class Mailbox:
    """What the pass compares new e-mails with: our Message-IDs, and the people's addresses
    with the instant their interview's thank-you first went out."""

    def __init__(self) -> None:
        rows = Message.objects.values_list("message_id_header", "id", "person_id")
        self.ids = {header: (message_id, person_id) for header, message_id, person_id in rows}
        self.own = {address.lower() for address in _own_addresses()}
        out = Message.objects.filter(kind="thank_you").filter(Q(status="sent") | Q(written_at__isnull=False))
        first: dict[int, datetime] = {}
        for interview_id, sent_at, written_at in out.values_list("interview_id", "sent_at", "written_at"):
            when = sent_at or written_at
            if when is not None and (interview_id not in first or when < first[interview_id]):
                first[interview_id] = when
        from lastimpression.interviews.models import Person

        self.people: dict[str, list[tuple[datetime, int]]] = {}
        for person_id, email, interview_id in Person.objects.exclude(email="").values_list(
            "id", "email", "interview_id"
        ):
            if interview_id in first:
                self.people.setdefault(email.strip().lower(), []).append((first[interview_id], person_id))

    def person_for(self, headers: EmailMessage, at: datetime) -> int | None:
        """The person this e-mail answers, or None."""
        for referenced in referenced_ids(headers):
            if referenced in self.ids:
                return self.ids[referenced][1]
        address = parseaddr(str(headers.get("From", "")))[1].strip().lower()
        if not address or address in self.own:
            return None
        candidates = [(since, person_id) for since, person_id in self.people.get(address, []) if since <= at]
        return max(candidates)[1] if candidates else None


def _own_addresses() -> list[str]:
    from lastimpression.interviews.models import Profile
    from lastimpression.outbox.mime import sender

    found = []
    for profile in Profile.objects.all():
        found += [profile.email, sender(profile)[1]]
    return [address for address in found if address]


def record(person_id: int, at: datetime, subject: str) -> Found | None:
    """Record a reply from ``person_id`` received at ``at``; None when already recorded. What
    it cancels follows the one rule a reply recorded by hand follows too
    (``sending.cancel_follow_ups_after_reply``)."""
    from django.db import transaction

    from lastimpression.interviews.models import Person
    from lastimpression.outbox.sending import cancel_follow_ups_after_reply

    person = Person.objects.select_related("interview").get(pk=person_id)
    if person.replied_at is not None:
        return None
    with transaction.atomic():
        person.replied_at, person.reply_note = at, f"e-mail: {subject}"[:500]
        person.save(update_fields=["replied_at", "reply_note"])
        cancelled = cancel_follow_ups_after_reply(person)
    return Found("reply", person.name, at, cancelled=cancelled)


def mark_bounced(message_header: str, diagnostic: str, at: datetime, mailbox: Mailbox) -> Found | None:
    """Mark our message ``bounced`` (when it had gone out or might have); None otherwise."""
    if message_header not in mailbox.ids:
        return None
    message_id, _ = mailbox.ids[message_header]
    changed = Message.objects.filter(
        Q(status__in=("sent", "unknown", "sending")) | Q(status="scheduled", written_at__isnull=False), pk=message_id
    ).update(status="bounced", last_error=diagnostic or "bounced", updated_at=at)
    if not changed:
        return None
    bounced = Message.objects.select_related("person").get(pk=message_id)
    _reopen_plan(bounced)
    return Found("bounce", bounced.person.name, at, message_id, diagnostic)


def _reopen_plan(message: Message) -> None:
    """A message that bounced did not reach anyone: the plan's action it had completed is to
    do again (the agenda shows it beside the bounce, e.g. to correct the address)."""
    from lastimpression.outbox.sending import plan_action

    action = plan_action(message)
    if action is not None and action.status == "done":
        action.status, action.completed_at = "pending", None
        action.save(update_fields=["status", "completed_at", "updated_at"])


# -- the pass --------------------------------------------------------------------------------


def _header_bytes(data: dict[bytes, Any]) -> bytes:
    for key, value in data.items():
        if key.startswith(b"BODY[HEADER") and isinstance(value, bytes):
            return value
    return b""


def _state(account: str, folder: str, uidvalidity: int, now: datetime) -> MailboxState:
    state, created = MailboxState.objects.get_or_create(
        account=account, folder=folder, defaults={"uidvalidity": uidvalidity, "last_uid": 0, "checked_at": now}
    )
    if not created and state.uidvalidity != uidvalidity:
        state.uidvalidity, state.last_uid = uidvalidity, 0
    state.checked_at = now
    return state


def _first_day() -> datetime | None:
    """Nothing before our first message left drafting can answer it."""
    first = Message.objects.exclude(status="draft").order_by("created_at").values_list("created_at", flat=True).first()
    return first - timedelta(days=1) if first is not None else None


def read_folder(client: Any, account: str, folder: str, now: datetime) -> list[Found]:
    """Read what is new in ``folder`` and record it. Raises MailError."""
    try:
        selected = client.select_folder(folder, readonly=True)
    except Exception as error:
        raise classify(error, f"{account} {folder}") from None
    uidvalidity = int(selected.get(b"UIDVALIDITY", 0))
    state = _state(account, folder, uidvalidity, now)
    if state.last_uid:
        uids = [uid for uid in client.search(["UID", f"{state.last_uid + 1}:*"]) if uid > state.last_uid]
    else:
        since = _first_day()
        if since is None:
            state.last_uid = max(int(selected.get(b"UIDNEXT", 1)) - 1, 0)
            state.save()
            return []
        uids = list(client.search(["SINCE", since.date()]))
    found: list[Found] = []
    mailbox: Mailbox | None = None
    for start in range(0, len(uids), CHUNK):
        chunk = sorted(uids)[start : start + CHUNK]
        fetched = client.fetch(chunk, ["INTERNALDATE", f"BODY.PEEK[HEADER.FIELDS ({FIELDS})]"])
        mailbox = mailbox or Mailbox()
        for uid in chunk:
            data = fetched.get(uid)
            if data is None:
                continue
            headers = BytesHeaderParser(policy=compat32).parsebytes(_header_bytes(data))
            found += _consider(client, uid, headers, arrival(headers, data.get(b"INTERNALDATE")), mailbox)
        state.last_uid = max(state.last_uid, chunk[-1])
        state.save()
    state.save()
    return found


def _consider(client: Any, uid: int, headers: EmailMessage, at: datetime, mailbox: Mailbox) -> Iterable[Found]:
    if is_report(headers):
        whole = client.fetch([uid], ["BODY.PEEK[]"]).get(uid, {}).get(b"BODY[]", b"")
        bounce = bounce_of(whole) if isinstance(whole, bytes) else None
        if bounce is not None:
            marked = mark_bounced(bounce[0], bounce[1], at, mailbox)
            return [marked] if marked else []
        return []
    person_id = mailbox.person_for(headers, at)
    if person_id is None:
        return []
    if is_automatic(headers):
        name = _person_name(person_id)
        return [Found("automatic", name, at, detail=_decoded(headers.get("Subject", "")))]
    recorded = record(person_id, at, _decoded(headers.get("Subject", "")))
    return [recorded] if recorded else []


def _person_name(person_id: int) -> str:
    from lastimpression.interviews.models import Person

    return Person.objects.filter(pk=person_id).values_list("name", flat=True).first() or ""


def check_replies(now: datetime, configured: ImapSettings | None = None) -> tuple[list[Found], list[MailError]]:
    """One pass over every configured folder. Returns what was found and the folders' errors
    (a folder that fails does not stop the others). Raises MailError when the server cannot be
    reached or logged into, or ValueError when IMAP is not configured."""
    account = configured or imap_settings(settings.CONFIG)
    if account is None:
        raise ValueError("imap.host is not set")
    found: list[Found] = []
    errors: list[MailError] = []
    # Placed in Drafts ([outbox] mode = "drafts") and since sent from the user's mail program.
    from lastimpression.outbox.drafts import confirm_from_sent

    try:
        found += [Found("sent", message.person.name, now, message.id) for message in confirm_from_sent(now, account)]
    except MailError as error:
        errors.append(error)
    client = connect(account)
    client.normalise_times = False
    try:
        for folder in account.folders:
            try:
                found += read_folder(client, account.account, folder, now)
            except MailError as error:
                errors.append(error)
    finally:
        logout(client)
    return found, errors
