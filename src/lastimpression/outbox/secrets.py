"""Mail passwords: from the environment, a ``password_file``, or the OS keyring, in that order.

Never from ``config.toml`` (``config.load`` refuses the key there), never stored in the
database, never logged or put in an error message. The keyring is asked only when a real OS
backend exists (Secret Service, KWallet, macOS Keychain, Windows Credential Locker):
``keyrings.alt`` stores passwords base64-encoded in a plain file and is never used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lastimpression.outbox.transport import MailError

KEYRING_SERVICE = "lastimpression-{section}"
# Backends that are not a real OS keyring: refused, as is anything from keyrings.alt.
_NOT_A_KEYRING = ("keyring.backends.fail", "keyring.backends.null", "keyring.backends.chainer")


def real_keyring_backends() -> list[Any]:
    """The OS keyring backends available here, best first; [] when there is none (or the
    ``keyring`` package is not installed)."""
    try:
        import keyring
        from keyring.backend import get_all_keyring
    except ImportError:
        return []
    try:
        chosen = keyring.get_keyring()
        candidates = list(getattr(chosen, "backends", [chosen])) or list(get_all_keyring())
    except Exception:  # a broken D-Bus or backend must not stop sending: no keyring then
        return []
    return [
        backend
        for backend in candidates
        if not type(backend).__module__.startswith(("keyrings.alt", *_NOT_A_KEYRING))
        and getattr(backend, "priority", 0) > 0
    ]


def keyring_password(section: str, username: str) -> str | None:
    """The password stored with ``keyring set lastimpression-SECTION USERNAME``, or None."""
    for backend in real_keyring_backends():
        try:
            found = backend.get_password(KEYRING_SERVICE.format(section=section), username)
        except Exception:  # a locked or unreachable keyring: try the next one
            continue
        if found:
            return str(found)
    return None


def password(section: str, settings: Any) -> str | None:
    """The password of ``section`` ("smtp" or "imap") given the loaded configuration, or None
    when none holds one (``password_source``)."""
    found = password_source(section, settings)
    return found[1] if found else None


def password_source(section: str, settings: Any) -> tuple[str, str] | None:
    """Where the password of ``section`` comes from and what it is: ("variable", …) for
    ``LASTIMPRESSION_<SECTION>_PASSWORD``, then ("file", …) for ``[section] password_file``
    (also ``LASTIMPRESSION_<SECTION>_PASSWORD_FILE``; trailing newline removed), then
    ("keyring", …) for the OS keyring under the configured username; None when none holds one.
    Raises MailError ("password_file", its ``extra["setting"]`` "[SECTION] password_file") when
    the file is named but unreadable; the error never holds the secret.
    """
    given = settings.get(section, "password")
    if given:
        return "variable", str(given)
    file_name = settings.get(section, "password_file")
    if file_name:
        path = Path(str(file_name)).expanduser()
        try:
            return "file", path.read_text(encoding="utf-8").rstrip("\r\n")
        except (OSError, UnicodeDecodeError):
            # ``setting`` names what to fix (the CLI's error line starts with it).
            raise MailError("password_file", str(path), permanent=True, setting=f"[{section}] password_file") from None
    username = settings.get(section, "username")
    stored = keyring_password(section, str(username)) if username else None
    return ("keyring", stored) if stored else None
