"""Blind reviews 86–87, issue 15: « la charge de travail » answered with « 37 cahiers spéciaux des
charges » (four C's, one panel), a PMS migration for « l’entente entre les étages et la
réception »; proofs that answer a topic in other words sent elsewhere (a liquidity model for cash
flow forecasting, a business case for investment appraisal, the month-end close, reports of
children at risk); CV lines pasted ("Chartered Engineer (IET) since 2024, I mentor…", «
Planification des livraisons… »)."""

from __future__ import annotations

from lastimpression.core.compose.cvline import first_person
from lastimpression.core.compose.details import answers
from lastimpression.core.compose.phrasing import prep

INFRABEL = (
    "Chez Infrabel, de 2022 à 2026, j'ai rédigé et suivi 37 cahiers spéciaux des charges pour des marchés de "
    "travaux, sans un seul recours devant le Conseil d'État."
)


def test_a_specification_is_no_workload_and_an_appeal_is_litigation() -> None:
    assert not answers(INFRABEL, ["la charge de travail liée au plan de relance de la Wallonie"])
    assert answers(INFRABEL, ["le contentieux des attributions"])
    assert answers(INFRABEL, ["la sécurisation juridique des procédures négociées sans publication préalable"])
    assert not answers(INFRABEL, ["le recours à l'intérim"])


def test_a_relation_between_two_parties_needs_both() -> None:
    topic = "l'entente entre les étages et la réception"
    opera = "J'ai piloté le passage à Opera Cloud pour la réception et l'économat en 2025 : 45 collaborateurs formés."
    assert not answers(opera, [topic])
    assert answers(
        "Depuis 2023, je coordonne 22 personnes entre réception, conciergerie et gouvernance des étages.", [topic]
    )
    assert prep("de", topic) == "de l'entente entre les étages et la réception"


def test_finance_subjects_in_other_words() -> None:
    liquidity = "At Arriva Rail London, I built the rolling weekly liquidity model the treasury team still uses."
    assert answers(liquidity, ["cash flow forecasting"])
    buses = "In 2025 I led the business case for 38 electric buses at Go-Ahead London, approved at £21m."
    assert answers(buses, ["capital investment appraisal"])
    close = "I cut month-end close from 9 working days to 5 across 14 cost centres."
    assert answers(close, ["the month-end timetable"])
    assert not answers(close, ["cash flow forecasting"])


def test_children_at_risk_are_child_protection() -> None:
    reports = "En 2026, j'ai coordonné 14 signalements d'enfants en danger avec le parquet, tous suivis d'une mesure."
    assert answers(reports, ["le circuit des informations préoccupantes"])
    assert answers(reports, ["la protection de l'enfance dans les Hauts de l'Est"])


def test_cv_lines_said_as_sentences() -> None:
    assert first_person("Chartered Engineer (IET) since 2024, I mentor three graduate engineers.", "en") == (
        "A Chartered Engineer (IET) since 2024, I mentor three graduate engineers."
    )
    assert first_person("At Gatwick since 2020, I ran the desk.", "en") == "At Gatwick since 2020, I ran the desk."
    line = "Planification des livraisons de 85 planteurs vers la balance de Bois-Rouge, sans une journée de rupture."
    assert first_person(line, "fr") == (
        "J’ai planifié les livraisons de 85 planteurs vers la balance de Bois-Rouge, sans une journée de rupture."
    )


def test_funding_headroom_is_what_a_credit_facility_gives() -> None:
    rcf = "In 2025 I ran the refinancing of our EUR 250m revolving credit facility with six banks."
    assert answers(rcf, ["funding headroom for the Ohio plant expansion"])
    assert not answers(rcf, ["cash flow forecasting"])


def test_an_english_topic_s_core_ends_before_under() -> None:
    from lastimpression.core.compose.phrasing import topic_core

    topic = "the connections reform under NESO's Gate 2 process for queued projects"
    assert topic_core(topic, "en") == "the connections reform"


def test_a_workload_is_answered_by_a_workload() -> None:
    topic = "la charge de travail des infirmières de nuit"
    assert not answers("J'ai formé 12 infirmières à la surveillance des patients ventilés.", [topic])
    assert answers("J'ai réduit de 20 % la charge de travail administrative des infirmières.", [topic])
