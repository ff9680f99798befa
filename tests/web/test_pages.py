"""The pages a candidate uses after an interview, through the test client (forms without JS)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from django.test import Client

from lastimpression.interviews.models import Person
from lastimpression.journal.models import Debrief, JournalEntry
from lastimpression.outbox.models import Message
from lastimpression.planning.models import Action
from tests.web.conftest import csrf_token

Cli = Callable[..., Result]


pytestmark = pytest.mark.usefixtures("evening")


def post(browser: Client, url: str, data: dict[str, object], page: str) -> object:
    return browser.post(url, {**data, "csrfmiddlewaretoken": csrf_token(browser, page)})


def test_the_dashboard_shows_what_is_overdue_today_and_this_week(browser: Client, lyon_panel: int) -> None:
    page = browser.get("/").content.decode()
    overdue = page.split('id="overdue-title"')[1].split("</section>")[0]
    assert overdue.count("e-mail de remerciement") == 2 and "Claire Martin" in overdue
    assert "jeu 3 déc. 16:15" in overdue
    today = page.split('id="today-title"')[1].split("</section>")[0]
    assert "débriefing" in today
    week = page.split('id="week-title"')[1].split("</section>")[0]
    assert "invitation LinkedIn" in week
    assert "<svg" in page and "Score de dernière impression" in page and "pas encore assez de données" in page


def test_drafting_editing_and_confirming_a_thank_you_in_the_browser(browser: Client, lyon_panel: int) -> None:
    page = f"/interviews/{lyon_panel}/"
    response = post(browser, f"/interviews/{lyon_panel}/draft", {"kind": "thank_you"}, page)
    assert response.status_code == 302
    html = browser.get(page).content.decode()
    assert html.count("Aucun problème relevé.") == 2
    claire = Message.objects.get(person__name="Claire Martin")
    body = claire.body.replace("Bien cordialement,", "Cdt,")
    post(browser, f"/messages/{claire.id}/save", {"subject": claire.subject, "body": body}, page)
    html = browser.get(page).content.decode()
    assert "LI013" in html
    eml = browser.get(f"/messages/{claire.id}/eml")
    assert (
        eml["Content-Type"] == "message/rfc822" and b"Message-ID: " + claire.message_id_header.encode() in eml.content
    )
    # "I sent it myself" asks first: nothing is recorded until the user confirms.
    asked = post(browser, f"/messages/{claire.id}/sent", {}, page).content.decode()
    assert "Avez-vous envoyé vous-même cet e-mail, depuis votre propre messagerie" in asked
    assert Message.objects.get(pk=claire.id).status == "draft"
    post(browser, f"/messages/{claire.id}/sent", {"confirm": "yes"}, page)
    assert Message.objects.get(pk=claire.id).status == "sent"
    # Taken back (the follow-up's day has not come): a draft again, its plan step to do again.
    assert "Annuler\u00a0: je ne l’ai pas envoyé" in browser.get(page).content.decode()
    post(browser, f"/messages/{claire.id}/unsent", {}, page)
    back = Message.objects.get(pk=claire.id)
    assert (back.status, back.sent_at, back.by_hand) == ("draft", None, False)
    assert Action.objects.get(kind="thank_you", person_id=claire.person_id).status == "pending"
    assert Action.objects.get(kind="follow_up", interview_id=claire.interview_id).promised is None
    post(browser, f"/messages/{claire.id}/sent", {"confirm": "yes"}, page)
    assert Message.objects.get(pk=claire.id).status == "sent"
    assert Action.objects.get(kind="thank_you", person__name="Claire Martin").status == "done"


def test_the_debrief_form_saves_and_refuses_a_bad_rating_without_losing_anything(
    browser: Client, lyon_panel: int
) -> None:
    page = f"/interviews/{lyon_panel}/debrief"
    julien = Person.objects.get(name="Julien Moreau")
    bad = post(browser, page, {"focused": "yes", f"rate-{julien.id}-serious": "9", "last_minutes": "Les grèves"}, page)
    assert bad.status_code == 400
    assert "la note va de 1 à 5" in bad.content.decode()
    assert not Debrief.objects.exists()
    good = post(browser, page, {"focused": "no", "greeted": [str(julien.id)], "missed_others": "accueil",
                                "parting": "continuation", f"rate-{julien.id}-enthusiastic": "5"}, page)  # fmt: skip
    assert good.status_code == 302
    debrief = Debrief.objects.get()
    assert (debrief.focused_to_door, debrief.others, debrief.parting) == (False, {"accueil": False}, "continuation")
    assert debrief.ratings == {str(julien.id): {"enthusiastic": 5}}
    assert "Enregistré." in browser.get(good["Location"]).content.decode()


def test_the_journal_page_adds_an_entry(browser: Client, candidate: None) -> None:
    empty = post(browser, "/journal/", {"context": "  "}, "/journal/")
    assert empty.status_code == 400 and "est vide" in empty.content.decode()
    post(
        browser,
        "/journal/",
        {"context": "Meetup PostgreSQL", "who": "Inès", "rate-confident": "5", "parting": "continuation"},
        "/journal/",
    )
    entry = JournalEntry.objects.get()
    assert entry.ratings == {"confident": 5}
    assert "Meetup PostgreSQL" in browser.get("/journal/").content.decode()


def test_the_language_switch_keeps_the_page(browser: Client, lyon_panel: int) -> None:
    response = browser.get(f"/language/en?next=/interviews/{lyon_panel}/")
    assert response.status_code == 302 and response["Location"] == f"/interviews/{lyon_panel}/"
    page = browser.get(f"/interviews/{lyon_panel}/").content.decode()
    assert '<html lang="en">' in page and "Messages" in page and "thank-you e-mail" in page
    for elsewhere in ("//evil.example.com", "/\\evil.example.com", "https://evil.example.com/", "/\t/evil.example.com"):
        assert browser.get("/language/en", {"next": elsewhere})["Location"] == "/", elsewhere


def test_the_card_page_is_the_printable_card(browser: Client, lyon_panel: int) -> None:
    page = browser.get(f"/interviews/{lyon_panel}/card").content.decode()
    assert page.startswith("<!doctype html>") and "Lumière Analytique" in page and "<script" not in page


def test_a_new_interview_with_two_people_in_one_form(browser: Client, candidate: None) -> None:
    from lastimpression.interviews.models import Interview

    form = {
        "company": "Lumière Analytique", "role": "Ingénieure data", "start": "2026-12-10T14:00", "duration": "75",
        "timezone": "Europe/Paris", "mode": "onsite", "decision_in": "2 semaines", "rows": "4",
        "person-0-name": "Claire Martin", "person-0-email": "claire.martin@example.org", "person-0-salutation": "madame",
        "person-1-name": "Julien Moreau", "person-1-register": "tu", "person-1-topics": "PostgreSQL; les tests",
    }  # fmt: skip
    response = post(browser, "/interviews/new", form, "/interviews/new")
    assert response.status_code == 302
    interview = Interview.objects.get()
    assert interview.local_start().isoformat() == "2026-12-10T14:00:00+01:00"
    assert interview.decision_by is not None and interview.decision_by.isoformat() == "2026-12-24"
    julien = interview.people.get(name="Julien Moreau")
    assert (julien.register, julien.topics) == ("tu", ["PostgreSQL", "les tests"])


def test_a_bad_new_interview_keeps_what_was_typed_and_names_the_field(browser: Client, candidate: None) -> None:
    from lastimpression.interviews.models import Interview

    form = {"company": "Acme", "role": "Dev", "start": "2026-12-10T14:00", "timezone": "Europe/Lyon", "rows": "4",
            "person-0-name": "Claire Martin"}  # fmt: skip
    response = post(browser, "/interviews/new", form, "/interviews/new")
    page = response.content.decode()
    assert response.status_code == 400 and "Fuseau horaire\u00a0: fuseau horaire inconnu" in page
    assert 'value="Claire Martin"' in page and 'value="Acme"' in page
    assert not Interview.objects.exists()


def test_an_ics_upload_is_previewed_then_imported(browser: Client, candidate: None) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from lastimpression.interviews.models import Interview

    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nBEGIN:VEVENT\r\n"
        "UID:g1@google.com\r\nSUMMARY:Entretien – Data engineer – Lumière Analytique\r\n"
        "DTSTART:20261210T130000Z\r\nDTEND:20261210T140000Z\r\n"
        "ATTENDEE;CN=Claire Martin:mailto:claire@lumiere.example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    page = post(browser, "/import", {"file": SimpleUploadedFile("cal.ics", data, "text/calendar")}, "/import")
    html = page.content.decode()
    assert "rien n’est encore enregistré" in html and "Lumière Analytique" in html
    assert not Interview.objects.exists()
    token = html.split('name="token" value="')[1].split('"')[0]
    post(browser, "/import", {"token": token, "confirm": "1"}, "/import")
    assert Interview.objects.get().company == "Lumière Analytique"


def test_text_typed_in_a_browser_with_crlf_line_breaks_is_saved(browser: Client, lyon_panel: int) -> None:
    """Browsers send a textarea's line breaks as CR LF; they are line breaks, not control characters."""
    page = f"/interviews/{lyon_panel}/"
    post(browser, f"/interviews/{lyon_panel}/draft", {"kind": "thank_you"}, page)
    claire = Message.objects.get(person__name="Claire Martin")
    response = post(
        browser,
        f"/messages/{claire.id}/save",
        {"subject": claire.subject, "body": claire.body.replace("\n", "\r\n")},
        page,
    )
    assert response.status_code == 302
    assert Message.objects.get(pk=claire.id).body == claire.body


