"""The shared fixture world: a candidate, a French panel of two, an English interviewer in Montréal."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from hypothesis import settings

from lastimpression.cli import main, runtime


def _sleep_without_clock_nanosleep(seconds: float) -> None:
    """``time.sleep`` for the shifted-date pass (``make test-shifted``): libfaketime 0.9.10 with
    a real monotonic clock (``FAKETIME_DONT_FAKE_MONOTONIC=1``) fails every sleep, which Python
    makes with an absolute ``clock_nanosleep`` on that clock ("[Errno 22] Invalid argument");
    ``subprocess`` sleeps while it waits for a child that has closed its pipes but not yet
    exited, so a loaded machine turned that into random errors. ``select`` waits a relative
    time, which libfaketime leaves alone."""
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    select.select([], [], [], seconds)


if os.environ.get("FAKETIME_DONT_FAKE_MONOTONIC") == "1" and "faketime" in os.environ.get("LD_PRELOAD", ""):
    time.sleep = _sleep_without_clock_nanosleep

# No per-example deadline: on a loaded 2-core machine (CI runs the whole suite there), a slow
# first example is the machine, not the code. Speed is measured by the benchmarks instead.
settings.register_profile("lastimpression", deadline=None)
settings.load_profile("lastimpression")


@pytest.fixture(autouse=True)
def _fresh_language() -> None:
    runtime._language = None


@pytest.fixture(autouse=True)
def _settings_restored() -> Iterator[None]:
    """The settings a test's code may replace (a page that saves config.toml reloads
    ``settings.CONFIG``; serve's warm-up narrows ``ALLOWED_HOSTS`` as serve does) are the
    suite's again after it: one test's mail set-up never becomes the next one's."""
    from django.conf import settings as django_settings

    config, home, hosts = django_settings.CONFIG, django_settings.HOME, list(django_settings.ALLOWED_HOSTS)
    yield
    django_settings.CONFIG, django_settings.HOME = config, home
    django_settings.ALLOWED_HOSTS = hosts


# Thursday 3 December 2026, 15:30 in Paris: the Lyon interview (14:00-15:15) has just ended.
DEFAULT_NOW = datetime(2026, 12, 3, 14, 30, tzinfo=UTC)


class Clock:
    """The program's clock (``lastimpression.clock.now``), stopped, and moved by the test."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def at(self, instant: datetime) -> datetime:
        self.now = instant
        return instant

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture(autouse=True)
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """The one frozen clock of the whole suite: every test runs at DEFAULT_NOW unless it moves
    it (``clock.at(...)``), so no test depends on the machine's date."""
    current = Clock(DEFAULT_NOW)
    monkeypatch.setattr("lastimpression.clock.now", current)
    return current


@pytest.fixture
def cli(db: None) -> Callable[..., Result]:
    """Run the CLI in-process against the test database: cli("interview", "list", "--json")."""
    runner = CliRunner()

    def run(*args: str, input: str | None = None) -> Result:
        return runner.invoke(main, list(args), input=input, catch_exceptions=False)

    return run


@pytest.fixture
def candidate(cli: Callable[..., Result]) -> None:
    result = cli(
        "init", "--name", "Camille Durand", "--email", "camille.durand@example.org", "--agreement", "feminine",
        "--proof", "Chez Datalyse, j’ai migré l’entrepôt de données vers PostgreSQL en quatre mois, sans interruption.",
        "--proof", "At Datalyse I moved the data warehouse to PostgreSQL in four months with no downtime.",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr


@pytest.fixture
def lyon_panel(cli: Callable[..., Result], candidate: None) -> int:
    """A French interview in Lyon with Claire Martin (vous) and Julien Moreau (tu, topics)."""
    result = cli(
        "interview", "add", "--company", "Lumière Analytique", "--role", "Ingénieure data",
        "--start", "2026-12-03T14:00", "--duration", "75", "--decision-in", "2 semaines",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    interview_id = int(result.stdout.strip().splitlines()[-1])
    for args in (
        ["--name", "Claire Martin", "--email", "claire.martin@example.org", "--salutation", "madame"],
        ["--name", "Julien Moreau", "--email", "julien.moreau@example.org", "--register", "tu",
         "--topic", "la migration vers PostgreSQL", "--topic", "les tests de bout en bout"],
    ):  # fmt: skip
        assert cli("person", "add", str(interview_id), *args).exit_code == 0
    return interview_id


@pytest.fixture
def montreal_call(cli: Callable[..., Result], candidate: None) -> int:
    result = cli(
        "interview", "add", "--company", "Northwind Labs", "--role", "Data Engineer", "--start", "2027-06-23T16:00",
        "--country", "CA", "--subdivision", "QC", "--language", "en", "--mode", "video",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    interview_id = int(result.stdout.strip().splitlines()[-1])
    cli("person", "add", str(interview_id), "--name", "Sarah Thompson", "--email", "sarah@example.com")
    return interview_id


class Process:
    """The real program in its own process, with its own home (cold start, real SQLite file)."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.env = {key: value for key, value in os.environ.items() if not key.startswith("LASTIMPRESSION_")}
        self.env["LASTIMPRESSION_HOME"] = str(home)

    def __call__(
        self, *args: str, env: dict[str, str] | None = None, **kwargs: Any
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "lastimpression", *args],
            env={**self.env, **(env or {})},
            capture_output=True,
            text=True,
            timeout=60,
            **kwargs,
        )


@pytest.fixture
def program(tmp_path: Path) -> Process:
    return Process(tmp_path / "home")
