"""Issue 16's French flow at 375 px, as a candidate does it in Chromium: two person lines that
each say the name, the address and the title, "Enregistrer et rédiger" that saves and drafts in
one tap, the interview page opening on its messages (checks, when and how each leaves), then
one tap schedules every clean one. Two page loads after the first screen, no more."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from playwright.sync_api import expect

from lastimpression.interviews import services
from lastimpression.interviews.models import Interview
from lastimpression.outbox.drafting import lint_message
from lastimpression.outbox.models import Message
from tests.conftest import Clock
from tests.e2e.browser import PHONE, OpenTab

pytestmark = pytest.mark.django_db(transaction=True)

CAMILLE = {"name": "Camille Durand", "email": "camille.durand@example.org", "agreement": "feminine"}


def test_a_panel_is_captured_drafted_and_scheduled_in_three_taps_at_375_px(open_tab: OpenTab, clock: Clock) -> None:
    clock.at(datetime(2026, 12, 3, 10, 5, tzinfo=UTC))  # 11:05 in Metz, just out of a 10:00–11:00 interview
    services.save_profile(CAMILLE)
    tab = open_tab(PHONE, "fr-FR")
    page = tab.page
    tab.go("/")
    loads: list[str] = []
    page.on("load", lambda _: loads.append(page.url))
    page.get_by_role("link", name="Ajouter un entretien").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nouvel entretien")
    expect(page.get_by_label("Début")).to_have_value("2026-12-03T10:00")
    page.get_by_label("Entreprise", exact=True).fill("Acier Lorrain")
    page.get_by_label("Poste", exact=True).fill("Data engineer")
    page.get_by_label("Lieu\u00a0: code postal, ville ou lien").fill("Metz")
    page.get_by_label("Décision annoncée").fill("sous 10 jours")
    lines = page.get_by_label("Nom, e-mail, fonction", exact=True)
    expect(lines).to_have_count(2)  # a panel is the common case: no "add a person" tap
    lines.nth(0).fill("Mme Claire Martin <claire.martin@acier-lorrain.example.fr>, DRH")
    lines.nth(1).fill("M. Julien Moreau julien.moreau@acier-lorrain.example.fr, Responsable data")
    assert tab.page_width() <= PHONE["width"]
    page.get_by_role("button", name="Enregistrer et rédiger", exact=True).click()

    expect(page).to_have_url(re.compile(r"/interviews/\d+/#ready$"))
    interview = Interview.objects.get()
    assert (interview.subdivision, interview.timezone) == ("57", "Europe/Paris")
    claire, julien = interview.people.order_by("id")
    assert (claire.email, claire.title, claire.salutation) == (
        "claire.martin@acier-lorrain.example.fr",
        "DRH",
        "madame",
    )
    assert (julien.email, julien.title) == ("julien.moreau@acier-lorrain.example.fr", "Responsable data")
    ready = page.locator("#ready")
    expect(ready.get_by_role("status")).to_contain_text("messages rédigés")
    box = ready.bounding_box()
    assert box is not None and box["y"] < PHONE["height"], "the page opens on the messages"
    expect(ready).to_contain_text("Comment ils partent\u00a0:")  # and how they leave
    thank_yous = list(Message.objects.filter(kind="thank_you").order_by("person_id"))
    assert [message.person for message in thank_yous] == [claire, julien]
    clean = [m for m in thank_yous if not any(f.severity == "error" for f in lint_message(m))]
    for message in thank_yous:
        line = ready.locator("li.ready-line", has=page.locator(f'a[href="#message-{message.pk}"]'))
        expect(line).to_contain_text(
            re.compile(r"Prêt.*jeudi 3 décembre à \d\d:\d\d" if message in clean else "À corriger")
        )
    if clean:
        ready.get_by_role("button", name=re.compile("^Programmer tous les messages sans erreur")).click()
        expect(ready.get_by_role("status")).to_contain_text(
            re.compile(r"Envoi programmé\u00a0: jeudi 3 décembre à \d\d:\d\d \(heure de Paris\)")
        )
        for message in clean:
            message.refresh_from_db()
            assert message.status == "scheduled"
    assert len(loads) == 2, f"the new-interview page, then the interview's; htmx schedules in place: {loads}"
    assert tab.page_width() <= PHONE["width"]
