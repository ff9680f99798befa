"""A restored file is input like any other: every record goes through the checks the command
line applies, a file the CLI would refuse is refused naming the record and the field, in the
user's language, and nothing is written."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from lastimpression import archive
from lastimpression.interviews.models import Interview, Person, Profile
from tests.test_archive import valid_document, write

Cli = Callable[..., Result]


def with_interview(**changes: Any) -> dict[str, Any]:
    document = valid_document()
    document["data"]["interviews.interview"][0].update(changes)
    return document


CREATED = "2026-11-01T09:00:00+00:00"


def with_person(**changes: Any) -> dict[str, Any]:
    document = valid_document()
    document["data"]["interviews.person"] = [
        {"id": 1, "interview_id": 7, "name": "Claire Martin", "created_at": CREATED, **changes}
    ]
    return document


def with_profile(**changes: Any) -> dict[str, Any]:
    document = valid_document()
    document["data"]["interviews.profile"] = [
        {
            "id": 1,
            "name": "Camille Durand",
            "email": "camille@example.org",
            "timezone": "Europe/Paris",
            "created_at": CREATED,
            **changes,
        }
    ]
    return document


def nothing_written() -> bool:
    return not Interview.objects.exists() and not Person.objects.exists() and not Profile.objects.exists()


@pytest.mark.parametrize(
    ("document", "said"),
    [
        (with_interview(timezone="Mars/Olympus"), "interviews.interview[0].timezone: unknown time zone 'Mars/Olympus'"),
        (with_interview(end="2026-12-03T12:00:00+00:00"), "interviews.interview[0].end: must be after the start"),
        (with_interview(start="0001-01-01T00:30:00+00:00", end="0001-01-01T01:30:00+00:00"),
         "interviews.interview[0].start: '0001-01-01T00:30:00+00:00' is outside the dates"),
        (with_interview(start="9999-12-31T22:00:00+00:00", end="9999-12-31T23:00:00+00:00"),
         "interviews.interview[0].start:"),
        (with_interview(start="2026-12-03T13:00:00"), "interviews.interview[0].start: '2026-12-03T13:00:00' has no UTC offset"),
        (with_interview(company="Acme\x00"), "interviews.interview[0].company: contains a control character"),
        (with_interview(company=42), "interviews.interview[0].company: must be text, not a number"),
        (with_interview(id="7"), "interviews.interview[0].id: must be a whole number, not text"),
        (with_interview(id=10**30), "interviews.interview[0].id: is too large a number"),
        (with_interview(country="ZZ"), "interviews.interview[0].country"),
        (with_interview(decision_by="2026-11-01"), "interviews.interview[0].decision_by: is before the interview"),
        (with_interview(decision_by=20261201), "interviews.interview[0].decision_by: must be an ISO 8601 date"),
        (with_interview(end="2026-12-05T14:00:00+00:00"), "interviews.interview[0].end: is more than 24 hours"),
        (with_person(name="Claire\r\nBcc: everyone@example.org"), "interviews.person[0].name: contains a control character"),
        (with_person(email="not an address"), "interviews.person[0].email"),
        (with_person(topics="PostgreSQL"), "interviews.person[0].topics: must be a list of texts, not text"),
        (with_person(topics=["ok", 3]), "interviews.person[0].topics: must be a list of texts"),
        (with_person(greeted="yes"), "interviews.person[0].greeted: must be true or false, not text"),
        (with_person(replied_at="9999-12-31T23:59:00+00:00"), "interviews.person[0].replied_at:"),
        (with_profile(timezone="Mars/Olympus"), "interviews.profile[0].timezone: unknown time zone"),
        (with_profile(email="camille"), "interviews.profile[0].email"),
        (with_profile(language="de"), "interviews.profile[0].language: must be fr or en"),
        ({**with_person(), "data": {**with_person()["data"], "interviews.person": [{"id": 1, "interview_id": 7,
                                                                              "name": "Claire"}]}},
         "interviews.person[0].created_at: is missing"),
    ],
)  # fmt: skip
def test_a_record_the_cli_would_refuse_is_refused_naming_it_and_its_field(
    cli: Cli, tmp_path: Path, document: dict[str, Any], said: str
) -> None:
    result = cli("restore", str(write(tmp_path, document)))
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert said in result.stderr
    assert nothing_written()


def test_the_refusal_speaks_french_when_the_user_does(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    result = cli("restore", str(write(tmp_path, with_interview(timezone="Mars/Olympus"))))
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "Erreur : interviews.interview[0].timezone: fuseau horaire inconnu 'Mars/Olympus' "
        "(attendu\u00a0: un nom IANA tel que Europe/Paris)"
    )


def test_a_replace_refused_keeps_the_home_as_it_was(cli: Cli, lyon_panel: int, tmp_path: Path) -> None:
    result = cli("restore", str(write(tmp_path, with_interview(timezone="Mars/Olympus"))), "--replace")
    assert result.exit_code == 1
    assert Interview.objects.get().company == "Lumière Analytique"
    for command in (["interview", "list"], ["card", str(lyon_panel)], ["agenda"], ["ics"]):
        assert cli(*command).exit_code == 0


@pytest.mark.parametrize(
    "text",
    ["[" * 200_000 + "]" * 200_000, '{"a": NaN}', "[Infinity]", "[" + "9" * 5000 + "]"],
    ids=["nested", "nan", "infinity", "huge-integer"],
)
def test_a_hostile_json_file_gives_one_line(cli: Cli, tmp_path: Path, text: str) -> None:
    result = cli("restore", str(write(tmp_path, text)))
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "given.json" in result.stderr
    assert nothing_written()


def full_export(cli: Cli, interview_id: int, path: Path) -> dict[str, Any]:
    """A home with every kind of record: a plan, drafts, a debrief, a journal entry."""
    assert cli("draft", str(interview_id)).exit_code == 0
    assert cli("debrief", str(interview_id), "--focused", "--parting", "continuation",
               "--parting-words", "À très vite", "--rate", "Claire Martin:serious=4").exit_code in (0, 1)  # fmt: skip
    assert cli("journal", "add", "--context", "Salon Big Data", "--rate", "cheerful=5").exit_code == 0
    assert cli("export", "--out", str(path)).exit_code == 0
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def test_a_whole_home_restores_through_the_checks(cli: Cli, lyon_panel: int, tmp_path: Path) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    document = full_export(cli, lyon_panel, first)
    assert document["data"]["outbox.message"] and document["data"]["journal.journalentry"]
    result = cli("restore", str(first), "--replace")
    assert result.exit_code == 0, result.stderr
    assert cli("export", "--out", str(second)).exit_code == 0
    assert json.loads(second.read_text(encoding="utf-8"))["data"] == document["data"]


def test_a_message_subject_with_a_line_break_is_refused(cli: Cli, lyon_panel: int, tmp_path: Path) -> None:
    document = full_export(cli, lyon_panel, tmp_path / "home.json")
    document["data"]["outbox.message"][0]["subject"] = "Merci\r\nBcc: everyone@example.org"
    result = cli("restore", str(write(tmp_path, document)), "--replace")
    assert result.exit_code == 1
    assert "outbox.message[0].subject: " in result.stderr, result.stderr


def test_every_table_is_checked(cli: Cli) -> None:
    from lastimpression.archive_checks import CLEANERS

    labels = {model._meta.label_lower for model in archive.exported_models()}
    assert set(CLEANERS) <= labels
    # The tables without cleaning of their own hold only what the program writes (mail
    # accounts' state, the worker's heartbeat): their fields' types and texts are checked.
    assert labels - set(CLEANERS) == {"outbox.mailboxstate", "outbox.heartbeat"}


def test_the_control_characters_refused_are_those_of_unicode_categories_cc_and_cs() -> None:
    import unicodedata

    from lastimpression.archive_checks import _LONG_TEXT_FORBIDDEN, _SHORT_TEXT_FORBIDDEN

    for code in range(0x110000):
        char = chr(code)
        control = unicodedata.category(char) in ("Cc", "Cs")
        assert bool(_SHORT_TEXT_FORBIDDEN.search(char)) == control, hex(code)
        assert bool(_LONG_TEXT_FORBIDDEN.search(char)) == (control and char not in "\n\r\t"), hex(code)
