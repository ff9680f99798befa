"""Issue 15 on the web: proof points in the settings, the panel's main contact on the interview
page, and the page asking for one detail when nothing is recorded of a conversation."""

from __future__ import annotations

import html

from django.test import Client

from lastimpression.interviews.models import Person, Profile
from lastimpression.outbox.models import Message
from tests.web.conftest import browser_in, csrf_token

PROOF = "Chez Datalyse, j’ai divisé par trois le temps de chargement des rapports mensuels."


def post(browser: Client, url: str, data: dict[str, object], page: str) -> object:
    return browser.post(url, {**data, "csrfmiddlewaretoken": csrf_token(browser, page)})


def profile_form(**changes: str) -> dict[str, str]:
    form = {"action": "profile", "name": "Camille Durand", "email": "camille@example.org", "language": "fr",
            "country": "FR", "timezone": "Europe/Paris", "agreement": "feminine"}  # fmt: skip
    return {**form, **changes}


def test_proof_points_are_typed_one_a_line_in_the_settings_and_shown_again(browser: Client, lyon_panel: int) -> None:
    typed = f"{PROOF}\n\n  At Datalyse I cut report loading time by two thirds.  \n"
    assert post(browser, "/settings/", profile_form(proof_points=typed), "/settings/").status_code == 302
    assert Profile.objects.get().proof_points == [PROOF, "At Datalyse I cut report loading time by two thirds."]
    page = html.unescape(browser.get("/settings/").content.decode())
    assert "Preuves, une par ligne" in page and PROOF in page
    # Too long a line is refused naming the field, and nothing is lost.
    refused = post(browser, "/settings/", profile_form(proof_points="x" * 600), "/settings/")
    assert refused.status_code == 400 and "proof" in refused.content.decode()
    assert Profile.objects.get().proof_points[0] == PROOF


def test_the_thank_you_shows_a_proof_point_tied_to_the_topic(browser: Client, lyon_panel: int) -> None:
    page = f"/interviews/{lyon_panel}/"
    post(browser, f"/interviews/{lyon_panel}/draft", {"kind": "thank_you"}, page)
    julien = Message.objects.get(person__name="Julien Moreau", kind="thank_you")
    # His topic is the PostgreSQL migration; the profile's proof point about it is the one shown.
    assert "j’ai migré l’entrepôt de données vers PostgreSQL" in julien.body


def test_the_interview_page_names_the_main_contact_and_says_it_was_guessed(browser: Client, lyon_panel: int) -> None:
    page = html.unescape(browser_in("en").get(f"/interviews/{lyon_panel}/").content.decode())
    facts = page.split('class="facts"')[1].split("</dl>")[0]
    assert "Main contact" in facts and "Claire Martin" in facts and "guessed from the titles" in facts
    julien = Person.objects.get(name="Julien Moreau")
    julien.main_contact = True
    julien.save()
    page = html.unescape(browser_in("en").get(f"/interviews/{lyon_panel}/").content.decode())
    facts = page.split('class="facts"')[1].split("</dl>")[0]
    assert "Julien Moreau" in facts and "your choice" in facts and "Claire Martin" not in facts


def test_the_page_asks_for_one_detail_when_nothing_is_recorded_of_a_conversation(
    browser: Client, lyon_panel: int
) -> None:
    page = html.unescape(browser.get(f"/interviews/{lyon_panel}/").content.decode())
    people = page.split('id="people"')[1]
    assert "Rien n’est noté de votre échange avec Claire Martin" in people
    assert "avec Julien Moreau" not in people  # his topics are recorded


def test_the_page_asks_for_one_detail_when_only_pay_or_perks_are_recorded(browser: Client, lyon_panel: int) -> None:
    julien = Person.objects.get(name="Julien Moreau")
    julien.topics = ["remote work", "the salary"]
    julien.save()
    page = html.unescape(browser_in("en").get(f"/interviews/{lyon_panel}/").content.decode())
    people = page.split('id="people"')[1]
    assert "Only pay or perks are recorded of your conversation with Julien Moreau (remote work, the salary)" in people
    assert "Nothing is recorded of your conversation with Claire Martin" in people
    page = html.unescape(browser.get(f"/interviews/{lyon_panel}/").content.decode())
    assert "Seuls la rémunération ou des avantages sont notés de votre échange avec Julien Moreau" in page


