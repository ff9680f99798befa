"""The page shown when a request fails in a way no view handles (Django's handler500).

It reads nothing from the database (the failure may be the database: locked by another
program, or the disk full) and says in the user's language what happened and that what they
sent was not saved (each write is one transaction, rolled back whole). The traceback goes to
the server's log, never to the page.
"""

from __future__ import annotations

import sys

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

from lastimpression.web.common import LANGUAGE_COOKIE


def _kind(error: BaseException | None) -> str:
    """ "busy" (a locked database), "full" (no space left) or "bug" (``cli.runtime.failure_kind``,
    the command line's own reading)."""
    from lastimpression.cli.runtime import failure_kind

    return failure_kind(error) or "bug"


def server_error(request: HttpRequest) -> HttpResponse:
    """A clear 500 page in the user's language (the switch's cookie, or what the language
    middleware decided; English otherwise), without a traceback."""
    decided = getattr(request, "LANGUAGE_CODE", "") or request.COOKIES.get(LANGUAGE_COOKIE, "")
    lang = decided if decided in ("fr", "en") else "en"
    from django.utils import translation

    with translation.override(lang):
        html = render_to_string("web/server_error.html", {"lang": lang, "kind": _kind(sys.exception())})
    return HttpResponse(html, status=500)
