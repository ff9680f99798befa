"""Blind review 30 (issue 15): four messages graded B, each for a proof attached to a topic it
does not show (CRAFT R03): a word every proof shares ("logements", "assemblage") taken for a
tie, a word of the role ("Stations") and a modifier ("constructability") taken for one in a
follow-up, and an untied proof linked "sur ce sujet" by the candidate's wish alone."""

from __future__ import annotations

import re
from datetime import date, time

from lastimpression.core.compose import compose
from lastimpression.core.compose.details import assign_proofs, field_of, firmly, ties
from lastimpression.core.messages import Candidate, Occasion, Recipient

MATHIEU = Candidate(
    "Mathieu Schmitt", "m.schmitt@example.fr", "+33 6 71 24 58 93", "", "masculine",
    ("Chez Vilogia, j’ai piloté la rénovation énergétique de 640 logements en trois ans, avec un gain moyen de deux classes de DPE.",
     "J’ai réduit de 30 % le délai de relocation des logements vacants en coordonnant les travaux de remise en état avec les agences.",
     "J’ai renégocié les contrats d’entretien des chaudières de 2 100 logements, ce qui a économisé 180 000 € par an."),
)  # fmt: skip
BATIGERE = Occasion(
    "Batigère", "Chef de projet réhabilitation", "fr", "FR", date(2027, 3, 9), subdivision="57",
    decision_by=date(2027, 3, 19), promise_date=date(2027, 3, 23), start_time=time(14, 0), sent_on=date(2027, 3, 9),
    company_article="none",
)  # fmt: skip
BATIGERE_PANEL = (
    Recipient(1, "Nathalie Kieffer", "n@example.fr", "Directrice du patrimoine", "madame", "vous",
              ("le plan de rénovation énergétique du parc", "les logements classés F et G"), main_contact=False),
    Recipient(2, "Julien Hoffmann", "j@example.fr", "Responsable de la maintenance du parc", "monsieur", "vous",
              ("les contrats d’entretien multitechnique",), main_contact=False),
    Recipient(3, "Sophie Marchal", "s@example.fr", "Responsable des ressources humaines", "madame", "vous", (),
              main_contact=True),
)  # fmt: skip
JEAN_PHILIPPE = Candidate(
    "Jean-Philippe Tremblay", "jp@example.ca", "+1 514 555 0178", "", "masculine",
    ("Chez CAE à Saint-Laurent, j’ai réduit de 18 % le temps d’assemblage des cockpits de simulateurs en revoyant les gammes de montage.",
     "J’ai implanté des instructions de travail numériques pour 90 assembleurs, ce qui a diminué de 35 % les non-conformités en fin de ligne.",
     "J’ai piloté le transfert de 3 postes d’assemblage vers une nouvelle usine sans retard de livraison."),
)  # fmt: skip
BOMBARDIER = Occasion(
    "Bombardier", "Ingénieur principal méthodes", "fr", "CA", date(2027, 2, 23), subdivision="QC",
    decision_by=date(2027, 3, 5), promise_date=date(2027, 3, 9), start_time=time(13, 30), sent_on=date(2027, 2, 23),
)  # fmt: skip
BOMBARDIER_PANEL = (
    Recipient(4, "Geneviève Lachance", "g@example.ca", "Directrice ingénierie de fabrication", "madame", "vous",
              ("la cadence d’assemblage final", "les instructions de travail numériques"), main_contact=False),
    Recipient(5, "Patrick Gagnon", "p@example.ca", "Superviseur assemblage final", "monsieur", "vous",
              ("les non-conformités en fin de ligne",), main_contact=False),
    Recipient(6, "Mélanie Roy", "m@example.ca", "Conseillère en acquisition de talents", "madame", "vous", (),
              main_contact=True),
)  # fmt: skip
DANIEL = Candidate(
    "Daniel Okafor", "d.okafor@example.ca", "+1 416 555 0192", "", "masculine",
    ("At the TTC I delivered the accessibility upgrade of 6 subway stations while keeping every station open to riders.",
     "I brought an $85 million station renewal package in 3% under budget by bundling contracts.",
     "I reduced change orders by 30% by introducing constructability reviews with contractors at the 60% design stage."),
)  # fmt: skip
METROLINX = Occasion(
    "Metrolinx", "Senior Project Manager, Stations", "en", "CA", date(2027, 4, 7), subdivision="ON",
    decision_by=date(2027, 4, 16), promise_date=date(2027, 4, 20), start_time=time(10, 0), sent_on=date(2027, 4, 7),
    contribution="a staged construction approach that keeps stations open to riders while platforms are rebuilt",
)  # fmt: skip
METROLINX_PANEL = (
    Recipient(7, "Priya Raman", "p@example.ca", "Director, Station Delivery", "madame", "vous",
              ("staged construction at GO stations", "keeping platforms open during work"), main_contact=True),
    Recipient(8, "Greg MacDonald", "g@example.ca", "Senior Manager, Project Controls", "monsieur", "vous",
              ("change order management",), main_contact=False),
)  # fmt: skip
LEA = Candidate(
    "Léa Fontaine", "lea@example.fr", "+33 6 38 90 12 47", "", "feminine",
    ("Chez Tiime, j’ai signé 45 cabinets d’expertise comptable partenaires en un an.",
     "J’ai fait passer de 8 % à 21 % le taux de clients apportés par les partenaires grâce à un programme de parrainage pour les cabinets."),
)  # fmt: skip
QONTO = Occasion(
    "Qonto", "Responsable des partenariats comptables", "fr", "FR", date(2027, 5, 20), decision_by=date(2027, 5, 28),
    promise_date=date(2027, 6, 1), start_time=time(11, 0), sent_on=date(2027, 5, 20), mode="video", company_article="none",
)  # fmt: skip
QONTO_PANEL = (
    Recipient(9, "Claire Vasseur", "c@example.fr", "Directrice des partenariats", "madame", "vous",
              ("le programme partenaires des cabinets comptables", "les objectifs de signature pour 2028"), main_contact=True),
    Recipient(10, "Hugo Perrin", "h@example.fr", "Partner Manager", "monsieur", "tu",
              ("l’intégration avec les logiciels de comptabilité",), main_contact=False),
)  # fmt: skip


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_a_word_every_proof_shares_is_the_candidate_s_trade_not_a_tie() -> None:
    """Marchal's thank-you claimed "Sur les logements classés F et G, j’ai une expérience
    directe" for re-letting vacant flats: "logements" is in all three results."""
    field = field_of(BATIGERE.role, BATIGERE.company, MATHIEU.proof_points)
    assert "logeme" in field.trade
    relocation = MATHIEU.proof_points[1]
    assert not ties(relocation, ["les logements classés F et G"], field)
    assert ties(relocation, ["les logements classés F et G"], BATIGERE.role)  # the word alone did tie
    # The energy-class result still answers it: "classes de DPE".
    assert ties(MATHIEU.proof_points[0], ["les logements classés F et G"], field)
    body = _flat(compose("thank_you", MATHIEU, BATIGERE_PANEL[2], BATIGERE, panel=BATIGERE_PANEL).body)
    assert "relocation" in body, body
    sentence = next(part for part in re.split(r"(?<=\.) ", body) if "relocation" in part)
    for claim in ("expérience directe", "connais bien", "F et G", "m’est familier", "je connais"):
        assert claim not in sentence, body


