"""What every page shares: the user's language and time zone, the words for stored codes."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from lastimpression.core.places import DEFAULT_TIMEZONE as DEFAULT_ZONE
from lastimpression.interviews.models import STATUSES, Profile
from lastimpression.words import labels

STATIC_ROOT = Path(__file__).resolve().parent / "static"
LANGUAGE_COOKIE = "lastimpression_language"
# The zone of a home without a profile yet (the same default as the CLI's agenda).


def _known(code: object) -> bool:
    return code in dict(settings.LANGUAGES)


def language(request: HttpRequest) -> str:
    """The UI language: the switch in the header (a cookie), else the profile's, else English.
    Decided once per request (LanguageMiddleware stores it on the request)."""
    decided = getattr(request, "LANGUAGE_CODE", "")
    if _known(decided):
        return str(decided)
    chosen = request.COOKIES.get(LANGUAGE_COOKIE, "")  # the profile is read only without a choice
    return chosen if _known(chosen) else language_of(request, profile_language_and_zone())


def profile_language_and_zone() -> tuple[str, str] | None:
    """The profile's (language, time zone), or None before ``init``: what every request needs
    of it (LanguageMiddleware), in one plain statement; through the ORM the same read cost about
    0.5 ms, a tenth of the dashboard's budget (issue 17). ``tests/web/test_language.py`` keeps
    it in step with ``services.profile()``."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT language, timezone FROM {Profile._meta.db_table} ORDER BY id LIMIT 1")
        row = cursor.fetchone()
    return (str(row[0]), str(row[1])) if row is not None else None


def language_of(request: HttpRequest, owner: tuple[str, str] | None) -> str:
    """``language(request)`` for a home whose profile's (language, zone) is ``owner``, already
    read (``profile_language_and_zone``)."""
    chosen = request.COOKIES.get(LANGUAGE_COOKIE, "")
    if _known(chosen):
        return chosen
    return owner[0] if owner and _known(owner[0]) else "en"


def zone_of(owner: tuple[str, str] | None) -> ZoneInfo:
    """The user's time zone for a home whose profile's (language, zone) is ``owner``: the
    profile's (``services.user_timezone``), else ``DEFAULT_ZONE``. In a view, the request's
    current time zone is this one (LanguageMiddleware activates it)."""
    try:
        return ZoneInfo(owner[1] if owner and owner[1] else DEFAULT_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def context(request: HttpRequest, **extra: Any) -> dict[str, Any]:
    """The template context every page starts from; the words are in the active language."""
    lang = language(request)
    status_words = labels("status")
    return {
        "lang": lang,
        "other_lang": "en" if lang == "fr" else "fr",
        "statuses": [(code, status_words[code]) for code, _ in STATUSES],
        "status_words": status_words,
        "kind_words": labels("kind"),
        "mode_words": labels("mode"),
        "message_status_words": labels("message_status"),
        "severity_words": labels("severity"),
        "language_words": labels("language"),
        "path": request.path,
        **extra,
    }


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """Any page or record that does not exist, in the user's language (also Django's handler404)."""
    return render(request, "web/not_found.html", context(request), status=404)
