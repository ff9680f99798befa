"""How a company and a role are said in a French sentence (core.grammar)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lastimpression.core.grammar import ARTICLES, company_forms, guess_article, role_in_sentence, without_ad_marks

# name -> (article, chez, de, à, rejoindre)
GUESSED = {
    "Galeries Lafayette": ("les", "chez les Galeries Lafayette", "des Galeries Lafayette", "aux Galeries Lafayette",
                           "rejoindre les Galeries Lafayette"),
    "Laboratoires Pierre Fabre": ("les", "chez les Laboratoires Pierre Fabre", "des Laboratoires Pierre Fabre",
                                  "aux Laboratoires Pierre Fabre", "rejoindre les Laboratoires Pierre Fabre"),
    "Éditions Gallimard": ("les", "chez les Éditions Gallimard", "des Éditions Gallimard", "aux Éditions Gallimard",
                           "rejoindre les Éditions Gallimard"),
    "Chantiers de l'Atlantique": ("les", "chez les Chantiers de l'Atlantique", "des Chantiers de l'Atlantique",
                                  "aux Chantiers de l'Atlantique", "rejoindre les Chantiers de l'Atlantique"),
    "Banque de France": ("la", "chez la Banque de France", "de la Banque de France", "à la Banque de France",
                         "rejoindre la Banque de France"),
    "Caisse d’Épargne": ("la", "chez la Caisse d’Épargne", "de la Caisse d’Épargne", "à la Caisse d’Épargne",
                         "rejoindre la Caisse d’Épargne"),
    "Française des Jeux": ("la", "chez la Française des Jeux", "de la Française des Jeux", "à la Française des Jeux",
                           "rejoindre la Française des Jeux"),
    "Crédit Agricole": ("le", "chez le Crédit Agricole", "du Crédit Agricole", "au Crédit Agricole",
                        "rejoindre le Crédit Agricole"),
    "Printemps": ("le", "chez le Printemps", "du Printemps", "au Printemps", "rejoindre le Printemps"),
    "Groupe SEB": ("le", "chez le Groupe SEB", "du Groupe SEB", "au Groupe SEB", "rejoindre le Groupe SEB"),
    "Institut Pasteur": ("l'", "chez l’Institut Pasteur", "de l’Institut Pasteur", "à l’Institut Pasteur",
                         "rejoindre l’Institut Pasteur"),
    "École polytechnique": ("l'", "chez l’École polytechnique", "de l’École polytechnique",
                            "à l’École polytechnique", "rejoindre l’École polytechnique"),
    "Hôpital Necker": ("l'", "chez l’Hôpital Necker", "de l’Hôpital Necker", "à l’Hôpital Necker",
                       "rejoindre l’Hôpital Necker"),
    "SNCF": ("la", "chez la SNCF", "de la SNCF", "à la SNCF", "rejoindre la SNCF"),
    "RATP": ("la", "chez la RATP", "de la RATP", "à la RATP", "rejoindre la RATP"),
    "MAIF": ("la", "chez la MAIF", "de la MAIF", "à la MAIF", "rejoindre la MAIF"),
    "CPAM du Rhône": ("la", "chez la CPAM du Rhône", "de la CPAM du Rhône", "à la CPAM du Rhône",
                      "rejoindre la CPAM du Rhône"),
    "INSEE": ("l'", "chez l’INSEE", "de l’INSEE", "à l’INSEE", "rejoindre l’INSEE"),
    "AP-HP": ("l'", "chez l’AP-HP", "de l’AP-HP", "à l’AP-HP", "rejoindre l’AP-HP"),
    "CNRS": ("le", "chez le CNRS", "du CNRS", "au CNRS", "rejoindre le CNRS"),
    "CFF": ("les", "chez les CFF", "des CFF", "aux CFF", "rejoindre les CFF"),
    # Said without an article.
    "Airbus": ("", "chez Airbus", "d’Airbus", "à Airbus", "rejoindre Airbus"),
    "Orange": ("", "chez Orange", "d’Orange", "à Orange", "rejoindre Orange"),
    "Hermès": ("", "chez Hermès", "d’Hermès", "à Hermès", "rejoindre Hermès"),
    "Lumière Analytique": ("", "chez Lumière Analytique", "de Lumière Analytique", "à Lumière Analytique",
                           "rejoindre Lumière Analytique"),
    "Société Générale": ("", "chez Société Générale", "de Société Générale", "à Société Générale",
                         "rejoindre Société Générale"),
    "Bureau Veritas": ("", "chez Bureau Veritas", "de Bureau Veritas", "à Bureau Veritas", "rejoindre Bureau Veritas"),
    "RATP Dev": ("", "chez RATP Dev", "de RATP Dev", "à RATP Dev", "rejoindre RATP Dev"),
    "Centre for Cities": ("", "chez Centre for Cities", "de Centre for Cities", "à Centre for Cities",
                          "rejoindre Centre for Cities"),
    "Northwind Labs": ("", "chez Northwind Labs", "de Northwind Labs", "à Northwind Labs", "rejoindre Northwind Labs"),
    "IBM": ("", "chez IBM", "d’IBM", "à IBM", "rejoindre IBM"),
    "Hachette": ("", "chez Hachette", "de Hachette", "à Hachette", "rejoindre Hachette"),
    # With their own article.
    "La Poste": ("la", "à La Poste", "de La Poste", "à La Poste", "rejoindre La Poste"),
    "Le Bon Marché": ("le", "au Bon Marché", "du Bon Marché", "au Bon Marché", "rejoindre Le Bon Marché"),
    "Les Échos": ("les", "aux Échos", "des Échos", "aux Échos", "rejoindre Les Échos"),
    "L'Oréal": ("l'", "chez L'Oréal", "de L'Oréal", "à L'Oréal", "rejoindre L'Oréal"),
    "les Galeries Lafayette": ("les", "chez les Galeries Lafayette", "des Galeries Lafayette",
                               "aux Galeries Lafayette", "rejoindre les Galeries Lafayette"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(GUESSED))
def test_a_company_is_said_with_the_article_french_uses(name: str) -> None:
    article, chez, de, a, join = GUESSED[name]
    forms = company_forms(name)
    assert (forms.article, forms.chez, forms.de, forms.a, forms.join) == (article, chez, de, a, join)


def test_the_bare_form_is_the_name_with_its_article() -> None:
    assert company_forms("Galeries Lafayette").bare == "les Galeries Lafayette"
    assert company_forms("INSEE").bare == "l’INSEE"
    assert company_forms("Airbus").bare == "Airbus"
    assert company_forms("Le Bon Marché").bare == "Le Bon Marché"


def test_the_form_says_whether_the_article_was_guessed_or_part_of_the_name() -> None:
    guessed = company_forms("Galeries Lafayette")
    assert guessed.guessed and not guessed.in_name
    chosen = company_forms("Galeries Lafayette", "les")
    assert not chosen.guessed and chosen.article == "les"
    own = company_forms("La Poste")
    assert own.in_name and not own.guessed


@pytest.mark.parametrize(
    ("name", "article", "chez", "de"),
    [
        ("Société Générale", "la", "chez la Société Générale", "de la Société Générale"),
        ("Galeries Lafayette", "none", "chez Galeries Lafayette", "de Galeries Lafayette"),
        ("Acme", "le", "chez l’Acme", "de l’Acme"),  # "le" elides before a vowel
        ("Fnac", "la", "chez la Fnac", "de la Fnac"),
        ("Dupont Frères", "les", "chez les Dupont Frères", "des Dupont Frères"),
        ("Hydro-Québec", "l’", "chez l’Hydro-Québec", "de l’Hydro-Québec"),  # the typographic apostrophe
        ("Hydro-Québec", "l", "chez l’Hydro-Québec", "de l’Hydro-Québec"),
        ("Crédit Agricole", " LE ", "chez le Crédit Agricole", "du Crédit Agricole"),
        ("La Poste", "none", "chez La Poste", "de La Poste"),  # "none": the name is a plain name
        ("Le Bon Marché", "la", "au Bon Marché", "du Bon Marché"),  # the name's own article wins
    ],
)
def test_the_users_choice_of_article_overrides_the_guess(name: str, article: str, chez: str, de: str) -> None:
    forms = company_forms(name, article)
    assert (forms.chez, forms.de) == (chez, de)
    assert not forms.guessed


@pytest.mark.parametrize("choice", ["", "the", "une", "??", "LES GALERIES"])
def test_an_unknown_choice_falls_back_to_the_guess(choice: str) -> None:
    forms = company_forms("Galeries Lafayette", choice)
    assert forms.article == "les" and forms.guessed


def test_every_offered_choice_is_accepted() -> None:
    for choice in ARTICLES:
        assert not company_forms("Banque Tartempion", choice).guessed


def test_a_name_typed_on_several_lines_is_said_on_one() -> None:
    forms = company_forms("  Galeries\n\tLafayette \r\n")
    assert forms.chez == "chez les Galeries Lafayette"


def test_an_empty_name_has_empty_forms() -> None:
    for name in ("", "   ", "\n\t"):
        forms = company_forms(name)
        assert (forms.bare, forms.chez, forms.de, forms.a, forms.join, forms.article) == ("", "", "", "", "", "")


def test_the_guess_is_case_and_accent_insensitive() -> None:
    assert guess_article("EDITIONS DU SEUIL") == "les"
    assert guess_article("banque populaire") == "la"
    assert guess_article("Inria") == "l'"


def one_line(text: str) -> str:
    """``text`` as the grammar reads it: control characters dropped, whitespace runs one space."""
    return " ".join("".join(c for c in text if c.isspace() or unicodedata.category(c) != "Cc").split())


@given(name=st.text(max_size=300), article=st.sampled_from([*ARTICLES, "", "x", "L’"]))
@settings(max_examples=300, deadline=None)
def test_company_forms_are_total_and_always_hold_the_name(name: str, article: str) -> None:
    forms = company_forms(name, article)
    assert forms.name == one_line(name)
    assert forms.article in ("", "le", "la", "les", "l'")
    for form in (forms.bare, forms.join):
        assert forms.name in form
    for form in (forms.chez, forms.de, forms.a):
        assert "\n" not in form and "\r" not in form
        # the whole name, or the name after its own article ("Le Bon Marché" -> "au Bon Marché",
        # "les Galeries Lafayette" typed so -> "des Galeries Lafayette")
        first, _, rest = forms.name.partition(" ")
        assert forms.name in form or (first.lower() in ("le", "les") and rest in form)
    assert bool(forms.bare) == bool(forms.name)


def test_a_5000_character_name_is_said() -> None:
    name = "Galeries " + "é" * 4991
    assert company_forms(name).chez == "chez les " + name


ROLES = {
    "Ingénieure données": "ingénieure données",
    "Ingénieure data": "ingénieure data",
    "Chef de projet SI": "chef de projet SI",
    "Chef de Projet SI": "chef de projet SI",
    "Responsable Marketing Digital": "responsable marketing digital",
    "Développeur Java": "développeur Java",
    "Développeuse Python Senior": "développeuse Python senior",
    "Ingénieur iOS": "ingénieur iOS",
    "Ingénieur DevOps": "ingénieur DevOps",
    "Chargé d'Affaires": "chargé d'affaires",
    "Chargée de Mission Stratégique": "chargée de mission stratégique",
    "Directeur Commercial France": "directeur commercial France",
    "Directeur Amérique Latine": "directeur Amérique Latine",
    "Ingénieur-Conseil": "ingénieur-conseil",
    "Ingénieur Qualité Lyon": "ingénieur qualité Lyon",
    "Responsable RH & Paie": "responsable RH & paie",
    "Consultant SAP": "consultant SAP",
    "Product Manager": "product manager",
    "Lead Développeur": "lead développeur",
    "directrice des données": "directrice des données",
    "DRH": "DRH",
    "B2B Sales Manager": "B2B Sales Manager",
    # English titles keep their case inside French text.
    "Data Engineer": "Data Engineer",
    "Head of Data": "Head of Data",
    "Senior Software Engineer": "Senior Software Engineer",
    "DevOps Engineer": "DevOps Engineer",
}


@pytest.mark.parametrize("role", sorted(ROLES))
def test_a_french_role_loses_its_capitals_of_habit_mid_sentence(role: str) -> None:
    assert role_in_sentence(role, "fr") == ROLES[role]


@pytest.mark.parametrize("role", ["Data Engineer", "Head of Data", "Ingénieure données", "chef de projet"])
def test_an_english_message_keeps_the_role_as_typed(role: str) -> None:
    assert role_in_sentence(role, "en") == role


def test_a_role_on_several_lines_is_one_line() -> None:
    assert role_in_sentence("Chef de\nProjet\r\nSI", "fr") == "chef de projet SI"


@given(role=st.text(max_size=300), language=st.sampled_from(["fr", "en", "", "de"]))
@settings(max_examples=300, deadline=None)
def test_role_in_sentence_is_total_and_changes_only_capitals(role: str, language: str) -> None:
    # Beyond capitals, only a job ad's gender marks go ("Comptable H/F": round 47).
    typed = without_ad_marks(one_line(role))
    said = role_in_sentence(role, language)
    if language == "en" and re.search(
        r"\((?:[^()]*\b(?:required|preferred|essential|desirable|needed))\)|\)(?:, | [–—-] )", typed, re.IGNORECASE
    ):
        return  # rounds 63: a requirement dropped, a qualifier joined to the title's brackets (tested apart)
    parts = [part.strip() for part in re.split(r", | [–—-] ", typed, maxsplit=1)]
    if language == "en" and "(" not in typed and len(parts) == 2 and all(parts):
        # Rounds 47, 51: an English title's qualifier in brackets ("SHE Advisor (Midlands)").
        assert said.endswith(")") and said.count("(") == 1
        return
    assert said.lower() == typed.lower()
    assert len(said) == len(typed)
    if language != "fr":
        assert said == typed
