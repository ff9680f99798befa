"""Proof points in the house style of the recipient's country (blind review 26: "I managed 4
outsourced contact centres" in a message to Seattle, R19)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lastimpression.core.compose import compose
from lastimpression.core.compose.spelling import house_style
from lastimpression.core.messages import Candidate, Occasion, Recipient


@pytest.mark.parametrize(
    ("typed", "language", "country", "written"),
    [
        ("I managed 4 outsourced contact centres with 450 agents.", "en", "US",
         "I managed four outsourced contact centers with 450 agents."),
        ("I managed 4 outsourced contact centres with 450 agents.", "en", "GB",
         "I managed four outsourced contact centres with 450 agents."),
        ("Our Organisation optimised 3 programmes.", "en", "US", "Our Organization optimized three programs."),
        ("J’ai coordonné 6 sous-traitants sur la ligne 125 kV.", "fr", "CH", "J’ai coordonné six sous-traitants sur la ligne 125 kV."),
        ("J’ai fait gagner 2 jours par mois à l’équipe.", "fr", "FR", "J’ai fait gagner deux jours par mois à l’équipe."),
        # Never a range, a unit, a sign, a decimal, a version, a time, nor the French "1".
        ("J’ai ramené la clôture de 8 à 5 jours ouvrés.", "fr", "FR", "J’ai ramené la clôture de 8 à 5 jours ouvrés."),
        ("I grew from 3 to 8 stores.", "en", "US", "I grew from 3 to 8 stores."),
        ("I cut costs by 7 % over 3.5 years, 3 km away.", "en", "US", "I cut costs by 7 % over 3.5 years, 3 km away."),
        ("I shipped version 2 of the app at 5 p.m.", "en", "US", "I shipped version 2 of the app at 5 p.m."),
        ("J’ai ouvert 1 agence.", "fr", "FR", "J’ai ouvert 1 agence."),
        ("I saved $4 million.", "en", "US", "I saved $4 million."),
        # Round 30: "a $85 million" is said "an eighty-five million".
        ("I ran a $85 million programme and a 18,000-unit recall.", "en", "CA",
         "I ran an $85 million programme and an 18,000-unit recall."),
        ("I led a $110 million bid, a 180-day plan and a 11-person team.", "en", "US",
         "I led a $110 million bid, a 180-day plan and an 11-person team."),
    ],
)  # fmt: skip
def test_a_proof_is_written_in_the_house_style(typed: str, language: str, country: str, written: str) -> None:
    assert house_style(typed, language, country) == written


@given(st.text(max_size=200), st.sampled_from(["fr", "en", "de"]), st.sampled_from(["US", "GB", "FR", "CA", ""]))
def test_house_style_never_fails_and_settles_at_once(text: str, language: str, country: str) -> None:
    once = house_style(text, language, country)
    assert house_style(once, language, country) == once


def test_the_message_to_seattle_says_centers_and_four() -> None:
    rachel = Candidate("Rachel Kim", "r@example.com", "+1 206 555 0100", "", "feminine",
                       ("I managed 4 outsourced contact centres with 450 agents in total.",))  # fmt: skip
    occasion = Occasion("Nordstrom", "Customer Care Manager", "en", "US", date(2027, 10, 12), subdivision="WA",
                        promise_date=date(2027, 10, 26), sent_on=date(2027, 10, 12))  # fmt: skip
    walsh = Recipient(
        1, "Jennifer Walsh", "j@example.com", "Director", "madame", "vous", ("outsourced contact centers",)
    )
    body = compose("thank_you", rachel, walsh, occasion, panel=(walsh,)).body
    assert "four outsourced contact centers" in body and "centres" not in body, body
