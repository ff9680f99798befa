"""Greetings, closings, dates in words and subjects: the fixed parts of a message (PRODUCT.md §4)."""

from __future__ import annotations

from datetime import date

import pytest

from lastimpression.core.compose.conventions import closing, date_in_words, greeting, reply_subject, subject
from lastimpression.core.messages import Recipient

CLAIRE = "Claire Martin"
JULIEN = "Julien Moreau"


def person(name: str, salutation: str = "none", register: str = "vous") -> Recipient:
    return Recipient(1, name, salutation=salutation, register=register)


@pytest.mark.parametrize(
    ("language", "country", "name", "salutation", "register", "expected"),
    [
        ("fr", "FR", CLAIRE, "madame", "vous", "Bonjour Madame Martin,"),
        ("fr", "FR", JULIEN, "monsieur", "vous", "Bonjour Monsieur Moreau,"),
        ("fr", "FR", CLAIRE, "none", "vous", "Bonjour Claire Martin,"),
        ("fr", "FR", JULIEN, "monsieur", "tu", "Bonjour Julien,"),
        ("fr", "FR", CLAIRE, "none", "tu", "Bonjour Claire,"),
        ("fr", "CA", CLAIRE, "madame", "vous", "Madame,"),
        ("fr", "CA", JULIEN, "monsieur", "vous", "Monsieur,"),
        ("fr", "CA", CLAIRE, "none", "vous", "Bonjour Claire Martin,"),
        ("fr", "CA", JULIEN, "monsieur", "tu", "Bonjour Julien,"),
        ("fr", "BE", CLAIRE, "madame", "vous", "Chère Madame,"),
        ("fr", "BE", JULIEN, "monsieur", "vous", "Cher Monsieur,"),
        ("fr", "BE", JULIEN, "monsieur", "tu", "Bonjour Julien,"),
        ("fr", "CH", CLAIRE, "madame", "vous", "Madame Martin,"),
        ("fr", "CH", JULIEN, "monsieur", "vous", "Monsieur Moreau,"),
        ("fr", "FR", "Marie-Hélène de La Tour", "madame", "vous", "Bonjour Madame de La Tour,"),
        ("fr", "FR", "Kowalski", "monsieur", "vous", "Bonjour Monsieur Kowalski,"),
        ("en", "GB", CLAIRE, "madame", "vous", "Dear Ms Martin,"),
        ("en", "GB", JULIEN, "monsieur", "vous", "Dear Mr Moreau,"),
        ("en", "US", CLAIRE, "madame", "vous", "Dear Ms. Martin,"),
        ("en", "CA", JULIEN, "monsieur", "vous", "Dear Mr. Moreau,"),
        ("en", "GB", CLAIRE, "none", "vous", "Dear Claire,"),
        ("en", "US", CLAIRE, "madame", "tu", "Hi Claire,"),
    ],
)
def test_greeting_follows_language_country_salutation_and_register(
    language: str, country: str, name: str, salutation: str, register: str, expected: str
) -> None:
    assert greeting(person(name, salutation, register), language, country) == expected


@pytest.mark.parametrize(
    ("country", "salutation", "expected_greeting", "expected_closing"),
    [
        ("FR", "madame", "Madame,", "Je vous prie d’agréer, Madame, mes salutations distinguées."),
        ("FR", "monsieur", "Monsieur,", "Je vous prie d’agréer, Monsieur, mes salutations distinguées."),
        ("BE", "madame", "Madame,", "Je vous prie d’agréer, Madame, mes salutations distinguées."),
        ("CH", "monsieur", "Monsieur,", "Je vous prie d’agréer, Monsieur, mes salutations distinguées."),
        ("CA", "madame", "Madame,", "Salutations distinguées,"),
        ("FR", "none", "Bonjour Claire Martin,", "Je vous prie d’agréer mes salutations distinguées."),
    ],
)
def test_formal_closing_repeats_the_civility_of_the_greeting(
    country: str, salutation: str, expected_greeting: str, expected_closing: str
) -> None:
    recipient = person(CLAIRE, salutation)
    assert greeting(recipient, "fr", country, formal=True) == expected_greeting
    assert closing(recipient, "fr", country, formal=True) == expected_closing


@pytest.mark.parametrize(
    ("language", "country", "register", "expected"),
    [
        ("fr", "FR", "vous", "Bien cordialement,"),
        ("fr", "CA", "vous", "Bien cordialement,"),
        ("fr", "BE", "vous", "Bien à vous,"),
        ("fr", "CH", "vous", "Meilleures salutations,"),
        # Round 16: "Bien cordialement" / "Meilleures salutations" read stiff after tu.
        # Round 17 (R21): "Bien à toi" is the tu form of "Bien à vous", a fail in France.
        ("fr", "FR", "tu", "Au plaisir,"),
        ("fr", "BE", "tu", "Bien à toi,"),
        ("fr", "CA", "tu", "Au plaisir,"),
        ("fr", "CH", "tu", "Au plaisir,"),
        ("en", "US", "vous", "Best regards,"),
        ("en", "GB", "tu", "Best regards,"),
    ],
)
def test_default_closing_fits_the_country(language: str, country: str, register: str, expected: str) -> None:
    assert closing(person(CLAIRE, "madame", register), language, country) == expected


