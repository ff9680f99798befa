"""Every command with hostile inputs: no error ever escapes a command (the user would see a
traceback, or at best the last-resort line), and a refusal is an exit status of 1 or 2 with
the error on stderr. The fixed sweep runs each known hostile value once; the fuzz draws more."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import event, given
from hypothesis import strategies as st

from lastimpression.cli import main
from lastimpression.outbox.models import Message
from lastimpression.planning.models import Action
from tests.fuzz.budget import budget

Cli = Callable[..., Result]

HOSTILE_VALUES = [
    "", " ", "-1", "0", "99999999999999999999999999", "abc", "1e9", "\x01", "a\r\nBcc: all@example.org", "\u2028",
    "x" * 10_000, "9999-12-31T23:30", "9999-12-30T10:00", "0001-01-01T00:00", "0001-01-01T00:30", "9999-12-31",
    "1969-12-31", "2026-02-30", "2027-03-28T02:30", "2026-12-03T14:00+25:00", "Mars/Olympus", "FRA", "ZZ",
    "/proc/version", "/nonexistent/dir/x.html", "/tmp", ".", "-5", "1441", "2 semaines", "366 months",
]  # fmt: skip

# Each command with the place of one value: "{}" is replaced by it; {i}, {p}, {a}, {m} by the ids
# of the Lyon interview, Claire Martin, a pending action and a draft.
TEMPLATES = [
    ["interview", "add", "--company", "Acme", "--role", "Dev", "--start", "{}"],
    ["interview", "add", "--company", "Acme", "--role", "Dev", "--start", "2026-12-10T10:00", "--end", "{}"],
    ["interview", "add", "--company", "Acme", "--role", "Dev", "--start", "2026-12-10T10:00", "--duration", "{}"],
    ["interview", "add", "--company", "Acme", "--role", "Dev", "--start", "2026-12-10T10:00", "--decision-by", "{}"],
    ["interview", "add", "--company", "Acme", "--role", "Dev", "--start", "2026-12-10T10:00", "--decision-in", "{}"],
    ["interview", "add", "--company", "{}", "--role", "Dev", "--start", "2026-12-10T10:00"],
    ["interview", "add", "--company", "Acme", "--role", "Dev", "--start", "2026-12-10T10:00", "--timezone", "{}"],
    ["interview", "add", "--company", "Acme", "--role", "Dev", "--start", "2026-12-10T10:00", "--country", "{}"],
    ["interview", "edit", "{i}", "--start", "{}"],
    ["interview", "edit", "{i}", "--decision-by", "{}"],
    ["interview", "show", "{}"],
    ["interview", "outcome", "{}", "--status", "done"],
    ["person", "add", "{i}", "--name", "{}"],
    ["person", "add", "{i}", "--name", "Inès", "--email", "{}"],
    ["person", "edit", "{p}", "--linkedin", "{}"],
    ["person", "replied", "{p}", "--at", "{}"],
    ["person", "replied", "{}"],
    ["plan", "{}"],
    ["agenda", "--days", "{}"],
    ["action", "snooze", "{a}", "--until", "{}"],
    ["action", "done", "{}"],
    ["draft", "{}"],
    ["draft", "{i}", "--person", "{}"],
    ["message", "show", "{}"],
    ["lint", "{}"],
    ["lint", "--file", "{}"],
    ["send", "{m}", "--at", "{}", "--force"],
    ["send", "{}"],
    ["journal", "add", "--context", "Salon", "--when", "{}"],
    ["journal", "add", "--context", "{}"],
    ["card", "{}"],
    ["card", "{i}", "--out", "{}"],
    ["ics", "--out", "{}"],
    ["export", "--out", "{}"],
    ["restore", "{}"],
    ["import", "{}"],
    ["init", "--name", "Camille", "--email", "c@example.org", "--timezone", "{}"],
    ["debrief", "{i}", "--parting-words", "{}"],
]  # fmt: skip


# A command line cannot carry a NUL (argv is C strings): the rest of Unicode can.
ARGV_TEXT = st.text(alphabet=st.characters(blacklist_characters="\x00"), max_size=40)


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=True)


@pytest.fixture
def ids(cli: Cli, lyon_panel: int) -> dict[str, str]:
    assert cli("draft", str(lyon_panel)).exit_code == 0
    action = Action.objects.filter(status="pending").order_by("id").first()
    message = Message.objects.order_by("id").first()
    person = Message.objects.order_by("id").values_list("person_id", flat=True).first()
    assert action is not None and message is not None
    return {"{i}": str(lyon_panel), "{p}": str(person), "{a}": str(action.id), "{m}": str(message.id)}


def filled(template: list[str], value: str, ids: dict[str, str]) -> list[str]:
    args = []
    for part in template:
        args.append(value if part == "{}" else ids.get(part, part))
    return args


def check(args: list[str]) -> Result:
    result = run(*args)
    shown = [arg[:40] for arg in args]
    assert result.exception is None or isinstance(result.exception, SystemExit), (shown, repr(result.exception))
    assert result.exit_code in (0, 1, 2), (shown, result.exit_code)
    assert "Traceback" not in result.stderr, (shown, result.stderr)
    if result.exit_code and not (args[0] == "lint" and result.stdout.strip()):
        # (lint's exit status 1 with its findings on stdout is its contract, PRODUCT.md §5)
        assert result.stderr.strip(), shown
    return result


def test_every_command_with_every_hostile_value_ends_with_an_exit_status(ids: dict[str, str]) -> None:
    tried = 0
    for template in TEMPLATES:
        for value in HOSTILE_VALUES:
            check(filled(template, value, ids))
            tried += 1
    assert tried == len(TEMPLATES) * len(HOSTILE_VALUES)


@budget()
@given(template=st.sampled_from(TEMPLATES), value=st.one_of(st.sampled_from(HOSTILE_VALUES), ARGV_TEXT))
def test_fuzzed_options_never_escape_a_command(ids: dict[str, str], template: list[str], value: str) -> None:
    result = check(filled(template, value, ids))
    event(f"exit {result.exit_code}")


def test_the_hostile_sweep_runs_in_a_real_process_too(program: Callable[..., object], tmp_path: Path) -> None:
    """The console script itself (``run``): a few of the cases above, in a real process."""
    init = program("init", "--name", "Camille", "--email", "camille@example.org")
    assert getattr(init, "returncode") == 0  # noqa: B009
    for args in (["interview", "add", "--company", "A", "--role", "B", "--start", "9999-12-30T10:00"],
                 ["card", "1", "--out", ""], ["restore", str(tmp_path)], ["interview", "show", "-1"]):  # fmt: skip
        done = program(*args)
        assert getattr(done, "returncode") in (1, 2), args  # noqa: B009
        assert "Traceback" not in getattr(done, "stderr"), args  # noqa: B009
