"""``serve`` (the local web UI) and ``migrate``."""

from __future__ import annotations

import contextlib

import click

from lastimpression.cli import runtime


@click.command()
@click.option("--host", help="Address to listen on (default 127.0.0.1, or [web] host; keep it on loopback).")
@click.option("--port", help="Port (default 8765, or [web] port; 0: any free port).")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in your browser.")
@click.option(
    "--send-every",
    "send_every",
    help="Seconds between the outbox's passes (default [worker] interval, 60; 0: do not send).",
)
@runtime.database_command
def serve(host: str | None, port: str | None, open_browser: bool, send_every: str | None) -> None:
    """Serve the web UI and print its address with the access token; send what is due.

    The page answers only with the token (printed as http://127.0.0.1:8765/?token=…), only
    to the host served, and every form is protected against cross-site requests. The same
    process runs the outbox (as `lastimpression worker` does): a message scheduled in the
    page leaves at its time. One sender per data folder: with a worker already sending, this
    one waits and says so. Ctrl-C or SIGTERM finishes the message in hand, then stops.

    Example: lastimpression serve --open
    """
    from django.conf import settings

    from lastimpression.web.server import run

    host = host or settings.CONFIG.get("web", "host", "127.0.0.1")
    if port is not None and (not port.isdigit() or int(port) > 65535):
        runtime.fail(f"--port: must be a number from 0 to 65535, not {port!r}")
    number = settings.CONFIG.get("web", "port", 8765) if port is None else int(port)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(
            runtime._(
                "Warning: listening on %(host)s, not on loopback: others on the network can reach it.", host=host
            ),
            err=True,
        )
    from lastimpression.core.validation import whole_number

    interval = None
    if send_every is not None:
        interval = 0 if send_every.strip() == "0" else whole_number(send_every, "--send-every", 1, 3600, unit="seconds")
    warm_up(host)
    try:
        run(host, number, open_browser=open_browser, interval=interval, language=runtime.language())
    except OSError as error:
        runtime.fail(f"--port: cannot listen on {host}:{number} ({error.strerror})")


def warm_up(host: str) -> None:
    """Answer the dashboard once, inside the process, before the address is printed: the first
    real request then finds the templates compiled, the modules imported and the insights
    computed (issue 17: it took most of a second). A failure here is left to the real request,
    which shows it as it would have."""
    from django.test import Client

    from lastimpression.web.server import allow_host
    from lastimpression.web.token import COOKIE, install_token

    allow_host(host)
    client = Client(HTTP_HOST="[::1]" if host == "::1" else host)
    client.cookies[COOKIE] = install_token()
    with contextlib.suppress(Exception):  # warming up must never stop the server from starting
        client.get("/")


@click.command()
@runtime.database_command
def migrate() -> None:
    """Bring the database schema up to date (every command also does it when needed).

    Example: lastimpression migrate
    """
    if runtime.APPLIED:
        names = ", ".join(runtime.APPLIED)
        click.echo(runtime.n_("Applied %(count)d migration: %(names)s.", "Applied %(count)d migrations: %(names)s.",
                              len(runtime.APPLIED), names=names))  # fmt: skip
    click.echo(runtime._("Database up to date."))
