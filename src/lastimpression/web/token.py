"""The per-install token of the local web UI, as Jupyter does it.

``serve`` prints ``http://127.0.0.1:8765/?token=…``. A request carrying the right token gets
a cookie (HttpOnly, SameSite=Strict) and is redirected to the same URL without the token, so
it does not stay in the address bar or the history; every later request must carry the
cookie. Anything else answers 403. Other local programs and web pages cannot read the token.

The host allow-list is checked before the token (a page elsewhere cannot rebind its name to
this port and be given the cookie), and the redirect only ever goes to a path on this host.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from functools import cache
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, HttpResponseRedirect
from django.utils.encoding import escape_uri_path
from django.utils.http import url_has_allowed_host_and_scheme

from lastimpression import config

COOKIE = "lastimpression_token"


@cache
def install_token() -> str:
    return config.web_token(settings.HOME)


def _matches(candidate: str | None) -> bool:
    return bool(candidate) and hmac.compare_digest(str(candidate), install_token())


FORBIDDEN = """<!doctype html><html lang="en"><meta charset="utf-8"><title>403</title>
<h1>Access needs the link printed by <code>lastimpression serve</code></h1>
<p>Open the address with <code>?token=…</code> that the command printed in your terminal.</p>
<p lang="fr">Ouvrez l'adresse avec <code>?token=…</code> affichée par
<code>lastimpression serve</code> dans votre terminal.</p></html>"""


def _local_target(request: HttpRequest, rest: str) -> str:
    """The address the token redirect goes to: this request's path and ``rest`` (a query
    string), never another site. ``/%2F%2Fevil.example/`` has the path ``//evil.example/``,
    which a browser would read as a host, as it reads ``/\\evil.example``: the leading
    slashes and backslashes collapse to one."""
    target = "/" + escape_uri_path(request.path.lstrip("/\\")) + (f"?{rest}" if rest else "")
    return target if url_has_allowed_host_and_scheme(target, allowed_hosts=None) else "/"


class TokenMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.get_host()  # a host not allowed answers 400 (DisallowedHost), token or not
        given = request.GET.get("token")
        if given is not None:
            if not _matches(given):
                return HttpResponseForbidden(FORBIDDEN)
            rest = request.GET.copy()
            del rest["token"]
            response: HttpResponse = HttpResponseRedirect(_local_target(request, urlencode(rest, doseq=True)))
            response.set_cookie(COOKIE, install_token(), httponly=True, samesite="Strict", max_age=30 * 24 * 3600)
            return response
        if not _matches(request.COOKIES.get(COOKIE)):
            return HttpResponseForbidden(FORBIDDEN)
        return self.get_response(request)
