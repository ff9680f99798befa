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

# What went wrong, in words a user can act on (see EXPLANATIONS).
Reason = Literal[
    "refused", "unknown_host", "timeout", "tls", "no_starttls", "auth", "no_auth", "no_password",
    "password_file", "disconnected", "rejected", "deferred", "folder", "imap", "unconfirmed",
]  # fmt: skip

EXPLANATIONS: dict[str, tuple[str, str]] = {
    "refused": (
        "the connection was refused by {where}: check the host and port, and that the server is running",
        "la connexion a été refusée par {where} : vérifiez l'hôte et le port, et que le serveur fonctionne",
    ),
    "unknown_host": (
        "the host {where} is unknown: check its spelling and your network",
        "l'hôte {where} est inconnu : vérifiez son orthographe et votre réseau",
    ),
    "timeout": (
        "{where} did not answer in time: wrong port, a firewall, or the server is overloaded",
        "{where} n'a pas répondu à temps : mauvais port, pare-feu, ou serveur surchargé",
    ),
    "tls": (
        "TLS failure with {where}: the secure connection could not be set up "
        "(a certificate not trusted, or the wrong security for this port: starttls for 587, ssl for 465)",
        "échec TLS avec {where} : la connexion sécurisée n'a pas pu s'établir "
        "(certificat non reconnu, ou mauvaise sécurité pour ce port : starttls pour 587, ssl pour 465)",
    ),
    "no_starttls": (
        "{where} does not offer STARTTLS: use security = ssl (port 465), or none only on a trusted network",
        "{where} ne propose pas STARTTLS : utilisez security = ssl (port 465), ou none sur un réseau de confiance",
    ),
    "auth": (
        "wrong user name or password for {where} (Gmail and most providers need an app password)",
        "nom d'utilisateur ou mot de passe refusé par {where} (Gmail et la plupart des fournisseurs "
        "demandent un mot de passe d'application)",
    ),
    "no_auth": (
        "{where} does not accept a login on this connection (try security = starttls or ssl)",
        "{where} n'accepte pas d'identification sur cette connexion (essayez security = starttls ou ssl)",
    ),
    "no_password": (
        "a user name is set but no password was found: set LASTIMPRESSION_{service}_PASSWORD, "
        "[{section}] password_file, or store it in the OS keyring",
        "un nom d'utilisateur est donné mais aucun mot de passe : définissez LASTIMPRESSION_{service}_PASSWORD, "
        "[{section}] password_file, ou rangez-le dans le trousseau du système",
    ),
    "password_file": (
        "the password file {where} cannot be read",
        "le fichier de mot de passe {where} est illisible",
    ),
    "disconnected": (
        "{where} closed the connection unexpectedly",
        "{where} a coupé la connexion de manière inattendue",
    ),
    "rejected": ("{where} refused the message", "{where} a refusé le message"),
    "unconfirmed": (
        "{where} received the whole message but never confirmed it (the connection timed out or dropped after "
        "the end of the data, or its answer could not be read): it may have been delivered, so it is not sent "
        "again without you",
        "{where} a reçu tout le message sans jamais le confirmer (délai dépassé, connexion coupée ou réponse "
        "illisible après la fin des données) : il a peut-être été remis, il n'est donc pas renvoyé sans vous",
    ),
    "deferred": ("{where} asked to try again later", "{where} demande de réessayer plus tard"),
    "folder": ("the outbox folder {where} cannot be written", "impossible d'écrire dans le dossier d'envoi {where}"),
    "imap": ("the IMAP server {where} answered with an error", "le serveur IMAP {where} a répondu par une erreur"),
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

    def say(self, language: str) -> str:
        """The explanation in ``language`` ("fr" or English), with the server's words."""
        english, french = EXPLANATIONS[self.reason]
        text = (french if language == "fr" else english).format(where=self.where, **self.extra)
        if self.server_words:
            text += (" ; le serveur a dit : " if language == "fr" else "; the server said: ") + self.server_words
        return text


def unconfirmed(words: str) -> bool:
    """True when ``words`` (a message's ``last_error``, in either language) say the server took
    the whole message and never confirmed it: the message's fate is unknown, but the program
    did not stop."""
    english, french = EXPLANATIONS["unconfirmed"]
    return any(text.split("{where}")[1][:40] in words for text in (english, french))


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
