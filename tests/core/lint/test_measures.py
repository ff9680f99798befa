"""The linter measures length exactly as the composer does (it keeps its own copy so that
importing the linter does not import the template engine)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lastimpression.core.compose import measure
from lastimpression.core.lint.text import linkedin_length, word_count

_pieces = ["a", "é", "e\u0301", " ", "\u00a0", "\u202f", "\n", "–", "?", "’", "7", "😀", "_", "\u200b", "²"]
_texts = st.lists(st.sampled_from(_pieces), max_size=40).map("".join)


@settings(max_examples=300)
@given(text=st.one_of(st.text(), _texts))
def test_word_count_and_linkedin_length_are_the_composers(text: str) -> None:
    assert word_count(text) == measure.word_count(text)
    assert linkedin_length(text) == measure.linkedin_length(text)
