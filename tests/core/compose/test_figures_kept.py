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


def test_a_follow_up_does_not_say_what_i_could_bring_twice() -> None:
    """Round 21: "…m’a fait réfléchir à ce que je pourrais y apporter. … vous présenter en quelques
    lignes ce que je pourrais apporter : un gabarit…" said the same thing twice."""
    candidate = Candidate("Noa Favre", "noa.favre@example.ch", "+41 76 333 22 11", "", "neutral",
                          ("À l’EPFL, j’ai conçu un cours en ligne suivi par 12 000 personnes.",))  # fmt: skip
    people = [
        Recipient(1, "Véronique Berset", "v.berset@example.ch", "Responsable formation continue", "madame", "vous",
                  ("les cours en ligne",)),
        Recipient(2, "Laurent Cuche", "l.cuche@example.ch", "Responsable RH", "monsieur", "vous", ()),
    ]  # fmt: skip
    occasion = Occasion("HES-SO", "Ingénieur·e pédagogique", "fr", "CH", date(2027, 2, 16), subdivision="VD",
                        contribution="un gabarit de cours hybride que les enseignants peuvent reprendre seuls")  # fmt: skip
    people, occasion = with_main_contact(people), planned(occasion)
    main = next(person for person in people if person.main_contact)
    body = " ".join(compose("follow_up", candidate, main, occasion, panel=people).body.split())
    assert "un gabarit de cours hybride" in body, body
    assert body.count("pourrais") <= 1, body


def test_a_note_never_cuts_a_topic_between_two_words() -> None:
    """Round 22: "notre échange sur le management des chefs." for "le management des chefs
    d’équipe" said something else; a note that cannot hold the topic whole takes another wording."""
    candidate = Candidate("Pauline Morel", "pauline.morel@example.org", "+33 6 55 44 33 22", "", "feminine", ())
    people = [
        Recipient(1, "Hervé Guillou", "h.guillou@example.org", "Directeur supply chain", "monsieur", "vous",
                  ("les délais de livraison",)),
        Recipient(2, "Nathalie Brunet", "n.brunet@example.org", "Responsable RH", "madame", "vous",
                  ("le management des chefs d’équipe",)),
    ]  # fmt: skip
    occasion = Occasion("Système U", "Responsable logistique", "fr", "FR", date(2027, 9, 14))
    people, occasion = with_main_contact(people), planned(occasion)
    for variant in range(1, 7):
        for person in people:
            note = compose("linkedin", candidate, person, occasion, panel=people, variant=variant).body
            assert "des chefs." not in note and "des chefs (" not in note, note
