"""The calendar reader with the wild calendars of the corpus, mutated line by line (issue
"Nothing breaks it"): every file is read or refused in one clear line (``IcsError``), nothing
else escapes, whatever is deleted, duplicated, replaced or inserted. A few dozen in `make test`,
FUZZ_EXAMPLES in `make fuzz`."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.core.test_icsfile import FUZZ_WINDOW, line_strategy, read_or_refuse
from tests.fuzz.budget import budget

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "ics-wild"
FILES = sorted(CORPUS.glob("*.ics")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not FILES, reason=f"the corpus is not beside the checkout ({CORPUS})")
@budget()
@given(
    st.sampled_from(FILES or [Path("none")]),
    st.lists(
        st.tuples(st.sampled_from(["delete", "duplicate", "replace", "insert"]), st.integers(0, 10_000), line_strategy),
        min_size=1,
        max_size=6,
    ),
    st.booleans(),
)
def test_mutated_wild_calendars_are_read_or_refused_in_one_line(
    path: Path, mutations: list[tuple[str, int, str]], with_window: bool
) -> None:
    lines = path.read_bytes().decode("utf-8", "replace").split("\n")
    for operation, position, new_line in mutations:
        index = position % max(len(lines), 1)
        if operation == "delete" and lines:
            del lines[index]
        elif operation == "duplicate" and lines:
            lines.insert(index, lines[index])
        elif operation == "replace" and lines:
            lines[index] = new_line
        else:
            lines.insert(index, new_line)
    read_or_refuse("\n".join(lines).encode("utf-8", "surrogatepass"), window=FUZZ_WINDOW if with_window else None)
