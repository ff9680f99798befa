"""Round 18 (lead obs 18 items 3 and 4): a role is never cut on a mere word boundary, and "et pour
cause" never ends a sentence."""

from __future__ import annotations

import re
from datetime import date

from lastimpression.core.compose import compose
from lastimpression.core.compose.conventions import subject
from lastimpression.core.compose.phrasing import short_role
from lastimpression.core.messages import Candidate, Occasion, Recipient
from tests.core.compose.world import planned, with_main_contact

ROLE = "Chef·fe de projet systèmes d’information cliniques"
CANDIDATE = Candidate(
    "Camille Rochat", "c@example.ch", "+41 79 555 44 33", "", "neutral",
    ("Aux HUG, j’ai coordonné la migration du dossier patient de 12 services.",
     "J’ai rédigé le guide de formation utilisé par 800 soignants."),
)  # fmt: skip
FAVRE = Recipient(
    7, "Isabelle Favre", "i.favre@example.ch", "Directrice des soins", "madame", "vous",
    ("la formation des soignants", "le dossier patient informatisé"),
)  # fmt: skip


def _occasion(role: str = ROLE) -> Occasion:
    return planned(Occasion("Hôpital de La Tour", role, "fr", "CH", date(2027, 9, 21), decision_by=date(2027, 10, 1)))


def test_a_role_is_cut_only_at_a_natural_boundary() -> None:
    # "chef·fe de projet systèmes d’information" (without "cliniques") is another role.
    assert short_role(ROLE) == ROLE
    assert short_role("Responsable marketing pour l’Europe du Sud et le Benelux") == "Responsable marketing"
    assert short_role("Head of Customer Operations (EMEA) responsible for partner success") == (
        "Head of Customer Operations"
    )
    assert subject(ROLE, "fr", "CH", date(2027, 9, 21)) == f"Merci – {ROLE}, 21 septembre"


def test_the_note_and_the_subject_keep_the_whole_role() -> None:
    people = with_main_contact([FAVRE])
    note = compose("linkedin", CANDIDATE, people[0], _occasion(), panel=people).body
    assert "systèmes d’information cliniques" in note, note
    assert "la formation des soignants" in note, note
    thank_you = compose("thank_you", CANDIDATE, people[0], _occasion(), panel=people)
    assert thank_you.subject.endswith("cliniques, 21 septembre"), thank_you.subject


def test_et_pour_cause_never_ends_a_sentence() -> None:
    # "m’est resté en tête, et pour cause. Aux HUG, j’ai…" read cut off.
    people = with_main_contact([FAVRE])
    seen = 0
    for variant in (1, 2, 3, 4):
        body = compose("follow_up", CANDIDATE, people[0], _occasion(), panel=people, variant=variant).body
        assert not re.search(r"pour cause\.", body), body
        seen += "pour cause" in body
    assert seen, "no wording said 'et pour cause'"
