"""The page shown when a request fails in a way no view handles (Django's handler500).

It reads nothing from the database (the failure may be the database: locked by another
program, or the disk full) and says in the user's language what happened and that what they
sent was not saved (each write is one transaction, rolled back whole). The traceback goes to
the server's log, never to the page.
"""

from __future__ import annotations

import errno
import sys

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

from lastimpression.web.common import LANGUAGE_COOKIE


def _kind(error: BaseException | None) -> str:
    """ "busy" (a locked database), "full" (no space left) or "bug"."""
    text = str(error).lower()
    if error is None:
        return "bug"
    if "database is locked" in text or "database table is locked" in text or "busy" in text:
        return "busy"
    if (isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT)) or "disk is full" in text:
        return "full"
    return "bug"


def server_error(request: HttpRequest) -> HttpResponse:
    """A clear 500 page in the user's language (the switch's cookie, or what the language
    middleware decided; English otherwise), without a traceback."""
    decided = getattr(request, "LANGUAGE_CODE", "") or request.COOKIES.get(LANGUAGE_COOKIE, "")
    lang = decided if decided in ("fr", "en") else "en"
    from django.utils import translation

    with translation.override(lang):
        html = render_to_string("web/server_error.html", {"lang": lang, "kind": _kind(sys.exception())})
    return HttpResponse(html, status=500)
