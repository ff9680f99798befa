"""The CLI's lean read path (``lastimpression.reading``) prints what the Django path prints.

Both paths run on one varied home (``tests/cli/lean_home.py``: nine interviews of every status,
people with and without an e-mail, messages in every state, a reply, an old heartbeat), in a
French and an English profile, each in its own process (``_DRIVER``: the commands run one after
the other through click, the lean path forced on or off), and their outputs are compared byte
for byte. The lean path's queries are checked against the models, its words and dates against
``words.label`` and Babel, and the everyday commands are checked to load no Django.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.cli.lean_home import NOW

ROOT = Path(__file__).resolve().parents[2]

# Runs the commands of argv[2] (a JSON list) in this one process; argv[1] "lean" or "django".
_DRIVER = """
import json, sys
from click.testing import CliRunner
from lastimpression.cli import main, runtime
runtime.LEAN = sys.argv[1] == "lean"
done = []
for args in json.loads(sys.argv[2]):
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    done.append([args, result.exit_code, result.stdout, result.stderr])
heavy = sorted({name.split(".")[0] for name in sys.modules} & {"django", "enchant", "rapidfuzz", "babel"})
print(json.dumps({"done": done, "heavy": heavy}))
"""

MESSAGES = range(1, 14)
INTERVIEWS = range(1, 10)


def _environment(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("LASTIMPRESSION_")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return {**env, "LASTIMPRESSION_HOME": str(home), "LASTIMPRESSION_NOW": NOW}


@pytest.fixture(scope="module")
def homes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The varied home with a French profile, and a copy of it with an English one."""
    base = tmp_path_factory.mktemp("lean")
    french = base / "fr"
    built = subprocess.run(
        [sys.executable, "-m", "tests.cli.lean_home"], env=_environment(french), cwd=ROOT,
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    (french / "dictionary.txt").write_text("dataikou\n", encoding="utf-8")
    english = base / "en"
    shutil.copytree(french, english)
    with closing(sqlite3.connect(english / "lastimpression.sqlite3")) as database, database:
        database.execute("UPDATE interviews_profile SET language = 'en'")
    return {"fr": french, "en": english}


def _files(folder: Path) -> dict[str, Path]:
    folder.mkdir(exist_ok=True)
    files = {
        "merci": "Objet : Merci pour notre entretien\n\nBonjour Madame Martin,\n\nJe vous remercie pour notre "
        "échange de jeudi sur dataikou. Je suis très motivée et passionée par ce poste. N'hésitez pas à me "
        "recontacter.\n\nCordialement,\nCamille\n",
        "thanks": "Subject: Thank you\n\nDear Sarah,\n\nThank you for the interview on Thursday. I am passionate "
        "about this role and would love to join. Looking forward to hearing from you.\n\nBest,\nCamille\n",
        "big": "a" * 300_000,
    }
    paths = {name: folder / f"{name}.txt" for name in files}
    for name, text in files.items():
        paths[name].write_text(text, encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Merci beaucoup, à bientôt".encode("latin-1"))
    paths["latin1"] = folder / "latin1.txt"
    return paths


def _commands(files: dict[str, Path]) -> list[list[str]]:
    """Every read command of the lean path, with its options, and the refusals."""
    commands = [
        ["agenda"], ["agenda", "--json"], ["agenda", "--days", "0"], ["agenda", "--days", "366", "--json"],
        ["agenda", "--days", "30"], ["agenda", "--json", "--with-outbox"], ["agenda", "--days", "abc"],
        ["agenda", "--days", "367"], ["today"], ["today", "--json"], ["today", "--json", "--with-outbox"],
        ["interview", "list"], ["interview", "list", "--json"],
        ["interview", "show", "999"], ["interview", "show", "abc"], ["interview", "show", "-1"],
        ["interview", "show", "99999999999999999999999"], ["interview", "show", " 3 "],
        ["plan", "999"], ["plan", "x"],
        ["message", "list"], ["message", "list", "--json"], ["message", "list", "--interview", "999"],
        ["message", "show", "999", "--json"], ["message", "show", "abc", "--json"],
        ["lint", "--file", str(files["merci"])], ["lint", "--file", str(files["merci"]), "--json"],
        ["lint", "--file", str(files["thanks"]), "--language", "en", "--kind", "follow-up"],
        ["lint", "--file", str(files["thanks"]), "--kind", "linkedin", "--json"],
        ["lint", "--file", str(files["merci"].with_name("missing.txt"))], ["lint", "--file", str(files["big"])],
        ["lint", "--file", str(files["latin1"])],
    ]  # fmt: skip
    for status in ("scheduled", "done", "next_round", "offer", "accepted", "rejected", "withdrawn", "cancelled"):
        commands += [["interview", "list", "--status", status], ["interview", "list", "--status", status, "--json"]]
    for key in INTERVIEWS:
        commands += [["interview", "show", str(key)], ["interview", "show", str(key), "--json"]]
        commands += [["plan", str(key)], ["plan", str(key), "--json"]]
        commands += [
            ["message", "list", "--interview", str(key)],
            ["message", "list", "--interview", str(key), "--json"],
        ]
    commands += [["message", "show", str(key), "--json"] for key in MESSAGES]
    return commands


def _drive(path: str, home: Path, commands: list[list[str]]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", _DRIVER, path, json.dumps(commands)], env=_environment(home), cwd=ROOT,
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_lean_path_prints_what_the_django_path_prints(
    homes: dict[str, Path], language: str, tmp_path: Path
) -> None:
    commands = _commands(_files(tmp_path))
    lean = _drive("lean", homes[language], commands)
    django = _drive("django", homes[language], commands)
    # Only lint --file loads the linter (the spell checker, and the fuzzy matcher core.lint imports).
    assert "django" not in lean["heavy"] and "babel" not in lean["heavy"] and "enchant" in lean["heavy"]
    assert "django" in django["heavy"], "the other run took the Django path"
    differing = [
        " ".join(args) for (args, *printed), (_, *expected) in zip(lean["done"], django["done"], strict=True)
        if printed != expected
    ]  # fmt: skip
    assert differing == []
    outputs = {" ".join(args): (code, out, err) for args, code, out, err in lean["done"]}
    # What was compared is what a user sees: a few landmarks of the home, in its language.
    assert outputs["agenda"][0] == 0 and ("EN RETARD" if language == "fr" else "OVERDUE") in outputs["agenda"][1]
    assert "Sarah Thompson" in outputs["agenda"][1] and "(lastimpression worker, " in outputs["agenda"][1]
    assert outputs["interview show abc"][0] == 1 and "interview: " in outputs["interview show abc"][2]
    messages = json.loads(outputs["message list --json"][1])
    assert outputs["message list"][1].count("\n") == 2 + len(messages)
    assert {item["status"] for item in messages} == {
        "draft", "scheduled", "sending", "sent", "failed", "cancelled", "unknown", "bounced",
    }  # fmt: skip
    assert len(json.loads(outputs["interview list --json"][1])) == len(INTERVIEWS)
    merci = outputs[f"lint --file {tmp_path / 'merci.txt'}"]
    # The home's dictionary was read: its word is not flagged, the misspelt one is.
    assert merci[0] == 1 and "LI009" in merci[1] and "passionée" in merci[1] and "dataikou" not in merci[1]


def test_the_lean_path_falls_back_to_django_when_it_would_not_read_the_same(
    homes: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL, no database yet, and a schema behind the code's migrations (Django migrates
    it first): the Django path runs."""
    from lastimpression import reading

    home = tmp_path / "home"
    shutil.copytree(homes["fr"], home)
    database = home / "lastimpression.sqlite3"
    current = reading.open_home(f"sqlite:///{database}")
    assert current is not None
    current.close()
    assert reading.open_home("postgresql://user@localhost/lastimpression") is None
    assert reading.open_home(f"sqlite:///{tmp_path / 'none.sqlite3'}") is None
    assert not (tmp_path / "none.sqlite3").exists()
    with closing(sqlite3.connect(database)) as connection, connection:
        connection.execute("DELETE FROM django_migrations WHERE id = (SELECT max(id) FROM django_migrations)")
    assert reading.open_home(f"sqlite:///{database}") is None
    # The program itself: the home behind its schema is migrated by the Django path and read.
    done = subprocess.run(
        [sys.executable, "-c", _DRIVER, "lean", json.dumps([["interview", "list", "--json"]])],
        env=_environment(home), cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert "django" in result["heavy"] and result["done"][0][1] == 0
    assert reading.open_home(f"sqlite:///{database}") is not None


def test_the_lean_queries_read_columns_the_models_have() -> None:
    """Every column a lean query names exists in the model of its table (a renamed or dropped
    column fails here, not in a user's terminal); columns the models add change nothing."""
    from django.apps import apps

    from lastimpression.interviews import reading as interviews
    from lastimpression.interviews.shapes import PERSON_FIELDS
    from lastimpression.outbox import reading as outbox
    from lastimpression.planning import reading as planning

    tables = {model._meta.db_table: model for model in apps.get_models()}
    missing = []
    for module in (interviews, planning, outbox):
        for table, columns in module.COLUMNS.items():
            model = tables[table]
            have = {field.column for field in model._meta.concrete_fields}
            missing += [f"{table}.{column}" for column in columns if column not in have]
    assert missing == []
    assert interviews.PERSON_COLUMNS == PERSON_FIELDS


def test_the_lean_schema_check_sees_the_migrations_django_sees() -> None:
    from django.db.migrations.loader import MigrationLoader

    from lastimpression import reading

    assert reading.migrations_on_disk() == set(MigrationLoader(None).disk_migrations)


def test_the_lean_words_and_dates_are_djangos_and_babels() -> None:
    from babel.dates import format_date, format_datetime

    from lastimpression import reading, words

    for group, codes in reading.LABELS.items():
        assert set(codes) == set(words.GROUPS[group])
        for code in codes:
            for language in ("fr", "en"):
                assert reading.label(group, code, language) == words.label(group, code, language)
    first = datetime(2026, 1, 5, 7, 5, tzinfo=UTC)  # a Monday
    for moment in [first + timedelta(days=day, hours=day % 17) for day in range(0, 365, 3)]:
        for language in ("fr", "en"):
            assert reading.short_moment(moment, language) == format_datetime(
                moment, "EEE d MMM y HH:mm", locale=language
            )
            assert reading.long_moment(moment, language) == format_datetime(
                moment, "EEEE d MMMM y HH:mm", locale=language
            )
            assert reading.full_date(moment.date(), language) == format_date(moment.date(), "full", locale=language)
    assert reading.full_date(date(2026, 12, 3), "fr") == "jeudi 3 décembre 2026"


def test_the_lean_constants_are_the_outboxs() -> None:
    from lastimpression.outbox import drafts, reading, worker

    assert (reading.SILENCE, reading.PLACED, reading.SENDER_WORDS) == (
        worker.SILENCE, drafts.PLACED, worker.SENDER_WORDS,
    )  # fmt: skip


_PROBE = """
import json, runpy, sys
sys.argv = ["lastimpression", *sys.argv[1:]]
try:
    runpy.run_module("lastimpression", run_name="__main__", alter_sys=True)
except SystemExit:
    pass
sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n")
"""


@pytest.mark.parametrize("command", [["agenda"], ["interview", "list"], ["--help"], ["today", "--json"]])
def test_the_everyday_commands_load_no_django_no_spell_checker_no_fuzzy_matcher(
    homes: dict[str, Path], command: list[str]
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *command], env=_environment(homes["fr"]), cwd=ROOT,
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()
    modules = json.loads(done.stderr.rpartition("MODULES ")[2])
    loaded = sorted({name.split(".")[0] for name in modules} & {"django", "enchant", "rapidfuzz", "babel"})
    assert loaded == []
