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


# The folder of the home that holds typed passwords when no OS keyring exists (mode 0700; each
# file 0600), and the file of each section there: [section] password_file names it.
SECRETS_FOLDER = "secrets"


def password_path(home: Path, section: str) -> Path:
    """Where ``store_password`` writes the password of ``section`` when there is no keyring."""
    return home / SECRETS_FOLDER / f"{section}-password"


def store_password(section: str, username: str, secret: str, home: Path) -> tuple[str, str]:
    """Keep the password typed for ``section`` ("smtp" or "imap") where the sender will find it:
    the OS keyring (service ``lastimpression-SECTION``, user ``username``) when a real one exists
    and takes it, else a file of the home readable only by the user (``password_path``: the
    folder 0700, the file 0600, written atomically). Returns ("keyring", the service) or
    ("file", the file's path); with "file" the caller writes ``[section] password_file``, with
    "keyring" it removes that key (a file would win over the keyring).

    Raises OSError when the file cannot be written. Never logs, never puts the secret in an error.
    """
    if username:
        service = KEYRING_SERVICE.format(section=section)
        for backend in real_keyring_backends():
            try:
                backend.set_password(service, username, secret)
            except Exception:  # a locked or read-only keyring: try the next, then the file
                continue
            forget_file(home, section)
            return "keyring", service
    path = password_path(home, section)
    _write_private(path, secret)
    return "file", str(path)


def forget_file(home: Path, section: str) -> None:
    """Remove the password file ``store_password`` may have written for ``section`` earlier."""
    password_path(home, section).unlink(missing_ok=True)


def _write_private(path: Path, secret: str) -> None:
    import os
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path.parent, 0o700)
    # mkstemp creates the file 0600 from the start: the secret is never readable by others.
    descriptor, temporary = tempfile.mkstemp(prefix=".password-", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(secret + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
