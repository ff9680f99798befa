"""An invitation pasted on the capture page (web/invitation_paste.py): its e-mail text or its
`.ics` (text or file) fills the form (company, role, when, where, the people with their
addresses), nothing is saved until the user saves the form; what cannot be read is said beside
the paste field, in the page's language."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from lastimpression.interviews.models import Interview
from tests.core.test_invitationmail import OUTLOOK_FR
from tests.web.conftest import browser_in, csrf_token
from tests.web.test_capture import ICS, fill, main
from tests.web.test_i18n import leaks, visible_text

pytestmark = pytest.mark.usefixtures("evening")


def paste(browser: Client, **sent: object) -> tuple[int, str]:
    answer = browser.post(
        "/interviews/new", {**sent, "paste": "1", "csrfmiddlewaretoken": csrf_token(browser, "/interviews/new")}
    )
    return answer.status_code, answer.content.decode()


def value_of(html: str, name: str) -> str:
    tag = re.search(rf'<input [^>]*name="{re.escape(name)}"[^>]*>', html)
    assert tag is not None, name
    value = re.search(r' value="([^"]*)"', tag.group(0))
    return value.group(1) if value else ""


def test_a_pasted_e_mail_fills_the_form_and_saving_it_records_the_people_with_their_addresses(
    candidate: None,
) -> None:
    browser = browser_in("fr")
    status, html = paste(browser, invitation=OUTLOOK_FR)
    assert status == 200 and not Interview.objects.exists(), "nothing saved before the user saves"
    assert "Rempli d’après l’invitation\u00a0: vérifiez chaque champ, puis enregistrez." in visible_text(main(html))
    assert (value_of(html, "company"), value_of(html, "role")) == ("Acier Lorrain", "Data engineer")
    assert (value_of(html, "start"), value_of(html, "duration")) == ("2026-12-10T14:00", "90")
    assert value_of(html, "location") == "12 rue Serpenoise, 57000 Metz"
    lines = [value_of(html, f"person-{index}-name") for index in range(3)]
    assert lines == [
        "Claire Martin &lt;claire.martin@acier-lorrain.fr&gt;",
        "Julien Moreau &lt;julien.moreau@acier-lorrain.fr&gt;",
        "Rh &lt;rh@acier-lorrain.fr&gt;",
    ], "a name made from the address when none is given; the candidate's own address left out"
    assert "Moselle (57)" in visible_text(main(html)), "the place found from the address"

    saved = browser.post("/interviews/new", fill(browser, "", html))
    assert saved.status_code == 302
    interview = Interview.objects.get()
    assert (interview.company, interview.role, interview.subdivision) == ("Acier Lorrain", "Data engineer", "57")
    assert interview.start.isoformat() == "2026-12-10T13:00:00+00:00"
    assert [(person.name, person.email) for person in interview.people.order_by("id")] == [
        ("Claire Martin", "claire.martin@acier-lorrain.fr"),
        ("Julien Moreau", "julien.moreau@acier-lorrain.fr"),
        ("Rh", "rh@acier-lorrain.fr"),
    ]


@pytest.mark.parametrize("as_file", [False, True])
def test_an_ics_pasted_or_chosen_fills_the_form_as_the_import_reads_it(candidate: None, as_file: bool) -> None:
    browser = browser_in("en")
    sent = {"invitation-file": SimpleUploadedFile("invite.ics", ICS, "text/calendar")} if as_file else {
        "invitation": ICS.decode()}  # fmt: skip
    status, html = paste(browser, **sent)
    assert status == 200 and not Interview.objects.exists()
    assert (value_of(html, "company"), value_of(html, "role")) == ("Lumière Analytique", "Data engineer")
    assert (value_of(html, "start"), value_of(html, "duration")) == ("2026-12-10T14:00", "60"), "13:00Z in Paris"
    assert value_of(html, "person-0-name") == "Claire Martin &lt;claire@lumiere.example.org&gt;"
    assert leaks(html, "fr") == []


@pytest.mark.parametrize(
    ("language", "sent", "said"),
    [
        ("fr", "Bonjour, à bientôt !", "Invitation collée\u00a0: rien n’a pu être lu\u00a0: collez l’e-mail entier"),
        ("en", "Hello, see you soon!", "Pasted invitation: nothing read: paste the whole e-mail"),
        ("fr", "", "Invitation collée\u00a0: obligatoire"),
        ("en", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "Pasted invitation: no event found in this calendar"),
        ("fr", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:nonsense\r\n", "Invitation collée\u00a0: "),
    ],
)  # fmt: skip
def test_what_cannot_be_read_is_said_beside_the_paste_field_and_nothing_is_saved(
    candidate: None, language: str, sent: str, said: str
) -> None:
    status, html = paste(browser_in(language), invitation=sent)
    assert status == 400 and not Interview.objects.exists()
    text = visible_text(main(html))
    assert said in text, text[:600]
    assert re.search(r'<textarea [^>]*id="invitation"[^>]*aria-invalid="true"', html)
    assert '<details class="paste" open>' in html, "the paste field is shown, with what was pasted"
    assert leaks(html, "en" if language == "fr" else "fr") == []
