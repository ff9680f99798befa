"""Blind reviews 46–47, issue 15: CV lines the first pass left as fragments ("Passage au
plein-vide sur 42 unités…", "Cartographie des îlots de chaleur…", "NPS de l’agence passé de +12
à +38", "NEBOSH National Diploma, 2022.", "Eight years as cabin crew…", "TfW, Machynlleth depot
2021–24 – cut…", "Chez Cise Réunion (2018-2022) : astreinte…"); "chez EHPAD Saint-Joseph",
"chez CHR Metz-Thionville" (an article missing); the job ad's "h/f" written into every message;
"Bonjour Madame Isabelle Kieffer" for "Dr Isabelle Kieffer"; subjects of 66–70 characters;
"near-miss reporting culture" left without the close-call proof that answers it."""

from __future__ import annotations

from datetime import date

import pytest

from lastimpression.core.compose import compose
from lastimpression.core.compose.conventions import greeting, subject
from lastimpression.core.compose.cvline import first_person
from lastimpression.core.compose.details import answers
from lastimpression.core.grammar import company_forms, role_in_sentence, without_ad_marks
from lastimpression.core.messages import Candidate, Occasion, Recipient
from lastimpression.core.names import split_name
from tests.core.compose.world import planned, with_main_contact


@pytest.mark.parametrize(
    ("line", "language", "said"),
    [
        (
            "2023–2025, Hôpital de Mercy : passage au plein-vide sur 42 unités de soins.",
            "fr",
            "À l’Hôpital de Mercy, de 2023 à 2025, j’ai mené le passage au plein-vide sur 42 unités de soins.",
        ),
        (
            "Cartographie des îlots de chaleur sur 35 km² (QGIS), intégrée au plan d’urbanisme en 2023",
            "fr",
            "J’ai réalisé la cartographie des îlots de chaleur sur 35 km² (QGIS), intégrée au plan d’urbanisme en 2023",
        ),
        (
            "Mise en place d’IDeaS G3 RMS sur 3 hôtels (2024)",
            "fr",
            "J’ai mis en place IDeaS G3 RMS sur 3 hôtels (2024)",
        ),
        (
            "NPS de l’agence passé de +12 à +38 en un an.",
            "fr",
            "J’ai fait passer le NPS de l’agence de +12 à +38 en un an.",
        ),
        (
            "Ventes de vins en Allemagne passées de 180 000 à 410 000 bouteilles.",
            "fr",
            "J’ai fait passer les ventes de vins en Allemagne de 180 000 à 410 000 bouteilles.",
        ),
        ("Délais de paiement ramenés de 60 à 38 jours.", "fr", "J’ai ramené les délais de paiement de 60 à 38 jours."),
        (
            "2024 : plan de prévention des chutes, -31 % de chutes en un an.",
            "fr",
            "En 2024, j’ai mis en place un plan de prévention des chutes, -31 % de chutes en un an.",
        ),
        (
            "Chez Cise Réunion (2018-2022) : astreinte sur 420 km de canalisations.",
            "fr",
            "Chez Cise Réunion, de 2018 à 2022, j’ai assuré l’astreinte sur 420 km de canalisations.",
        ),
        (
            "EHPAD Les Tilleuls, Haguenau (2020-2026) : infirmière puis IDEC pour 84 résidents.",
            "fr",
            "À l’EHPAD Les Tilleuls, à Haguenau, de 2020 à 2026, j’ai été infirmière puis IDEC pour 84 résidents.",
        ),
        (
            "Export Manager chez Domaines Rouvinez (2021-2026) : ventes passées de 180 000 à 410 000 bouteilles.",
            "fr",
            "En tant qu’Export Manager chez Domaines Rouvinez, de 2021 à 2026, j’ai fait passer les ventes de "
            "180 000 à 410 000 bouteilles.",
        ),
        (
            "2021 : licence TEA M1 obtenue, avec un stage chez Bombardier.",
            "fr",
            "En 2021, j’ai obtenu la licence TEA M1, avec un stage chez Bombardier.",
        ),
        ("NEBOSH National Diploma, 2022.", "en", "I hold the NEBOSH National Diploma (2022)."),
        (
            "Eight years as cabin crew with easyJet at Edinburgh.",
            "en",
            "I spent eight years as cabin crew with easyJet at Edinburgh.",
        ),
        ("12 years of experience in payroll.", "en", "I have 12 years of experience in payroll."),
        (
            "TfW, Machynlleth depot 2021–24 – cut exam overruns on the Class 158 fleet by 38%",
            "en",
            "At TfW's Machynlleth depot, from 2021 to 2024, I cut exam overruns on the Class 158 fleet by 38%",
        ),
        (
            "2021–2025: Project Architect, Reiach and Hall – led RIBA Stages 2–5 on a school.",
            "en",
            "From 2021 to 2025, as Project Architect at Reiach and Hall, I led RIBA Stages 2–5 on a school.",
        ),
        (
            "2021-2023, Deloitte Houston: led 4 Oracle Cloud implementations.",
            "en",
            "At Deloitte Houston, from 2021 to 2023, I led 4 Oracle Cloud implementations.",
        ),
        (
            "Enbridge Gas contact centre, Markham: supervised 22 agents.",
            "en",
            "At the Enbridge Gas contact centre in Markham, I supervised 22 agents.",
        ),
    ],
)
def test_more_cv_lines_are_said_as_the_candidates_sentence(line: str, language: str, said: str) -> None:
    assert first_person(line, language) == said


