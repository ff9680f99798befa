"""Sending over SMTP with the standard library: one connection per batch, each failure
classified as temporary or permanent with the server's own words.

Security: ``starttls`` (port 587 usually), ``ssl`` (implicit TLS, port 465) or ``none``;
certificates are verified against the system store or ``[smtp] ca_file``. Login is attempted
only when a username is set; the password comes from ``outbox.secrets``.
"""

from __future__ import annotations

import re
import smtplib
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from lastimpression.outbox.servers import ServerSettings, server_fields
from lastimpression.outbox.transport import PLAIN_ADDRESS, Delivery, MailError

DEFAULT_TIMEOUT = 30
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
# A line that starts with a dot is sent with one more (RFC 5321 §4.5.2).
_LEADING_DOT = re.compile(rb"(?m)^\.")


@dataclass(frozen=True, repr=False)
class SmtpSettings(ServerSettings):
    """An SMTP server as configured (``[smtp]`` or ``LASTIMPRESSION_SMTP_*``)."""

    security: str = "starttls"
    timeout: float = DEFAULT_TIMEOUT
    copy_to_self: bool = False


def smtp_settings(config: Any) -> SmtpSettings | None:
    """The configured SMTP server, or None when ``[smtp] host`` is not set (the default:
    messages are written as .eml files). Raises MailError when the password file is unreadable."""
    fields = server_fields(config, "smtp", security="starttls", ports=DEFAULT_PORTS, timeout=DEFAULT_TIMEOUT)
    if fields is None:
        return None
    return SmtpSettings(**fields, copy_to_self=bool(config.get("smtp", "copy_to_self", False)))


def tls_context(ca_file: str) -> ssl.SSLContext:
    """A verifying TLS context: the system's trusted certificates, or those of ``ca_file``."""
    from pathlib import Path

    return ssl.create_default_context(cafile=str(Path(ca_file).expanduser()) if ca_file else None)


def _words(error: smtplib.SMTPResponseException) -> str:
    text = error.smtp_error.decode("utf-8", "replace") if isinstance(error.smtp_error, bytes) else str(error.smtp_error)
    return f"{error.smtp_code} {' '.join(text.split())}".strip()


def classify(error: BaseException, where: str) -> MailError:
    """Turn what smtplib, ssl or socket raised into a MailError that says whether it is
    permanent. 4xx, timeouts, refused and dropped connections are temporary; 5xx,
    authentication and TLS failures are permanent."""
    if isinstance(error, MailError):
        return error
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return MailError("auth", where, permanent=True, server_words=_words(error))
    if isinstance(error, smtplib.SMTPNotSupportedError):
        text = str(error).lower()
        return MailError("no_starttls" if "starttls" in text else "no_auth", where, permanent=True)
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [(code, words) for code, words in error.recipients.values()]
        code, words = codes[0] if codes else (550, b"")
        text = f"{code} {words.decode('utf-8', 'replace') if isinstance(words, bytes) else words}"
        return MailError("rejected" if code >= 500 else "deferred", where, permanent=code >= 500, server_words=text)
    if isinstance(error, smtplib.SMTPResponseException):
        permanent = 500 <= error.smtp_code < 600
        return MailError(
            "rejected" if permanent else "deferred", where, permanent=permanent, server_words=_words(error)
        )
    if isinstance(error, smtplib.SMTPServerDisconnected):
        if isinstance(error.__context__, TimeoutError) or "timed out" in str(error):
            return MailError("timeout", where, permanent=False)
        return MailError("disconnected", where, permanent=False, server_words=str(error))
    if isinstance(error, ssl.SSLError | ssl.CertificateError):
        return MailError("tls", where, permanent=True, server_words=getattr(error, "reason", None) or str(error))
    if isinstance(error, socket.gaierror):
        return MailError("unknown_host", where, permanent=False)
    if isinstance(error, TimeoutError | socket.timeout):
        return MailError("timeout", where, permanent=False)
    if isinstance(error, ConnectionRefusedError):
        return MailError("refused", where, permanent=False)
    if isinstance(error, OSError):
        return MailError("disconnected", where, permanent=False, server_words=error.strerror or str(error))
    return MailError("rejected", where, permanent=True, server_words=str(error))


def open_connection(settings: SmtpSettings) -> smtplib.SMTP:
    """Connect, secure and log in. Raises MailError."""
    if settings.username and not settings.password:
        raise MailError("no_password", settings.where, permanent=True, service="SMTP", section="smtp")
    connection: smtplib.SMTP | None = None
    try:
        if settings.security == "ssl":
            connection = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=settings.timeout, context=tls_context(settings.ca_file)
            )
        else:
            connection = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        connection.ehlo()
        if settings.security == "starttls":
            connection.starttls(context=tls_context(settings.ca_file))
            connection.ehlo()
        if settings.username and settings.password:
            connection.login(settings.username, settings.password)
        return connection
    except BaseException as error:
        if connection is not None:
            _close_quietly(connection)
        if isinstance(error, KeyboardInterrupt | SystemExit):
            raise
        raise classify(error, settings.where) from None


def _close_quietly(connection: smtplib.SMTP) -> None:
    try:
        connection.quit()
    except Exception:
        connection.close()


