"""Setting mail up in the browser, once, in plain words: the address finds the provider's servers
(``core.providers``), the user chooses how messages leave (``[outbox] mode``), types the password
(kept by ``outbox.secrets.store_password``: the OS keyring, else a file only the user can read,
never config.toml, the database, a log or a page), and tests the result without sending anything.

The servers are written to config.toml with the settings page's writer (``config_file.update``),
so the settings page shows and edits what this page set up.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.http import require_http_methods
from django.views.decorators.vary import vary_on_headers

from lastimpression import config
from lastimpression.core import providers, validation
from lastimpression.core.validation import InvalidValue
from lastimpression.outbox import imap, smtp
from lastimpression.phrases import tr
from lastimpression.web import mail_settings
from lastimpression.web.common import context, language
from lastimpression.web.htmx import is_htmx

MODES = ("smtp", "drafts", "remind")
MODE_WORDS = {
    "smtp": (
        gettext_lazy("Send for me"),
        gettext_lazy("Each message leaves by itself at its time, from your address (SMTP)."),
    ),
    "drafts": (
        gettext_lazy("Put it in my mail's Drafts"),
        gettext_lazy(
            "At its time, each message appears in the Drafts of your own mail program, ready to send: you "
            "press Send there (IMAP)."
        ),
    ),
    "remind": (
        gettext_lazy("Remind me"),
        gettext_lazy("No account: at its time, Last Impression reminds you to send the message yourself."),
    ),
}
SECURITY = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"smtp": smtp.DEFAULT_PORTS, "imap": imap.DEFAULT_PORTS}  # the transports' own
# The fields of the form; "other-…" are the "Another provider" fieldset.
FIELDS = (
    "address", "provider", "mode", "other-smtp-host", "other-smtp-port", "other-smtp-security",
    "other-imap-host", "other-imap-port", "other-imap-security", "other-username",
)  # fmt: skip
LABELS = {
    "address": gettext_lazy("Your e-mail address"),
    "provider": gettext_lazy("Provider"),
    "mode": gettext_lazy("How your messages leave"),
    "password": gettext_lazy("Password"),
    "other-smtp-host": gettext_lazy("Sending server (SMTP)"),
    "other-smtp-port": gettext_lazy("Sending port"),
    "other-smtp-security": gettext_lazy("Sending security"),
    "other-imap-host": gettext_lazy("Receiving server (IMAP)"),
    "other-imap-port": gettext_lazy("Receiving port"),
    "other-imap-security": gettext_lazy("Receiving security"),
    "other-username": gettext_lazy("User name"),
}
PASSWORD_MAX = 500


@dataclass(frozen=True)
class Account:
    """The servers chosen for an address: a provider's preset or typed by hand."""

    preset: providers.Preset | None
    smtp: dict[str, Any] | None  # host, port, security, username
    imap: dict[str, Any] | None


def _label(name: str) -> str:
    return str(LABELS[name])


def _problem(name: str, words: str) -> InvalidValue:
    """A refusal naming the field by its label, already in the active language."""
    return InvalidValue(_label(name), words)


def chosen_preset(values: Mapping[str, str]) -> providers.Preset | None:
    """The preset the form points to: the one picked in the list, else the address's."""
    picked = values.get("provider", "")
    if picked == "other":
        return None
    if picked in providers.PRESETS:
        return providers.PRESETS[picked]
    return providers.find(values.get("address", ""))


def _server(side: str, values: Mapping[str, str], address: str, required: bool) -> dict[str, Any] | None:
    """The server typed by hand for ``side`` ("smtp" or "imap"), None when its host is empty and
    not required. Raises InvalidValue naming the field."""
    host_field = f"other-{side}-host"
    host = validation.text(values.get(host_field), _label(host_field), required=False, max_length=253)
    if not host:
        if required:
            raise _problem(host_field, gettext("is empty: type the server your provider gives."))
        return None
    if any(char.isspace() for char in host):
        raise _problem(host_field, gettext("%(host)s is not a server name (no spaces).") % {"host": host})
    security = validation.choice(
        values.get(f"other-{side}-security") or "ssl", _label(f"other-{side}-security"), SECURITY
    )
    port_text = (values.get(f"other-{side}-port") or "").strip()
    port = (
        validation.whole_number(port_text, _label(f"other-{side}-port"), 1, 65535)
        if port_text
        else DEFAULT_PORTS[side][security]
    )
    username = validation.text(values.get("other-username"), _label("other-username"), required=False) or address
    return {"host": host, "port": port, "security": security, "username": username}