@pytest.mark.parametrize(
    ("line", "language"),
    [
        # A label that is no place: never "Chez Prévisions hebdomadaires…".
        ("Prévisions hebdomadaires des groupes séminaires : écart sous 5 %", "fr"),
        ("Le NPS est passé de +12 à +38.", "fr"),
        ("CSAT 94 % sur 2 400 tickets par mois (Zendesk, 2025)", "fr"),
        ("Plan stratégique", "fr"),
        ("Speed improved by 30% in 2025.", "en"),
        ("United Way campaign raised $2M in 2024.", "en"),
        ("Eight years later, the plant closed.", "en"),
    ],
)
def test_a_line_that_is_no_cv_line_stays_as_typed(line: str, language: str) -> None:
    assert first_person(line, language) == line


@pytest.mark.parametrize(
    ("name", "at", "of"),
    [
        ("EHPAD Saint-Joseph (Fondation Vincent de Paul)", "à l’EHPAD Saint-Joseph (Fondation Vincent de Paul)",
         "de l’EHPAD Saint-Joseph (Fondation Vincent de Paul)"),
        ("CHR Metz-Thionville", "au CHR Metz-Thionville", "du CHR Metz-Thionville"),
        ("CIUSSS du Centre-Sud", "au CIUSSS du Centre-Sud", "du CIUSSS du Centre-Sud"),
    ],
)  # fmt: skip
def test_an_establishment_named_by_its_kind_takes_its_article(name: str, at: str, of: str) -> None:
    forms = company_forms(name)
    assert (forms.a, forms.de) == (at, of)
    assert company_forms("Ch Robinson").article == ""  # a name, not a hospital


@pytest.mark.parametrize(
    ("role", "bare"),
    [
        ("infirmière coordinatrice (IDEC) h/f", "infirmière coordinatrice (IDEC)"),
        ("Comptable H/F", "Comptable"),
        ("Data Engineer (m/w/d)", "Data Engineer"),
        ("Chef de projet (F/H/X)", "Chef de projet"),
        ("Vendeur - H/F", "Vendeur"),
        ("Responsable RH/FI", "Responsable RH/FI"),
        ("h/f", "h/f"),
    ],
)
def test_a_job_ads_gender_marks_are_left_out(role: str, bare: str) -> None:
    assert without_ad_marks(role) == bare


