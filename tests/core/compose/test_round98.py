"""Blind reviews 96 and 98–99, issue 15: « sur les audits de la Commission » (a LinkedIn note's
hook cut inside a name, CICC, to a word that names another body); "from #14 to #three"; « –
service des approvisionnements » (five C's); « le temps partiel à 80 % » and "staff accommodation"
recalled (R08); a winter de-icing plan for "on-time performance during the summer peak"; a
monthly reconciliation for "bank account rationalization"; a clash detection elsewhere as
knowledge of « le chantier du CHU Sainte-Justine »."""

from __future__ import annotations

from lastimpression.core.compose.composer import _head_and_complement
from lastimpression.core.compose.details import answers
from lastimpression.core.compose.spelling import house_style
from lastimpression.core.grammar import role_in_sentence
from lastimpression.core.perks import is_perk


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


def test_a_note_s_hook_keeps_the_complement_a_bare_head_needs() -> None:
    topic = "le système de gestion de la sécurité exigé par l’EASA pour le renouvellement du certificat"
    assert _head_and_complement(topic, "fr") == "le système de gestion de la sécurité"


def test_a_rank_stays_a_figure() -> None:
    said = house_style("At The Balmoral, I took our TripAdvisor ranking from #14 to #3 in 18 months.", "en", "GB")
    assert "#3 in 18 months" in said
    assert "three" not in said


def test_an_administrative_unit_keeps_its_capital() -> None:
    assert role_in_sentence("conseiller en approvisionnement – Service des approvisionnements", "fr") == (
        "conseiller en approvisionnement – Service des approvisionnements"
    )
    assert (
        role_in_sentence("Juriste (Direction des affaires juridiques)", "fr")
        == "juriste (Direction des affaires juridiques)"
    )
    assert role_in_sentence("Responsable Service client", "fr") == "responsable service client"


def test_working_time_and_staff_lodging_are_perks() -> None:
    assert is_perk("le temps partiel à 80 %")
    assert is_perk("staff accommodation in Auchterarder")
    assert not is_perk("part-time staff scheduling")
    assert not is_perk("la gestion des temps partiels")


def test_another_season_s_work_answers_no_seasonal_topic() -> None:
    de_icing = (
        "I led the winter 2024 de-icing plan at Shannon Airport, keeping average de-icing delays under 9 minutes."
    )
    assert not answers(de_icing, ["on-time performance during the summer peak"])
    assert answers(de_icing, ["on-time performance during the winter"])


def test_proofs_reach_topics_said_in_other_words() -> None:
    assert answers(
        "In 2025, I moved our FX hedging into Kyriba, covering $180M of CAD and EUR exposure.",
        ["foreign exchange risk on Canadian sales"],
    )
    assert answers(
        "2023 : aucun accident avec perte de temps sur 310 000 heures travaillées.",
        ["la santé-sécurité sur les chantiers"],
    )
    escarres = "J'ai formé 12 collègues au protocole escarres, et les escarres ont baissé de 30 % en un an."
    assert answers(escarres, ["la prévention des complications cutanées chez les patients ventilés"])
    forecast = "At XPO Logistics, I built the 13-week cash forecast that cut our revolver draw by $18M in 2025."
    assert answers(forecast, ["working capital visibility across the carrier network"])
    assert answers("J'ai coordonné la détection de conflits BIM sur 11 000 m².", ["les outils Revit et Navisworks"])
    assert answers(
        "Au Musée de la Réforme, j'ai inventorié 2 300 objets en 14 mois.",
        ["le récolement des collections d'horlogerie"],
    )


def test_a_shared_word_in_passing_is_no_answer() -> None:
    reconciled = "At General Mills, I reconciled 40+ bank accounts in 6 countries every month-end close."
    assert not answers(reconciled, ["bank account rationalization"])
    assert answers("I rationalised 60 bank accounts down to 22.", ["bank account rationalization"])
    clash = "J'ai coordonné la détection de conflits BIM sur 11 000 m² à l'Hôpital de Verdun, sans un seul arrêt de chantier."
    assert not answers(clash, ["le chantier du CHU Sainte-Justine"])
