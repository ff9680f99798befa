"""Progressive enhancement with htmx: a form posts as usual and the server answers the whole
page (or a redirect back to it); when htmx made the request, it answers only the fragment that
changed. The views decide; this module tells them which case they are in."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def is_htmx(request: HttpRequest) -> bool:
    """True when htmx sent the request (its ``HX-Request`` header), except when it restores a
    page from history: then it wants the whole page."""
    headers = request.headers
    return headers.get("HX-Request") == "true" and headers.get("HX-History-Restore-Request") != "true"


def local_path(target: str, default: str = "/") -> str:
    """``target`` when it is a path of this site, else ``default``: never ``//host`` nor
    ``/\\host``, which browsers read as another host."""
    if target.startswith("/") and url_has_allowed_host_and_scheme(target, allowed_hosts=None):
        return target
    return default


def back(request: HttpRequest, default: str = "/") -> HttpResponseRedirect:
    """Back to the page the form was on (its ``next`` field), for a browser without JavaScript."""
    return HttpResponseRedirect(local_path(request.POST.get("next", ""), default))
