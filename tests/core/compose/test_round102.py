"""Blind reviews 102–103, issue 15: "a cash position in five currencies" called knowledge of
"currency exposure on turbine contracts" (two C's); "…with a 96%." (a rate said as an adjective cut
from its noun); « Bonjour Monsieur Kientz, » to a professor; beneficial insects for « la lutte
biologique contre les thrips »; Fidelio (a PMS) read as « fidélisation » (two C's); "Discussing
shift pattern and weekend cover"; "Regarding…, my own work has delivered results"."""

from __future__ import annotations

from lastimpression.core.compose.conventions import closing, greeting
from lastimpression.core.compose.details import _figured, _offer_verb, answers, offer_topic
from lastimpression.core.compose.phrasing import topic_phrase
from lastimpression.core.messages import Recipient


def test_currencies_counted_are_no_currency_risk() -> None:
    topic = "currency exposure on turbine contracts"
    assert not answers("At Glanbia I owned the daily cash position across 14 bank accounts in 5 currencies.", [topic])
    assert answers("In 2025 I cut FX hedging costs by €310k by moving us to a layered forward programme.", [topic])


def test_a_rate_said_as_an_adjective_keeps_its_noun() -> None:
    checks = "At AAR in Oklahoma City, I planned C-checks for 42 Boeing 737s a year with a 96% on-time release."
    assert _figured(checks, "en").endswith("with a 96% on-time release")
    assert _figured("At Acme, I hit a 98% fill rate across 40 stores.", "en").endswith(
        "a 98% fill rate across 40 stores"
    )


def test_a_professor_is_greeted_as_one() -> None:
    professor = Recipient(
        1, "Mathieu Kientz", title="Professeur, chef du service de réanimation", salutation="monsieur"
    )
    assert greeting(professor, "fr", "FR") == "Monsieur le Professeur,"
    assert closing(professor, "fr", "FR", formal=True) == (
        "Je vous prie d’agréer, Monsieur le Professeur, mes salutations distinguées."
    )
    assert greeting(Recipient(2, "Pr Anne Roth", salutation="madame"), "fr", "FR") == "Madame la Professeure,"
    assert greeting(professor, "en", "GB") == "Dear Professor Kientz,"
    chief = Recipient(3, "Sophie Ehrhart", title="Cadre de santé", salutation="madame")
    assert greeting(chief, "fr", "FR") == "Bonjour Madame Ehrhart,"


def test_beneficial_insects_are_a_biological_control() -> None:
    insects = "Lutte intégrée : zéro pesticide de synthèse pendant 2 saisons grâce aux insectes auxiliaires."
    assert answers(insects, ["la lutte biologique contre les thrips"])
    assert not answers("J'ai encadré 6 auxiliaires de puériculture.", ["la lutte biologique contre les thrips"])


def test_fidelio_is_a_pms_never_loyalty() -> None:
    migration = "En 2025, j'ai migré notre hôtel de 180 chambres de Fidelio vers Opera Cloud en six semaines."
    assert not answers(migration, ["la fidélisation de la clientèle d'affaires en séjour prolongé"])
    assert answers(migration, ["le nouvel outil de gestion hôtelière"])


def test_an_english_topic_of_two_takes_the_article_its_first_head_needs() -> None:
    assert topic_phrase("shift pattern and weekend cover", "en") == "the shift pattern and weekend cover"
    assert topic_phrase("lost-time incident rate", "en") == "the lost-time incident rate"
    assert topic_phrase("research and development", "en") == "research and development"


def test_a_leadership_offered_is_the_candidate_s() -> None:
    assert (
        offer_topic("hands-on safety leadership on P&A campaigns", "en")
        == "my hands-on safety leadership on P&A campaigns"
    )


def test_work_for_one_party_is_no_answer_for_another() -> None:
    tenants = "At Shoosmiths Birmingham I ran a portfolio of 60 commercial leases for two national retail clients."
    assert not answers(tenants, ["portfolio management for institutional landlords"])
    assert answers(
        "I managed a portfolio of 40 leases for three institutional landlords.",
        ["portfolio management for institutional landlords"],
    )


def test_an_outcome_is_helped_to_happen_never_proposed() -> None:
    assert _offer_verb("clean records and calm audits for a growing A320 fleet", "en") == "help deliver"
    assert _offer_verb("a 90-day plan for the hangar", "en") == "propose"
    assert _offer_verb("my hands-on experience with international loans", "en") == "bring"
    assert _offer_verb("une gestion serrée des échéanciers", "fr") == "apporter"
    assert _offer_verb("une méthode de planification des quais", "fr") == "proposer"
