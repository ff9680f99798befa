"""The command line's contract (PRODUCT.md §5) under careless and hostile input: exit status 2
only for syntax; every other invalid value is exit status 1 and one line on stderr naming it."""

from __future__ import annotations

import json
import stat
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from lastimpression.outbox.models import Message
from tests.conftest import Process

Cli = Callable[..., Result]


def one_line(result: Result) -> str:
    """The one line a refused command printed on stderr."""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


# Every command taking an id, given -1 (click would read it as an option: "No such option").
WITH_A_NEGATIVE_ID = [
    ["interview", "show", "-1"],
    ["interview", "show", "-1", "--json"],
    ["interview", "edit", "-1", "--company", "Acme"],
    ["interview", "outcome", "-1", "--status", "offer"],
    ["interview", "delete", "-1"],
    ["person", "add", "-1", "--name", "Claire Martin"],
    ["person", "edit", "-1", "--name", "Claire Martin"],
    ["person", "remove", "-1"],
    ["person", "replied", "-1"],
    ["plan", "-1"],
    ["action", "done", "-1"],
    ["action", "skip", "-1"],
    ["action", "snooze", "-1"],
    ["draft", "-1"],
    ["draft", "-1", "--kind", "follow-up"],
    ["message", "show", "-1"],
    ["message", "edit", "-1"],
    ["message", "cancel", "-1"],
    ["message", "sent", "-1"],
    ["lint", "-1"],
    ["send", "-1", "--now"],
    ["debrief", "-1", "--focused"],
    ["card", "-1"],
]


@pytest.mark.parametrize("args", WITH_A_NEGATIVE_ID, ids=" ".join)
def test_a_negative_id_is_an_unknown_id_not_an_option(cli: Cli, lyon_panel: int, args: list[str]) -> None:
    result = cli(*args)
    assert result.exit_code == 1, result.output
    assert "-1" in one_line(result)


def test_a_negative_number_given_to_an_option_is_still_its_value(cli: Cli, lyon_panel: int) -> None:
    result = cli("interview", "edit", str(lyon_panel), "--duration", "-5")
    assert result.exit_code == 1, result.output
    assert "duration" in one_line(result)


@pytest.mark.parametrize(
    "args",
    [
        ["interview", "show"],  # a missing argument
        ["interview", "show", "1", "--bogus"],  # an unknown option
        ["interview", "show", "-x"],  # an unknown option, not a number
        ["interview", "outcome", "1", "--status", "hired"],  # outside an option's choices
        ["draft", "-1", "--kind", "postcard"],
        ["nonsense"],  # an unknown command
    ],
    ids=" ".join,
)
def test_syntax_errors_keep_exit_status_2(cli: Cli, lyon_panel: int, args: list[str]) -> None:
    assert cli(*args).exit_code == 2


