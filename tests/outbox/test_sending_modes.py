"""Three honest ways to send (issue "It really leaves"), and every scheduled message says which."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from typing import Any

import pytest
from click.testing import Result

from lastimpression.config import Config
from lastimpression.outbox.drafts import sending_mode
from tests.web.conftest import browser_in

Cli = Callable[..., Result]


def config(**sections: dict[str, Any]) -> Any:
    from django.conf import settings

    return dataclasses.replace(settings.CONFIG, settings=sections)


@pytest.mark.parametrize(
    ("sections", "mode"),
    [
        ({}, "remind"),
        ({"smtp": {"host": "smtp.example.org"}}, "smtp"),
        ({"outbox": {"mode": "smtp"}}, "remind"),  # no server: never a promise it cannot keep
        ({"outbox": {"mode": "drafts"}, "imap": {"host": "imap.example.org"}}, "drafts"),
        ({"outbox": {"mode": "drafts"}, "smtp": {"host": "smtp.example.org"}}, "remind"),
        ({"outbox": {"mode": "remind"}, "smtp": {"host": "smtp.example.org"}}, "remind"),
    ],
)
def test_the_mode_is_the_one_chosen_only_when_its_server_is_set(db: None, sections: dict[str, Any], mode: str) -> None:
    assert isinstance(config(), Config)
    assert sending_mode(config(**sections)) == mode


@pytest.mark.parametrize(
    ("sections", "words"),
    [
        ({"smtp": {"host": "smtp.example.org", "port": 2525, "security": "none"}}, "Le programme l’envoie le"),
        (
            {"outbox": {"mode": "drafts"}, "imap": {"host": "imap.example.org"}},
            "Placé dans les brouillons de votre messagerie",
        ),
        ({}, "Aucun compte de messagerie\u00a0: un rappel pour l’envoyer vous-même le"),
    ],
)
def test_a_scheduled_message_says_how_it_will_leave(
    cli: Cli, lyon_panel: int, configure: Callable[..., None], sections: dict[str, Any], words: str
) -> None:
    configure(**sections)
    (claire, _) = json.loads(cli("draft", str(lyon_panel), "--json").stdout)
    assert cli("send", str(claire["id"])).exit_code == 0
    page = browser_in("fr").get(f"/interviews/{lyon_panel}/").content.decode()
    assert words in page


def test_with_no_account_the_calendar_alarm_rings_at_the_messages_time_and_says_send_it_now(
    cli: Cli, lyon_panel: int, configure: Callable[..., None], tmp_path: Any
) -> None:
    import icalendar

    configure()
    (claire, _) = json.loads(cli("draft", str(lyon_panel), "--json").stdout)
    assert cli("send", str(claire["id"])).exit_code == 0
    out = tmp_path / "plan.ics"
    assert cli("ics", "--out", str(out)).exit_code == 0
    events = [event for event in icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")]
    (thank_you,) = [
        event
        for event in events
        if "Claire Martin" in str(event["SUMMARY"]) and "remerciement" in str(event["SUMMARY"])
    ]
    assert "Envoyez-le maintenant" in str(thank_you["DESCRIPTION"])
    assert thank_you.decoded("DTSTART").isoformat() == "2026-12-03T16:15:00+01:00"
