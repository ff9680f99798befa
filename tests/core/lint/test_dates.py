"""Reading the dates written in a message."""

from __future__ import annotations

from datetime import date

import pytest

from lastimpression.core.lint.dates import find_dates, write_date

REFERENCE = date(2027, 3, 11)


@pytest.mark.parametrize(
    ("text", "language", "written", "value", "weekday"),
    [
        ("je vous recontacterai le mardi 30 mars.", "fr", "mardi 30 mars", date(2027, 3, 30), 1),
        ("d’ici le 1er avril 2027", "fr", "1er avril 2027", date(2027, 4, 1), None),
        ("le 30/03/2027", "fr", "30/03/2027", date(2027, 3, 30), None),
        ("le 30/03", "fr", "30/03", date(2027, 3, 30), None),
        ("le 2027-03-30", "fr", "2027-03-30", date(2027, 3, 30), None),
        ("Vendredi 2 avril", "fr", "Vendredi 2 avril", date(2027, 4, 2), 4),
        ("le 3 janv. 2028", "fr", "3 janv. 2028", date(2028, 1, 3), None),
        ("on Tuesday, March 30.", "en", "Tuesday, March 30", date(2027, 3, 30), 1),
        ("on March 30, 2027", "en", "March 30, 2027", date(2027, 3, 30), None),
        ("on Tuesday 30 March", "en", "Tuesday 30 March", date(2027, 3, 30), 1),
        ("on the 30th of March", "en", "30th of March", date(2027, 3, 30), None),
        ("by Tue. Mar. 30", "en", "Tue. Mar. 30", date(2027, 3, 30), 1),
        ("on 30/03/2027", "en", "30/03/2027", date(2027, 3, 30), None),
    ],
)
def test_dates_are_read_in_their_usual_forms(
    text: str, language: str, written: str, value: date, weekday: int | None
) -> None:
    (mention,) = find_dates(text, language, REFERENCE)
    assert text[mention.start : mention.end] == written
    assert (mention.value, mention.weekday, mention.valid) == (value, weekday, True)


def test_a_yearless_date_takes_the_year_after_the_interview_when_it_would_be_long_past() -> None:
    (march,) = find_dates("le 30 mars", "fr", date(2026, 12, 3))
    assert march.value == date(2027, 3, 30)
    (november,) = find_dates("le 20 novembre", "fr", date(2026, 12, 3))
    assert november.value == date(2026, 11, 20)


def test_a_yearless_date_without_a_reference_is_unresolved_but_valid() -> None:
    (mention,) = find_dates("le mardi 30 mars", "fr")
    assert mention.value is None and mention.valid and mention.weekday == 1


@pytest.mark.parametrize("text", ["le 31 avril", "le 30 février", "le 29 février 2027", "le 32 mars"])
def test_dates_that_do_not_exist_are_invalid(text: str) -> None:
    assert [(m.valid, m.value) for m in find_dates(text, "fr", REFERENCE)] == [(False, None)]


def test_29_february_is_read_in_the_leap_year_it_falls_in() -> None:
    (mention,) = find_dates("le 29 février", "fr", date(2027, 12, 1))
    assert mention.value == date(2028, 2, 29)


def test_an_ambiguous_numeric_date_is_month_first_only_for_the_united_states() -> None:
    assert find_dates("on 3/4/2027", "en", REFERENCE)[0].value == date(2027, 4, 3)
    assert find_dates("on 3/4/2027", "en", REFERENCE, month_first=True)[0].value == date(2027, 3, 4)
    assert find_dates("on 13/4/2027", "en", REFERENCE, month_first=True)[0].value == date(2027, 4, 13)


@pytest.mark.parametrize("text", ["24/7", "les 3/4 du projet", "sept personnes", "May I add", "version 2027-99-99"])
def test_things_that_are_not_dates_are_not_read_as_dates(text: str) -> None:
    assert [m.value for m in find_dates(text, "en" if text[0] in "M" else "fr", REFERENCE) if m.valid] == []


def test_dates_are_written_out_with_their_weekday() -> None:
    assert write_date(date(2027, 3, 30), "fr") == "mardi 30 mars 2027"
    assert write_date(date(2027, 4, 1), "fr") == "jeudi 1er avril 2027"
    assert write_date(date(2027, 3, 30), "en") == "Tuesday 30 March 2027"


def test_a_numeric_date_without_a_year_needs_le_before_it_in_french() -> None:
    assert [m.value for m in find_dates("le mardi 30/03", "fr", REFERENCE)] == [date(2027, 3, 30)]
    assert find_dates("mardi 30/03", "fr", REFERENCE) == []
    assert find_dates("on 30/03", "en", REFERENCE) == []
