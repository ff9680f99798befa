"""Editing an interview after it was recorded, through the test client (forms without JS): its
details and its people, each change re-planned; a bad value names its field and changes nothing."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from html.parser import HTMLParser
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from click.testing import Result
from django.test import Client

from lastimpression.interviews.models import Interview, Person
from lastimpression.planning.models import Action
from tests.web.conftest import browser_in
from tests.web.test_i18n import leaks, visible_text

Cli = Callable[..., Result]
PARIS = ZoneInfo("Europe/Paris")


pytestmark = pytest.mark.usefixtures("evening")


class Form(HTMLParser):
    """What a browser would send for the form whose action is ``action``, as the page fills it."""

    def __init__(self, action: str) -> None:
        super().__init__()
        self.action, self.inside, self.values = action, False, {}
        self.select: str | None = None
        self.textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        if tag == "form":
            self.inside = found.get("action", "") == self.action
        elif not self.inside:
            return
        elif tag == "input" and found.get("type") not in ("checkbox", "radio", "submit") and found.get("name"):
            self.values[found["name"]] = found.get("value", "")
        elif tag == "input" and found.get("type") in ("checkbox", "radio") and "checked" in found:
            self.values[found["name"]] = found.get("value", "on") if found.get("type") == "radio" else "on"
        elif tag == "select":
            self.select = found["name"]
        elif tag == "option" and self.select and ("selected" in found or self.select not in self.values):
            self.values[self.select] = found.get("value", "")
        elif tag == "textarea":
            self.textarea = found["name"]
            self.values[self.textarea] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None

    def handle_data(self, data: str) -> None:
        if self.inside and self.textarea:
            self.values[self.textarea] += data


def submit(browser: Client, page: str, action: str, **changes: str) -> Any:
    """Fill the form ``action`` of ``page`` as shown, change some fields, and send it."""
    parser = Form(action)
    parser.feed(browser.get(page).content.decode())
    assert "csrfmiddlewaretoken" in parser.values, f"no form {action} on {page}"
    return browser.post(action, {**parser.values, **changes})


def plan(interview_id: int) -> list[tuple[str, str, datetime]]:
    return [
        (action.kind, action.person.name if action.person else "", action.due)
        for action in Action.objects.filter(interview_id=interview_id).select_related("person").order_by("due", "id")
    ]


def follow_up(interview_id: int) -> datetime:
    return Action.objects.get(interview_id=interview_id, kind="follow_up").due.astimezone(PARIS)


def test_the_interview_page_links_to_its_edit_page(db: None, lyon_panel: int) -> None:
    html = browser_in("fr").get(f"/interviews/{lyon_panel}/").content.decode()
    assert f'<a href="/interviews/{lyon_panel}/edit">Modifier</a>' in html


def test_a_new_decision_date_moves_the_follow_up_and_the_interview_page_shows_it(db: None, lyon_panel: int) -> None:
    browser = browser_in("fr")
    edit = f"/interviews/{lyon_panel}/edit"
    # Decision in 2 weeks, the 17th: the business day after is a Friday, the follow-up waits for Tuesday.
    assert follow_up(lyon_panel) == datetime(2026, 12, 22, 10, 0, tzinfo=PARIS)
    saved = submit(browser, edit, edit, decision="2027-01-08", role="Ingénieure data senior")
    assert saved.status_code == 302 and saved["Location"] == f"{edit}?saved=1"
    assert follow_up(lyon_panel) == datetime(2027, 1, 12, 10, 0, tzinfo=PARIS), "after the Friday, mid-week"
    interview = Interview.objects.get(pk=lyon_panel)
    assert interview.decision_by == date(2027, 1, 8) and interview.end - interview.start == (
        datetime(2026, 12, 3, 15, 15) - datetime(2026, 12, 3, 14, 0)
    ), "the times shown and sent back unchanged stay as they were"
    page = visible_text(browser.get(f"/interviews/{lyon_panel}/").content.decode())
    assert "8 janvier 2027" in page and "Ingénieure data senior" in page
    assert "Enregistré. Le plan est à jour." in browser.get(f"{edit}?saved=1").content.decode()

    cleared = submit(browser, edit, edit, decision="")
    assert cleared.status_code == 302 and Interview.objects.get(pk=lyon_panel).decision_by is None
    # The role is now senior: with no recruiter's date the follow-up waits 10 business days,
    # not 7 (CRAFT R25): Thursday 3 December + 10 is Thursday 17.
    assert follow_up(lyon_panel) == datetime(2026, 12, 17, 10, 0, tzinfo=PARIS), "10 business days, a senior role"


def test_a_new_start_is_read_in_the_interview_time_zone_and_a_new_country_picks_its_own(
    db: None, lyon_panel: int
) -> None:
    edit = f"/interviews/{lyon_panel}/edit"
    assert submit(browser_in("en"), edit, edit, start="2026-12-03T10:00", end="2026-12-03T11:00").status_code == 302
    interview = Interview.objects.get(pk=lyon_panel)
    assert interview.start == datetime(2026, 12, 3, 10, 0, tzinfo=PARIS)
    assert submit(browser_in("en"), edit, edit, country="CA", subdivision="QC").status_code == 302
    interview = Interview.objects.get(pk=lyon_panel)
    assert (interview.country, interview.subdivision, interview.timezone) == ("CA", "QC", "America/Toronto")


@pytest.mark.parametrize(
    ("language", "changes", "said"),
    [
        ("fr", {"end": "2026-12-03T13:00"}, "Fin\u00a0: doit être postérieure au début"),
        ("en", {"decision": "31/02/2027"}, "Decision announced: '31/02/2027' is not a date"),
        ("en", {"timezone": "Europe/Lyon"}, "Time zone: unknown time zone 'Europe/Lyon'"),
        ("fr", {"company": "  "}, "Entreprise\u00a0: obligatoire"),
        ("fr", {"subdivision": "Mosele"}, "Département, canton, province ou État\u00a0: subdivision inconnue"),
    ],
)
def test_a_bad_value_is_said_with_its_label_beside_its_field_and_changes_nothing(
    db: None, lyon_panel: int, language: str, changes: dict[str, str], said: str
) -> None:
    edit = f"/interviews/{lyon_panel}/edit"
    before, planned = Interview.objects.get(pk=lyon_panel), plan(lyon_panel)
    refused = submit(browser_in(language), edit, edit, role="Autre poste", **changes)
    html = refused.content.decode()
    assert refused.status_code == 400 and said in visible_text(html)
    (field,) = changes
    assert f'id="{field}-error"' in html and f'aria-describedby="{field}-error' in html, "said beside the field"
    assert 'value="Autre poste"' in html, "what was typed stays in the form"
    after = Interview.objects.get(pk=lyon_panel)
    assert (after.role, after.end, after.decision_by, after.timezone) == (
        before.role, before.end, before.decision_by, before.timezone,
    )  # fmt: skip
    assert plan(lyon_panel) == planned


def test_the_place_is_found_from_a_postcode_and_shown_in_words(db: None, lyon_panel: int) -> None:
    edit = f"/interviews/{lyon_panel}/edit"
    page = visible_text(browser_in("fr").get(edit).content.decode())
    assert "Lieu\u00a0: \n France, heure de Paris" in page, "no place written: the country and its time"
    moved = submit(browser_in("fr"), edit, edit, location="2 rue Serpenoise, 57000 Metz")
    assert moved.status_code == 302
    interview = Interview.objects.get(pk=lyon_panel)
    assert (interview.country, interview.subdivision, interview.timezone) == ("FR", "57", "Europe/Paris")
    assert "Metz, Moselle (57), heure de Paris" in visible_text(browser_in("fr").get(edit).content.decode())
    # Changed by hand behind "modifier", the area is the user's: the place no longer decides.
    assert submit(browser_in("fr"), edit, edit, subdivision="Bas-Rhin").status_code == 302
    assert Interview.objects.get(pk=lyon_panel).subdivision == "6AE"


def test_every_refusal_of_the_details_is_said_at_once(db: None, lyon_panel: int) -> None:
    edit = f"/interviews/{lyon_panel}/edit"
    refused = submit(browser_in("fr"), edit, edit, company="", decision="bientôt", contribution="x" * 501)
    text = visible_text(refused.content.decode())
    assert refused.status_code == 400 and "3 choses à corriger" in text
    assert "Entreprise\u00a0: obligatoire" in text and "Décision annoncée\u00a0: 'bientôt' n’est ni une date" in text
    assert "Ce que je peux apporter\u00a0: fait 501 caractères" in text


def test_editing_a_person_changes_the_page_and_the_plan(db: None, lyon_panel: int) -> None:
    browser = browser_in("fr")
    claire = Person.objects.get(name="Claire Martin")
    edit = f"/interviews/{lyon_panel}/edit"
    assert Action.objects.filter(person=claire, kind="thank_you", status="pending").exists()
    saved = submit(
        browser, edit, f"/people/{claire.id}/edit", email="", title="DRH", linkedin="linkedin.com/in/claire-martin",
        topics="la culture d’équipe\nle télétravail",
    )  # fmt: skip
    assert saved.status_code == 302 and saved["Location"] == f"{edit}?saved=1#person-{claire.id}"
    claire.refresh_from_db()
    assert (claire.email, claire.title, claire.linkedin) == ("", "DRH", "https://www.linkedin.com/in/claire-martin")
    assert claire.topics == ["la culture d’équipe", "le télétravail"]
    # No e-mail now: her thank-you step stays, waiting for an address (or done another way).
    assert Action.objects.filter(person=claire, kind="thank_you", status="pending").exists()
    page = visible_text(browser.get(f"/interviews/{lyon_panel}/").content.decode())
    assert "DRH" in page and "la culture d’équipe; le télétravail" in page


def test_a_bad_e_mail_names_the_field_and_changes_nothing(db: None, lyon_panel: int) -> None:
    julien = Person.objects.get(name="Julien Moreau")
    edit = f"/interviews/{lyon_panel}/edit"
    refused = submit(browser_in("en"), edit, f"/people/{julien.id}/edit", email="julien@", title="CTO", name="")
    html = refused.content.decode()
    said = "Julien Moreau — E-mail: the part after the @ is missing"
    assert refused.status_code == 400 and said in visible_text(html) and "Julien Moreau — Name: required" in html
    section = html.split(f'id="person-{julien.id}"')[1].split("</form>")[0]
    assert 'value="julien@"' in section and f'id="person-{julien.id}-email-error"' in section, "beside Julien's e-mail"
    assert f'href="#person-{julien.id}-name"' in html.split(f'id="person-{julien.id}"')[0], "listed at the top"
    julien.refresh_from_db()
    assert (julien.email, julien.title) == ("julien.moreau@example.org", "")


def test_adding_a_person_plans_their_thank_you(db: None, lyon_panel: int) -> None:
    edit = f"/interviews/{lyon_panel}/edit"
    added = submit(
        browser_in("fr"), edit, f"/interviews/{lyon_panel}/people/add", name="Inès Garnier",
        email="ines.garnier@example.org", salutation="madame", topics="le recrutement",
    )  # fmt: skip
    assert added.status_code == 302
    ines = Person.objects.get(name="Inès Garnier")
    assert (ines.salutation, ines.register, ines.topics) == ("madame", "vous", ["le recrutement"])
    assert Action.objects.filter(person=ines, kind="thank_you", status="pending").exists()
    refused = submit(browser_in("fr"), edit, f"/interviews/{lyon_panel}/people/add", name="")
    assert refused.status_code == 400 and "Nouvelle personne — Nom\u00a0: obligatoire" in refused.content.decode()
    assert Person.objects.filter(interview_id=lyon_panel).count() == 3


def test_a_removed_person_disappears_with_their_pending_actions(db: None, lyon_panel: int) -> None:
    browser = browser_in("fr")
    julien = Person.objects.get(name="Julien Moreau")
    assert Action.objects.filter(person=julien, status="pending").count() >= 2
    asked = browser.get(f"/people/{julien.id}/remove").content.decode()
    assert "Supprimer la fiche de Julien Moreau\u202f?" in asked and "actions en attente" in asked
    assert Person.objects.filter(pk=julien.id).exists(), "asking removes nothing"
    removed = submit(browser, f"/people/{julien.id}/remove", f"/people/{julien.id}/remove")
    assert removed.status_code == 302 and removed["Location"] == f"/interviews/{lyon_panel}/edit?removed=1#people-title"
    assert not Person.objects.filter(pk=julien.id).exists()
    assert not Action.objects.filter(person_id=julien.id).exists()
    assert Action.objects.filter(person__name="Claire Martin", kind="thank_you").exists()
    page = browser.get(f"/interviews/{lyon_panel}/").content.decode()
    assert "Julien Moreau" not in page and "Claire Martin" in page
    assert browser.get(f"/people/{julien.id}/remove").status_code == 404


def test_an_unknown_interview_or_person_is_not_found(db: None, candidate: None) -> None:
    browser = browser_in("en")
    assert browser.get("/interviews/999/edit").status_code == 404
    assert browser.get("/people/999/remove").status_code == 404


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_edit_pages_speak_the_chosen_language_only(db: None, lyon_panel: int, language: str) -> None:
    other = "en" if language == "fr" else "fr"
    browser = browser_in(language)
    edit = f"/interviews/{lyon_panel}/edit"
    julien = Person.objects.get(name="Julien Moreau")
    pages = {
        "edit": browser.get(edit).content.decode(),
        "saved": browser.get(f"{edit}?saved=1").content.decode(),
        "removed": browser.get(f"{edit}?removed=1").content.decode(),
        "refused": submit(browser, edit, edit, end="2026-12-03T13:00").content.decode(),
        "remove": browser.get(f"/people/{julien.id}/remove").content.decode(),
    }
    for name, html in pages.items():
        assert f'<html lang="{language}">' in html, name
        assert leaks(html, other) == [], f"{name} in {language} shows {other} words"
    assert ("Ajouter une personne" in pages["edit"]) == (language == "fr")


def labelled(html: str) -> tuple[int, list[str]]:
    """How many fields a user fills on ``html``, and those no label names (by wrapping the
    field or by its id)."""
    fields = [attributes for attributes in re.findall(r"<(?:input|select|textarea) ([^>]*)>", html)
              if 'type="hidden"' not in attributes]  # fmt: skip
    pointed = set(re.findall(r'<label for="([^"]+)"', html))
    wrapped = re.findall(r"<label(?! for=)[^>]*>(?:(?!</label>).)*?<(?:input|select|textarea) ([^>]*)>", html, re.S)
    ids = {attributes: re.search(r'id="([^"]+)"', attributes) for attributes in fields}
    unlabelled = [
        attributes for attributes, found in ids.items()
        if attributes not in wrapped and (found is None or found.group(1) not in pointed)
    ]  # fmt: skip
    return len(fields), unlabelled


def test_every_field_of_the_edit_page_has_a_label(db: None, lyon_panel: int) -> None:
    """A label names each field (web/templates/web/_person_fields.html, interview_edit.html)."""
    count, unlabelled = labelled(browser_in("en").get(f"/interviews/{lyon_panel}/edit").content.decode())
    assert count > 20 and unlabelled == []


def test_a_person_who_was_sent_a_message_stays_and_the_page_says_why(db: None, lyon_panel: int) -> None:
    from lastimpression.outbox.models import Message

    julien = Person.objects.get(name="Julien Moreau")
    Message.objects.create(interview_id=lyon_panel, person=julien, kind="thank_you", status="sent", to=julien.email,
                           subject="Merci", body="Bonjour Julien,", message_id_header="<x@example.org>")  # fmt: skip
    browser = browser_in("fr")
    refused = submit(browser, f"/people/{julien.id}/remove", f"/people/{julien.id}/remove")
    assert refused.status_code == 409
    assert "des messages à Julien Moreau sont partis ou en cours d’envoi (1)" in refused.content.decode()
    assert Person.objects.filter(pk=julien.id).exists() and Message.objects.filter(person=julien).exists()


def test_the_main_contact_is_one_person_chosen_on_the_edit_page(db: None, lyon_panel: int) -> None:
    edit = f"/interviews/{lyon_panel}/edit"
    claire, julien = Person.objects.get(name="Claire Martin"), Person.objects.get(name="Julien Moreau")
    assert submit(browser_in("fr"), edit, f"/people/{julien.id}/edit", main_contact="on").status_code == 302
    assert Person.objects.filter(interview_id=lyon_panel, main_contact=True).get() == julien
    assert submit(browser_in("fr"), edit, f"/people/{claire.id}/edit", main_contact="on").status_code == 302
    assert Person.objects.filter(interview_id=lyon_panel, main_contact=True).get() == claire, "one at a time"
    html = browser_in("fr").get(edit).content.decode()
    assert f'id="person-{claire.id}-main_contact" checked' in html
