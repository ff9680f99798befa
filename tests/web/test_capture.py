"""Capture in the browser: the pages lead a web user to the page that does it (never to a
command to type), survive a tampered form, preview an import in the user's words, and do not
keep uploaded files forever."""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from lastimpression.core.placefinder import area_named, find_place
from lastimpression.interviews.models import Interview
from lastimpression.outbox.models import Message
from lastimpression.web.common import LANGUAGE_COOKIE
from tests.conftest import Clock
from tests.web.conftest import browser_in, csrf_token
from tests.web.test_editing import Form, labelled
from tests.web.test_i18n import leaks, visible_text

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nBEGIN:VEVENT\r\n"
    "UID:g1@google.com\r\nSUMMARY:Entretien – Data engineer – Lumière Analytique\r\n"
    "DTSTART:20261210T130000Z\r\nDTEND:20261210T140000Z\r\n"
    "ATTENDEE;CN=Claire Martin:mailto:claire@lumiere.example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
).encode()


pytestmark = pytest.mark.usefixtures("evening")


def post(browser: Client, url: str, data: dict[str, Any]) -> Any:
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
    shown = len(re.findall(r'name="person-\d+-name"', main(more.content.decode())))
    assert 2 <= shown <= 20, shown
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


def fill(browser: Client, page: str, html: str | None = None, **typed: str) -> dict[str, str]:
    """The new-interview form as the page fills it, with ``typed`` over it."""
    parser = Form("")  # the form that posts to its own page
    parser.feed(html if html is not None else browser.get(page).content.decode())
    return {**parser.values, **typed}


THREE_WRONG = {
    "company": "",
    "person-0-name": "Claire Martin",
    "person-0-email": "claire@lumiere",
    "decision": "bientôt",
}


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("fr", ["Entreprise\u00a0: obligatoire",
                "Décision annoncée\u00a0: 'bientôt' n’est ni une date ni un délai",
                "Personne 1 — Adresse e-mail\u00a0: la partie après le @ doit contenir un point"]),
        ("en", ["Company: required", "Decision announced: 'bientôt' is neither a date nor a delay",
                "Person 1 — E-mail: the part after the @ needs a dot"]),
    ],
)  # fmt: skip
def test_three_wrong_fields_are_said_at_once_beside_each_with_its_label_and_the_first_focused(
    candidate: None, language: str, said: list[str]
) -> None:
    browser = browser_in(language)
    refused = browser.post("/interviews/new", fill(browser, "/interviews/new", role="Data engineer", **THREE_WRONG))
    html = main(refused.content.decode())
    text = visible_text(html)
    assert refused.status_code == 400 and not Interview.objects.exists()
    summary = text.split("\n Entreprise \n" if language == "fr" else "\n Company \n")[0]
    assert ("3 choses à corriger" if language == "fr" else "3 things to correct") in summary
    for sentence in said:
        assert sentence in summary, (sentence, summary)
    for field in ("company", "decision", "person-0-email"):
        assert f'<a href="#{field}">' in html, "the summary links to the field"
        tag = re.search(rf'<(?:input|textarea)[^>]* id="{field}"[^>]*>', html)
        assert tag is not None and 'aria-invalid="true"' in tag.group(0)
        assert f'aria-describedby="{field}-error' in tag.group(0)
        assert re.search(rf'{re.escape(tag.group(0))}<span class="field-error" id="{field}-error">', html), "beside it"
    autofocused = re.findall(r'<[^>]* id="([^"]+)"[^>]* autofocus', html)
    assert autofocused == ["company"], "the page opens on the first wrong field"
    for internal in ("company:", "email:", "decision_in", "decision:", "person-0", "est vide", "is empty", "@-sign"):
        assert internal not in text, internal
    assert leaks(refused.content.decode(), "en" if language == "fr" else "fr") == []
    assert 'value="Claire Martin"' in html and 'value="claire@lumiere"' in html, "what was typed stays"


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("claire.martin", "il manque le @"), ("@lumiere.fr", "il manque la partie avant le @"),
        ("claire@", "il manque la partie après le @"), ("claire martin@lumiere.fr", "contient un caractère interdit"),
        ("claire..martin@lumiere.fr", "un point ou un tiret est mal placé"),
    ],
)  # fmt: skip
def test_the_e_mail_validators_refusals_are_said_in_the_pages_words(candidate: None, address: str, said: str) -> None:
    browser = browser_in("fr")
    typed = {"company": "Acme", "role": "Dev", "person-0-name": "Claire Martin", "person-0-email": address}
    text = visible_text(browser.post("/interviews/new", fill(browser, "/interviews/new", **typed)).content.decode())
    assert f"Personne 1 — Adresse e-mail\u00a0: {said}" in text


