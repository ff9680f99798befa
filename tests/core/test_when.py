from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lastimpression.core.calendar import BusinessCalendar
from lastimpression.core.validation import InvalidValue
from lastimpression.core.when import Delay, parse_date, parse_delay, parse_instant

PARIS = ZoneInfo("Europe/Paris")
FRANCE = BusinessCalendar("FR", "", "Europe/Paris")


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("10 days", date(2026, 12, 3), date(2026, 12, 13)),
        ("10 jours", date(2026, 12, 3), date(2026, 12, 13)),
        ("2 weeks", date(2026, 12, 3), date(2026, 12, 17)),
        ("2 semaines", date(2026, 12, 3), date(2026, 12, 17)),
        ("deux semaines", date(2026, 12, 3), date(2026, 12, 17)),
        ("une semaine", date(2026, 12, 3), date(2026, 12, 10)),
        ("dans 2 semaines", date(2026, 12, 3), date(2026, 12, 17)),
        # Thursday + 3 business days: Fri, Mon, Tue.
        ("3 jours ouvrés", date(2026, 12, 3), date(2026, 12, 8)),
        ("3 business days", date(2026, 12, 3), date(2026, 12, 8)),
        ("3 jours ouvrables", date(2026, 12, 3), date(2026, 12, 8)),
        # Across Christmas: Wed 23 -> Thu 24, (25 holiday), Mon 28, Tue 29.
        ("3 jours ouvrés", date(2026, 12, 23), date(2026, 12, 29)),
        ("1 mois", date(2027, 1, 31), date(2027, 2, 28)),
    ],
)
def test_a_delay_counts_from_the_interview_date(text: str, start: date, expected: date) -> None:
    assert parse_delay(text).after(start, FRANCE) == expected


@pytest.mark.parametrize(
    "text",
    ["15 jours", "quinze jours", "dans quinze jours", "sous 15 jours", "d’ici quinze jours", "une quinzaine",
     "sous quinzaine", "quinzaine", "une quinzaine de jours", "Dans une quinzaine"],
)  # fmt: skip
def test_fifteen_days_in_french_means_two_weeks(text: str) -> None:
    # Thursday 3 December 2026: "quinze jours" is a fortnight, Thursday 17, not Friday 18.
    assert parse_delay(text).after(date(2026, 12, 3), FRANCE) == date(2026, 12, 17)


@pytest.mark.parametrize(
    "text", ["8 jours", "huit jours", "dans huit jours", "sous 8 jours", "une huitaine", "sous huitaine", "huitaine",
             "une huitaine de jours"],
)  # fmt: skip
def test_eight_days_in_french_means_one_week(text: str) -> None:
    assert parse_delay(text).after(date(2026, 12, 3), FRANCE) == date(2026, 12, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("15 days", date(2026, 12, 18)), ("8 days", date(2026, 12, 11)), ("fifteen days", date(2026, 12, 18)),
     ("16 jours", date(2026, 12, 19)), ("15 jours ouvrés", date(2026, 12, 24))],
)  # fmt: skip
def test_other_day_counts_are_counted_as_written(text: str, expected: date) -> None:
    # English days are days, and a count of business days is a count (Friday 4 … Thursday 24 December).
    assert parse_delay(text).after(date(2026, 12, 3), FRANCE) == expected


@pytest.mark.parametrize("text", ["", "soon", "0 days", "10 business weeks", "3 jours blah", "-2 weeks", "400 days"])
def test_an_unparsable_delay_names_the_option(text: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        parse_delay(text)
    assert caught.value.field == "--decision-in"
    assert "délai" in caught.value.say("fr")


def test_a_start_without_offset_is_read_in_the_interview_zone() -> None:
    assert parse_instant("2026-07-01T14:00", PARIS, "start").utcoffset() == timedelta(hours=2)
    assert parse_instant("2026-12-01 14:00", PARIS, "start").utcoffset() == timedelta(hours=1)
    given_offset = parse_instant("2026-12-01T14:00-05:00", PARIS, "start")
    assert given_offset.utcoffset() == timedelta(hours=-5)


def test_dates_in_iso_and_french_order() -> None:
    assert parse_date("2027-03-25", "decision_by") == date(2027, 3, 25)
    assert parse_date("25/03/2027", "decision_by") == date(2027, 3, 25)
    with pytest.raises(InvalidValue, match=r"^decision_by: '31/02/2027' is not a date"):
        parse_date("31/02/2027", "decision_by")


@given(st.text(max_size=40))
def test_the_parsers_refuse_garbage_only_with_a_named_error(text: str) -> None:
    for parse in (lambda: parse_delay(text), lambda: parse_date(text, "d"), lambda: parse_instant(text, PARIS, "s")):
        try:
            result = parse()
        except InvalidValue:
            continue
        assert isinstance(result, Delay | date | datetime)
