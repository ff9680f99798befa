"""A panel never shows the same proof twice while another proof is unused (round 16, R05).

Nathalie Mertens (nothing recorded) got M. Jacobs's topic and his "financement européen de 2 millions
d’euros" while "J’ai coordonné un consortium de huit universités" was never used; Jamie Fox got
Avery's picking-accuracy proof while "I trained 150 seasonal associates" was never used.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import product

import pytest

from lastimpression.core.compose import compose
from lastimpression.core.messages import Candidate, Occasion, Recipient
from tests.core.compose.world import planned, with_main_contact

# Each proof carries a marker word that any wording of it keeps, and a figure.
FRENCH_PROOFS = (
    (
        "UCLouvain",
        "À l’UCLouvain, j’ai obtenu un financement européen de 2 millions d’euros pour un projet de recherche.",
    ),
    ("consortium", "J’ai coordonné un consortium de huit universités pendant 3 ans."),
    ("bénévoles", "J’ai formé 45 bénévoles à l’accueil des chercheurs étrangers."),
)
ENGLISH_PROOFS = (
    ("REI", "At REI I cut warehouse picking errors by 60% with a barcode verification step."),
    ("seasonal", "I trained 150 seasonal associates every autumn."),
    ("carrier", "I renegotiated 12 carrier contracts, saving 9% on freight."),
)
FRENCH_PEOPLE = (
    ("Philippe Jacobs", "Vice-recteur", "monsieur", ("les financements européens",)),
    ("Nathalie Mertens", "Responsable RH", "madame", ()),
    ("Élodie Peeters", "Directrice administrative", "madame", ()),
    ("Marc Dubois", "Chargé de recrutement", "monsieur", ()),
)
ENGLISH_PEOPLE = (
    ("Avery Collins", "Warehouse Director", "", ("picking accuracy",)),
    ("Jamie Fox", "Recruiter", "", ()),
    ("Sam Ortiz", "Operations Lead", "", ()),
    ("Morgan Lee", "HR Partner", "", ()),
)


def _panel(language: str, size: int, proofs: int) -> tuple[Candidate, list[Recipient], Occasion, list[str]]:
    french = language == "fr"
    points = (FRENCH_PROOFS if french else ENGLISH_PROOFS)[:proofs]
    candidate = Candidate(
        "Sophie Lambrecht" if french else "Riley Morgan", "c@example.org", "+32 472 33 44 55", "",
        "feminine" if french else "neutral", tuple(point for _, point in points),
    )  # fmt: skip
    people = [
        Recipient(index, name, f"p{index}@example.org", title, civility, "vous", topics)
        for index, (name, title, civility, topics) in enumerate((FRENCH_PEOPLE if french else ENGLISH_PEOPLE)[:size], 1)
    ]
    occasion = Occasion(
        "Université libre de Bruxelles" if french else "Patagonia",
        "Responsable du bureau des projets européens" if french else "Operations Manager",
        language, "BE" if french else "US", date(2027, 1, 26), decision_by=date(2027, 2, 5),
    )  # fmt: skip
    return candidate, with_main_contact(people), planned(occasion), [marker for marker, _ in points]


@pytest.mark.parametrize(("language", "size", "proofs"), list(product(("fr", "en"), (2, 3, 4), (2, 3))))
def test_every_proof_is_used_before_one_is_shown_twice(language: str, size: int, proofs: int) -> None:
    candidate, people, occasion, markers = _panel(language, size, proofs)
    bodies = [compose("thank_you", candidate, person, occasion, panel=people).body for person in people]
    uses = {marker: sum(marker in body for body in bodies) for marker in markers}
    if size <= proofs:
        assert all(count <= 1 for count in uses.values()), (uses, bodies)
    else:
        assert all(count >= 1 for count in uses.values()), (uses, bodies)
    # A figure is never shown in full in two thank-yous of the panel while a proof is unused.
    if any(count == 0 for count in uses.values()):
        flat = [body.replace("\xa0", " ").replace("\u202f", " ") for body in bodies]
        for point in candidate.proof_points:
            for figure in re.findall(r"\d[\d,.%]* \w+", point):
                assert sum(figure in body for body in flat) <= 1, (figure, bodies)
