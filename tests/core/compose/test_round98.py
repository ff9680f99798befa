"""Blind reviews 96 and 98–99, issue 15: « sur les audits de la Commission » (a LinkedIn note's
hook cut inside a name, CICC, to a word that names another body)."""

from __future__ import annotations

from lastimpression.core.compose.composer import _head_and_complement


def test_a_note_s_hook_is_never_cut_inside_a_french_name() -> None:
    # French names capitalise their first word only: the cut would name another body.
    assert (
        _head_and_complement("les audits de la Commission interministérielle de coordination des contrôles", "fr") == ""
    )
    assert _head_and_complement("les audits de l’Agence nationale de la recherche sur les projets", "fr") == ""
    assert _head_and_complement("le financement de la Banque de France et les taux", "fr") == ""
    # A name ends before what it is for; a common noun is cut after its complement.
    assert _head_and_complement("le réaménagement de la place Meiser pour le passage du tram", "fr") == (
        "le réaménagement de la place Meiser"
    )
    assert (
        _head_and_complement("l’intégration des infirmières nouvellement arrivées", "fr")
        == "l’intégration des infirmières"
    )
