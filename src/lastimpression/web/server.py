"""The local web server of ``serve``: one process, threaded, no auto-reloader."""

from __future__ import annotations

import sys
import webbrowser
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


def run(host: str, port: int, *, open_browser: bool) -> None:
    """Listen, print the URL with its token (flushed), serve until interrupted."""
    import gc

    from lastimpression.web.wsgi import application

    gc.enable()
    allow_host(host)
    server_class: type[WSGIServer] = ThreadedWSGIServer
    server = server_class((host, port), QuietHandler, ipv6=":" in host)
    server.set_app(application)
    url = url_for(host, server.server_port)
    print(url, flush=True)
    if open_browser:
        webbrowser.open(url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
