"""Fuzzing restore: a real export with one value replaced by a hostile one is either refused in
one line (and the home is unchanged) or restored into a home every reading command can read."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from hypothesis import event, given
from hypothesis import strategies as st

from lastimpression.cli import main
from lastimpression.interviews.models import Interview
from tests.fuzz.budget import budget

Cli = Callable[..., Result]

HOSTILE: st.SearchStrategy[Any] = st.one_of(
    st.sampled_from([
        None, True, False, 0, -1, 2**63, 10**30, 1.5, "", " ", "\x00", "Claire\r\nBcc: all@example.org", "\u2028",
        "Mars/Olympus", "0001-01-01T00:00:00+00:00", "9999-12-31T23:59:59+00:00", "2026-12-03T13:00:00",
        "2026-12-03", "0001-01-01", "x" * 10_000, [], {}, ["a"], [1], {"a": 1}, {"serious": 9}, "ZZ", "de", "tu",
        "2026-12-02T13:00:00+00:00", "2027-12-03T13:00:00+00:00",
    ]),
    st.text(max_size=30),
    st.integers(),
    st.lists(st.one_of(st.text(max_size=5), st.integers()), max_size=3),
    st.dictionaries(st.text(max_size=8), st.one_of(st.integers(), st.booleans(), st.text(max_size=3)), max_size=3),
)  # fmt: skip

READERS = (["interview", "list"], ["interview", "list", "--json"], ["agenda"], ["agenda", "--json"], ["ics"],
           ["message", "list"], ["journal", "list"], ["stats"])  # fmt: skip


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=True)


def held(result: Result) -> bool:
    """No error escaped the command: it ended with an exit status, not an exception."""
    return result.exception is None or isinstance(result.exception, SystemExit)


@pytest.fixture
def exported(cli: Cli, lyon_panel: int, tmp_path: Path) -> dict[str, Any]:
    assert cli("draft", str(lyon_panel)).exit_code == 0
    assert cli("journal", "add", "--context", "Salon Big Data", "--rate", "cheerful=5").exit_code == 0
    path = tmp_path / "home.json"
    assert cli("export", "--out", str(path)).exit_code == 0
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


@budget()
@given(data=st.data(), value=HOSTILE)
def test_a_mutated_export_is_refused_in_one_line_or_restores_into_a_readable_home(
    exported: dict[str, Any], tmp_path: Path, data: st.DataObject, value: Any
) -> None:
    document = copy.deepcopy(exported)
    tables = sorted(label for label, rows in document["data"].items() if rows)
    label = data.draw(st.sampled_from(tables), label="table")
    rows = document["data"][label]
    index = data.draw(st.integers(0, len(rows) - 1), label="row")
    field = data.draw(st.sampled_from(sorted(rows[index])), label="field")
    rows[index][field] = value
    path = tmp_path / "mutated.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    before = sorted(Interview.objects.values_list("id", "company", "timezone"))

    result = run("restore", str(path), "--replace")
    assert held(result), f"{label}[{index}].{field} = {value!r}: {result.exception!r}"
    event("refused" if result.exit_code else "restored")
    if result.exit_code != 0:
        assert result.exit_code == 1
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert sorted(Interview.objects.values_list("id", "company", "timezone")) == before
        return
    commands = [*READERS, *(["plan", str(i)] for i in Interview.objects.values_list("id", flat=True)),
                *(["card", str(i)] for i in Interview.objects.values_list("id", flat=True))]  # fmt: skip
    for command in commands:
        after = run(*command)
        assert held(after), f"{label}[{index}].{field} = {value!r} restored, then {command}: {after.exception!r}"
        assert after.exit_code == 0, (command, after.stderr)
    # Back to the original home for the next example.
    original = tmp_path / "original.json"
    original.write_text(json.dumps(exported), encoding="utf-8")
    assert run("restore", str(original), "--replace").exit_code == 0