def test_the_form_opens_on_today_and_the_hour_that_just_ended_in_the_users_place(
    browser: Client, candidate: None, clock: Clock
) -> None:
    clock.at(datetime(2026, 12, 3, 10, 5, tzinfo=UTC))  # 11:05 in Paris, leaving a 10:00 interview
    browser.cookies[LANGUAGE_COOKIE] = "fr"
    html = main(browser.get("/interviews/new").content.decode())
    assert 'name="start" id="start" type="datetime-local" value="2026-12-03T10:00"' in html
    assert 'value="60"' in html and "France, heure de Paris" in visible_text(html)
    assert re.findall(r'<[^>]* id="([^"]+)"[^>]* autofocus', html) == ["company"]
    assert len(re.findall(r'name="person-\d+-name"', html)) == 2, "two empty lines (a panel is common), not four"


def test_a_french_candidate_leaving_metz_fills_six_fields_and_taps_once(
    browser: Client, candidate: None, clock: Clock
) -> None:
    """Issue 16's flow: "I just left an interview in Metz, 10:00–11:00, met the HR director
    and the data lead, decision within 10 days": two lines are there, each says the name, the
    address and the title; "Enregistrer et rédiger" saves and drafts in one tap."""
    clock.at(datetime(2026, 12, 3, 10, 5, tzinfo=UTC))
    browser.cookies[LANGUAGE_COOKIE] = "fr"
    page = browser.get("/interviews/new").content.decode()
    assert "Enregistrer et rédiger</button>" in page
    assert re.findall(r'<label for="person-\d-name">([^<]+)</label>', page) == ["Nom, e-mail, fonction"] * 2
    typed = {"company": "Lorraine Data", "role": "Ingénieure data", "location": "57000 Metz",
             "decision": "sous 10 jours",
             "person-0-name": "Mme Claire Dupont <claire.dupont@lorraine.example.org>, DRH",
             "person-1-name": "Julien Moreau julien.moreau@lorraine.example.org, Responsable data"}  # fmt: skip
    saved = browser.post("/interviews/new", fill(browser, "", page, **typed, then="draft"))
    assert len(typed) == 6, "fields typed: company, role, place, decision, one line per person"
    interview = Interview.objects.get()
    assert saved.status_code == 302 and saved["Location"] == f"/interviews/{interview.pk}/#ready"
    assert (interview.start, interview.end) == (
        datetime(2026, 12, 3, 9, 0, tzinfo=UTC),
        datetime(2026, 12, 3, 10, 0, tzinfo=UTC),
    )
    assert (interview.country, interview.subdivision, interview.timezone) == ("FR", "57", "Europe/Paris")
    assert interview.decision_by == date(2026, 12, 13)
    claire, julien = interview.people.order_by("id")
    assert (claire.name, claire.salutation, claire.title, claire.email) == (
        "Claire Dupont", "madame", "DRH", "claire.dupont@lorraine.example.org")  # fmt: skip
    assert (julien.name, julien.salutation, julien.title, julien.email) == (
        "Julien Moreau",
        "none",
        "Responsable data",
        "julien.moreau@lorraine.example.org",
    ), "no salutation guessed from a first name"
    assert Message.objects.filter(interview=interview, kind="thank_you").count() == 2, "drafted on saving"
    opened = visible_text(main(browser.get(saved["Location"]).content.decode()))
    assert "messages rédigés" in opened and "Vos messages" in opened
    assert "e-mail de remerciement — Claire Dupont" in opened and "e-mail de remerciement — Julien Moreau" in opened
    # What the form asks for at all, two people shown: labelled, and few.
    count, unlabelled = labelled(main(page))
    visible = [tag for tag in re.findall(r"<(?:input|select|textarea) [^>]*>", main(page).split("<details")[0])]
    assert unlabelled == [] and count <= 30
    assert len([tag for tag in visible if 'type="hidden"' not in tag]) <= 8, "before the people, eight fields at most"


def test_save_alone_drafts_nothing_and_an_empty_second_line_is_ignored(browser: Client, candidate: None) -> None:
    typed = {"company": "Acme", "role": "Dev", "person-0-name": "Claire Martin claire@acme.example.org"}
    saved = browser.post("/interviews/new", fill(browser, "/interviews/new", **typed))
    interview = Interview.objects.get()
    assert saved["Location"] == f"/interviews/{interview.pk}/"
    assert [person.email for person in interview.people.all()] == ["claire@acme.example.org"]
    assert not Message.objects.exists()


