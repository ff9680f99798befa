"""The minute after the door, in Chromium at 375 px in French: the dashboard's one next step,
"Tout rédiger et programmer" then "Programmer tous les messages sans erreur" without a page
load (htmx), the confirmation naming the time; deleting an interview asks on a page, never in a
dialog; the data page downloads the export."""

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

EVENING = datetime(2026, 12, 3, 17, 0, tzinfo=UTC)  # Thursday, 18:00 in Paris
CAMILLE = {"name": "Camille Durand", "email": "camille.durand@example.org", "agreement": "feminine"}


@pytest.fixture(autouse=True)
def _clock(clock: Clock) -> None:
    clock.at(EVENING)


def metz() -> Interview:
    services.save_profile(CAMILLE)
    return services.add_interview(
        {"company": "Acier Lorrain", "role": "Data engineer", "start": "2026-12-03T10:00", "duration": "60",
         "country": "FR", "subdivision": "57", "decision_in": "10 jours"},
        [{"name": "Claire Martin", "email": "claire.martin@example.org", "salutation": "madame", "title": "DRH"},
         {"name": "Julien Moreau", "email": "julien.moreau@example.org", "salutation": "monsieur",
          "title": "Responsable data", "topics": ["la migration vers PostgreSQL"]}],
    )  # fmt: skip


def test_a_new_user_sees_add_an_interview_first_on_a_phone(open_tab: OpenTab) -> None:
    services.save_profile(CAMILLE)
    tab = open_tab(PHONE, "fr-FR")
    tab.go("/")
    button = tab.page.get_by_role("link", name="Ajouter un entretien").first
    expect(button).to_be_visible()
    box = button.bounding_box()
    assert box is not None and box["y"] + box["height"] <= PHONE["height"], "in the first screen"
    assert tab.page.get_by_text("Rien à faire").count() == 0


def test_draft_and_schedule_all_in_two_taps_without_a_page_load(open_tab: OpenTab) -> None:
    interview = metz()
    tab = open_tab(PHONE, "fr-FR")
    page = tab.page
    tab.go(f"/interviews/{interview.pk}/")
    loads: list[str] = []
    page.on("framenavigated", lambda frame: loads.append(frame.url) if frame == page.main_frame else None)
    page.get_by_role("button", name="Tout rédiger et programmer").click()
    ready = page.locator("#ready")
    expect(ready.get_by_role("status")).to_contain_text("4 messages rédigés")
    thank_yous = list(Message.objects.filter(kind="thank_you").order_by("person_id"))
    assert len(thank_yous) == 2
    clean = [m for m in thank_yous if not any(f.severity == "error" for f in lint_message(m))]
    for message in thank_yous:
        line = ready.locator("li.ready-line", has=page.locator(f'a[href="#message-{message.pk}"]'))
        expect(line).to_contain_text("Prêt" if message in clean else "À corriger")
    if clean:
        page.get_by_role("button", name=re.compile("^Programmer tous les messages sans erreur")).click()
        expect(ready.get_by_role("status")).to_contain_text(
            re.compile(r"Envoi programmé\u00a0: vendredi 4 décembre à \d\d:\d\d \(heure de Paris\)")
        )
        for message in clean:
            message.refresh_from_db()
            assert message.status == "scheduled"
    assert loads == [], f"htmx answered in place: {loads}"
    assert tab.page_width() <= PHONE["width"]


def test_deleting_an_interview_asks_on_a_page_and_goes_back_to_the_dashboard(open_tab: OpenTab) -> None:
    interview = metz()
    tab = open_tab(PHONE, "fr-FR")
    page = tab.page
    tab.go(f"/interviews/{interview.pk}/")
    page.get_by_role("link", name="Supprimer cet entretien").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Supprimer Acier Lorrain — Data engineer\u202f?")
    page.get_by_role("button", name="Supprimer l’entretien").click()
    expect(page.get_by_role("status").first).to_contain_text("Supprimé\u00a0: Acier Lorrain — Data engineer")
    assert not Interview.objects.exists()


def test_the_data_page_downloads_the_export(open_tab: OpenTab) -> None:
    metz()
    tab = open_tab(PHONE, "fr-FR")
    tab.go("/data/")
    with tab.page.expect_download() as started:
        tab.page.get_by_role("link", name="Télécharger l’export (.json)").click()
    assert started.value.suggested_filename == "last-impression-2026-12-03.json"
