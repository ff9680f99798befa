"""Blind reviews 58–59, issue 15 (17 C's): proofs given by panel order to someone their topic
does not concern while the one it answers came later in the panel ("sensory-friendly visits for
autistic children" and the low-sensory mornings; « les avis des clients » and the TrustYou
score); « le travail en deux pauses » tied to a result "en deux ans"; "I would draw on the ground
handlers" (people read as a means); « … et +18 %. » (a rate cut from what it measures); « Sur le
sujet dont j’ai parlé avec M. Dethier » read as the reader's own topic; « rejoindre les Hôpitaux
Universitaires de Strasbourg » for a nurse who works there; « (Saison d’hiver 2023-2024 à
Gstaad) » and a line with no verb."""

from __future__ import annotations

import re
from datetime import date

import pytest

from lastimpression.core.compose import compose
from lastimpression.core.compose.cvline import first_person
from lastimpression.core.compose.details import _figured, assign_proofs, firmly, on_staff, reference, ties
from lastimpression.core.grammar import agreed_role, in_english_sentence
from lastimpression.core.messages import Candidate, Occasion, Recipient
from lastimpression.core.perks import is_perk, is_schedule
from tests.core.compose.world import planned, with_main_contact


def test_a_proof_goes_to_the_one_whose_topic_it_concerns_whatever_the_panel_order() -> None:
    proofs = (
        "At EPIC The Irish Emigration Museum I designed a schools tour that 9,400 pupils took in 2025.",
        "I ran 60 relaxed, low-sensory mornings at the Hunt Museum in Limerick with the local autism support group.",
        "In 2024 I wrote 12 downloadable lesson plans for Junior Cycle history, now used by over 300 schools.",
    )
    topics = [
        (),
        ("object handling sessions with original collections",),
        ("the Transition Year programme for schools outside Dublin", "the team's weekend rota"),
        ("sensory-friendly visits for autistic children and their families",),
        ("online learning resources for teachers",),
        (),
    ]
    chosen = [proof.sentence for proof, _ in assign_proofs(proofs, topics, "en")]
    assert "schools tour" in chosen[2], chosen
    assert "low-sensory" in chosen[3], chosen
    assert "lesson plans" in chosen[4], chosen
    assert "low-sensory" not in chosen[1], chosen


def test_guests_reviews_get_the_review_score_not_the_loyalty_programme() -> None:
    proofs = (
        "Au Baur au Lac à Zurich, j'ai fait passer la note TrustYou de la réception de 89 à 94 en 18 mois.",
        "J'ai lancé en 2025 un programme de reconnaissance des habitués : 1 200 profils clients enrichis dans Opera Cloud.",
    )
    topics = [
        ("les avis des clients sur les plateformes en ligne",),
        ("la fidélisation de la clientèle récurrente", "le passage à Opera Cloud"),
    ]
    (first, _), (second, _) = assign_proofs(proofs, topics, "fr")
    assert "TrustYou" in first.sentence and "habitués" in second.sentence


@pytest.mark.parametrize(
    ("proof", "topic"),
    [
        ("Aux Serres Lefort, j'ai réduit de 60 % les pesticides en introduisant Encarsia.", "la lutte intégrée contre les ravageurs"),
        (
            "En 2024, à l'hôpital Pasteur de Colmar, j'ai mis en place une check-list de transmission qui a réduit de 30 % "
            "les oublis signalés.",
            "la sécurité des patients au changement d'équipe",
        ),
        ("J'ai formé 14 infirmiers nouvellement arrivés à la surveillance hémodynamique.", "l'intégration des nouveaux arrivants"),
        ("J'ai porté les ventes de surclassements de 41 000 CHF à 118 000 CHF en 2025.", "l'upselling à l'arrivée"),
    ],
)  # fmt: skip
def test_a_proof_said_in_other_words_answers_a_french_topic(proof: str, topic: str) -> None:
    assert ties(proof, [topic]) and firmly(proof, topic)


def test_numbers_in_words_tie_nothing() -> None:
    proof = (
        "Chez DHL Supply Chain à Willebroek, j'ai réorganisé les allées de préparation : -40 % d'accidents de travail "
        "et +18 % de lignes préparées par heure en deux ans."
    )
    assert not ties(proof, ["le travail en deux pauses (6 h – 14 h / 14 h – 22 h)"])
    # Pointed back to, the rate keeps what it measures.
    assert _figured(proof, "fr").endswith("+18 % de lignes préparées par heure"), _figured(proof, "fr")


