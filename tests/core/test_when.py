from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lastimpression.core.calendar import BusinessCalendar
from lastimpression.core.validation import InvalidValue
from lastimpression.core.when import (
    Delay,
    later,
    local_instant,
    parse_date,
    parse_delay,
    parse_instant,
    read_instant,
    repeated_times,
)

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


# --- wall times on the nights the clocks change -------------------------------------------------
# Europe/Paris in 2027: forward on 28 March at 02:00 (02:00-03:00 never happens), back on 31
# October at 03:00 (02:00-03:00 happens twice).


def test_a_wall_time_the_clocks_skip_is_refused_naming_the_field() -> None:
    with pytest.raises(InvalidValue) as caught:
        parse_instant("2027-03-28T02:30", PARIS, "start")
    assert caught.value.field == "start"
    assert caught.value.say("en") == (
        "start: 2027-03-28T02:30 does not exist in Europe/Paris (clocks go from 02:00 to 03:00 that night)"
    )
    assert caught.value.say("fr") == (
        "start: 2027-03-28T02:30 n’existe pas à Europe/Paris (les horloges passent de 02:00 à 03:00 cette nuit-là)"
    )


def test_the_skipped_hour_is_named_in_the_zone_it_is_skipped_in() -> None:
    with pytest.raises(InvalidValue, match=r"^end: 2027-03-14T02:05 does not exist in America/Montreal \(clocks go"):
        parse_instant("2027-03-14 02:05", ZoneInfo("America/Montreal"), "end")
    with pytest.raises(InvalidValue, match=r"clocks go from 02:00 to 02:30 that night"):
        parse_instant("2027-10-03T02:15", ZoneInfo("Australia/Lord_Howe"), "start")  # a half-hour change


def test_a_wall_time_that_happens_twice_is_its_first_occurrence_and_says_so() -> None:
    instant, notice = read_instant("2027-10-31T02:30", PARIS, "start")
    assert instant.utcoffset() == timedelta(hours=2)
    assert instant.astimezone(UTC) == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)
    assert notice is not None and notice.field == "start"
    assert notice.say("en") == (
        "start: 2027-10-31T02:30 happens twice in Europe/Paris (clocks go back from 03:00 to 02:00 that night): "
        "the first one is taken (UTC+02:00); write 2027-10-31T02:30+01:00 for the second one"
    )
    assert notice.say("fr").startswith("start: 2027-10-31T02:30 arrive deux fois à Europe/Paris")
    second = parse_instant("2027-10-31T02:30+01:00", PARIS, "start")
    assert second.astimezone(UTC) == datetime(2027, 10, 31, 1, 30, tzinfo=UTC), "as the notice says"


def test_an_instant_with_its_offset_is_never_refused_nor_noticed() -> None:
    instant, notice = read_instant("2027-03-28T02:30+01:00", PARIS, "start")
    assert instant.astimezone(UTC) == datetime(2027, 3, 28, 1, 30, tzinfo=UTC) and notice is None
    assert read_instant("2027-10-31T02:30Z", PARIS, "start")[1] is None


def test_the_doors_are_told_only_of_the_times_given_that_happen_twice() -> None:
    given = {"start": "2027-10-31T02:15", "end": "2027-10-31T02:45", "duration": None, "company": "x"}
    assert [notice.field for notice in repeated_times(given, PARIS, ("start", "end"))] == ["start", "end"]
    assert repeated_times({"start": "2027-10-31T03:15", "end": None}, PARIS, ("start", "end")) == []
    assert repeated_times({"start": "not a date"}, PARIS, ("start",)) == [], "refusing is the parser's job"


