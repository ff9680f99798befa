"""core.names: the given name, the surname with its particles, and the words that designate a
person, shared by the composer's greeting and the linter (issue 12, item 7)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lastimpression.core.compose import conventions
from lastimpression.core.lint.addressing import greeting_suggestion
from lastimpression.core.messages import Recipient
from lastimpression.core.names import belongs_to, distinctive_words, is_particle, mentions, name_tokens, split_name


@pytest.mark.parametrize(
    ("name", "given_name", "surname"),
    [
        ("Claire Martin", "Claire", "Martin"),
        ("Anne de La Tour", "Anne", "de La Tour"),
        ("Marc du Pont", "Marc", "du Pont"),
        ("Marie-Hélène Éloïse de La Tour", "Marie-Hélène", "de La Tour"),
        ("Ludwig van der Berg", "Ludwig", "van der Berg"),
        ("Ana Maria dos Santos", "Ana", "dos Santos"),
        ("Jeanne Marie d'Arc", "Jeanne", "d'Arc"),
        ("Jeanne Marie d’Arc", "Jeanne", "d’Arc"),
        ("Seán O'Brien", "Seán", "O'Brien"),
        ("Fiona MacLeod", "Fiona", "MacLeod"),
        ("Maude Tremblay Gagnon", "Maude", "Tremblay Gagnon"),
        ("José Ortega y Gasset", "José", "Ortega y Gasset"),
        ("Anh Le", "Anh", "Le"),
        ("Dupont", "Dupont", "Dupont"),
        ("  Anne\tde\nLa Tour ", "Anne", "de La Tour"),
        ("", "", ""),
    ],
)
def test_a_name_splits_into_given_name_and_surname_with_its_particles(name: str, given_name: str, surname: str) -> None:
    assert split_name(name) == (given_name, surname)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Anne de La Tour", ("Anne de La Tour", "de La Tour", "La Tour", "Anne", "Tour")),
        ("Marc du Pont", ("Marc du Pont", "du Pont", "Marc", "Pont")),
        ("Ludwig van der Berg", ("Ludwig van der Berg", "van der Berg", "der Berg", "Ludwig", "Berg")),
        ("Seán O'Brien", ("Seán O'Brien", "Seán", "O'Brien")),
        ("Claire Martin", ("Claire Martin", "Claire", "Martin")),
        ("Anne J. Martin", ("Anne J. Martin", "J. Martin", "Anne", "Martin")),
        ("Van Le", ("Van Le", "Van", "Le")),
        ("Dupont", ("Dupont",)),
    ],
)
def test_a_person_is_mentioned_by_name_or_surname_never_by_a_particle_alone(
    name: str, expected: tuple[str, ...]
) -> None:
    assert mentions(name) == expected


def test_the_distinctive_words_leave_out_particles_and_initials() -> None:
    assert distinctive_words("Anne de La Tour") == ("Anne", "Tour")
    assert distinctive_words("Omar al-Rashid") == ("Omar", "al-Rashid")
    assert distinctive_words("Mohamed bin Salem") == ("Mohamed", "Salem")
    assert distinctive_words("Anne J. Martin") == ("Anne", "Martin")


def test_a_word_belongs_to_a_name_whole_or_made_of_its_parts() -> None:
    tokens = name_tokens("Jean-Pierre O’Brien")
    assert belongs_to("O'Brien", tokens) and belongs_to("O’BRIEN", tokens) and belongs_to("Pierre", tokens)
    assert belongs_to("Pierre-Jean", tokens)
    assert not belongs_to("Jean-Paul", name_tokens("Jean-Pierre Dupont"))
    assert not belongs_to("Jean-Pierre", name_tokens("Pierre Martin"))
    assert belongs_to("He\u0301le\u0300ne", name_tokens("Hélène Dubois"))  # NFD as typed on a Mac


@pytest.mark.parametrize(
    ("name", "salutation", "register", "language", "country"),
    [
        ("Anne de La Tour", "madame", "vous", "fr", "CH"),
        ("Anne de La Tour", "madame", "vous", "en", "GB"),
        ("Marc du Pont", "monsieur", "vous", "en", "GB"),
        ("Jeanne Marie d'Arc", "madame", "tu", "fr", "FR"),
        ("Ludwig van der Berg", "monsieur", "vous", "en", "GB"),
    ],
)
def test_the_composer_greets_as_the_linter_suggests(
    name: str, salutation: str, register: str, language: str, country: str
) -> None:
    recipient = Recipient(id=1, name=name, salutation=salutation, register=register)
    assert conventions.greeting(recipient, language, country) == greeting_suggestion(recipient, language, country)


@given(st.text(max_size=60))
def test_any_name_splits_without_error_and_mentions_no_particle_alone(name: str) -> None:
    given_name, surname = split_name(name)
    assert (given_name == "") == (surname == "")
    forms = mentions(name)
    words = forms[0].split(" ") if forms else []
    for form in forms:
        assert form and form == form.strip()
        assert not is_particle(form) or form in (words[0], words[-1])  # "Van Le": given name, surname
