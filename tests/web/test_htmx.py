"""htmx as progressive enhancement, through the test client: the same form answers the whole
page (or a redirect back) without JavaScript, and only the fragment that changed when htmx
asks (``HX-Request``); CSRF is enforced on both."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from django.http import HttpResponse
from django.test import Client

from lastimpression.interviews.models import Person
from lastimpression.outbox.models import Heartbeat, Message
from lastimpression.planning.models import Action
from tests.outbox.test_replies import FakeImap, mail
from tests.web.conftest import EVENING, csrf_token

Cli = Callable[..., Result]
HTMX = {"HX-Request": "true"}
ROOT = Path(__file__).resolve().parents[2]


pytestmark = pytest.mark.usefixtures("evening")


def post(browser: Client, url: str, data: dict[str, object], page: str, htmx: bool = False) -> HttpResponse:
    response: HttpResponse = browser.post(
        url, {**data, "csrfmiddlewaretoken": csrf_token(browser, page)}, headers=HTMX if htmx else {}
    )
    return response


def drafted(cli: Cli, interview_id: int) -> Message:
    assert cli("draft", str(interview_id)).exit_code == 0
    return Message.objects.get(person__name="Claire Martin")


def test_every_page_loads_the_vendored_htmx_deferred_and_configured_for_the_csp(browser: Client) -> None:
    html = browser.get("/").content.decode()
    assert '<script src="/static/web/htmx-2.0.11.min.js" defer></script>' in html
    assert """<meta name="htmx-config" content='{"includeIndicatorStyles":false""" in html
    served = b"".join(browser.get("/static/web/htmx-2.0.11.min.js").streaming_content)  # type: ignore[arg-type]
    recorded = re.search(r"sha256 `([0-9a-f]{64})`", (ROOT / "docs" / "web.md").read_text(encoding="utf-8"))
    assert recorded is not None and hashlib.sha256(served).hexdigest() == recorded.group(1)


def test_saving_a_message_answers_its_card_with_the_new_findings_to_htmx_and_the_page_otherwise(
    browser: Client, cli: Cli, lyon_panel: int
) -> None:
    claire = drafted(cli, lyon_panel)
    page = f"/interviews/{lyon_panel}/"
    body = claire.body.replace("Bien cordialement,", "Cdt,")
    swapped = post(browser, f"/messages/{claire.id}/save", {"subject": claire.subject, "body": body}, page, htmx=True)
    html = swapped.content.decode()
    assert swapped.status_code == 200 and "HX-Request" in swapped["Vary"]
    assert html.lstrip().startswith(f'<article class="message" id="message-{claire.id}"')
    assert "LI013" in html and "Cdt," in html and "<html" not in html and "<h1" not in html
    assert Message.objects.get(pk=claire.id).body == body

    whole = post(browser, f"/messages/{claire.id}/save", {"subject": claire.subject, "body": claire.body}, page)
    assert whole.status_code == 302 and whole["Location"] == f"{page}#message-{claire.id}"
    assert "Aucun problème relevé." in browser.get(page).content.decode()


def test_a_message_that_cannot_be_saved_says_why_in_its_card(browser: Client, cli: Cli, lyon_panel: int) -> None:
    claire = drafted(cli, lyon_panel)
    page = f"/interviews/{lyon_panel}/"
    refused = post(browser, f"/messages/{claire.id}/save", {"subject": "x" * 301, "body": claire.body}, page, htmx=True)
    assert refused.status_code == 422
    html = refused.content.decode()
    assert html.lstrip().startswith("<article") and 'role="alert"' in html and "subject" in html
    assert Message.objects.get(pk=claire.id).subject == claire.subject


def test_an_htmx_post_without_the_csrf_token_is_refused(browser: Client, cli: Cli, lyon_panel: int) -> None:
    claire = drafted(cli, lyon_panel)
    refused = browser.post(f"/messages/{claire.id}/save", {"subject": "Salut", "body": "Salut"}, headers=HTMX)
    assert refused.status_code == 403
    assert Message.objects.get(pk=claire.id).subject == claire.subject
    action = Action.objects.get(kind="debrief")
    assert browser.post(f"/actions/{action.id}", {"do": "done"}, headers=HTMX).status_code == 403
    assert browser.post("/replies", {}, headers=HTMX).status_code == 403
    assert Action.objects.get(pk=action.id).status == "pending"


def test_a_plan_action_marked_done_answers_its_line_to_htmx(browser: Client, lyon_panel: int) -> None:
    page = f"/interviews/{lyon_panel}/"
    debrief = Action.objects.get(kind="debrief")
    assert f'action="/actions/{debrief.id}"' in browser.get(page).content.decode()
    swapped = post(browser, f"/actions/{debrief.id}", {"do": "done", "next": page}, page, htmx=True)
    html = swapped.content.decode()
    assert swapped.status_code == 200 and "HX-Request" in swapped["Vary"]
    assert re.match(rf'\s*<li id="action-{debrief.id}" class="done"', html), html
    assert ">fait<" in html and "<button" not in html and "<html" not in html
    assert Action.objects.get(pk=debrief.id).status == "done"

    again = post(browser, f"/actions/{debrief.id}", {"do": "skip", "next": page}, page, htmx=True)
    assert again.status_code == 422 and "déjà" in again.content.decode()
    assert Action.objects.get(pk=debrief.id).status == "done"


