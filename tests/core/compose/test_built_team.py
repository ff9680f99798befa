"""A team the candidate built is one of theirs, never the reader's (round 16, R19).

Callum Reid leads FanDuel's content team; his thank-you said "Our discussion of the content team
strengthened my interest in the role. I have worked on this myself: I built the content team from
two writers to nine", which reads as if the candidate had built FanDuel's team.
"""

from __future__ import annotations

from datetime import date

import pytest

from lastimpression.core.compose import compose
from lastimpression.core.messages import Candidate, Occasion, Recipient
from tests.core.compose.world import planned, with_main_contact

CASES = [
    ("en", "the content team", "I built the content team from two writers to nine.", "a content team from two writers"),
    ("en", "SEO", "I grew the SEO team from 2 to 6 people.", "an SEO team from 2 to 6"),
    ("en", "onboarding", "I led the onboarding team of 12 people.", "an onboarding team of 12"),
    ("fr", "l’équipe data", "J’ai monté l’équipe data de zéro à huit analystes.", "une équipe data de zéro"),
    ("fr", "le support", "J’ai constitué l’équipe support de 12 conseillers.", "une équipe support de 12"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "topic", "proof", "said"), CASES)
def test_a_built_team_takes_an_indefinite_article(language: str, topic: str, proof: str, said: str) -> None:
    candidate = Candidate("Hamish Grant", "h@example.org", "+44 7700 900999", "", "masculine", (proof,))
    people = with_main_contact(
        [
            Recipient(1, "Callum Reid", "c@example.org", "Head of Content", "monsieur", "vous", (topic,)),
            Recipient(2, "Isla Murray", "i@example.org", "Talent Partner", "madame", "vous", ()),
        ]
    )
    occasion = planned(
        Occasion("FanDuel", "SEO Manager" if language == "en" else "Responsable SEO", language,
                 "GB" if language == "en" else "FR", date(2027, 8, 24), decision_by=date(2027, 9, 3))
    )  # fmt: skip
    body = compose("thank_you", candidate, people[0], occasion, panel=people).body.replace("\xa0", " ")
    assert said in body, body
    assert "built the content team" not in body and "monté l’équipe" not in body and "constitué l’équipe" not in body


@pytest.mark.parametrize(
    ("language", "proof"),
    [("en", "I joined the team in 2020 and shipped 14 releases."), ("fr", "J’ai rejoint l’équipe data en 2020.")],
)
def test_a_team_the_candidate_joined_keeps_its_article(language: str, proof: str) -> None:
    candidate = Candidate("Hamish Grant", "h@example.org", "+44 7700 900999", "", "masculine", (proof,))
    person = Recipient(1, "Callum Reid", "c@example.org", "Head of Content", "monsieur", "vous", ("releases",))
    occasion = planned(
        Occasion("FanDuel", "SEO Manager", language, "GB" if language == "en" else "FR", date(2027, 8, 24))
    )
    body = compose("thank_you", candidate, person, occasion, panel=[person]).body
    assert ("joined the team" if language == "en" else "rejoint l’équipe") in body, body
