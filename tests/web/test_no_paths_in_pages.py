"""No path, no command, no file name in the web UI (issue 16): every page, in both languages,
says what the user can do in the web, never "docs/…", "config.toml", a "lastimpression …"
command or "cron". Scanned: the visible text of every page, with an interview and its messages,
mail not set up, and the import's preview of a calendar whose events the import cannot take
(all day, no role nor company in the title, ending when it starts)."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from lastimpression.interviews.models import Interview, Person
from tests.web.conftest import browser_in, csrf_token
from tests.web.test_i18n import visible_text

pytestmark = pytest.mark.usefixtures("evening")

FORBIDDEN = re.compile(r"docs/|\.toml\b|\blastimpression\s+[a-z]|\bcron\b", re.IGNORECASE)
ODD_CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:a1\r\nSUMMARY:Entretien Lumière Analytique\r\nDTSTART;VALUE=DATE:20261210\r\n"
    "DTEND;VALUE=DATE:20261211\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:a2\r\nSUMMARY:Entretien\r\nDTSTART:20261211T130000Z\r\nDTEND:20261211T140000Z\r\n"
    "ATTENDEE;CN=Claire:mailto:claire@gmail.com\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:a3\r\nSUMMARY:Entretien Acme\r\nDTSTART:20261212T130000Z\r\nDTEND:20261212T130000Z\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
).encode()


def said(html: str) -> list[str]:
    text = visible_text(html)
    return [text[max(0, found.start() - 60) : found.end() + 40] for found in FORBIDDEN.finditer(text)]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_no_page_names_a_path_a_file_a_command_or_cron(lyon_panel: int, language: str) -> None:
    browser = browser_in(language)
    interview = Interview.objects.get(pk=lyon_panel)
    person = Person.objects.filter(interview=interview).first()
    assert person is not None
    draft = browser.post(f"/interviews/{lyon_panel}/draft-all",
                         {"csrfmiddlewaretoken": csrf_token(browser, f"/interviews/{lyon_panel}/")})  # fmt: skip
    assert draft.status_code == 302
    pages = ["/", "/interviews/", "/interviews/new", f"/interviews/{lyon_panel}/", f"/interviews/{lyon_panel}/edit",
             f"/interviews/{lyon_panel}/debrief", f"/interviews/{lyon_panel}/delete",
             f"/people/{person.pk}/remove", "/journal/", "/import", "/data/", "/settings/", "/settings/mail/",
             "/no-such-page"]  # fmt: skip
    found = {}
    for page in pages:
        answer = browser.get(page)
        assert answer.status_code in (200, 404), page
        found[page] = said(answer.content.decode())
    preview = browser.post("/import", {"file": SimpleUploadedFile("odd.ics", ODD_CALENDAR, "text/calendar"),
                                       "csrfmiddlewaretoken": csrf_token(browser, "/import")})  # fmt: skip
    html = preview.content.decode()
    assert "Acme" in html or "Lumière" in html, "the preview was shown"
    found["/import (preview)"] = said(html)
    assert {page: words for page, words in found.items() if words} == {}
