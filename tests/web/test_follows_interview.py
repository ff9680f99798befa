"""The web's doors to the rules of "a message follows its interview": moving an interview in
the edit form, "Put off" on the plan, "Send now" on a follow-up (issue "One truth")."""

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
from tests.web.test_editing import submit
from tests.web.test_message_card import post

Cli = Callable[..., Result]


def scheduled_thank_yous(cli: Cli, interview_id: int) -> list[Message]:
    drafted = json.loads(cli("draft", str(interview_id), "--json").stdout)
    for message in drafted:
        assert cli("send", str(message["id"])).exit_code == 0
    return [Message.objects.get(pk=message["id"]) for message in drafted]


def test_moving_the_interview_in_the_form_moves_and_rewrites_its_thank_yous_and_says_so(
    browser: Client, cli: Cli, lyon_panel: int
) -> None:
    claire, julien = scheduled_thank_yous(cli, lyon_panel)
    # Thanked the afternoon of the interview: "cet après-midi", no date (issue 15).
    assert all("cet après-midi" in message.body for message in (claire, julien))
    edit = f"/interviews/{lyon_panel}/edit"
    # Monday 17:00-18:15: end + 1 h is after closing, so the thank-yous leave Tuesday from
    # 09:00, the day after the interview, and must say "hier".
    saved = submit(browser, edit, edit, start="2026-12-07T17:00", end="2026-12-07T18:15")
    html = saved.content.decode()
    assert saved.status_code == 200
    assert "réécrit avec les nouvelles dates" in html and "Claire Martin" in html
    for message in (claire, julien):
        message.refresh_from_db()
        assert message.status == "scheduled" and message.scheduled_at is not None
        assert message.scheduled_at >= datetime(2026, 12, 8, 8, tzinfo=UTC)
        assert re.search(r"\bhier\b", message.body) and "cet après-midi" not in message.body, message.body
        assert "jeudi 3 décembre" not in message.body and "lundi 7 décembre" not in message.body


def test_put_off_on_the_plan_moves_the_follow_up_later_never_earlier(
    browser: Client, cli: Cli, lyon_panel: int, clock: Clock
) -> None:
    clock.at(datetime(2026, 12, 4, 9, 0, tzinfo=UTC))
    follow_up = Action.objects.get(interview_id=lyon_panel, kind="follow_up")
    page = f"/interviews/{lyon_panel}/"
    answer = post(browser, f"/actions/{follow_up.id}", {"do": "snooze", "next": page}, page)
    assert answer.status_code in (200, 302)
    moved = Action.objects.get(pk=follow_up.pk)
    assert moved.snoozed_until is not None and moved.snoozed_until > follow_up.due
    # Due Tuesday 22 December at 10:00 (mid-week, mid-morning: issue 15), put off by a day:
    # Wednesday 23 at 10:00.
    assert moved.local_due().isoformat() == "2026-12-23T10:00:00+01:00"


def test_send_now_on_a_follow_up_before_the_promised_date_is_refused_on_the_page(
    browser: Client, cli: Cli, lyon_panel: int
) -> None:
    (follow_up, *_) = json.loads(cli("draft", str(lyon_panel), "--kind", "follow-up", "--json").stdout)
    page = f"/interviews/{lyon_panel}/"
    message = Message.objects.get(pk=follow_up["id"])
    refused = post(
        browser,
        f"/messages/{message.pk}/schedule",
        {"when": "now", "subject": message.subject, "body": message.body},
        page,
    )
    html = refused.content.decode()
    assert refused.status_code == 422
    assert "LI016" in html and "date de relance promise" in html
    assert Message.objects.get(pk=message.pk).status == "draft"


def test_an_outcome_that_cancels_messages_says_so_in_the_pages_language(
    browser: Client, cli: Cli, lyon_panel: int
) -> None:
    """The warnings of "Outcome" come from the catalogue, in the page's language (issue 16)."""
    claire, _ = scheduled_thank_yous(cli, lyon_panel)
    page = f"/interviews/{lyon_panel}/"
    answer = post(browser, f"/interviews/{lyon_panel}/outcome", {"status": "withdrawn"}, page)
    assert answer.status_code == 302
    html = browser.get(page).content.decode()
    assert f"Message {claire.id} (e-mail de remerciement, Claire Martin) annulé" in html
    assert "vous avez retiré votre candidature" in html and "you withdrew" not in html