def check(settings: SmtpSettings) -> str:
    """``config test-smtp``: connect, secure, log in, NOOP, quit. Returns the server's
    greeting name. Raises MailError explaining the failure."""
    connection = open_connection(settings)
    try:
        code, words = connection.noop()
        if code >= 400:
            raise MailError("deferred", settings.where, permanent=False, server_words=f"{code} {words!r}")
        return connection.ehlo_resp.decode("utf-8", "replace").splitlines()[0] if connection.ehlo_resp else ""
    finally:
        _close_quietly(connection)


class SmtpTransport:
    """One SMTP connection for a batch, opened on the first message and reopened after a drop.

    ``deliver`` sends MAIL FROM, RCPT TO and DATA itself so that each failure is classified
    with the server's words; after a refused message the connection is reset and reused. A
    plain address goes into the command as it is (``smtplib.quoteaddr`` would parse it again,
    which costs as much as the round trip on a local server).
    """

    name = "smtp"

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self.connection: smtplib.SMTP | None = None
        self.handed_over = False

    def deliver(self, data: bytes, envelope_from: str, recipients: list[str], *, file_name: str) -> Delivery:
        """Send the e-mail ``data`` to ``recipients[0]`` (and the others, copies). A refusal of a copy
        only is noted, not an error. Raises MailError."""
        if self.connection is None:
            try:
                self.connection = open_connection(self.settings)
            except MailError as error:
                error.stage = "connect"
                raise
        connection = self.connection
        with self._failures():
            if PLAIN_ADDRESS.fullmatch(envelope_from):
                code, words = connection.docmd("mail", f"FROM:<{envelope_from}>")
            else:
                code, words = connection.mail(
                    envelope_from, ["SMTPUTF8"] if _needs_smtputf8(envelope_from, recipients, connection) else []
                )
            if code != 250:
                raise smtplib.SMTPSenderRefused(code, words, envelope_from)
            refused: list[str] = []
            for index, recipient in enumerate(recipients):
                if PLAIN_ADDRESS.fullmatch(recipient):
                    code, words = connection.docmd("rcpt", f"TO:<{recipient}>")
                else:
                    code, words = connection.rcpt(recipient)
                if code not in (250, 251):
                    if index == 0:
                        raise smtplib.SMTPRecipientsRefused({recipient: (code, words)})
                    refused.append(f"{recipient}: {code} {words.decode('utf-8', 'replace')}")
            code, words = self._data(connection, data)
            if not 200 <= code < 300:
                raise smtplib.SMTPDataError(code, words)
        note = ("copy refused: " + "; ".join(refused)) if refused else ""
        return Delivery("sent", note=note)

    def _data(self, connection: smtplib.SMTP, data: bytes) -> tuple[int, bytes]:
        """``smtplib.SMTP.data``, except that it remembers when the end of the data has been
        sent: from then on, only a clear 4xx or 5xx means not delivered; no answer, or one that
        cannot be read, means "unknown" (never retried)."""
        connection.putcmd("data")
        code, words = connection.getreply()
        if code != 354:
            raise smtplib.SMTPDataError(code, words)
        stuffed = _LEADING_DOT.sub(b"..", data)
        if not stuffed.endswith(b"\r\n"):
            stuffed += b"\r\n"
        connection.send(stuffed + b".\r\n")
        self.handed_over = True
        return connection.getreply()

    @contextmanager
    def _failures(self) -> Iterator[None]:
        self.handed_over = False
        try:
            yield
        except BaseException as error:
            if isinstance(error, KeyboardInterrupt | SystemExit):
                raise
            failure = classify(error, self.settings.where)
            if self.handed_over and not _refused(error):
                # The server has the whole message and said nothing we can read as a refusal
                # (no answer, or an unreadable one: smtplib's code -1): it may have delivered it.
                failure = MailError("unconfirmed", self.settings.where, permanent=False, server_words=_said(error))
                failure.stage = "unconfirmed"
            self._recover(failure)
            raise failure from None

    def _recover(self, failure: MailError) -> None:
        """After a refused message, RSET keeps the connection; after a drop, forget it."""
        if self.connection is None:
            return
        if failure.reason in ("rejected", "deferred"):
            try:
                self.connection.rset()
                return
            except (smtplib.SMTPException, OSError):
                pass
        self._drop()

    def _drop(self) -> None:
        """Forget the connection without a word to the server."""
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def close(self) -> None:
        if self.connection is not None:
            _close_quietly(self.connection)
            self.connection = None


def _refused(error: BaseException) -> bool:
    """True for a clear refusal: a readable 4xx or 5xx answer (RFC 5321 §4.2.1). Anything else
    after the end of DATA (a code no RFC defines, a 1xx or 3xx, words smtplib cannot read) says
    nothing about whether the message was queued."""
    return isinstance(error, smtplib.SMTPResponseException) and 400 <= error.smtp_code < 600


def _said(error: BaseException) -> str:
    """What the server said, for the user: its words without smtplib's -1 for an unreadable code."""
    if not isinstance(error, smtplib.SMTPResponseException):
        return str(error)
    if error.smtp_code >= 0:
        return _words(error)
    text = error.smtp_error.decode("utf-8", "replace") if isinstance(error.smtp_error, bytes) else str(error.smtp_error)
    return " ".join(text.split())


def _needs_smtputf8(envelope_from: str, recipients: list[str], connection: smtplib.SMTP) -> bool:
    """An address outside ASCII needs SMTPUTF8 (display names are encoded in the headers)."""
    addresses = envelope_from + "".join(recipients)
    return not addresses.isascii() and connection.has_extn("smtputf8")
