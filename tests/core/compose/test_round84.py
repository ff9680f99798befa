"""Blind reviews 84–85, issue 15: a caseload offered for « la prise en charge des patients sous
ECMO » (two C's), the head of a reception for « les plannings de la réception » (two C's), type
endorsements for "AOG recovery on the 737 MAX fleet", "above 78%" cut from "during the ATC
strikes"; proofs that answer a colleague's topic in other words sent elsewhere (unplanned stops
and availability, subcontractors, SAP EWM, Da Vinci); a plan offered that says the employer's
team is wanting."""

from __future__ import annotations

from lastimpression.core.compose.composer import _head_and_complement
from lastimpression.core.compose.details import _figured, answers, inline
from lastimpression.core.compose.phrasing import topic_core


def test_a_name_in_capitals_is_the_subject_s() -> None:
    ecmo = "la prise en charge des patients sous ECMO"
    caseload = "Au CHU de Nancy, j'ai pris en charge jusqu'à six patients de réanimation par garde de 12 heures."
    assert not answers(caseload, [ecmo])
    assert answers("En 2025, j'ai formé neuf collègues à la surveillance des patients sous ECMO.", [ecmo])
    assert topic_core(ecmo, "fr") == ecmo
    assert _head_and_complement(f"{ecmo} en réanimation", "fr") == ecmo


def test_schedules_are_answered_by_schedules() -> None:
    topic = "les plannings de la réception"
    assert not answers(
        "J'ai dirigé la réception du Badrutt's Palace pendant trois saisons, avec 22 collaborateurs.", [topic]
    )
    assert answers(
        "En 2023, j'ai réduit de 15 % les heures supplémentaires en revoyant les plannings de réception.", [topic]
    )


def test_an_acronym_where_a_topic_happens_names_nothing() -> None:
    licence = "I hold a Transport Canada AME M1/M2 licence with Boeing 737 NG and MAX type endorsements."
    assert not answers(licence, ["AOG recovery on the 737 MAX fleet"])


def test_a_figure_keeps_the_time_it_holds_for() -> None:
    gatwick = "At Gatwick I ran the stand-allocation desk through summer 2025, keeping on-time departures above 78% during the ATC strikes."
    assert _figured(gatwick, "en").endswith("above 78% during the ATC strikes")


def test_a_proof_s_own_colon_after_a_year_becomes_brackets() -> None:
    ipm = "J'ai implanté la lutte intégrée avec des insectes auxiliaires en 2024 : zéro pesticide de synthèse sur deux saisons."
    assert inline(ipm).count(":") == 0
    assert inline(ipm).endswith("en 2024 (zéro pesticide de synthèse sur deux saisons).")


def test_a_subject_said_in_other_words_is_answered() -> None:
    stops = "À la centrale du Port Est, j'ai réduit de 30 % les arrêts non planifiés grâce à la maintenance préventive."
    assert answers(stops, ["la disponibilité des groupes pendant la saison cyclonique"])
    contractors = "Depuis 2021, je prépare les arrêts de maintenance annuels en coordonnant 25 sous-traitants."
    assert answers(contractors, ["la gestion des entreprises extérieures pendant les arrêts techniques"])
    assert not answers(contractors, ["la disponibilité des groupes pendant la saison cyclonique"])
    ewm = "J'ai piloté en 2025 le passage de trois entrepôts de Manhattan SCALE à SAP EWM, sans rupture de service."
    assert answers(ewm, ["la migration vers le nouveau WMS"])
    robot = "En 2024, j'ai formé six infirmières de bloc au robot Da Vinci Xi."
    assert answers(robot, ["l'ouverture de la deuxième salle robotique"])
    trustyou = (
        "Au Mandarin Oriental de Genève, j'ai fait monter le score de satisfaction TrustYou de 88 à 93 en 18 mois."
    )
    guests = "l'expérience de la clientèle d'affaires internationale pendant les grands congrès"
    assert answers(trustyou, [guests])
    assert not answers("J'ai mis en place le check-in mobile sur Opera Cloud, utilisé par 40 % des clients.", [guests])


def test_a_note_keeps_a_compound_noun_whole() -> None:
    guests = "l'expérience de la clientèle d'affaires internationale pendant les grands congrès"
    assert _head_and_complement(guests, "fr") == "l'expérience de la clientèle d'affaires internationale"
    assert _head_and_complement("l'organisation des horaires en coupure à la réception", "fr") == (
        "l'organisation des horaires en coupure"
    )


def test_a_plan_that_says_the_employer_s_team_is_wanting_is_never_offered() -> None:
    from lastimpression.core.compose.details import judges_the_team

    assert judges_the_team("une équipe de réception plus stable et un parcours d'arrivée entièrement numérique")
    assert not judges_the_team("a clearer refund policy for online orders")
    assert not judges_the_team("mon expérience de l'instrumentation robotique")
    from lastimpression.core.compose.details import offer_phrase

    assert offer_phrase("une équipe de réception plus stable", "fr") == ""
    assert offer_phrase("a clearer refund policy for online orders", "en")


def test_a_winter_a_forecast_and_a_digital_arrival_in_other_words() -> None:
    assert answers("In 2025 I led the winter de-icing readiness review for three terminals.", ["winter resilience"])
    variance = "At Aggreko I rebuilt the weekly cash model, cutting forecast variance from 11% to 3%."
    assert answers(variance, ["the quarterly reforecast cycle"])
    mobile = "J'ai mis en place le check-in mobile sur Oracle Opera Cloud, utilisé aujourd'hui par 40 % des clients."
    assert answers(mobile, ["la digitalisation de l'arrivée des clients"])


def test_a_follow_up_never_announces_more_before_the_proof_its_reader_already_has() -> None:
    from lastimpression.core.compose.relance import Lead, _after

    proof = "En 2024, j'ai formé six infirmières arrivées au bloc à l'instrumentation robotique Da Vinci."
    lead = Lead("l'ouverture de la deuxième salle robotique", "Mme Kientz")
    assert "davantage" not in _after(lead, proof, "fr", False, told=True)
    assert "davantage" in _after(lead, proof, "fr", False)


def test_a_team_s_availability_is_no_machine_s() -> None:
    stops = "À la centrale du Port Est, j'ai réduit de 30 % les arrêts non planifiés grâce à la maintenance préventive."
    assert not answers(stops, ["la disponibilité des équipes le week-end"])
    assert answers("I cut unplanned downtime on 40 turbines by 18%.", ["fleet availability for Metro services"])
