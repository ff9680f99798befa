"""The mail servers on the settings page: the ``[smtp]``, ``[imap]`` and ``[replies]`` keys of
``config.toml`` shown in a form and written back (``lastimpression.config_file``), and where each
password would come from. A password is never read from the form, written, or shown: only
whether one is found, and where.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from django.conf import settings
from django.utils.functional import Promise
from django.utils.translation import gettext, gettext_lazy

from lastimpression import config
from lastimpression.core import validation
from lastimpression.core.validation import InvalidValue
from lastimpression.phrases import tr

SECURITY = ("starttls", "ssl", "none")
SCOPES = ("interview", "person")
# The bounds config.SCHEMA gives these numbers (tests/web/test_mail_settings.py checks they agree).
RANGES = {"port": (1, 65535), "timeout": (1, 300)}


@dataclass(frozen=True)
class Field:
    """One key of config.toml as a form field; ``kind`` says how it is typed and checked."""

    section: str
    key: str
    kind: str  # text, host, number, security, check, folders, sender, scope
    label: str | Promise
    hint: str | Promise = ""
    placeholder: str = ""

    @property
    def name(self) -> str:
        return f"{self.section}-{self.key}"

    @property
    def setting(self) -> str:
        return f"[{self.section}] {self.key}"

    @property
    def variable(self) -> str:
        return f"{config.PREFIX}{self.section.upper()}_{self.key.upper()}"


def _server(section: str, port: str, host_hint: Promise, folders: tuple[Field, ...]) -> tuple[Field, ...]:
    return (
        Field(section, "host", "host", gettext_lazy("Server"), host_hint),
        Field(
            section,
            "port",
            "number",
            gettext_lazy("Port number"),
            gettext_lazy("Empty: the usual port for the security chosen."),
            port,
        ),
        Field(section, "security", "security", gettext_lazy("Security")),
        Field(section, "username", "text", gettext_lazy("Username"), gettext_lazy("Empty: no login.")),
        Field(section, "password_file", "text", gettext_lazy("Password file (optional)")),
        *folders,
        Field(section, "ca_file", "text", gettext_lazy("Certificate authority file (optional)")),
        Field(section, "timeout", "number", gettext_lazy("Timeout (seconds)"), placeholder="30"),
    )


SECTIONS: dict[str, tuple[Field, ...]] = {
    "smtp": _server("smtp", "587", gettext_lazy("Empty: messages are written as .eml files, for you to send."), (
        Field("smtp", "from", "sender", gettext_lazy("Sender (name and address)"), gettext_lazy("Empty: the name and address of your profile.")),
        Field("smtp", "copy_to_self", "check", gettext_lazy("Send me a copy of each message")),
    )),
    "imap": _server("imap", "993", gettext_lazy("Empty: replies are not detected; record them by hand."), (
        Field("imap", "folders", "folders", gettext_lazy("Folders where replies arrive (separated by commas)"), placeholder="INBOX"),
        Field("imap", "sent_folder", "text", gettext_lazy("Folder for sent messages (optional)"),
              gettext_lazy("Set it to keep a copy of each message sent there; leave it empty for Gmail, which keeps one itself.")),
    )),
    "replies": (Field("replies", "cancel", "scope", gettext_lazy("A reply cancels")),),
}  # fmt: skip


def config_path() -> Path:
    return Path(settings.CONFIG.home) / "config.toml"


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "on" if value else ""
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    return "" if value is None else str(value)


def file_values(path: Path) -> dict[str, str]:
    """The form's values: what ``path`` holds for each field (not the environment's)."""
    import tomllib

    try:
        with path.open("rb") as handle:
            stored = tomllib.load(handle)
    except (FileNotFoundError, tomllib.TOMLDecodeError):
        stored = {}
    values = {
        field.name: _shown(stored.get(field.section, {}).get(field.key))
        for fields in SECTIONS.values()
        for field in fields
    }
    # A select shows what applies when the key is absent (outbox.smtp, outbox.imap, replies).
    for name, default in (("smtp-security", "starttls"), ("imap-security", "ssl"), ("replies-cancel", "interview")):
        values[name] = values[name] or default
    return values


def _number(raw: str, field: Field) -> int:
    low, high = RANGES[field.key]
    return validation.whole_number(raw, field.setting, low, high)


def _clean(field: Field, raw: str) -> Any:
    """The value to write for ``field`` (None: remove the key); raises InvalidValue."""
    if field.kind == "check":
        return raw == "on"
    if field.kind in ("security", "scope"):
        return validation.choice(raw, field.setting, SECURITY if field.kind == "security" else SCOPES)
    text = validation.text(raw, field.setting, required=False, max_length=validation.TEXT_MAX)
    if not text:
        return None
    if field.kind == "number":
        return _number(text, field)
    if field.kind == "host" and any(char.isspace() for char in text):
        raise InvalidValue(field.setting, tr("%(value)s is not a server name (no spaces)", value=repr(text)))
    if field.kind == "sender":
        validation.email(parseaddr(text)[1] or text, field.setting, required=True)
    if field.kind == "folders":
        return [validation.text(part, field.setting) for part in text.split(",") if part.strip()] or None
    return text


def clean(form: Mapping[str, str]) -> tuple[dict[str, dict[str, Any]], dict[str, InvalidValue]]:
    """(the changes to write, the problems by field name): every field is checked, so the user
    sees all that is wrong at once."""
    changes: dict[str, dict[str, Any]] = {}
    problems: dict[str, InvalidValue] = {}
    for section, fields in SECTIONS.items():
        for field in fields:
            try:
                changes.setdefault(section, {})[field.key] = _clean(field, form.get(field.name, "").strip())
            except InvalidValue as problem:
                problems[field.name] = problem
    return changes, problems


def save(form: Mapping[str, str]) -> dict[str, InvalidValue]:
    """Write the mail settings of ``form`` to config.toml and use them from now on (the worker
    reads them when it starts). Returns the problems; when there is any, nothing is written."""
    from lastimpression import config_file

    changes, problems = clean(form)
    if problems:
        return problems
    try:
        config_file.update(config_path(), changes)
        settings.CONFIG = config.load()
    except config.ConfigError as error:
        return {"": InvalidValue("config.toml", error.phrase)}
    except OSError as error:  # a home that cannot be written: the file is left as it was
        reason = error.strerror or str(error)
        return {"": InvalidValue("config.toml", tr("cannot be written (%(reason)s)", reason=reason))}
    return {}


def overridden(section: str) -> dict[str, str]:
    """Field name -> the environment variable that wins over the file's value."""
    return {field.name: field.variable for field in SECTIONS[section] if os.environ.get(field.variable)}


