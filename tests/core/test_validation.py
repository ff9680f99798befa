from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lastimpression.core import places, validation
from lastimpression.core.validation import InvalidValue


def test_a_name_of_ten_thousand_characters_is_refused_with_its_length() -> None:
    with pytest.raises(InvalidValue, match=r"^name: is 10000 characters long; at most 200"):
        validation.text("x" * 10_000, "name")


@pytest.mark.parametrize("value", ["Claire\r\nBcc: everyone@example.org", "Claire\nMartin", "A\x00B"])
def test_line_breaks_and_control_characters_are_refused_in_names(value: str) -> None:
    with pytest.raises(InvalidValue, match=r"control character"):
        validation.text(value, "name")


def test_e_mail_addresses_are_checked_without_network() -> None:
    assert validation.email("Claire.Martin@Example.org", "email") == "Claire.Martin@example.org"
    assert validation.email("", "email") == ""
    with pytest.raises(InvalidValue, match=r"^email: 'claire@' is not a valid e-mail address"):
        validation.email("claire@", "email")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://www.linkedin.com/in/claire-martin/", "https://www.linkedin.com/in/claire-martin"),
        ("linkedin.com/in/claire-martin", "https://www.linkedin.com/in/claire-martin"),
        ("https://fr.linkedin.com/in/claire-martin?utm=x", "https://www.linkedin.com/in/claire-martin"),
    ],
)
def test_linkedin_urls_are_normalised(value: str, expected: str) -> None:
    assert validation.linkedin_url(value) == expected


@pytest.mark.parametrize("value", ["https://example.org/in/claire", "https://www.linkedin.com/company/acme", "claire"])
def test_other_urls_are_not_linkedin_profiles(value: str) -> None:
    with pytest.raises(InvalidValue, match=r"^linkedin: "):
        validation.linkedin_url(value)


@pytest.mark.parametrize(
    ("country", "subdivision", "expected"),
    [
        ("FR", "57", "57"),
        ("FR", "67", "6AE"),
        ("FR", "68", "6AE"),
        ("FR", "Moselle", "57"),
        ("CA", "qc", "QC"),
        ("FR", "", ""),
    ],
)
def test_subdivisions_accept_codes_and_aliases(country: str, subdivision: str, expected: str) -> None:
    assert places.normalize_subdivision(country, subdivision) == expected


def test_unknown_places_and_zones_are_named() -> None:
    with pytest.raises(InvalidValue, match=r"^country: unknown country code 'XX'"):
        places.normalize_country("XX")
    with pytest.raises(InvalidValue, match=r"^subdivision: unknown subdivision '99' for FR"):
        places.normalize_subdivision("FR", "99")
    with pytest.raises(InvalidValue, match=r"^timezone: unknown time zone 'Europe/Lyon'"):
        places.normalize_timezone("Europe/Lyon")


def test_the_time_zone_of_a_place_is_guessed_only_when_there_is_one() -> None:
    assert places.default_timezone("FR") == "Europe/Paris"
    assert places.default_timezone("CA", "QC") == "America/Toronto"
    assert places.default_timezone("US") is None


@given(st.text(max_size=300))
def test_validators_fail_only_with_a_named_error(value: str) -> None:
    for check in (
        lambda: validation.text(value, "f"),
        lambda: validation.email(value, "f"),
        lambda: validation.linkedin_url(value, "f"),
        lambda: places.normalize_timezone(value, "f"),
        lambda: places.normalize_country(value, "f"),
    ):
        try:
            check()
        except InvalidValue as error:
            assert error.field == "f"
