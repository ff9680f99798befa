"""Round 21 (the lead's reading of eight new cases): a proof pointed back to keeps its figure
whole, with what it counts: "3 millions de factures", never "où j’ai migré 3 millions."; "$5M",
never "$5 M"."""

from __future__ import annotations

from datetime import date

from lastimpression.core.compose import compose
from lastimpression.core.messages import Candidate, Occasion, Recipient
from tests.core.compose.world import planned, with_main_contact

ENGIE = (
    Candidate(
        "Maxime Dupont",
        "maxime.dupont@example.be",
        "+32 476 55 44 33",
        "",
        "masculine",
        (
            "Chez Proximus, j’ai migré 3 millions de factures vers un nouveau système sans interruption de service.",
            "J’ai négocié un contrat cadre de 2 millions d’euros avec un intégrateur.",
        ),
    ),
    [
        Recipient(
            1,
            "Sophie Claes",
            "s.claes@example.be",
            "Directrice IT",
            "madame",
            "vous",
            ("la migration de la facturation",),
        ),
        Recipient(
            2,
            "Karim El Amrani",
            "k.elamrani@example.be",
            "Responsable achats",
            "monsieur",
            "vous",
            ("les contrats cadres",),
        ),
        Recipient(3, "Julie Peeters", "j.peeters@example.be", "Talent Acquisition", "madame", "vous", ()),
        Recipient(4, "Luc Janssens", "l.janssens@example.be", "Chef de projet", "monsieur", "tu", ()),
    ],
    Occasion("Engie", "Responsable de programme IT", "fr", "BE", date(2027, 10, 12), decision_by=date(2027, 10, 22)),
)
STRIPE = (
    Candidate("Daniel Ortiz", "daniel.ortiz@example.com", "+1 415 555 0142", "", "masculine",
              ("At Salesforce I grew a mid-market territory from $2M to $5M in annual revenue in two years.",)),
    [Recipient(5, "Rachel Green", "r.green@example.com", "VP Sales", "madame", "vous", ("the mid-market segment",)),
     Recipient(6, "Kevin Park", "k.park@example.com", "Sales Director", "monsieur", "vous", ()),
     Recipient(7, "Emily Davis", "e.davis@example.com", "Recruiting Lead", "madame", "vous", ())],
    Occasion("Stripe", "Enterprise Account Executive", "en", "US", date(2027, 7, 1), subdivision="CA",
             decision_by=date(2027, 7, 9)),
)  # fmt: skip


def _thank_yous(case: tuple[Candidate, list[Recipient], Occasion]) -> dict[str, str]:
    candidate, people, occasion = case
    people, occasion = with_main_contact(people), planned(occasion)
    return {person.name: compose("thank_you", candidate, person, occasion, panel=people).body for person in people}


def test_a_magnitude_keeps_the_noun_it_counts() -> None:
    bodies = _thank_yous(ENGIE)
    together = "\n".join(bodies.values())
    assert "3 millions." not in together and "3 millions de factures" in together, together


def test_a_figure_keeps_its_unit() -> None:
    together = "\n".join(_thank_yous(STRIPE).values())
    assert "$5 M" not in together and "to $5M" in together, together
