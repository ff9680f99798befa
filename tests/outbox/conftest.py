"""The outbox's world: a controllable clock, mail settings, and an in-process SMTP server
(aiosmtpd) whose answers each test chooses."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from lastimpression.outbox.models import Message
from tests.conftest import Clock

Cli = Callable[..., Result]
# The Lyon panel's interview ends Thursday 3 December 2026 at 15:15 in Paris: its thank-you
# slot is 16:15 (end + 1 h, inside business hours).
AFTER_INTERVIEW = datetime(2026, 12, 3, 14, 30, tzinfo=UTC)  # 15:30 in Paris
THANK_YOU_SLOT = datetime(2026, 12, 3, 15, 15, tzinfo=UTC)  # 16:15 in Paris


@pytest.fixture
def clock(clock: Clock) -> Clock:
    """The suite's clock (tests/conftest.py), just after the Lyon interview."""
    clock.at(AFTER_INTERVIEW)
    return clock


@pytest.fixture
def configure(settings: Any, tmp_path: Path) -> Callable[..., None]:
    """configure(smtp={...}, imap={...}): the mail settings for this test (restored after)."""
    settings.HOME = tmp_path / "home"
    settings.HOME.mkdir()

    def set_sections(**sections: dict[str, Any]) -> None:
        merged = {name: dict(values) for name, values in settings.CONFIG.settings.items()}
        for name, values in sections.items():
            merged[name] = {**merged.get(name, {}), **values}
        settings.CONFIG = dataclasses.replace(settings.CONFIG, settings=merged)

    return set_sections


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Arrived:
    """An e-mail as the server received it."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def email(self) -> EmailMessage:
        parsed = message_from_bytes(self.data, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class Behaviour:
    """What the server answers: None means the normal 250."""

    rcpt: str | None = None
    data: str | None = None
    drop_during_data: bool = False
    password: str = "secret"
    arrived: list[Arrived] = field(default_factory=list)


class Handler:
    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if self.behaviour.rcpt:
            return self.behaviour.rcpt
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.behaviour.drop_during_data:
            server.transport.close()
            await asyncio.sleep(0)
            return "250 OK"
        if self.behaviour.data:
            return self.behaviour.data
        self.behaviour.arrived.append(Arrived(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 OK: queued"


@dataclass
class SmtpServer:
    port: int
    behaviour: Behaviour

    @property
    def arrived(self) -> list[Arrived]:
        return self.behaviour.arrived

    def settings(self, **extra: Any) -> dict[str, Any]:
        return {"host": "127.0.0.1", "port": self.port, "security": "none", "timeout": 5, **extra}


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """An SMTP server in this process on 127.0.0.1 (AUTH PLAIN/LOGIN without TLS, for tests:
    user camille, password from ``behaviour.password``)."""
    import warnings

    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    behaviour = Behaviour()

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = getattr(data, "login", b"") == b"camille" and getattr(data, "password", b"") == behaviour.password.encode()
        return AuthResult(success=ok, handled=False)

    port = free_port()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        controller = Controller(
            Handler(behaviour), hostname="127.0.0.1", port=port, authenticator=authenticator,
            auth_require_tls=False, decode_data=False,
        )  # fmt: skip
        controller.start()
    try:
        yield SmtpServer(port, behaviour)
    finally:
        controller.stop()


@pytest.fixture
def smtp(configure: Callable[..., None], smtp_server: SmtpServer) -> SmtpServer:
    """The in-process SMTP server, configured as this test's mail settings."""
    configure(smtp=smtp_server.settings())
    return smtp_server


def draft_thank_yous(cli: Cli, interview_id: int) -> list[Message]:
    result = cli("draft", str(interview_id), "--json")
    assert result.exit_code == 0, result.stderr
    return [Message.objects.select_related("person").get(pk=item["id"]) for item in json.loads(result.stdout)]


def send(cli: Cli, message: Message, *args: str) -> Result:
    return cli("send", str(message.id), *args)


def dispatch_all(clock: Clock, at: datetime, **options: Any) -> list[Any]:
    """Dispatch at ``at``, then again at each time a panel's message was moved to (PRODUCT.md
    §4: a panel never leaves at the same second), until nothing waits for its panel. Returns
    the reports of every pass except the "spaced" ones; the clock ends at the last pass."""
    from lastimpression.outbox.dispatch import dispatch

    reports = dispatch(clock.at(at), **options)
    done = [report for report in reports if report.outcome != "spaced"]
    waiting = {report.at for report in reports if report.outcome == "spaced" and report.at}
    while later := [instant for instant in waiting if instant > clock.now]:
        reports = dispatch(clock.at(min(later)), **options)
        done += [report for report in reports if report.outcome != "spaced"]
        waiting |= {report.at for report in reports if report.outcome == "spaced" and report.at}
    return done