def test_no_message_writes_the_job_ads_gender_marks() -> None:
    candidate = Candidate(
        "Céline Hoerth", "c@example.fr", "+33 6 72 18 40 95", "", "feminine",
        ("2024 : plan de prévention des chutes, -31 % de chutes chez les résidents en un an.",),
    )  # fmt: skip
    occasion = planned(
        Occasion("EHPAD Saint-Joseph", "infirmière coordinatrice (IDEC) h/f", "fr", "FR", date(2027, 3, 25)),
        "Europe/Paris",
    )
    people = with_main_contact(
        [Recipient(1, "Nathalie Wolff", "n@example.fr", "Responsable ressources humaines", "madame"),
         Recipient(2, "Dr Isabelle Kieffer", "i@example.fr", "Médecin coordonnateur", "madame",
                   topics=("la prévention des chutes et de la dénutrition",))]
    )  # fmt: skip
    for person in people:
        for kind in ("thank_you", "follow_up", "linkedin"):
            draft = compose(kind, candidate, person, occasion, panel=people)
            text = f"{draft.subject}\n{draft.body}"
            assert "h/f" not in text.lower(), text
            assert "chez EHPAD" not in text and "d’EHPAD" not in text, text
            assert "Isabelle Kieffer," not in text and "Mme Isabelle" not in text, text
    kieffer = compose("thank_you", candidate, people[1], occasion, panel=people).body
    # Round 137 (two B's): a physician is « Docteur » in French too.
    assert kieffer.startswith("Bonjour Docteur,")
    assert "j’ai mis en place un plan de prévention des chutes" in kieffer
    assert "l’EHPAD Saint-Joseph" in kieffer


def test_a_doctor_is_greeted_by_title_in_english() -> None:
    doctor = Recipient(1, "Dr Isabelle Kieffer", "", "", "madame")
    assert split_name(doctor.name) == ("Isabelle", "Kieffer")
    assert greeting(doctor, "en", "GB") == "Dear Dr Kieffer,"
    assert greeting(doctor, "en", "US") == "Dear Dr. Kieffer,"
    assert greeting(doctor, "fr", "FR") == "Bonjour Docteur,"
    assert greeting(doctor, "fr", "CA") == "Docteure,"
    assert split_name("Dr Who") == ("Dr", "Who")  # two words: a name, not a title


def test_a_long_roles_subject_keeps_to_sixty_characters() -> None:
    said = subject("souscripteur IARD entreprises (risques industriels et PME)", "fr", "BE", date(2027, 5, 14))
    assert said == "Merci – souscripteur IARD entreprises, 14 mai"
    assert len(subject("SHE Advisor – construction, Midlands region", "en", "GB", date(2027, 4, 30))) <= 60
    assert role_in_sentence("Infirmière coordinatrice h/f", "fr") == "infirmière coordinatrice"


def test_a_close_call_answers_a_near_miss() -> None:
    proof = "I got close-call reports on the HS2 package up from 40 to 260 a month with QR codes."
    assert answers(proof, ["near-miss reporting culture"])
    assert not answers("I closed the call centre in 2024.", ["near-miss reporting culture"])


def test_a_cvs_shorthand_is_said_in_words() -> None:
    """Round 46: "(14 000 boîtes/an)", "95 face-to-face donor visits/yr", "60+ sites industriels"."""
    from lastimpression.core.compose.spelling import house_style
    from lastimpression.core.compose.typography import typeset

    assert house_style("Transfert (14 000 boîtes/an) sans rupture.", "fr", "FR") == (
        "Transfert (14 000 boîtes par an) sans rupture."
    )
    assert house_style("I made 95 donor visits/yr.", "en", "US") == "I made 95 donor visits a year."
    assert house_style("J’ai visité 60+ sites industriels.", "fr", "BE") == "J’ai visité plus de 60 sites industriels."
    assert house_style("130 km/h, 24/7, 1 200 €/mois.", "fr", "FR") == "130 km/h, 24/7, 1 200 €/mois."
    said = typeset("Un portefeuille de 9,4 M€ sur 35 km².", "fr", "FR", ())
    assert "9,4\u00a0M€" in said and "35\u00a0km²" in said


