"""What every page shares: the user's language, the words, the statuses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.http import HttpRequest

from lastimpression.interviews import services
from lastimpression.interviews.models import STATUSES
from lastimpression.words import (
    ACTION_STATUS_WORDS,
    KIND_WORDS,
    MESSAGE_STATUS_WORDS,
    MODE_WORDS,
    SEVERITY_WORDS,
    STATUS_WORDS,
    WORDS,
)

STATIC_ROOT = Path(__file__).resolve().parent / "static"
LANGUAGE_COOKIE = "lastimpression_language"


def language(request: HttpRequest) -> str:
    """The UI language: the switch in the header (a cookie), else the profile's, else English.
    Decided once per request (LanguageMiddleware stores it on the request)."""
    decided = getattr(request, "LANGUAGE_CODE", "")
    if decided in WORDS:
        return str(decided)
    chosen = request.COOKIES.get(LANGUAGE_COOKIE, "")
    if chosen in WORDS:
        return chosen
    owner = services.profile()
    return owner.language if owner else "en"


def context(request: HttpRequest, **extra: Any) -> dict[str, Any]:
    lang = language(request)
    status_words = STATUS_WORDS[lang]
    return {
        "lang": lang,
        "other_lang": "en" if lang == "fr" else "fr",
        "t": WORDS[lang],
        "statuses": [(code, status_words[code]) for code, _ in STATUSES],
        "status_words": status_words,
        "kind_words": KIND_WORDS[lang],
        "action_status_words": ACTION_STATUS_WORDS[lang],
        "mode_words": MODE_WORDS[lang],
        "message_status_words": MESSAGE_STATUS_WORDS[lang],
        "severity_words": SEVERITY_WORDS[lang],
        "path": request.path,
        **extra,
    }
