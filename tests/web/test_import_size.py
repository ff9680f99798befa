"""The web's size bound is the import's (``core.icslimits.MAX_FILE_BYTES``), and the pages say
that bound, in the page's language: the import page's upload, and the capture page's paste
(a file chosen, or text pasted)."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from lastimpression.core.icslimits import MAX_FILE_BYTES
from lastimpression.interviews.models import Interview
from tests.web.conftest import browser_in, csrf_token

pytestmark = pytest.mark.usefixtures("evening")
SAID = {"fr": "dépasse 16\u00a0Mo", "en": "is larger than 16 MB"}
TOO_LARGE = b"BEGIN:VCALENDAR\r\nX-A:" + b"y" * MAX_FILE_BYTES


@pytest.mark.parametrize("language", ["fr", "en"])
def test_an_upload_over_the_bound_is_refused_saying_the_bound(candidate: None, language: str) -> None:
    browser = browser_in(language)
    form = {"file": SimpleUploadedFile("cal.ics", TOO_LARGE, "text/calendar")}
    page = browser.post("/import", {**form, "csrfmiddlewaretoken": csrf_token(browser, "/import")})
    assert page.status_code == 400
    assert SAID[language] in page.content.decode()
    assert not Interview.objects.exists()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_pasted_file_over_the_bound_is_refused_beside_its_field_saying_the_bound(
    candidate: None, language: str
) -> None:
    browser = browser_in(language)
    sent = {"invitation-file": SimpleUploadedFile("invite.ics", TOO_LARGE, "text/calendar")}
    answer = browser.post(
        "/interviews/new", {**sent, "paste": "1", "csrfmiddlewaretoken": csrf_token(browser, "/interviews/new")}
    )
    html = answer.content.decode()
    assert SAID[language] in html and SAID["en" if language == "fr" else "fr"] not in html
    assert not Interview.objects.exists()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_pasted_text_over_the_bound_is_refused_saying_the_bound(candidate: None, language: str) -> None:
    """(Through the page, Django refuses a form field over DATA_UPLOAD_MAX_MEMORY_SIZE first.)"""
    from django.utils import translation

    from lastimpression import clock
    from lastimpression.interviews import services
    from lastimpression.web.invitation_paste import read_paste

    owner = services.profile()
    assert owner is not None
    with translation.override(language):
        pasted = read_paste(TOO_LARGE.decode(), None, owner, clock.now())
    assert pasted.problem == SAID[language] and pasted.form == {}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_text_pasted_in_the_page_over_the_bound_is_refused_beside_its_field_not_with_a_bare_bad_request(
    candidate: None, language: str
) -> None:
    browser = browser_in(language)
    text = "BEGIN:VCALENDAR\r\nX-A:" + "é" * (MAX_FILE_BYTES // 2 + 10)  # over 16 MB in UTF-8
    answer = browser.post(
        "/interviews/new",
        {"invitation": text, "paste": "1", "csrfmiddlewaretoken": csrf_token(browser, "/interviews/new")},
    )
    html = answer.content.decode()
    assert SAID[language] in html
    assert not Interview.objects.exists()


def test_the_web_takes_a_paste_as_large_as_the_import_takes() -> None:
    from django.conf import settings

    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE >= 3 * MAX_FILE_BYTES


def test_a_file_at_the_bound_is_not_refused_for_its_size(candidate: None) -> None:
    browser = browser_in("en")
    data = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-A:" + b"y" * (MAX_FILE_BYTES - 50) + b"\r\nEND:VCALENDAR\r\n"
    data = data[: MAX_FILE_BYTES - len(b"\r\nEND:VCALENDAR\r\n")] + b"\r\nEND:VCALENDAR\r\n"
    assert len(data) == MAX_FILE_BYTES
    form = {"file": SimpleUploadedFile("cal.ics", data, "text/calendar")}
    page = browser.post("/import", {**form, "csrfmiddlewaretoken": csrf_token(browser, "/import")})
    assert SAID["en"] not in page.content.decode()
