"""Blind reviews 108–109, issue 15: « avec M. Morel » for a professor (two C's); « les projets
Interreg avec Madagascar » answered by training given to local associations; « kyriba rollout »
(a product lowered); "…before the online launch and small team, lots of loans out" (a jotted note
paired with a topic); « chez Commune d’Ixelles » (five B's); "Chartered Engineer (Engineers
Ireland) since 2024, with six years…" pasted; "a short outline of a hands-on view of…"."""

from __future__ import annotations

from lastimpression.core.compose.composer import _jotted, _mention
from lastimpression.core.compose.cvline import first_person
from lastimpression.core.compose.details import _figured, _with_figure, answers, inline, offer_phrase
from lastimpression.core.compose.spelling import house_style
from lastimpression.core.grammar import company_forms
from lastimpression.core.messages import Recipient


def test_a_professor_is_named_as_one() -> None:
    chief = Recipient(1, "Pr Olivier Morel", title="Chef du service de cardiologie", salutation="monsieur")
    assert _mention(chief, "fr") == "le Pr Morel"
    nurse = Recipient(2, "Claire Kuntz", title="Cadre de santé", salutation="madame")
    assert _mention(nurse, "fr") == "Mme Kuntz"


def test_a_topic_that_names_a_programme_needs_that_programme() -> None:
    training = "En 2026, j’ai formé 35 porteurs de projets associatifs aux règles de la commande publique."
    assert not answers(training, ["les projets Interreg avec Madagascar et Maurice"])
    assert answers(
        "J’ai instruit 12 projets Interreg avec Maurice en 2025.", ["les projets Interreg avec Madagascar et Maurice"]
    )


def test_a_product_keeps_its_capital_after_a_colon() -> None:
    assert inline("Kyriba rollout at Conagra Brands: 41 bank accounts connected in 10 weeks.").startswith(
        "Kyriba rollout"
    )
    assert inline("Installation de sondes Priva sur 14 zones.").startswith("installation")


def test_a_jotted_note_is_no_topic_to_pair() -> None:
    assert _jotted("small team, lots of loans out")
    assert not _jotted("the collections database clean-up before the online launch")
    assert not _jotted("loans, including the Smithsonian")


def test_an_administration_takes_its_article() -> None:
    assert company_forms("Commune d'Ixelles").a == "à la Commune d'Ixelles"
    assert company_forms("CPAS de Namur").a == "au CPAS de Namur"


def test_a_title_held_since_a_year_is_said_as_one() -> None:
    assert first_person(
        "Chartered Engineer (Engineers Ireland) since 2024, with six years in distribution design.", "en"
    ) == ("I have been a Chartered Engineer (Engineers Ireland) since 2024, with six years in distribution design.")
    assert first_person("B1/B2 licensed on the A320 family since 2019 (IAA Part-66).", "en") == (
        "I have been B1/B2 licensed on the A320 family since 2019 (IAA Part-66)."
    )


def test_a_view_is_never_outlined() -> None:
    assert offer_phrase("a hands-on view of liquidity reporting and the tooling behind it", "en") == ""


def test_a_part_of_a_count_says_what_became_of_it() -> None:
    placed = "Au CPAS d'Anderlecht, j'ai accompagné 48 personnes vers un contrat article 60 en 2025, dont 31 restées ensuite en emploi durable."
    assert _figured(placed, "fr").endswith("dont 31 restées ensuite en emploi durable")


def test_two_counts_joined_by_and_are_said_alike() -> None:
    said = house_style("J'ai coordonné 4 communes et 2 bureaux d'ingénieurs.", "fr", "CH")
    assert "quatre communes et deux bureaux" in said
    assert house_style("Entre 4 et 6 jours.", "fr", "FR") == "Entre 4 et 6 jours."


def test_a_name_typed_as_its_acronym_and_expansion_is_said_with_one_dash_less() -> None:
    assert company_forms("SIG – Services Industriels de Genève").a == "aux Services Industriels de Genève (SIG)"
    assert company_forms("daa – Dublin Airport").a == "à daa – Dublin Airport"


def test_a_pointer_keeps_what_it_counted() -> None:
    checklist = (
        "I ran the completion checklist for 60+ lease renewals in 2026, both opposed and unopposed, under Part II."
    )
    assert _with_figure("the completion checklist I ran", checklist) == (
        "the completion checklist I ran for 60+ lease renewals in 2026"
    )
