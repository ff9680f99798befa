"""Moving a planned instant: "put off" means later, and a panel never leaves within two minutes."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lastimpression.core.calendar import BusinessCalendar
from lastimpression.core.slots import PANEL_GAP, SnoozeRefused, panel_slot, snooze_until

PARIS = BusinessCalendar("FR", "", "Europe/Paris")
SHORT_DAYS = BusinessCalendar("FR", "", "Europe/Paris", closing_time=time(17))
instants = st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.just(UTC))


def test_putting_off_a_follow_up_due_in_two_weeks_moves_it_later_not_to_tomorrow() -> None:
    now = datetime(2027, 3, 24, 15, 40, tzinfo=UTC)
    due = datetime(2027, 4, 7, 7, 0, tzinfo=UTC)  # Wednesday 7 April, 09:00 in Paris
    assert snooze_until(now, due, PARIS).isoformat() == "2027-04-08T09:00:00+02:00"


def test_putting_off_follows_the_configured_closing_hour() -> None:
    friday_late = datetime(2026, 12, 4, 15, 40, tzinfo=UTC)  # 16:40 in Paris
    assert snooze_until(friday_late, friday_late, SHORT_DAYS).isoformat() == "2026-12-07T09:00:00+01:00"
    thursday = datetime(2026, 12, 3, 15, 40, tzinfo=UTC)  # a day later, Friday 16:40, is open until 17:00
    assert snooze_until(thursday, thursday, SHORT_DAYS).isoformat() == "2026-12-04T16:40:00+01:00"


def test_a_debrief_has_no_business_hours() -> None:
    now = datetime(2026, 12, 5, 21, 0, tzinfo=UTC)  # a Saturday evening
    assert snooze_until(now, now - timedelta(hours=2), None) == now + timedelta(days=1)


@pytest.mark.parametrize(
    ("until", "words"),
    [
        (datetime(2027, 3, 24, 15, 0, tzinfo=UTC), "n’est pas dans le futur"),
        (datetime(2027, 4, 6, 7, 0, tzinfo=UTC), "son échéance"),
        (datetime(2028, 4, 8, 7, 0, tzinfo=UTC), "plus d’un an"),
    ],
)
def test_an_until_that_would_not_put_it_off_is_refused_in_both_languages(until: datetime, words: str) -> None:
    now, due = datetime(2027, 3, 24, 15, 40, tzinfo=UTC), datetime(2027, 4, 7, 7, 0, tzinfo=UTC)
    with pytest.raises(SnoozeRefused) as refused:
        snooze_until(now, due, PARIS, until=until)
    assert words in refused.value.problem.say("fr") and str(refused.value) == refused.value.problem.say("en")


def test_an_until_before_the_promised_day_is_refused() -> None:
    now, due = datetime(2027, 3, 24, 15, 40, tzinfo=UTC), datetime(2027, 3, 25, 8, 0, tzinfo=UTC)
    with pytest.raises(SnoozeRefused, match="promised"):
        snooze_until(now, due, PARIS, until=datetime(2027, 3, 30, 8, 0, tzinfo=UTC), promised=date(2027, 4, 7))
    assert snooze_until(now, due, PARIS, until=datetime(2027, 4, 7, 8, 0, tzinfo=UTC), promised=date(2027, 4, 7))


@given(now=instants, ahead=st.timedeltas(min_value=timedelta(days=-30), max_value=timedelta(days=30)))
def test_put_off_is_always_later_than_now_and_the_due_time_and_in_business_hours(
    now: datetime, ahead: timedelta
) -> None:
    due = now + ahead
    chosen = snooze_until(now, due, PARIS)
    assert chosen > now and chosen > due
    assert PARIS.is_business_time(chosen)


@given(
    at=instants,
    offsets=st.lists(st.integers(min_value=-600, max_value=600), max_size=6),
    seed=st.integers(min_value=0, max_value=2**32),
)
def test_a_panel_message_never_leaves_within_two_minutes_of_another(
    at: datetime, offsets: list[int], seed: int
) -> None:
    start = PARIS.next_business_slot(at)
    others = [start + timedelta(seconds=offset) for offset in offsets]
    chosen = panel_slot(start, others, PARIS, random.Random(seed).randint)
    assert chosen >= start
    assert all(abs((chosen - other).total_seconds()) >= PANEL_GAP[0] for other in others)
    assert PARIS.is_business_time(chosen)
