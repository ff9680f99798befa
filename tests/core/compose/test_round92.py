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
