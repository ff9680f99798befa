"""What the command line could do and the web could not (issue 16, point 9): delete an
interview, record a reply received by phone, export and restore, the calendar file; an import
that leads to the interviews it made; the card of a video or phone interview."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from click.testing import Result
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from lastimpression.interviews.models import Interview, Person
from lastimpression.outbox.models import Message
from lastimpression.planning.models import Action
from tests.web.conftest import EVENING, browser_in, csrf_token

Cli = Callable[..., Result]

pytestmark = pytest.mark.usefixtures("evening")

TWO_ATTENDEES = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nBEGIN:VEVENT\r\n"
    "UID:two@google.com\r\nSUMMARY:Interview – Data engineer – Northwind Labs\r\n"
    "DTSTART:20261210T150000Z\r\nDTEND:20261210T160000Z\r\n"
    "ATTENDEE;CN=Sarah Thompson:mailto:sarah@northwind.example.com\r\n"
    "ATTENDEE;CN=Tom Baker:mailto:tom@northwind.example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
).encode()


def post(browser: Client, url: str, page: str, data: dict[str, Any] | None = None) -> Any:
    return browser.post(url, {**(data or {}), "csrfmiddlewaretoken": csrf_token(browser, page)})


# --- delete an interview ------------------------------------------------------------------------


def test_deleting_an_interview_asks_first_then_deletes_everything_and_says_so(lyon_panel: int) -> None:
    from lastimpression.outbox.drafting import draft

    draft(lyon_panel, "thank_you", None, EVENING)
    browser = browser_in("fr")
    page = f"/interviews/{lyon_panel}/"
    assert f'href="/interviews/{lyon_panel}/delete"' in browser.get(page).content.decode()
    asked = browser.get(f"/interviews/{lyon_panel}/delete").content.decode()
    assert "Supprimer Lumière Analytique — Ingénieure data\u202f?" in asked
    assert "2 personnes rencontrées" in asked and "2 messages, envoyés ou non" in asked and "C’est définitif." in asked
    assert Interview.objects.filter(pk=lyon_panel).exists(), "asking deletes nothing"

    refused = browser_in("fr").post(f"/interviews/{lyon_panel}/delete")  # no CSRF token
    assert refused.status_code == 403 and Interview.objects.filter(pk=lyon_panel).exists()

    done = post(browser, f"/interviews/{lyon_panel}/delete", f"/interviews/{lyon_panel}/delete")
    assert done.status_code == 302 and done["Location"] == "/"
    assert not Interview.objects.exists() and not Person.objects.exists() and not Message.objects.exists()
    assert not Action.objects.exists()
    dashboard = browser.get("/").content.decode()
    assert "Supprimé\u00a0: Lumière Analytique — Ingénieure data, avec les fiches de 2 personnes." in dashboard
    assert browser.get(f"/interviews/{lyon_panel}/delete").status_code == 404


# --- a reply received by phone ------------------------------------------------------------------


def test_a_reply_by_phone_is_recorded_with_its_note_and_cancels_the_follow_ups(lyon_panel: int) -> None:
    from lastimpression.outbox.drafting import draft

    draft(lyon_panel, "thank_you", None, EVENING)
    draft(lyon_panel, "follow_up", None, EVENING)
    claire = Person.objects.get(name="Claire Martin")
    browser = browser_in("fr")
    page = f"/interviews/{lyon_panel}/"
    html = browser.get(page).content.decode()
    assert "Claire Martin a répondu autrement" in html and f'action="/people/{claire.pk}/replied"' in html
    done = post(browser, f"/people/{claire.pk}/replied", page, {"note": "Appel : second tour lundi"})
    assert done.status_code == 302 and done["Location"] == f"{page}#people"
    claire.refresh_from_db()
    assert claire.replied_at == EVENING and claire.reply_note == "Appel : second tour lundi"
    # As `person replied` does: the follow-ups not sent yet are cancelled (the interview's).
    assert not Message.objects.filter(kind="follow_up").exclude(status="cancelled").exists()
    assert Message.objects.filter(kind="thank_you", status="draft").count() == 2, "the thank-yous stay"
    people = browser.get(page).content.decode().split('id="people"')[1].split("</table>")[0]
    cancelled = Message.objects.filter(kind="follow_up", status="cancelled").count()
    assert cancelled >= 1
    assert f"Réponse de Claire Martin notée\u00a0: {cancelled} relance" in people
    assert "Appel : second tour lundi" in people
    assert post(browser, "/people/999/replied", page).status_code == 404


# --- export, restore, calendar ------------------------------------------------------------------


def test_the_export_downloads_everything_and_restores_into_an_empty_home(lyon_panel: int) -> None:
    browser = browser_in("en")
    assert 'href="/data/"' in browser.get("/").content.decode()
    exported = browser.get("/data/export")
    assert exported.status_code == 200 and exported["Content-Type"].startswith("application/json")
    assert exported["Content-Disposition"] == 'attachment; filename="last-impression-2026-12-03.json"'
    document = json.loads(exported.content)
    assert document["application"] == "lastimpression" and len(document["data"]["interviews.person"]) == 2

    page = "/data/"
    upload = {"file": SimpleUploadedFile("backup.json", exported.content, "application/json")}
    refused = post(browser, page, page, upload)
    assert refused.status_code == 400
    assert "Nothing was restored: Last Impression already holds data. Tick “Replace what is here”" in (
        refused.content.decode().replace("&ldquo;", "“").replace("&rdquo;", "”")
    )
    Interview.objects.all().delete()
    upload = {"file": SimpleUploadedFile("backup.json", exported.content, "application/json"), "replace": "1"}
    restored = post(browser, page, page, upload)
    assert restored.status_code == 200 and "Restored:" in restored.content.decode()
    assert "from backup.json." in restored.content.decode()
    assert Person.objects.count() == 2 and Interview.objects.get().company == "Lumière Analytique"


def test_a_broken_export_restores_nothing_and_says_why_naming_the_file_not_a_temporary_path(lyon_panel: int) -> None:
    browser = browser_in("fr")
    upload = {"file": SimpleUploadedFile("sauvegarde.json", b'{"application": "lastimpression", "format', "application/json"),
              "replace": "1"}  # fmt: skip
    refused = post(browser, "/data/", "/data/", upload)
    html = refused.content.decode()
    assert refused.status_code == 400
    assert "Rien n’a été restauré\u00a0: sauvegarde.json n’est pas du JSON valide" in html
    assert "/tmp" not in html and "lastimpression-restore" not in html
    assert Interview.objects.filter(pk=lyon_panel).exists(), "nothing changed"


def test_the_calendar_file_downloads_the_plan_and_the_upcoming_interviews(lyon_panel: int, montreal_call: int) -> None:
    answer = browser_in("en").get("/data/calendar.ics")
    assert answer.status_code == 200 and answer["Content-Type"].startswith("text/calendar")
    assert answer["Content-Disposition"] == 'attachment; filename="last-impression.ics"'
    text = answer.content.decode()
    assert text.startswith("BEGIN:VCALENDAR") and f"UID:interview-{montreal_call}@lastimpression" in text
    pending = Action.objects.filter(status="pending").first()
    assert pending is not None and f"UID:action-{pending.pk}@lastimpression" in text


# --- import leads to the interviews it made ------------------------------------------------------


def test_an_import_links_to_the_interview_it_created_and_says_imported_once(candidate: None) -> None:
    browser = browser_in("en")
    upload = {"file": SimpleUploadedFile("invite.ics", TWO_ATTENDEES, "text/calendar")}
    preview = post(browser, "/import", "/import", upload).content.decode()
    token = preview.split('name="token" value="')[1].split('"')[0]
    done = post(browser, "/import", "/import", {"token": token, "confirm": "1"}).content.decode()
    interview = Interview.objects.get()
    assert sorted(interview.people.values_list("name", flat=True)) == ["Sarah Thompson", "Tom Baker"]
    assert done.count("Imported.") == 1
    assert f'<a href="/interviews/{interview.pk}/">Open Northwind Labs — Data engineer</a>' in done
    # One tap from there drafts everything and lands on the interview's list.
    assert f'action="/interviews/{interview.pk}/draft-all"' in done and "Draft and schedule all: Northwind Labs" in done
    drafted = post(browser, f"/interviews/{interview.pk}/draft-all", "/import")
    assert drafted["Location"] == f"/interviews/{interview.pk}/#ready"
    assert Message.objects.filter(kind="thank_you").count() == 2


def test_the_dashboard_of_a_new_user_takes_an_invitation_file_directly(candidate: None) -> None:
    html = browser_in("en").get("/").content.decode()
    lead = html.split('id="lead-title"')[1].split("</section>")[0]
    assert 'action="/import"' in lead and 'enctype="multipart/form-data"' in lead
    assert '<label for="quick-ics">Or an invitation from your calendar (.ics)</label>' in lead


# --- the card of a call --------------------------------------------------------------------------


def test_the_card_of_a_video_call_never_sends_the_candidate_to_a_receptionist(montreal_call: int) -> None:
    card = browser_in("en").get(f"/interviews/{montreal_call}/card").content.decode()
    assert "receptionist" not in card and "Until the call ends" in card and "leave the call" in card
    # Toronto time for a candidate in Paris: both zones named.
    assert "(Toronto time, that is" in card and "Paris time)" in card


def test_the_card_of_an_interview_on_site_keeps_the_way_out(lyon_panel: int) -> None:
    card = browser_in("fr").get(f"/interviews/{lyon_panel}/card").content.decode()
    assert "l’accueil" in card and "Jusqu’à la porte" in card
    assert "heure de" not in card, "the user's own zone is not repeated"
