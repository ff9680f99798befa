"""The local web server of ``serve``: one process, threaded, no auto-reloader."""

from __future__ import annotations

import signal
import sys
import threading
import webbrowser
from types import FrameType
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler

from django.conf import settings
from django.core.servers.basehttp import ThreadedWSGIServer, WSGIServer

from lastimpression.web.token import install_token


class QuietHandler(WSGIRequestHandler):
    """Logs requests without their query string: the token must never reach a log."""

    def log_message(self, format: str, *args: Any) -> None:
        path = self.path.split("?", 1)[0]
        sys.stderr.write(f"{self.address_string()} {self.command} {path} {args[1] if len(args) > 1 else ''}\n")


def url_for(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/?token={install_token()}"


def allow_host(host: str) -> None:
    """Restrict the Host header to the host served (and its loopback names)."""
    allowed = {"127.0.0.1", "localhost", "[::1]", host, f"[{host}]" if ":" in host else host}
    settings.ALLOWED_HOSTS = sorted(allowed)


def run(host: str, port: int, *, open_browser: bool, interval: int | None = None, language: str = "en") -> None:
    """Listen, print the URL with its token (flushed), serve until interrupted (Ctrl-C or
    SIGTERM). The outbox is run in the same process (``start_sender``): what the page
    schedules leaves at its time with nothing else running. ``interval``: seconds between
    the sender's passes (default ``[worker] interval``, 60); 0 turns the sender off."""
    import gc

    from lastimpression.web.wsgi import application

    gc.enable()
    allow_host(host)
    server_class: type[WSGIServer] = ThreadedWSGIServer
    server = server_class((host, port), QuietHandler, ipv6=":" in host)
    server.set_app(application)
    url = url_for(host, server.server_port)
    print(url, flush=True)
    stop = threading.Event()
    sender = start_sender(stop, interval, language) if interval != 0 else None
    if open_browser:
        webbrowser.open(url)

    def polite(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, polite)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        # The message in hand is finished and recorded before the process ends.
        stop.set()
        if sender is not None:
            sender.join(timeout=120)
        server.server_close()


def start_sender(stop: threading.Event, interval: int | None, language: str) -> threading.Thread:
    """The outbox loop of ``outbox.worker.run`` in a thread of this process, named "serve"
    in the heartbeat, holding the data folder's sender lock while it sends."""
    from lastimpression import clock
    from lastimpression.outbox.sender_lock import SenderLock
    from lastimpression.outbox.worker import DEFAULT_INTERVAL
    from lastimpression.outbox.worker import run as run_outbox

    every = interval or int(settings.CONFIG.get("worker", "interval") or DEFAULT_INTERVAL)
    lock = SenderLock(settings.HOME, "serve")

    def loop() -> None:
        from django.db import connection

        try:
            run_outbox(every, clock=clock.now, language=language, stop=stop, name="serve", lock=lock)
        finally:
            connection.close()

    thread = threading.Thread(target=loop, name="lastimpression-sender", daemon=True)
    thread.start()
    return thread
