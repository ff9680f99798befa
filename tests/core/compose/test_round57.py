"""Blind reviews 56–57, issue 15: the employer's "we" written into the candidate's messages ("the
CMMS we use offshore"); follow-ups that bridged to a proof with a template ("Par ailleurs, un point
de mon parcours :", "Separately, one point from my background:") or a reproach ("Pour mémoire",
"As a reminder"); a proof only pointed back to in a thank-you never given with its figure after
the topic it answers; CV lines left verbless ("B1 licence with… since 2019", "A&P certified since
2012, seven years on the line…", « Chez EDF SEI Martinique, six ans en exploitation… », « En 2024,
ouverture de l’hôtel…, où j’ai recruté… »); proofs given to the wrong person of a panel for want of
a kinship ("liquidity" and a cash forecast, « la saison cyclonique » and « la tempête Fiona »)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from lastimpression.core.compose import compose
from lastimpression.core.compose.cvline import first_person
from lastimpression.core.compose.details import assign_proofs, ties
from lastimpression.core.compose.phrasing import topic_phrase
from lastimpression.core.messages import Candidate, Occasion, Recipient
from tests.core.compose.world import WORLD, planned, with_main_contact


@pytest.mark.parametrize(
    ("topic", "language", "said"),
    [
        ("the CMMS we use offshore", "en", "the CMMS you use offshore"),
        ("how we're organised on nights", "en", "how you're organised on nights"),
        ("what worries us about winter", "en", "what worries you about winter"),
        ("the US market", "en", "the US market"),
        ("les outils que nous utilisons", "fr", "les outils que vous utilisez"),
        ("ce que nous faisons pour les aidants", "fr", "ce que vous faites pour les aidants"),
        ("la charge qui nous attend en hiver", "fr", "la charge qui vous attend en hiver"),
        ("nos équipes de nuit", "fr", "vos équipes de nuit"),
        ("les projets que nous lançons", "fr", "les projets que vous lancez"),
        ("ce que nous partageons", "fr", "ce que vous partagez"),
    ],
)
def test_a_topic_noted_in_the_employers_words_is_said_in_the_candidates(topic: str, language: str, said: str) -> None:
    assert topic_phrase(topic, language) == said


def test_no_message_says_the_employers_we() -> None:
    candidate = Candidate(
        "Rachel Dunn", "r@example.co.uk", "+44 7700 900123", "", "feminine",
        ("In 2025 I moved a 40-technician team's work orders into SAP PM.",),
    )  # fmt: skip
    occasion = planned(Occasion("SSE Renewables", "O&M planner", "en", "GB", date(2027, 1, 19)))
    people = with_main_contact(
        [Recipient(1, "Rachel Dunn", "r@sse.example", "Talent Partner", "madame"),
         Recipient(2, "Euan Fraser", "e@sse.example", "Maintenance Lead", "monsieur",
                   topics=("the CMMS we use offshore",))]
    )  # fmt: skip
    for person in people:
        for kind in ("thank_you", "follow_up", "linkedin"):
            if kind == "follow_up" and not person.main_contact:
                continue
            text = compose(kind, candidate, person, occasion, panel=people).body
            assert " we use" not in text, text
    euan = compose("thank_you", candidate, people[1], occasion, panel=people).body
    assert "the CMMS you use offshore" in euan, euan


_TEMPLATE_BRIDGES = re.compile(
    r"Par ailleurs, (?:un point|un autre point|je voudrais mentionner)|Separately, one point|Pour mémoire|As a reminder|"
    r"One result from my background"
)


def test_no_follow_up_bridges_with_a_template_or_a_reminder() -> None:
    for candidate, people, occasion in WORLD:
        main = next((person for person in people if person.main_contact), people[0])
        for variant in range(1, 5):
            body = compose("follow_up", candidate, main, occasion, panel=people, variant=variant).body
            assert not _TEMPLATE_BRIDGES.search(body), body


def test_a_proof_only_pointed_back_to_comes_with_its_figure_after_the_topic_it_answers() -> None:
    """Round 56 (Laura Céleste): the main contact's thank-you named « mon expérience chez Colas
    Martinique » only; the follow-up gave the road budget after « la reprise des réseaux d’eau
    potable » instead of the 7 km of drinking-water mains the reader never read."""
    candidate = Candidate(
        "Fabrice Jean-Baptiste", "f@example.fr", "+590 690 41 27 58", "", "masculine",
        ("Chez Colas Martinique, j’ai conduit le renouvellement de 7 km de conduites d’eau potable au Lamentin, "
         "livré avec trois semaines d’avance.",
         "J’ai géré un budget de 4,2 M€ et 3 sous-traitants sur la RN1 à Capesterre-Belle-Eau."),
    )  # fmt: skip
    occasion = planned(
        Occasion(
            "Eiffage Génie Civil Antilles",
            "conducteur de travaux VRD",
            "fr",
            "FR",
            date(2027, 5, 26),
            subdivision="971",
        ),
        "America/Guadeloupe",
    )
    people = with_main_contact(
        [Recipient(1, "Laura Céleste", "l@eiffage.example", "Chargée de recrutement", "madame"),
         Recipient(2, "Gilles Zamor", "g@eiffage.example", "Directeur de travaux", "monsieur",
                   topics=("la reprise des réseaux d’eau potable de Cap Excellence après les coupures",)),
         Recipient(3, "Olivier Nabis", "o@eiffage.example", "Chef de chantier", "monsieur",
                   topics=("le calendrier avant la saison cyclonique",))]
    )  # fmt: skip
    main = next(person for person in people if person.main_contact)
    body = " ".join(compose("follow_up", candidate, main, occasion, panel=people).body.split())
    topic = body.index("la reprise des réseaux d’eau potable")
    assert body.find("7 km de conduites d’eau potable", topic) > topic, body
    assert "RN1" not in body, body


@pytest.mark.parametrize(
    ("line", "language", "said"),
    [
        (
            "B1 licence with CFM56 and LEAP-1A type ratings since 2019",
            "en",
            "I have held a B1 licence with CFM56 and LEAP-1A type ratings since 2019.",
        ),
        ("EASA Part-66 B1 licence since 2018.", "en", "I have held an EASA Part-66 B1 licence since 2018."),
        ("Driving licence since 2010", "en", "I have held a driving licence since 2010."),
        ("Type ratings on the A320 family since 2019", "en", "I have held type ratings on the A320 family since 2019."),
        (
            "A&P certified since 2012, seven years on the line before moving into planning.",
            "en",
            "I have been A&P certified since 2012 and spent seven years on the line before moving into planning.",
        ),
        (
            "Chez EDF SEI Martinique, six ans en exploitation des réseaux HTA/BT, dont deux ans d’astreinte.",
            "fr",
            "Chez EDF SEI Martinique, j’ai passé six ans en exploitation des réseaux HTA/BT, dont deux ans d’astreinte.",
        ),
        ("Six ans en réanimation au CHU de Nancy.", "fr", "J’ai passé six ans en réanimation au CHU de Nancy."),
        (
            "En 2024, ouverture de l’hôtel Six Senses Crans-Montana, où j’ai recruté et formé l’équipe de "
            "gouvernantes, soit 22 personnes.",
            "fr",
            "En 2024, lors de l’ouverture de l’hôtel Six Senses Crans-Montana, j’ai recruté et formé l’équipe de "
            "gouvernantes, soit 22 personnes.",
        ),
        (
            "Lancement du site de Lyon, où nous avons atteint 2 M€ en un an.",
            "fr",
            "Lors du lancement du site de Lyon, nous avons atteint 2 M€ en un an.",
        ),
        # Lines it cannot read stay as typed.
        ("Zero incidents since 2019", "en", "Zero incidents since 2019"),
        ("Licence since 2019, then more", "en", "Licence since 2019, then more"),
        ("Six ans de réanimation.", "fr", "Six ans de réanimation."),
    ],
)
def test_more_cv_lines_are_said_as_the_candidates_sentences(line: str, language: str, said: str) -> None:
    assert first_person(line, language) == said


@pytest.mark.parametrize(
    ("proof", "topic"),
    [
        (
            "I built the 13-week rolling cash forecast at General Mills' Latin America unit, within 3% of actuals.",
            "liquidity visibility across the member cooperatives",
        ),
        (
            "En septembre 2022, après la tempête Fiona, mon équipe a réalimenté 3 200 clients en 48 heures.",
            "la préparation à la saison cyclonique",
        ),
        ("Depuis 2023, je suis tutrice de 9 étudiants en soins infirmiers.", "l’accueil des nouveaux arrivants"),
        ("J’ai mis en place le contrôle DGR sur le poste de nuit.", "les marchandises dangereuses"),
        ("Chez Flotte Boréale, j’ai bâti un pipeline MQTT pour 1 500 capteurs.", "la télémétrie des véhicules"),
    ],
)
def test_a_proof_answers_a_topic_said_in_other_words(proof: str, topic: str) -> None:
    assert ties(proof, [topic])


def test_the_cash_forecast_goes_to_the_one_who_raised_liquidity() -> None:
    proofs = (
        "At Best Buy I reconciled bank fees across 14 banks and recovered $310K in overcharges.",
        "I built the 13-week rolling cash forecast at General Mills, within 3% of actuals.",
    )
    topics = [("liquidity planning around the commercial paper program",), ("bank fee analysis",)]
    (first, _), (second, _) = assign_proofs(proofs, topics, "en")
    assert "cash forecast" in first.sentence and "bank fees" in second.sentence
