"""How messages are measured: words for e-mails (LI008), characters for LinkedIn notes (LI012)."""

from __future__ import annotations

import unicodedata

import pytest

from lastimpression.core.compose.measure import linkedin_length, word_count


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Bonjour Madame Martin,", 3),
        ("l’entretien d’ici là", 3),
        ("Pourriez-vous me dire où en est le processus\u202f?", 8),
        ("Merci pour notre entretien – Ingénieure data", 6),
        ("« PostgreSQL »", 1),
        ("+33 6 12 34 56 78", 6),
        ("https://www.linkedin.com/in/camille-durand-data", 1),
        ("", 0),
        ("  \n\n  ", 0),
    ],
)
def test_word_count_counts_whitespace_separated_tokens_holding_a_letter_or_digit(text: str, words: int) -> None:
    assert word_count(text) == words


def test_word_count_splits_on_french_no_break_spaces() -> None:
    assert word_count("décision\u00a0: lundi\u202f; mardi") == 3


def test_linkedin_length_counts_code_points_after_nfc_normalisation() -> None:
    decomposed = unicodedata.normalize("NFD", "Hélène")
    assert len(decomposed) == 8
    assert linkedin_length(decomposed) == 6
    assert linkedin_length("Bonjour,\nMerci.") == 15


def test_linkedin_length_counts_every_code_point_of_an_emoji_sequence() -> None:
    family = "👩\u200d👩\u200d👧"
    assert linkedin_length(family) == 5
