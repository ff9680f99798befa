"""Round 19 (verdicts §4 and §5 item 5): stock phrases across cases; "this morning" for an
interview that ran past noon."""

from __future__ import annotations

from datetime import time

from lastimpression.core.compose import compose
from lastimpression.core.compose.details import when_phrases
from tests.core.compose.test_round19_links import BELFAST, CHANNEL4, SAFRAN, _case
from tests.core.compose.world import WORLD

STOCK = ("Et pour cause", "et pour cause", "with good reason", "j’aimerais vous en dire un peu plus",
         "je vois plus concrètement ce que recouvrent")  # fmt: skip


def test_no_follow_up_says_a_stock_connector() -> None:
    cases = [_case(case) for case in (SAFRAN, CHANNEL4, BELFAST)] + list(WORLD)
    for candidate, people, occasion in cases:
        main = next(person for person in people if person.main_contact)
        for variant in (1, 2, 3, 4):
            body = compose("follow_up", candidate, main, occasion, panel=people, variant=variant).body
            assert not [phrase for phrase in STOCK if phrase in body], body


def test_an_interview_running_past_noon_is_today() -> None:
    day = CHANNEL4[2].interview_date
    assert when_phrases(day, time(11, 30), day, "en", "")[0] == "today"
    assert when_phrases(day, time(11, 0), day, "fr", "")[0] == "aujourd’hui"
    assert when_phrases(day, time(10, 30), day, "en", "")[0] == "this morning"
    assert when_phrases(day, time(14, 0), day, "fr", "")[0] == "cet après-midi"
