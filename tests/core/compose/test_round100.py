"""Blind reviews 100–101, issue 15: a team of 22 agents called knowledge of « la formation des
agents à la sûreté du fret » (three C's); "the team's compressed-hours rota" recalled (R08, three
C's); « sur les délais de mise (poste…) »; a 13-week forecast for "the daily cash positioning";
« mon expérience chez DHL Supply Chain à Vilvorde » after a colleague's WMS topic (read as where
that work was done); follow-ups offering « l’habitude des équipes » and "my hands-on experience
… to use"; proofs that answer in other words (a pricing calendar for « le revenue management »,
a WMS for « l’outil de gestion d’entrepôt », unloading times for « la rotation des avions »)."""

from __future__ import annotations

from lastimpression.core.compose.composer import _role_noun
from lastimpression.core.compose.details import _unfigured, answers, offer_phrase
from lastimpression.core.compose.phrasing import topic_core
from lastimpression.core.perks import is_perk


def test_training_is_answered_by_training_never_by_the_trainees_alone() -> None:
    topic = "la formation des agents à la sûreté du fret selon le règlement européen 2015/1998"
    team = "Chez WFS à Brussels Airport, j'ai coordonné une équipe de 22 agents de piste sur les vols cargo de nuit."
    assert not answers(team, [topic])
    assert answers("J'ai formé 40 agents de sûreté au règlement 2015/1998 en 2024.", [topic])


def test_compressed_hours_are_a_perk() -> None:
    assert is_perk("the team's compressed-hours rota")


def test_a_locution_is_never_cut() -> None:
    assert topic_core("les délais de mise en service chez les particuliers", "fr") == "les délais de mise en service"


def test_the_day_s_cash_position_is_no_forecast() -> None:
    forecast = "I built the 13-week treasury forecast at Arriva UK Bus, bringing variance down to under 3%."
    assert not answers(forecast, ["how the team splits the daily cash positioning"])
    assert answers(forecast, ["cash flow forecasting"])


def test_a_proof_pointed_back_to_says_what_it_worked_on() -> None:
    dhl = "Chez DHL Supply Chain à Vilvorde, j'ai réduit de 18 % les erreurs de préparation en réorganisant les zones de picking."
    assert _unfigured(dhl, "fr", figure_first=True) == (
        "mon travail sur les erreurs de préparation chez DHL Supply Chain à Vilvorde"
    )
    transdev = "Chez Transdev, j’ai réduit de 15 % les retards d’un réseau de 60 lignes en refondant les horaires."
    assert _unfigured(transdev, "fr", figure_first=True) == "mon travail sur les retards chez Transdev"
    assert _unfigured(dhl, "fr") == ""  # the figure, said first, is kept by the callers that want it


def test_a_follow_up_offers_a_plan_never_a_quality() -> None:
    assert offer_phrase("hands-on experience building forecasts the business actually trusts", "en") == (
        "a short note on how I would apply my hands-on experience building forecasts the business actually trusts"
    )
    french = "une approche chiffrée du revenue management et l'habitude des équipes multilingues"
    assert offer_phrase(french, "fr") == "une approche chiffrée du revenue management"


def test_proofs_reach_topics_said_in_other_words() -> None:
    calendar = (
        "Au Lausanne Palace, le taux d'occupation est passé de 71 % à 83 % en deux saisons grâce au nouveau "
        "calendrier tarifaire que j'ai construit."
    )
    assert answers(calendar, ["le revenue management"])
    assert answers(calendar, ["la tarification pendant les conférences internationales"])
    wms = "J'ai piloté la migration du WMS vers Manhattan SCALE sur un entrepôt de 42 000 m² sans arrêt d'activité."
    assert answers(wms, ["le changement d'outil de gestion d'entrepôt"])
    unloading = (
        "En 2025, j'ai réduit de 35 % le temps moyen de déchargement d'un B747F en réorganisant le dispatch des ULD."
    )
    assert answers(unloading, ["la rotation des avions-cargos pendant la nuit"])
    assert not answers(unloading, ["la rotation du personnel de piste"])


def test_a_specialised_post_keeps_its_acronym_in_a_note() -> None:
    assert _role_noun("infirmière de bloc opératoire (IBODE)") == "poste d’IBODE"
    assert _role_noun("infirmière en soins intensifs de cardiologie (USIC)") == "poste d’infirmière"  # a unit


def test_a_knowledge_is_never_offered_as_a_plan() -> None:
    assert offer_phrase("une bonne connaissance du fret express de nuit", "fr") == ""
    assert (
        offer_phrase("une méthode de planification des rotations", "fr") == "une méthode de planification des rotations"
    )
