"""Blind reviews 70–71, issue 15 (8 C's): a LinkedIn hook cut after an ordinal (« sur l’ouverture
de la deuxième ») or on a participle ("the green bond planned"); a count cut from its clause
("…14 young people in aftercare and 11."); lines typed without a verb (« Avec l’association
Lantant…, 12 visites… », "2018-2023: five years on the hangar floor…", « 140 patients évalués… »,
"B1 licence holder certifying…"); « les outils de la conciergerie » answered with a headcount;
"the A321XLR aircraft joining the fleet" answered with 737 line checks; customs read as
customers; « la notion et HubSpot »; « chez Centre de services scolaire de Montréal »."""

from __future__ import annotations

import pytest

from lastimpression.core.compose.composer import _head_and_complement
from lastimpression.core.compose.cvline import first_person
from lastimpression.core.compose.details import _figured, answers, ties
from lastimpression.core.compose.phrasing import topic_phrase
from lastimpression.core.grammar import company_forms


def test_a_hook_is_never_cut_after_an_ordinal_nor_on_a_participle() -> None:
    # Round 85: a compound noun whole; round 113: with its adjective (nothing shorter is left).
    assert _head_and_complement("l’ouverture de la deuxième salle de chirurgie robotique", "fr") == ""
    assert _head_and_complement("l’ouverture de la deuxième salle de chirurgie robotique en 2027", "fr") == (
        "l’ouverture de la deuxième salle de chirurgie robotique"
    )
    assert _head_and_complement("la gestion des 3 entrepôts de Lyon", "fr") == "la gestion des 3 entrepôts"
    assert _head_and_complement("debt capital markets and the green bond planned for 2028", "en") == (
        "debt capital markets and the green bond"
    )
    assert _head_and_complement("liquidity planning across the business units", "en") == "liquidity planning"


def test_a_count_whose_clause_was_cut_goes_with_it() -> None:
    sentence = (
        "In Limerick with Barnardos, I key-worked 14 young people in aftercare and 11 of them were in "
        "education or training a year later."
    )
    assert _figured(sentence, "en").endswith("14 young people in aftercare")
    ranged = "Chez Agri-Conseil, j'ai accompagné 38 entreprises agricoles dans leur PAA entre 2022 et 2026."
    assert _figured(ranged, "fr").endswith("entre 2022 et 2026")


@pytest.mark.parametrize(
    ("line", "language", "said"),
    [
        (
            "Avec l'association Lantant à Saint-Pierre, 12 visites en créole réunionnais pour des publics éloignés.",
            "fr",
            "Avec l'association Lantant à Saint-Pierre, j’ai animé 12 visites en créole réunionnais pour des "
            "publics éloignés.",
        ),
        (
            "140 patients évalués chaque mois en consultation de la douleur.",
            "fr",
            "J’ai évalué 140 patients chaque mois en consultation de la douleur.",
        ),
        ("45 familles relogées en 2024.", "fr", "J’ai relogé 45 familles en 2024."),
        ("300 dossiers suivis par an", "fr", "J’ai suivi 300 dossiers par an."),
        (
            "2018-2023: five years on the hangar floor as an FAA-certified A&P mechanic before moving into planning.",
            "en",
            "From 2018 to 2023, I spent five years on the hangar floor as an FAA-certified A&P mechanic before "
            "moving into planning.",
        ),
        (
            "B1 licence holder certifying around 40 line checks a month (Eastern Airways, 2021-2026).",
            "en",
            "As a B1 licence holder at Eastern Airways, from 2021 to 2026, I certified around 40 line checks a month.",
        ),
        ("1,200 patients triaged per month at St Thomas.", "en", "I triaged 1,200 patients per month at St Thomas."),
        (
            "Horizon Air: 40 mechanics trained on AMOS in 2025.",
            "en",
            "At Horizon Air, I trained 40 mechanics on AMOS in 2025.",
        ),
    ],
)
def test_a_line_typed_without_a_verb_is_said_as_the_candidate_s_sentence(line: str, language: str, said: str) -> None:
    assert first_person(line, language) == said


def test_lines_it_cannot_read_stay_as_typed() -> None:
    for line in ("12 Years Experience", "12 visites que j'ai conçues", "Zero RIDDOR-reportable incidents in 2024."):
        assert first_person(line, "fr" if "visites" in line else "en") == line


def test_a_tool_a_customs_office_and_a_new_type_need_their_own_answer() -> None:
    staff = "Depuis mars 2025, je coordonne 35 collaborateurs en réception, conciergerie et housekeeping."
    assert not answers(staff, ["les outils de la conciergerie (Opera, ALICE)"])
    fleet = "Ryanair Engineering, Stansted, 2021–2026: planned line checks for a fleet of 38 Boeing 737-800s."
    assert not answers(fleet, ["the A321XLR aircraft joining the fleet"], "line maintenance planner")
    plda = "J’ai coordonné en 2024 le passage au dédouanement électronique PLDA pour trois compagnies."
    assert answers(plda, ["la coordination avec les douanes"])
    assert not ties("I led customs clearance for 40 importers.", ["customer complaints"])


