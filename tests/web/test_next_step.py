"""The dashboard leads with the one next thing to do, as one button: the profile, an interview,
the mail set-up, a message that needs the user, the thank-yous, a debrief; then the agenda. No
jargon, no path, no command anywhere on it."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

import pytest
from click.testing import Result

from lastimpression.outbox.models import Message
from tests.web.conftest import EVENING, browser_in

Cli = Callable[..., Result]

pytestmark = pytest.mark.usefixtures("evening")

# What a candidate must never be told to do or read on the dashboard.
JARGON = ("cron", "docs/mail.md", "config.toml", "lastimpression ", "--", "Envois", "Outbox", "IMAP", "/tmp/", "/home/")


@pytest.fixture
def mail_ready(settings: Any) -> None:
    """Mail set up as "remind me" (the set-up page's third choice)."""
    merged = {name: dict(values) for name, values in settings.CONFIG.settings.items()}
    merged["outbox"] = {"mode": "remind"}
    settings.CONFIG = dataclasses.replace(settings.CONFIG, settings=merged)


def lead(language: str = "fr") -> tuple[str, str]:
    """The lead's sentence and its primary button (its text, where it goes), and checks it is
    the first thing after the title."""
    html = browser_in(language).get("/").content.decode()
    main = html.split('<main id="main">')[1]
    assert re.match(r'\s*<h1>[^<]+</h1>\s*<section aria-labelledby="lead-title"', main), main[:400]
    section = main.split("</section>")[0]
    button = re.search(r'<a class="button primary" href="([^"]+)">([^<]+)</a>', section)
    assert button is not None, section
    text = re.search(r"<p>([^<]+)</p>", section)
    assert text is not None
    return text.group(1), f"{button.group(2)} -> {button.group(1)}"


def no_jargon(html: str) -> None:
    visible = re.sub(r"<[^>]+>", " ", html.split('<main id="main">')[1])
    for word in JARGON:
        assert word not in visible, word


def test_without_a_profile_the_lead_is_to_create_it(db: None) -> None:
    assert lead()[1] == "Créer votre profil -> /settings/"


def test_a_new_user_is_led_to_add_an_interview_and_sees_no_empty_agenda(candidate: None) -> None:
    text, button = lead()
    assert button == "Ajouter un entretien -> /interviews/new" and "Vous sortez d’un entretien" in text
    html = browser_in("fr").get("/").content.decode()
    assert "Rien à faire" not in html and 'id="overdue-title"' not in html and 'id="today-title"' not in html
    assert "Vérifier les réponses" not in html, "no mailbox to read: no button that cannot work"
    no_jargon(html)
    no_jargon(browser_in("en").get("/").content.decode())
    assert lead("en")[1] == "Add an interview -> /interviews/new"


def test_then_mail_set_up_comes_first(lyon_panel: int) -> None:
    text, button = lead()
    assert button == "Configurer la messagerie -> /settings/mail/"
    assert "Choisissez comment partent vos messages" in text


@pytest.mark.usefixtures("mail_ready")
def test_a_message_that_needs_the_user_leads_to_that_message(lyon_panel: int) -> None:
    from lastimpression.outbox.drafting import draft

    draft(lyon_panel, "thank_you", None, EVENING)
    julien = Message.objects.get(person__name="Julien Moreau")
    Message.objects.filter(pk=julien.pk).update(status="failed", last_error="550 5.1.1 No such user")
    text, button = lead()
    assert button == f"Voir le message -> /interviews/{lyon_panel}/#message-{julien.pk}"
    assert text == "Un message a besoin de vous\u00a0: e-mail de remerciement — Julien Moreau (Lumière Analytique)."
    html = browser_in("fr").get("/").content.decode()
    # Then the agenda, and a way to add the next interview.
    assert 'class="button secondary" href="/interviews/new">Ajouter un entretien' in html
    assert html.index('id="lead-title"') < html.index('id="alerts-title"') < html.index('id="agenda"')
    no_jargon(html)


@pytest.mark.usefixtures("mail_ready")
def test_a_debrief_due_leads_when_nothing_else_waits(lyon_panel: int) -> None:
    from lastimpression.planning.models import Action

    Action.objects.filter(kind="thank_you").update(status="done")
    text, button = lead()
    assert button == f"Débriefing -> /interviews/{lyon_panel}/debrief" and "Lumière Analytique" in text


@pytest.mark.usefixtures("mail_ready")
def test_thank_yous_due_lead_to_the_interview_page_list(lyon_panel: int, clock: Any) -> None:
    from datetime import timedelta

    from lastimpression.planning.models import Action

    first = Action.objects.filter(kind="thank_you").order_by("due").first()
    assert first is not None
    clock.at(first.due + timedelta(minutes=1))
    _, button = lead()
    assert button == f"Rédiger les remerciements -> /interviews/{lyon_panel}/#ready"