def test_people_worked_with_are_never_the_means_pointed_back_to() -> None:
    phrase, _ = reference(
        "I reduced apron FOD incidents by 35% in 2025 by introducing daily FOD walks with the ground handlers.", "en"
    )
    assert "ground handlers" not in phrase
    phrase, _ = reference("At Tesco I cut waste by 12% using a markdown pricing pilot.", "en")
    assert phrase == "a markdown pricing pilot at Tesco"


def test_a_colleagues_topic_is_named_before_the_experience_that_says_its_words() -> None:
    candidate = Candidate(
        "Julie Lemaire", "j@example.be", "+32 475 63 18 90", "", "feminine",
        ("Chez DHL Supply Chain à Willebroek, j'ai réorganisé les allées de préparation : -40 % d'accidents de travail "
         "et +18 % de lignes préparées par heure en deux ans.",
         "En 2024, j'ai encadré 55 intérimaires pendant le pic de fin d'année, avec un taux de service de 99,2 %."),
    )  # fmt: skip
    occasion = planned(Occasion("Kuehne+Nagel Belgium", "responsable d'entrepôt", "fr", "BE", date(2027, 5, 5)))
    people = with_main_contact(
        [Recipient(1, "Marc Dethier", "m@kn.example", "directeur de site", "monsieur",
                   topics=("la productivité en préparation de commandes", "la gestion des pics saisonniers")),
         Recipient(2, "Véronique Gillet", "v@kn.example", "conseillère en prévention", "madame",
                   topics=("la sécurité des caristes",)),
         Recipient(3, "Sophie Lambert", "s@kn.example", "HR business partner", "madame",
                   topics=("le travail en deux pauses (6 h – 14 h / 14 h – 22 h)",))]
    )  # fmt: skip
    for person in people:
        body = " ".join(compose("thank_you", candidate, person, occasion, panel=people).body.split())
        assert "Sur le sujet dont" not in body, body
        assert not body.count("et +18 %.") and "+18 %)" not in body.replace("par heure)", ""), body


@pytest.mark.parametrize(
    ("company", "points", "staff"),
    [
        ("Hôpitaux Universitaires de Strasbourg", ("Aux HUS depuis 2021, je suis infirmière en réanimation.",), True),
        ("Aviva", ("Since 2022 at Aviva I have led the claims triage team.",), True),
        ("Aviva", ("At Aviva I led the claims triage team from 2018 to 2020.",), False),
        ("Hôpitaux Universitaires de Strasbourg", ("Au CHU de Nancy depuis 2021, je suis infirmière.",), False),
        ("", ("Depuis 2021, je suis infirmière.",), False),
    ],
)
def test_a_candidate_on_the_companys_staff_is_told_apart(company: str, points: tuple[str, ...], staff: bool) -> None:
    assert on_staff(company, points) is staff


def test_a_candidate_on_staff_wishes_to_join_the_team_not_the_company() -> None:
    candidate = Candidate(
        "Claire Muller", "c@example.fr", "+33 6 12 34 56 78", "", "feminine",
        ("Aux HUS depuis 2021, je suis infirmière en réanimation médicale sur une unité de 12 lits.",
         "En 2024, à l'hôpital Pasteur de Colmar, j'ai mis en place une check-list de transmission qui a réduit de "
         "30 % les oublis signalés."),
    )  # fmt: skip
    occasion = planned(
        Occasion("Hôpitaux Universitaires de Strasbourg", "infirmière", "fr", "FR", date(2027, 3, 2), subdivision="6AE")
    )
    people = with_main_contact(
        [Recipient(1, "Julien Koenig", "j@chru.example", "Chargé de recrutement", "monsieur"),
         Recipient(2, "Martine Heitz", "m@chru.example", "Cadre de santé", "madame",
                   topics=("les transmissions entre équipes de jour et de nuit",))]
    )  # fmt: skip
    for variant in range(1, 7):
        for person in people:
            body = " ".join(
                compose("thank_you", candidate, person, occasion, panel=people, variant=variant).body.split()
            )
            assert "rejoindre les Hôpitaux" not in body and "rejoindre l’Hôpital" not in body, body


