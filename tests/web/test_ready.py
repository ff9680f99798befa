"""The interview page after capture: "Draft and schedule all" first; each message with its
checks, when it leaves (the recipient's time and the user's) and how, or exactly what it needs;
"Schedule all clean messages" in one tap, the confirmation naming the time.

The composer's sentences change: the tests read which messages are clean from the linter (what
``send`` refuses), and assert on structure and data, not on generated text."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from click.testing import Result
from django.test import Client

from lastimpression.interviews.models import Person
from lastimpression.outbox.drafting import lint_message
from lastimpression.outbox.models import Message
from tests.web.conftest import browser_in, csrf_token

Cli = Callable[..., Result]

pytestmark = pytest.mark.usefixtures("evening")


def post(browser: Client, url: str, page: str, data: dict[str, object] | None = None, **extra: str):  # type: ignore[no-untyped-def]
    return browser.post(url, {**(data or {}), "csrfmiddlewaretoken": csrf_token(browser, page)}, **extra)


def ready_section(html: str) -> str:
    return html.split('<section id="ready"')[1].split("</section>")[0]


def line_of(section: str, message: Message) -> str:
    """The list's line of ``message`` (it links to the message's card)."""
    found = re.findall(r'<li class="ready-line[^"]*">(.*?)\n    </li>', section, flags=re.DOTALL)
    mine = [line for line in found if f'href="#message-{message.pk}"' in line]
    assert len(mine) == 1, section
    return mine[0]


def has_errors(message: Message) -> bool:
    return any(finding.severity == "error" for finding in lint_message(message))


def test_after_capture_the_first_action_is_draft_and_schedule_all(lyon_panel: int) -> None:
    browser = browser_in("fr")
    html = browser.get(f"/interviews/{lyon_panel}/").content.decode()
    main = html.split('<main id="main">')[1]
    # First on the page after the title and its links: before the facts, the people, the plan.
    assert main.index('<section id="ready"') < main.index('<dl class="facts">') < main.index('id="people"')
    section = ready_section(html)
    assert section.count("<button") == 1 and "Tout rédiger et programmer</button>" in section
    assert f'action="/interviews/{lyon_panel}/draft-all"' in section
    # With htmx, the answer replaces the page's main part in place (no page load).
    assert 'hx-select="main"' in section and 'hx-target="main"' in section
    assert Message.objects.count() == 0


def test_draft_all_shows_each_message_with_its_checks_when_and_how_it_leaves(lyon_panel: int) -> None:
    browser = browser_in("fr")
    page = f"/interviews/{lyon_panel}/"
    answer = post(browser, f"/interviews/{lyon_panel}/draft-all", page)
    assert answer.status_code == 302 and answer["Location"] == f"{page}#ready"
    drafted = list(Message.objects.order_by("kind", "person_id"))
    assert sorted((message.kind, message.person.name) for message in drafted) == [
        ("linkedin", "Claire Martin"), ("linkedin", "Julien Moreau"),
        ("thank_you", "Claire Martin"), ("thank_you", "Julien Moreau"),
    ]  # fmt: skip
    section = ready_section(browser.get(page).content.decode())
    assert "4 messages rédigés" in section, "the note says what was done, above the list"
    assert "Comment ils partent\u00a0: aucun compte de messagerie n’est configuré" in section
    for message in drafted:
        line = line_of(section, message)
        if message.kind == "linkedin":
            assert "À envoyer vous-même sur LinkedIn" in line
        elif has_errors(message):
            assert "À corriger\u00a0: les vérifications ont trouvé" in line and 'class="error"' in line
        else:
            # The recipient's day and hour, the zone named: Lyon's thank-you leaves the next morning.
            assert re.search(r"Prêt\u00a0: part le vendredi 4 décembre à \d\d:\d\d \(heure de Paris\)", line), line
    clean = [message for message in drafted if message.kind == "thank_you" and not has_errors(message)]
    assert f"Programmer tous les messages sans erreur ({len(clean)})" in section or not clean


def test_schedule_all_schedules_every_clean_message_and_says_when_each_leaves(lyon_panel: int) -> None:
    from lastimpression.outbox.manual import edit_text

    browser = browser_in("fr")
    page = f"/interviews/{lyon_panel}/"
    post(browser, f"/interviews/{lyon_panel}/draft-all", page)
    claire = Message.objects.get(kind="thank_you", person__name="Claire Martin")
    edit_text(claire, claire.subject, claire.body + "\nXXX")  # a placeholder left: an error
    section = ready_section(browser.get(page).content.decode())
    assert "À corriger" in line_of(section, claire) and "Corriger le texte" in line_of(section, claire)
    clean = [m for m in Message.objects.filter(kind="thank_you") if not has_errors(m)]

    answer = post(browser, f"/interviews/{lyon_panel}/schedule-all", page)
    assert answer.status_code == 302
    claire.refresh_from_db()
    assert claire.status == "draft", "a message with errors is never scheduled"
    for message in clean:
        message.refresh_from_db()
        assert message.status == "scheduled" and message.scheduled_at is not None
    html = browser.get(page).content.decode()
    section = ready_section(html)
    for message in clean:
        local = message.scheduled_at.astimezone(message.interview.zone)
        when = f"vendredi 4 décembre à {local:%H:%M} (heure de Paris)"
        assert f"Envoi programmé\u00a0: {when}, e-mail de remerciement à {message.person.name}." in section
        assert f"Programmé\u00a0: {when}. Un rappel vous invitera à l’envoyer vous-même." in line_of(section, message)
    # What is left needs the user, and the card's own Schedule button says when it would leave.
    assert "Programmer tous les messages sans erreur" not in section
    assert re.search(rf'id="schedule-{claire.pk}"[^>]*>Programmer le vendredi 4 décembre à \d\d:\d\d<', html)


def test_someone_without_an_address_is_said_with_a_link_to_add_it(cli: Cli, lyon_panel: int) -> None:
    assert cli("person", "add", str(lyon_panel), "--name", "Nadia Benali").exit_code == 0
    nadia = Person.objects.get(name="Nadia Benali")
    browser = browser_in("en")
    page = f"/interviews/{lyon_panel}/"
    post(browser, f"/interviews/{lyon_panel}/draft-all", page)
    section = ready_section(browser.get(page).content.decode())
    line = section.split("thank-you e-mail — Nadia Benali")[1].split("</li>")[0]
    assert "Needs an e-mail address" in line and f'href="/people/{nadia.pk}/edit"' in line
    assert not Message.objects.filter(person=nadia, kind="thank_you").exists()
    assert Message.objects.filter(person=nadia, kind="linkedin").exists()


def test_a_held_message_says_so_and_is_not_scheduled(lyon_panel: int) -> None:
    browser = browser_in("en")
    page = f"/interviews/{lyon_panel}/"
    post(browser, f"/interviews/{lyon_panel}/draft-all", page)
    julien = Message.objects.get(kind="thank_you", person__name="Julien Moreau")
    Message.objects.filter(pk=julien.pk).update(held="dates")
    assert "Held for you" in line_of(ready_section(browser.get(page).content.decode()), julien)
    post(browser, f"/interviews/{lyon_panel}/schedule-all", page)
    assert Message.objects.get(pk=julien.pk).status == "draft"


def test_another_zone_names_both_times(cli: Cli, montreal_call: int) -> None:
    """A Toronto-time interview for a candidate in Paris: the recipient's time, then the user's."""
    browser = browser_in("en")
    page = f"/interviews/{montreal_call}/"
    post(browser, f"/interviews/{montreal_call}/draft-all", page)
    html = browser.get(page).content.decode()
    sarah = Message.objects.get(kind="thank_you")
    line = line_of(ready_section(html), sarah)
    if not has_errors(sarah):
        assert re.search(r"\d\d:\d\d \(Toronto time\), that is \d\d:\d\d for you \(Paris time\)", line), line
    # The interview's own hours name both zones too.
    facts = html.split('<dl class="facts">')[1].split("</dl>")[0]
    assert "(Toronto time), that is" in facts and "for you (Paris time)" in facts
    assert "America/Toronto" not in facts


def test_register_is_offered_only_for_french_interviews(lyon_panel: int, montreal_call: int) -> None:
    browser = browser_in("en")
    assert "vous (formal)" in browser.get(f"/interviews/{lyon_panel}/").content.decode()
    english = browser.get(f"/interviews/{montreal_call}/").content.decode()
    assert "vous (formal)" not in english and "Register" not in english


def test_both_forms_refuse_an_unknown_interview_and_a_get(lyon_panel: int) -> None:
    browser = browser_in("en")
    page = f"/interviews/{lyon_panel}/"
    assert post(browser, "/interviews/999/draft-all", page).status_code == 404
    assert post(browser, "/interviews/999/schedule-all", page).status_code == 404
    assert browser.get(f"/interviews/{lyon_panel}/draft-all").status_code == 405
