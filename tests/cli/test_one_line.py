"""Never a traceback (PRODUCT.md §7): a file that cannot be written, a locked database, a full
disk and a bug each give one line on stderr and exit status 1, and say what was not saved."""

from __future__ import annotations

import errno
import io
from collections.abc import Callable
from contextlib import redirect_stderr
from pathlib import Path

import pytest
from click.testing import Result
from django.db import OperationalError

from lastimpression.cli import main, runtime
from lastimpression.interviews.models import Person, Profile

Cli = Callable[..., Result]


def one_line(result: Result, *words: str) -> str:
    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize("out", ["/nonexistent/dir/x.html", "", "/proc/version", "/tmp", "."])
@pytest.mark.parametrize("command", [["card", "{id}"], ["ics"], ["export"]])
def test_a_file_that_cannot_be_written_is_one_line_naming_out(
    cli: Cli, lyon_panel: int, command: list[str], out: str
) -> None:
    args = [part.replace("{id}", str(lyon_panel)) for part in command]
    one_line(cli(*args, "--out", out), "--out")


def test_card_writes_its_file_whole(cli: Cli, lyon_panel: int, tmp_path: Path) -> None:
    out = tmp_path / "card.html"
    assert cli("card", str(lyon_panel), "--format", "html", "--out", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert not list(tmp_path.glob("*.part"))


def failing_plan(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    """The plan's write (inside the person's transaction) fails as the machine would make it."""

    def fail(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr("lastimpression.interviews.services.replan", fail)


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (OperationalError("database is locked"), "the database is busy"),
        (OperationalError("database or disk is full"), "the disk is full"),
        (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
    ],
    ids=["locked", "sqlite-full", "enospc"],
)
def test_a_locked_database_or_a_full_disk_says_the_person_was_not_saved(
    cli: Cli, lyon_panel: int, monkeypatch: pytest.MonkeyPatch, error: BaseException, said: str
) -> None:
    Profile.objects.update(language="en")
    failing_plan(monkeypatch, error)
    result = cli("person", "add", str(lyon_panel), "--name", "Inès Garnier", "--email", "ines@example.org")
    one_line(result, said, "not saved")
    assert not Person.objects.filter(name="Inès Garnier").exists()


def test_the_locked_database_speaks_french(cli: Cli, lyon_panel: int, monkeypatch: pytest.MonkeyPatch) -> None:
    failing_plan(monkeypatch, OperationalError("database is locked"))
    result = cli("person", "add", str(lyon_panel), "--name", "Inès Garnier")
    one_line(result, "la base de données est occupée", "n'est pas enregistré")


def test_a_bug_is_one_line_and_a_log_without_secrets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LASTIMPRESSION_HOME", str(tmp_path))
    monkeypatch.setenv("LASTIMPRESSION_SMTP_PASSWORD", "hunter2-very-secret")

    def broken() -> None:
        raise RuntimeError("the plan met hunter2-very-secret")

    monkeypatch.setattr(runtime, "setup", broken)
    with pytest.raises(SystemExit) as exited:
        runtime.last_resort(main, ["agenda"])
    assert exited.value.code == 1
    stderr = capsys.readouterr().err
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr
    assert "unexpected failure (RuntimeError" in lines[0]
    logs = list((tmp_path / "logs").glob("crash-*.log"))
    assert len(logs) == 1 and str(logs[0]) in lines[0]
    logged = logs[0].read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "broken" in logged
    assert "hunter2-very-secret" not in logged


def test_a_bug_with_no_writable_home_is_still_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LASTIMPRESSION_HOME", "/proc/version/home")

    def broken() -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(runtime, "setup", broken)
    stderr = io.StringIO()
    with redirect_stderr(stderr), pytest.raises(SystemExit):
        runtime.last_resort(main, ["agenda"])
    assert len(stderr.getvalue().strip().splitlines()) == 1
    assert "no log" in stderr.getvalue()