def test_a_missing_name_never_leaves_a_gap_in_the_greeting() -> None:
    assert greeting(person(" \r\n", "madame"), "fr", "FR") == "Bonjour Madame,"
    assert greeting(person("", "none"), "fr", "CA") == "Bonjour,"
    assert greeting(person("", "monsieur"), "en", "US") == "Hello,"


def test_formal_closing_is_never_used_with_tu() -> None:
    assert closing(person(JULIEN, "monsieur", "tu"), "fr", "FR", formal=True) == "Au plaisir,"
    assert closing(person(JULIEN, "monsieur", "tu"), "fr", "BE", formal=True) == "Bien à toi,"


def test_english_formal_closing() -> None:
    assert closing(person(CLAIRE, "madame"), "en", "US", formal=True) == "Sincerely,"
    assert closing(person(CLAIRE, "madame"), "en", "GB", formal=True) == "Yours sincerely,"


@pytest.mark.parametrize(
    ("day", "language", "country", "expected"),
    [
        (date(2026, 12, 10), "fr", "FR", "jeudi 10 décembre"),
        (date(2026, 12, 1), "fr", "FR", "mardi 1er décembre"),
        (date(2027, 6, 24), "fr", "CA", "jeudi 24 juin"),
        (date(2026, 12, 10), "en", "US", "Thursday, December 10"),
        (date(2026, 12, 10), "en", "CA", "Thursday, December 10"),
        (date(2026, 12, 10), "en", "GB", "Thursday 10 December"),
    ],
)
def test_dates_are_written_out_in_the_recipients_language(
    day: date, language: str, country: str, expected: str
) -> None:
    assert date_in_words(day, language, country) == expected


def test_dates_without_weekday_for_short_notes() -> None:
    assert date_in_words(date(2026, 12, 1), "fr", "FR", weekday=False) == "1er décembre"
    assert date_in_words(date(2026, 12, 3), "en", "US", weekday=False) == "December 3"
    assert date_in_words(date(2026, 12, 3), "en", "IE", weekday=False) == "3 December"


@pytest.mark.parametrize(
    ("role", "language", "country", "expected"),
    [
        ("Ingénieure data", "fr", "FR", "Merci pour notre entretien – Ingénieure data"),
        ("Analyste d'affaires", "fr", "CA", "Merci pour notre entrevue – Analyste d’affaires"),
        ("Data Engineer", "en", "US", "Thank you – Data Engineer interview"),
        ("Data\r\nEngineer\tBcc: x@example.org", "en", "US", "Thank you – Data Engineer Bcc: x@example.org interview"),
    ],
)
def test_subject_names_the_message_and_the_role_on_one_line(
    role: str, language: str, country: str, expected: str
) -> None:
    assert subject(role, language, country) == expected


def test_a_very_long_role_is_cut_so_that_the_reply_subject_stays_within_78_characters() -> None:
    role = "Responsable du développement commercial international et des partenariats stratégiques européens"
    thank_you = subject(role, "fr", "FR")
    assert thank_you.endswith("…")
    assert len(reply_subject(thank_you)) <= 78
    assert "\n" not in thank_you


def test_reply_subject_threads_the_thank_you() -> None:
    assert (
        reply_subject("Merci pour notre entretien – Ingénieure data")
        == "Re: Merci pour notre entretien – Ingénieure data"
    )


@pytest.mark.parametrize(
    ("role", "language", "country", "day_words"),
    [
        ("Responsable du support client international", "fr", "FR", "13 avril"),
        ("Director of Engineering Productivity", "en", "US", "April 13"),
        ("Chef de projet déploiement 5G – réseau mobile Île-de-France", "fr", "FR", "13 avril"),
        ("Chargée de mission en charge de la transformation numérique des agences", "fr", "BE", "13 avril"),
        ("Head of Customer Operations (EMEA) responsible for partner success", "en", "GB", "13 April"),
        (
            "Responsable du développement commercial international et des partenariats stratégiques",
            "fr",
            "CA",
            "13 avril",
        ),
    ],
)
def test_a_long_role_keeps_the_date_in_the_subject(role: str, language: str, country: str, day_words: str) -> None:
    # Round 17 (R12, 8 e-mails): "Merci – Responsable du support client international" and
    # "Thank you – Director of Engineering Productivity interview" dropped the date; the role is
    # shortened instead, never cut mid-word, and the reply stays within 70 characters.
    thank_you = subject(role, language, country, date(2027, 4, 13))
    assert thank_you.endswith(day_words), thank_you
    assert len(reply_subject(thank_you)) <= 70, thank_you
    shown = thank_you.split(" – ", 1)[1].removesuffix(day_words).rstrip(", …")
    assert role.startswith(shown) and role[len(shown) : len(shown) + 1] in ("", " ", ","), (role, shown)
