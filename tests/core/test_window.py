"""The one date window (years 1970 to 2200) every door reads dates through."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from lastimpression.core.validation import InvalidValue
from lastimpression.core.when import parse_date, parse_instant

PARIS = ZoneInfo("Europe/Paris")


@pytest.mark.parametrize(
    "typed", ["0001-01-01T00:00", "9999-12-31T23:59", "9999-12-31T23:30-05:00", "1969-12-31T23:59:59+00:00",
              "1970-01-01T00:30", "2201-01-01T00:00", "0001-01-01T00:00+14:00"],
)  # fmt: skip
def test_an_instant_outside_the_window_is_refused_in_both_languages(typed: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        parse_instant(typed, PARIS, "--until")
    assert refused.value.say("en").startswith("--until: ") and "1970 to 2200" in refused.value.say("en")
    assert "1970 à 2200" in refused.value.say("fr")


@pytest.mark.parametrize("typed", ["0001-01-01", "9999-12-31", "31/12/1969", "2201-01-01"])
def test_a_date_outside_the_window_is_refused(typed: str) -> None:
    with pytest.raises(InvalidValue, match=r"decision_by: .*1970 to 2200"):
        parse_date(typed, "decision_by")


def test_the_window_holds_its_ends() -> None:
    assert parse_date("1970-01-01", "d") == date(1970, 1, 1)
    assert parse_date("31/12/2200", "d") == date(2200, 12, 31)
    assert parse_instant("1970-01-01T01:30", PARIS, "s").year == 1970
    assert parse_instant("2200-12-31T23:59", PARIS, "s").year == 2200
