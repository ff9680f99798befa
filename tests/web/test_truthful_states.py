"""Every screen tells the truth (issue "It really leaves"): a step whose message the program will
send is not "to do" nor "late", and has no "Done" button; "I sent it myself" asks first."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime

from click.testing import Result
from django.test import Client

from lastimpression.outbox.models import Message
from lastimpression.planning.models import Action
from tests.conftest import Clock

Cli = Callable[..., Result]


def section(page: str, title_id: str) -> str:
    """The HTML of the dashboard's section titled by ``title_id`` ("" when it is not shown)."""
    found = re.search(rf'<section aria-labelledby="{title_id}">(.*?)</section>', page, re.S)
    return found.group(1) if found else ""


def test_a_scheduled_thank_you_is_listed_as_scheduled_not_as_to_do_and_has_no_done_button(
    browser: Client, cli: Cli, lyon_panel: int, clock: Clock
) -> None:
    clock.at(datetime(2026, 12, 3, 17, 0, tzinfo=UTC))  # 18:00 in Paris: the 16:15 thank-yous are overdue
    drafted = json.loads(cli("draft", str(lyon_panel), "--json").stdout)
    claire = Message.objects.get(pk=drafted[0]["id"])
    assert cli("send", str(claire.id)).exit_code == 0  # tomorrow 09:00, the next business slot
    action = Action.objects.get(interview_id=lyon_panel, kind="thank_you", person_id=claire.person_id)
    page = browser.get("/").content.decode()
    overdue, scheduled = section(page, "overdue-title"), section(page, "scheduled-title")
    assert f'id="action-{action.id}"' in scheduled and f'id="action-{action.id}"' not in overdue
    line = re.search(rf'<li id="action-{action.id}".*?</li>', scheduled, re.S)
    assert line is not None
    assert "programmé\u00a0: le programme l’envoie le" in line.group() and "4 déc" in line.group()
    assert 'value="done"' not in line.group() and "late" not in line.group()
    # Julien's, not scheduled, is still the user's to do, and late.
    julien = Action.objects.get(interview_id=lyon_panel, kind="thank_you", person__name="Julien Moreau")
    assert f'id="action-{julien.id}"' in overdue and 'value="done"' in overdue
    # The interview page says the same.
    plan = browser.get(f"/interviews/{lyon_panel}/").content.decode()
    mine = re.search(rf'<li id="action-{action.id}".*?</li>', plan, re.S)
    assert mine is not None and "programmé" in mine.group() and 'value="done"' not in mine.group()
