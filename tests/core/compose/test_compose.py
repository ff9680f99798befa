"""What a recruiter reads: the promise, agreement, register, typography, subjects, panels, notes."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from difflib import SequenceMatcher
from itertools import combinations
from typing import Any

import pytest

from lastimpression.core.compose import compose, linkedin_length, variants
from lastimpression.core.compose.typography import NARROW_NBSP, NBSP
from lastimpression.core.messages import KINDS, Candidate, Occasion, Recipient

CAMILLE = Candidate(
    "Camille Durand", "camille@example.org", "+33 6 12 34 56 78", "https://www.linkedin.com/in/camille-d", "feminine"
)
CLAIRE = Recipient(1, "Claire Martin", salutation="madame")
JULIEN = Recipient(
    2, "Julien Moreau", salutation="monsieur", register="tu",
    topics=("la migration de l'entrepôt vers PostgreSQL", "les tests de bout en bout"),
)  # fmt: skip
NADIA = Recipient(3, "Nadia Benali", salutation="madame", topics=("le passage à Kubernetes",))
LYON = Occasion(
    "Lumière Analytique", "Ingénieure data", "fr", "FR", date(2027, 3, 11),
    decision_by=date(2027, 3, 25), promise_date=date(2027, 3, 30),
)  # fmt: skip
MONTREAL = Occasion(
    "Northwind Labs", "Data Engineer", "en", "CA", date(2027, 6, 23), subdivision="QC", promise_date=date(2027, 7, 6)
)
VOUS_WORDS = re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE)


def as_candidate(agreement: str) -> Candidate:
    return Candidate("Camille Durand", "camille@example.org", "+33 6 12 34 56 78", "", agreement)


def with_occasion(occasion: Occasion, **changes: Any) -> Occasion:
    return replace(occasion, **changes)


@pytest.mark.parametrize("variant", [1, 2, 3, 4])
def test_thank_you_promise_cites_the_recruiters_date_then_the_plans_date_in_words(variant: int) -> None:
    body = compose("thank_you", CAMILLE, CLAIRE, LYON, variant=variant).body
    assert "jeudi 25 mars" in body
    assert "vous recontacter le mardi 30 mars" in body


def test_the_canonical_promise_sentence() -> None:
    body = compose("thank_you", CAMILLE, CLAIRE, LYON, variant=1).body
    expected = (
        f"La décision est prévue d’ici le jeudi 25 mars{NARROW_NBSP}; sans nouvelles de votre part, "
        "je me permettrai de vous recontacter le mardi 30 mars."
    )
    assert expected in body


def test_promise_without_a_decision_date_still_names_the_plans_date() -> None:
    body = compose("thank_you", CAMILLE, CLAIRE, with_occasion(LYON, decision_by=None), variant=1).body
    assert "Sans nouvelles de votre part, je me permettrai de vous recontacter le mardi 30 mars." in body
    assert "décision" not in body


def test_english_promise_writes_the_date_the_american_way_in_canada() -> None:
    body = compose("thank_you", CAMILLE, CLAIRE, MONTREAL, variant=1).body
    assert "Unless I hear from you sooner, I will follow up on Tuesday, July 6." in body


def test_a_promise_on_the_first_of_the_month_says_1er() -> None:
    body = compose(
        "thank_you", CAMILLE, CLAIRE, with_occasion(LYON, decision_by=None, promise_date=date(2027, 4, 1))
    ).body
    assert "le jeudi 1er avril" in body


def test_a_thank_you_without_a_promise_date_is_refused() -> None:
    with pytest.raises(ValueError, match="promise_date"):
        compose("thank_you", CAMILLE, CLAIRE, with_occasion(LYON, promise_date=None))


# Variant 2 says the wish with no agreement ("J’aimerais vraiment rejoindre…").
@pytest.mark.parametrize("variant", [1, 3, 4, 5])
@pytest.mark.parametrize("recipient", [CLAIRE, JULIEN, NADIA], ids=["vous", "tu", "vous-topic"])
def test_agreement_follows_the_candidates_form(variant: int, recipient: Recipient) -> None:
    feminine = compose("thank_you", as_candidate("feminine"), recipient, LYON, variant=variant).body
    masculine = compose("thank_you", as_candidate("masculine"), recipient, LYON, variant=variant).body
    neutral = compose("thank_you", as_candidate("neutral"), recipient, LYON, variant=variant).body
    agreeing = r"\b(reçue?|ravie?|intéressée?|motivée?|convaincue?|heureux|heureuse|informée?)\b"
    assert all(word.endswith("e") or word == "heureuse" for word in re.findall(agreeing, feminine))
    assert not any(
        word.endswith("ée") or word in ("reçue", "ravie", "heureuse") for word in re.findall(agreeing, masculine)
    )
    assert re.findall(agreeing, feminine), "the feminine form shows an agreement"
    assert not re.findall(agreeing, neutral)
    assert "(e)" not in neutral and "·" not in neutral


def test_feminine_onsite_thank_you_says_recue_and_masculine_says_recu() -> None:
    assert "m’avoir reçue le" in compose("thank_you", as_candidate("feminine"), CLAIRE, LYON, variant=1).body
    assert "m’avoir reçu le" in compose("thank_you", as_candidate("masculine"), CLAIRE, LYON, variant=1).body
    neutral = compose("thank_you", as_candidate("neutral"), CLAIRE, LYON, variant=1).body
    assert "reçu" not in neutral
    assert "Je vous remercie pour notre entretien du jeudi 11 mars" in neutral


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("agreement", ["feminine", "masculine", "neutral"])
def test_tu_messages_never_say_vous(kind: str, agreement: str) -> None:
    for variant in variants(kind, "fr"):
        body = compose(kind, as_candidate(agreement), JULIEN, LYON, variant=variant).body
        assert not VOUS_WORDS.search(body), body
        assert body.startswith("Bonjour Julien,\n")
        if kind == "thank_you":
            assert re.search(r"\b(te|toi|ton|ta|tes|tu)\b", body)


@pytest.mark.parametrize("kind", KINDS)
def test_vous_messages_never_say_tu(kind: str) -> None:
    for variant in variants(kind, "fr"):
        body = compose(kind, CAMILLE, CLAIRE, LYON, variant=variant).body
        assert not re.search(r"\b(tu|te|t’|toi|ton|ta|tes)\b", body), body


def test_french_typography_in_france_puts_a_narrow_no_break_space_before_semicolons_and_question_marks() -> None:
    thank_you = compose("thank_you", CAMILLE, CLAIRE, LYON, variant=1).body
    follow_up = compose("follow_up", CAMILLE, CLAIRE, LYON, variant=1).body
    assert f"mars{NARROW_NBSP}; sans" in thank_you
    assert f"sélection{NARROW_NBSP}?" in follow_up
    assert " ;" not in thank_you and " ?" not in follow_up and "'" not in thank_you


def test_quebec_typography_has_no_space_before_semicolons_and_question_marks() -> None:
    montreal_fr = with_occasion(LYON, country="CA", subdivision="QC")
    thank_you = compose("thank_you", CAMILLE, CLAIRE, montreal_fr, variant=1).body
    follow_up = compose("follow_up", CAMILLE, CLAIRE, montreal_fr, variant=1).body
    assert "mars; sans" in thank_you
    assert "sélection?" in follow_up
    assert NARROW_NBSP not in thank_you + follow_up
    with_proof = replace(CAMILLE, proof_points=("J’ai migré 40 services vers Kubernetes en six mois.",))
    assert f"{NBSP}:" in compose("thank_you", with_proof, NADIA, montreal_fr, variant=3).body


def test_quebec_vocabulary_says_entrevue() -> None:
    draft = compose("thank_you", CAMILLE, CLAIRE, with_occasion(LYON, country="CA"), variant=2)
    assert draft.subject == "Merci – Ingénieure data, entrevue du 11 mars"
    assert "entrevue" in draft.body and "entretien" not in draft.body
    assert draft.body.startswith("Madame,\n")


@pytest.mark.parametrize(
    ("kind", "occasion", "expected"),
    [
        # CRAFT R12: the type of message, the role and the date.
        ("thank_you", LYON, "Merci – Ingénieure data, entretien du 11 mars"),
        ("follow_up", LYON, "Re: Merci – Ingénieure data, entretien du 11 mars"),
        ("follow_up_2", LYON, "Re: Merci – Ingénieure data, entretien du 11 mars"),
        ("linkedin", LYON, ""),
        ("thank_you", MONTREAL, "Thank you – Data Engineer interview, June 23"),
        ("follow_up", MONTREAL, "Re: Thank you – Data Engineer interview, June 23"),
    ],
)
def test_subjects(kind: str, occasion: Occasion, expected: str) -> None:
    assert compose(kind, CAMILLE, CLAIRE, occasion).subject == expected


def test_formal_closing_option() -> None:
    body = compose("thank_you", CAMILLE, CLAIRE, LYON, formal_closing=True).body
    assert body.startswith("Madame,\n")
    assert "\nJe vous prie d’agréer, Madame, mes salutations distinguées.\nCamille Durand\n" in body


def test_signature_has_name_phone_and_linkedin() -> None:
    body = compose("thank_you", CAMILLE, CLAIRE, LYON).body
    assert body.endswith("Bien cordialement,\nCamille Durand\n+33 6 12 34 56 78\nhttps://www.linkedin.com/in/camille-d")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("occasion", [LYON, MONTREAL], ids=["fr", "en"])
def test_a_panel_of_three_gets_visibly_different_messages(kind: str, occasion: Occasion) -> None:
    panel = [CLAIRE, JULIEN, NADIA]
    drafts = [compose(kind, CAMILLE, person, occasion, panel=panel) for person in panel]
    for first, second in combinations(drafts, 2):
        assert SequenceMatcher(None, first.body, second.body).ratio() < 0.8


def test_a_panel_of_three_without_topics_still_gets_different_wordings() -> None:
    panel = [
        Recipient(index, name, salutation="madame")
        for index, name in enumerate(["Anne Petit", "Julie Roux", "Léa Blanc"])
    ]
    for kind in KINDS:
        bodies = [compose(kind, CAMILLE, person, LYON, panel=panel).body for person in panel]
        for first, second in combinations(bodies, 2):
            assert SequenceMatcher(None, first, second).ratio() < 0.8, kind


def test_panel_members_get_distinct_variants_and_the_choice_is_deterministic() -> None:
    panel = [CLAIRE, JULIEN, NADIA]
    first = [compose("thank_you", CAMILLE, person, LYON, panel=panel).body for person in panel]
    again = [compose("thank_you", CAMILLE, person, LYON, panel=panel).body for person in panel]
    assert first == again


@pytest.mark.parametrize("limit", [200, 300])
@pytest.mark.parametrize("agreement", ["feminine", "masculine", "neutral"])
def test_linkedin_note_stays_within_the_limit_for_long_names_and_companies(limit: int, agreement: str) -> None:
    occasion = with_occasion(
        LYON,
        company="Compagnie Générale d’Électricité et de Services Industriels de l’Est de la France et du Luxembourg",
        role="Responsable de l’ingénierie des données et de la gouvernance de l’information réglementaire",
    )
    recipient = Recipient(9, "Marie-Hélène Éloïse de La Tour-Dupré d’Aubigné", salutation="madame",
                          topics=("la stratégie de migration progressive de l’entrepôt historique " * 3,))  # fmt: skip
    for variant in variants("linkedin", "fr"):
        note = compose(
            "linkedin", as_candidate(agreement), recipient, occasion, variant=variant, linkedin_limit=limit
        ).body
        assert linkedin_length(note) <= limit
        assert note.startswith("Bonjour Madame de La Tour-Dupré d’Aubigné,\n")


def test_linkedin_note_keeps_a_hook_and_mentions_the_meeting_without_asking() -> None:
    note = compose("linkedin", CAMILLE, JULIEN, LYON).body
    assert linkedin_length(note) <= 200
    assert "11 mars" in note and "ingénieure data" in note
    assert "PostgreSQL" in note or "migration" in note
    assert "?" not in note


def test_linkedin_note_shortens_a_long_hook_on_a_word_boundary() -> None:
    recipient = Recipient(
        5, "Julien Moreau", register="tu", topics=("la migration de l’entrepôt historique vers PostgreSQL " * 4,)
    )
    note = compose("linkedin", CAMILLE, recipient, LYON, linkedin_limit=200).body
    assert linkedin_length(note) <= 200
    words = {"la", "migration", "de", "l’entrepôt", "historique", "vers", "PostgreSQL"}
    hook_words = (
        note.split("sur ", 1)[1].split(" m’a")[0].split(".")[0].split("…")[0].split(" (")[0] if "sur " in note else ""
    )
    assert all(word.strip(".,()") in words for word in hook_words.split())


def test_premium_linkedin_notes_may_keep_the_longer_wording() -> None:
    free = compose("linkedin", CAMILLE, NADIA, LYON, variant=2, linkedin_limit=200).body
    premium = compose("linkedin", CAMILLE, NADIA, LYON, variant=2, linkedin_limit=300).body
    assert linkedin_length(premium) <= 300
    assert "Lumière Analytique" in premium
    assert linkedin_length(free) <= 200


def test_a_topic_with_template_syntax_is_written_literally() -> None:
    recipient = Recipient(6, "Pauline Girard", salutation="madame", topics=("la syntaxe {{ 7*7 }} et {% if %}",))
    body = compose("thank_you", CAMILLE, recipient, LYON, variant=1).body
    assert "{{ 7*7 }} et {% if %}" in body
    assert "49" not in body


def test_names_and_subjects_never_carry_line_breaks() -> None:
    recipient = Recipient(7, "Claire\r\nBcc: evil@example.org\nMartin", salutation="madame", topics=("le\r\nbudget",))
    occasion = with_occasion(LYON, role="Ingénieure\r\nBcc: evil@example.org", company="Lumière\nAnalytique")
    for kind in KINDS:
        draft = compose(kind, CAMILLE, recipient, occasion)
        assert "\r" not in draft.subject and "\n" not in draft.subject
        assert "\r" not in draft.body
        assert draft.body.split("\n")[0].startswith(("Bonjour Madame Bcc: evil@example.org Martin,", "Bonjour Madame"))
        assert "Lumière Analytique" in draft.body or kind == "linkedin"


def test_a_5000_character_topic_is_shortened_and_the_message_keeps_its_length() -> None:
    topic = "la refonte du système de facturation, avec " + "beaucoup de détails " * 250
    recipient = Recipient(8, "Claire Martin", salutation="madame", topics=(topic,))
    body = compose("thank_you", CAMILLE, recipient, LYON, variant=1).body
    assert "la refonte du système de facturation" in body
    assert "beaucoup de détails" not in body
    assert len(body) < 1200


def test_emoji_and_right_to_left_names_pass_through_as_text() -> None:
    for name in ("Léa Rousseau 🌟", "يوسف الحداد", "👩\u200d💻 Kim"):
        recipient = Recipient(9, name, salutation="none", topics=("les modèles de prévision",))
        for kind in KINDS:
            assert name in compose(kind, CAMILLE, recipient, LYON).body


def test_a_name_with_an_apostrophe_keeps_its_own_apostrophe_in_french() -> None:
    recipient = Recipient(10, "Siobhán O'Brien", salutation="madame")
    body = compose("thank_you", CAMILLE, recipient, LYON).body
    assert body.startswith("Bonjour Madame O'Brien,")


def test_video_and_phone_interviews_are_named_as_such() -> None:
    video = compose("thank_you", CAMILLE, CLAIRE, with_occasion(LYON, mode="video"), variant=1).body
    phone = compose("thank_you", CAMILLE, CLAIRE, with_occasion(LYON, mode="phone"), variant=2).body
    assert "entretien en visioconférence du jeudi 11 mars" in video and "reçue" not in video
    assert "entretien téléphonique du jeudi 11 mars" in phone


def test_unknown_kind_or_language_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="kind"):
        compose("postcard", CAMILLE, CLAIRE, LYON)
    with pytest.raises(ValueError, match="language"):
        compose("thank_you", CAMILLE, CLAIRE, with_occasion(LYON, language="de"))


def test_a_blank_topic_is_skipped_for_the_next_one() -> None:
    recipient = Recipient(11, "Claire Martin", salutation="madame", topics=(" \n ", "le budget de l’équipe"))
    assert "le budget de l’équipe" in compose("thank_you", CAMILLE, recipient, LYON, variant=1).body


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("occasion", [LYON, MONTREAL], ids=["fr", "en"])
@pytest.mark.parametrize("agreement", ["feminine", "masculine", "neutral"])
def test_without_a_role_the_messages_name_the_company_and_never_an_empty_role(
    kind: str, occasion: Occasion, agreement: str
) -> None:
    # A calendar import that found no role leaves it empty: no "le poste de" followed by nothing.
    no_role = with_occasion(occasion, role="")
    for recipient in (CLAIRE, JULIEN):
        for variant in variants(kind, occasion.language):
            draft = compose(kind, as_candidate(agreement), recipient, no_role, variant=variant)
            body = " ".join(draft.body.split())
            assert not re.search(r"\bposte (?:de |d’)?(?::|\.|,|\))|\bcomme [.,]|\(\s*(?:interview\s*)?\)", body)
            # "le poste chez Lumière Analytique" only when a relative clause says which one.
            assert all(clause in ("au sujet duquel", "pour lequel", "dont")
                       for clause in re.findall(r"\bposte chez [^,]+, (au sujet duquel|pour lequel|dont|\S+)", body)), body  # fmt: skip
            assert not re.search(r"\bposte (?:de |d’)?chez [^,]+\.", body), body
            assert not re.search(r"\bthe (?:position|role) (?:interview|\))|\s[.,]", body), body
            if kind != "linkedin":
                assert occasion.company in body, body
    assert compose("thank_you", CAMILLE, CLAIRE, no_role).subject == (
        "Merci pour notre entretien du 11 mars"
        if occasion.language == "fr"
        else "Thank you for the interview on June 23"
    )


def test_without_a_role_a_thank_you_reads_naturally() -> None:
    no_role = with_occasion(LYON, role="")
    assert (
        "de m’avoir reçue le jeudi 11 mars chez Lumière Analytique."
        in compose("thank_you", CAMILLE, CLAIRE, no_role, variant=1).body
    )
    assert (
        "pour notre entretien du jeudi 11 mars au sujet de ma candidature chez Lumière Analytique."
        in compose("thank_you", as_candidate("neutral"), CLAIRE, no_role, variant=1).body
    )
    english = compose("thank_you", CAMILLE, CLAIRE, with_occasion(MONTREAL, role=""), variant=1).body
    assert "Thank you for meeting with me on Wednesday, June 23, to discuss the position at Northwind Labs." in english
