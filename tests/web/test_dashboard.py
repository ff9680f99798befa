"""The dashboard: what needs the user, each with a link to it and the buttons that settle it in
the browser (never a command to type), and when the outbox last ran, in the user's words and
time zone."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from itertools import product

import pytest
from click.testing import Result
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from lastimpression.interviews.models import Interview
from lastimpression.outbox.models import Message
from lastimpression.planning.models import Action
from lastimpression.web.common import LANGUAGE_COOKIE
from tests.web.conftest import EVENING, csrf_token

Cli = Callable[..., Result]


pytestmark = pytest.mark.usefixtures("evening")


def post(browser: Client, url: str, data: dict[str, object]) -> object:
    """Post a form as the dashboard's page would: with the CSRF token the page carries."""
    return browser.post(url, {**data, "csrfmiddlewaretoken": csrf_token(browser, "/")})


def needs_you(browser: Client) -> str:
    html = browser.get("/").content.decode()
    assert 'id="alerts-title"' in html, "no “Needs you” section"
    return html.split('id="alerts-title"')[1].split("</section>")[0]


def thank_yous(interview_id: int) -> tuple[Message, Message]:
    from lastimpression.outbox.drafting import draft

    draft(interview_id, "thank_you", None, EVENING)
    return Message.objects.get(person__name="Claire Martin"), Message.objects.get(person__name="Julien Moreau")


def test_a_failed_message_links_to_itself_and_takes_the_next_slot_from_the_dashboard(
    browser: Client, lyon_panel: int
) -> None:
    claire, _ = thank_yous(lyon_panel)
    Message.objects.filter(pk=claire.pk).update(status="failed", last_error="550 5.1.1 No such user")
    needs = needs_you(browser)
    assert f'href="/interviews/{lyon_panel}/#message-{claire.id}"' in needs
    assert "e-mail de remerciement — Claire Martin" in needs and "(Lumière Analytique)" in needs
    assert "échec de l’envoi\u00a0: 550 5.1.1 No such user" in needs
    assert f'action="/messages/{claire.id}/schedule"' in needs
    assert "Envoyer maintenant" in needs and "Prendre le prochain créneau" in needs
    assert "lastimpression" not in needs, "a web user is never told to type a command here"

    response = post(browser, f"/messages/{claire.id}/schedule", {"when": "slot"})
    assert response.status_code == 302 and response["Location"] == f"/interviews/{lyon_panel}/#message-{claire.id}"
    claire.refresh_from_db()
    assert claire.status == "scheduled" and claire.scheduled_at is not None and claire.scheduled_at > EVENING
    assert 'id="alerts-title"' not in browser.get("/").content.decode(), "nothing needs the user any more"


def test_a_message_of_unknown_fate_is_settled_by_it_was_sent_or_it_was_not_sent(
    browser: Client, lyon_panel: int
) -> None:
    claire, julien = thank_yous(lyon_panel)
    Message.objects.filter(pk__in=(claire.pk, julien.pk)).update(status="unknown")
    needs = needs_you(browser)
    assert "il est peut-être parti, peut-être pas" in needs
    assert needs.count("Il est parti") == 2 and needs.count("Il n’est pas parti\u00a0: l’envoyer maintenant") == 2
    assert f'action="/messages/{claire.id}/sent"' in needs and f'action="/messages/{julien.id}/schedule"' in needs

    # Not sent: send it now. Without SMTP, "now" writes it to the outbox folder: NOT sent yet.
    assert post(browser, f"/messages/{julien.id}/schedule", {"when": "now"}).status_code == 302
    julien.refresh_from_db()
    assert julien.status == "scheduled" and julien.written_to
    assert post(browser, f"/messages/{claire.id}/sent", {"confirm": "yes"}).status_code == 302
    assert Message.objects.get(pk=claire.pk).status == "sent"
    needs = needs_you(browser)
    assert "pas encore envoyé\u00a0: il est prêt à partir de votre messagerie" in needs
    assert f'href="/messages/{julien.id}/eml"' in needs and julien.written_to not in needs, "no file path"
    assert "Il est parti" not in needs and "Je l’ai envoyé" in needs
    assert post(browser, f"/messages/{julien.id}/sent", {"confirm": "yes"}).status_code == 302
    assert Message.objects.get(pk=julien.pk).status == "sent"