@pytest.mark.parametrize(
    ("line", "apart", "field", "said"),
    [
        ("Claire Martin claire@lumiere", "", "person-0-name",
         "Personne 1 — Adresse e-mail\u00a0: la partie après le @ doit contenir un point"),
        ("Claire Martin claire@a.example.org", "claire@b.example.org", "person-0-email",
         "Personne 1 — Adresse e-mail\u00a0: diffère de l’adresse écrite sur la ligne (claire@a.example.org)\u00a0: "
         "gardez-en une"),
        ("Claire Martin claire@a.example.org julien@a.example.org", "", "person-0-name",
         "Personne 1 — Nom, e-mail, fonction\u00a0: une adresse e-mail par personne\u00a0: cette ligne en contient 2"),
    ],
)  # fmt: skip
def test_an_address_on_the_line_is_refused_beside_the_field_it_was_typed_in(
    candidate: None, line: str, apart: str, field: str, said: str
) -> None:
    browser = browser_in("fr")
    typed = {"company": "Acme", "role": "Dev", "person-0-name": line, "person-0-email": apart}
    refused = browser.post("/interviews/new", fill(browser, "/interviews/new", **typed))
    html = main(refused.content.decode())
    assert refused.status_code == 400 and not Interview.objects.exists()
    assert said in visible_text(html)
    assert re.search(rf'<input [^>]*id="{field}"[^>]*aria-invalid="true"', html), "beside the field typed in"
    assert f'value="{line}"' in html, "what was typed stays"


def test_the_address_given_apart_is_kept_and_the_same_on_the_line_is_no_conflict(
    browser: Client, candidate: None
) -> None:
    typed = {"company": "Acme", "role": "Dev", "rows": "2",
             "person-0-name": "Claire Martin, DRH", "person-0-email": "claire@acme.example.org",
             "person-1-name": "Julien Moreau <Julien@Acme.example.org>", "person-1-email": "julien@acme.example.org"}  # fmt: skip
    assert browser.post("/interviews/new", fill(browser, "/interviews/new", **typed)).status_code == 302
    claire, julien = Interview.objects.get().people.order_by("id")
    assert (claire.name, claire.title, claire.email) == ("Claire Martin", "DRH", "claire@acme.example.org")
    assert (julien.name, julien.email) == ("Julien Moreau", "julien@acme.example.org")


@pytest.mark.parametrize(
    ("written", "decided"),
    [("d'ici vendredi", date(2026, 12, 4)), ("18/12/2026", date(2026, 12, 18)), ("within 10 days", date(2026, 12, 13)),
     ("2026-12-18", date(2026, 12, 18)), ("", None)],
)  # fmt: skip
def test_the_decision_is_one_field_read_as_a_date_a_delay_or_a_day(
    browser: Client, candidate: None, written: str, decided: date | None
) -> None:
    typed = {"company": "Acme", "role": "Dev", "start": "2026-12-03T10:00", "decision": written}
    assert browser.post("/interviews/new", fill(browser, "/interviews/new", **typed)).status_code == 302
    assert Interview.objects.get().decision_by == decided


@pytest.mark.parametrize(
    ("written", "country", "area", "calendar", "zone"),
    [
        ("57000 Metz", "FR", "57", "57", "Europe/Paris"), ("Metz", "FR", "57", "57", "Europe/Paris"),
        ("Moselle", "FR", "57", "57", "Europe/Paris"), ("97400", "FR", "974", "974", "Indian/Reunion"),
        ("20000", "FR", "2A", "", "Europe/Paris"), ("20200 Bastia", "FR", "2B", "", "Europe/Paris"),
        ("67000 Strasbourg", "FR", "67", "6AE", "Europe/Paris"), ("12 quai Saint-Antoine, 69002 Lyon", "FR", "69", "", "Europe/Paris"),
        ("4000 Liège", "BE", "WLG", "", "Europe/Brussels"), ("Bruxelles", "BE", "BRU", "", "Europe/Brussels"),
        ("1201 Genève", "CH", "GE", "GE", "Europe/Zurich"), ("8001 Zürich", "CH", "ZH", "ZH", "Europe/Zurich"),
        ("Lausanne", "CH", "VD", "VD", "Europe/Zurich"),
        ("H2X Montréal", "CA", "QC", "QC", "America/Toronto"), ("K1A 0B1", "CA", "ON", "ON", "America/Toronto"),
        ("Vancouver", "CA", "BC", "BC", "America/Vancouver"),
        ("SW1A 1AA", "GB", "ENG", "ENG", "Europe/London"), ("EH1 1YZ Edinburgh", "GB", "SCT", "SCT", "Europe/London"),
        ("Cardiff", "GB", "WLS", "WLS", "Europe/London"),
        ("10001 New York", "US", "NY", "NY", "America/New_York"), ("Portland, OR", "US", "OR", "OR", "America/Los_Angeles"),
        ("El Paso", "US", "TX", "TX", "America/Denver"), ("94301 Palo Alto", "US", "CA", "CA", "America/Los_Angeles"),
    ],
)  # fmt: skip
def test_a_postcode_or_a_city_gives_the_area_its_calendar_and_its_time_zone(
    written: str, country: str, area: str, calendar: str, zone: str
) -> None:
    found = find_place(written, home_country="FR")
    assert found is not None and (found.country, found.area, found.calendar, found.timezone) == (
        country,
        area,
        calendar,
        zone,
    )
    assert area_named(country, area) is not None