def test_a_plant_transfer_is_no_answer_to_the_assembly_cadence() -> None:
    """Roy's thank-you: "Quant à la cadence d’assemblage final, je connais bien ce domaine. J’ai
    piloté le transfert de 3 postes d’assemblage…"; the assembly-time result still answers it."""
    body = _flat(compose("thank_you", JEAN_PHILIPPE, BOMBARDIER_PANEL[2], BOMBARDIER, panel=BOMBARDIER_PANEL).body)
    assert "transfert" in body, body
    assert "je connais bien ce domaine" not in body and "Quant à la cadence" not in body, body
    lachance = _flat(compose("thank_you", JEAN_PHILIPPE, BOMBARDIER_PANEL[0], BOMBARDIER, panel=BOMBARDIER_PANEL).body)
    assert "temps d’assemblage" in lachance and "cadence d’assemblage final" in lachance, lachance
    field = field_of(BOMBARDIER.role, BOMBARDIER.company, JEAN_PHILIPPE.proof_points)
    assert firmly(JEAN_PHILIPPE.proof_points[0], "la cadence d’assemblage final", field)
    assert not firmly(JEAN_PHILIPPE.proof_points[2], "la cadence d’assemblage final", field)


def test_the_follow_up_offers_what_answers_the_reader_s_own_topic() -> None:
    """Raman's follow-up added the $85 million renewal (a word of the role, "station") to "staged
    construction at GO stations"; the candidate's staged approach answered it."""
    body = _flat(compose("follow_up", DANIEL, METROLINX_PANEL[0], METROLINX, panel=METROLINX_PANEL).body)
    assert "$85 million" not in body and "constructability" not in body, body
    assert "staged construction at GO stations" in body, body
    assert "staged construction approach that keeps stations open" in body, body
    assert "I remain very interested" in body or "still of real interest" in body or "interest in the role" in body


