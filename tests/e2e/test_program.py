"""The real program in its own process: start-up, a fresh home, the web server."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
import urllib.error
import urllib.request
from http.cookiejar import CookieJar

from tests.conftest import Process

HEAVY = ("django", "enchant", "icalendar", "babel", "holidays", "sqlite3", "jinja2")


def test_help_loads_no_web_framework_database_spell_checker_or_calendar(program: Process) -> None:
    result = program("--help", env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert result.returncode == 0
    assert "interview" in result.stdout and "Example:" in result.stdout
    imported = {
        line.split("|")[-1].strip().split(".")[0]
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert "click" in imported
    assert not imported & set(HEAVY), imported & set(HEAVY)
    assert not program.home.exists(), "--help must not create the home"


def test_a_fresh_home_is_created_private_and_filled_by_the_demo(program: Process) -> None:
    demo = program("demo", env={"LASTIMPRESSION_NOW": "2026-11-26T15:00:00+01:00"})
    assert demo.returncode == 0, demo.stderr
    assert demo.stderr.strip() == "Clock set by LASTIMPRESSION_NOW: 2026-11-26T15:00:00+01:00"
    assert stat.S_IMODE(program.home.stat().st_mode) == 0o700
    assert stat.S_IMODE((program.home / "secret_key").stat().st_mode) == 0o600
    listed = json.loads(program("interview", "list", "--json").stdout)
    assert [(item["company"], item["language"], item["timezone"]) for item in listed] == [
        ("Lumière Analytique", "fr", "Europe/Paris"),
        ("Northwind Labs", "en", "America/Toronto"),
    ]
    lyon, montreal = listed
    assert lyon["start"] == "2026-11-25T14:00:00+01:00"
    assert [person["register"] for person in lyon["people"]] == ["vous", "tu"]
    assert lyon["people"][1]["topics"] and not lyon["people"][0]["topics"]
    assert montreal["start"] == "2026-12-01T10:30:00-05:00" and montreal["subdivision"] == "QC"
    again = program("demo")
    assert again.returncode == 1
    assert again.stderr.startswith("Erreur : home: n’est pas vide")
    assert len(json.loads(program("interview", "list", "--json").stdout)) == 2


def test_the_sqlite_database_runs_in_wal_mode(program: Process) -> None:
    assert program("init", "--name", "Sam Taylor", "--email", "sam@example.com").returncode == 0
    import sqlite3

    with sqlite3.connect(program.home / "lastimpression.sqlite3") as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_migrate_names_the_migrations_it_applied_then_says_up_to_date(program: Process) -> None:
    first = program("migrate")
    assert first.returncode == 0, first.stderr
    applied, done = first.stdout.splitlines()
    assert applied.startswith("Applied ") and "outbox.0003_prepared" in applied and done == "Database up to date."
    again = program("migrate")
    assert again.returncode == 0 and again.stdout == "Database up to date.\n"


def test_a_bad_clock_is_an_error_naming_it(program: Process) -> None:
    result = program("interview", "list", env={"LASTIMPRESSION_NOW": "2026-11-26T15:00:00"})
    assert result.returncode == 1
    assert (
        result.stderr.strip()
        == "Error: LASTIMPRESSION_NOW: '2026-11-26T15:00:00' has no UTC offset (add e.g. +01:00 or Z)"
    )


def test_serve_prints_its_url_with_the_token_and_guards_every_page(program: Process) -> None:
    assert program("demo").returncode == 0
    server = subprocess.Popen(
        [sys.executable, "-m", "lastimpression", "serve", "--port", "0"],
        env=program.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        match = re.fullmatch(r"http://127\.0\.0\.1:(\d+)/\?token=([\w-]+)", url)
        assert match, url
        base = f"http://127.0.0.1:{match.group(1)}/"
        try:
            urllib.request.urlopen(base, timeout=10)
            raise AssertionError("a page without the token must answer 403")
        except urllib.error.HTTPError as error:
            assert error.code == 403
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        with opener.open(url, timeout=10) as response:
            page = response.read().decode()
            assert response.geturl() == base
        assert "Lumière Analytique" in page and "Northwind Labs" in page
        request = urllib.request.Request(base, headers={"Host": "evil.example.com"})
        try:
            opener.open(request, timeout=10)
            raise AssertionError("a foreign Host must answer 400")
        except urllib.error.HTTPError as error:
            assert error.code == 400
    finally:
        server.terminate()
        _, errors = server.communicate(timeout=10)
    assert match.group(2) not in errors, "the token must never reach the log"


def test_python_dash_m_and_the_console_script_are_the_same_program(program: Process) -> None:
    script = os.path.join(os.path.dirname(sys.executable), "lastimpression")
    result = subprocess.run([script, "--version"], capture_output=True, text=True, env=program.env, timeout=30)
    assert result.returncode == 0 and "version" in result.stdout
