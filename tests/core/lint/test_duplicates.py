"""LI011: near-duplicates among the messages of one kind to one company."""

from __future__ import annotations

import difflib
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lastimpression.core.lint.duplicates import THRESHOLD, similarity
from tests.core.lint.conftest import Check
from tests.core.lint.pairs import Pair, params, run_pair
from tests.core.lint.world import CLAIRE, FR_FOLLOW_UP, FR_THANK_YOU, FR_THANK_YOU_TU, LYON, context_for

SWAPPED = replace(FR_THANK_YOU, body=FR_THANK_YOU.body.replace("Madame Martin,", "Monsieur Moreau,"))

PAIRS = [
    Pair("the same thank-you with the name swapped", "fr_thank_you", "LI011", "warning",
         clean_context={"siblings": (FR_THANK_YOU_TU,)}, context={"siblings": (FR_THANK_YOU_TU, SWAPPED)}),
    Pair("a thank-you from the previous round, copied", "fr_thank_you", "LI011", "warning",
         (("hier", "ce matin"),), context={"siblings": (FR_THANK_YOU,)}),
]  # fmt: skip


@pytest.mark.parametrize("pair", params(PAIRS))
def test_a_near_duplicate_of_another_message_is_a_warning(check: Check, pair: Pair) -> None:
    run_pair(check, pair)


def test_the_warning_says_how_similar_and_to_which_message(check: Check) -> None:
    context = context_for(FR_THANK_YOU, CLAIRE, LYON, siblings=(SWAPPED, FR_THANK_YOU_TU))
    (finding,) = [f for f in check(FR_THANK_YOU, context) if f.code == "LI011"]
    a, b = sorted(" ".join(draft.body.split()) for draft in (FR_THANK_YOU, SWAPPED))
    ratio = difflib.SequenceMatcher(None, a, b).ratio()
    assert f"{round(ratio * 100)}% the same" in finding.message
    assert "“Monsieur Moreau,”" in finding.message
    assert "«\u00a0Monsieur Moreau,\u00a0»" in finding.message_fr


def test_only_messages_of_the_same_kind_are_compared(check: Check) -> None:
    follow_up_copy = replace(SWAPPED, kind="follow_up")
    context = context_for(FR_THANK_YOU, CLAIRE, LYON, siblings=(follow_up_copy, FR_FOLLOW_UP))
    assert [f for f in check(FR_THANK_YOU, context) if f.code == "LI011"] == []


def test_distinct_panel_messages_are_not_near_duplicates() -> None:
    assert similarity(FR_THANK_YOU.body, FR_THANK_YOU_TU.body) <= THRESHOLD


_texts = st.text(alphabet="abcde fgh.,\n", max_size=300)


@settings(max_examples=300, deadline=None)
@given(first=_texts, edits=st.lists(st.tuples(st.integers(0, 300), st.sampled_from(["", "x", "ab", " "])), max_size=12))
def test_the_rapidfuzz_prefilter_never_hides_a_difflib_near_duplicate(first: str, edits: list[tuple[int, str]]) -> None:
    second = first
    for position, insert in edits:
        second = second[:position] + insert + second[position + 1 :]
    a, b = sorted((" ".join(first.split()), " ".join(second.split())))
    expected = difflib.SequenceMatcher(None, a, b).ratio()
    assert (similarity(first, second) > THRESHOLD) == (expected > THRESHOLD)
    assert similarity(first, second) == similarity(second, first)
    if expected > THRESHOLD:
        assert similarity(first, second) == expected
