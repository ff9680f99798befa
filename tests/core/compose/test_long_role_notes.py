"""A long role never pushes the interview's topic out of a LinkedIn note (round 16, R29).

Mme Mertens (nothing recorded) got "J’ai pris beaucoup d’intérêt à notre échange du 26 janvier au
sujet du poste de responsable du bureau des projets européens" with no detail of the interview,
although M. Jacobs had discussed "les financements européens" in the same panel; and Mme Bouvier's
note stacked "pour l’entretien… pour le poste… et pour la discussion".
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from lastimpression.core.compose import compose
from lastimpression.core.compose.measure import linkedin_length
from lastimpression.core.messages import Recipient
from tests.core.compose.test_unused_proofs import _panel

LONG_ROLES = {
    "fr": ("Responsable du bureau des projets européens", "Responsable du bureau des projets européens et internationaux"),
    "en": ("Senior Manager, Warehouse Operations and Fulfilment", "Senior Manager, Warehouse Operations and Fulfilment Strategy"),
}  # fmt: skip
TOPIC_WORD = {"fr": "financements européens", "en": "picking accuracy"}


def _topic_said_rightly(person: Recipient, people: list[Recipient], note: str, language: str) -> None:
    """The person's own topic is in their note whatever the role's length; a colleague's topic
    is said only credited to that colleague (lead obs 18 item 5: Julie Tremblay was thanked "pour
    la discussion sur la tournée 2028" held with M. Bouchard), else left out."""
    if person.topics:
        assert TOPIC_WORD[language] in note, (person.name, note)
    elif TOPIC_WORD[language] in note:
        owner = next(other for other in people if any(TOPIC_WORD[language] in topic for topic in other.topics))
        surname = owner.name.split()[-1]
        assert surname in note, (person.name, note)


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("size", [2, 3, 4])
@pytest.mark.parametrize("long_role", [0, 1])
def test_a_long_role_keeps_the_topic_in_a_note(language: str, size: int, long_role: int) -> None:
    candidate, people, occasion, _ = _panel(language, size, 2)
    occasion = replace(occasion, role=LONG_ROLES[language][long_role])
    assert len(occasion.role) >= 43
    for person in people:
        note = compose("linkedin", candidate, person, occasion, panel=people).body
        assert linkedin_length(note) <= 200, note
        _topic_said_rightly(person, people, note, language)
        if language == "fr":
            assert len(re.findall(r"\bpour\b", note)) <= 2, note


# Round 17 (verdicts §5 items 3 and 7, R29, R19): four notes said "Merci beaucoup pour l’entretien
# du 13 avril chez Qonto" (the company, not the role) and one "l’entretien du 18 mai, poste de
# directrice des ouvertures de magasins," (a form-style apposition).
ROLES_45_TO_80 = {
    "fr": (
        "Responsable du support client international",
        "Chef de projet déploiement 5G – réseau mobile Île-de-France",
        "Chargée de mission en charge de la transformation numérique des agences",
        "Directrice des ouvertures de magasins, Belgique et Luxembourg",
    ),
    "en": (
        "Director of Engineering Productivity and Developer Experience",
        "Senior Manager, Warehouse Operations and Fulfilment Strategy",
        "Head of Customer Operations (EMEA) responsible for partner success",
    ),
}


@pytest.mark.parametrize("size", [2, 3, 4])
@pytest.mark.parametrize(
    ("language", "role"), [(lang, role) for lang, roles in ROLES_45_TO_80.items() for role in roles]
)
def test_a_long_role_note_names_the_role_not_the_company(language: str, role: str, size: int) -> None:
    candidate, people, occasion, _ = _panel(language, size, 2)
    occasion = replace(occasion, role=role)
    assert 43 <= len(role) <= 80
    head = re.split(r"\s[–—-]\s|\s?\(|,\s|\sen charge\b|\sresponsible for", role)[0]
    head_words = head.lower().split()[:2]
    for person in people:
        body = compose("linkedin", candidate, person, occasion, panel=people).body
        note = body.split("\n", 1)[1]
        assert linkedin_length(body) <= 200, body
        _topic_said_rightly(person, people, note, language)
        # The role's head, never cut mid-word, and never the company in its place.
        assert " ".join(head_words) in note.lower(), (head_words, note)
        assert not re.search(r"(?:entretien|interview) du \d+ \w+ chez|interview at Patagonia on", note), note
        # A sentence, never a form-style apposition ("l’entretien du 18 mai, poste de …,").
        assert not re.search(r"du \d+ \w+, (?:poste|le poste) ", note), note
