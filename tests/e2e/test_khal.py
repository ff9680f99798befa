"""The exported calendar imported by a real calendar client, khal (Debian package)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import Process


def khal_config(tmp_path: Path) -> Path:
    (tmp_path / "cal").mkdir()
    config = tmp_path / "khal.conf"
    config.write_text(
        f"""[calendars]
[[li]]
path = {tmp_path / "cal"}
type = calendar

[locale]
local_timezone = Europe/Paris
default_timezone = Europe/Paris
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M

[sqlite]
path = {tmp_path / "khal.db"}
""",
        encoding="utf-8",
    )
    return config


@pytest.fixture
def khal(tmp_path: Path):
    if shutil.which("khal") is None:
        if os.environ.get("CI"):
            pytest.fail("khal is not installed: `make test` installs it (scripts/system-packages.sh)")
        pytest.skip("khal is not installed (apt-get install khal)")
    config = khal_config(tmp_path)

    def run(*args: str) -> str:
        result = subprocess.run(["khal", "-c", str(config), *args], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        return result.stdout

    return run


def test_khal_shows_the_plan_and_the_interview_alarm_at_the_right_times(program: Process, khal, tmp_path: Path) -> None:
    now = {"LASTIMPRESSION_NOW": "2026-11-26T15:00:00+01:00"}
    assert program("demo", env=now).returncode == 0
    exported = tmp_path / "plan.ics"
    result = program("ics", "--out", str(exported), env=now)
    assert result.returncode == 0, result.stderr
    assert "écrits dans" in result.stdout
    khal("import", "--batch", "-a", "li", str(exported))
    listing = khal("list", "2026-11-25", "30d", "--format", "{start} {end} {title} [{alarm-symbol}]")
    lines = listing.splitlines()
    # The Lyon panel ended Wednesday 25 November at 15:15: thank-yous at 16:15, debrief at 19:00.
    assert (
        "2026-11-25 16:15 2026-11-25 16:30 E-mail de remerciement — Claire Martin (Lumière Analytique) [ ⏰]" in lines
    )
    assert "2026-11-25 19:00 2026-11-25 19:30 Débriefing (Lumière Analytique) [ ⏰]" in lines
    # The Montréal call, Tuesday 1 December 10:30-11:15 in Toronto, is 16:30-17:15 in Paris, with its alarm.
    assert "2026-12-01 16:30 2026-12-01 17:15 Entretien — Northwind Labs (Data Engineer) [ ⏰]" in lines
    # Its thank-you is at 12:15 Toronto time, 18:15 in Paris.
    assert "2026-12-01 18:15 2026-12-01 18:30 E-mail de remerciement — Sarah Thompson (Northwind Labs) [ ⏰]" in lines
    # "2 semaines" from Wednesday 25 November: decision 9 December, follow-up Thursday 10 (mid-week)
    # at 10:00 (CRAFT R25: mid-morning).
    assert "2026-12-10 10:00 2026-12-10 10:15 Relance (Lumière Analytique) [ ⏰]" in lines
    events = len(list((tmp_path / "cal").iterdir()))

    # Importing the export again updates the events, it does not duplicate them.
    khal("import", "--batch", "-a", "li", str(exported))
    assert len(list((tmp_path / "cal").iterdir())) == events
    assert khal("list", "2026-11-25", "30d", "--format", "{title}").count("Entretien — Northwind Labs") == 1


def test_the_interview_alarm_carries_the_exit_checklist(program: Process, tmp_path: Path) -> None:
    now = {"LASTIMPRESSION_NOW": "2026-11-26T15:00:00+01:00"}
    program("demo", env=now)
    text = program("ics", env=now).stdout
    unfolded = text.replace("\r\n ", "")
    assert "TRIGGER;RELATED=END:-PT10M" in unfolded
    # The Montréal interview is a video call: its checklist is the call's, not the corridor's.
    assert "remerciez chaque personne par son nom" in unfolded
    assert (
        "Saluez chaque personne croisée en partant"
        not in unfolded.split("UID:interview-2@lastimpression")[0].rsplit("BEGIN:VEVENT", 1)[-1]
    )
    assert "UID:interview-2@lastimpression" in unfolded
