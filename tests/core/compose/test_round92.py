"""Blind reviews 92–93, issue 15: « (Rooms division) » (five C's, one panel: a bracketed English
title lowered); "working from the Dublin office three days a week" recalled (three C's, R08); a
loyalty programme whose profiles live in Opera PMS offered for « le passage d’Opera PMS à Mews »;
a note's hook cut to « la gestion d’une »."""

from __future__ import annotations

from lastimpression.core.compose.composer import _head_and_complement
from lastimpression.core.compose.details import answers
from lastimpression.core.grammar import role_in_sentence
from lastimpression.core.perks import is_perk


def test_a_bracketed_english_title_keeps_its_capitals() -> None:
    role = "adjoint·e à la direction de l'hébergement (Rooms Division)"
    assert role_in_sentence(role, "fr").endswith("(Rooms Division)")
    assert role_in_sentence("Directeur Commercial (Service Client)", "fr").startswith("directeur commercial")


def test_office_days_are_a_perk() -> None:
    assert is_perk("working from the Dublin office three days a week")
    assert not is_perk("working at the office of the CFO on liquidity")
    assert not is_perk("office automation")


def test_a_move_is_answered_by_a_move() -> None:
    topic = "le passage d'Opera PMS à Mews"
    loyalty = (
        "J'ai lancé en 2024 un programme de reconnaissance des clients fidèles, avec 1 200 profils dans Opera PMS."
    )
    assert not answers(loyalty, [topic])
    assert answers(
        "2024 : migration d'Opera vers Mews pour tout l'établissement, sans une nuit de surréservation.", [topic]
    )


def test_a_hook_never_ends_on_an_elided_article() -> None:
    assert (
        _head_and_complement("la gestion d'une équipe de 15 cueilleurs et cueilleuses", "fr")
        == "la gestion d'une équipe"
    )


def test_a_provincial_department_takes_the() -> None:
    from lastimpression.core.grammar import in_english_sentence

    assert in_english_sentence("Nova Scotia Department of Health and Wellness").startswith("the Nova Scotia")


def test_a_person_described_is_never_offered_as_a_thing() -> None:
    # Round 94 (three C's): "I would also be glad to tell you more about a finance partner who…".
    from lastimpression.core.compose.details import offer_topic

    assert (
        offer_topic("a finance partner who can turn volatile milk costs into a forecast the business trusts", "en")
        == ""
    )
    assert offer_topic("un partenaire qui sécurise les achats", "fr") == ""
    assert offer_topic("a clearer refund policy for online orders", "en") == "a clearer refund policy for online orders"


def test_a_topic_s_core_never_leaves_a_head_without_its_complement() -> None:
    from lastimpression.core.compose.phrasing import topic_core

    assert topic_core("le travail en 3 pauses et la gestion des intérimaires", "fr").endswith("des intérimaires")
    assert topic_core("la gestion des sinistres après des intempéries", "fr") == "la gestion des sinistres"


def test_a_culture_said_where_it_happens_needs_that_place() -> None:
    hse = "At TotalEnergies' Elgin-Franklin field I led the HSE case for abandoning 11 wells with zero lost-time injuries."
    assert not answers(hse, ["safety culture on the night shift"])
    assert answers(
        "Since 2024 I have run the night shift's safety briefings, with zero lost-time injuries.",
        ["safety culture on the night shift"],
    )