def password_status(section: str) -> tuple[str, str]:
    """(found, missing or not_needed; where the password comes from, in the active language). Mirrors the
    order of ``outbox.secrets.password``; the password itself is read only to know it exists."""
    from lastimpression.outbox.secrets import KEYRING_SERVICE, password_source, real_keyring_backends
    from lastimpression.outbox.transport import MailError

    current = settings.CONFIG
    variable = f"{config.PREFIX}{section.upper()}_PASSWORD"
    username = str(current.get(section, "username") or "")
    if not username:
        return "not_needed", gettext("No username: no login is attempted, so no password is needed.")
    file_name = current.get(section, "password_file")
    path = Path(str(file_name)).expanduser() if file_name else None
    try:
        # The sender's own lookup (``outbox.secrets``): what the page says is what it will use.
        source = password_source(section, current)
    except MailError:
        source = None
    if source is not None and source[1]:
        if source[0] == "variable":
            return "found", gettext("Password: found in %(variable)s.") % {"variable": variable}
        if source[0] == "file":
            return "found", gettext("Password: found in the file %(path)s.") % {"path": path}
        words = {"service": KEYRING_SERVICE.format(section=section), "user": username}
        return "found", gettext("Password: found in the system keyring (%(service)s, %(user)s).") % words
    if path is not None:
        return "missing", gettext("Password: the file %(path)s is missing, unreadable or empty.") % {"path": path}
    words = {"variable": variable, "service": KEYRING_SERVICE.format(section=section), "user": username}
    if not real_keyring_backends():
        return "missing", gettext(
            "Password: none found. Set %(variable)s or give a password file (this system has no keyring)."
        ) % words
    return "missing", gettext(
        "Password: none found. Set %(variable)s, give a password file, or store it in the system keyring: "
        "keyring set %(service)s %(user)s"
    ) % words


SECURITY_WORDS = {"starttls": "STARTTLS", "ssl": "SSL/TLS", "none": gettext_lazy("none (a trusted local relay only)")}
SCOPE_WORDS = {
    "interview": gettext_lazy("the follow-ups of the whole interview"),
    "person": gettext_lazy("only the follow-ups to that person"),
}
TITLES = {
    "smtp": gettext_lazy("Sending (SMTP)"),
    "imap": gettext_lazy("Replies (IMAP)"),
    "replies": gettext_lazy("When a reply arrives"),
}


