"""Blind reviews 68–69, issue 15: proofs tied to a topic by a word they share in passing. A
guest-rating result « en deux saisons » offered for a colleague's « RevPAR du week-end hors
saison » (two C's); a production volume « par semaine » for « le travail de fin de semaine »
(C); a refinancing of a bank facility offered "from my own experience" for cash flow forecasting
because the offer named "bank facility experience" beside "liquidity forecasting" (C); « (Rooms
division manager) » for the English title typed « (Rooms Division Manager) »."""

from __future__ import annotations

from datetime import date, time

from lastimpression.core.compose import compose
from lastimpression.core.compose.details import answers, ties
from lastimpression.core.messages import Candidate, Occasion, Recipient
from tests.core.compose.world import planned, with_main_contact

TRUSTYOU = (
    "Au Lausanne Palace, j'ai fait passer la note TrustYou de 88 à 93 en deux saisons en retravaillant "
    "l'accueil des clients VIP."
)
LONG_STAYS = (
    "En 2025, j'ai lancé une offre de séjours longs pour les clients des organisations internationales, "
    "avec +11 % de RevPAR en semaine."
)


def test_a_unit_of_time_ties_no_proof_to_a_topic() -> None:
    assert not ties(TRUSTYOU, ["le RevPAR du week-end hors saison des salons"])
    assert not ties(
        "Chez Les Serres Lefort, j'ai coordonné la production de trois serres : 1 200 kg de légumes-feuilles par semaine.",
        ["la culture d'équipe et le travail de fin de semaine"],
    )
    assert not ties("I cut month-end close from 9 days to 5 in two years.", ["the team's four-day week in summer"])
    # The subject itself still ties: a weekend is a term, and RevPAR is RevPAR.
    assert ties("J'ai réorganisé les plannings de fin de semaine de 30 agents.", ["le travail du week-end"])
    assert answers(LONG_STAYS, ["le RevPAR du week-end hors saison des salons"])


def test_a_guest_rating_answers_the_customer_experience() -> None:
    assert answers(TRUSTYOU, ["l'expérience client dans les suites"])
    assert answers("I raised our TripAdvisor score from 4.1 to 4.6 in a year.", ["the guest experience at check-in"])
    # « expérience » alone is no experience of customers, and an experiment is no review.
    assert not ties(TRUSTYOU, ["l'expérimentation de nouveaux menus"])


def _hotel() -> tuple[Candidate, list[Recipient], Occasion]:
    alex = Candidate(
        "Alex Morel", "alex.morel@example.ch", "+41 79 384 22 70", "", "neutral",
        (TRUSTYOU,
         "J'ai réorganisé le planning des 45 femmes et valets de chambre selon l'occupation : 9 % d'heures en "
         "moins, sans hausse des plaintes clients.",
         LONG_STAYS),
    )  # fmt: skip
    people = with_main_contact([
        Recipient(1, "Philippe Mayer", "p@example.ch", "Directeur général", "monsieur", "vous",
                  ("l'expérience client dans les suites", "la montée en gamme de la conciergerie")),
        Recipient(2, "Corinne Favre", "c@example.ch", "Directrice des ressources humaines", "madame", "vous",
                  ("la fidélisation des équipes d'étage",)),
        Recipient(3, "Maria Teixeira", "m@example.ch", "Gouvernante générale", "madame", "vous",
                  ("le contrôle qualité des chambres avant arrivée",)),
        Recipient(4, "Luca Bernasconi", "l@example.ch", "Revenue Manager", "none", "vous",
                  ("le RevPAR du week-end hors saison des salons",)),
    ])  # fmt: skip
    occasion = planned(
        Occasion("Hôtel Beau-Rivage Genève", "responsable de l'hébergement (Rooms Division Manager)", "fr", "CH",
                 date(2027, 9, 8), subdivision="GE", mode="onsite", start_time=time(9), sent_on=date(2027, 9, 8)),
        "Europe/Zurich",
    )  # fmt: skip
    return alex, people, occasion


def test_the_guest_rating_goes_with_the_guest_experience_never_with_the_revpar() -> None:
    alex, people, occasion = _hotel()
    bodies = {person.name: " ".join(compose("thank_you", alex, person, occasion, panel=people).body.split())
              for person in people}  # fmt: skip
    assert "TrustYou" in bodies["Philippe Mayer"], bodies["Philippe Mayer"]
    for name, body in bodies.items():
        if "TrustYou" in body:
            assert "RevPAR" not in body, (name, body)
    assert "+11 % de RevPAR" in bodies["Luca Bernasconi"], bodies["Luca Bernasconi"]


def test_a_follow_up_builds_only_on_the_part_of_the_offer_that_meets_the_topic() -> None:
    jordan = Candidate(
        "Jordan McLeod", "j@example.co.uk", "+44 7700 900 431", "", "neutral",
        ("At Aggreko in Glasgow I rebuilt the weekly liquidity forecast in Power BI and kept the variance under 3% "
         "for 18 months.",
         "I refinanced a £250m revolving credit facility with four banks in 2025.",
         "2023: moved 60 bank accounts across 9 entities onto a single Kyriba instance."),
    )  # fmt: skip
    fiona = Recipient(1, "Fiona Reid", "f@example.co.uk", "Head of Treasury", "madame", "vous",
                      ("cash flow forecasting", "the team's hybrid working pattern between Dunfermline and Edinburgh"),
                      main_contact=True)  # fmt: skip
    occasion = planned(
        Occasion("Scottish Water", "Treasury Analyst – liquidity & funding", "en", "GB", date(2027, 7, 30),
                 subdivision="SCT", mode="phone", start_time=time(8, 30), sent_on=date(2027, 7, 30),
                 contribution="hands-on liquidity forecasting and bank facility experience"),
        "Europe/London",
    )  # fmt: skip
    body = " ".join(compose("follow_up", jordan, fiona, occasion, panel=[fiona]).body.split())
    assert "cash flow forecasting" in body, body
    assert "from my own experience: I refinanced" not in body, body


def test_an_english_title_in_brackets_keeps_its_capitals_in_a_french_sentence() -> None:
    from lastimpression.core.grammar import role_in_sentence

    said = role_in_sentence("responsable de l'hébergement (Rooms Division Manager)", "fr")
    assert said == "responsable de l'hébergement (Rooms Division Manager)"
    assert (
        role_in_sentence("Ingénieure Données (Lead Data Engineer)", "fr") == "ingénieure données (Lead Data Engineer)"
    )
    # French words in title case are still lowered.
    assert role_in_sentence("Directeur (Directeur Commercial)", "fr").endswith("commercial)")
    assert role_in_sentence("Chef de Projet", "fr") == "chef de projet"