def account(values: Mapping[str, str], mode: str) -> Account:
    """The servers for the form's address and mode. Raises InvalidValue naming the field."""
    address = validation.email(values.get("address"), _label("address"), required=True)
    preset = chosen_preset(values)
    if preset is not None:
        if not preset.supported:
            raise _problem("provider", preset.words(language_code()))

        def side(server: providers.Server) -> dict[str, Any]:
            return {"host": server.host, "port": server.port, "security": server.security,
                    "username": providers.username_for(server, address)}  # fmt: skip

        return Account(preset, side(preset.smtp), side(preset.imap))
    smtp = _server("smtp", values, address, required=mode == "smtp") if mode == "smtp" else None
    imap = _server("imap", values, address, required=mode == "drafts")
    return Account(None, smtp, imap)


def language_code() -> str:
    from django.utils.translation import get_language

    return "fr" if (get_language() or "").startswith("fr") else "en"


def _typed_password(raw: str, needed: bool) -> str:
    """The password as typed (spaces kept: some app passwords have them); '' to keep the one
    already stored. Raises InvalidValue naming the field, never quoting the value."""
    if len(raw) > PASSWORD_MAX:
        raise _problem("password", gettext("is too long (at most %(count)s characters).") % {"count": PASSWORD_MAX})
    if any(char in raw for char in "\r\n\x00"):
        raise _problem("password", gettext("contains a line break: type it again."))
    if not raw.strip() and needed:
        raise _problem("password", gettext("is empty: type the password your provider gives for mail programs."))
    return raw if raw.strip() else ""


def save(values: Mapping[str, str], raw_password: str) -> tuple[str, dict[str, InvalidValue]]:
    """Check the form, keep the password, write config.toml and use it from now on.
    Returns (where the password went: "keyring", "file" or "" when none was typed; the problems by
    field name). When there is any problem, nothing is written or stored."""
    from lastimpression import config_file
    from lastimpression.outbox.secrets import store_password

    problems: dict[str, InvalidValue] = {}
    try:
        mode = validation.choice(values.get("mode"), _label("mode"), MODES)
    except InvalidValue as problem:
        return "", {"mode": problem}
    changes: dict[str, dict[str, Any]] = {"outbox": {"mode": mode}}
    chosen: Account | None = None
    if mode != "remind":
        try:
            chosen = account(values, mode)
        except InvalidValue as problem:
            problems[_field_of(problem)] = problem
    sections = _sections(chosen, mode) if chosen else {}
    try:
        needed = any(mail_settings.password_status(section)[0] != "found" for section in sections)
        password = _typed_password(raw_password, needed and bool(sections))
    except InvalidValue as problem:
        problems["password"] = problem
        password = ""
    if problems:
        return "", problems
    where = ""
    home = Path(settings.CONFIG.home)
    try:
        for section, server in sections.items():
            changes[section] = dict(server)
            if password:
                where, location = store_password(section, server["username"], password, home)
                changes[section]["password_file"] = location if where == "file" else None
        config_file.update(mail_settings.config_path(), changes)
        settings.CONFIG = config.load()
    except config.ConfigError as error:
        return "", {"": InvalidValue("config.toml", error.phrase)}
    except OSError as error:  # a home that cannot be written
        reason = error.strerror or str(error)
        return "", {"": InvalidValue(str(home), tr("cannot be written (%(reason)s)", reason=reason))}
    return where, {}


def _sections(chosen: Account, mode: str) -> dict[str, dict[str, Any]]:
    """The config sections the mode uses: SMTP (and IMAP for replies) to send, IMAP alone for Drafts."""
    wanted = {"smtp": chosen.smtp if mode == "smtp" else None, "imap": chosen.imap}
    return {section: server for section, server in wanted.items() if server}


def _field_of(problem: InvalidValue) -> str:
    return next((name for name, label in LABELS.items() if str(label) == problem.field), "")