@pytest.mark.parametrize(
    ("line", "language", "said"),
    [
        (
            "Saison 2024 à Mirabel : 3 200 m² de tomates et 11 saisonniers sous ma supervision.",
            "fr",
            "Pendant la saison 2024 à Mirabel, j’ai eu 3 200 m² de tomates et 11 saisonniers sous ma supervision.",
        ),
        (
            "Été 2023 à Biarritz : 40 moniteurs sous ma responsabilité.",
            "fr",
            "Pendant l’été 2023 à Biarritz, j’ai eu 40 moniteurs sous ma responsabilité.",
        ),
        (
            "Summer 2024 at Alton Towers: a team of 30 ride operators under my supervision.",
            "en",
            "In summer 2024 at Alton Towers, I had a team of 30 ride operators under my supervision.",
        ),
        (
            "Saison d’hiver 2023-2024 à Gstaad : une équipe de 14 concierges et réceptionnistes, en quatre langues.",
            "fr",
            "Une équipe de 14 concierges et réceptionnistes, en quatre langues (saison d’hiver 2023-2024 à Gstaad).",
        ),
    ],
)
def test_a_season_label_opens_the_sentence_or_is_said_in_lower_case(line: str, language: str, said: str) -> None:
    assert first_person(line, language) == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "Depuis 2023, je suis référente de la check-list HAS au bloc : taux de complétude passé de 82 % à 97 %.",
            "Depuis 2023, je suis référente de la check-list HAS au bloc, et le taux de complétude est passé de 82 % "
            "à 97 %.",
        ),
        (
            "J’ai refondu le circuit des réclamations : délais ramenés de 14 à 6 jours.",
            "J’ai refondu le circuit des réclamations, et les délais ont été ramenés de 14 à 6 jours.",
        ),
        ("J’ai piloté le projet : voir le rapport.", "J’ai piloté le projet : voir le rapport."),
    ],
)
def test_a_result_after_a_colon_gets_its_verb(line: str, said: str) -> None:
    assert first_person(line, "fr") == said


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Field Museum", "the Field Museum"),
        ("British Library", "the British Library"),
        ("Madame Tussaud's Museum", "Madame Tussaud's Museum"),
        ("The Field Museum", "The Field Museum"),
        ("Simon Fraser University", "Simon Fraser University"),
    ],
)
def test_a_museum_takes_the_in_an_english_sentence(name: str, said: str) -> None:
    assert in_english_sentence(name) == said


@pytest.mark.parametrize(
    ("topic", "schedule"),
    [
        ("the team's weekend rota", True),
        ("the 4-on/4-off rota", True),
        ("les horaires en rotation du week-end", True),
        ("le travail en deux pauses (6 h – 14 h / 14 h – 22 h)", True),
        ("les horaires des lignes de l’Est", False),
        ("le roulement des caristes", False),
        ("online learning resources for teachers", False),
    ],
)
def test_working_time_is_told_apart(topic: str, schedule: bool) -> None:
    assert is_schedule(topic) is schedule


def test_a_note_to_someone_with_nothing_recorded_never_hooks_on_a_colleagues_rota() -> None:
    candidate = Candidate(
        "Aoife Brennan", "a@example.ie", "+353 87 555 0101", "", "feminine",
        ("At EPIC The Irish Emigration Museum I designed a schools tour that 9,400 pupils took in 2025.",),
    )  # fmt: skip
    occasion = planned(
        Occasion("National Museum of Ireland", "Education & Outreach Officer", "en", "IE", date(2027, 10, 22))
    )
    people = with_main_contact(
        [Recipient(1, "Siobhán Daly", "s@nmi.example", "HR Officer", "madame"),
         Recipient(2, "Niamh Kavanagh", "n@nmi.example", "Head of Education", "madame",
                   topics=("the Transition Year programme for schools outside Dublin", "the team's weekend rota")),
         Recipient(3, "Róisín Byrne", "r@nmi.example", "Digital Engagement Manager", "madame",
                   topics=("online learning resources for teachers",)),
         Recipient(4, "Tom Reilly", "t@nmi.example", "Visitor Services Manager", "monsieur")]
    )  # fmt: skip
    for person in (people[0], people[3]):
        note = compose("linkedin", candidate, person, occasion, panel=people).body
        assert "rota" not in note, note


