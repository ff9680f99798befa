"""The recipient's business calendar. Holiday dates were checked against `holidays` 0.109."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lastimpression.core.calendar import BusinessCalendar

PARIS = BusinessCalendar("FR", "", "Europe/Paris")
MOSELLE = BusinessCalendar("FR", "57", "Europe/Paris")
ALSACE = BusinessCalendar("FR", "6AE", "Europe/Paris")
QUEBEC = BusinessCalendar("CA", "QC", "America/Montreal")
ONTARIO = BusinessCalendar("CA", "ON", "America/Toronto")
NEUCHATEL = BusinessCalendar("CH", "NE", "Europe/Zurich")
GENEVA = BusinessCalendar("CH", "GE", "Europe/Zurich")
SYDNEY = BusinessCalendar("AU", "NSW", "Australia/Sydney")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.mark.parametrize(
    ("calendar", "day", "expected"),
    [
        (PARIS, date(2025, 12, 26), True),  # a Friday, a working day in most of France
        (MOSELLE, date(2025, 12, 26), False),  # Saint-Étienne in Moselle
        (ALSACE, date(2025, 12, 26), False),  # and in Alsace
        (PARIS, date(2026, 4, 3), True),  # Good Friday is not a holiday in most of France
        (MOSELLE, date(2026, 4, 3), False),
        (ALSACE, date(2026, 4, 3), False),
        (QUEBEC, date(2027, 6, 24), False),  # Fête nationale du Québec
        (ONTARIO, date(2027, 6, 24), True),
        (NEUCHATEL, date(2027, 3, 1), False),  # Instauration de la République
        (GENEVA, date(2027, 3, 1), True),
        (PARIS, date(2026, 6, 13), False),  # a Saturday
        (PARIS, date(2026, 6, 14), False),  # a Sunday
        (PARIS, date(2026, 6, 15), True),
    ],
)
def test_business_days_follow_the_regional_public_holidays(calendar, day, expected):
    assert calendar.is_business_day(day) is expected


def test_holiday_name_says_which_holiday_closes_the_day():
    assert MOSELLE.holiday_name(date(2025, 12, 26)) == "Saint Stephen's Day"
    assert PARIS.holiday_name(date(2025, 12, 26)) is None


@pytest.mark.parametrize(
    ("calendar", "instant", "expected"),
    [
        # The spec's example: Montréal, Wednesday 23 June 2027, 17:00 + 1 h.
        (QUEBEC, "2027-06-23T18:00-04:00", "2027-06-25T09:00-04:00"),
        (
            BusinessCalendar("CA", "QC", "America/Toronto"),
            "2027-06-23T18:00-04:00",
            "2027-06-25T09:00-04:00",
        ),
        # Business hours are half-open: 18:00 is closed, 09:00 and 17:59:59 are open.
        (PARIS, "2026-06-09T18:00+02:00", "2026-06-10T09:00+02:00"),
        (PARIS, "2026-06-09T09:00+02:00", "2026-06-09T09:00+02:00"),
        (PARIS, "2026-06-09T17:59:59+02:00", "2026-06-09T17:59:59+02:00"),
        (PARIS, "2026-06-09T07:15+02:00", "2026-06-09T09:00+02:00"),
        # A Friday evening waits for Monday morning.
        (PARIS, "2026-06-12T19:00+02:00", "2026-06-15T09:00+02:00"),
        # An instant given in UTC comes back in the calendar's zone.
        (PARIS, "2026-06-09T12:00+00:00", "2026-06-09T14:00+02:00"),
        # ... and is judged by the calendar's local date: 23:30 UTC Friday is Saturday in Paris.
        (PARIS, "2026-06-12T23:30+00:00", "2026-06-15T09:00+02:00"),
        # Moselle and Alsace: Christmas and Saint-Étienne, then the weekend.
        (MOSELLE, "2025-12-24T18:30+01:00", "2025-12-29T09:00+01:00"),
        (ALSACE, "2025-12-24T18:30+01:00", "2025-12-29T09:00+01:00"),
        (PARIS, "2025-12-24T18:30+01:00", "2025-12-26T09:00+01:00"),
        # Good Friday and Easter Monday in Moselle.
        (MOSELLE, "2026-04-02T18:30+02:00", "2026-04-07T09:00+02:00"),
        (PARIS, "2026-04-02T18:30+02:00", "2026-04-03T09:00+02:00"),
        # Neuchâtel's 1 March.
        (NEUCHATEL, "2027-02-26T18:30+01:00", "2027-03-02T09:00+01:00"),
        (GENEVA, "2027-02-26T18:30+01:00", "2027-03-01T09:00+01:00"),
        # DST weekends: the Monday opening carries the new offset.
        (PARIS, "2026-03-27T18:30+01:00", "2026-03-30T09:00+02:00"),
        (PARIS, "2026-10-23T18:30+02:00", "2026-10-26T09:00+01:00"),
        (ONTARIO, "2026-03-06T18:30-05:00", "2026-03-09T09:00-04:00"),
        (ONTARIO, "2026-10-30T18:30-04:00", "2026-11-02T09:00-05:00"),
        # Sydney's DST starts on 4 October 2026, and Monday 5 October is NSW Labour Day.
        (SYDNEY, "2026-10-02T18:30+10:00", "2026-10-06T09:00+11:00"),
        # Sydney's DST ends on Easter Sunday 5 April 2026: Good Friday to Easter Monday closed.
        (SYDNEY, "2026-04-02T18:30+11:00", "2026-04-07T09:00+10:00"),
    ],
)
def test_next_business_slot_is_the_first_open_instant(calendar, instant, expected):
    slot = calendar.next_business_slot(at(instant))
    assert slot.isoformat() == at(expected).isoformat()
    assert slot.tzinfo == calendar.zone


@pytest.mark.parametrize(
    ("calendar", "day", "expected"),
    [
        (PARIS, date(2026, 3, 29), "2026-03-29T09:00:00+02:00"),
        (PARIS, date(2026, 10, 25), "2026-10-25T09:00:00+01:00"),
        (ONTARIO, date(2026, 3, 8), "2026-03-08T09:00:00-04:00"),
        (ONTARIO, date(2026, 11, 1), "2026-11-01T09:00:00-05:00"),
        (SYDNEY, date(2026, 10, 4), "2026-10-04T09:00:00+11:00"),
        (SYDNEY, date(2026, 4, 5), "2026-04-05T09:00:00+10:00"),
    ],
)
def test_opening_on_a_dst_change_day_is_nine_local_with_the_new_offset(calendar, day, expected):
    assert calendar.opening(day).isoformat() == expected


def test_an_opening_skipped_by_dst_moves_forward_by_the_gap():
    night_owl = BusinessCalendar("FR", "", "Europe/Paris", opening_time=time(2, 30))
    assert night_owl.opening(date(2026, 3, 29)).isoformat() == "2026-03-29T03:30:00+02:00"


def test_an_opening_repeated_by_dst_is_its_first_occurrence():
    night_owl = BusinessCalendar("FR", "", "Europe/Paris", opening_time=time(2, 30))
    assert night_owl.opening(date(2026, 10, 25)).isoformat() == "2026-10-25T02:30:00+02:00"


def test_configured_business_hours_are_respected():
    early = BusinessCalendar("FR", "", "Europe/Paris", time(8), time(12, 30))
    assert early.next_business_slot(at("2026-06-09T07:00+02:00")) == at("2026-06-09T08:00+02:00")
    assert early.next_business_slot(at("2026-06-09T12:30+02:00")) == at("2026-06-10T08:00+02:00")


@pytest.mark.parametrize(
    ("calendar", "instant", "expected"),
    [
        (PARIS, "2026-06-09T09:00+02:00", True),
        (PARIS, "2026-06-09T08:59:59+02:00", False),
        (PARIS, "2026-06-09T17:59:59+02:00", True),
        (PARIS, "2026-06-09T18:00+02:00", False),
        (PARIS, "2026-06-13T12:00+02:00", False),  # Saturday
        (QUEBEC, "2027-06-24T12:00-04:00", False),  # Fête nationale
        (ONTARIO, "2027-06-24T12:00-04:00", True),
        (MOSELLE, "2025-12-26T10:00+01:00", False),
        (PARIS, "2025-12-26T10:00+01:00", True),
    ],
)
def test_is_business_time_uses_the_half_open_hours_of_business_days(calendar, instant, expected):
    assert calendar.is_business_time(at(instant)) is expected


@pytest.mark.parametrize(
    ("calendar", "day", "count", "expected"),
    [
        # Moselle skips 25 and 26 December; the rest of France only the 25th.
        (MOSELLE, date(2025, 12, 22), 4, date(2025, 12, 30)),
        (PARIS, date(2025, 12, 22), 4, date(2025, 12, 29)),
        (QUEBEC, date(2027, 6, 23), 1, date(2027, 6, 25)),
        (PARIS, date(2026, 6, 12), 1, date(2026, 6, 15)),  # Friday -> Monday
        (PARIS, date(2026, 6, 13), 1, date(2026, 6, 15)),  # counted from a Saturday
        (PARIS, date(2026, 6, 9), 0, date(2026, 6, 9)),  # 0 keeps a business day
        (PARIS, date(2026, 6, 13), 0, date(2026, 6, 15)),  # 0 rolls a weekend forward
        (MOSELLE, date(2025, 12, 25), 0, date(2025, 12, 29)),
    ],
)
def test_add_business_days_counts_only_business_days(calendar, day, count, expected):
    assert calendar.add_business_days(day, count) == expected


def test_next_business_day_is_strictly_after_even_on_a_business_day():
    assert PARIS.next_business_day(date(2026, 6, 9)) == date(2026, 6, 10)
    assert QUEBEC.next_business_day(date(2027, 6, 23)) == date(2027, 6, 25)


def test_negative_business_day_count_raises():
    with pytest.raises(ValueError, match=">= 0"):
        PARIS.add_business_days(date(2026, 6, 9), -1)


@pytest.mark.parametrize("method", ["is_business_time", "next_business_slot", "local_date"])
def test_naive_datetimes_raise(method):
    with pytest.raises(ValueError, match="timezone-aware"):
        getattr(PARIS, method)(datetime(2026, 6, 9, 12, 0))


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("ZZ", "", "Europe/Paris"), "ZZ"),
        (("FR", "XX", "Europe/Paris"), "XX"),
        (("FR", "", "Europe/Pariss"), "Europe/Pariss"),
        (("FR", "", ""), "time zone"),
        (("FR", "", "Europe/Paris", time(18), time(9)), "open before"),
        (("FR", "", "Europe/Paris", time(9), time(9)), "open before"),
        (("FR", "", "Europe/Paris", time(9, tzinfo=UTC)), "wall-clock"),
    ],
)
def test_an_unknown_place_or_inverted_hours_raise_value_error(arguments, message):
    with pytest.raises(ValueError, match=message):
        BusinessCalendar(*arguments)


def test_importing_the_calendar_does_not_import_holidays():
    # The CLI's --help must stay fast: holidays is loaded on the first look-up only.
    code = "import sys, lastimpression.core.calendar; assert 'holidays' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


CALENDARS = [PARIS, MOSELLE, QUEBEC, ONTARIO, NEUCHATEL, SYDNEY]
# Instants both as UTC and as wall times of the zones, DST folds and gaps included.
INSTANTS = st.datetimes(
    min_value=datetime(2024, 1, 1),
    max_value=datetime(2030, 12, 31),
    timezones=st.sampled_from([UTC, *(calendar.zone for calendar in CALENDARS)]),
)


@settings(deadline=None, max_examples=300)
@given(calendar=st.sampled_from(CALENDARS), instant=INSTANTS)
def test_next_business_slot_is_business_time_at_or_after_the_instant(calendar, instant):
    slot = calendar.next_business_slot(instant)
    assert calendar.is_business_time(slot)
    assert slot.astimezone(UTC) >= instant.astimezone(UTC)
    if slot.astimezone(UTC) == instant.astimezone(UTC):
        return
    # It moved: to an opening, with no open instant skipped on the way.
    assert slot == calendar.opening(slot.date())
    start_day = calendar.local_date(instant)
    if calendar.is_business_day(start_day) and start_day < slot.date():
        assert instant.astimezone(UTC) >= calendar.closing(start_day).astimezone(UTC)
    day = start_day + timedelta(days=1)
    while day < slot.date():
        assert not calendar.is_business_day(day)
        day += timedelta(days=1)
