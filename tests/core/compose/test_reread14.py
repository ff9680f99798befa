"""A second reader's attack on the rules of issue 15's fourteenth session: each rule keeps doing
what it did before on the inputs it was never meant for."""

from __future__ import annotations

from lastimpression.core.compose.composer import _head_and_complement, _jotted
from lastimpression.core.compose.conventions import greeting
from lastimpression.core.compose.details import _offer_verb, _unfigured, firmly, offer_phrase, offer_topic
from lastimpression.core.compose.phrasing import topic_phrase
from lastimpression.core.compose.spelling import house_style
from lastimpression.core.messages import Recipient
from lastimpression.core.perks import is_perk


def test_a_pr_manager_is_no_professor() -> None:
    pr = Recipient(1, "Claire Morel", title="PR & Communications Manager", salutation="madame")
    assert greeting(pr, "fr", "FR") == "Bonjour Madame Morel,"
    assert greeting(pr, "en", "GB") == "Dear Ms Morel,"


def test_broad_words_tie_nothing_new() -> None:
    assert not firmly("J’ai piloté la transformation digitale de 12 agences.", "le déménagement des réserves")
    assert not firmly("I cut lost-time injuries by 40% across 12 sites.", "IT security across the branches")
    assert not firmly("J’ai réduit de 20 % le temps de déchargement des camions.", "la rotation des avions-cargos")


def test_a_participle_or_a_preposition_is_no_adjective() -> None:
    assert (
        _head_and_complement("la gestion des stocks malgré la pénurie de composants", "fr") == "la gestion des stocks"
    )
    assert (
        _head_and_complement("le traitement des plaintes concernant les retards", "fr") == "le traitement des plaintes"
    )
    assert _head_and_complement("le réaménagement de la place Meiser prévu pour 2026", "fr") == (
        "le réaménagement de la place Meiser"
    )


def test_staffing_and_results_are_no_perks() -> None:
    for topic in (
        "le recours au temps partiel dans les équipes de soins",
        "rostering for part-time nurses",
        "le respect des délais 90 % du temps",
        "la planification des mi-temps thérapeutiques",
        "reduced hours of unplanned downtime",
        "les masses salariales",
    ):
        assert not is_perk(topic), topic


def test_counted_heads_keep_their_article_and_pairs_their_figures() -> None:
    assert topic_phrase("mentoring programme", "en") == "the mentoring programme"
    assert house_style("I ran Tier 2 and 3 support.", "en", "GB") == "I ran Tier 2 and 3 support."
    assert house_style("We built 4 and 6 bed wards.", "en", "GB") == "We built 4 and 6 bed wards."


def test_a_complement_is_cut_only_before_a_count() -> None:
    assert _unfigured("At Ryanair, I raised the accuracy of forecasts to 97% across the network.", "en") == (
        "my work on the accuracy of forecasts at Ryanair"
    )


def test_offers_keep_their_own_words() -> None:
    assert offer_topic("a plan to improve retention and knowledge sharing", "en") == (
        "a plan to improve retention and knowledge sharing"
    )
    assert offer_topic("une refonte de l’accueil et l’expérience client", "fr") == (
        "une refonte de l’accueil et l’expérience client"
    )
    assert _offer_verb("fresh ideas for the winter rota", "en") == "propose"
    assert offer_phrase("a single view of stock across all sites", "en") == (
        "a short outline of a single view of stock across all sites"
    )
    assert not _jotted("recruitment, onboarding and retention")


def test_a_quality_or_a_bridge_is_offered_as_what_it_is() -> None:
    assert offer_phrase("steady judgement on high-risk cases", "en") == (
        "a short note on how I would put my steady judgement on high-risk cases to use"
    )
    assert offer_phrase("un pont entre les vignerons et l'équipe produit", "fr") == (
        "comment je ferais le lien entre les vignerons et l'équipe produit"
    )
