"""What a candidate does after an interview, in a real browser, with real mail: Chromium
(Playwright) on the live server, an in-process SMTP server (aiosmtpd) receiving the thank-yous,
and the real Dovecot of ``scripts/mail-services.sh`` holding the reply in the candidate's inbox.

Create the interview with two people → draft the thank-yous → fix a warning in the editor (htmx
swaps the message in place) → schedule one at the plan's time, send the other now → the
worker's dispatch pass at the slot → both "sent" → a reply arrives → "Check for replies" → the
person has replied and the follow-up is cancelled. In French at desktop width, and in English
at 375 px without scrolling sideways (there also: plan actions marked from the dashboard, and
the settings' connection tests answering in place). No console error, no CSP violation, no
request leaving 127.0.0.1 (checked by the ``open_tab`` fixture).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any

import pytest
from playwright.sync_api import Locator, Page, expect

from lastimpression.interviews import services
from lastimpression.interviews.models import Interview, Person
from lastimpression.outbox.models import Message
from tests.e2e.browser import DESKTOP, PHONE, OpenTab, Tab
from tests.e2e.mailservers import CANDIDATE, Mailboxes
from tests.outbox.conftest import Clock, SmtpServer
from tests.outbox.conftest import smtp_server as smtp_server

pytestmark = pytest.mark.django_db(transaction=True)

# Each with a proof point, as tests/conftest.py's candidate (issue 15): without one, every
# thank-you asserts motivation it cannot show (LI021), and no message lints clean.
CAMILLE = {"name": "Camille Durand", "email": CANDIDATE, "agreement": "feminine", "proof_points": [
    "Chez Datalyse, j’ai migré l’entrepôt de données vers PostgreSQL en quatre mois, sans interruption."]}  # fmt: skip
SAM = {"name": "Sam Taylor", "email": CANDIDATE, "language": "en", "country": "CA", "subdivision": "QC",
       "proof_points": ["At Datalyse I moved the data warehouse to PostgreSQL in four months with no downtime."]}  # fmt: skip


@pytest.fixture
def clock(clock: Clock) -> Clock:
    """The program's clock, in the test's hands (the live server reads the same one): Thursday
    4 December 2025, 15:30 in Paris. A week in the past: Dovecot keeps the arrival date given
    to an APPENDed reply only when it is not in the future."""
    clock.at(datetime(2025, 12, 4, 14, 30, tzinfo=UTC))
    return clock


@pytest.fixture
def mail(settings: Any, servers: dict[str, str], smtp_server: SmtpServer) -> tuple[SmtpServer, Mailboxes]:
    """SMTP: the in-process server; IMAP: the candidate's real mailbox on Dovecot."""
    merged = {name: dict(values) for name, values in settings.CONFIG.settings.items()}
    merged["smtp"] = smtp_server.settings()
    merged["imap"] = {"host": "127.0.0.1", "port": int(servers["MAIL_IMAP_PORT"]), "security": "none",
                      "username": CANDIDATE, "password": servers["MAIL_PASSWORD"], "folders": ["INBOX"]}  # fmt: skip
    settings.CONFIG = dataclasses.replace(settings.CONFIG, settings=merged)
    return smtp_server, Mailboxes(servers)


def message_of(page: Page, person: str) -> Locator:
    return page.locator("article.message", has=page.get_by_role("heading", name=re.compile(re.escape(person))))


def edit(message: Locator, old: str, new: str, save: str) -> None:
    """Replace ``old`` by ``new`` in the message's text and save it (htmx: no page load)."""
    editor = message.locator("textarea")
    if not editor.is_visible():  # the text is folded until opened (its subject is the summary)
        message.locator("details.text > summary").click()
    text = editor.input_value()
    assert old in text, text
    editor.fill(text.replace(old, new, 1))
    message.get_by_role("button", name=save, exact=True).click()


def still_the_same_page(page: Page) -> bool:
    """True while no navigation happened since ``mark_page``: htmx swapped parts of it."""
    stayed: bool = page.evaluate("window.lastImpressionMark === true")
    return stayed


def mark_page(page: Page) -> None:
    page.evaluate("window.lastImpressionMark = true")


def fits(tab: Tab, width: int) -> None:
    tab.page.wait_for_load_state("load")
    assert tab.page_width() <= width, f"{tab.page.url} scrolls sideways: {tab.page_width()} px wide"


