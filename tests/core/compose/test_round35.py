"""Blind reviews 35 (46 A / 5 B / 3 C) and 36 (38 A / 16 B / 0 C), issue 15: "It is work I have done
before" for a proof sharing a kin word that only qualified the topic ("the Epic billing upgrade"),
on-site work taken for a topic (the two other C's), "the cash collections across the system",
"dans ces fonctions" with no antecedent, a plan offered to a recruiter told only of a colleague's
topic, topics typed with a capital and quoted ("sur le sujet « Migration vers SAP »", nine B's),
"l’arrivée de nouvelles compagnies" answered by work with airlines, "les réclamations pour colis
abîmés" left without the damaged-parcel result."""

from __future__ import annotations

from datetime import date

from lastimpression.core.compose import compose
from lastimpression.core.compose.details import answers, firmly
from lastimpression.core.compose.phrasing import topic_phrase
from lastimpression.core.messages import Candidate, Occasion, Recipient
from lastimpression.core.perks import details
from tests.core.compose.world import planned, with_main_contact

ELODIE = Candidate(
    "Élodie Wendling", "e@example.fr", "+33 6 00 00 00 01", "", "feminine",
    ("Chez Cdiscount à Cestas, j’ai ramené le délai de préparation des commandes de 26 à 9 heures en réorganisant les vagues de picking.",
     "J’ai ouvert un 2e entrepôt à Vitrolles, près de Marseille, en 4 mois, avec 35 préparateurs formés avant le pic de Noël.",
     "J’ai fait baisser le taux de colis endommagés de 3,1 % à 0,8 % en changeant de calage et de transporteur sur le Grand Est."),
)  # fmt: skip
KOLIBRI = Occasion(
    "Kolibri", "Responsable des opérations e-commerce", "fr", "FR", date(2027, 3, 25), subdivision="6AE", mode="video",
    company_article="none",
)  # fmt: skip
KOLIBRI_PANEL = [
    Recipient(1, "Thomas Ehrhart", "t@example.fr", "Cofondateur et directeur général", "monsieur", "tu",
              ("l’ouverture d’un entrepôt près de Marseille", "les recrutements des six prochains mois")),
    Recipient(2, "Inès Bouaziz", "i@example.fr", "Responsable service client", "madame", "tu",
              ("les réclamations pour colis abîmés",)),
]  # fmt: skip
FRANCIS = Candidate(
    "Francis Lévesque", "f@example.ca", "+1 819 555 0100", "", "masculine",
    ("À la Ville de Sherbrooke, j’ai piloté la migration vers SAP S/4HANA de 14 services municipaux, livrée en 11 mois sans interruption de la paie.",
     "J’ai construit un modèle budgétaire sur trois ans pour un regroupement de 7 cégeps, qui a ramené l’écart entre budget et réel sous 2 %."),
)  # fmt: skip
RCGT = Occasion(
    "Raymond Chabot Grant Thornton", "Directeur, transformation des finances", "fr", "CA", date(2027, 6, 23),
    subdivision="QC", decision_by=date(2027, 7, 2), company_article="none",
)  # fmt: skip
RCGT_PANEL = [
    Recipient(3, "Sylvie Gauthier", "s@example.ca", "Associée, services-conseils", "madame", "vous", ("Budget 2028",)),
    Recipient(4, "Louis Côté", "l@example.ca", "Directeur principal, ERP", "monsieur", "vous", ("Migration vers SAP",)),
]  # fmt: skip


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_a_kin_word_that_only_qualifies_a_long_topic_is_no_answer() -> None:
    """Ramirez (a C): "Talking about the Epic billing upgrade in 2028… It is work I have done
    before: I reduced days in accounts receivable… by reorganizing billing work queues"."""
    proof = (
        "I reduced days in accounts receivable from 52 to 38 across four hospitals by reorganizing billing work queues."
    )
    assert not firmly(proof, "the Epic billing upgrade in 2028")
    assert answers("I ran winter operations through 3 seasons down to minus 40 with no lost-time injuries.",
                   ["winter safety at the Calgary terminal"])  # fmt: skip


def test_where_the_work_is_done_is_no_topic() -> None:
    """Foster (two C's, R08): the only hook was "working on site at the Texas Medical Center"."""
    assert (
        details(["working on site at the Texas Medical Center", "le travail sur site", "les gardes de week-end"]) == []
    )
    assert details(["the on-site inspection program"]) == ["the on-site inspection program"]


def test_a_counted_head_is_read_before_where_it_happens() -> None:
    assert topic_phrase("cash collections across the system", "en") == "cash collections across the system"
    assert topic_phrase("complaint investigation backlog", "en") == "the complaint investigation backlog"


def test_a_capitalised_french_topic_takes_its_article_not_quotes() -> None:
    assert topic_phrase("Migration vers SAP", "fr") == "la migration vers SAP"
    assert topic_phrase("Budget 2028", "fr") == "le budget 2028"
    assert topic_phrase("Modules FI/CO", "fr") == "les modules FI/CO"
    assert topic_phrase("Onboarding", "fr") == "l’onboarding"
    assert topic_phrase("Harcèlement moral", "fr") == "le sujet « Harcèlement moral »"  # an h a rule cannot read
    assert topic_phrase("Hausse des prix", "fr") == "la hausse des prix"  # round 121: an aspirated h known
    people = with_main_contact(RCGT_PANEL)
    for person in people:
        for kind in ("thank_you", "linkedin"):
            body = compose(kind, FRANCIS, person, planned(RCGT), panel=people).body
            assert "« Budget 2028 »" not in body and "« Migration vers SAP »" not in body, body


def test_an_untied_proof_is_linked_to_the_post_the_opening_names() -> None:
    people = with_main_contact(KOLIBRI_PANEL)
    for person in people:
        body = compose("thank_you", ELODIE, person, planned(KOLIBRI), panel=people).body
        assert "ces fonctions" not in body, body


def test_an_event_is_about_itself_and_pour_links_a_complement() -> None:
    ponctualite = (
        "J’ai fait passer la ponctualité des départs de 71 % à 84 % avec les escales de 9 compagnies aériennes."
    )
    assert not firmly(ponctualite, "l’arrivée de nouvelles compagnies long-courrier")
    assert firmly(ELODIE.proof_points[1], "l’ouverture d’un entrepôt près de Marseille")
    assert firmly(ELODIE.proof_points[2], "les réclamations pour colis abîmés")
    people = with_main_contact(KOLIBRI_PANEL)
    ines = _flat(compose("thank_you", ELODIE, people[1], planned(KOLIBRI), panel=people).body)
    assert "de 3,1 % à 0,8 %" in ines, ines


def test_a_measure_needs_its_own_word_and_par_links_its_complement() -> None:
    """Round 37 (Sophie Lejeune, B): "le coût par page numérisée" was answered with the number of
    pages digitised; the cost-per-page result went to a colleague. (Stuart Milne: "offshore safety
    culture" and "zero recordable incidents" are one subject.)"""
    pages = "Aux Archives de l’État à Namur, j’ai piloté la numérisation de 1,2 million de pages de registres."
    cost = "J’ai rédigé avec 3 prestataires un marché public de numérisation qui a fait baisser le coût par page de 0,42 € à 0,27 €."
    assert not firmly(pages, "le coût par page numérisée")
    assert firmly(cost, "le coût par page numérisée")
    assert answers("I kept the decommissioning crew at zero recordable incidents over 400,000 hours offshore.",
                   ["offshore safety culture during decommissioning"])  # fmt: skip
