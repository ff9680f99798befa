"""The web import page under hostile calendars: the import's bounds, and a time limit so that
no upload pins a server thread (issue 14, items 2 and 6)."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from lastimpression.interviews.models import Interview
from tests.cli.test_import_hostile import INTERVAL_0, NESTED, interview_event
from tests.web.conftest import csrf_token

pytestmark = pytest.mark.usefixtures("evening")


def upload(browser: Client, data: bytes) -> Any:
    form = {"file": SimpleUploadedFile("cal.ics", data, "text/calendar")}
    return browser.post("/import", {**form, "csrfmiddlewaretoken": csrf_token(browser, "/import")})


def test_the_web_page_refuses_the_nested_file_in_one_line_naming_the_line(browser: Client, candidate: None) -> None:
    page = upload(browser, NESTED)
    assert page.status_code == 400
    assert "ligne 19\u00a0: BEGIN:STANDARD imbrique des composants sur plus de 16 niveaux" in page.content.decode()
    assert not Interview.objects.exists()


def test_the_web_page_gives_up_on_a_file_slower_to_read_than_its_time_limit(
    browser: Client, candidate: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("lastimpression.web.capture.READ_SECONDS", 2)
    # A file built to be slow (a busy loop: under faketime a sleep may return at once).
    monkeypatch.setattr("lastimpression.web.capture._READ", "while True: pass")
    page = upload(browser, INTERVAL_0)
    assert page.status_code == 400
    assert "prend plus de 2\u00a0secondes à lire\u00a0: exportez une période plus courte" in page.content.decode()
    assert not Interview.objects.exists()


def test_the_web_preview_says_an_event_of_5000_weeks_is_not_imported(browser: Client, candidate: None) -> None:
    page = upload(browser, interview_event("long", "DURATION:P5000W"))
    assert page.status_code == 200
    html = page.content.decode()
    # In the page's language (the profile's: French), as the command line says it.
    assert "dure plus de 24\u00a0heures (du 2026-12-10 13:00 au 2122-10-08 13:00)\u00a0: il n’est pas importé" in html
    assert "0 +" in html and not Interview.objects.exists()