def test_more_people_adds_rows_without_saving(browser: Client, candidate: None) -> None:
    from lastimpression.interviews.models import Interview

    form = {"company": "Acme", "role": "Dev", "start": "2026-12-10T14:00", "rows": "4", "more": "1"}
    page = post(browser, "/interviews/new", form, "/interviews/new").content.decode()
    assert 'name="person-4-name"' in page and 'name="person-5-name"' not in page and 'value="Acme"' in page
    assert not Interview.objects.exists()


def test_settings_change_the_profile_preview_the_templates_and_explain_missing_mail(
    browser: Client, lyon_panel: int
) -> None:
    from lastimpression.interviews.models import Profile

    page = browser.get(f"/settings/?interview={lyon_panel}&kind=thank_you").content.decode()
    # Claire's thank-you (the main contact's) promises the plan's follow-up: decision Thursday
    # 17 December, the business day after (Friday 18) moved mid-week to Tuesday 22 (issue 15).
    assert "Bonjour Madame Martin," in page and "mardi 22 décembre" in page
    assert not Message.objects.exists(), "a preview saves nothing"
    tested = post(browser, "/settings/", {"action": "smtp"}, "/settings/").content.decode()
    assert "SMTP\u00a0: pas encore configuré" in tested  # French typography: a no-break space before ":"
    form = {"action": "profile", "name": "Camille Durand", "email": "camille@example.org", "language": "fr",
            "country": "FR", "timezone": "Europe/Paris", "agreement": "neutral"}  # fmt: skip
    assert post(browser, "/settings/", form, "/settings/").status_code == 302
    assert Profile.objects.get().agreement == "neutral"
    bad = post(browser, "/settings/", {**form, "timezone": "Europe/Lyon"}, "/settings/")
    assert bad.status_code == 400 and "fuseau horaire inconnu" in bad.content.decode()
    assert Profile.objects.get().timezone == "Europe/Paris"


