"""``send``, ``dispatch``, ``replies``, ``worker`` and ``config test-smtp|test-imap``."""

from __future__ import annotations

import sys
from datetime import datetime
from typing import TYPE_CHECKING, Any

import click

from lastimpression import phrases
from lastimpression.cli import runtime

if TYPE_CHECKING:
    from lastimpression.outbox.recovery import Report


def _when(instant: datetime, zone: str) -> str:
    from zoneinfo import ZoneInfo

    from babel.dates import format_datetime

    local = instant.astimezone(ZoneInfo(zone))
    return f"{format_datetime(local, 'EEEE d MMMM y HH:mm:ss', locale=runtime.language())} ({zone})"


def _user_zone() -> str:
    from lastimpression.interviews import services

    return services.user_timezone()


def _print_findings(findings: list[Any]) -> None:
    language = runtime.language()
    for finding in findings:
        click.echo(f"  {finding.code} {finding.severity}: {finding.text(language)}", err=True)


OUTCOMES = {
    "sent": phrases.ptr("outcome of a message in a sending pass", "sent"),
    "written": phrases.ptr("outcome of a message in a sending pass", "NOT SENT, written to a file"),
    "retry": phrases.ptr("outcome of a message in a sending pass", "will be tried again"),
    "failed": phrases.ptr("outcome of a message in a sending pass", "FAILED"),
    "unknown": phrases.ptr("outcome of a message in a sending pass", "fate UNKNOWN"),
    "late": phrases.ptr("outcome of a message in a sending pass", "LATE: waits for you"),
    "cancelled": phrases.ptr("outcome of a message in a sending pass", "cancelled"),
    "requeued": phrases.ptr("outcome of a message in a sending pass", "put back in the queue"),
    "spaced": phrases.ptr(
        "outcome of a message in a sending pass", "leaves a few minutes after the panel's previous message"
    ),
    "held": phrases.ptr("outcome of a message in a sending pass", "HELD for you"),
    "moved": phrases.ptr("outcome of a message in a sending pass", "not sent now"),
}


def print_reports(reports: list[Report], as_json: bool) -> None:
    """One line per message touched (or a JSON array)."""
    if as_json:
        runtime.print_json(
            [
                {
                    "id": report.message_id, "person": report.person, "outcome": report.outcome,
                    "detail": report.detail or None, "at": report.at.isoformat() if report.at else None,
                    "mailto": report.link or None,
                }
                for report in reports
            ]
        )  # fmt: skip
        return
    if not reports:
        if sys.stdout.isatty():
            click.echo(runtime.said(phrases.ptr("the outbox: no message to send", "Nothing due."), plain=True))
        return
    zone = _user_zone()
    for report in reports:
        line = f"{report.message_id}  {report.person}  {runtime.said(OUTCOMES[report.outcome], plain=True)}"
        if report.outcome in ("retry", "spaced") and report.at is not None:
            line += f" ({_when(report.at, zone)})"
        if report.detail:
            line = runtime._("%(line)s: %(detail)s", line=line, detail=report.detail)
        click.echo(line)
        if report.outcome == "written":
            click.echo("  " + runtime._(
                "Send it from your mail program (open the .eml, or this link), then confirm: "
                "lastimpression message sent %(id)s", id=report.message_id,
            ))  # fmt: skip
            click.echo(f"  {report.link}")


