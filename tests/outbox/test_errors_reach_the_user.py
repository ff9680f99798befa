"""What goes wrong around the outbox reaches the user as one line, never as a traceback: a mail
setting that cannot be used, a database error in the worker's loop, a bad --interval."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from django.db import OperationalError

from lastimpression.outbox.models import Message
from lastimpression.outbox.worker import Pass, run
from tests.outbox.conftest import Cli, Clock, SmtpServer, draft_thank_yous, send


class NoWait(threading.Event):
    """A stop event whose interval between passes is over at once."""

    def wait(self, timeout: float | None = None) -> bool:
        return self.is_set()


def test_an_unreadable_password_file_is_one_error_line_naming_the_setting(
    cli: Cli,
    lyon_panel: int,
    clock: Clock,
    configure: Callable[..., None],
    smtp_server: SmtpServer,
    tmp_path: Path,
) -> None:
    missing = tmp_path / "app-password"
    configure(smtp=smtp_server.settings(username="camille", password_file=str(missing)))
    claire, _ = draft_thank_yous(cli, lyon_panel)
    expected = f"Erreur : [smtp] password_file: le fichier de mot de passe {missing} est illisible"
    result = send(cli, claire, "--now")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.splitlines()[-1] == expected and "Traceback" not in result.stderr
    result = cli("dispatch")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", expected + "\n")
    assert smtp_server.arrived == [] and Message.objects.get(pk=claire.pk).status == "scheduled"


def test_a_database_error_costs_the_worker_one_pass_not_its_life(
    clock: Clock, db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    turns: list[int] = []

    def locked_once(now: object, stop: object, language: str) -> Pass:
        turns.append(1)
        if len(turns) == 1:
            raise OperationalError("database is locked")
        return Pass(clock.now)

    monkeypatch.setattr("lastimpression.outbox.worker.one_pass", locked_once)
    lines: list[str] = []
    assert run(5, clock=clock, passes=2, stop=NoWait(), log=lines.append) == 2
    stamp = clock.now.isoformat(timespec="seconds")
    assert lines == [
        f"{stamp} database error, pass skipped (next in 5 s): database is locked",
        f"{stamp} sent: 0, other: 0, replies: 0",
    ]
    lines.clear()
    turns.clear()
    assert run(60, clock=clock, passes=1, stop=NoWait(), language="fr", log=lines.append) == 1
    assert lines == [
        f"{stamp} erreur de la base de données, passage abandonné (prochain dans 60 s) : database is locked"
    ]


@pytest.mark.parametrize("value", ["2", "3601", "abc", "-5", "1.5"])
def test_a_worker_interval_out_of_range_is_exit_status_1_naming_the_option(
    cli: Cli, candidate: None, value: str
) -> None:
    result = cli("worker", "--interval", value)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == (
        f"Erreur : --interval: doit être un nombre entier de secondes de 5 à 3600, et non {value!r}\n"
    )