def test_a_folder_given_as_a_file_is_refused_naming_the_argument(cli: Cli, lyon_panel: int, tmp_path: Path) -> None:
    for args, named in (
        (["import", str(tmp_path)], "FILE"),
        (["import", str(tmp_path), "--dry-run"], "FILE"),
        (["restore", str(tmp_path)], "FILE"),
        (["export", "--out", str(tmp_path)], "--out"),
        (["ics", "--out", str(tmp_path)], "--out"),
        (["card", str(lyon_panel), "--out", str(tmp_path)], "--out"),
        (["lint", "--file", str(tmp_path)], "--file"),
    ):
        result = cli(*args)
        assert result.exit_code == 1, (args, result.output)
        assert named in one_line(result), args


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0b"])
def test_a_subject_with_a_unicode_line_break_is_refused_when_edited_naming_the_subject(
    cli: Cli, lyon_panel: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, separator: str
) -> None:
    drafted = cli("draft", str(lyon_panel), "--json")
    message = json.loads(drafted.stdout)[0]
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import sys, pathlib\n"
        "path = pathlib.Path(sys.argv[1])\n"
        "first, rest = path.read_text(encoding='utf-8').split('\\n', 1)\n"
        f"path.write_text(first + {separator!r} + 'Bcc: everyone@example.org\\n' + rest, encoding='utf-8')\n",
        encoding="utf-8",
    )
    editor.chmod(editor.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    result = cli("message", "edit", str(message["id"]))
    assert result.exit_code == 1, result.output
    assert "subject" in one_line(result)
    assert Message.objects.get(pk=message["id"]).subject == message["subject"]


HUGE = "9" * 10_000


@pytest.mark.parametrize(
    "option, named",
    [
        ("--start", "start"),
        ("--decision-in", "decision"),
        ("--decision-by", "decision"),
        ("--country", "country"),
        ("--timezone", "timezone"),
    ],
)
def test_a_huge_bad_value_is_echoed_cut_short(cli: Cli, candidate: None, option: str, named: str) -> None:
    args = ["interview", "add", "--company", "Acme", "--role", "Data", "--start", "2026-12-10T14:00"]
    result = cli(*args, option, HUGE)
    assert result.exit_code == 1, result.output
    line = one_line(result)
    assert named in line and "…" in line
    assert len(line) < 400


def test_a_calendar_error_is_one_line_even_when_the_value_it_quotes_holds_a_line_break(
    cli: Cli, candidate: None, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.ics"
    broken.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1@x\r\n"
        b"DTSTART;TZID=Europe/Paris:20261203T140000\r\nDTEND;TZID=Europe/Paris:20\\n261203T150000\r\n"
        b"SUMMARY:Entretien Acme\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    result = cli("import", str(broken), "--dry-run")
    assert result.exit_code == 1, result.output
    assert "FILE" in one_line(result)


@pytest.mark.parametrize("country", ["FRA", "UK"])
def test_a_country_code_that_is_not_two_letters_of_iso_is_blamed_on_the_country(
    cli: Cli, candidate: None, country: str
) -> None:
    added = cli("interview", "add", "--company", "Acme", "--role", "Data", "--start", "2026-12-10T14:00",
                "--country", country)  # fmt: skip
    assert added.exit_code == 1, added.output
    line = one_line(added)
    assert "country" in line and "timezone" not in line
    profile = cli("init", "--name", "Camille Durand", "--email", "camille@example.org", "--country", country)
    assert profile.exit_code == 1, profile.output
    assert "country" in one_line(profile) and "timezone" not in one_line(profile)


def test_the_two_letter_code_is_suggested_for_a_three_letter_one(cli: Cli, candidate: None) -> None:
    result = cli("init", "--name", "Camille Durand", "--email", "camille@example.org", "--country", "fra")
    assert result.exit_code == 1
    assert "FR" in one_line(result).replace("FRA", "")


def test_lint_refuses_a_file_too_large_to_be_a_message_naming_the_option(
    cli: Cli, candidate: None, tmp_path: Path
) -> None:
    large = tmp_path / "large.txt"
    large.write_text("Merci pour cet échange. " * 20_000, encoding="utf-8")  # about 500 KB
    result = cli("lint", "--file", str(large))
    assert result.exit_code == 1, result.output
    assert "--file" in one_line(result)
    assert result.stdout == ""


def test_lint_still_reads_a_file_of_message_size(cli: Cli, candidate: None, tmp_path: Path) -> None:
    letter = tmp_path / "merci.txt"
    letter.write_text("Objet : Merci\n\nBonjour Claire,\n\nMerci pour cet échange.\n\nCamille\n", encoding="utf-8")
    result = cli("lint", "--file", str(letter), "--json")
    assert "findings" in json.loads(result.stdout)


def test_the_installed_command_keeps_the_contract_in_its_own_process(program: Process, tmp_path: Path) -> None:
    for args in (["interview", "show", "-1"], ["import", str(tmp_path)]):
        done = program(*args)
        assert done.returncode == 1, (args, done.stderr)
        assert len(done.stderr.splitlines()) == 1 and "Traceback" not in done.stderr