# Blind reviews 50–53.


def test_a_figures_unit_is_kept_when_a_proof_is_pointed_back_to() -> None:
    """Round 53 (a C): « …sur un entrepôt de 42 000. » lost its « m² » (a superscript is a digit
    to ``str.isdigit``)."""
    from lastimpression.core.compose.details import _figured

    said = _figured(
        "Chez Katoen Natie à Anvers, j’ai piloté le passage au WMS Manhattan sur un entrepôt de 42 000 m².", "fr"
    )
    assert said.endswith("42 000 m²"), said
    assert "380,000 ft²" in _figured("At Prologis I ran a 380,000 ft² cross-dock.", "en")


def test_a_number_in_a_name_stays_a_figure() -> None:
    """Round 51 (R17★): "the 2025 Gate two reform"."""
    from lastimpression.core.compose.spelling import house_style

    said = house_style("It replaced our spreadsheets for the 2025 Gate 2 reform.", "en", "GB")
    assert "Gate 2 reform" in said
    assert house_style("Terminal 2 has 6 gates.", "en", "GB") == "Terminal 2 has six gates."
    assert house_style("I managed 4 centres.", "en", "GB") == "I managed four centres."


@pytest.mark.parametrize(
    "topic",
    ["the hybrid pattern, three days a week in Warwick", "two days a week in the office",
     "deux jours par semaine au bureau", "l’horaire de 4 jours de 10 heures", "the compressed work week"],
)  # fmt: skip
def test_where_and_when_the_candidate_works_is_a_perk(topic: str) -> None:
    """Rounds 51–52 (C's, R08): a thank-you's and a LinkedIn note's hook on "the hybrid pattern,
    three days a week in Warwick" and on « l’horaire de 4 jours de 10 heures »."""
    from lastimpression.core.perks import is_perk

    assert is_perk(topic)


def test_a_topic_about_people_is_answered_only_by_its_head() -> None:
    """Round 52 (a C): « la rétention des caristes de soir » claimed for « j’ai coordonné 42
    caristes… »; « la charge de travail pendant la campagne sucrière » for « …en une campagne »."""
    topic = "la rétention des caristes de soir"
    assert not answers("Chez Metro à Laval, j’ai coordonné 42 caristes sur trois quarts de travail.", [topic])
    assert answers("J’ai réduit de 30 % le roulement des caristes grâce à un parcours d’intégration.", [topic])
    assert not answers(
        "À la coopérative Vivéa, j’ai fait passer 310 planteurs à la saisie sur smartphone en une campagne.",
        ["la charge de travail pendant la campagne sucrière"],
    )


def test_a_proper_name_in_a_french_role_keeps_its_capitals() -> None:
    """Round 52 (five C's, R17★): « USIC – Nouvel hôpital Civil »."""
    assert role_in_sentence("Infirmière en USIC – Nouvel Hôpital Civil", "fr") == (
        "infirmière en USIC – Nouvel Hôpital Civil"
    )
    assert role_in_sentence("Responsable Marketing Digital", "fr") == "responsable marketing digital"
    assert role_in_sentence("Développeur Java Senior", "fr") == "développeur Java senior"


def test_a_gerund_topic_takes_no_article() -> None:
    """Round 53: "about the keeping the programme on track", "about the planning heavy checks
    around the summer schedule"."""
    from lastimpression.core.compose.phrasing import topic_phrase

    assert topic_phrase("keeping the programme on track", "en") == "keeping the programme on track"
    assert topic_phrase("planning heavy checks around the summer schedule", "en") == (
        "planning heavy checks around the summer schedule"
    )
    assert topic_phrase("training plan", "en") == "the training plan"  # a noun compound keeps it


