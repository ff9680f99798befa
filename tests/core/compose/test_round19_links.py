"""Round 19 (blind review, 9 messages graded B for R03, 4 for R05): a proof that answers no
topic is linked to a need of the interview by the candidate's own wish, never dropped in as CV
background; a proof is never claimed first-hand for a topic it shares only the job's own word
with; no two thank-yous of a panel pair the same hook with the same proof."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from lastimpression.core.compose import compose
from lastimpression.core.messages import Candidate, Occasion, Recipient
from tests.core.compose.world import WORLD, planned, with_main_contact

SAFRAN = (
    Candidate("Élise Marchand", "elise.marchand@example.org", "+33 6 45 67 89 01", "", "feminine",
              ("Chez Michelin, j’ai réduit de 35 % les rebuts d’une ligne de production en six mois.",
               "J’ai animé des ateliers d’amélioration continue avec 60 opérateurs.")),
    [Recipient(1, "Philippe Garnier", "p.garnier@example.org", "Directeur industriel", "monsieur", "vous",
               ("la réduction des rebuts",)),
     Recipient(2, "Émilie Faure", "e.faure@example.org", "Chargée de recrutement", "madame", "vous",
               ("le travail en 3x8",)),
     Recipient(3, "Yann Le Goff", "y.legoff@example.org", "Responsable qualité", "monsieur", "vous", ())],
    replace(Occasion("Safran Landing Systems", "Responsable amélioration continue", "fr", "FR", date(2027, 10, 5),
                     decision_by=date(2027, 10, 15)),
            contribution="une démarche de résolution de problèmes partagée avec les équipes de nuit"),
)  # fmt: skip
CHANNEL4 = (
    Candidate("Hannah Brooks", "hannah.brooks@example.co.uk", "+44 7700 900444", "", "feminine",
              ("At the BBC I launched a podcast series that reached 2 million listeners in its first year.",
               "I managed a commissioning budget of £1.2m.")),
    [Recipient(11, "Oliver Grant", "o.grant@example.co.uk", "Commissioning Editor", "monsieur", "vous",
               ("audio documentaries",)),
     Recipient(12, "Priya Shah", "p.shah@example.co.uk", "Head of Audio", "madame", "vous", ("the 2028 slate",)),
     Recipient(13, "Tom Hughes", "t.hughes@example.co.uk", "Talent Partner", "monsieur", "vous", ()),
     Recipient(14, "Lucy Ward", "l.ward@example.co.uk", "Executive Producer", "madame", "vous", ())],
    Occasion("Channel 4", "Head of Podcasts", "en", "GB", date(2027, 4, 27), subdivision="ENG",
             decision_by=date(2027, 5, 7)),
)  # fmt: skip
RUSH = (
    Candidate("Sam Patel", "sam.patel@example.com", "+1 312 555 0123", "", "neutral",
              ("At Northwestern Medicine I cut patient wait times by 22% by redesigning clinic scheduling.",
               "I built a dashboard used by 40 clinic managers.",
               "I led the rollout of online check-in across 15 sites.")),
    [Recipient(15, "Dana Lopez", "d.lopez@example.com", "VP Operations", "none", "vous", ("clinic scheduling",)),
     Recipient(16, "Chris Morgan", "c.morgan@example.com", "Recruiter", "none", "vous", ()),
     Recipient(17, "Alex Kim", "a.kim@example.com", "Director of Patient Experience", "none", "vous",
               ("online check-in",))],
    replace(Occasion("Rush University Medical Center", "Director of Clinic Operations", "en", "US", date(2027, 9, 14),
                     subdivision="IL", decision_by=date(2027, 9, 24)),
            contribution="a 90-day plan to shorten the wait for new patients"),
)  # fmt: skip
BELFAST = (
    Candidate("Ciarán Kelly", "ciaran.kelly@example.co.uk", "+44 7700 900555", "", "masculine",
              ("At Translink I planned the timetable change for 120 bus routes with no missed connections.",
               "I reduced overtime costs by £400k in one year.")),
    [Recipient(19, "Niamh O’Neill", "n.oneill@example.co.uk", "Director of Service Planning", "madame", "vous",
               ("timetable changes",)),
     Recipient(20, "Declan Murphy", "d.murphy@example.co.uk", "Recruitment Officer", "monsieur", "vous", ())],
    Occasion("Belfast City Council", "Transport Planning Manager", "en", "GB", date(2027, 3, 16), subdivision="NIR",
             decision_by=date(2027, 3, 26)),
)  # fmt: skip

# Lead-ins that drop a proof in as background, linked to nothing (round 19 §5 item 1).
BACKGROUND = (
    "Pour donner une idée de mon parcours", "Pour ma part,", "De mon côté,", "For some context on my background",
    "To give a sense of my background", "By way of background", "I would draw first on",
    "What I would bring to this role starts with", "je vois plus concrètement ce que recouvrent ces fonctions",
)  # fmt: skip


def _case(case: tuple[Candidate, list[Recipient], Occasion]) -> tuple[Candidate, list[Recipient], Occasion]:
    candidate, people, occasion = case
    return candidate, with_main_contact(people), planned(occasion)


def _thank_yous(case: tuple[Candidate, list[Recipient], Occasion]) -> dict[str, str]:
    candidate, people, occasion = _case(case)
    return {
        person.name: compose("thank_you", candidate, person, occasion, panel=people)
        .body.replace("\u202f", " ")
        .replace("\xa0", " ")
        for person in people
    }


def test_an_untied_proof_is_linked_to_what_the_candidate_can_bring() -> None:
    # C1 Faure: "Pour ma part, j’ai animé des ateliers…", the night-shift idea left unused.
    # Round 34: what the candidate can bring is proposed only from a proof it builds on (a loan
    # figure introduced "une organisation de l’accueil"); the workshops share no word with the
    # night-shift idea, so the proof is linked to the role and the idea left to the follow-up.
    faure = _thank_yous(SAFRAN)["Émilie Faure"]
    # Rounds 76–81: said past the topic it does not answer, as what the role gets.
    assert re.search(r"ce poste[^.]* : j’ai animé des ateliers d’amélioration continue avec 60 opérateurs\.", faure), (
        faure
    )
    assert "Pour ma part" not in faure and "pour proposer une démarche" not in faure, faure


@pytest.mark.parametrize("case", [SAFRAN, CHANNEL4, RUSH, BELFAST], ids=["safran", "channel4", "rush", "belfast"])
def test_no_proof_is_dropped_in_as_background(case: tuple[Candidate, list[Recipient], Occasion]) -> None:
    for name, body in _thank_yous(case).items():
        assert not [lead for lead in BACKGROUND if lead in body], (name, body)


def test_every_thank_you_of_the_craft_suite_links_its_proof() -> None:
    for candidate, people, occasion in WORLD:
        for person in people:
            body = compose("thank_you", candidate, person, occasion, panel=people).body
            assert not [lead for lead in BACKGROUND if lead in body], (person.name, body)


def test_a_result_answering_a_topic_keeps_its_own_wording_and_an_untied_one_says_the_wish() -> None:
    # C5 Shah ("To give a sense of my background, at the BBC…") and C8 Murphy.
    shah = _thank_yous(CHANNEL4)["Priya Shah"]
    assert re.search(
        r"(?:the role|to work): at the BBC I launched a podcast series that reached 2 million listeners in its first year\.",
        shah,
    ), shah
    murphy = _thank_yous(BELFAST)["Declan Murphy"]
    # Rounds 82–83: past the colleague's topic just named, as what the role gets.
    assert re.search(r"(?:the role|my own work|to work): I reduced overtime costs by £400k in one year\.", murphy), (
        murphy
    )
    assert "sense" not in murphy, murphy


def test_a_shared_generic_word_does_not_make_a_proof_first_hand() -> None:
    # C6 Morgan: "As for clinic scheduling, it is an area I know first-hand. I built a dashboard
    # used by 40 clinic managers." ("clinic" is the role's own word).
    morgan = _thank_yous(RUSH)["Chris Morgan"]
    assert "first-hand" not in morgan and "As for clinic scheduling" not in morgan, morgan
    # Round 34: nor is a plan proposed from a proof it does not build on.
    assert re.search(r"(?:the role|my own work): I built a dashboard used by 40 clinic managers\.", morgan), morgan
    assert "to propose a 90-day plan" not in morgan, morgan


def _pairs(case: tuple[Candidate, list[Recipient], Occasion]) -> list[tuple[str, str]]:
    candidate, people, _ = _case(case)
    bodies = _thank_yous(case)
    topics = [topic for person in people for topic in person.topics]
    marks = {
        point: next(word for word in point.split() if any(char.isdigit() for char in word)).rstrip(".,")
        for point in candidate.proof_points
    }
    pairs = []
    for body in bodies.values():
        detail = body.split("\n\n")[2]
        hook = " + ".join(topic for topic in topics if topic in detail)
        proof = next(
            (point for point, mark in marks.items() if re.search(rf"(?<![\w.]){re.escape(mark)}", detail)), detail
        )
        pairs.append((hook, proof))
    return pairs


@pytest.mark.parametrize("case", [SAFRAN, CHANNEL4], ids=["safran", "channel4"])
def test_no_two_thank_yous_of_a_panel_pair_the_same_hook_and_proof(
    case: tuple[Candidate, list[Recipient], Occasion],
) -> None:
    # C1 Le Goff = Garnier (réduction des rebuts + Michelin); C5 Ward = Shah (2028 slate + BBC).
    pairs = _pairs(case)
    assert len(set(pairs)) == len(pairs), pairs


def test_a_pointed_back_proof_keeps_its_figure() -> None:
    # C2 Vermeersch: "où j’ai lancé une application d’épargne" without "…utilisée par 150 000 clients".
    people = [
        Recipient(4, "Charlotte Dubois", "c.dubois@example.be", "Head of Digital", "madame", "vous",
                  ("l’application mobile",)),
        Recipient(5, "Pieter Vermeersch", "p.vermeersch@example.be", "HR Manager", "monsieur", "vous", ()),
    ]  # fmt: skip
    candidate = Candidate("Nicolas Lambert", "n.lambert@example.be", "+32 475 66 77 88", "", "masculine",
                          ("Chez ING Belgique, j’ai lancé une application d’épargne utilisée par 150 000 clients.",))  # fmt: skip
    occasion = Occasion(
        "Belfius", "Product Manager épargne", "fr", "BE", date(2027, 2, 9), decision_by=date(2027, 2, 19)
    )
    bodies = _thank_yous((candidate, people, occasion))
    assert "utilisée par 150 000 clients" in bodies["Pieter Vermeersch"], bodies["Pieter Vermeersch"]
