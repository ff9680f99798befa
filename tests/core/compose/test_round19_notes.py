"""Round 19 (R02/R29, four French LinkedIn notes graded B): a French note to someone with
nothing recorded credits a colleague's topic within 200 characters, as an English one does,
instead of plain thanks; no stacked complements ("sur X, à propos du poste de Y") nor a comma
before "et"; an English job title keeps its capitals after "Votre regard de"."""

from __future__ import annotations

from datetime import date

import pytest

from lastimpression.core.compose import compose, linkedin_length
from lastimpression.core.compose.details import title_phrase
from lastimpression.core.messages import Candidate, Occasion, Recipient
from tests.core.compose.test_round19_links import SAFRAN
from tests.core.compose.world import planned, with_main_contact

CANDIDATE = Candidate("Alexandre Côté", "alexandre.cote@example.ca", "+1 581 555 0177", "", "masculine",
                      ("Chez Bombardier, j’ai dirigé une équipe de 12 ingénieurs sur la certification.",))  # fmt: skip
CASES = [
    (
        [Recipient(9, "Geneviève Roy", "g.roy@example.ca", "Directrice de l’ingénierie", "madame", "vous",
                   ("la certification",)),
         Recipient(10, "Marc-André Pelletier", "ma.pelletier@example.ca", "Conseiller RH", "monsieur", "vous", ())],
        Occasion("CAE Santé", "Chef d’équipe en ingénierie des systèmes", "fr", "CA", date(2027, 11, 9),
                 subdivision="QC", decision_by=date(2027, 11, 19)),
    ),
    (
        [Recipient(7, "Thomas Keller", "t.keller@example.ch", "Directeur supply chain", "monsieur", "vous",
                   ("les ruptures de stock", "les fournisseurs régionaux")),
         Recipient(8, "Nathalie Rey", "n.rey@example.ch", "Responsable RH", "madame", "tu", ())],
        Occasion("Manor", "Responsable approvisionnement", "fr", "CH", date(2027, 6, 15), subdivision="VD"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("people", "occasion"), CASES, ids=["pelletier", "rey-tu"])
def test_a_french_note_to_someone_with_nothing_recorded_credits_a_colleague(
    people: list[Recipient], occasion: Occasion
) -> None:
    people, occasion = with_main_contact(people), planned(occasion)
    silent = next(person for person in people if not person.topics)
    note = compose("linkedin", CANDIDATE, silent, occasion, panel=people).body
    colleague = next(person for person in people if person.topics)
    assert colleague.name.split()[-1] in note and any(topic in note for topic in colleague.topics), note
    assert "Merci pour le temps que" not in note and linkedin_length(note) <= 200, note


def test_the_panel_notes_of_a_three_person_panel_all_have_a_hook() -> None:
    candidate, people, occasion = SAFRAN
    people, occasion = with_main_contact(people), planned(occasion)
    notes = [compose("linkedin", candidate, person, occasion, panel=people).body for person in people]
    le_goff = notes[2]
    assert "M. Garnier sur la réduction des rebuts" in le_goff or "Mme Faure sur le travail en 3x8" in le_goff, le_goff
    for note in notes:
        assert ", à propos du poste" not in note and ", et notre échange" not in note, note
        assert linkedin_length(note) <= 200, note


def test_an_english_title_keeps_its_capitals_in_french() -> None:
    assert title_phrase("Product Owner", "fr") == "de Product Owner"
    assert title_phrase("Directrice de l’ingénierie", "fr") == "de directrice de l’ingénierie"
    assert title_phrase("Responsable qualité", "fr") == "de responsable qualité"