def test_a_kind_of_dismissal_is_no_answer_from_another_kind() -> None:
    """Round 50 (four C's): « les restructurations et licenciements collectifs » answered with
    « …dossiers de licenciement pour motif grave »."""
    topic = "les restructurations et licenciements collectifs"
    assert not answers("J’ai plaidé une quarantaine de dossiers de licenciement pour motif grave.", [topic])
    assert answers("J’ai conduit trois procédures de licenciement collectif en 2024.", [topic])
    # A participle only says when: « l’évaluation HAS prévue à l’automne » is still answered.
    assert answers("J’ai préparé l’évaluation HAS de l’EHPAD en 2024.", ["l’évaluation HAS prévue à l’automne"])


@pytest.mark.parametrize(
    ("name", "at"),
    [
        ("CMSEA – Comité Mosellan de Sauvegarde de l’Enfance", "au CMSEA – Comité Mosellan de Sauvegarde de l’Enfance"),
        ("UDAF – Union départementale des associations familiales",
         "à l’UDAF – Union départementale des associations familiales"),
        ("Beau-Rivage Palace", "au Beau-Rivage Palace"),
        ("AXA – Assurances", "à AXA – Assurances"),  # no initials: a brand and its trade
        ("Palace Group", "à Palace Group"),
    ],
)  # fmt: skip
def test_an_association_by_its_initials_and_a_palace_take_their_article(name: str, at: str) -> None:
    """Rounds 50 and 53 (nine B's): « chez CMSEA », « rejoindre Beau-Rivage Palace »."""
    assert company_forms(name).a == at


def test_an_english_titles_qualifier_goes_in_brackets() -> None:
    """Rounds 47 and 51: "the SHE Advisor – construction, Midlands region position", "my senior
    analyst, connections reform interview"."""
    assert role_in_sentence("SHE Advisor – construction, Midlands region", "en") == (
        "SHE Advisor (construction, Midlands region)"
    )
    assert role_in_sentence("Senior Analyst, Connections Reform", "en") == "Senior Analyst (Connections Reform)"
    assert role_in_sentence("Planner (CAF Class 197 fleet)", "en") == "Planner (CAF Class 197 fleet)"
    assert role_in_sentence("Data Engineer", "en") == "Data Engineer"


def test_a_public_body_takes_the_and_a_quality_is_the_candidates() -> None:
    """Round 51: "join National Energy System Operator (NESO)"; round 50: "tell you more about
    hands-on Kyriba and cash forecasting experience"; round 52: "(De 2022 à 2024)"."""
    from lastimpression.core.compose.details import offer_phrase, offer_topic
    from lastimpression.core.grammar import in_english_sentence

    assert in_english_sentence("National Energy System Operator (NESO)") == "the National Energy System Operator (NESO)"
    assert in_english_sentence("Environment Agency") == "the Environment Agency"
    assert in_english_sentence("National Grid") == "National Grid"
    assert offer_topic("hands-on Kyriba and cash forecasting experience", "en") == (
        "my hands-on Kyriba and cash forecasting experience"
    )
    assert (
        offer_phrase("hands-on Kyriba experience", "en")
        == "a short note on how I would put my hands-on Kyriba experience to use"
    )
    assert offer_topic("A clearer refund policy", "en") == "a clearer refund policy"
    assert first_person("De 2022 à 2024 : zéro accident sur les chantiers que j’ai supervisés.", "fr") == (
        "De 2022 à 2024, zéro accident sur les chantiers que j’ai supervisés."
    )


def test_an_english_title_in_a_french_message_is_quoted_as_typed() -> None:
    """Round 55 (five C's, R17★): « poste de front Office manager (FOM) »."""
    assert role_in_sentence("Front Office Manager (FOM)", "fr") == "Front Office Manager (FOM)"
    assert role_in_sentence("Product Manager", "fr") == "product manager"
    assert role_in_sentence("Sommelier Caviste", "fr") == "sommelier caviste"