def _values(request: HttpRequest) -> dict[str, str]:
    """The form's values: what was posted, else what config.toml holds now."""
    if request.method == "POST":
        return {name: request.POST.get(name, "").strip() for name in FIELDS}
    current = settings.CONFIG
    address = str(current.get("smtp", "username") or current.get("imap", "username") or "")
    if "@" not in address:
        owner = _profile()
        address = str(getattr(owner, "email", "") or "")
    # Every field has a value, "" at least: the template's look-up shows the key of one missing.
    return {name: "" for name in FIELDS} | {
        "address": address, "provider": "", "mode": str(current.get("outbox", "mode") or "smtp"),
        "other-smtp-security": "starttls", "other-imap-security": "ssl",
    }  # fmt: skip


def _profile() -> Any:
    from lastimpression.interviews import services

    return services.profile()


def _found(values: Mapping[str, str], lang: str) -> dict[str, Any] | None:
    """What the page says of the provider found for the address (None: by hand)."""
    preset = chosen_preset(values)
    if preset is None:
        return None
    address = values.get("address", "")
    rows = [(side, server, providers.username_for(server, address) if "@" in address else "")
            for side, server in (("SMTP", preset.smtp), ("IMAP", preset.imap))]  # fmt: skip
    return {"preset": preset, "words": preset.words(lang), "servers": rows}


def _tests(mode: str, lang: str) -> list[tuple[bool, str]]:
    if mode == "remind":
        return [(True, gettext("Nothing to test: no account is used."))]
    kinds = ("smtp", "imap") if mode == "smtp" else ("imap",)
    return [mail_settings.connection_test(kind, lang) for kind in kinds if settings.CONFIG.get(kind, "host")] or [
        (False, gettext("Nothing is set up yet: save first."))
    ]


def _stored_words(where: str) -> str:
    """Where the password went, said after saving."""
    from lastimpression.outbox.secrets import KEYRING_SERVICE

    current = settings.CONFIG
    section = "smtp" if current.get("outbox", "mode") == "smtp" else "imap"
    if where == "file":
        return gettext(
            "Saved. Your password is in a file of your data folder that only you can read; it is neither with "
            "the other settings nor in the database."
        )
    if where == "keyring":
        words = {"service": KEYRING_SERVICE.format(section=section), "user": current.get(section, "username")}
        return (
            gettext(
                "Saved. Your password is in the system keyring (%(service)s, %(user)s); it is neither with the "
                "other settings nor in the database."
            )
            % words
        )
    if where == "remind":
        return gettext("Saved. No account is used: at its time, each message is a reminder to send it yourself.")
    return gettext("Saved. The password already stored is kept.")


@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
def setup_page(request: HttpRequest) -> HttpResponse:
    """The mail set-up page: find (the provider of the address), save, test."""
    lang = language(request)
    values = _values(request)
    problems: dict[str, InvalidValue] = {}
    tested: list[tuple[bool, str]] = []
    if request.method == "POST":
        action = request.POST.get("action", "find")
        if action == "save":
            where, problems = save(values, request.POST.get("password", ""))
            if not problems:
                shown = "remind" if values.get("mode") == "remind" else where or "kept"
                return HttpResponseRedirect(f"/settings/mail/?saved={shown}#mail-test")
        elif action == "test":
            tested = _tests(str(settings.CONFIG.get("outbox", "mode") or "smtp"), lang)
            if is_htmx(request):
                return render(request, "web/_mail_tests.html", {"tests": tested})
        elif action == "find":
            try:
                validation.email(values.get("address"), _label("address"), required=True)
            except InvalidValue as problem:
                problems["address"] = problem
    found = _found(values, lang)
    saved = request.GET.get("saved", "")
    page = context(
        request, values=values, found=found, problems=[problem.say(lang) for problem in problems.values()],
        invalid=set(problems), modes=[(code, *MODE_WORDS[code]) for code in MODES],
        presets=sorted(providers.PRESETS.values(), key=lambda preset: preset.name.lower()),
        security_words=mail_settings.SECURITY_WORDS, tests=tested, set_up=mail_settings.is_set_up(),
        saved_words=_stored_words(saved) if saved in ("file", "keyring", "kept", "remind") else "",
        current_mode=settings.CONFIG.get("outbox", "mode"), config_path=mail_settings.config_path(),
    )  # fmt: skip
    return render(request, "web/mail_setup.html", page, status=400 if problems else 200)
