"""The candidate's flow after an interview in a real browser: Debian's Chromium driven by
Playwright against the live server, in French at desktop width and in English at 375 px."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from urllib.parse import urlencode

import pytest
from playwright.sync_api import Browser, Locator, Page, expect
from pytest_django.live_server_helper import LiveServer

from lastimpression.interviews import services
from lastimpression.interviews.models import Interview, Person
from lastimpression.outbox.models import Message
from tests.conftest import Clock
from tests.e2e.browser import DESKTOP, PHONE, OpenTab, Tab

pytestmark = pytest.mark.django_db(transaction=True)

EVENING = datetime(2026, 12, 3, 17, 0, tzinfo=UTC)  # Thursday, 18:00 in Paris, noon in Montréal
PAGE_WEIGHT_LIMIT = 100_000
HOSTILE = "<script>alert(1)</script>"
# Any script but this host's own files: htmx, which every page loads, and copy.js (the interview page).
INJECTED_SCRIPT = "script:not([src^='/static/web/'])"
# With a proof point each, as tests/conftest.py's candidate (issue 15): without one, the linter
# rightly asks for one (LI021) and no thank-you is "clean".
CAMILLE = {
    "name": "Camille Durand",
    "email": "camille.durand@example.org",
    "agreement": "feminine",
    "proof_points": ["Chez Datalyse, j’ai migré l’entrepôt de données vers PostgreSQL en quatre mois."],
}
SAM = {"name": "Sam Taylor", "email": "sam.taylor@example.com", "language": "en", "country": "CA", "subdivision": "QC",
       "proof_points": ["At Datalyse I moved the data warehouse to PostgreSQL in four months with no downtime."]}  # fmt: skip


@pytest.fixture(autouse=True)
def _clock(clock: Clock) -> None:
    clock.at(EVENING)


def lyon_panel() -> Interview:
    """The French panel of the shared world, entered through the services."""
    services.save_profile(CAMILLE)
    return services.add_interview(
        {"company": "Lumière Analytique", "role": "Ingénieure data", "start": "2026-12-03T14:00", "duration": "75",
         "decision_in": "2 semaines"},
        [{"name": "Claire Martin", "email": "claire.martin@example.org", "salutation": "madame"},
         {"name": "Julien Moreau", "email": "julien.moreau@example.org", "register": "tu",
          "topics": ["la migration vers PostgreSQL", "les tests de bout en bout"]}],
    )  # fmt: skip


def message_of(page: Page, person: str) -> Locator:
    return page.locator("article.message", has=page.get_by_role("heading", name=re.compile(re.escape(person))))


def replace_in_editor(page: Page, message: Locator, old: str, new: str, save: str) -> None:
    """Replace ``old`` by ``new`` in the message's text, save, and wait for the answer (htmx
    swaps the message's card in place).

    The whole text is set at once (``fill``): typing over a selection was flaky when the page
    was still settling after the previous save."""
    editor = message.locator("textarea")
    if not editor.is_visible():  # the text is folded until opened (its subject is the summary)
        message.locator("details.text > summary").click()
    text = editor.input_value()
    assert old in text
    editor.fill(text.replace(old, new, 1))
    expect(editor).to_have_value(text.replace(old, new, 1))
    with page.expect_response(lambda response: response.url.endswith("/save") and response.request.method == "POST"):
        message.get_by_role("button", name=save, exact=True).click()


def assert_fits(tab: Tab, width: int) -> None:
    # Measured once the page and its stylesheet have loaded: a click that navigates returns
    # before the new page is laid out with its CSS.
    tab.page.wait_for_load_state("load")
    assert tab.page_width() <= width, f"{tab.page.url} scrolls sideways: {tab.page_width()} px wide"


def test_in_french_a_panel_is_entered_thanked_corrected_and_a_reply_cancels_the_follow_up(open_tab: OpenTab) -> None:
    services.save_profile(CAMILLE)
    tab = open_tab(DESKTOP, "fr-FR")
    page = tab.page
    tab.go("/interviews/new")
    expect(page.get_by_role("heading", level=1)).to_have_text("Nouvel entretien")
    tab.tab_through([
        ("company", "Lumière Analytique"), ("role", "Ingénieure data"), ("start", "2026-12-03T14:00"),
        ("duration", "75"), ("mode", None), ("location", "12 quai Saint-Antoine, 69002 Lyon"), (None, None),
        ("decision", "2 semaines"), ("contribution", None),
        # Two lines are there at first; the first says the address too, the second has it apart.
        ("person-0-name", "Mme Claire Martin <claire.martin@example.org>, Directrice des ressources humaines"),
        ("person-0-topics", None), (None, None),
        ("person-1-name", "M. Julien Moreau, Responsable de l'équipe data"),
        ("person-1-topics", "la migration vers PostgreSQL ; les tests de bout en bout"),
    ])  # fmt: skip
    page.keyboard.press("Enter")  # on "E-mail apart, title, salutation": open, then into it
    page.keyboard.press("Tab")
    tab.tab_through([("person-1-email", "julien.moreau@example.org"), ("person-1-title", None),
                     ("person-1-salutation", None), ("person-1-register", "t"), ("main", None)])  # fmt: skip
    assert tab.focused() == "then", "then 'Save and draft', the first button"
    assert page.locator("[name=duration]").input_value() == "75"
    assert page.locator("[name=language]").input_value() == "fr"
    assert page.locator("[name=person-1-register]").input_value() == "tu"
    page.get_by_role("button", name="Enregistrer", exact=True).press("Enter")

    expect(page).to_have_url(re.compile(r"/interviews/\d+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Lumière Analytique — Ingénieure data")
    people = page.locator("table.list tbody tr")
    expect(people).to_have_count(2)
    expect(people.nth(1)).to_contain_text("la migration vers PostgreSQL; les tests de bout en bout")
    interview = Interview.objects.get()
    assert (interview.end - interview.start).total_seconds() == 75 * 60
    assert (interview.language, interview.timezone, interview.decision_by) == ("fr", "Europe/Paris", date(2026, 12, 17))

    page.get_by_label("Type de message").select_option("thank_you")
    page.get_by_role("button", name="Rédiger", exact=True).click()
    expect(page.locator("article.message")).to_have_count(2)
    claire = message_of(page, "Claire Martin")
    expect(claire.locator(".findings")).to_have_text("Aucun problème relevé.")
    expect(claire.get_by_label("Objet")).not_to_have_value("")
    expect(claire.get_by_role("link", name="Télécharger le .eml")).to_be_visible()
    expect(claire.get_by_role("link", name="Ouvrir dans ma messagerie")).to_have_attribute(
        "href", re.compile(r"^mailto:claire\.martin@example\.org\?")
    )

    replace_in_editor(page, claire, "Bien cordialement,", "Cdt,", "Enregistrer")
    expect(claire.locator(".findings li.error")).to_contain_text("LI013")
    expect(claire.locator(".findings")).to_contain_text("« Cdt » est une formule abrégée")
    expect(claire.locator("textarea")).to_have_value(re.compile(r"\nCdt,\n"))
    replace_in_editor(page, claire, "Cdt,", "Bien cordialement,", "Enregistrer")
    expect(claire.locator(".findings")).to_have_text("Aucun problème relevé.")

    claire.get_by_role("button", name="Je l’ai envoyé moi-même").click()
    # Asked first: recording it as sent stops the program from sending it.
    expect(claire.locator(".confirm .warning")).to_contain_text("Avez-vous envoyé vous-même cet e-mail")
    claire.get_by_role("button", name="Oui, je l’ai envoyé").click()
    # The status in the UI's language, never the stored code ("sent", "draft").
    expect(claire.locator("h3 .state")).to_have_text("(envoyé)")
    expect(message_of(page, "Julien Moreau").locator("h3 .state")).to_have_text("(brouillon)")

    follow_ups = page.locator("ol.timeline li", has_text="relance")
    expect(follow_ups.first).to_contain_text("à faire")
    claire_id = Person.objects.get(name="Claire Martin").pk
    from lastimpression.journal.service import record_reply

    record_reply(claire_id, EVENING, "Merci, nous revenons vers vous lundi")
    page.reload()
    assert follow_ups.count() >= 1
    for item in follow_ups.all():
        expect(item).to_have_class(re.compile(r"\bcancelled\b"))
        expect(item.locator(".state")).to_have_text("annulé")

    tab.go("/")
    overdue = page.locator("section", has=page.get_by_role("heading", name="En retard"))
    expect(overdue).to_contain_text("Julien Moreau")
    expect(overdue).not_to_contain_text("Claire Martin")


def test_in_english_at_375_px_the_same_flow_fits_without_scrolling_sideways(open_tab: OpenTab) -> None:
    services.save_profile(SAM)
    tab = open_tab(PHONE, "en-CA")
    page = tab.page
    tab.go("/interviews/new")
    assert_fits(tab, 375)
    expect(page.get_by_role("heading", level=1)).to_have_text("New interview")
    tab.tab_through([
        ("company", "Northwind Labs"), ("role", "Data Engineer"), ("start", "2026-12-03T09:30"),
        ("duration", "45"), ("mode", "v"), ("location", "https://meet.example.org/northwind-data"), (None, None),
        ("decision", "10 days"), ("contribution", None),
        ("person-0-name", "Sarah Thompson <sarah.thompson@example.com>, Engineering Manager"),
        ("person-0-topics", "streaming ingestion; the on-call rotation"), (None, None),
        ("person-1-name", "Priya Natarajan priya.natarajan@example.com"), ("person-1-topics", None), (None, None),
        ("main", None), ("then", None), (None, None),
    ])  # fmt: skip
    assert tab.focused() == "more"
    page.keyboard.press("Enter")  # "Add a person": a third line, the focus on it
    expect(page.locator("[name=person-2-name]")).to_be_focused()
    assert_fits(tab, 375)
    page.get_by_role("button", name="Save", exact=True).press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Northwind Labs — Data Engineer")
    assert_fits(tab, 375)
    interview = Interview.objects.get()
    assert (interview.mode, interview.language, interview.timezone) == ("video", "en", "America/Toronto")

    page.get_by_label("Kind of message").select_option("thank_you")
    page.get_by_role("button", name="Draft", exact=True).click()
    expect(page.locator("article.message")).to_have_count(2)
    assert_fits(tab, 375)
    sarah = message_of(page, "Sarah Thompson")
    expect(sarah.locator(".findings")).to_have_text("No problem found.")

    replace_in_editor(page, sarah, "Best regards,", "Thx,", "Save")
    expect(sarah.locator(".findings li.error")).to_contain_text("LI013")
    expect(sarah.locator(".findings")).to_contain_text("“Thx” is an abbreviated closing")
    assert_fits(tab, 375)
    replace_in_editor(page, sarah, "Thx,", "Best regards,", "Save")
    expect(sarah.locator(".findings")).to_have_text("No problem found.")

    sarah.get_by_role("button", name="I sent it myself").click()
    sarah.get_by_role("button", name="Yes, I sent it").click()
    expect(sarah.locator("h3 .state")).to_have_text("(sent)")

    from lastimpression.journal.service import record_reply

    record_reply(Person.objects.get(name="Sarah Thompson").pk, EVENING, None)
    page.reload()
    follow_ups = page.locator("ol.timeline li", has_text="follow-up")
    assert follow_ups.count() >= 1
    for item in follow_ups.all():
        expect(item.locator(".state")).to_have_text("cancelled")
    assert_fits(tab, 375)

    tab.go(f"/interviews/{interview.pk}/debrief")
    assert_fits(tab, 375)
    page.get_by_label("What happened in the last minutes").click()
    page.keyboard.type("Sarah walked me to the lift.")
    page.keyboard.press("Enter")
    page.keyboard.type("We talked about the on-call rotation.")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_role("status")).to_have_text("Saved.")
    expect(page.get_by_label("What happened in the last minutes")).to_have_value(
        "Sarah walked me to the lift.\nWe talked about the on-call rotation."
    )
    for path in ("/", "/interviews/", "/journal/", "/import"):
        tab.go(path)
        assert_fits(tab, 375)


def test_no_request_leaves_the_machine_and_the_main_pages_weigh_under_100_kb_without_htmx(
    open_tab: OpenTab, chromium: Browser, live_server: LiveServer
) -> None:
    watcher = Tab(chromium.new_context(), live_server.url)
    watcher.page.set_content('<img src="http://example.org/pixel.png" alt="">')
    # The route handler may run just after set_content returns: give it a moment.
    for _ in range(50):
        if watcher.outside:
            break
        watcher.page.wait_for_timeout(100)
    assert watcher.outside == ["http://example.org/pixel.png"], "the watch must catch an outside request"
    watcher.page.context.close()

    from lastimpression.outbox.drafting import draft

    interview = lyon_panel()
    draft(interview.pk, "thank_you", None, EVENING)
    tab = open_tab(DESKTOP, "fr-FR")
    weights = {}
    for path in ("/", f"/interviews/{interview.pk}/"):
        tab.go(path)
        assert any(response.url.endswith("/static/web/site.css") for response in tab.responses)
        assert any(response.url.endswith("/static/web/htmx-2.0.11.min.js") for response in tab.responses)
        weights[path] = tab.weight(leaving_out="/static/web/htmx-")  # htmx is not counted (docs/web.md)
    assert all(0 < weight <= PAGE_WEIGHT_LIMIT for weight in weights.values()), weights
    expect(tab.page.locator("article.message")).to_have_count(2)
    for path in ("/interviews/", "/interviews/new", f"/interviews/{interview.pk}/debrief",
                 f"/interviews/{interview.pk}/card", "/journal/", "/import"):  # fmt: skip
        tab.go(path)
    assert tab.outside == []


def test_the_keyboard_reaches_the_content_with_a_visible_focus_and_every_field_is_labelled(open_tab: OpenTab) -> None:
    from lastimpression.outbox.drafting import draft

    interview = lyon_panel()
    draft(interview.pk, "thank_you", None, EVENING)
    tab = open_tab(DESKTOP, "fr-FR")
    page = tab.page
    tab.go("/")
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    expect(skip).to_have_text("Aller au contenu")
    box = skip.bounding_box()
    assert box is not None and box["x"] >= 0 and box["y"] >= 0, box
    style, width, _ = tab.focus_ring()
    assert style != "none" and width != "0px", (style, width)
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null"), "the skip link must lead into <main>"

    tab.go(f"/interviews/{interview.pk}/")
    page.get_by_label("Type de message").focus()
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Rédiger")
    style, width, color = tab.focus_ring()
    assert style != "none" and width != "0px", (style, width)
    assert contrast(color, "rgb(255, 255, 255)") >= 3, f"the focus ring {color} is too faint on white (WCAG 1.4.11)"

    for path in ("/", "/interviews/", "/interviews/new", f"/interviews/{interview.pk}/",
                 f"/interviews/{interview.pk}/debrief", "/journal/", "/import"):  # fmt: skip
        tab.go(path)
        assert tab.unlabelled_fields() == [], path


def test_a_person_named_like_a_script_is_shown_as_text(open_tab: OpenTab) -> None:
    services.save_profile(CAMILLE)
    tab = open_tab(DESKTOP, "fr-FR")
    page = tab.page
    tab.go("/interviews/new")
    page.locator("[name=company]").fill("Lumière Analytique")
    page.locator("[name=role]").fill("Ingénieure data")
    page.locator("[name=start]").fill("2026-12-03T14:00")
    page.locator("[name=person-0-name]").fill(HOSTILE)
    page.locator("#person-0 details > summary").click()  # the address apart
    page.locator("[name=person-0-email]").fill("claire.martin@example.org")
    page.get_by_role("button", name="Enregistrer", exact=True).click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Lumière Analytique — Ingénieure data")
    expect(page.get_by_role("cell", name=HOSTILE, exact=True)).to_be_visible()
    page.get_by_role("button", name="Rédiger", exact=True).click()
    expect(page.get_by_role("heading", name=f"e-mail de remerciement — {HOSTILE}")).to_be_visible()
    interview = Interview.objects.get()
    for path in (f"/interviews/{interview.pk}/", "/", f"/interviews/{interview.pk}/debrief"):
        tab.go(path)
        expect(page.get_by_text(HOSTILE).first).to_be_visible()
        assert page.locator(INJECTED_SCRIPT).count() == 0, path
    tab.go("/interviews/?" + urlencode({"q": HOSTILE}))  # the search is found by that name and echoed back as typed
    expect(page.get_by_role("searchbox")).to_have_value(HOSTILE)
    expect(page.locator("table.list tbody tr")).to_have_count(1)
    assert page.locator(INJECTED_SCRIPT).count() == 0
    assert tab.dialogs == []


CLAIRE_PROFILE = "https://www.linkedin.com/in/claire-martin-lumiere"


def test_a_linkedin_note_is_copied_to_the_clipboard_by_its_copy_button_and_by_hand_without_javascript(
    open_tab: OpenTab, chromium: Browser, live_server: LiveServer
) -> None:
    from lastimpression.web.token import install_token

    interview = lyon_panel()
    Person.objects.filter(name="Claire Martin").update(linkedin=CLAIRE_PROFILE)
    tab = open_tab(DESKTOP, "fr-FR")
    page = tab.page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    tab.go(f"/interviews/{interview.pk}/")
    page.get_by_label("Type de message").select_option("linkedin")
    page.get_by_role("button", name="Rédiger", exact=True).click()
    drafted = page.locator("ul.notes", has_text="messages rédigés")
    expect(drafted).to_contain_text("2 messages rédigés.")
    expect(drafted).to_contain_text("Julien Moreau\u00a0: aucun profil LinkedIn enregistré")
    claire = message_of(page, "Claire Martin")
    expect(claire.get_by_role("link", name="Claire Martin sur LinkedIn")).to_have_attribute("href", CLAIRE_PROFILE)
    expect(claire.get_by_role("link", name="Télécharger le .eml")).to_have_count(0)
    expect(claire.locator("a[href^='mailto:']")).to_have_count(0)
    expect(claire.get_by_role("button", name=re.compile(r"^Programmer (à|le) "))).to_have_count(0)

    note = Message.objects.get(kind="linkedin", person__name="Claire Martin").body
    assert note
    page.evaluate("navigator.clipboard.writeText('something else')")  # what the clipboard held before
    claire.get_by_role("button", name="Copier", exact=True).click()
    expect(claire.get_by_role("status")).to_have_text("Copiée\u00a0: collez-la dans l’invitation sur LinkedIn.")
    assert page.evaluate("navigator.clipboard.readText()") == note

    claire.get_by_role("button", name="Je l’ai envoyé moi-même").click()
    claire.get_by_role("button", name="Oui, je l’ai envoyé").click()
    expect(claire.locator("h3 .state")).to_have_text("(envoyé)")
    expect(claire.get_by_role("button")).to_have_count(0)
    assert Message.objects.get(kind="linkedin", person__name="Claire Martin").status == "sent"

    # Without JavaScript: no Copy button; the note waits in a read-only text area, to copy by hand.
    bare = Tab(chromium.new_context(java_script_enabled=False, locale="fr-FR"), live_server.url)
    bare.sign_in(install_token())
    bare.go(f"/interviews/{interview.pk}/")
    julien = message_of(bare.page, "Julien Moreau")
    expect(julien.get_by_role("button", name="Copier")).to_have_count(0)
    expect(julien.locator("button.copy")).to_be_hidden()
    text = julien.get_by_label("La note, à copier dans l’invitation")
    expect(text).to_have_value(Message.objects.get(kind="linkedin", person__name="Julien Moreau").body)
    expect(text).not_to_be_editable()
    bare.page.context.close()
    assert bare.errors == [] and bare.outside == []


def contrast(color: str, background: str) -> float:
    """WCAG contrast ratio of two computed colours written ``rgb(r, g, b)``."""

    def luminance(text: str) -> float:
        channels = [int(value) / 255 for value in re.findall(r"\d+", text)[:3]]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(color), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