def test_without_javascript_a_plan_action_changes_and_the_browser_goes_back_to_its_page(
    browser: Client, lyon_panel: int
) -> None:
    linkedin = Action.objects.filter(kind="linkedin").first()
    assert linkedin is not None
    put_off = post(browser, f"/actions/{linkedin.id}", {"do": "snooze", "next": "/"}, "/")
    assert put_off.status_code == 302 and put_off["Location"] == "/"
    assert Action.objects.get(pk=linkedin.id).snoozed_until is not None
    thank_you = Action.objects.filter(kind="thank_you").first()
    assert thank_you is not None
    skipped = post(browser, f"/actions/{thank_you.id}", {"do": "skip", "next": "//evil.example.org/"}, "/")
    assert skipped.status_code == 302 and skipped["Location"] == "/"
    assert Action.objects.get(pk=thank_you.id).status == "skipped"
    unknown = post(browser, f"/actions/{thank_you.id}", {"do": "explode", "next": "/"}, "/")
    assert unknown.status_code == 400


def test_the_connection_test_answers_its_result_alone_to_htmx(browser: Client, lyon_panel: int) -> None:
    swapped = post(browser, "/settings/", {"action": "smtp"}, "/settings/", htmx=True)
    html = swapped.content.decode()
    assert swapped.status_code == 200 and "HX-Request" in swapped["Vary"]
    assert (
        html.strip()
        == '<p class="error">SMTP\u00a0: pas encore configuré\u00a0: configurez-le sur la page Messagerie.</p>'
    )
    whole = post(browser, "/settings/", {"action": "imap"}, "/settings/").content.decode()
    assert (
        "<h1" in whole
        and '<div id="connection-result" role="status"><p class="error">IMAP\u00a0: pas encore configuré' in whole
    )


def test_checking_for_replies_without_imap_says_so_in_plain_words(browser: Client, lyon_panel: int) -> None:
    page = f"/interviews/{lyon_panel}/"
    # Without a mailbox to read, the button is not shown (it could only say it cannot work)...
    assert 'action="/replies"' not in browser.get(page).content.decode()
    assert 'action="/replies"' not in browser.get("/").content.decode()
    # ... and a page posting it anyway is answered in the user's words.
    whole = post(browser, "/replies", {"next": page}, page)
    html = whole.content.decode()
    assert whole.status_code == 200 and "<h1" in html and "n’est pas encore configurée" in html
    assert "docs/mail.md" not in html and "IMAP" not in html, "no jargon, no path: the user's words"
    assert f'href="{page}"' in html
    swapped = post(browser, "/replies", {"next": page}, page, htmx=True)
    assert "<h1" not in swapped.content.decode() and "configurez-la" in swapped.content.decode()
    assert "HX-Trigger" not in swapped


@pytest.fixture
def imap(monkeypatch: pytest.MonkeyPatch, settings: Any) -> FakeImap:
    merged = {name: dict(values) for name, values in settings.CONFIG.settings.items()}
    merged["imap"] = {"host": "imap.example.org", "username": "camille", "password": "x"}
    settings.CONFIG = dataclasses.replace(settings.CONFIG, settings=merged)
    fake = FakeImap()
    monkeypatch.setattr("lastimpression.outbox.replies.connect", lambda account: fake)
    return fake


def test_checking_for_replies_records_one_and_tells_the_page_to_refresh_its_people_and_plan(
    browser: Client, cli: Cli, lyon_panel: int, imap: FakeImap
) -> None:
    claire = drafted(cli, lyon_panel)
    page = f"/interviews/{lyon_panel}/"
    post(browser, f"/messages/{claire.id}/sent", {"confirm": "yes"}, page)
    at = EVENING + timedelta(hours=15)  # Friday 09:00 in Paris
    imap.deliver(mail("claire.martin@example.org", "Re: Merci", at, In_Reply_To=claire.message_id_header), at)
    swapped = post(browser, "/replies", {"next": page}, page, htmx=True)
    html = swapped.content.decode()
    assert swapped.status_code == 200 and swapped["HX-Trigger"] == "replies-checked"
    assert "Claire Martin a répondu le vendredi 4 décembre, 09:00" in html and "<h1" not in html
    assert Person.objects.get(name="Claire Martin").replied_at == at
    assert Action.objects.get(kind="follow_up").status == "cancelled"
    detail = browser.get(page).content.decode()
    assert 'hx-trigger="replies-checked from:body"' in detail

    whole = post(browser, "/replies", {"next": page}, page)
    assert whole.status_code == 200 and "Aucune nouvelle réponse." in whole.content.decode()
    assert not Heartbeat.objects.exists(), "a click is not the outbox running: the agenda's warning stays"


def test_checking_for_replies_when_the_server_cannot_be_reached_says_why(
    browser: Client, lyon_panel: int, imap: FakeImap, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lastimpression.outbox.transport import MailError

    def refused(account: object) -> FakeImap:
        raise MailError("refused", "imap.example.org:993", permanent=False)

    monkeypatch.setattr("lastimpression.outbox.replies.connect", refused)
    page = f"/interviews/{lyon_panel}/"
    swapped = post(browser, "/replies", {"next": page}, page, htmx=True)
    html = swapped.content.decode()
    assert swapped.status_code == 200 and "HX-Trigger" not in swapped
    assert '<p class="error">la connexion a été refusée par imap.example.org:993' in html