def sections(values: Mapping[str, str], problems: Mapping[str, InvalidValue], lang: str) -> list[dict[str, Any]]:
    """What the template shows for each section: its fields with their value, problem and the
    environment variable overriding it, and (for a server) where its password comes from."""
    shown = []
    for section, fields in SECTIONS.items():
        overrides = overridden(section)
        rows = []
        for field in fields:
            problem = problems[field.name].say(lang) if field.name in problems else ""
            notes = {"hint": field.hint, "override": overrides.get(field.name), "problem": problem}
            rows.append({
                "field": field, "value": values.get(field.name, ""), "override": overrides.get(field.name, ""),
                "problem": problem, "described": " ".join(f"{field.name}-{note}" for note, there in notes.items() if there),
                "choices": SECURITY_WORDS if field.kind == "security" else SCOPE_WORDS if field.kind == "scope" else None,
            })  # fmt: skip
        password = password_status(section) if section in ("smtp", "imap") else None
        shown.append({"id": section, "title": TITLES[section], "rows": rows, "password": password})
    return shown


def is_set_up(current: Any = None) -> bool:
    """Whether mail has been set up: a way of sending chosen (``[outbox] mode``), or a server
    configured by hand before that setting existed."""
    current = current if current is not None else settings.CONFIG
    return bool(current.get("outbox", "mode") or current.get("smtp", "host") or current.get("imap", "host"))


_APP_PASSWORD_WORDS = ("application-specific", "app password", "apppassword", "5.7.9", "app-specific")


def explain(error: Any, lang: str) -> str:
    """A connection test's failure (a ``MailError``) in plain words, in the active language: what
    happened and what to do, then the server's own words when it gave any."""
    server = {"server": error.where}
    reason = error.reason
    if reason == "auth" and any(word in error.server_words.lower() for word in _APP_PASSWORD_WORDS):
        text = (
            gettext(
                "%(server)s wants an app password: your usual password is refused there. Make one in your "
                "account's security settings and type it in the Password field."
            )
            % server
        )
    elif reason in _PLAIN_WORDS:
        text = str(_PLAIN_WORDS[reason]) % server
    else:
        return str(error.say(lang))
    if error.server_words:
        text += " " + gettext("The server said: %(words)s") % {"words": error.server_words}
    return text


_PLAIN_WORDS: dict[str, Promise] = {
    "auth": gettext_lazy(
        "%(server)s refused the user name or the password. Check them; Gmail, Yahoo, iCloud, Fastmail and "
        "many others want an app password here, not your usual password."
    ),
    "tls": gettext_lazy(
        "The secure connection to %(server)s failed: the security does not match the port (STARTTLS goes "
        "with 587, SSL with 465 and 993), or the server's certificate is not trusted."
    ),
    "no_starttls": gettext_lazy("%(server)s does not offer STARTTLS: choose SSL (usually port 465 or 993)."),
    "no_auth": gettext_lazy("%(server)s does not accept a login on this connection: choose STARTTLS or SSL."),
    "refused": gettext_lazy(
        "%(server)s refused the connection: nothing answers on that port. Check the server's name and the port."
    ),
    "unknown_host": gettext_lazy(
        "The server %(server)s cannot be found: check its name for a typo, and that this computer is online."
    ),
    "timeout": gettext_lazy(
        "%(server)s did not answer in time: the port may be wrong, or a firewall or the network blocks it."
    ),
    "disconnected": gettext_lazy(
        "%(server)s closed the connection: often the security does not match the port (SSL on 587, or STARTTLS on 465)."
    ),
    "no_password": gettext_lazy("No password is stored for %(server)s: type it in the Password field and save."),
    "password_file": gettext_lazy(
        "The password file %(server)s cannot be read: type the password again in the set-up page and save."
    ),
}


def connection_test(kind: str, lang: str) -> tuple[bool, str]:
    """(worked, what to tell the user) for ``smtp`` or ``imap``, in the active language."""
    from lastimpression.outbox.transport import MailError

    protocol = kind.upper()
    not_configured = gettext("%(protocol)s: not configured yet: set it up on the Mail page.") % {"protocol": protocol}
    try:
        if kind == "smtp":
            from lastimpression.outbox.smtp import check, smtp_settings

            configured = smtp_settings(settings.CONFIG)
            if configured is None:
                return False, not_configured
            greeting = check(configured)
            worked = gettext("%(protocol)s: %(server)s — OK. %(greeting)s") % {
                "protocol": protocol, "server": configured.where, "greeting": greeting,
            }  # fmt: skip
            return True, worked.strip()
        from lastimpression.outbox.imap import check as check_imap
        from lastimpression.outbox.imap import imap_settings

        configured_imap = imap_settings(settings.CONFIG)
        if configured_imap is None:
            return False, not_configured
        folders = ", ".join(check_imap(configured_imap))
        return True, gettext("%(protocol)s: OK — %(folders)s") % {"protocol": protocol, "folders": folders}
    except MailError as error:
        return False, gettext("%(protocol)s: %(problem)s") % {"protocol": protocol, "problem": explain(error, lang)}
