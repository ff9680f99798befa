"""Capture in the browser: the pages lead a web user to the page that does it (never to a
command to type), survive a tampered form, preview an import in the user's words, and do not
keep uploaded files forever."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from lastimpression.interviews.models import Interview
from lastimpression.web.common import LANGUAGE_COOKIE
from tests.conftest import Clock
from tests.web.conftest import csrf_token

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nBEGIN:VEVENT\r\n"
    "UID:g1@google.com\r\nSUMMARY:Entretien – Data engineer – Lumière Analytique\r\n"
    "DTSTART:20261210T130000Z\r\nDTEND:20261210T140000Z\r\n"
    "ATTENDEE;CN=Claire Martin:mailto:claire@lumiere.example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
).encode()


pytestmark = pytest.mark.usefixtures("evening")


def post(browser: Client, url: str, data: dict[str, object]) -> object:
    return browser.post(url, {**data, "csrfmiddlewaretoken": csrf_token(browser, url)})


def main(html: str) -> str:
    return html.split('<main id="main">')[1].split("</main>")[0]


def test_the_empty_interview_list_links_to_the_new_interview_page(browser: Client, candidate: None) -> None:
    page = main(browser.get("/interviews/").content.decode())
    assert "Aucun entretien pour l’instant." in page and '<a href="/interviews/new">Ajouter un entretien</a>' in page
    assert "lastimpression" not in page


def test_without_a_profile_the_new_interview_page_links_to_settings_and_saves_nothing(browser: Client) -> None:
    browser.cookies[LANGUAGE_COOKIE] = "fr"
    page = main(browser.get("/interviews/new").content.decode())
    assert 'Créez d’abord votre profil\u00a0: <a href="/settings/">Réglages</a>' in page
    assert "lastimpression" not in page
    form = {"company": "Acme", "role": "Dev", "start": "2026-12-10T14:00", "rows": "4", "person-0-name": "Claire"}
    refused = post(browser, "/interviews/new", form)
    assert refused.status_code == 400 and not Interview.objects.exists()
    html = refused.content.decode()
    assert 'href="/settings/"' in html and 'value="Acme"' in html and "lastimpression" not in main(html)


def test_without_a_profile_the_import_page_links_to_settings(browser: Client) -> None:
    browser.cookies[LANGUAGE_COOKIE] = "en"
    page = main(browser.get("/import").content.decode())
    assert 'Create your profile first: <a href="/settings/">Settings</a>' in page
    refused = post(browser, "/import", {"file": SimpleUploadedFile("cal.ics", ICS, "text/calendar")})
    assert refused.status_code == 400 and "lastimpression" not in main(refused.content.decode())
    assert not Interview.objects.exists()


@pytest.mark.parametrize("rows", ["abc", "", "-3", "1e9", "999"])
def test_a_tampered_rows_field_is_no_server_error(browser: Client, candidate: None, rows: str) -> None:
    more = post(browser, "/interviews/new", {"company": "Acme", "rows": rows, "more": "1"})
    assert more.status_code == 200
    shown = main(more.content.decode()).count('-name"')
    assert 3 <= shown <= 20, shown
    saved = post(browser, "/interviews/new", {"company": "Acme", "role": "Dev", "start": "2026-12-10T14:00",
                                              "rows": rows, "person-0-name": "Claire Martin"})  # fmt: skip
    assert saved.status_code == 302
    assert Interview.objects.get().people.get().name == "Claire Martin"


def test_the_import_preview_writes_the_date_in_the_users_words(browser: Client, candidate: None) -> None:
    french = main(
        post(browser, "/import", {"file": SimpleUploadedFile("cal.ics", ICS, "text/calendar")}).content.decode()
    )
    assert "10 décembre 2026 à 14:00 (Europe/Paris) — Lumière Analytique" in french
    assert "2026-12-10" not in french
    browser.cookies[LANGUAGE_COOKIE] = "en"
    english = main(
        post(browser, "/import", {"file": SimpleUploadedFile("cal.ics", ICS, "text/calendar")}).content.decode()
    )
    assert "December 10, 2026, 14:00 (Europe/Paris) — Lumière Analytique" in english


def test_uploads_never_imported_are_deleted_a_day_later_when_another_arrives(
    browser: Client, candidate: None, settings: Any, tmp_path: Path, clock: Clock
) -> None:
    """Ages are read on the program's clock, like everything else."""
    settings.HOME = tmp_path
    folder = tmp_path / "uploads"
    folder.mkdir()
    forgotten, recent, other = folder / "forgotten.ics", folder / "recent.ics", folder / "notes.txt"
    for path in (forgotten, recent, other):
        path.write_bytes(ICS)
    two_days_ago = clock.now.timestamp() - 2 * 24 * 3600
    os.utime(forgotten, (two_days_ago, two_days_ago))
    os.utime(other, (two_days_ago, two_days_ago))
    os.utime(recent, (clock.now.timestamp() - 3600,) * 2)

    html = post(browser, "/import", {"file": SimpleUploadedFile("cal.ics", ICS, "text/calendar")}).content.decode()
    token = html.split('name="token" value="')[1].split('"')[0]
    assert not forgotten.exists(), "a preview never imported, two days old"
    assert recent.exists(), "someone may still click Import on this one"
    assert other.exists(), "only uploaded calendars are deleted"
    assert (folder / f"{token}.ics").exists()
    post(browser, "/import", {"token": token, "confirm": "1"})
    assert not (folder / f"{token}.ics").exists() and Interview.objects.count() == 1
