"""Blind reviews 74–75, issue 15 (14 C's): « responsable front Office » (an English compound
lowered word by word, five C's); "the firm's agile working policy" recalled (a perk, R08★);
« la prévision des récoltes serre par serre » answered with climate reports of 14 greenhouses;
"I could build on the site of I ran" and "about the 6 a.m during…" (text cut at a figure and at
an abbreviation's period); LinkedIn hooks cut to something generic while the role stayed whole."""

from __future__ import annotations

from datetime import date, time

from lastimpression.core.compose import compose
from lastimpression.core.compose.details import answers, reference
from lastimpression.core.compose.phrasing import first_clause
from lastimpression.core.grammar import role_in_sentence
from lastimpression.core.messages import Candidate, Occasion, Recipient
from lastimpression.core.perks import is_perk
from tests.core.compose.world import planned, with_main_contact


def test_an_english_compound_after_a_french_head_keeps_its_capitals() -> None:
    assert role_in_sentence("responsable Front Office", "fr") == "responsable Front Office"
    assert role_in_sentence("Responsable Customer Success", "fr") == "responsable Customer Success"
    assert role_in_sentence("Responsable Marketing Digital", "fr") == "responsable marketing digital"
    assert role_in_sentence("Directeur Commercial France", "fr") == "directeur commercial France"


def test_flexible_working_is_a_perk_but_agile_methods_are_not() -> None:
    assert is_perk("the firm's agile working policy")
    assert is_perk("flexible working")
    assert not is_perk("agile working methods in the team")


def test_how_a_topic_is_done_is_not_what_it_is_about() -> None:
    reports = "J'ai automatisé en Python les rapports de climat de 14 serres, ce qui a redonné une journée par semaine."
    model = "Chez Hydroserre Mirabel, j'ai bâti un modèle de prévision du rendement de laitue avec une erreur de 6 %."
    assert not answers(reports, ["la prévision des récoltes serre par serre"])
    assert answers(model, ["la prévision des récoltes serre par serre"])


def test_an_object_cut_at_its_figure_is_never_pointed_back_to() -> None:
    assert reference("I ran a site of 120 trades with zero lost-time injuries over 410,000 hours.", "en")[0] == ""
    assert reference("At Wise, I led the split of a 40-page onboarding flow into 3 steps.", "en")[0] == ""
    assert reference("At Spotify I ran the redesign of the playlist page, which lifted saves by 12%.", "en")[0] == (
        "the redesign of the playlist page I ran at Spotify"
    )


def test_an_abbreviation_s_period_ends_no_clause() -> None:
    topic = "the 6 a.m. start and Saturday work on the Etobicoke tower, which the crews dislike"
    assert first_clause(topic, 40).startswith("the 6 a.m. start")


def test_a_note_cuts_the_role_to_its_noun_before_it_cuts_the_topic() -> None:
    nurse = Candidate("Claire Martin", "c@example.fr", "+33 6 00 00 00 00", "", "feminine", ())
    people = with_main_contact([
        Recipient(1, "Sophie Kieffer", "s@example.fr", "Cadre de santé", "madame", "vous",
                  ("l'organisation des nuits en 12 heures",)),
        Recipient(2, "Thomas Muller", "t@example.fr", "Cardiologue, responsable de l'USIC", "monsieur", "vous",
                  ("la surveillance des patients sous assistance circulatoire",)),
    ])  # fmt: skip
    occasion = planned(
        Occasion("Hôpitaux Universitaires de Strasbourg", "infirmière en soins intensifs de cardiologie (USIC) – poste de nuit",
                 "fr", "FR", date(2027, 3, 25), subdivision="6AE", mode="onsite", start_time=time(14),
                 sent_on=date(2027, 3, 25)),
        "Europe/Paris",
    )  # fmt: skip
    note = compose("linkedin", nurse, people[1], occasion, panel=people).body
    assert "la surveillance des patients sous assistance circulatoire" in note, note
    assert "(poste d’infirmière" in note, note


def test_a_team_is_built_never_brought() -> None:
    from lastimpression.core.compose.details import offer_phrase

    offer = "une équipe de réception stable et formée aux standards Forbes"
    assert offer_phrase(offer, "fr") == f"comment je bâtirais {offer}"
    assert offer_phrase("un plan d’accueil en 30 jours", "fr") == "un plan d’accueil en 30 jours"


def test_activity_in_passing_ties_no_proof_to_a_peak() -> None:
    from lastimpression.core.compose.details import ties

    proof = "Chez Kuehne+Nagel à Grâce-Hollogne, j'ai remis en conformité ADR 3 quais en 2024, sans arrêt d'activité."
    assert not ties(proof, ["le pic d'activité de fin d'année"])
    assert answers(proof, ["la mise en conformité des quais de chargement avec la réglementation ADR"])


def test_french_typography_of_a_negative_rate_and_of_energy() -> None:
    from lastimpression.core.compose.typography import typeset

    said = typeset("Résultat : -30 % de cas et 2,5 MWh, de 2021-2026.", "fr", "FR", [])
    assert "−30\u202f%" in said and "2,5\u00a0MWh" in said and "2021-2026" in said, said
    assert first_clause("currency risk on the U.S. infrastructure assets held in the fund since 2019", 50).startswith(
        "currency risk on the U.S. infrastructure"
    )


def test_a_gerund_s_topic_is_never_cut_after_its_object() -> None:
    from lastimpression.core.compose.composer import _head_and_complement

    assert _head_and_complement("keeping the trades on a tight pour schedule through winter", "en") == ""
    assert _head_and_complement("liquidity planning across the business units", "en") == "liquidity planning"


def test_a_capitalised_particle_before_a_lower_case_one_belongs_to_the_surname() -> None:
    from lastimpression.core.names import split_name

    assert split_name("Pieter Van den Broeck") == ("Pieter", "Van den Broeck")
    assert split_name("Jean Marie de La Tour") == ("Jean", "de La Tour")
    assert split_name("Marie De Smet") == ("Marie", "De Smet")


def test_a_move_is_answered_only_by_a_proof_that_moved_something_it_names() -> None:
    topic = "moving treasury from Kyriba to SAP S/4HANA"
    assert not answers("At Bunge I built the 13-week rolling cash forecast, with variance under 5%.", [topic])
    assert answers("In 2025 I led the Kyriba bank connectivity rollout for 27 accounts across 6 banks.", [topic])
    assert answers("I migrated 40 bank accounts to SAP S/4HANA in 2024.", [topic])
    # A noun's move keeps the old reading ("the split of a payments monolith into twelve services").
    assert answers(
        "At Wise I led the split of a payments monolith into twelve services without a single outage.",
        ["the migration from a monolith to services"],
    )


def test_a_place_after_a_place_of_work_keeps_its_capital() -> None:
    assert role_in_sentence("responsable d'exploitation entrepôt – site de Herstal", "fr") == (
        "responsable d'exploitation entrepôt – site de Herstal"
    )
    assert role_in_sentence("Responsable Agence de Mons", "fr") == "responsable agence de Mons"
    assert role_in_sentence("Chef de Projet", "fr") == "chef de projet"
    # Round 80: an English title first, before French words, keeps its capitals.
    assert role_in_sentence("Customer Success Manager grands comptes agricoles", "fr") == (
        "Customer Success Manager grands comptes agricoles"
    )