def test_a_quality_offered_anywhere_in_the_phrase_is_the_candidates() -> None:
    """Round 54: "tell you more about hands-on experience of…", "a short outline of what I have in
    mind: strong relationships with…"."""
    from lastimpression.core.compose.details import offer_phrase

    assert offer_phrase("strong relationships with Gulf travel agencies", "en") == (
        "a short note on how I would put my strong relationships with Gulf travel agencies to use"
    )
    assert offer_phrase("A clearer refund policy for online orders", "en") == (
        "a short outline of a clearer refund policy for online orders"
    )


def test_a_way_of_working_is_brought_never_presented() -> None:
    """Round 55: « Je vous présenterais volontiers une gestion d’équipe de nuit rodée… »."""
    from lastimpression.core.compose.details import offer_phrase, plan_like

    assert not plan_like("une gestion d’équipe de nuit rodée et une vraie culture sécurité")
    assert plan_like("un plan d’accueil en 30 jours") and plan_like("une feuille de route en trois vagues")
    assert (
        offer_phrase("une gestion d’équipe de nuit rodée", "fr")
        == "comment j’apporterais une gestion d’équipe de nuit rodée"
    )
    assert offer_phrase("un plan d’accueil en 30 jours", "fr") == "un plan d’accueil en 30 jours"
    candidate = Candidate("Inès Collard", "i@example.be", "+32 470 12 34 56", "", "feminine",
                          ("En 2024, j’ai réduit de 40 % les incidents de chariots élévateurs.",))  # fmt: skip
    occasion = planned(
        Occasion("Van Moer Logistics", "chef d’équipe de nuit", "fr", "BE", date(2027, 3, 10),
                 contribution="une gestion d’équipe de nuit rodée et une vraie culture sécurité"),
        "Europe/Brussels",
    )  # fmt: skip
    person = Recipient(1, "Marie Piron", "m@example.be", "Responsable des opérations", "madame",
                       topics=("la sécurité autour des chariots",), main_contact=True)  # fmt: skip
    body = compose("thank_you", candidate, person, occasion, panel=[person]).body
    assert "présenterais volontiers une gestion" not in body, body


def test_the_candidates_workplace_is_theirs() -> None:
    """Round 54 (two C's): "I wrote the museum's first emergency salvage plan" in a message to a
    museum read as that museum's plan."""
    said = first_person("In March 2026 I wrote the museum's first emergency salvage plan.", "en")
    assert said == "In March 2026 I wrote my museum's first emergency salvage plan."
    named = "At the Peabody Essex Museum I raised the museum's loan income."
    assert first_person(named, "en") == named


def test_a_linkedin_topic_is_never_cut_inside_a_compound_noun() -> None:
    """Round 57 (three C's): « sur le pic de colis de fin (poste… », « sur le passage en
    horaires », « sur le parcours de formation des chefs »."""
    from lastimpression.core.compose.phrasing import topic_core

    assert topic_core("le pic de colis de fin d’année", "fr") == "le pic de colis de fin d’année"
    assert topic_core("le passage en horaires de 12 heures", "fr") == "le passage en horaires de 12 heures"
    assert topic_core("le parcours de formation des chefs d’équipe", "fr") == "le parcours de formation"
    assert topic_core("le délai de règlement des dossiers habitation", "fr") == "le délai de règlement"


def test_a_unit_keeps_what_it_measures_when_a_proof_is_pointed_back_to() -> None:
    """Round 56: « où j’ai conduit le chantier de renouvellement de 7 km. » (7 km of what?)."""
    from lastimpression.core.compose.details import _figured

    said = _figured("Chez Colas Martinique, j’ai conduit le renouvellement de 7 km de conduites au Lamentin.", "fr")
    assert said.endswith("7 km de conduites"), said