def test_a_late_message_is_sent_now_or_at_the_next_slot_from_the_dashboard(browser: Client, lyon_panel: int) -> None:
    claire, julien = thank_yous(lyon_panel)
    for message in (claire, julien):
        message.status, message.scheduled_at, message.late = "scheduled", EVENING - timedelta(hours=1), True
        message.save()
    needs = needs_you(browser)
    assert "en retard\u00a0: son heure (jeu 3 déc. 17:00) est passée" in needs
    assert needs.count('name="when" value="now"') == 2 and needs.count('name="when" value="slot"') == 2

    assert post(browser, f"/messages/{claire.id}/schedule", {"when": "slot"}).status_code == 302
    claire.refresh_from_db()
    assert not claire.late and claire.scheduled_at is not None and claire.scheduled_at > EVENING
    assert post(browser, f"/messages/{julien.id}/schedule", {"when": "now"}).status_code == 302
    julien.refresh_from_db()
    assert not julien.late and julien.written_to, "sent now: written to the outbox folder (no SMTP here)"


def test_a_reply_links_to_its_interview(browser: Client, cli: Cli, lyon_panel: int) -> None:
    from lastimpression.interviews.models import Person

    claire = Person.objects.get(name="Claire Martin")
    assert cli("person", "replied", str(claire.id), "--at", "2026-12-03T16:30:00+00:00").exit_code == 0
    needs = needs_you(browser)
    assert f'<a href="/interviews/{lyon_panel}/">Lumière Analytique — Ingénieure data</a>' in needs
    assert "Claire Martin a répondu le jeu 3 déc. 17:30." in needs


def test_the_worker_warning_is_said_once_in_the_users_words_without_a_command(browser: Client, lyon_panel: int) -> None:
    from lastimpression.outbox.worker import beat

    claire, _ = thank_yous(lyon_panel)
    claire.status, claire.scheduled_at = "scheduled", EVENING - timedelta(minutes=30)
    claire.save()
    beat("dispatch", EVENING - timedelta(minutes=20))
    page = browser.get("/").content.decode()
    assert page.count("Des messages sont à envoyer et rien ne les envoie.") == 1
    needs = needs_you(browser)
    assert "Laissez-le ouvert" in needs
    for jargon in ("lastimpression", "--send-every", "cron", "Envois", "passage"):
        assert jargon not in page, jargon

    browser.cookies[LANGUAGE_COOKIE] = "en"
    page = browser.get("/").content.decode()
    assert page.count("Messages are due and nothing is sending them.") == 1
    for jargon in ("lastimpression", "--send-every", "cron", "Outbox", "dispatch"):
        assert jargon not in page, jargon


def test_the_interviews_section_says_there_are_none_and_links_to_add_one(
    browser: Client, cli: Cli, candidate: None
) -> None:
    def upcoming() -> str:
        return browser.get("/").content.decode().split('id="upcoming-title"')[1].split("</section>")[0]

    section = upcoming()
    assert "Aucun entretien pour l’instant." in section and 'href="/interviews/new"' in section
    assert "Rien à faire." not in section
    assert cli("interview", "add", "--company", "Acme", "--role", "Dev", "--start", "2026-11-20T10:00").exit_code == 0
    assert Interview.objects.count() == 1
    section = upcoming()
    assert "Aucun entretien à venir." in section and 'href="/interviews/new"' in section


