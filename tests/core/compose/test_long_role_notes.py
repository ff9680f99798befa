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
from tests.core.compose.test_unused_proofs import _panel

LONG_ROLES = {
    "fr": ("Responsable du bureau des projets européens", "Responsable du bureau des projets européens et internationaux"),
    "en": ("Senior Manager, Warehouse Operations and Fulfilment", "Senior Manager, Warehouse Operations and Fulfilment Strategy"),
}  # fmt: skip
TOPIC_WORD = {"fr": "financements européens", "en": "picking accuracy"}


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
        assert TOPIC_WORD[language] in note, (person.name, note)
        if language == "fr":
            assert len(re.findall(r"\bpour\b", note)) <= 2, note