def test_a_notes_topic_brackets_never_stand_against_the_roles() -> None:
    candidate = Candidate("Julie Lemaire", "j@example.be", "+32 475 63 18 90", "", "feminine")
    occasion = planned(Occasion("Kuehne+Nagel Belgium", "responsable d'entrepôt", "fr", "BE", date(2027, 5, 5)))
    person = Recipient(1, "Sophie Lambert", "s@kn.example", "HR business partner", "madame",
                       topics=("le travail en deux pauses (6 h – 14 h / 14 h – 22 h)",), main_contact=True)  # fmt: skip
    note = compose("linkedin", candidate, person, occasion, panel=[person]).body
    assert ") (" not in note, note


def test_a_reliability_topic_is_never_answered_by_a_headcount() -> None:
    """Round 60 (two C's): « la fiabilité des préparations » and « j’ai encadré 24 préparateurs »."""
    headcount = "Chez Colruyt à Ghislenghien, j’ai encadré 24 préparateurs de commandes en équipe de nuit."
    errors = "J’ai fait passer le taux d’erreurs de préparation de 0,8 % à 0,2 % en un an grâce au contrôle par pesée."
    assert not firmly(headcount, "la fiabilité des préparations")
    (first, _), _ = assign_proofs((headcount, errors), [("la fiabilité des préparations",), ()], "fr")
    assert first.sentence == errors, first


def test_a_result_is_claimed_only_for_a_proof_that_measures_one() -> None:
    candidate = Candidate(
        "Jade Roy", "j@example.ca", "+1 514 555 0101", "", "feminine",
        ("J’ai monté un tableau de bord Airtable qui suivait les kilos récoltés par variété de tomate.",),
    )  # fmt: skip
    occasion = planned(
        Occasion("Les Fermes Lufa", "responsable des cultures", "fr", "CA", date(2027, 6, 8), subdivision="QC")
    )
    people = with_main_contact(
        [Recipient(1, "Sarah Gagnon", "s@lufa.example", "Conseillère en acquisition de talents", "madame"),
         Recipient(2, "Mathieu Roy", "m@lufa.example", "Directeur des serres", "monsieur",
                   topics=("le suivi des kilos récoltés par variété",)),
         Recipient(3, "Chloé Tremblay", "c@lufa.example", "Agronome", "madame"),
         Recipient(4, "Kevin Nguyen", "k@lufa.example", "Chef d’équipe", "monsieur")]
    )  # fmt: skip
    for variant in range(1, 7):
        for person in people:
            body = compose("thank_you", candidate, person, occasion, panel=people, variant=variant).body
            assert "résultat" not in body, body


def test_a_year_in_brackets_is_no_count() -> None:
    from lastimpression.core.compose.details import as_sentence

    said = as_sentence("As site engineer I got the slab poured two weeks ahead of programme (2024, Kilkenny).")
    assert "in all" not in said and said.endswith("(2024, Kilkenny).")
    assert as_sentence("I led the night team (25 people).") == "I led the night team, 25 people in all."


def test_a_noun_joined_to_another_is_never_pointed_back_to_alone() -> None:
    phrase, _ = reference("I wrote the courier and condition-report checklist for the 2025 touring show.", "en")
    assert "courier" not in phrase
    phrase, _ = reference("I ran the warehouse audit and cut stock losses by 20%.", "en")
    assert phrase == "the warehouse audit I ran"


