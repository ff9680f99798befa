"""The IMAP side of the outbox (imapclient): connecting, finding a Message-ID in the Sent folder
(after a crash), appending a sent message there, and reading folders for ``replies``.
"""

from __future__ import annotations

import ast
import contextlib
import socket
import ssl
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lastimpression.outbox.servers import ServerSettings, server_fields
from lastimpression.outbox.smtp import tls_context
from lastimpression.outbox.transport import MailError

DEFAULT_TIMEOUT = 30
DEFAULT_PORTS = {"ssl": 993, "starttls": 143, "none": 143}


@dataclass(frozen=True, repr=False)
class ImapSettings(ServerSettings):
    """An IMAP account as configured (``[imap]`` or ``LASTIMPRESSION_IMAP_*``)."""

    security: str = "ssl"
    timeout: float = DEFAULT_TIMEOUT
    folders: tuple[str, ...] = ("INBOX",)
    sent_folder: str = ""

    @property
    def account(self) -> str:
        return f"{self.username}@{self.where}"


def imap_settings(config: Any) -> ImapSettings | None:
    """The configured IMAP account, or None when ``[imap] host`` is not set. Raises MailError
    when the password file is unreadable."""
    fields = server_fields(config, "imap", security="ssl", ports=DEFAULT_PORTS, timeout=DEFAULT_TIMEOUT)
    if fields is None:
        return None
    return ImapSettings(
        **fields, folders=tuple(config.get("imap", "folders") or ("INBOX",)),
        sent_folder=str(config.get("imap", "sent_folder") or ""),
    )  # fmt: skip


def classify(error: BaseException, where: str) -> MailError:
    """What imapclient, ssl or socket raised, as a MailError (see ``smtp.classify``)."""
    from imapclient.exceptions import CapabilityError, IMAPClientError, LoginError

    if isinstance(error, MailError):
        return error
    if isinstance(error, LoginError):
        return MailError("auth", where, permanent=True, server_words=_text(error))
    if isinstance(error, CapabilityError):
        return MailError("no_starttls", where, permanent=True)
    if isinstance(error, ssl.SSLError | ssl.CertificateError):
        return MailError("tls", where, permanent=True, server_words=getattr(error, "reason", None) or str(error))
    if isinstance(error, socket.gaierror):
        return MailError("unknown_host", where, permanent=False)
    if isinstance(error, TimeoutError | socket.timeout):
        return MailError("timeout", where, permanent=False)
    if isinstance(error, ConnectionRefusedError):
        return MailError("refused", where, permanent=False)
    if isinstance(error, IMAPClientError):
        return MailError("imap", where, permanent=False, server_words=_text(error))
    if isinstance(error, OSError):
        return MailError("disconnected", where, permanent=False, server_words=error.strerror or str(error))
    return MailError("imap", where, permanent=False, server_words=_text(error))


def _text(error: BaseException) -> str:
    text = error.args[0] if error.args else str(error)
    if isinstance(text, str) and text[:2] in ("b'", 'b"') and text[-1:] == text[1]:
        # imapclient words a refused login as the repr of the server's bytes: b'[AUTHENTICATIONFAILED] ...'
        with contextlib.suppress(ValueError, SyntaxError):
            text = ast.literal_eval(text)
    return " ".join((text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)).split())


def connect(settings: ImapSettings) -> Any:
    """A logged-in ``IMAPClient``. Raises MailError explaining the failure."""
    from imapclient import IMAPClient

    if settings.username and not settings.password:
        raise MailError("no_password", settings.where, permanent=True, service="IMAP", section="imap")
    client: Any = None
    try:
        client = IMAPClient(
            settings.host, port=settings.port, ssl=settings.security == "ssl",
            ssl_context=tls_context(settings.ca_file), timeout=settings.timeout,
        )  # fmt: skip
        if settings.security == "starttls":
            client.starttls(tls_context(settings.ca_file))
        if settings.username and settings.password:
            client.login(settings.username, settings.password)
        return client
    except BaseException as error:
        if client is not None:
            logout(client)
        if isinstance(error, KeyboardInterrupt | SystemExit):
            raise
        raise classify(error, settings.where) from None


def logout(client: Any) -> None:
    try:
        client.logout()
    except Exception:
        with contextlib.suppress(Exception):
            client.shutdown()


def check(settings: ImapSettings) -> list[str]:
    """``config test-imap``: log in and look at each configured folder. Returns the folders
    with their message counts ("INBOX: 12"). Raises MailError explaining the failure."""
    client = connect(settings)
    try:
        found = []
        for folder in settings.folders:
            try:
                status = client.folder_status(folder, [b"MESSAGES"])
            except Exception as error:
                raise classify(error, f"{settings.where} {folder}") from None
            found.append(f"{folder}: {status.get(b'MESSAGES', 0)}")
        return found
    finally:
        logout(client)


def sent_folder(client: Any, settings: ImapSettings) -> str:
    """The Sent folder: ``[imap] sent_folder``, else the one flagged ``\\Sent``, else "Sent"."""
    if settings.sent_folder:
        return settings.sent_folder
    from imapclient import SENT

    found = client.find_special_folder(SENT)
    return str(found) if found else "Sent"


def find_message_id(client: Any, folder: str, message_id_header: str) -> bool:
    """Whether ``folder`` holds a message with this Message-ID (angle brackets included)."""
    client.select_folder(folder, readonly=True)
    return bool(client.search(["HEADER", "Message-ID", message_id_header]))


def append(client: Any, folder: str, data: bytes, when: datetime) -> None:
    """Store a sent message in ``folder``, marked as read."""
    client.append(folder, data, flags=[b"\\Seen"], msg_time=when)


class SentFolder:
    """One IMAP connection for a batch, opened on first use: appends sent messages to the Sent
    folder and answers "was this Message-ID sent?" after a crash."""

    def __init__(self, settings: ImapSettings) -> None:
        self.settings = settings
        self.client: Any = None
        self.folder = ""

    def _open(self) -> Any:
        if self.client is None:
            self.client = connect(self.settings)
            self.folder = sent_folder(self.client, self.settings)
        return self.client

    def holds(self, message_id_header: str) -> bool:
        """Raises MailError when the server cannot be asked."""
        try:
            return find_message_id(self._open(), self.folder, message_id_header)
        except MailError:
            raise
        except Exception as error:
            self.close()
            raise classify(error, self.settings.where) from None

    def append(self, data: bytes, when: datetime) -> None:
        """Raises MailError when the copy cannot be stored."""
        try:
            append(self._open(), self.folder, data, when)
        except MailError:
            raise
        except Exception as error:
            self.close()
            raise classify(error, self.settings.where) from None

    def close(self) -> None:
        if self.client is not None:
            logout(self.client)
            self.client = None