def test_a_place_names_nothing_when_it_is_a_link_or_unknown() -> None:
    assert find_place("https://meet.example.org/northwind-data") is None
    assert find_place("Bureau 4B, 3e étage") is None
    found = find_place("10001", home_country="US")
    assert found is not None
    assert found == found.__class__("US", "NY", "NY", "America/New_York", "", "10001")


@pytest.mark.parametrize(
    ("written", "said", "saved"),
    [
        ("57000 Metz", "Metz, Moselle (57), heure de Paris", ("FR", "57", "Europe/Paris", "fr")),
        ("97400", "La Réunion (974), heure de La Réunion", ("FR", "974", "Indian/Reunion", "fr")),
        ("1201 Genève", "Genève (GE), Suisse, heure de Zurich", ("CH", "GE", "Europe/Zurich", "fr")),
        ("H2X Montréal", "Montréal, Québec (QC), Canada, heure de Toronto", ("CA", "QC", "America/Toronto", "fr")),
        ("London", "London, Angleterre, Royaume-Uni, heure de Londres", ("GB", "ENG", "Europe/London", "en")),
    ],
)  # fmt: skip
def test_the_place_found_is_shown_in_words_and_saved_with_its_codes(
    browser: Client, candidate: None, written: str, said: str, saved: tuple[str, str, str, str]
) -> None:
    browser.cookies[LANGUAGE_COOKIE] = "fr"
    shown = browser.get(f"/interviews/place?location={written}")
    assert shown.status_code == 200 and said in visible_text(shown.content.decode())
    typed = {"company": "Acme", "role": "Dev", "location": written, "more": "1"}
    again = browser.post("/interviews/new", fill(browser, "/interviews/new", **typed)).content.decode()
    assert said in visible_text(again), "shown again with the form"
    assert browser.post("/interviews/new", fill(browser, "", again, role="Dev")).status_code == 302
    interview = Interview.objects.get()
    assert (interview.country, interview.subdivision, interview.timezone, interview.language) == saved


def test_a_place_changed_behind_change_is_the_users_even_on_the_next_round(browser: Client, candidate: None) -> None:
    browser.cookies[LANGUAGE_COOKIE] = "en"
    typed = {"company": "Acme", "role": "", "location": "57000 Metz", "country": "CA", "subdivision": "Quebec"}
    refused = browser.post("/interviews/new", fill(browser, "/interviews/new", **typed))
    assert refused.status_code == 400 and "Quebec (QC), Canada, Toronto time" in visible_text(refused.content.decode())
    assert browser.post("/interviews/new", fill(browser, "", refused.content.decode(), role="Dev")).status_code == 302
    interview = Interview.objects.get()
    assert (interview.country, interview.subdivision, interview.timezone) == ("CA", "QC", "America/Toronto")


def test_a_country_of_several_time_zones_asks_for_one_beside_the_field(browser: Client, candidate: None) -> None:
    browser.cookies[LANGUAGE_COOKIE] = "en"
    typed = {"company": "Acme", "role": "Dev", "country": "US", "subdivision": ""}
    refused = browser.post("/interviews/new", fill(browser, "/interviews/new", **typed))
    html = refused.content.decode()
    assert refused.status_code == 400 and 'id="timezone-error">this country has several time zones' in html
    assert "<details open>" in html, "the place's fields are shown, on the first of them refused"


def test_the_main_contact_is_chosen_on_the_persons_line_or_left_to_the_program(
    browser: Client, candidate: None
) -> None:
    typed = {
        "company": "Acme",
        "role": "Dev",
        "rows": "2",
        "person-0-name": "Claire Martin",
        "person-1-name": "Julien Moreau",
    }
    assert browser.post("/interviews/new", fill(browser, "/interviews/new", **typed, main="1")).status_code == 302
    chosen = Interview.objects.get()
    assert [person.main_contact for person in chosen.people.order_by("id")] == [False, True]
    chosen.delete()
    assert browser.post("/interviews/new", fill(browser, "/interviews/new", **typed)).status_code == 302
    assert not Interview.objects.get().people.filter(main_contact=True).exists(), "none chosen: the program guesses"
    refused = browser.post("/interviews/new", fill(browser, "/interviews/new", **typed, main="5"))
    assert refused.status_code == 400 and 'id="main-error"' in refused.content.decode()
