"""Blind reviews 112–115, issue 15: « le full remote » recalled (two C's, R08); « la masse
salariale » taken for pay; notes cut before an adjective (« la prévention des troubles »), a second
subject's complement (« …et le travail ») or a word's "to" ("working next"); "an auditor who knows…"
offered as a thing (two C's); « le turnover de mon équipe housekeeping » claimed; "…three weeks."
cut from "ahead of programme"."""

from __future__ import annotations

from lastimpression.core.compose.composer import _head_and_complement, _role_noun
from lastimpression.core.compose.details import _figured, _unfigured, answers, offer_phrase, owned
from lastimpression.core.compose.phrasing import short_role, topic_core
from lastimpression.core.grammar import company_forms, role_in_sentence
from lastimpression.core.perks import is_perk


def test_full_remote_is_a_perk_and_payroll_costs_are_not() -> None:
    assert is_perk("le full remote et les séminaires trimestriels")
    assert not is_perk("la maîtrise de la masse salariale")
    assert is_perk("la grille salariale")


def test_a_note_s_hook_keeps_its_adjectives_and_its_second_subject_whole() -> None:
    msd = "la prévention des troubles musculo-squelettiques chez les préparateurs de commandes"
    assert _head_and_complement(msd, "fr") == "la prévention des troubles musculo-squelettiques"
    aid = "les demandes d'aide financière aux paliers provincial et fédéral"
    assert _head_and_complement(aid, "fr") == "les demandes d'aide financière"
    newcomers = "l’intégration des infirmières nouvellement arrivées"
    assert _head_and_complement(newcomers, "fr") == "l’intégration des infirmières"  # never an adverb
    assert (
        topic_core("les horaires de nuit et le travail du samedi", "fr")
        == "les horaires de nuit et le travail du samedi"
    )
    assert topic_core("working next to patients during construction", "en") == "working next to patients"


def test_a_person_described_is_never_offered() -> None:
    assert offer_phrase("an auditor who knows both line and base maintenance", "en") == ""


def test_a_team_named_by_its_place_is_never_claimed() -> None:
    turnover = "En 2023, aux Trois Couronnes à Vevey, le turnover de l'équipe housekeeping est passé de 38 % à 21 %."
    assert owned(turnover, "fr") == turnover
    assert owned("J'ai rédigé le guide de l'équipe.", "fr") == "J'ai rédigé le guide de mon équipe."


def test_a_delay_gained_keeps_what_it_was_ahead_of() -> None:
    frame = "At Balfour Beatty I delivered the frame of the £48m Inverclyde community hospital three weeks ahead of programme."
    assert _figured(frame, "en").endswith("three weeks ahead of programme")


def test_a_quebec_coordinator_is_no_job_alone() -> None:
    assert _role_noun("coordonnatrice des expositions itinérantes") == ""


def test_guests_qualified_otherwise_are_other_guests() -> None:
    check_in = (
        "J'ai déployé le check-in mobile sur Opera Cloud pour 196 chambres ; 40 % des clients l'utilisent aujourd'hui."
    )
    assert not answers(check_in, ["l'accueil de la clientèle des suites venue du Golfe"])


def test_an_english_compound_title_keeps_its_capitals_after_a_french_head() -> None:
    assert role_in_sentence("responsable Rooms Division", "fr") == "responsable Rooms Division"


def test_a_role_is_never_shortened_to_a_rank() -> None:
    assert short_role("manager, line maintenance planning (737 MAX)") == "manager, line maintenance planning"


def test_two_adjectives_joined_are_one_object() -> None:
    loans = "At the Field Museum, I managed incoming and outgoing loans for 1,200 objects between 2023 and 2026."
    assert _unfigured(loans, "en") == "my work on incoming and outgoing loans at the Field Museum"


def test_a_plural_name_takes_its_article_and_a_sub_directorate_names_no_job() -> None:
    assert company_forms("Fermes Lufa").a == "aux Fermes Lufa"
    assert _role_noun("sous-direction de l’hébergement") == ""