def test_rfc_5545_reads_a_skipped_wall_time_with_the_offset_before_the_gap() -> None:
    instant, change = local_instant(datetime(2027, 3, 28, 2, 30), PARIS)
    assert instant.isoformat() == "2027-03-28T03:30:00+02:00"
    assert change is not None and change.skipped
    assert (change.jumps_from, change.jumps_to) == (datetime(2027, 3, 28, 2, 0), datetime(2027, 3, 28, 3, 0))
    assert local_instant(datetime(2027, 3, 28, 3, 0), PARIS) == (datetime(2027, 3, 28, 3, 0, tzinfo=PARIS), None)
    with pytest.raises(ValueError, match="no offset"):
        local_instant(datetime(2027, 3, 28, 2, 30, tzinfo=UTC), PARIS)


def test_a_duration_is_real_minutes_across_the_autumn_change() -> None:
    start = parse_instant("2027-10-31T02:30", PARIS, "start")
    end = later(start, timedelta(minutes=30))
    assert end.astimezone(PARIS).isoformat() == "2027-10-31T02:00:00+01:00"
    assert end - start == timedelta(minutes=30)
    # Wall-clock arithmetic, the bug: 02:30 + 30 minutes = 03:00, 90 real minutes later.
    assert (start + timedelta(minutes=30)).timestamp() - start.timestamp() == 90 * 60


ZONES = [ZoneInfo(name) for name in ("Europe/Paris", "America/Montreal", "Europe/London", "America/New_York")]
# The nights the clocks change in those zones in 2027, where the gaps and folds are.
CHANGE_DAYS = [date(2027, 3, 14), date(2027, 3, 28), date(2027, 10, 31), date(2027, 11, 7)]
any_wall = st.builds(
    lambda day, minute: datetime(2026, 1, 1) + timedelta(days=day, minutes=minute),
    st.integers(0, 3 * 365),
    st.integers(0, 24 * 60 - 1),
)
night_wall = st.builds(
    lambda day, minute: datetime.combine(day, datetime.min.time()) + timedelta(minutes=minute),
    st.sampled_from(CHANGE_DAYS),
    st.integers(0, 4 * 60),
)


def wall_of(instant: datetime, zone: ZoneInfo) -> datetime:
    """What a clock in ``zone`` shows at ``instant`` (through UTC, so never a wall time that
    does not exist)."""
    return instant.astimezone(UTC).astimezone(zone).replace(tzinfo=None)


@settings(max_examples=400)
@given(st.sampled_from(ZONES), st.one_of(any_wall, night_wall), st.integers(1, 24 * 60))
def test_a_wall_time_names_one_real_instant_and_a_duration_is_real_time(
    zone: ZoneInfo, wall: datetime, minutes: int
) -> None:
    instant, change = local_instant(wall, zone)
    shown = wall_of(instant, zone)
    assert wall_of(shown.replace(tzinfo=zone), zone) == shown, "never in a gap"
    text = wall.isoformat(timespec="minutes")
    if change is None:
        assert shown == wall, "a wall time that exists round-trips to itself"
        assert wall.replace(tzinfo=zone, fold=1).utcoffset() == instant.utcoffset(), "and happens once"
        assert read_instant(text, zone, "start") == (instant, None)
    elif change.skipped:
        assert change.jumps_from <= wall < change.jumps_to
        assert shown == wall + (change.offset_after - change.offset_before), "read with the offset before the gap"
        with pytest.raises(InvalidValue, match=r"^start: .* does not exist in"):
            read_instant(text, zone, "start")
    else:
        assert change.jumps_to <= wall < change.jumps_from
        assert shown == wall and instant.utcoffset() == change.offset_before, "the first occurrence"
        later_one = wall.replace(tzinfo=zone, fold=1)
        assert later_one.astimezone(UTC) - instant.astimezone(UTC) == change.offset_before - change.offset_after
        parsed, notice = read_instant(text, zone, "start")
        assert parsed == instant and notice is not None and "happens twice" in notice.message
    end = later(instant, timedelta(minutes=minutes))
    assert end - instant == timedelta(minutes=minutes)
    assert end.timestamp() - instant.timestamp() == minutes * 60
