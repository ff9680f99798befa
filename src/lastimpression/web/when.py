"""A moment as the user reads it: in their language and time zone (the ones the request
activated: web/language.py), and also in the zone it belongs to when that is another one
("jeu 3 déc. 16:15 (10:15 America/Toronto)"). The dashboard's agenda, the interview's plan,
the messages and the upcoming interviews all show their times this way."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from html import escape
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.safestring import SafeString, mark_safe


def when(instant: datetime | None, there: str = "") -> SafeString:
    """``instant`` in the short date-and-time format of the active language, in the active time
    zone; followed by its time in ``there`` (a zone name) when ``there`` is another zone. An
    empty string for no instant; an unknown ``there`` shows its name without a time."""
    if instant is None:
        return SafeString("")
    return mark_safe(moment(instant, there, translation.get_language() or "en", timezone.get_current_timezone_name()))


def moment(instant: datetime, there: str, language: str, here: str) -> str:
    """``when(instant, there)`` with the language and the zone given (``here``, a zone name),
    for a page that shows many: escaped HTML."""
    shown = formatted(instant, here, "SHORT_DATETIME_FORMAT", language)
    if not there or there == here:
        return escape(shown)
    try:
        local = formatted(instant, there, "TIME_FORMAT", language)
    except (ZoneInfoNotFoundError, ValueError):
        local = ""
    return escape(f"{shown} ({local} {there})")


# Django's date formatting takes a tenth of a millisecond a call, and the dashboard shows the
# same few dozen moments at every visit: what it gives for a moment, zone, format and language
# never changes while the program runs.
@lru_cache(maxsize=4096)
def formatted(instant: datetime, zone: str, format_name: str, language: str) -> str:
    """``instant`` in ``zone`` (a name) as ``format_name`` (a Django format: DATE_FORMAT, …)
    of ``language``; plain text. Raises ZoneInfoNotFoundError (or ValueError) for an unknown
    zone."""
    with translation.override(language):
        return date_format(instant.astimezone(ZoneInfo(zone)), format_name)
