"""Rounds 21 and 22 (blind reviews of new cases, and the lead's reading): a proof pointed back to
keeps its figure whole ("3 millions de factures", "$5M"); a follow-up says neither what the
candidate could bring twice nor, as new, the example its thank-you gave; a LinkedIn note never
cuts a topic between two words; a word the proof uses as a modifier ("shift supervisors") does
not make it first-hand work on the topic ("the night shift")."""

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


def _to_main(
    kind: str, candidate: Candidate, people: list[Recipient], occasion: Occasion, variant: int | None = None
) -> str:
    """The ``kind`` message to the panel's main contact, planned as the program plans it, on one line."""
    people, occasion = with_main_contact(people), planned(occasion)
    main = next(person for person in people if person.main_contact)
    return " ".join(compose(kind, candidate, main, occasion, panel=people, variant=variant).body.split())


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
    body = _to_main("follow_up", candidate, people, occasion)
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


def test_a_follow_up_never_offers_as_new_the_example_its_thank_you_gave() -> None:
    """Round 22: the main contact's thank-you credited a colleague's topic with the only proof;
    the follow-up said "Je voudrais ajouter un exemple…" before that same example."""
    candidate = Candidate("Yohan Payet", "yohan.payet@example.org", "+262 692 11 22 33", "", "masculine",
                          ("À l’aéroport Roland-Garros, j’ai réorganisé l’accueil des passagers et réduit l’attente "
                           "au contrôle de 15 minutes.",))  # fmt: skip
    people = [
        Recipient(4, "Christelle Hoarau", "c.hoarau@example.org", "Directrice des opérations", "madame", "vous",
                  ("l’accueil des passagers",)),
        Recipient(5, "Jean-Luc Grondin", "jl.grondin@example.org", "Chargé de recrutement", "monsieur", "vous", ()),
    ]  # fmt: skip
    occasion = Occasion("Air Austral", "Responsable d’escale", "fr", "FR", date(2027, 8, 17), subdivision="974",
                        decision_by=date(2027, 8, 27))  # fmt: skip
    thanks = _to_main("thank_you", candidate, people, occasion)
    assert "réduit l’attente au contrôle de 15 minutes" in thanks, thanks
    for variant in range(1, 4):
        body = _to_main("follow_up", candidate, people, occasion, variant)
        assert "m’est restée en tête, d’autant que c’est un sujet que je connais. À l’aéroport Roland-Garros" in body, (
            body
        )
        assert "ajouter un exemple" not in body and "en dire davantage" not in body, body


def test_a_modifier_in_the_proof_does_not_make_it_first_hand_work() -> None:
    """Round 22 (R22): "the night shift" and "I led a team of 25 shift supervisors" share
    "shift", but leading supervisors is not night-shift work: no "is work I have done before"."""
    candidate = Candidate("Oliver Bennett", "oliver.bennett@example.co.uk", "+44 7700 900888", "", "masculine",
                          ("At Ocado I cut picking errors by 40% by redesigning the warehouse slotting.",
                           "I led a team of 25 shift supervisors."))  # fmt: skip
    people = [
        Recipient(13, "Rebecca Hall", "r.hall@example.co.uk", "Head of Fulfilment", "madame", "vous",
                  ("picking accuracy",)),
        Recipient(14, "James Turner", "j.turner@example.co.uk", "Operations Director", "monsieur", "vous",
                  ("the night shift",)),
    ]  # fmt: skip
    occasion = Occasion("Sainsbury's", "Warehouse Operations Manager", "en", "GB", date(2027, 6, 8),
                        subdivision="ENG", decision_by=date(2027, 6, 18))  # fmt: skip
    people, occasion = with_main_contact(people), planned(occasion)
    for variant in range(1, 7):
        for person in people:
            body = compose("thank_you", candidate, person, occasion, panel=people, variant=variant).body
            for claim in ("done before", "first-hand", "know well", "familiar ground", "I know this"):
                assert claim not in body, body


def test_a_told_proof_comes_back_after_the_topic_it_answers() -> None:
    """Round 23: "La discussion avec M. Schmitt sur le chantier de Metz m’est restée en tête. Pour
    mémoire, … un budget de travaux de 40 millions d’euros." named the topic the proof does not
    answer; his other topic, "le budget", is the one it does."""
    candidate = Candidate("Nicolas Weber", "nicolas.weber@example.org", "+33 6 98 87 76 65", "", "masculine",
                          ("Chez Alstom, j’ai piloté un budget de travaux de 40 millions d’euros.",))  # fmt: skip
    people = [
        Recipient(4, "Gérard Schmitt", "g.schmitt@example.org", "Directeur de travaux", "monsieur", "vous",
                  ("le chantier de Metz", "le budget")),
        Recipient(5, "Émilie Bour", "e.bour@example.org", "Responsable RH", "madame", "vous", ()),
    ]  # fmt: skip
    occasion = Occasion("Eiffage", "Conducteur de travaux principal", "fr", "FR", date(2027, 12, 21), subdivision="57",
                        decision_by=date(2027, 12, 24))  # fmt: skip
    body = _to_main("follow_up", candidate, people, occasion)
    assert "sur le budget m’est restée en tête, d’autant que c’est un sujet que je connais. Chez Alstom" in body, body
