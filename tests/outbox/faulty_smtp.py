"""A small SMTP server on a raw socket that misbehaves at one chosen step, for the fault matrix.

aiosmtpd answers like a well-behaved server; this one can say anything at any step (an
unreadable reply, a code no RFC defines, a reply that never ends), stall, or drop the
connection. It counts every message it *kept*: a message whose end of DATA it received and
did not explicitly refuse with a 4xx/5xx reply is one a real server may well have delivered.
"""

from __future__ import annotations

import socket
import threading
from collections import Counter
from dataclasses import dataclass
from email import message_from_bytes
from typing import Any

# The steps of one SMTP session, in order; "dot" is the answer after the end of DATA.
STEPS = ("greeting", "ehlo", "auth", "mail", "rcpt", "data", "dot")
NORMAL = {
    "greeting": "220 faulty.example ESMTP",
    "ehlo": "250-faulty.example\r\n250-AUTH PLAIN\r\n250 8BITMIME",
    "auth": "235 2.7.0 Authentication successful",
    "mail": "250 2.1.0 OK",
    "rcpt": "250 2.1.5 OK",
    "data": "354 End data with <CR><LF>.<CR><LF>",
    "dot": "250 2.0.0 OK queued as 12345",
}
# How long the server waits for a client that has gone quiet (the client's timeout is shorter).
PATIENCE = 5.0


@dataclass(frozen=True)
class Fault:
    """What the server does at ``step``: ``say`` a reply instead of the normal one, then
    ``close`` the connection; or ``stall`` (answer nothing until the client gives up)."""

    step: str
    say: str | None = None
    close: bool = False
    stall: bool = False
    # The first ``skip`` messages of a connection are answered normally at "mail" to "dot".
    skip: int = 0

    @property
    def name(self) -> str:
        how = "stall" if self.stall else (self.say or "") + (" then close" if self.close else "")
        return f"{self.step}: {how or 'drop'}"


class _Closed(Exception):
    pass


class FaultySmtp:
    """Listens on 127.0.0.1 (``port``) until ``stop``; ``fault`` applies to every connection
    until ``heal``."""

    def __init__(self) -> None:
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.port: int = self.listener.getsockname()[1]
        self.fault: Fault | None = None
        self.kept: list[bytes] = []
        self.connections = 0
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def settings(self, **extra: Any) -> dict[str, Any]:
        return {"host": "127.0.0.1", "port": self.port, "security": "none", "timeout": 0.3, **extra}

    def heal(self) -> None:
        self.fault = None

    def message_ids(self) -> Counter[str]:
        """How many times each Message-ID was kept."""
        with self._lock:
            return Counter(str(message_from_bytes(data)["Message-ID"]) for data in self.kept)

    def stop(self) -> None:
        self._stopping.set()
        self.listener.close()

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._serve, args=(connection, self.fault), daemon=True).start()

    def _serve(self, connection: socket.socket, fault: Fault | None) -> None:
        connection.settimeout(PATIENCE)
        reader = connection.makefile("rb")
        try:
            self._session(connection, reader, fault)
        except (_Closed, OSError):
            pass
        finally:
            reader.close()
            connection.close()

    def _answer(self, connection: socket.socket, step: str, fault: Fault | None) -> bool:
        """Answer ``step``: True when the normal answer was given."""
        if fault is None or fault.step != step:
            connection.sendall(NORMAL[step].encode() + b"\r\n")
            return True
        if fault.stall:
            connection.recv(1)  # until the client gives up and closes
            raise _Closed
        if fault.say is not None:
            connection.sendall(fault.say.encode() + b"\r\n")
        if fault.close or fault.say is None:
            raise _Closed
        return False

    def _session(self, connection: socket.socket, reader: Any, fault: Fault | None) -> None:
        self._answer(connection, "greeting", fault)
        mails = 0
        whole = fault
        while True:
            line = reader.readline()
            if not line:
                return
            verb = line[:4].upper()
            if verb == b"MAIL":
                mails += 1
            if whole is not None and whole.skip and whole.step in ("mail", "rcpt", "data", "dot"):
                fault = whole if mails > whole.skip else None
            if verb in (b"EHLO", b"HELO"):
                self._answer(connection, "ehlo", fault)
            elif verb == b"AUTH":
                self._answer(connection, "auth", fault)
            elif verb == b"MAIL":
                self._answer(connection, "mail", fault)
            elif verb == b"RCPT":
                self._answer(connection, "rcpt", fault)
            elif verb == b"DATA":
                if self._answer(connection, "data", fault):
                    self._receive(connection, reader, fault)
            elif verb == b"QUIT":
                connection.sendall(b"221 2.0.0 Bye\r\n")
                return
            else:  # RSET, NOOP
                connection.sendall(b"250 2.0.0 OK\r\n")

    def _receive(self, connection: socket.socket, reader: Any, fault: Fault | None) -> None:
        lines: list[bytes] = []
        while True:
            line = reader.readline()
            if not line:
                raise _Closed
            if line == b".\r\n":
                break
            lines.append(line[1:] if line.startswith(b".") else line)
        refused = fault is not None and fault.step == "dot" and (fault.say or "")[:1] in ("4", "5")
        if not refused:  # the server has it: it may deliver it whatever it answers next
            with self._lock:
                self.kept.append(b"".join(lines))
        self._answer(connection, "dot", fault)