def test_the_page_asks_for_a_subject_when_only_questions_or_remarks_are_recorded(
    browser: Client, lyon_panel: int
) -> None:
    """Rounds 120-121: a question put to the candidate or a remark is never recalled, so the page
    asks for a subject, with what was recorded."""
    julien = Person.objects.get(name="Julien Moreau")
    julien.topics = ["m'a demandé comment je gérerais un conflit", "petite équipe, beaucoup de départs"]
    julien.save()
    page = html.unescape(browser.get(f"/interviews/{lyon_panel}/").content.decode()).replace("\u00a0", " ")
    people = page.split('id="people"')[1]
    assert "Ce qui est noté de votre échange avec Julien Moreau (m'a demandé comment je gérerais" in people
    assert "n’est qu’une question qu’on vous a posée ou une remarque" in people
    english = html.unescape(browser_in("en").get(f"/interviews/{lyon_panel}/").content.decode())
    assert "is only a question you were asked or a remark, which a message never recalls" in english


def test_the_page_says_when_there_is_nothing_of_the_candidate_to_show(browser: Client, lyon_panel: int) -> None:
    from lastimpression.interviews.models import Interview

    page = html.unescape(browser_in("en").get(f"/interviews/{lyon_panel}/").content.decode())
    assert "Nothing to show of your own work" not in page  # the profile has proof points
    profile = Profile.objects.get()
    profile.proof_points = []
    profile.save()
    page = html.unescape(browser_in("en").get(f"/interviews/{lyon_panel}/").content.decode())
    people = page.split('id="people"')[1]
    assert "Nothing to show of your own work: your profile has no proof point" in people
    assert 'href="/settings/"' in people
    page_url = f"/interviews/{lyon_panel}/"
    english = browser_in("en")
    token = csrf_token(english, page_url)
    drafted = english.post(f"/interviews/{lyon_panel}/draft", {"kind": "thank_you", "csrfmiddlewaretoken": token},
                           follow=True)  # fmt: skip
    said = html.unescape(drafted.content.decode())
    assert said.count("Nothing to show of your own work") == 2, "the page's warning and the draft's note"
    Interview.objects.filter(id=lyon_panel).update(contribution="A review of the data pipelines.")
    page = html.unescape(browser.get(f"/interviews/{lyon_panel}/").content.decode())
    assert "Rien à montrer de votre parcours" not in page


def test_the_page_asks_for_more_when_a_topic_only_says_the_role_again(browser: Client, lyon_panel: int) -> None:
    julien = Person.objects.get(name="Julien Moreau")
    julien.topics = ["Data"]
    julien.save()
    page = html.unescape(browser_in("en").get(f"/interviews/{lyon_panel}/").content.decode())
    assert "What is recorded of your conversation with Julien Moreau (Data) only says the role’s words again" in page
    page = html.unescape(browser.get(f"/interviews/{lyon_panel}/").content.decode())
    assert "Ce qui est noté de votre échange avec Julien Moreau (Data) ne fait que reprendre les mots du poste" in page


def test_the_page_asks_for_more_when_only_the_hiring_process_is_recorded(browser: Client, lyon_panel: int) -> None:
    julien = Person.objects.get(name="Julien Moreau")
    julien.topics = ["the next steps"]
    julien.save()
    page = html.unescape(browser_in("en").get(f"/interviews/{lyon_panel}/").content.decode())
    assert "Only the hiring process is recorded of your conversation with Julien Moreau (the next steps)" in page
    page = html.unescape(browser.get(f"/interviews/{lyon_panel}/").content.decode())
    assert "Seul le processus de recrutement est noté de votre échange avec Julien Moreau (the next steps)" in page