def test_a_follow_up_never_links_a_proof_to_a_topic_by_one_word() -> None:
    """Round 60 (a C): « Notre échange sur le dialogue avec les communes des Hauts m’a donné envie
    de vous en dire davantage… J’ai rédigé le volet photovoltaïque du PCAET de cinq communes »."""
    candidate = Candidate(
        "Marie Hoarau", "m@example.re", "+262 692 11 22 33", "", "feminine",
        ("J’ai rédigé le volet photovoltaïque du plan climat de cinq communes de l’Ouest en 2024.",),
    )  # fmt: skip
    occasion = planned(Occasion("Région Réunion", "chargée de mission énergie", "fr", "FR", date(2027, 12, 14), subdivision="974"),
                       "Indian/Reunion")  # fmt: skip
    person = Recipient(1, "Marie-Claude Payet", "p@region.example", "Directrice de l’énergie", "madame",
                       topics=("le dialogue avec les communes des Hauts",), main_contact=True)  # fmt: skip
    body = " ".join(compose("follow_up", candidate, person, occasion, panel=[person]).body.split())
    assert "communes des Hauts m’est resté en tête :" not in body, body
    assert "m’a donné envie de vous en dire davantage" not in body, body


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "Planned CityJet's first A320neo engine borescope campaign, 31 engines in six weeks (2023).",
            "I planned CityJet's first A320neo engine borescope campaign, 31 engines in six weeks (2023).",
        ),
        (
            "Part-66 B1.1 licence holder; I mentored five apprentices through their modules.",
            "As a Part-66 B1.1 licence holder, I mentored five apprentices through their modules.",
        ),
        ("EASA licence holder: I signed 900 releases.", "As an EASA licence holder, I signed 900 releases."),
        (
            "ASL Airlines Ireland: my shift handover sheet cut repeat defects by 22%.",
            "At ASL Airlines Ireland, my shift handover sheet cut repeat defects by 22%.",
        ),
        ("United Way campaign led by me", "United Way campaign led by me"),
    ],
)
def test_more_english_cv_lines_get_their_subject(line: str, said: str) -> None:
    assert first_person(line, "en") == said


def test_two_counted_nouns_stay_together_when_pointed_back_to() -> None:
    """Round 62 (a C): « une équipe de 38 caristes » for « 38 caristes et préparateurs »."""
    said = _figured("Chez Geodis à Bonneuil, j’ai piloté une équipe de 38 caristes et préparateurs sur 2 pauses.", "fr")
    assert said.endswith("38 caristes et préparateurs"), said


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Art Institute of Chicago", "the Art Institute of Chicago"),
        ("Massachusetts Institute of Technology", "the Massachusetts Institute of Technology"),
        ("Bank of America", "Bank of America"),
        ("Bank of Montreal", "the Bank of Montreal"),
    ],
)
def test_an_institute_of_takes_the(name: str, said: str) -> None:
    assert in_english_sentence(name) == said


def test_a_title_in_single_quotes_is_quoted_the_american_way_in_a_us_letter() -> None:
    from lastimpression.core.compose.typography import typeset

    text = "I wrote the checklist for 'Frank Lloyd Wright at Home' with the team's registrars."
    assert "“Frank Lloyd Wright at Home”" in typeset(text, "en", "US")
    assert "the team's" in typeset(text, "en", "US")
    assert "'Frank Lloyd Wright at Home'" in typeset(text, "en", "GB")


def test_two_joined_english_topics_take_their_first_ones_article() -> None:
    from lastimpression.core.compose.phrasing import topic_phrase

    assert topic_phrase("tooling control and the AMOS maintenance system", "en").startswith("tooling control")


def test_a_note_keeps_the_role_and_a_shorter_hook_rather_than_the_company() -> None:
    """Round 60 (three B's, R29): « J’ai apprécié notre échange du 14 mai sur la coordination
    entre les étages et la réception au Beau-Rivage Palace » named no role."""
    candidate = Candidate("Léa Rochat", "l@example.ch", "+41 79 518 22 64", "", "feminine")
    occasion = planned(
        Occasion(
            "Beau-Rivage Palace",
            "sous-directeur·rice de l'hébergement",
            "fr",
            "CH",
            date(2027, 5, 14),
            subdivision="VD",
        )
    )
    people = with_main_contact(
        [Recipient(1, "Nadia Benslimane", "n@brp.example", "Responsable RH", "madame",
                   topics=("les horaires en coupure",)),
         Recipient(2, "Philippe Gaudin", "p@brp.example", "Directeur général", "monsieur",
                   topics=("le repositionnement de l’hôtel face aux palaces genevois",)),
         Recipient(3, "Mirela Kovač", "m@brp.example", "Gouvernante générale", "madame",
                   topics=("la coordination entre les étages et la réception",))]
    )  # fmt: skip
    for person in people:
        note = compose("linkedin", candidate, person, occasion, panel=people).body
        assert "poste" in note, note