def new_interview(page: Page, fields: dict[str, str], people: list[dict[str, str]], save: str) -> None:
    """Fill the new-interview form: a field behind its "change" or "more" is opened first, a
    person's line added with the form's "Add a person" button."""
    for index, person in enumerate(people):
        if not page.locator(f"[name='person-{index}-name']").count():
            page.locator("button[name=more]").click()
            page.locator(f"[name='person-{index}-name']").wait_for()
        for name, value in person.items():
            field = page.locator(f"[name='person-{index}-{name}']")
            if not field.is_visible():
                page.locator(f"#person-{index} details > summary").click()
            if name in ("salutation", "register"):
                field.select_option(value)
            else:
                field.fill(value)
    for name, value in fields.items():
        field = page.locator(f"[name={name!r}]")
        if not field.is_visible():
            page.locator("#place-found details > summary").click()
        if field.evaluate("element => element.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)
    page.get_by_role("button", name=save, exact=True).click()


def reply_to(thank_you: EmailMessage, text: str, at: datetime) -> bytes:
    """The person answers the thank-you from their mail program (threaded, as they all do)."""
    reply = EmailMessage()
    reply["From"], reply["To"] = thank_you["To"], thank_you["From"]
    reply["Subject"] = f"Re: {thank_you['Subject']}"
    reply["Date"] = format_datetime(at)
    reply["Message-ID"] = make_msgid(domain="example.org")
    reply["In-Reply-To"] = reply["References"] = thank_you["Message-ID"]
    reply.set_content(text)
    return reply.as_bytes()


def text_of(email: EmailMessage) -> str:
    """The text of an e-mail as its reader sees it (SMTP carries CRLF line ends)."""
    return str(email.get_content()).replace("\r\n", "\n").strip()


def arrived_for(server: SmtpServer, address: str) -> EmailMessage:
    (found,) = [item.email for item in server.arrived if item.rcpt_tos == [address]]
    return found


def test_in_french_the_thank_yous_go_out_by_smtp_and_a_reply_read_over_imap_cancels_the_follow_up(
    open_tab: OpenTab, clock: Clock, mail: tuple[SmtpServer, Mailboxes]
) -> None:
    from lastimpression.outbox.dispatch import dispatch

    outgoing, boxes = mail
    services.save_profile(CAMILLE)
    tab = open_tab(DESKTOP, "fr-FR")
    page = tab.page
    tab.go("/interviews/new")
    new_interview(
        page,
        {"company": "Lumière Analytique", "role": "Ingénieure data", "start": "2025-12-04T14:00", "duration": "75",
         "decision": "2 semaines"},
        [{"name": "Claire Martin", "email": "claire.martin@example.org", "salutation": "madame"},
         {"name": "Julien Moreau", "email": "julien.moreau@example.org", "register": "tu",
          "topics": "la migration vers PostgreSQL"}],
        "Enregistrer",
    )  # fmt: skip
    expect(page.get_by_role("heading", level=1)).to_have_text("Lumière Analytique — Ingénieure data")
    expect(page.locator("table.list tbody tr")).to_have_count(2)

    page.get_by_label("Type de message").select_option("thank_you")
    page.get_by_role("button", name="Rédiger", exact=True).click()
    expect(page.locator("article.message")).to_have_count(2)
    claire, julien = message_of(page, "Claire Martin"), message_of(page, "Julien Moreau")
    expect(claire.locator(".findings")).to_have_text("Aucun problème relevé.")

    # A sentence of her own, written too loudly: the warning shows beside the text, in place.
    mark_page(page)
    edit(claire, "Bien cordialement,", "Merci encore pour la visite des locaux !!\n\nBien cordialement,", "Enregistrer")
    expect(claire.locator(".findings li.warning")).to_contain_text("LI014")
    expect(claire.locator(".findings")).to_contain_text("donne l’impression de crier")
    edit(claire, " !!", ".", "Enregistrer")
    expect(claire.locator(".findings")).to_have_text("Aucun problème relevé.")
    expect(claire.locator("textarea")).to_have_value(re.compile(r"Merci encore pour la visite des locaux\.\n"))
    assert still_the_same_page(page), "saving must swap the message in place, not reload the page"

    # The debrief is done: marked so in the plan, in place.
    debrief = page.locator("ol.timeline li", has_text="débriefing")
    debrief.get_by_role("button", name="Fait", exact=True).click()
    expect(debrief.locator(".state")).to_have_text("fait")
    expect(debrief.get_by_role("button")).to_have_count(0)
    assert still_the_same_page(page)

    # Claire's at the plan's time, Julien's now (one dispatch pass, on the server).
    claire.get_by_role("button", name=re.compile(r"^Programmer (à|le) ")).click()
    expect(claire.locator("h3 .state")).to_have_text("(programmé)")
    expect(claire).to_contain_text("Le programme l’envoie le jeu 4 déc. 16:15")
    julien.get_by_role("button", name="Envoyer maintenant").click()
    expect(julien.locator("h3 .state")).to_have_text("(envoyé)")
    assert [item.rcpt_tos for item in outgoing.arrived] == [["julien.moreau@example.org"]]

    # The worker's pass at 16:20 sends Claire's.
    reports = dispatch(clock.at(datetime(2025, 12, 4, 15, 20, tzinfo=UTC)))
    assert [(report.person, report.outcome) for report in reports] == [("Claire Martin", "sent")]
    page.reload()
    expect(claire.locator("h3 .state")).to_have_text("(envoyé)")
    expect(julien.locator("h3 .state")).to_have_text("(envoyé)")

    assert len(outgoing.arrived) == 2, "one e-mail per person"
    to_claire = arrived_for(outgoing, "claire.martin@example.org")
    to_julien = arrived_for(outgoing, "julien.moreau@example.org")
    assert to_claire["To"] == "Claire Martin <claire.martin@example.org>"
    assert to_julien["To"] == "Julien Moreau <julien.moreau@example.org>"
    # The subject carries the interview's date (CRAFT R12, issue 15).
    assert to_claire["Subject"] == to_julien["Subject"] == "Merci – Ingénieure data, entretien du 4 décembre"
    claire_text = text_of(to_claire)
    assert "Merci encore pour la visite des locaux.\n" in claire_text and "!!" not in claire_text
    assert claire_text == Message.objects.get(person__name="Claire Martin").body.strip(), "the text as fixed"
    assert claire_text.startswith("Bonjour Madame Martin,") and text_of(to_julien).startswith("Bonjour Julien,")

    # Claire answers the next morning; the candidate asks for replies from the interview page.
    follow_ups = page.locator("ol.timeline li", has_text="relance")
    expect(follow_ups.first.locator(".state")).to_have_text("à faire")
    answered = datetime(2025, 12, 5, 8, 40, tzinfo=UTC)  # 09:40 in Paris
    boxes.append(
        CANDIDATE, "INBOX", reply_to(to_claire, "Merci Camille, je reviens vers vous lundi.", answered), answered
    )
    clock.at(datetime(2025, 12, 5, 9, 0, tzinfo=UTC))
    mark_page(page)
    page.get_by_role("button", name="Vérifier les réponses").click()
    expect(page.locator("#replies-result")).to_contain_text(
        re.compile(r"Claire Martin a répondu le vendredi 5 décembre, 09:40\u00a0: \d+ relances? annulées?\.")
    )
    claire_row = page.locator("table.list tbody tr", has_text="Claire Martin")
    # The reply's time, then what it was (the reply's note: its subject).
    expect(claire_row.locator("td.replied")).to_have_text(re.compile(r"^ven 5 déc\. 09:40 — "))
    # Julien has not replied: "non", and the way to record a reply received another way.
    expect(page.locator("table.list tbody tr", has_text="Julien Moreau").locator("td.replied")).to_have_text(
        re.compile(r"^non\s+Julien Moreau a répondu autrement")
    )
    assert follow_ups.count() >= 1
    for item in follow_ups.all():
        expect(item).to_have_class(re.compile(r"\bcancelled\b"))
        expect(item.locator(".state")).to_have_text("annulé")
    assert still_the_same_page(page)
    assert Person.objects.get(name="Claire Martin").replied_at == answered

    # A second look finds nothing new, and says so.
    page.get_by_role("button", name="Vérifier les réponses").click()
    expect(page.locator("#replies-result")).to_have_text("Aucune nouvelle réponse.")


def test_in_english_at_375_px_the_same_flow_fits_and_replies_are_checked_from_the_dashboard(
    open_tab: OpenTab, clock: Clock, mail: tuple[SmtpServer, Mailboxes]
) -> None:
    from lastimpression.outbox.dispatch import dispatch

    outgoing, boxes = mail
    services.save_profile(SAM)
    tab = open_tab(PHONE, "en-CA")
    page = tab.page
    clock.at(datetime(2025, 12, 4, 15, 30, tzinfo=UTC))  # 10:30 in Montréal
    tab.go("/interviews/new")
    fits(tab, 375)
    new_interview(
        page,
        {"company": "Northwind Labs", "role": "Data Engineer", "start": "2025-12-04T09:30", "duration": "45",
         "mode": "video", "language": "en", "decision": "10 days"},
        [{"name": "Sarah Thompson", "email": "sarah.thompson@example.com", "topics": "streaming ingestion"},
         {"name": "Priya Natarajan", "email": "priya.natarajan@example.com"}],
        "Save",
    )  # fmt: skip
    expect(page.get_by_role("heading", level=1)).to_have_text("Northwind Labs — Data Engineer")
    fits(tab, 375)
    interview = Interview.objects.get()
    assert interview.timezone == "America/Toronto"

    page.get_by_label("Kind of message").select_option("thank_you")
    page.get_by_role("button", name="Draft", exact=True).click()
    expect(page.locator("article.message")).to_have_count(2)
    sarah, priya = message_of(page, "Sarah Thompson"), message_of(page, "Priya Natarajan")
    mark_page(page)
    edit(sarah, "Best regards,", "Thanks again for the tour of the office!!\n\nBest regards,", "Save")
    expect(sarah.locator(".findings li.warning")).to_contain_text("LI014")
    fits(tab, 375)
    edit(sarah, "!!", ".", "Save")
    expect(sarah.locator(".findings")).to_have_text("No problem found.")
    assert still_the_same_page(page)
    fits(tab, 375)

    sarah.get_by_role("button", name=re.compile(r"^Schedule (at|for) ")).click()
    expect(sarah.locator("h3 .state")).to_have_text("(scheduled)")
    expect(sarah).to_contain_text("The program sends it on Thu, Dec 4, 11:15")
    priya.get_by_role("button", name="Send now").click()
    expect(priya.locator("h3 .state")).to_have_text("(sent)")
    fits(tab, 375)
    reports = dispatch(clock.at(datetime(2025, 12, 4, 16, 20, tzinfo=UTC)))
    assert [(report.person, report.outcome) for report in reports] == [("Sarah Thompson", "sent")]
    page.reload()
    expect(sarah.locator("h3 .state")).to_have_text("(sent)")
    assert sorted(item.rcpt_tos[0] for item in outgoing.arrived) == [
        "priya.natarajan@example.com", "sarah.thompson@example.com",
    ]  # fmt: skip
    to_sarah = arrived_for(outgoing, "sarah.thompson@example.com")
    assert to_sarah["To"] == "Sarah Thompson <sarah.thompson@example.com>"
    assert to_sarah["Subject"] == arrived_for(outgoing, "priya.natarajan@example.com")["Subject"]
    assert to_sarah["Subject"].startswith("Thank you")
    assert "Thanks again for the tour of the office.\n" in text_of(to_sarah)
    assert text_of(to_sarah) == Message.objects.get(person__name="Sarah Thompson").body.strip()

    # The next morning: Sarah has answered. From the dashboard: the debrief is done, then replies.
    at = datetime(2025, 12, 5, 14, 40, tzinfo=UTC)  # 09:40 in Montréal
    boxes.append(CANDIDATE, "INBOX", reply_to(to_sarah, "Thanks Sam, we will be in touch next week.", at), at)
    clock.at(datetime(2025, 12, 5, 15, 0, tzinfo=UTC))
    tab.go("/")
    fits(tab, 375)
    mark_page(page)
    overdue = page.locator("section", has=page.get_by_role("heading", name="Overdue"))
    debrief = overdue.locator("li", has_text="debrief")
    debrief.get_by_role("button", name="Done", exact=True).click()
    expect(debrief.locator(".state")).to_have_text("done")
    page.get_by_role("button", name="Check for replies").click()
    expect(page.locator("#replies-result")).to_contain_text(
        re.compile(r"Sarah Thompson replied on Friday 5 December, 09:40: \d+ follow-ups? cancelled\.")
    )
    assert still_the_same_page(page)
    fits(tab, 375)

    tab.go(f"/interviews/{interview.pk}/")
    expect(page.locator("table.list tbody tr", has_text="Sarah Thompson").locator("td.replied")).to_have_text(
        re.compile(r"^Fri, Dec 5, 09:40 — ")  # the time, then what the reply was
    )
    follow_ups = page.locator("ol.timeline li", has_text="follow-up")
    assert follow_ups.count() >= 1
    for item in follow_ups.all():
        expect(item.locator(".state")).to_have_text("cancelled")
    fits(tab, 375)

    # The settings test both servers in place.
    tab.go("/settings/")
    mark_page(page)
    page.get_by_role("button", name="Test the SMTP connection").click()
    expect(page.locator("#connection-result")).to_have_text(re.compile(rf"^SMTP: 127\.0\.0\.1:{outgoing.port} — OK\."))
    page.get_by_role("button", name="Test the IMAP connection").click()
    expect(page.locator("#connection-result")).to_have_text(re.compile(r"^IMAP: OK — .*INBOX"))
    assert still_the_same_page(page)
    fits(tab, 375)
