"""LI008 (length), LI012 (LinkedIn limit), LI013 (closing), LI014 (shouting), LI015 (subject)."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest

from lastimpression.core.lint.form import WORD_RANGES, check_length
from lastimpression.core.lint.text import MessageText, linkedin_length, word_count
from lastimpression.core.messages import Draft, LintContext
from tests.core.lint.conftest import Check
from tests.core.lint.pairs import Pair, params, run_pair
from tests.core.lint.world import CLAIRE, FR_LINKEDIN, FR_THANK_YOU, JULIEN, LYON, NNBSP, context_for

EXTRA_FR = (
    "Je tiens aussi à souligner la qualité de l’accueil que m’a réservé toute l’équipe, de la personne qui m’a "
    "reçue à l’entrée jusqu’aux développeurs croisés dans les couloirs. La présentation de vos projets, de vos "
    "méthodes de travail et de vos ambitions pour les deux prochaines années m’a permis de mieux comprendre les "
    "enjeux du poste, ainsi que la place que pourrait y occuper une personne attentive à la qualité des données.\n\n"
)
FR_MIDDLE = "Notre échange sur la migration vers PostgreSQL"

LENGTH_PAIRS = [
    Pair("a thank-you too long", "fr_thank_you", "LI008", "warning", (("Bien cordialement,", EXTRA_FR + "Bien cordialement,"),)),
    Pair("a thank-you too short", "en_thank_you", "LI008", "warning", (
        ("Our conversation about moving the reporting pipeline to streaming confirmed my interest in joining your "
         "team: last year I led a similar migration at my current employer, cutting report delays from hours to "
         "minutes, and I would be glad to bring that experience to Northwind Labs.\n\n", ""),
    )),
    Pair("a follow-up too long", "fr_follow_up", "LI008", "warning", (("Bien cordialement,", EXTRA_FR + "Bien cordialement,"),)),
]  # fmt: skip
LINKEDIN_PAIRS = [
    Pair("a note one character over the limit", "fr_linkedin", "LI012", "error", (("ici.", "ici !"),),
         clean_context={"linkedin_limit": len(FR_LINKEDIN.body)}),
    Pair("a note over the free account's 200 characters", "fr_linkedin", "LI012", "error",
         (("Je serais ravie", "Ton retour sur la couverture de tests m’a beaucoup appris et je serais ravie"),)),
]  # fmt: skip
CLOSING_PAIRS = [
    Pair("Cdt", "fr_thank_you", "LI013", "error", (("Bien cordialement,", "Cdt,"),), flagged="Cdt"),
    Pair("BAV", "fr_thank_you", "LI013", "error", (("Bien cordialement,", "BAV"),), flagged="BAV"),
    Pair("Thx", "en_thank_you", "LI013", "error", (("Best regards,", "Thx,"),), flagged="Thx"),
    Pair("no closing", "fr_thank_you", "LI013", "warning", (("Bien cordialement,\n\n", ""),)),
    Pair("no English closing", "en_follow_up", "LI013", "warning", (("Best regards,\n\n", ""),)),
]  # fmt: skip
SHOUTING_PAIRS = [
    Pair("words in capitals", "fr_thank_you", "LI014", "warning",
         (("sans interruption de service", "SANS AUCUNE interruption de service"),), flagged="SANS AUCUNE"),
    Pair("ASAP", "en_thank_you", "LI014", "warning", (("I will follow up on", "I will follow up ASAP on"),), flagged="ASAP"),
    Pair("double exclamation mark", "fr_thank_you", "LI014", "warning", (("le mardi 30 mars.", f"le mardi 30 mars{NNBSP}!!"),),
         flagged="!!"),
    Pair("exclamations in a LinkedIn note", "en_linkedin", "LI014", "warning", (("stay in touch.", "stay in touch!!!"),)),
    Pair("a subject in capitals", "en_thank_you", "LI014", "warning", (("Thank you", "THANK YOU"),), part="subject"),
]  # fmt: skip
SUBJECT_PAIRS = [
    Pair("no subject", "fr_thank_you", "LI015", "error", (("Merci pour notre entretien – Ingénieure data", ""),), part="subject"),
    Pair("a blank subject", "en_follow_up", "LI015", "error", (("Re: Thank you – Data Engineer interview", "  "),), part="subject"),
    Pair("a subject over 78 characters", "fr_thank_you", "LI015", "warning",
         (("Ingénieure data", "Ingénieure data (équipe plateforme de données, site de Lyon Part-Dieu)"),), part="subject"),
]  # fmt: skip


@pytest.mark.parametrize("pair", params(LENGTH_PAIRS))
def test_a_length_out_of_range_is_a_warning(check: Check, pair: Pair) -> None:
    run_pair(check, pair)


@pytest.mark.parametrize("pair", params(LINKEDIN_PAIRS))
def test_a_linkedin_note_over_the_limit_is_an_error(check: Check, pair: Pair) -> None:
    run_pair(check, pair)


@pytest.mark.parametrize("pair", params(CLOSING_PAIRS))
def test_an_abbreviated_closing_is_an_error_and_a_missing_one_a_warning(check: Check, pair: Pair) -> None:
    run_pair(check, pair)


@pytest.mark.parametrize("pair", params(SHOUTING_PAIRS))
def test_shouting_is_a_warning(check: Check, pair: Pair) -> None:
    run_pair(check, pair)


@pytest.mark.parametrize("pair", params(SUBJECT_PAIRS))
def test_a_missing_subject_is_an_error_and_a_long_one_a_warning(check: Check, pair: Pair) -> None:
    run_pair(check, pair)


@pytest.mark.parametrize(
    ("kind", "language", "low", "high"),
    [(kind, language, low, high) for (kind, language), (low, high) in sorted(WORD_RANGES.items())],
)
def test_the_word_ranges_are_inclusive(kind: str, language: str, low: int, high: int) -> None:
    def codes(count: int) -> list[str]:
        draft = Draft(kind, language, "Objet", " ".join(["mot"] * count))
        return [item.code for item in check_length(MessageText(draft, LintContext(kind, language), language))]

    assert codes(low) == codes(high) == []
    assert codes(low - 1) == codes(high + 1) == ["LI008"]


def test_the_thank_you_ranges_are_the_products() -> None:
    assert WORD_RANGES[("thank_you", "fr")] == (70, 160)
    assert WORD_RANGES[("thank_you", "en")] == (90, 200)
    for language in ("fr", "en"):
        assert WORD_RANGES[("follow_up", language)][1] <= WORD_RANGES[("thank_you", language)][1]
        assert WORD_RANGES[("follow_up_2", language)][1] <= WORD_RANGES[("follow_up", language)][1]


def test_a_linkedin_note_is_measured_in_characters_not_words(check: Check) -> None:
    note = replace(FR_LINKEDIN, body="Bonjour Julien, merci pour les tests de bout en bout.")
    assert word_count(note.body) == 10
    assert [item for item in check(note, context_for(note, JULIEN, LYON)) if item.code == "LI008"] == []


def test_linkedin_counts_composed_characters(check: Check) -> None:
    """An accent typed as a combining character counts once, as LinkedIn counts it."""
    body = "Bonjour Julien, " + "é" * 184
    decomposed = unicodedata.normalize("NFD", body)
    assert len(decomposed) > 200 and linkedin_length(decomposed) == 200
    note = replace(FR_LINKEDIN, body=decomposed)
    assert [item for item in check(note, context_for(note, JULIEN, LYON)) if item.code == "LI012"] == []
    longer = replace(note, body=decomposed + "e")
    (finding,) = [item for item in check(longer, context_for(longer, JULIEN, LYON)) if item.code == "LI012"]
    assert "201" in finding.message and finding.span is None


def test_the_linkedin_finding_spans_what_is_past_the_limit(check: Check) -> None:
    note = replace(FR_LINKEDIN, body="Bonjour Julien, " + "a" * 190)
    (finding,) = [item for item in check(note, context_for(note, JULIEN, LYON)) if item.code == "LI012"]
    assert finding.span == (200, 206)
    assert finding.message == "The LinkedIn note has 206 characters; the account allows 200: remove 6."


def test_a_premium_account_allows_300_characters(check: Check) -> None:
    note = replace(FR_LINKEDIN, body="Bonjour Julien, " + "a" * 250)
    premium = context_for(note, JULIEN, LYON, linkedin_limit=300)
    assert [item for item in check(note, premium) if item.code == "LI012"] == []


@pytest.mark.parametrize(
    "closing",
    [
        "Cordialement,",
        "Bien à vous,",
        "Meilleures salutations,",
        "Je vous prie d’agréer, Madame, mes salutations distinguées.",
    ],
)
def test_usual_french_closings_count_as_closings(check: Check, closing: str) -> None:
    draft = replace(FR_THANK_YOU, body=FR_THANK_YOU.body.replace("Bien cordialement,", closing))
    assert [item for item in check(draft, context_for(draft, CLAIRE, LYON)) if item.code == "LI013"] == []


@pytest.mark.parametrize("word", ["DRH", "SNCF", "RGPD", "LUMIÈRE", "XVIII"])
def test_known_acronyms_context_names_and_short_capitals_are_not_shouting(check: Check, word: str) -> None:
    occasion = replace(LYON, company="LUMIÈRE Analytique")
    draft = replace(
        FR_THANK_YOU, body=FR_THANK_YOU.body.replace("sans interruption", f"avec la {word}, sans interruption")
    )
    assert [item for item in check(draft, context_for(draft, CLAIRE, occasion)) if item.code == "LI014"] == []


def test_a_single_exclamation_mark_is_not_shouting(check: Check) -> None:
    draft = replace(FR_THANK_YOU, body=FR_THANK_YOU.body.replace("le mardi 30 mars.", f"le mardi 30 mars{NNBSP}!"))
    assert [item for item in check(draft, context_for(draft, CLAIRE, LYON)) if item.code == "LI014"] == []


def test_a_78_character_subject_is_fine(check: Check) -> None:
    draft = replace(FR_THANK_YOU, subject="M" * 78)
    assert [item for item in check(draft, context_for(draft, CLAIRE, LYON)) if item.code == "LI015"] == []