@pytest.mark.parametrize(
    ("role", "agreement", "said"),
    [
        ("chef(fe) d’équipe production", "feminine", "cheffe d’équipe production"),
        ("chef·fe de projet", "masculine", "chef de projet"),
        ("directeur·rice des opérations", "feminine", "directrice des opérations"),
        ("conseiller·ère clientèle", "feminine", "conseillère clientèle"),
        ("Ingénieur(e) data", "feminine", "Ingénieure data"),
        ("assistant·e de direction", "neutral", "assistant·e de direction"),
        ("Responsable RH (H/F)", "feminine", "Responsable RH (H/F)"),
    ],
)
def test_an_inclusive_role_is_said_in_the_candidates_gender(role: str, agreement: str, said: str) -> None:
    assert agreed_role(role, agreement) == said


def test_no_message_of_a_woman_says_chef_fe() -> None:
    candidate = Candidate("Alex Roy", "a@example.ca", "+1 514 555 0187", "", "feminine")
    occasion = planned(
        Occasion("Les Fermes Lufa", "chef(fe) d'équipe production", "fr", "CA", date(2027, 6, 23), subdivision="QC")
    )
    person = Recipient(1, "Émilie Ouellet", "e@lufa.example", "Conseillère RH", "madame", main_contact=True)
    for kind in ("thank_you", "follow_up", "linkedin"):
        draft = compose(kind, candidate, person, occasion, panel=[person])
        text = f"{draft.subject}\n{draft.body}"
        assert "(fe)" not in text and "Merci – chef," not in text, text
        assert "cheffe d’équipe production" in text, text


def test_a_certificate_holder_since_a_year_holds_it() -> None:
    said = first_person("FAA A&P certificate holder since 2016, with more than 2,000 line tasks signed off.", "en")
    assert said == "I have held an FAA A&P certificate since 2016, with more than 2,000 line tasks signed off."


@pytest.mark.parametrize(
    ("role", "said"),
    [
        ("Maintenance Planner, line maintenance (A&P required)", "Maintenance Planner (line maintenance)"),
        (
            "Collections Care Officer (textiles), Collins Barracks",
            "Collections Care Officer (textiles, Collins Barracks)",
        ),
        ("Nurse (RN required)", "Nurse"),
        ("SHE Advisor (Midlands)", "SHE Advisor (Midlands)"),
    ],
)
def test_an_english_title_drops_a_requirement_and_keeps_one_pair_of_brackets(role: str, said: str) -> None:
    from lastimpression.core.grammar import role_in_sentence

    assert role_in_sentence(role, "en") == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "À la SNCB, atelier de Forest : pilotage du plan de fiabilisation des bogies des AM96, avec 22 % "
            "d’immobilisations imprévues en moins.",
            "À la SNCB, atelier de Forest, j’ai piloté le plan de fiabilisation des bogies des AM96, avec 22 % "
            "d’immobilisations imprévues en moins.",
        ),
        (
            "En 2024, migration de 14 000 ordres de travail vers SAP PM sans arrêt de production.",
            "En 2024, j’ai mené la migration de 14 000 ordres de travail vers SAP PM sans arrêt de production.",
        ),
        ("En 2024, Lyon.", "En 2024, Lyon."),
    ],
)
def test_a_french_line_after_a_place_or_a_date_gets_its_verb(line: str, said: str) -> None:
    assert first_person(line, "fr") == said


@pytest.mark.parametrize(
    ("name", "chez"), [("STIB-MIVB", "chez la STIB-MIVB"), ("TEC", "chez les TEC"), ("Coca-Cola", "chez Coca-Cola")]
)
def test_a_bilingual_acronym_takes_its_first_halfs_article(name: str, chez: str) -> None:
    from lastimpression.core.grammar import company_forms

    assert company_forms(name).chez == chez


def test_a_thesis_is_never_called_direct_experience() -> None:
    from lastimpression.core.compose.details import unclaimed

    proof = "En 2023, à Polytechnique Montréal, ma maîtrise portait sur la durée de vie des disjoncteurs SF6."
    text = unclaimed(f"Sur le remplacement des disjoncteurs d’ici 2032, j’ai une expérience directe. {proof}", proof)
    assert "expérience directe" not in text and "approfondi" in text


def test_a_bare_count_whose_noun_was_cut_goes_with_it() -> None:
    said = _figured(
        "At Barnardo's Cork I recruited and assessed 14 new foster families in 2025, and 12 of them are still fostering.",
        "en",
    )
    assert not said.rstrip(".").endswith("12"), said
    assert "14 new foster families" in said