def test_an_english_topic_s_head_is_before_where_it_happens() -> None:
    field = field_of(METROLINX.role, METROLINX.company, DANIEL.proof_points)
    assert not firmly(DANIEL.proof_points[1], "staged construction at GO stations", field)
    assert not firmly(DANIEL.proof_points[2], "staged construction at GO stations", field)
    assert firmly(DANIEL.proof_points[2], "change order management", field)


def test_change_order_management_is_answered_as_such() -> None:
    body = _flat(compose("thank_you", DANIEL, METROLINX_PANEL[1], METROLINX, panel=METROLINX_PANEL).body)
    assert "change orders by 30%" in body, body
    assert "in this area" not in body and "experience here" not in body, body


def test_an_untied_proof_is_never_linked_to_the_topic_it_does_not_answer() -> None:
    """Perrin: "…un programme de parrainage pour les cabinets, une expérience à laquelle je ferais
    volontiers appel sur ce sujet" after the accounting-software integration."""
    body = _flat(compose("thank_you", LEA, QONTO_PANEL[1], QONTO, panel=QONTO_PANEL).body)
    assert "parrainage" in body or "Tiime" in body, body  # a proof, whichever the pairing left him
    assert "sur ce sujet" not in body and "sur ces sujets" not in body, body
    # Linked to the role, or (rounds 40–41) to the colleague's topic it answers, named with them.
    colleague = "le programme partenaires des cabinets comptables" in body and "Claire Vasseur" in body
    assert "ce poste" in body or colleague, body


def test_each_person_whose_topic_a_proof_answers_gets_one() -> None:
    """A proof answering two people's topics goes to the one no other proof answers (a matching
    over the panel, not first come first served): the first come took the payroll result, which
    left the second only proofs already shown."""
    proofs = ("I cut invoice errors by 20%.", "I automated the payroll run for 3,000 staff.",
              "I rebuilt the expense approval flow in SAP.")  # fmt: skip
    topics = [
        ["payroll automation", "invoice errors"],
        ["the payroll run", "expense approvals"],
        ["expense approval flow"],
    ]
    assigned = assign_proofs(proofs, topics, "en", generic="Finance Systems Lead Acme")
    assert all(proof.tied for proof, _ in assigned), assigned
    assert not any(again for _, again in assigned), assigned
    assert len({proof.sentence for proof, _ in assigned}) == 3
    assert [proof.sentence for proof, _ in assigned] == [proofs[0], proofs[1], proofs[2]]
