"""Pay, benefits and perks are never a message's detail (CRAFT R08, MUST★; blind review 19:
"notre échange sur le télétravail" in a thank-you and a LinkedIn note to HR, graded C)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from lastimpression.core.compose import compose
from lastimpression.core.messages import Candidate, Occasion, Recipient
from lastimpression.core.perks import about_process, details, echoes_role, is_perk, lacking, listed

CANDIDATE = Candidate(
    "Nicolas Lambert", "nicolas.lambert@example.be", "+32 475 66 77 88", "", "masculine",
    ("Chez ING Belgique, j’ai lancé une application d’épargne utilisée par 150 000 clients.",),
)  # fmt: skip
OCCASION = Occasion(
    "Belfius", "Product Manager épargne", "fr", "BE", date(2027, 2, 9), decision_by=date(2027, 2, 19),
    promise_date=date(2027, 2, 23), sent_on=date(2027, 2, 9),
)  # fmt: skip
DUBOIS = Recipient(4, "Charlotte Dubois", "c.dubois@example.be", "Head of Digital", "madame", "vous",
                   ("l’application mobile",), main_contact=False)  # fmt: skip
VERMEERSCH = Recipient(5, "Pieter Vermeersch", "p.vermeersch@example.be", "HR Manager", "monsieur", "vous",
                       ("le télétravail",), main_contact=True)  # fmt: skip
PANEL = (DUBOIS, VERMEERSCH)


@pytest.mark.parametrize("kind", ["thank_you", "linkedin", "follow_up"])
def test_a_perk_noted_with_hr_is_never_recalled_to_anyone(kind: str) -> None:
    for person in PANEL:
        if kind == "follow_up" and not person.main_contact:
            continue
        body = compose(kind, CANDIDATE, person, OCCASION, panel=PANEL).body
        assert "télétravail" not in body, (person.name, body)
    # The other topic of the interview is still there to be credited.
    assert "l’application mobile" in compose("thank_you", CANDIDATE, DUBOIS, OCCASION, panel=PANEL).body


def test_a_perk_beside_a_real_topic_leaves_the_real_topic() -> None:
    both = Recipient(6, "Mélanie Renard", "m.renard@example.be", "Product Owner", "madame", "vous",
                     ("le télétravail", "la feuille de route produit"))  # fmt: skip
    body = compose("thank_you", CANDIDATE, both, OCCASION, panel=(both,)).body
    assert "télétravail" not in body and "la feuille de route produit" in body


@pytest.mark.parametrize(
    "topic",
    ["le télétravail", "la rémunération", "les RTT", "Le salaire", "la date de prise de poste", "les congés payés",
     "remote work", "the start date", "the benefits package", "perks", "working from home", "compensation",
     "la mutuelle", "le 13e mois", "les vacances d’été", "les horaires flexibles", "la part variable",
     "the hybrid schedule", "health insurance", "the 401(k) match", "the dental plan", "the pension scheme",
     "parental leave", "the four-day week", "the annual bonus", "la mobilité entre les agences",
     "la mobilité interne", "les perspectives d’évolution", "internal mobility", "career progression",
     "la prime de travail de nuit", "le mode de travail hybride", "les heures supplémentaires", "la prime d’astreinte",
     "the night shift differential", "overtime pay", "the hybrid pattern, three days a week in Warwick",
     "two days a week in the office", "deux jours par semaine au bureau", "office days"],
)  # fmt: skip
def test_pay_benefits_and_perks_are_recognised(topic: str) -> None:
    assert is_perk(topic)


@pytest.mark.parametrize(
    "topic",
    ["la ponctualité des vols", "les primes d’assurance", "les avantages concurrentiels", "la saison des vacances",
     "Harmonie Mutuelle", "paid search", "the holiday season", "hybrid cloud", "remote monitoring",
     "diversity, equity and inclusion", "the relocation of the warehouse", "pension funds", "the payments platform",
     "les séjours de vacances", "l’offre vacances", "la saison des vacances d’été", "hybrid events",
     "flexible pricing", "la mobilité douce", "les plans de mobilité", "la mobilité des patients",
     "the mobility app", "the career site redesign", "le planning des équipes de nuit", "le travail de nuit en entrepôt",
     "les véhicules hybrides", "the hybrid cloud migration", "the night shift staffing",
     "three days a week of training", "deux jours par semaine de formation"],
)  # fmt: skip
def test_business_topics_that_share_a_word_with_perks_are_not_perks(topic: str) -> None:
    assert not is_perk(topic)


def test_details_are_the_topics_a_message_may_recall() -> None:
    assert details(["le télétravail", "  ", "la clôture mensuelle", "the salary"]) == ["la clôture mensuelle"]
    assert details(["les primes d’assurance"]) == ["les primes d’assurance"]  # a business topic, not pay
    assert details([]) == [] and details(["remote work", ""]) == []


@pytest.mark.parametrize(
    ("topics", "role", "echoes"),
    [(["les relations de travail"], "Conseillère en relations de travail", True),
     (["la data"], "Ingénieure data", True),
     (["le poste"], "Ingénieure data", True),  # no word that says anything
     (["la data", "la migration vers PostgreSQL"], "Ingénieure data", False),
     (["la clôture mensuelle"], "Contrôleur de gestion", False),
     (["the Airflow migration"], "Senior Data Engineer", False),
     (["le télétravail"], "Ingénieure data", False),  # a perk: asked for as nothing recorded
     ([], "Ingénieure data", False)],
)  # fmt: skip
def test_a_topic_that_only_says_the_role_again_is_seen(topics: list[str], role: str, echoes: bool) -> None:
    assert echoes_role(topics, role) is echoes


@pytest.mark.parametrize(
    ("topics", "lack"),
    [([], "nothing"), (["  "], "nothing"), (["le télétravail", "the salary"], "perks"), (["la data"], "role"),
     (["le télétravail", "la migration vers PostgreSQL"], ""), (["les étapes du processus"], "process"),
     (["les prochaines étapes", "le télétravail"], "process"), (["the next steps", "la migration vers PostgreSQL"], "")],
)  # fmt: skip
def test_what_the_recorded_topics_lack_for_a_message_of_its_own(topics: list[str], lack: str) -> None:
    assert lacking(topics, "Ingénieure data") == lack


def test_the_recorded_topics_are_listed_as_typed() -> None:
    assert listed(["  le télétravail ", "", "la date de prise de poste"]) == "le télétravail, la date de prise de poste"


@pytest.mark.parametrize(
    "topic",
    ["les étapes du processus", "Les prochaines étapes", "la suite du processus", "le processus de recrutement",
     "le calendrier de recrutement", "le déroulement du recrutement", "the next steps", "The hiring process",
     "the interview timeline", "next steps for the role", "the recruitment process.", "les étapes suivantes du recrutement",
     "the timeline for the final round", "the next interview", "le prochain entretien", "la date du second entretien"],
)  # fmt: skip
def test_the_hiring_process_itself_is_recognised(topic: str) -> None:
    assert about_process(topic) and details([topic]) == []


@pytest.mark.parametrize(
    "topic",
    ["le processus de clôture mensuelle", "les étapes de la migration", "le calendrier des chantiers",
     "les délais de paiement", "la suite logicielle", "le recrutement des saisonniers", "the hiring plan for 2027",
     "process automation", "the timeline for the ERP rollout", "the onboarding process", "hiring for peak",
     "the final round of funding", "le dernier tour de table", "the next release", "les entretiens annuels"],
)  # fmt: skip
def test_business_topics_about_a_process_or_hiring_are_details(topic: str) -> None:
    assert not about_process(topic) and details([topic]) == [topic]


def test_the_hiring_process_noted_with_hr_gives_way_to_a_colleague_s_topic() -> None:
    """Blind review 23: "Notre échange sur les étapes du processus m’a permis de mieux cerner les
    enjeux" (thank-you and note to the recruiter, graded B: any candidate could write it). The
    recruiter's messages credit what was said with a colleague instead, and never the process."""
    martin = replace(VERMEERSCH, topics=("les étapes du processus",))
    panel = (DUBOIS, martin)
    for kind in ("thank_you", "linkedin", "follow_up"):
        body = compose(kind, CANDIDATE, martin, OCCASION, panel=panel).body
        assert "étapes" not in body, body  # the follow-up asks where "le processus" stands, its own words
        assert "Mme Dubois" in body and "l’application mobile" in body, body