def test_brands_and_institutions_are_said_as_a_french_copy_editor_would() -> None:
    assert topic_phrase("Notion et HubSpot au quotidien", "fr") == "Notion et HubSpot au quotidien"
    assert topic_phrase("Migration vers SAP", "fr") == "la migration vers SAP"
    school = company_forms("Centre de services scolaire de Montréal")
    assert school.join == "rejoindre le Centre de services scolaire de Montréal"
    assert company_forms("Services Conseils Inc").chez == "chez Services Conseils Inc"


def test_the_reader_s_own_topic_named_just_before_is_not_said_again() -> None:
    from datetime import date, time

    from lastimpression.core.compose import compose
    from lastimpression.core.messages import Candidate, Occasion, Recipient
    from tests.core.compose.world import planned, with_main_contact

    julien = Candidate(
        "Julien Lambert", "j@example.be", "+32 475 28 61 04", "", "masculine",
        ("Chez WFS à Liège, j'ai ramené le temps moyen de traitement d'un vol tout-cargo de 4 h 10 à 3 h 05 en "
         "réorganisant les équipes de rampe.",
         "J'ai coordonné en 2024 le passage au dédouanement électronique PLDA pour 3 compagnies."),
    )  # fmt: skip
    people = with_main_contact([
        Recipient(1, "Valérie Dumont", "v@example.be", "Head of Cargo Operations", "madame", "vous",
                  ("les temps d'escale des freighters",)),
        Recipient(2, "Marc Janssens", "m@example.be", "Responsable handling et rampe", "monsieur", "vous",
                  ("l'organisation des équipes de rampe la nuit",)),
        Recipient(3, "Thomas Renard", "t@example.be", "Talent Acquisition Partner", "monsieur", "vous",
                  ("le travail en horaires décalés",)),
    ])  # fmt: skip
    occasion = planned(
        Occasion("Liege Airport", "coordinateur des opérations cargo (H/F/X)", "fr", "BE", date(2027, 3, 9),
                 decision_by=date(2027, 3, 19), mode="video", start_time=time(10, 30), sent_on=date(2027, 3, 9)),
        "Europe/Brussels",
    )  # fmt: skip
    body = " ".join(compose("thank_you", julien, people[1], occasion, panel=people).body.split())
    assert body.count("l’organisation des équipes de rampe la nuit") == 1, body
    assert "WFS" in body, body


def test_a_result_of_zero_that_ends_the_proof_goes_with_its_figure() -> None:
    sentence = (
        "At ScottishPower Renewables I led HSE on the Kilgallioch extension: 1.2 million hours worked, zero "
        "RIDDOR-reportable incidents."
    )
    assert _figured(sentence, "en").endswith("1.2 million hours worked, zero RIDDOR-reportable incidents")
    assert _figured("Chez Vinci, j'ai dirigé 3 chantiers de 40 M€, sans accident avec arrêt.", "fr").endswith(
        "3 chantiers de 40 M€, sans accident avec arrêt"
    )


def test_a_cut_topic_never_ends_on_a_word_that_asks_for_its_noun() -> None:
    from lastimpression.core.compose.phrasing import shorten

    topic = "la coordination entre la réception et le service des étages pendant les grands événements"
    for limit in range(60, len(topic)):
        cut = shorten(topic, limit)
        assert not cut.endswith(("grands", "pendant", "les")), (limit, cut)


def test_a_comma_inside_the_role_s_brackets_is_no_apposition() -> None:
    from datetime import date, time

    from lastimpression.core.compose import compose
    from lastimpression.core.messages import Candidate, Occasion, Recipient

    lea = Candidate("Léa Martin", "l@example.be", "+32 475 00 00 00", "", "feminine", ())
    person = Recipient(1, "Isabelle Dethier", "i@example.be", "HR", "madame", "vous", (), main_contact=True)
    occasion = Occasion(
        "Kuehne+Nagel Belgique", "chef d'équipe entrepôt (WMS, pause de nuit)", "fr", "BE", date(2027, 7, 20),
        mode="video", start_time=time(10, 30), sent_on=date(2027, 7, 20), promise_date=date(2027, 7, 28),
    )  # fmt: skip
    body = " ".join(compose("thank_you", lea, person, occasion, panel=[person]).body.split())
    assert "(WMS, pause de nuit) chez Kuehne+Nagel Belgique" in body, body
