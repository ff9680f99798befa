"""Blind reviews 72–73, issue 15: the third message of a panel pointing back to a proof by its
place only ("I could call on my work at Vattenfall's Aberdeen Bay site", B, R03); "At Chicago in
2024" and « Chez Lyon »; "about month-end close
timetable" without its article; "working hours including some Saturdays" taken for a topic."""

from __future__ import annotations

from lastimpression.core.compose.cvline import first_person
from lastimpression.core.compose.details import _unfigured
from lastimpression.core.compose.phrasing import topic_phrase
from lastimpression.core.perks import is_schedule


def test_a_proof_pointed_back_to_a_second_time_says_what_it_worked_on() -> None:
    assert _unfigured(
        "At Vattenfall's Aberdeen Bay site I cut unplanned downtime by 27% across 11 turbines.", "en"
    ) == ("my work on unplanned downtime at Vattenfall's Aberdeen Bay site")
    assert _unfigured("At PwC Dublin, I audited FX hedging for four listed clients.", "en") == (
        "my work on FX hedging at PwC Dublin"
    )
    assert _unfigured(
        "At Aggreko in Glasgow I rebuilt the weekly liquidity forecast in Power BI and kept the variance under 3%.",
        "en",
    ) == ("my work on the weekly liquidity forecast at Aggreko in Glasgow")
    assert _unfigured(
        "Chez WFS à Liège, j'ai ramené le temps moyen de traitement d'un vol tout-cargo de 4 h 10 à 3 h 05.", "fr"
    ) == ("mon travail sur le temps moyen de traitement d'un vol tout-cargo chez WFS à Liège")
    # Too bare without the complement cut with the figure: the place alone then.
    assert _unfigured("At Wise, I led the split of a 40-page onboarding flow into 3 steps.", "en") == ""
    assert _unfigured("Au Grand Hôtel du Lac, j'ai réorganisé le planning de 45 femmes de chambre.", "fr") == ""
    # Never a French object that is not definite (« mon travail sur des infirmiers »).
    assert _unfigured("Au CHU de Lille, j'ai formé des infirmiers de nuit en 12 semaines.", "fr") == ""


def test_a_town_in_a_cv_label_is_said_as_a_town() -> None:
    assert first_person("Chicago, 2024: prepared trial binders for a three-week jury trial.", "en") == (
        "In Chicago in 2024, I prepared trial binders for a three-week jury trial."
    )
    assert first_person("Lyon, 2024 : j'ai préparé 40 dossiers.", "fr") == "À Lyon, en 2024, j'ai préparé 40 dossiers."
    assert first_person("Ryanair, 2022: led the move to AMOS.", "en") == "At Ryanair in 2022, I led the move to AMOS."
    assert first_person("Decathlon, 2024 : j'ai préparé 40 dossiers.", "fr").startswith("Chez Decathlon, en 2024")


def test_english_the_way_a_native_speaker_writes_it() -> None:
    assert topic_phrase("month-end close timetable", "en") == "the month-end close timetable"
    assert is_schedule("working hours including some Saturdays")
    assert is_schedule("le travail du samedi")
    assert not is_schedule("Saturday sales events")
