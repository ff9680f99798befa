"""A person's quick line (core/personline.py): the salutation only when written, the title after
a comma, a dash or in parentheses, and one e-mail address taken out wherever it was written."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lastimpression.core.personline import PersonLine, read_person_line


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("Mme Claire Dupont, DRH", PersonLine("Claire Dupont", "madame", "DRH")),
        ("M. Martin (CTO)", PersonLine("Martin", "monsieur", "CTO")),
        ("Sarah Thompson – Engineering Manager", PersonLine("Sarah Thompson", "", "Engineering Manager")),
        ("Jean-Pierre Durand", PersonLine("Jean-Pierre Durand", "", "")),
        ("Claire", PersonLine("Claire", "", "")),
        ("Mme", PersonLine("Mme", "", "")),
        ("", PersonLine("", "", "")),
    ],
)  # fmt: skip
def test_a_line_without_an_address_reads_as_before(line: str, read: PersonLine) -> None:
    assert read_person_line(line) == read
    assert read_person_line(line).email == ""


@pytest.mark.parametrize(
    ("line", "name", "salutation", "title"),
    [
        ("Claire Martin <claire.martin@example.org>, DRH", "Claire Martin", "", "DRH"),
        ("Claire Martin claire.martin@example.org", "Claire Martin", "", ""),
        ("Mme Claire Martin claire.martin@example.org, DRH", "Claire Martin", "madame", "DRH"),
        ("Claire Martin, claire.martin@example.org, DRH", "Claire Martin", "", "DRH"),
        ("Claire Martin, DRH, claire.martin@example.org", "Claire Martin", "", "DRH"),
        ("Claire Martin – claire.martin@example.org – DRH", "Claire Martin", "", "DRH"),
        ("Claire Martin (claire.martin@example.org)", "Claire Martin", "", ""),
        ("Claire Martin (DRH) claire.martin@example.org", "Claire Martin", "", "DRH"),
        ('"Claire Martin" <claire.martin@example.org>', "Claire Martin", "", ""),
        ("Claire Martin <mailto:claire.martin@example.org>", "Claire Martin", "", ""),
        ("Claire Martin mailto:claire.martin@example.org", "Claire Martin", "", ""),
        ("claire.martin@example.org Claire Martin, DRH", "Claire Martin", "", "DRH"),
        ("M. Jean-Pierre Durand jp.durand@example.fr.", "Jean-Pierre Durand", "monsieur", ""),
        ("Claire Martin, DRH <claire.martin@example.org>", "Claire Martin", "", "DRH"),
    ],
)  # fmt: skip
def test_the_address_is_taken_out_wherever_it_is_written(line: str, name: str, salutation: str, title: str) -> None:
    read = read_person_line(line)
    assert (read.name, read.salutation, read.title) == (name, salutation, title)
    assert read.email in ("claire.martin@example.org", "jp.durand@example.fr")
    assert len(read.addresses) == 1


def test_a_lone_address_leaves_no_name_and_two_addresses_are_both_reported() -> None:
    assert read_person_line("claire@example.org") == PersonLine("", "", "", ("claire@example.org",))
    two = read_person_line("Claire Martin claire@example.org, julien@example.org")
    assert two.name == "Claire Martin" and two.addresses == ("claire@example.org", "julien@example.org")
    assert two.email == "claire@example.org"


@pytest.mark.parametrize("line", ["Claire @ Lumière", "Claire x@", "@lumiere Claire", "Claire <>", "a@b@c Claire"])
def test_what_only_looks_like_an_address_is_handed_on_as_written(line: str) -> None:
    """Not checked here: a half address stays in the name (the name's check refuses nothing
    it should not), a doubtful one is handed on to the form's e-mail validator."""
    read = read_person_line(line)
    assert read.name or read.addresses
    if "@" in read.name:
        assert read.addresses == ()


@given(st.text(max_size=300))
def test_any_line_is_read_without_error_and_loses_nothing_but_the_addresses(line: str) -> None:
    read = read_person_line(line)
    assert read.name == read.name.strip() and read.title == read.title.strip()
    assert read.salutation in ("", "madame", "monsieur")
    assert all("@" in address and " " not in address for address in read.addresses)
    if "@" not in line:
        assert read.addresses == ()
    for address in read.addresses:
        assert address not in read.name and address not in read.title


@given(
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(
        lambda name: "@" not in name and name.strip()
    ),
    st.from_regex(r"\A[a-z][a-z0-9.]{0,20}@[a-z]{1,10}\.[a-z]{2,4}\Z"),
)
def test_a_name_followed_by_an_address_gives_back_the_address(name: str, address: str) -> None:
    read = read_person_line(f"{name} <{address}>")
    assert read.addresses == (address.rstrip("."),)
    assert "<" + address not in read.name


@pytest.mark.parametrize(
    "hostile",
    ["a" * 200_000, "a@" * 100_000, "(" * 50_000 + "a@b" + ")" * 50_000, "<a@b>" * 30_000, "mailto:" * 30_000 + "@x",
     "(a@b " * 30_000, " - " * 50_000, "«a@b»" * 40_000, " (x" * 50_000, "\x00\u202e" * 50_000],
)  # fmt: skip
def test_a_hostile_line_is_read_in_linear_time(hostile: str) -> None:
    began = time.perf_counter()
    read_person_line(hostile)
    assert time.perf_counter() - began < 1.0
