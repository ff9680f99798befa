"""How a claimed message leaves: over SMTP, or written as a ready-to-send ``.eml`` when no SMTP
server is configured. Errors cross this seam with their meaning: ``MailError.permanent`` says
whether trying again can help (healthchecks' ``TransportError(message, permanent)``).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from lastimpression.phrases import N_, Phrase, gettext, tr

# What went wrong, in words a user can act on (see EXPLANATIONS).
Reason = Literal[
    "refused", "unknown_host", "timeout", "tls", "no_starttls", "auth", "no_auth", "no_password",
    "password_file", "disconnected", "rejected", "deferred", "folder", "imap", "unconfirmed",
]  # fmt: skip

# The msgid of each reason; ``where`` (and ``service``, ``section``) are its values.
EXPLANATIONS: dict[str, str] = {
    "refused": N_("the connection was refused by %(where)s: check the host and port, and that the server is running"),
    "unknown_host": N_("the host %(where)s is unknown: check its spelling and your network"),
    "timeout": N_("%(where)s did not answer in time: wrong port, a firewall, or the server is overloaded"),
    "tls": N_(
        "TLS failure with %(where)s: the secure connection could not be set up (a certificate not trusted, or"
        " the wrong security for this port: starttls for 587, ssl for 465)"
    ),
    "no_starttls": N_(
        "%(where)s does not offer STARTTLS: use security = ssl (port 465), or none only on a trusted network"
    ),
    "auth": N_("wrong user name or password for %(where)s (Gmail and most providers need an app password)"),
    "no_auth": N_("%(where)s does not accept a login on this connection (try security = starttls or ssl)"),
    "no_password": N_(
        "a user name is set but no password was found: set LASTIMPRESSION_%(service)s_PASSWORD, [%(section)s]"
        " password_file, or store it in the OS keyring"
    ),
    "password_file": N_("the password file %(where)s cannot be read"),
    "disconnected": N_("%(where)s closed the connection unexpectedly"),
    "rejected": N_("%(where)s refused the message"),
    "unconfirmed": N_(
        "%(where)s received the whole message but never confirmed it (the connection timed out or dropped "
        "after the end of the data, or its answer could not be read): it may have been delivered, so it is "
        "not sent again without you"
    ),
    "deferred": N_("%(where)s asked to try again later"),
    "folder": N_("the outbox folder %(where)s cannot be written"),
    "imap": N_("the IMAP server %(where)s answered with an error"),
}


class MailError(Exception):
    """A mail operation failed. ``permanent``: trying again cannot help (5xx, authentication,
    TLS); otherwise it is temporary (4xx, a timeout, a refused or dropped connection).
    ``server_words`` are the server's own words when it gave any ("550 5.1.1 No such user")."""

    def __init__(self, reason: Reason, where: str, *, permanent: bool, server_words: str = "", **extra: str) -> None:
        self.reason, self.where, self.permanent, self.server_words = reason, where, permanent, server_words
        self.extra = extra
        # "connect": the server could not be reached or logged into (nothing was sent);
        # "send": a message was refused or the connection failed while sending it;
        # "unconfirmed": the whole message was handed over, then no answer came, or one that
        # is neither a 2xx nor a readable 4xx/5xx: it may have been delivered (RFC 5321
        # §4.1.1.4 warns of the duplicates a retry makes).
        self.stage = "send"
        super().__init__(self.say("en"))

    @property
    def phrase(self) -> Phrase:
        """The explanation, with the server's words, to be said in the user's language."""
        explanation = tr(EXPLANATIONS[self.reason], where=self.where, **self.extra)
        if not self.server_words:
            return explanation
        return tr("%(explanation)s; the server said: %(words)s", explanation=explanation, words=self.server_words)

    def say(self, language: str) -> str:
        """The explanation in ``language`` ("fr" or English), with the server's words."""
        return self.phrase.say(language)


def unconfirmed(words: str) -> bool:
    """True when ``words`` (a message's ``last_error``, in either language) say the server took
    the whole message and never confirmed it: the message's fate is unknown, but the program
    did not stop."""
    said = (gettext(language, EXPLANATIONS["unconfirmed"]) for language in ("en", "fr"))
    return any(text.split("%(where)s")[1][:40] in words for text in said)


@dataclass(frozen=True)
class Delivery:
    """What a transport did with one message: ``sent`` (handed to the server), ``written``
    (an .eml in the outbox folder: NOT sent, the user sends it and confirms), or ``skipped``
    (its claim said it was not ours to send: nothing was sent)."""

    outcome: Literal["sent", "written", "skipped"]
    path: str = ""
    note: str = ""


class Transport(Protocol):
    """A batch's way out: ``deliver`` one message at a time, ``close`` once at the end."""

    name: str

    def deliver(self, data: bytes, envelope_from: str, recipients: list[str], *, file_name: str) -> Delivery:
        """Send (or write) the e-mail ``data`` (RFC 5322, CRLF line ends); ``file_name`` names it
        where a file is made. Raises MailError."""

    def close(self) -> None: ...


_UNSAFE = re.compile(r"[^\w.-]+")
# An address as most are: ASCII, no display name, no quoting, nothing an address parser would
# change. The checks and the SMTP commands take these as they are.
PLAIN_ADDRESS = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")


def eml_name(message_id: int, kind: str, person: str) -> str:
    """``00012-thank_you-claire-martin.eml``: sorted by id, readable, safe on every OS."""
    slug = _UNSAFE.sub("-", person.lower()).strip("-")[:40] or "message"
    return f"{message_id:05d}-{kind}-{slug}.eml"


class FolderTransport:
    """The default with no SMTP configured: each message becomes a ready-to-send ``.eml`` (with
    ``X-Unsent: 1``, which Outlook opens as a draft) in ``folder``; nothing is sent."""

    name = "folder"

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def deliver(self, data: bytes, envelope_from: str, recipients: list[str], *, file_name: str) -> Delivery:
        """Write the file atomically (a temporary file renamed). Raises MailError (permanent)
        when the folder cannot be written."""
        target = self.folder / file_name
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            temporary = target.with_suffix(".eml.tmp")
            temporary.write_bytes(b"X-Unsent: 1\r\n" + data)
            os.replace(temporary, target)
        except OSError as error:
            raise MailError("folder", str(self.folder), permanent=True, server_words=error.strerror or "") from None
        return Delivery("written", str(target))

    def close(self) -> None:
        return None
