"""The recipient's business calendar: business days, business hours, time zone.

A business day is a weekday that is not a public holiday of the country and subdivision
(the ``holidays`` package's codes, already normalised by :mod:`lastimpression.core.places`).
Business hours are the half-open interval [opening, closing) of wall-clock time in the
calendar's IANA time zone, 09:00-18:00 unless configured.

Pure: no clock, no I/O. ``holidays`` is imported lazily, on the first look-up, because it is a
large package and the CLI's ``--help`` must not pay for it.

Time arithmetic is done on UTC instants and converted to the zone only to read or build wall
times: adding a ``timedelta`` to a ``ZoneInfo`` datetime adds wall-clock time, and comparing two
datetimes of the same ``ZoneInfo`` ignores ``fold``, both of which are wrong across a DST change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from types import MappingProxyType
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_OPENING = time(9)
DEFAULT_CLOSING = time(18)

# Saturday and Sunday (date.weekday() numbering). Every country the product targets rests on
# those two days; a country with another weekend would need this to become a per-country table.
_WEEKEND = frozenset({5, 6})

# No real calendar has a year without a business day: a search that runs this long means broken
# holiday data, and must fail loudly rather than loop forever.
_MAX_SEARCH_DAYS = 366


def zone_named(name: str) -> ZoneInfo:
    """Return the IANA time zone ``name``.

    Raises ValueError (rather than zoneinfo's KeyError subclass) when it is unknown, so that
    callers handle every bad input of this module with one exception type.
    """
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(f"unknown time zone {name!r}") from error


def require_aware(instant: datetime, what: str = "instant") -> None:
    """Raise ValueError if ``instant`` is naive: a naive time has no place on a timeline."""
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"{what} must be timezone-aware, got {instant.isoformat()}")


def check_business_hours(opening: time, closing: time) -> None:
    """Raise ValueError unless ``opening < closing`` are both wall-clock times (no tzinfo)."""
    if opening.tzinfo is not None or closing.tzinfo is not None:
        raise ValueError("business hours are wall-clock times and must not carry a tzinfo")
    if not opening < closing:
        raise ValueError(f"business hours must open before they close, got {opening}-{closing}")


def wall_time(day: date, clock: time, zone: ZoneInfo) -> datetime:
    """Return the instant when a wall clock in ``zone`` shows ``clock`` on ``day``.

    The result is aware in ``zone`` and always a real wall time:
    - a time that does not exist (the hour skipped when DST starts) is moved forward by the
      length of the gap, e.g. 02:30 becomes 03:30 in Paris on the last Sunday of March;
    - a time that exists twice (the hour repeated when DST ends) is its first occurrence.
    That is PEP 495's ``fold=0`` reading, made explicit by the round trip through UTC.
    """
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC).astimezone(zone)


def _utc(instant: datetime) -> datetime:
    return instant.astimezone(UTC)


@lru_cache(maxsize=64)
def _check_region(country: str, subdivision: str) -> None:
    import holidays

    try:
        holidays.country_holidays(country, subdiv=subdivision or None, years=())
    except NotImplementedError as error:
        raise ValueError(f"no public-holiday calendar: {error}") from None


@lru_cache(maxsize=512)
def _public_holidays(country: str, subdivision: str, year: int) -> Mapping[date, str]:
    # One year at a time, cached: plans look at a few weeks, so a handful of years is all a
    # process ever loads, and an immutable mapping is safe to share between threads.
    import holidays

    found = holidays.country_holidays(country, subdiv=subdivision or None, years=year)
    return MappingProxyType(dict(found.items()))


@dataclass(frozen=True)
class BusinessCalendar:
    """Business days and hours of one place.

    ``country`` and ``subdivision`` are ``holidays`` codes ("FR" and "57", "6AE", "CA" and
    "QC"; "" for no subdivision); ``timezone`` is an IANA name. Construction raises ValueError
    for an unknown country, subdivision or zone, and for hours that do not open before they
    close. Opening and closing are wall times: see :func:`wall_time` for the rare configured
    hour that a DST change skips or repeats.
    """

    country: str
    subdivision: str = ""
    timezone: str = "UTC"
    opening_time: time = DEFAULT_OPENING
    closing_time: time = DEFAULT_CLOSING
    zone: ZoneInfo = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        check_business_hours(self.opening_time, self.closing_time)
        # A frozen dataclass may still set its own derived field once, here.
        object.__setattr__(self, "zone", zone_named(self.timezone))
        _check_region(self.country, self.subdivision)

    # -- days ------------------------------------------------------------------------------

    def holiday_name(self, day: date) -> str | None:
        """The public holiday's name on ``day`` (English, from ``holidays``), or None."""
        return _public_holidays(self.country, self.subdivision, day.year).get(day)

    def is_business_day(self, day: date) -> bool:
        """True when ``day`` is a weekday and not a public holiday here."""
        return day.weekday() not in _WEEKEND and self.holiday_name(day) is None

    def next_business_day(self, day: date) -> date:
        """The first business day strictly after ``day``."""
        candidate = day
        for _ in range(_MAX_SEARCH_DAYS):
            candidate += timedelta(days=1)
            if self.is_business_day(candidate):
                return candidate
        raise RuntimeError(f"no business day within a year after {day} in {self}")

    def add_business_days(self, day: date, count: int) -> date:
        """The ``count``-th business day after ``day``; the result is always a business day.

        ``day`` itself is never counted, so it need not be a business day: 7 business days after
        a Saturday are counted from the Monday. ``count == 0`` returns ``day`` when it is a
        business day and otherwise the next business day (the day "rolled forward"), so that
        the result is a business day for every ``count``. Raises ValueError if ``count < 0``.
        """
        if count < 0:
            raise ValueError(f"count of business days must be >= 0, got {count}")
        if count == 0:
            return day if self.is_business_day(day) else self.next_business_day(day)
        result = day
        for _ in range(count):
            result = self.next_business_day(result)
        return result

    # -- hours -----------------------------------------------------------------------------

    def opening(self, day: date) -> datetime:
        """The opening instant on ``day``, aware in the calendar's zone (any day, even a
        holiday; business-day checks are the caller's or :meth:`next_business_slot`'s)."""
        return wall_time(day, self.opening_time, self.zone)

    def closing(self, day: date) -> datetime:
        """The closing instant on ``day`` (excluded from business hours), aware in the zone."""
        return wall_time(day, self.closing_time, self.zone)

    def local_date(self, instant: datetime) -> date:
        """The calendar date in this zone at ``instant``. Raises ValueError if naive."""
        require_aware(instant)
        return instant.astimezone(self.zone).date()

    def is_business_time(self, instant: datetime) -> bool:
        """True when ``instant`` lies in [opening, closing) of a business day in this zone.

        Raises ValueError if ``instant`` is naive.
        """
        day = self.local_date(instant)
        if not self.is_business_day(day):
            return False
        return _utc(self.opening(day)) <= _utc(instant) < _utc(self.closing(day))

    def next_business_slot(self, instant: datetime) -> datetime:
        """The first instant at or after ``instant`` inside business hours of a business day.

        Returns ``instant`` itself (converted to the calendar's zone) when it is already
        business time, else the opening of the next business day that has one after it.
        Raises ValueError if ``instant`` is naive.
        """
        day = self.local_date(instant)
        moment = _utc(instant)
        for _ in range(_MAX_SEARCH_DAYS):
            if self.is_business_day(day):
                opens = self.opening(day)
                if moment < _utc(opens):
                    return opens
                if moment < _utc(self.closing(day)):
                    return moment.astimezone(self.zone)
            day = self.next_business_day(day)
        raise RuntimeError(f"no business hours within a year after {instant} in {self}")