def test_scheduling_and_sending_now_from_the_interview_page(browser: Client, lyon_panel: int) -> None:
    """No SMTP configured: "send now" writes the .eml to the outbox folder and says it was NOT sent."""
    page = f"/interviews/{lyon_panel}/"
    post(browser, f"/interviews/{lyon_panel}/draft", {"kind": "thank_you"}, page)
    claire = Message.objects.get(person__name="Claire Martin")
    julien = Message.objects.get(person__name="Julien Moreau")
    assert post(browser, f"/messages/{julien.id}/schedule", {"when": "slot"}, page).status_code == 302
    julien.refresh_from_db()
    assert julien.status == "scheduled" and julien.scheduled_at is not None
    assert post(browser, f"/messages/{claire.id}/schedule", {"when": "now"}, page).status_code == 302
    claire.refresh_from_db()
    assert claire.status == "scheduled" and claire.written_to and Path(claire.written_to).exists()
    html = browser.get(page).content.decode()
    assert "NON ENVOYÉ" in html and "Programmé pour le" in html
    # A message with lint errors is refused, as on the command line.
    julien.body = julien.body.replace("Au plaisir,", "Cdt,")
    julien.status = "draft"
    julien.save()
    refused = post(browser, f"/messages/{julien.id}/schedule", {"when": "now"}, page)
    html = refused.content.decode()
    assert refused.status_code == 422 and "<h1" in html and "les vérifications ont relevé des erreurs" in html
    assert Message.objects.get(pk=julien.id).status == "draft"
