"""A message as the exact e-mail that would be sent (RFC 5322, UTF-8 text/plain).

Building an e-mail with the standard library costs about a millisecond, as much as sending it
to a local server; so the e-mail is prepared once, when the message is scheduled, without its
Date (``prepare``), and dated as it leaves (``email_bytes``). The preparation is kept with the
digest of everything it was made from and used only while that digest still matches.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

from django.conf import settings

from lastimpression.core.validation import InvalidValue
from lastimpression.interviews.models import Profile
from lastimpression.outbox.models import Message
from lastimpression.phrases import tr


def sender(profile: Profile) -> tuple[str, str]:
    """(display name, address) of the From header: ``[smtp] from`` when set, else the profile."""
    configured = settings.CONFIG.get("smtp", "from")
    if configured:
        text = str(configured)
        if "<" in text:
            name, _, address = text.partition("<")
            return name.strip().strip('"') or profile.name, address.strip(" >")
        return profile.name, text.strip()
    return profile.name, profile.email


def compose_email(
    *,
    sender_name: str,
    sender_address: str,
    recipient_name: str,
    recipient_address: str,
    subject: str,
    body: str,
    message_id: str,
    date: datetime | None,
    in_reply_to: str = "",
    references: str = "",
) -> EmailMessage:
    """An RFC 5322 e-mail: Date (none when ``date`` is None), Message-ID, From with display
    name, To, Subject (encoded when not ASCII), In-Reply-To/References when it answers another
    message, UTF-8 text/plain.

    Raises InvalidValue when a header would carry a line break (header injection).
    """
    email = EmailMessage(policy=SMTP)
    try:
        if date is not None:
            email["Date"] = format_datetime(date)
        email["Message-ID"] = message_id
        email["From"] = formataddr((sender_name, sender_address))
        email["To"] = formataddr((recipient_name, recipient_address))
        email["Subject"] = subject
        if in_reply_to:
            email["In-Reply-To"] = in_reply_to
            email["References"] = references or in_reply_to
    except ValueError as error:
        raise InvalidValue("header", tr("cannot be written safely (%(reason)s)", reason=str(error))) from None
    email.set_content(body, charset="utf-8")
    return email


def build_email(
    message: Message, profile: Profile, *, date: datetime | None, origin: tuple[str, str] | None = None
) -> EmailMessage:
    """The e-mail of a stored ``message`` (see ``compose_email``); ``origin`` is ``sender(profile)``
    when the caller has it already."""
    name, address = origin or sender(profile)
    return compose_email(
        sender_name=name, sender_address=address, recipient_name=message.person.name, recipient_address=message.to,
        subject=message.subject, body=message.body, message_id=message.message_id_header, date=date,
        in_reply_to=message.in_reply_to, references=message.references,
    )  # fmt: skip


def preparation_key(message: Message, origin: tuple[str, str]) -> str:
    """The digest of everything the e-mail of ``message`` is made from, its Date apart."""
    parts = (
        *origin, message.person.name, message.to, message.subject, message.body, message.message_id_header,
        message.in_reply_to, message.references,
    )  # fmt: skip
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def prepare(message: Message, profile: Profile, *, origin: tuple[str, str] | None = None) -> tuple[str, str]:
    """(key, text): the e-mail without its Date header, and its ``preparation_key``. The text
    is valid UTF-8 (ASCII headers, a UTF-8 body). Raises InvalidValue (header injection)."""
    origin = origin or sender(profile)
    text = build_email(message, profile, date=None, origin=origin).as_bytes().decode("utf-8")
    return preparation_key(message, origin), text


def email_bytes(message: Message, profile: Profile, *, date: datetime, origin: tuple[str, str] | None = None) -> bytes:
    """The e-mail of ``message`` dated ``date``, exactly as sent: the stored preparation when it
    is still current, else built now. Raises InvalidValue (header injection)."""
    origin = origin or sender(profile)
    if message.prepared and message.prepared_key == preparation_key(message, origin):
        text = message.prepared
    else:
        text = prepare(message, profile, origin=origin)[1]
    return f"Date: {format_datetime(date)}\r\n{text}".encode()


def eml_bytes(message: Message, profile: Profile, *, date: datetime) -> bytes:
    return email_bytes(message, profile, date=date)


def mailto_link(message: Message) -> str:
    from urllib.parse import quote

    return f"mailto:{quote(message.to, safe='@')}?subject={quote(message.subject)}&body={quote(message.body)}"