def test_an_english_note_never_reads_as_closing_the_position() -> None:
    """Round 64: "about closing the month and the treasury manager (cash and liquidity) position"."""
    candidate = Candidate("Morgan Ellis", "m@example.co.uk", "+44 7700 900143", "", "neutral")
    occasion = planned(
        Occasion("Scottish Water", "treasury manager (cash and liquidity)", "en", "GB", date(2027, 2, 10))
    )
    people = with_main_contact(
        [Recipient(1, "Aileen Murray", "a@sw.example", "Talent Partner", "madame",
                   topics=("funding headroom for the capital programme",)),
         Recipient(2, "David Ross", "d@sw.example", "Financial Controller", "monsieur",
                   topics=("closing the month in five working days",))]
    )  # fmt: skip
    for person in people:
        note = compose("linkedin", candidate, person, occasion, panel=people).body
        assert not re.search(r"days? and the treasury manager", note), note
        assert "treasury manager" in note, note


@pytest.mark.parametrize(
    ("proof", "said"),
    [
        (
            "At Oncor I ran the vegetation analytics program covering 9,000 miles of distribution lines.",
            "the vegetation analytics program I ran at Oncor",
        ),
        ("At PCL Constructors I rebuilt the rolling 26-week cash model covering $1.4B of active projects.", ""),
        ("I trained the new team 3 times a week.", "the new team I trained"),
    ],
)
def test_a_proof_pointed_back_to_keeps_a_whole_noun_phrase(proof: str, said: str) -> None:
    """Round 66 (two C's): "the vegetation analytics program covering I ran", "the rolling I rebuilt"."""
    assert reference(proof, "en")[0] == said


def test_pay_applications_are_a_contractors_billing_not_pay() -> None:
    assert not is_perk("retainage and pay applications on large jobs")
    assert is_perk("the pay review")


def test_a_treasury_management_system_is_answered_by_the_kyriba_rollout() -> None:
    proof = "In 2025, I led the Kyriba rollout for 14 bank accounts at two banks."
    assert firmly(proof, "the move to a new treasury management system")


@pytest.mark.parametrize(
    ("proof", "language", "end"),
    [
        (
            "Chez la Chambre d’agriculture, j’ai accompagné 38 entreprises agricoles dans leur PAA entre 2022 et 2026.",
            "fr",
            "entre 2022 et 2026",
        ),
        (
            "At American Airlines DFW I led the night shift maintenance control team, returning an average of 22 "
            "aircraft to service per night.",
            "en",
            "22 aircraft to service per night",
        ),
    ],
)
def test_a_proof_pointed_back_to_keeps_its_range_and_its_rate(proof: str, language: str, end: str) -> None:
    """Round 68 (two C's): « … dans leur PAA entre 2022. », "…returning an average of 22 aircraft."."""
    assert _figured(proof, language).endswith(end), _figured(proof, language)


def test_a_notes_hook_is_never_cut_to_one_term_of_entre() -> None:
    from lastimpression.core.compose.composer import _head_and_complement

    assert _head_and_complement("la coordination entre la conciergerie et la réception", "fr") == ""


def test_a_candidate_on_staff_who_says_what_she_can_bring_still_joins_the_team() -> None:
    """The wish before "what I can bring" ("bring_sentence") names the same as the templates."""
    candidate = Candidate(
        "Claire Muller", "c@example.fr", "+33 6 12 34 56 78", "", "feminine",
        ("Aux HUS depuis 2021, je suis infirmière en réanimation médicale sur une unité de 12 lits.",),
    )  # fmt: skip
    occasion = planned(
        Occasion("Hôpitaux Universitaires de Strasbourg", "infirmière", "fr", "FR", date(2027, 3, 2), subdivision="6AE",
                 contribution="Je peux former les nouvelles recrues à la surveillance des patients sous ECMO.")
    )  # fmt: skip
    person = Recipient(1, "Julien Koenig", "j@chru.example", "Chargé de recrutement", "monsieur", main_contact=True)
    for variant in range(1, 7):
        body = " ".join(compose("thank_you", candidate, person, occasion, panel=[person], variant=variant).body.split())
        assert "rejoindre les Hôpitaux" not in body and "projets des Hôpitaux" not in body, body