@click.command()
@click.argument("message_id")
@click.option("--at", "at_text", help="ISO 8601 instant; without an offset, in the recipient's time zone.")
@click.option("--now", "immediately", is_flag=True, help="Send now: schedule at this instant and run one dispatch.")
@click.option("--force", is_flag=True, help="Schedule even when the linter finds errors.")
@click.option("--json", "as_json", is_flag=True, help="Print the scheduled message as a JSON object.")
@runtime.database_command
def send(message_id: str, at_text: str | None, immediately: bool, force: bool, as_json: bool) -> None:
    """Schedule a message: by default at its plan's slot, in the recipient's business hours.

    Messages to a panel leave 2 to 7 minutes apart. Lint errors refuse the message unless
    --force; warnings (LI016 for the time chosen) are shown. --now sends at once (one dispatch
    pass). Without SMTP configured, "sending" writes a ready-to-send .eml in the outbox
    folder: it is NOT sent until you send it and confirm with `message sent` (--json says
    "delivery": "folder"; placed in your mail's Drafts: "drafts").

    Example: lastimpression send 5 --at 2026-12-04T09:30
    """
    from pathlib import Path
    from zoneinfo import ZoneInfo

    from django.conf import settings

    from lastimpression import clock
    from lastimpression.core.when import parse_instant
    from lastimpression.outbox.dispatch import send_now
    from lastimpression.outbox.drafts import sending_mode
    from lastimpression.outbox.manual import get_message
    from lastimpression.outbox.sending import LintRefusal, schedule
    from lastimpression.outbox.shapes import message_json

    if at_text is not None and immediately:
        raise click.UsageError("--at and --now cannot be used together")
    now = clock.now()
    found = get_message(message_id)
    at = parse_instant(at_text, ZoneInfo(found.interview.timezone), "--at") if at_text is not None else None
    reports: list[Report] = []
    try:
        if immediately:
            done, reports = send_now(message_id, now, force=force)
        else:
            done = schedule(message_id, at=at, now=now, force=force)
    except LintRefusal as refusal:
        _print_findings(refusal.findings)
        runtime.fail(runtime._(
            "message: %(id)s has lint errors; fix them (lastimpression message edit %(id)s) or send anyway with --force",
            id=refusal.message.id,
        ))  # fmt: skip
        return
    _print_findings([finding for finding in done.findings if finding.severity != "info"])
    zone = done.message.interview.timezone
    if done.moved_from is not None:
        click.echo(runtime._(
            "Moved from %(when)s to leave a few minutes after another message of the panel.",
            when=_when(done.moved_from, zone),
        ), err=True)  # fmt: skip
    # How it will leave, said honestly (outbox.drafts.sending_mode): sent by the program; placed
    # in the user's Drafts; or, with no account, an .eml written for the user to send.
    mode = sending_mode(settings.CONFIG)
    delivery = {"smtp": "smtp", "drafts": "drafts"}.get(mode, "folder")
    if immediately:
        if as_json:
            runtime.print_json({**message_json(done.message), "delivery": delivery})
            return
        print_reports(reports, False)
        return
    if as_json:
        runtime.print_json({**message_json(done.message), "delivery": delivery})
        return
    key, when = done.message.id, _when(done.at, zone)
    if delivery == "smtp":
        click.echo(runtime._("Message %(id)s scheduled for %(when)s.", id=key, when=when))
        return
    if delivery == "drafts":
        click.echo(runtime.said(phrases.tr(
            "Message %(id)s will be placed in your mail's Drafts on %(when)s, NOT sent: send it from your mail "
            "program then; it is recorded as sent once it is in your Sent folder.", id=key, when=when,
        )))  # fmt: skip
        return
    folder = Path(settings.HOME) / "outbox"
    click.echo(runtime.said(phrases.tr(
        "Message %(id)s will be written to %(folder)s on %(when)s, NOT sent: no SMTP server is configured.",
        id=key, folder=folder, when=when,
    )))  # fmt: skip
    click.echo(runtime.said(phrases.tr(
        "Then send the .eml from your mail program, and confirm: lastimpression message sent %(id)s", id=key
    )))  # fmt: skip


@click.command("dispatch")
@click.option("--json", "as_json", is_flag=True, help="Print what was done as a JSON array.")
@runtime.database_command
def dispatch_command(as_json: bool) -> None:
    """Send what is due, once (cron-friendly: prints nothing when nothing is due).

    A message interrupted by a crash is never sent twice: it is checked in the Sent folder
    (IMAP) or shown as unknown in the agenda. Temporary failures are retried after 1, 5, 15
    and 60 minutes; a slot missed by more than 2 hours waits for you.

    Example: lastimpression dispatch
    """
    from lastimpression import clock
    from lastimpression.outbox.dispatch import dispatch
    from lastimpression.outbox.worker import beat

    now = clock.now()
    reports = dispatch(now)
    beat("dispatch", now)
    print_reports(reports, as_json)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print what was found as a JSON array.")
@runtime.database_command
def replies(as_json: bool) -> None:
    """Look for replies over IMAP, once: a reply cancels the pending follow-up.

    Out-of-office and other automatic replies are not replies; a bounce marks its message
    bounced. Only messages new since the last pass are read.

    Example: lastimpression replies --json
    """
    from lastimpression import clock
    from lastimpression.core.validation import InvalidValue
    from lastimpression.outbox.replies import check_replies
    from lastimpression.outbox.transport import MailError
    from lastimpression.outbox.worker import beat
    from lastimpression.phrases import tr

    now = clock.now()
    try:
        found, errors = check_replies(now)
    except ValueError as error:
        if isinstance(error, InvalidValue):
            raise
        raise InvalidValue("imap.host", tr("is not set: configure [imap] to detect replies")) from None
    except MailError as error:
        beat("replies", now, error=error.say("en"))
        runtime.fail(error.say(runtime.language()))
        return
    beat("replies", now, error="; ".join(problem.say("en") for problem in errors))
    for problem in errors:
        click.echo(problem.say(runtime.language()), err=True)
    if as_json:
        runtime.print_json(
            [
                {"kind": item.kind, "person": item.person, "at": item.at.isoformat(), "message_id": item.message_id,
                 "detail": item.detail or None, "follow_ups_cancelled": item.cancelled}
                for item in found
            ]
        )  # fmt: skip
        return
    zone = _user_zone()
    for item in found:
        if item.kind == "reply":
            click.echo(runtime.n_(
                "%(name)s replied on %(when)s: %(count)d follow-up cancelled.",
                "%(name)s replied on %(when)s: %(count)d follow-ups cancelled.",
                item.cancelled, name=item.person, when=_when(item.at, zone),
            ))  # fmt: skip
        elif item.kind == "automatic":
            click.echo(runtime._("%(name)s: automatic reply (%(detail)s), not counted as a reply.",
                                 name=item.person, detail=item.detail))  # fmt: skip
        elif item.kind == "sent":
            click.echo(runtime.said(phrases.tr("Message %(id)s to %(name)s left from your mail program: recorded as sent.",
                                       id=item.message_id, name=item.person)))  # fmt: skip
        else:
            click.echo(runtime._("Message %(id)s to %(name)s BOUNCED: %(detail)s",
                                 id=item.message_id, name=item.person, detail=item.detail))  # fmt: skip


