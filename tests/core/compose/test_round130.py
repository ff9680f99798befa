"""Blind reviews 130–131, issue 15 (32 C's in 98 messages): « sur RAAC », « sur CCNT »; the
Alsace-Moselle health scheme, lodging and a start date as hooks; notes pasted as clauses (« le
check-in digital ne marche pas vraiment », "struggling to keep subcontractors", « plutôt que
clim »); "the OTP target 90%"; "winter campaign Dec–Feb with 2 SOVs"; English topics without
their article ("E175 line starting Q4", "big client"); CV lines pasted (« formé 60 opérateurs »,
« et formation de 11 collaborateurs », "five years litigation support", « (Stage d'été… »,
"140 chambres in all", "OTP up from 78% to 86%"); "QFA, 2024" as what the candidate could bring;
the candidate's sentence tacked on after the wish to join."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from lastimpression.core.compose import compose
from lastimpression.core.compose.cvline import first_person
from lastimpression.core.compose.details import _offer_verb, as_plan, as_sentence, bring_sentence, inline, names_only
from lastimpression.core.compose.jottings import plain_contribution, tidy
from lastimpression.core.compose.phrasing import topic_phrase
from lastimpression.core.compose.spelling import house_style
from lastimpression.core.grammar import agreed_role
from lastimpression.core.messages import Candidate, Occasion, Recipient
from lastimpression.core.perks import about_process, is_perk, is_schedule


@pytest.mark.parametrize(
    ("topic", "language", "said"),
    [
        ("RAAC", "fr", "la RAAC"),
        ("QZTR", "fr", "le dossier QZTR"),
        ("le check-in digital ne marche pas vraiment", "fr", "le check-in digital"),
        ("brasseurs d'air plutôt que clim", "fr", "les brasseurs d'air"),
        ("dépistage des champs juin-juillet, beaucoup de route", "fr", "le dépistage des champs en juin et en juillet"),
        ("pic e-commerce nov-déc, +40 % de volumes", "fr", "le pic e-commerce en novembre et en décembre"),
        ("OTP target 90%", "en", "the OTP target of 90%"),
        ("winter campaign Dec–Feb with 2 SOVs", "en", "the winter campaign from December to February with 2 SOVs"),
        ("E175 line starting Q4", "en", "the E175 line starting Q4"),
        ("big client is a Tier 1 contractor on the Metrolink bids", "en", "the big client"),
        ("relocation package to Montrose", "en", "the relocation package to Montrose"),
        ("in-house tool 'Tidewatch' + MarineTraffic", "en", "the in-house tool 'Tidewatch' and MarineTraffic"),
        ("arrears around 6% - asked how I'd handle a member falling behind", "en", "arrears"),
        # Mass nouns, plurals, gerunds and names keep no article.
        ("safety culture / SMS", "en", "safety culture and SMS"),
        ("claims triage", "en", "claims triage"),
        ("winter resilience - de-icing, Barra beach landings", "en", "winter resilience"),
        ("driver shortages, still leaning on agency", "en", "driver shortages"),
        ("weekly reporting in Procore", "en", "weekly reporting in Procore"),
        ("Just Transition funding ends 2028", "en", "Just Transition funding"),
        ("subbie management – groundworks overrun last year", "en", "subbie management"),
        ("lots of newcomer students this year", "en", "newcomer students this year"),
    ],
)
def test_a_jotted_topic_reads_as_a_subject_with_its_article(topic: str, language: str, said: str) -> None:
    assert topic_phrase(tidy(topic, language), language) == said


def test_a_state_without_a_subject_is_never_recalled() -> None:
    assert tidy("struggling to keep subcontractors", "en") == ""


@pytest.mark.parametrize(
    "topic",
    [
        "régime local d'assurance maladie",
        "logement possible la première année",
        "CCNT, 42 h par semaine",
        "la convention collective",
        "start ideally early Jan",
        "start in March",
    ],
)
def test_the_conditions_of_the_job_stay_in_the_notes(topic: str) -> None:
    assert is_perk(topic)


@pytest.mark.parametrize("topic", ["the project start in May", "the start of the winter campaign", "startup culture"])
def test_a_business_start_is_a_subject(topic: str) -> None:
    assert not is_perk(topic)


@pytest.mark.parametrize(
    ("point", "language", "said"),
    [
        (
            "Migration Reflex vers Manhattan WMS en 2025, formé 60 opérateurs",
            "fr",
            "J’ai mené la migration Reflex vers Manhattan WMS en 2025 et formé 60 opérateurs",
        ),
        (
            "Migration de Fidelio vers Opera Cloud en 2025 et formation de 11 collaborateurs",
            "fr",
            "J’ai mené la migration de Fidelio vers Opera Cloud en 2025 et la formation de 11 collaborateurs",
        ),
        ("Réduit de 30 % les délais, formé 12 agents", "fr", "J’ai réduit de 30 % les délais et formé 12 agents"),
        (
            "Stage d'été 2025 au MAPAQ, direction régionale Chaudière-Appalaches : visites de 30 fermes laitières",
            "fr",
            "Visites de 30 fermes laitières (stage d'été 2025 au MAPAQ, direction régionale Chaudière-Appalaches).",
        ),
        ("OTP up from 78% to 86% over summer 2025", "en", "I brought OTP up from 78% to 86% over summer 2025"),
        (
            "Customer complaints down from 40 to 12 a month",
            "en",
            "I brought customer complaints down from 40 to 12 a month",
        ),
    ],
)
def test_a_cv_line_is_said_by_the_candidate(point: str, language: str, said: str) -> None:
    assert first_person(point, language) == said


def test_a_count_of_years_takes_its_of() -> None:
    assert house_style("I bring 5 yrs litigation support at a mid-size firm.", "en", "US") == (
        "I bring five years of litigation support at a mid-size firm."
    )
    assert house_style("three years in Leeds", "en", "GB") == "three years in Leeds"


def test_a_count_in_brackets_stays_in_its_language() -> None:
    said = as_sentence("Adjointe cheffe de réception, Hôtel Alpina, saisons 2023 à 2026 (140 chambres)")
    assert "in all" not in said and "soit" not in said and said.endswith("(140 chambres).")
    assert as_sentence("Animation des product owners (25 personnes)") == (
        "Animation des product owners, soit 25 personnes."
    )


@pytest.mark.parametrize("point", ["QFA, 2024.", "Bachelor EHL 2019.", "Trilingue FR/DE/EN."])
def test_a_bare_title_is_no_proof(point: str) -> None:
    assert names_only(point)


@pytest.mark.parametrize("point", ["Led 12 nurses.", "Encadré 12 infirmiers.", "Zéro accident."])
def test_a_short_deed_is_a_proof(point: str) -> None:
    assert not names_only(point)


def test_the_candidates_sentence_comes_before_what_it_is_for() -> None:
    said = bring_sentence("Je connais Reflex et les équipes en 3x8", "fr", "le Grand Hôtel du Léman")
    assert said == (
        "Je connais Reflex et les équipes en 3x8. J’aimerais mettre cette expérience au service du Grand Hôtel du Léman."
    )
    said = bring_sentence("I know most of the local hauliers", "en", "Forth Freight")
    assert said == "I know most of the local hauliers. I would be glad to put that to good use at Forth Freight."
    # Rounds 136-137: what the candidate can do, they would like to do there.
    said = bring_sentence("je pense pouvoir aider à stabiliser les plannings", "fr", "le CHR Metz-Thionville")
    assert (
        said
        == "Je pense pouvoir aider à stabiliser les plannings. J’aimerais beaucoup le faire au sein du CHR Metz-Thionville."
    )
    said = bring_sentence("I can get near-miss reporting going again", "en", "Red Mesa")
    assert said == "I can get near-miss reporting going again. I would welcome the chance to do so at Red Mesa."


AOIFE = Candidate("Aoife Ní Bhriain", "aoife@example.org", "087 362 1945", "", "feminine", (
    "QFA, 2024", "processed around 40 personal loan applications a month"))  # fmt: skip
DECLAN = Recipient(1, "Declan O'Sullivan", "declan@example.org", "Lending Manager", "monsieur", "vous", (
    "launching home loans next year", "arrears around 6% - asked how I'd handle a member falling behind"))  # fmt: skip
LEE_VALLEY = Occasion("Lee Valley Credit Union", "Lending Officer", "en", "IE", date(2027, 11, 19),
                      promise_date=date(2027, 11, 30), start_time=time(17), sent_on=date(2027, 11, 22))  # fmt: skip


def test_a_follow_up_never_offers_a_bare_title() -> None:
    body = compose("follow_up", AOIFE, DECLAN, LEE_VALLEY, panel=[DECLAN]).body
    assert "QFA" not in body
    thanks = compose("thank_you", AOIFE, DECLAN, LEE_VALLEY, panel=[DECLAN]).body
    assert "around 6%" not in thanks and "asked" not in thanks


FIONA = Recipient(1, "Fiona McLeod", "fiona@example.org", "Marine Manager", "madame", "vous", (
    "in-house tool 'Tidewatch' + MarineTraffic", "4 on 4 off nights"))  # fmt: skip
GARY = Candidate("Gary Robertson", "gary@example.org", "", "", "masculine", ())
CALEDONIA = Occasion("Caledonia Offshore Wind O&M Ltd", "Marine Coordinator", "en", "GB", date(2027, 11, 4),
                     subdivision="SCT", promise_date=date(2027, 11, 16), start_time=time(10),
                     sent_on=date(2027, 11, 4))  # fmt: skip


def test_working_time_beside_another_subject_is_left_in_the_notes() -> None:
    for kind in ("thank_you", "linkedin"):
        body = compose(kind, GARY, FIONA, CALEDONIA, panel=[FIONA]).body
        assert "4 on 4 off" not in body and "Tidewatch" in body, body


EWAN = Recipient(1, "Ewan MacLeod", "ewan@example.org", "Contracts Director", "monsieur", "vous", (
    "Dingwall site, 42 units",))  # fmt: skip
STUART = Candidate("Stuart Munro", "stuart@example.org", "", "", "masculine", (
    "SMSTS, CSCS Black Card, First Aid at Work",))  # fmt: skip
HIGHLAND = Occasion("MacLeod & Fraser Construction Ltd", "Site Manager", "en", "GB", date(2027, 3, 26),
                    subdivision="SCT", promise_date=date(2027, 4, 6), start_time=time(10),
                    sent_on=date(2027, 3, 26))  # fmt: skip


def test_certificates_are_held_never_called_experience() -> None:
    body = compose("thank_you", STUART, EWAN, HIGHLAND, panel=[EWAN]).body
    assert "SMSTS" in body and "qualifications" in body, body
    assert "experience: SMSTS" not in body and "my own work: SMSTS" not in body


@pytest.mark.parametrize(
    ("role", "masculine", "feminine"),
    [
        ("planificateur / planificatrice transport", "planificateur transport", "planificatrice transport"),
        ("infirmier/infirmière de nuit", "infirmier de nuit", "infirmière de nuit"),
        ("chef ou cheffe de projet", "chef de projet", "cheffe de projet"),
        ("responsable logistique / logisticien", None, None),
        ("import / export", None, None),
    ],
)
def test_a_role_typed_in_both_genders_is_said_in_the_candidates(
    role: str, masculine: str | None, feminine: str | None
) -> None:
    assert agreed_role(role, "masculine") == (masculine or role)
    assert agreed_role(role, "feminine") == (feminine or role)
    assert agreed_role(role, "neutral") == role


def test_turnover_is_spelt_the_french_way() -> None:
    assert topic_phrase(tidy("turnover, 4 départs vers le Luxembourg en 2026", "fr"), "fr") == "le turn-over"


def test_the_east_wing_is_no_verb() -> None:
    assert tidy("rénovation de l'aile est en 2028", "fr") == "rénovation de l'aile est en 2028"
    assert tidy("le budget est serré", "fr") == "le budget"


def test_a_company_named_with_its_town_is_closed_by_a_comma() -> None:
    hotel = Occasion("Grand Hôtel des Rives, Montreux", "Responsable de la réception", "fr", "CH", date(2027, 9, 8),
                     subdivision="VD", promise_date=date(2027, 9, 21), start_time=time(10),
                     sent_on=date(2027, 9, 8))  # fmt: skip
    isabelle = Recipient(1, "Isabelle Chappuis", "i@example.org", "Directrice", "madame", "vous", ("la clientèle",))
    lea = Candidate("Léa Favre", "lea@example.org", "", "", "neutral", ())
    bodies = [compose("thank_you", lea, isabelle, hotel, panel=[isabelle], variant=v).body for v in range(1, 7)]
    assert any("Rejoindre le Grand Hôtel des Rives, Montreux, me tient" in body for body in bodies), bodies
    assert not any("Montreux me tient" in body for body in bodies)


@pytest.mark.parametrize(
    ("topic", "language", "said"),
    [
        ("transaction monitoring, beaucoup de faux positifs", "fr", "le transaction monitoring"),
        ("pénurie de surintendants", "fr", "la pénurie de surintendants"),
        ("cas pratique : client avec structure offshore", "fr", "le cas pratique"),
        ("BIM ? pas encore, mais ils y pensent", "fr", ""),
        ("area would be West Limerick / North Kerry", "en", ""),
    ],
)
def test_round_132_notes(topic: str, language: str, said: str) -> None:
    tidied = tidy(topic, language)
    assert (topic_phrase(tidied, language) if tidied else "") == said


def test_the_benefits_of_a_job_are_conditions_but_not_those_of_a_system() -> None:
    assert is_perk("benefits start after 60 days")
    assert not is_perk("the benefits of the new WMS")


def test_a_consequence_without_its_verb_stays_in_the_notes() -> None:
    said = plain_contribution(
        "I know the ferry timetables inside out and I'm used to replanning on the fly when CalMac cancels "
        "sailings, so fewer empty runs and fewer angry customers"
    )
    assert said.endswith("when CalMac cancels sailings") and "fewer" not in said


def test_round_132_cv_lines() -> None:
    assert (
        first_person("DE IBODE obtenu en 2024 (école de Nancy)", "fr")
        == "J’ai obtenu le DE IBODE en 2024 (école de Nancy)"
    )
    assert first_person("Participation au passage au logiciel Optim en 2025", "fr") == (
        "J’ai participé au passage au logiciel Optim en 2025"
    )


def test_a_pre_employment_check_with_its_date_is_the_hiring_process() -> None:
    assert about_process("drug screen next week")
    assert not about_process("the new plant next week")


@pytest.mark.parametrize(
    ("topic", "said"),
    [
        ("délai de traitement des demandes", "le délai de traitement des demandes"),
        ("binôme sur les interventions en toiture", "le binôme sur les interventions en toiture"),
        ("horaire d’été en période de semis", "l’horaire d’été en période de semis"),
        ("système de gestion", "le système de gestion"),
        ("crème solaire", "la crème solaire"),
    ],
)
def test_round_133_french_nouns_take_their_article(topic: str, said: str) -> None:
    assert topic_phrase(topic, "fr") == said


def test_summer_hours_are_working_time() -> None:
    assert is_schedule("horaire d’été en période de semis")


def test_round_135_notes() -> None:
    assert tidy("poste en 12h ? non, 7h36 du lundi au vendredi", "fr") == ""
    assert tidy("no-show rates on Mondays", "en") == "no-show rates on Mondays"
    assert tidy("la relève, non prévue", "fr") == "la relève"
    assert topic_phrase(tidy("le territoire Victoriaville - Warwick - Princeville", "fr"), "fr") == (
        "le territoire Victoriaville, Warwick et Princeville"
    )
    assert tidy("sites Rennes - Nantes - Saint-Malo - Brest", "fr") == "sites Rennes, Nantes, Saint-Malo et Brest"


def test_round_135_cv_lines() -> None:
    assert first_person("suivi d'environ 35 contrats article 60 par an", "fr") == (
        "J’ai suivi environ 35 contrats article 60 par an"
    )
    assert first_person(
        "3 years as AML/CFT officer at a credit union with 18,000 members - reviewed and rewrote the risk assessment",
        "en",
    ) == (
        "I spent 3 years as AML/CFT officer at a credit union with 18,000 members, and reviewed and rewrote the risk "
        "assessment"
    )


MELANIE = Recipient(1, "Mélanie Côté", "m@example.org", "Conseillère", "madame", "tu", (
    "les membres qui veulent passer au bio",))  # fmt: skip
AGRONOME = Candidate("Julie Roy", "julie@example.org", "", "", "feminine", ("Membre de l'OAQ depuis 2022",))
VAL_NORD = Occasion("Coopérative agricole Val-Nord", "Agronome", "fr", "CA", date(2027, 9, 22), subdivision="QC",
                    promise_date=date(2027, 10, 5), start_time=time(10), sent_on=date(2027, 9, 22))  # fmt: skip


def test_a_membership_never_answers_a_topic_about_members() -> None:
    body = compose("thank_you", AGRONOME, MELANIE, VAL_NORD, panel=[MELANIE]).body
    assert "m’est familier" not in body and "expérience directe" not in body, body


KAYLA = Recipient(1, "Kayla Martin", "k@example.org", "Education Manager", "none", "vous", ("school programs",))
CURATOR = Candidate("Sam Lee", "sam@example.org", "", "", "neutral", ("MMSt, University of Toronto, 2022",))
MUSEUM = Occasion("Grand River Heritage Museum", "Education Coordinator", "en", "CA", date(2027, 8, 10),
                  subdivision="ON", promise_date=date(2027, 8, 24), start_time=time(10), sent_on=date(2027, 8, 10),
                  contribution="bring school groups back after the drop")  # fmt: skip


def test_a_degree_is_a_qualification_and_a_plan_is_told_as_how() -> None:
    bodies = [compose("thank_you", CURATOR, KAYLA, MUSEUM, panel=[KAYLA], variant=v).body for v in range(1, 7)]
    for body in bodies:
        assert "about bring" not in body and "experience to the role: MMSt" not in body, body


def test_round_133_134_lines() -> None:
    assert (
        plain_contribution(
            "je suis du Lamentin, je connais le terrain et les contraintes cycloniques, je peux être opérationnel vite"
        )
        == "Je suis du Lamentin et je connais le terrain et les contraintes cycloniques"
    )
    assert first_person("3 ans au CPAS d'Anderlecht, suivi d'environ 60 dossiers RIS", "fr") == (
        "J’ai passé 3 ans au CPAS d'Anderlecht, où j’ai assuré le suivi d'environ 60 dossiers RIS"
    )
    assert (
        first_person("formée sur le robot Da Vinci Xi en 2024", "fr")
        == "J’ai été formée sur le robot Da Vinci Xi en 2024"
    )
    assert topic_phrase("fleet going from 32 to 40 E175s by 2028", "en", 30) == "the fleet going from 32 to 40"


def test_round_135_more_cv_lines() -> None:
    assert first_person("Suivi agronomique de 45 fermes en maïs-soya", "fr") == (
        "J’ai assuré le suivi agronomique de 45 fermes en maïs-soya"
    )
    assert (
        first_person("rédaction de PAEF et de bilans phosphore", "fr") == "J’ai rédigé des PAEF et des bilans phosphore"
    )
    assert first_person("Déploiement de SAP en 2024", "fr") == "J’ai déployé SAP en 2024"


def test_a_check_of_another_kind_never_answers_a_check() -> None:
    ray = Recipient(1, "Ray Delgado", "ray@example.org", "Manager", "monsieur", "vous", (
        "night line checks in Austin and El Paso",))  # fmt: skip
    planner = Candidate("Sam Ortiz", "sam@example.org", "", "", "masculine", (
        "built work packages for 14 C-checks at the San Antonio hangar 2023-2026",))  # fmt: skip
    airline = Occasion("Lone Star Regional Airlines", "Maintenance Planner", "en", "US", date(2027, 4, 13),
                       subdivision="TX", promise_date=date(2027, 4, 27), start_time=time(10),
                       sent_on=date(2027, 4, 13))  # fmt: skip
    for kind in ("thank_you", "follow_up"):
        body = compose(kind, planner, ray, airline, panel=[ray]).body
        for claim in ("work I have done before", "work I know", "Regarding the latter", "an area I know"):
            assert claim not in body, body


def test_a_membership_is_offered_as_a_qualification() -> None:
    julie = Recipient(
        1, "Julie Roy", "j@example.org", "Directrice", "madame", "tu", ("le territoire de Victoriaville",)
    )
    agronome = Candidate("Léa Côté", "lea@example.org", "", "", "feminine", ("Membre de l'OAQ depuis 2022",))
    bodies = [compose("follow_up", agronome, julie, VAL_NORD, panel=[julie], variant=v).body for v in range(1, 5)]
    assert all("expérience apporterait : membre" not in body and "qualifications" in body for body in bodies), bodies


def test_round_135b() -> None:
    assert topic_phrase("Kirkwall outstation", "en") == "the Kirkwall outstation"
    assert topic_phrase("discipline at school", "en") == "discipline at school"
    bodies = [compose("thank_you", CURATOR, KAYLA, MUSEUM_TWO, panel=[KAYLA], variant=v).body for v in range(1, 7)]
    offered = [body for body in bodies if "how I would" in body]
    assert offered and all("the drop and build programs" in body for body in offered), bodies


MUSEUM_TWO = replace(
    MUSEUM, contribution="bring school groups back after the drop, build programs with the Six Nations community"
)


def test_an_inclusive_title_the_candidate_typed_is_said_in_their_gender_or_not_at_all() -> None:
    isabelle = Recipient(1, "Isabelle Chappuis", "i@example.org", "Directrice", "madame", "vous", ("la clientèle",))
    hotel = Occasion("Grand Hôtel des Rives", "Responsable de la réception", "fr", "CH", date(2027, 9, 8),
                     subdivision="VD", promise_date=date(2027, 9, 21), start_time=time(10),
                     sent_on=date(2027, 9, 8))  # fmt: skip
    line = "Adjoint·e chef·fe de réception à l'Hôtel Alpina, saisons 2023 à 2026 (140 chambres)"
    for agreement, said in (("feminine", "djointe cheffe de réception"), ("masculine", "djoint chef de réception")):
        lea = Candidate("Léa Favre", "lea@example.org", "", "", agreement, (line,))
        bodies = [compose(kind, lea, isabelle, hotel, panel=[isabelle]).body for kind in ("thank_you", "follow_up")]
        assert any(said in body for body in bodies), bodies
    neutral = Candidate("Sam Favre", "sam@example.org", "", "", "neutral", (line,))
    for kind in ("thank_you", "follow_up", "linkedin"):
        assert "·" not in compose(kind, neutral, isabelle, hotel, panel=[isabelle]).body


def test_round_130b() -> None:
    assert house_style("three years customer service advisor, retail bank branch in Mahon.", "en", "IE") == (
        "three years as a customer service advisor, retail bank branch in Mahon."
    )
    assert inline("Zero RIDDORs in two years.") == "zero RIDDORs in two years."
    said = topic_phrase(tidy("regroupement des blocs Mercy / Bel-Air prévu en 2028", "fr"), "fr")
    assert said == "le regroupement des blocs Mercy et Bel-Air prévu en 2028"


def test_a_plan_typed_as_a_verb_is_never_proposed() -> None:
    # The offer's verb is left out when the plan is a verb itself: "to bring school groups back…",
    # never "to propose bring…" (the sentence builders join them with ``_to``).
    assert _offer_verb("bring school groups back after the drop", "en") == ""
    assert _offer_verb("a clearer refund policy", "en") == "propose"
    assert (
        as_plan("bring school groups back, build programs") == "how I would bring school groups back and build programs"
    )
    assert as_plan("a clearer refund policy") == "a clearer refund policy"
