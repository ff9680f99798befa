"""Wording the round-16 blind review found stilted or illogical (verdicts §4 and §5)."""

from __future__ import annotations

import re

from lastimpression.core.compose import compose
from tests.core.compose.test_unused_proofs import _panel
from tests.core.compose.world import WORLD

_CASES = [*WORLD, *(_panel(language, size, 3)[:3] for language in ("fr", "en") for size in (2, 3, 4))]


def test_a_french_follow_up_never_says_its_interest_is_whole_after_a_past_exchange() -> None:
    # "Mon intérêt reste entier, en particulier après notre échange sur…": "entier" is absolute and
    # "après" a moment long past; six follow-ups out of six said it.
    checked = 0
    for candidate, people, occasion in _CASES:
        if occasion.language != "fr":
            continue
        main = next(person for person in people if person.main_contact)
        body = compose("follow_up", candidate, main, occasion, panel=people).body
        assert "en particulier après" not in body, body
        checked += bool(re.search(r"Depuis|resté en tête|Pour revenir sur|envie de", body))
    assert checked >= 5


_STILTED = re.compile(
    r"close to my own experience|close to work I have already done|When it comes to|first of these|"
    r"second of these|I have worked on (?:this|the first|the second) myself"
)


def test_no_calqued_or_stilted_english_in_a_thank_you() -> None:
    for candidate, people, occasion in _CASES:
        if occasion.language != "en":
            continue
        for person in people:
            body = compose("thank_you", candidate, person, occasion, panel=people).body
            assert not _STILTED.search(body), (person.name, body)


_CLEARER = {
    "fr": (
        "idée plus précise",
        re.compile(r"plus concrètement|idée précise des priorités|vision plus concrète|plus concrets"),
    ),
    "en": ("much clearer picture", re.compile(r"concrete sense|clear picture of the priorities|much clearer to me")),
}


def test_a_thank_you_never_says_twice_that_the_role_became_clearer() -> None:
    # Mme Bouvier: "…qui m’a donné une idée plus précise du poste" then "Grâce à mon échange avec
    # M. Masson…, je vois plus concrètement ce que recouvrent ces fonctions"; Isla Murray: "a much
    # clearer picture of what it involves" then "gave me a concrete sense of the role".
    for candidate, people, occasion in _CASES:
        opening, again = _CLEARER[occasion.language]
        for person in people:
            body = compose("thank_you", candidate, person, occasion, panel=people).body
            assert not (opening in body and again.search(body)), (person.name, body)