@click.command()
@click.option("--interval", help="Seconds between passes, 5 to 3600 (default 60, [worker] interval).")
@runtime.database_command
def worker(interval: str | None) -> None:
    """Run dispatch and replies every N seconds until stopped, with a heartbeat.

    `serve` sends too: use this when no web UI runs (a systemd user unit, a launchd agent:
    docs/mail.md). Only one of them sends for a data folder at a time; the other waits and
    says who is sending.

    SIGTERM or Ctrl-C lets the message in hand finish, then stops. The agenda warns when
    messages are due and nothing has run for 15 minutes. A database error (a database locked)
    is logged and the next pass comes as usual.

    Example: lastimpression worker --interval 60
    """
    from django.conf import settings

    from lastimpression import clock
    from lastimpression.core.validation import whole_number
    from lastimpression.outbox.sender_lock import SenderLock
    from lastimpression.outbox.worker import DEFAULT_INTERVAL, run

    # Checked here rather than by click: a bad value is exit status 1 naming the option
    # (PRODUCT.md §5), as for agenda --days; 2 is for syntax only.
    chosen = (
        whole_number(interval, "--interval", 5, 3600, unit="seconds")
        if interval is not None
        else int(settings.CONFIG.get("worker", "interval") or DEFAULT_INTERVAL)
    )
    click.echo(runtime._("Worker started: a pass every %(seconds)d s (stop: Ctrl-C or SIGTERM).", seconds=chosen),
               err=True)  # fmt: skip
    # One sender per data folder: with `serve` already sending, this one waits and says so.
    lock = SenderLock(settings.HOME, "worker")
    run(chosen, clock=clock.now, language=runtime.language(), name="worker", lock=lock)
    click.echo(runtime._("Worker stopped."), err=True)


@click.group()
def config() -> None:
    """Check the mail settings (config.toml and LASTIMPRESSION_* variables).

    Example: lastimpression config test-smtp
    """


@config.command("test-smtp")
@runtime.database_command
def test_smtp() -> None:
    """Connect to the SMTP server, secure the connection, log in; explain any failure.

    Example: LASTIMPRESSION_SMTP_PASSWORD=app-password lastimpression config test-smtp
    """
    from django.conf import settings

    from lastimpression.outbox.smtp import check, smtp_settings
    from lastimpression.outbox.transport import MailError

    try:
        configured = smtp_settings(settings.CONFIG)
        if configured is None:
            runtime.fail(runtime._(
                "smtp.host: not set; without SMTP, messages are written as .eml files in the outbox folder"
            ))  # fmt: skip
            return
        greeting = check(configured)
    except MailError as error:
        runtime.fail("SMTP: " + error.say(runtime.language()))
        return
    login = configured.username or runtime._("no login")
    click.echo(runtime._(
        "SMTP works: %(where)s, %(security)s, %(login)s. %(greeting)s",
        where=configured.where, security=configured.security, login=login, greeting=greeting,
    ).strip())  # fmt: skip


@config.command("test-imap")
@runtime.database_command
def test_imap() -> None:
    """Connect to the IMAP server, log in, open the folders to watch; explain any failure.

    Example: LASTIMPRESSION_IMAP_PASSWORD=app-password lastimpression config test-imap
    """
    from django.conf import settings

    from lastimpression.outbox.imap import check, imap_settings
    from lastimpression.outbox.transport import MailError

    try:
        configured = imap_settings(settings.CONFIG)
        if configured is None:
            runtime.fail(runtime._("imap.host: not set; replies are then recorded by hand (person replied)"))
            return
        folders = check(configured)
    except MailError as error:
        runtime.fail("IMAP: " + error.say(runtime.language()))
        return
    click.echo(runtime._("IMAP works: %(where)s, %(security)s; %(folders)s",
                         where=configured.where, security=configured.security, folders=", ".join(folders)))  # fmt: skip