def test_the_score_list_and_chart_say_the_day_in_the_users_words() -> None:
    from django.utils import timezone, translation

    from lastimpression.web.charts import score_chart, score_items

    scores = [{"end": "2026-12-03T23:30:00+00:00", "company": "Acme", "value": 80}]
    with translation.override("fr"), timezone.override("Europe/Paris"):
        assert "Acme (4 décembre 2026)\u00a0: 80" in score_chart(scores, "Score")  # past midnight in Paris
    with translation.override("en"), timezone.override("America/Toronto"):
        assert "Acme (December 3, 2026): 80" in score_chart(scores, "Score")
    # The chart's text alternative: every interview, an unknown score said "—".
    scores.append({"end": "2026-12-10T10:00:00+00:00", "company": "<Globex>", "value": None})
    with translation.override("fr"), timezone.override("Europe/Paris"):
        assert score_items(scores) == (
            "<li>Acme (4 décembre 2026)\u00a0: 80</li><li>&lt;Globex&gt; (10 décembre 2026)\u00a0: —</li>"
        )


# Each pending line's buttons: what they do, and their words in French.
SETTLE = [("done", "Fait"), ("skip", "Ignorer"), ("snooze", "Reporter")]


def test_each_agenda_line_keeps_its_labelled_done_skip_and_put_off_with_one_token_for_the_page(
    browser: Client, lyon_panel: int
) -> None:
    html = browser.get("/").content.decode()
    agenda = html.split('id="agenda"')[1].split('id="upcoming-title"')[0]
    lines = re.findall(r'<li id="action-(\d+)" class="pending">(.*?)</li>', agenda, flags=re.DOTALL)
    assert len(lines) >= 3, agenda
    for key, line in lines:
        assert f'<span id="action-{key}-what"><span class="what">' in line
        assert f'<a href="/interviews/{lyon_panel}/">Lumière Analytique</a>' in line
        assert f'<form method="post" action="/actions/{key}" class="inline act" hx-post="/actions/{key}"' in line
        assert f'hx-target="#action-{key}" hx-swap="outerHTML">' in line and 'name="next" value="/"' in line
        buttons = re.findall(
            r'<button type="submit" name="do" value="(\w+)"[^>]*aria-describedby="([\w-]+)">(\w+)<', line
        )
        assert buttons == [(do, f"action-{key}-what", words) for do, words in SETTLE], line
    assert len(set(re.findall(r'name="csrfmiddlewaretoken" value="(\w+)"', agenda))) == 1


def test_the_dashboard_asks_the_database_as_often_for_many_lines_as_for_a_few(
    browser: Client, cli: Cli, lyon_panel: int
) -> None:
    def queries() -> int:
        browser.get("/")  # fills the insights' cache for this data
        with CaptureQueriesContext(connection) as captured:
            assert browser.get("/").status_code == 200
        return len(captured)

    few = queries()
    for company in ("Acme", "Globex", "Initech"):
        added = cli("interview", "add", "--company", company, "--role", "Dev", "--start", "2026-12-02T10:00")
        interview_id = added.stdout.strip().splitlines()[-1]
        for name in ("Ana", "Bo"):
            assert cli("person", "add", interview_id, "--name", name, "--email", f"{name}@example.org").exit_code == 0
    assert Action.objects.filter(status="pending").count() > 3 * 3
    assert queries() == few


def test_needs_you_reads_exactly_the_messages_that_need_the_user(lyon_panel: int) -> None:
    from lastimpression.outbox.models import STATUSES
    from lastimpression.outbox.notices import message_kind, needing_attention

    claire, _ = thank_yous(lyon_panel)
    for status, slot, written, late, retry in product(
        [code for code, _ in STATUSES], (None, EVENING), (None, EVENING), (False, True), (None, EVENING)
    ):
        Message.objects.filter(pk=claire.pk).update(
            status=status, scheduled_at=slot, written_at=written, late=late, next_attempt_at=retry
        )
        claire.refresh_from_db()
        found = needing_attention().filter(pk=claire.pk).exists()
        assert found == (message_kind(claire) is not None), (status, slot, written, late, retry)
