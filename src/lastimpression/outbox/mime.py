"""A message as the exact e-mail that would be sent (RFC 5322, UTF-8 text/plain)."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

from django.conf import settings

from lastimpression.core.validation import InvalidValue
from lastimpression.interviews.models import Profile
from lastimpression.outbox.models import Message


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
    date: datetime,
    in_reply_to: str = "",
    references: str = "",
) -> EmailMessage:
    """An RFC 5322 e-mail: Date, Message-ID, From with display name, To, Subject (encoded when
    not ASCII), In-Reply-To/References when it answers another message, UTF-8 text/plain.

    Raises InvalidValue when a header would carry a line break (header injection).
    """
    email = EmailMessage(policy=SMTP)
    try:
        email["Date"] = format_datetime(date)
        email["Message-ID"] = message_id
        email["From"] = formataddr((sender_name, sender_address))
        email["To"] = formataddr((recipient_name, recipient_address))
        email["Subject"] = subject
        if in_reply_to:
            email["In-Reply-To"] = in_reply_to
            email["References"] = references or in_reply_to
    except ValueError as error:
        raise InvalidValue(
            "header", f"cannot be written safely ({error})", f"ne peut pas être écrit sans risque ({error})"
        ) from None
    email.set_content(body, charset="utf-8")
    return email


def build_email(message: Message, profile: Profile, *, date: datetime) -> EmailMessage:
    """The e-mail of a stored ``message`` (see ``compose_email``)."""
    name, address = sender(profile)
    return compose_email(
        sender_name=name, sender_address=address, recipient_name=message.person.name, recipient_address=message.to,
        subject=message.subject, body=message.body, message_id=message.message_id_header, date=date,
        in_reply_to=message.in_reply_to, references=message.references,
    )  # fmt: skip


def eml_bytes(message: Message, profile: Profile, *, date: datetime) -> bytes:
    return build_email(message, profile, date=date).as_bytes()


def mailto_link(message: Message) -> str:
    from urllib.parse import quote

    return f"mailto:{quote(message.to, safe='@')}?subject={quote(message.subject)}&body={quote(message.body)}"
