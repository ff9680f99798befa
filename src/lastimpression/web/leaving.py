"""When a message leaves, as the user reads it: the day and hour in the recipient's zone, named
("jeudi 3 décembre à 12:00 (heure de Paris)"), and the user's own time beside it when their
zone is another one. Used by the interview page's "ready" list, its confirmation, and the
Schedule button of a message ("Programmer à 12:00")."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_datetime
from django.utils.translation import gettext

from lastimpression.core.zonenames import zone_time

_DAY = {"fr": "EEEE d MMMM 'à' HH:mm", "en": "EEEE, MMMM d 'at' HH:mm"}


def _day(instant: datetime, zone: str, language: str) -> str:
    return format_datetime(instant.astimezone(ZoneInfo(zone)), _DAY.get(language, _DAY["en"]), locale=language)


def _hour(instant: datetime, zone: str) -> str:
    return instant.astimezone(ZoneInfo(zone)).strftime("%H:%M")


def leaving_words(instant: datetime, there: str, here: str, language: str) -> str:
    """``instant`` in ``there`` (the recipient's zone), the zone named; then, when ``here``
    (the user's zone) is another one, the user's time, with its day when that differs."""
    said = f"{_day(instant, there, language)} ({zone_time(there, language)})"
    if here == there or (_hour(instant, here) == _hour(instant, there) and _same_day(instant, here, there)):
        return said
    mine = _hour(instant, here)
    if not _same_day(instant, here, there):
        mine = _day(instant, here, language)
    return gettext("%(there)s, that is %(here)s for you (%(zone)s)") % {
        "there": said,
        "here": mine,
        "zone": zone_time(here, language),
    }


def _same_day(instant: datetime, one: str, other: str) -> bool:
    return instant.astimezone(ZoneInfo(one)).date() == instant.astimezone(ZoneInfo(other)).date()


def hour_words(instant: datetime, there: str, here: str, language: str) -> str:
    """The hour alone, for a button ("12:00"), the zone named when it is not the user's
    ("12:00, heure de Toronto")."""
    hour = _hour(instant, there)
    if here == there:
        return hour
    return f"{hour}, {zone_time(there, language)}"


_DATE = {"fr": "EEEE d MMMM y", "en": "EEEE, MMMM d, y"}


def span_words(start: datetime, end: datetime, there: str, here: str, language: str) -> str:
    """An interview's day and hours in its own zone, named ("jeudi 3 décembre 2026, 10:00–11:00
    (heure de Paris)"), and the user's hours beside them when their zone is another one."""
    zone = ZoneInfo(there)
    day = format_datetime(start.astimezone(zone), _DATE.get(language, _DATE["en"]), locale=language)
    said = f"{day}, {_hour(start, there)}–{_hour(end, there)} ({zone_time(there, language)})"
    if here == there or (_hour(start, here), _hour(end, here)) == (_hour(start, there), _hour(end, there)):
        return said
    mine = f"{_hour(start, here)}–{_hour(end, here)}"
    if not _same_day(start, here, there):
        mine = f"{_day(start, here, language)}–{_hour(end, here)}"
    return gettext("%(there)s, that is %(here)s for you (%(zone)s)") % {
        "there": said,
        "here": mine,
        "zone": zone_time(here, language),
    }


def day_words(instant: datetime, now: datetime, there: str, here: str, language: str) -> str:
    """The day of ``instant`` in ``there`` ("vendredi 4 décembre"), or "" when it is the
    user's today (in ``here``)."""
    if instant.astimezone(ZoneInfo(there)).date() == now.astimezone(ZoneInfo(here)).date():
        return ""
    pattern = "EEEE d MMMM" if language == "fr" else "EEEE, MMMM d"
    return format_datetime(instant.astimezone(ZoneInfo(there)), pattern, locale=language)
