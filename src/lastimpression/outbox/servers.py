"""What an SMTP server and an IMAP account have in common in the configuration: where they are,
how the connection is secured, who logs in (the password from ``outbox.secrets``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ServerSettings:
    """A mail server as configured (``[smtp]``/``[imap]`` or ``LASTIMPRESSION_<SECTION>_*``).
    ``repr`` never shows the password."""

    host: str
    port: int
    security: str
    username: str = ""
    password: str | None = None
    ca_file: str = ""
    timeout: float = 30

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.where}, {self.security}, user={self.username or '-'})"

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"


def server_fields(
    config: Any, section: str, *, security: str, ports: dict[str, int], timeout: float
) -> dict[str, Any] | None:
    """The ``ServerSettings`` fields of ``[section]``, or None when its host is not set.
    ``security``, ``ports`` and ``timeout`` are the section's defaults. Raises MailError when
    the password file is unreadable."""
    from lastimpression.outbox.secrets import password

    host = config.get(section, "host")
    if not host:
        return None
    chosen = str(config.get(section, "security") or security)
    username = str(config.get(section, "username") or "")
    return {
        "host": str(host), "port": int(config.get(section, "port") or ports[chosen]), "security": chosen,
        "username": username, "password": password(section, config) if username else None,
        "ca_file": str(config.get(section, "ca_file") or ""), "timeout": float(config.get(section, "timeout") or timeout),
    }  # fmt: skip
