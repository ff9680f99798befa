"""A message's card on the interview page, as a user sees it through the test client (a browser
without JavaScript, and htmx's requests): what drafting says, the LinkedIn note, the lint
refusal beside the text, the buttons each status offers, and the header preview."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from html import unescape
from html.parser import HTMLParser
from typing import Any

import pytest
from click.testing import Result
from django.test import Client

from lastimpression.interviews.models import Person, Profile
from lastimpression.outbox.models import Message
from lastimpression.planning.models import Action
from tests.web.conftest import EVENING, browser_in, csrf_token
from tests.web.test_i18n import visible_text

Cli = Callable[..., Result]
HTMX = {"HX-Request": "true"}
CLAIRE_PROFILE = "https://www.linkedin.com/in/claire-martin-lumiere"


pytestmark = pytest.mark.usefixtures("evening")


@pytest.fixture
def browser(db: None) -> Client:
    return browser_in("fr")


def post(browser: Client, url: str, data: Mapping[str, object], page: str, htmx: bool = False) -> Any:
    """Post a form as the page would, with the CSRF token it carries (and htmx's header)."""
    token = csrf_token(browser, page)
    return browser.post(url, {**data, "csrfmiddlewaretoken": token}, headers=HTMX if htmx else {})


class Buttons(HTMLParser):
    """The buttons a person sees (not those hidden until a script shows them), by their text."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []
        self.hidden: list[str] = []
        self._current: list[str] | None = None
        self._hidden = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "button":
            self._current, self._hidden = [], any(name == "hidden" for name, _ in attrs)

    def handle_data(self, data: str) -> None:
        if self._current is not None:
            self._current.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "button" and self._current is not None:
            text = re.sub(r"[ \t\r\n]+", " ", "".join(self._current)).strip()  # a no-break space stays
            (self.hidden if self._hidden else self.shown).append(text)
            self._current = None


def buttons(html: str) -> list[str]:
    parser = Buttons()
    parser.feed(html)
    return parser.shown


def card(html: str, message: Message) -> str:
    """The card of ``message`` on a page (or the fragment htmx gets)."""
    start = html.index(f'<article class="message" id="message-{message.pk}"')
    return html[start : html.index("</article>", start)]


def page_of(browser: Client, interview_id: int) -> str:
    return browser.get(f"/interviews/{interview_id}/").content.decode()


def drafted(cli: Cli, interview_id: int, kind: str = "thank-you") -> tuple[Message, Message]:
    assert cli("draft", str(interview_id), "--kind", kind, "--profile-polished").exit_code == 0
    found = Message.objects.filter(kind=kind.replace("-", "_"))
    return found.get(person__name="Claire Martin"), found.get(person__name="Julien Moreau")


@pytest.fixture
def monthly_quota(settings: Any) -> Callable[[int], None]:
    def set_quota(notes: int) -> None:
        merged = {name: dict(values) for name, values in settings.CONFIG.settings.items()}
        merged["linkedin"] = {**merged.get("linkedin", {}), "monthly_quota": notes}
        settings.CONFIG = dataclasses.replace(settings.CONFIG, settings=merged)

    return set_quota


# --- what drafting says ----------------------------------------------------------------------


def test_drafting_says_how_many_were_drafted_and_who_was_left_out_and_why_in_french(
    browser: Client, cli: Cli, lyon_panel: int
) -> None:
    assert cli("person", "add", str(lyon_panel), "--name", "Inès Petit").exit_code == 0
    page = f"/interviews/{lyon_panel}/"
    response = post(browser, f"/interviews/{lyon_panel}/draft", {"kind": "thank_you"}, page)
    assert response.status_code == 302 and response["Location"] == f"{page}#messages"
    shown = visible_text(page_of(browser, lyon_panel))
    assert "2 messages rédigés." in shown
    assert "Inès Petit\u00a0: pas d’adresse électronique, donc pas de message." in shown
    assert "2 messages rédigés." not in visible_text(page_of(browser, lyon_panel)), "said once, not on every visit"

    claire = Message.objects.get(person__name="Claire Martin")
    post(browser, f"/messages/{claire.pk}/sent", {"confirm": "yes"}, page)
    post(browser, f"/interviews/{lyon_panel}/draft", {"kind": "thank_you"}, page)
    shown = visible_text(page_of(browser, lyon_panel))
    assert "1 message rédigé." in shown
    assert "Claire Martin\u00a0: un message existe déjà (envoyé)\u202f; il est laissé tel quel." in shown
    assert Message.objects.get(pk=claire.pk).status == "sent", "a sent message is never drafted again"


def test_drafting_says_what_it_did_in_english(cli: Cli, lyon_panel: int) -> None:
    english = browser_in("en")
    assert cli("person", "add", str(lyon_panel), "--name", "Inès Petit").exit_code == 0
    page = f"/interviews/{lyon_panel}/"
    post(english, f"/interviews/{lyon_panel}/draft", {"kind": "thank_you"}, page)
    shown = visible_text(page_of(english, lyon_panel))
    assert "2 messages drafted." in shown and "Inès Petit: no e-mail address, so no message." in shown
    # The follow-up is one for the panel, to its main contact (Claire, the first with an
    # address, issue 15): one message, and Inès, who would get none anyway, is not named.
    post(english, f"/interviews/{lyon_panel}/draft", {"kind": "follow_up"}, page)
    shown = visible_text(page_of(english, lyon_panel))
    assert "1 message drafted." in shown and "Inès Petit: no e-mail address" not in shown


def test_drafting_that_is_refused_says_why_on_the_page_not_on_an_error_page(browser: Client, lyon_panel: int) -> None:
    page = f"/interviews/{lyon_panel}/"
    Action.objects.filter(kind="follow_up").delete()  # nothing left to promise in a thank-you
    response = post(browser, f"/interviews/{lyon_panel}/draft", {"kind": "thank_you"}, page)
    assert response.status_code == 302
    shown = visible_text(page_of(browser, lyon_panel))
    assert "Rien n’a été rédigé (interview: n’a pas de relance prévue à promettre)." in shown
    assert not Message.objects.exists()


def test_past_the_linkedin_quota_the_note_is_empty_and_the_page_says_so_instead_of_offering_it(
    browser: Client, lyon_panel: int, monthly_quota: Callable[[int], None]
) -> None:
    monthly_quota(1)
    page = f"/interviews/{lyon_panel}/"
    post(browser, f"/interviews/{lyon_panel}/draft", {"kind": "linkedin"}, page)
    html = page_of(browser, lyon_panel)
    shown = visible_text(html)
    assert "2 messages rédigés." in shown
    assert (
        "LinkedIn\u00a0: le quota mensuel de notes personnalisées est atteint, donc 1 invitation n’a pas de note\u202f;"
        " envoyez-la sans note." in shown
    )
    with_note, without = sorted(Message.objects.filter(kind="linkedin"), key=lambda message: message.body == "")
    assert with_note.body and without.body == ""
    bare = card(html, without)
    assert "Pas de note\u00a0: le quota mensuel de notes LinkedIn personnalisées est atteint." in visible_text(bare)
    assert "Aucun problème relevé." not in bare, "an empty note is never shown as ready"
    assert "Copier" not in buttons(bare) and "Copier" not in bare
    assert buttons(bare) == ["Enregistrer", "Je l’ai envoyé moi-même", "Annuler"]  # a note can still be written
    assert "Aucun problème relevé." in card(html, with_note)

    english = visible_text(page_of(browser_in("en"), lyon_panel))
    assert "No note: this month's quota of personalised LinkedIn notes is used up." in english


def test_linkedin_drafting_names_who_has_no_profile_and_asks_for_a_polished_one_in_english(
    cli: Cli, lyon_panel: int
) -> None:
    Person.objects.filter(name="Claire Martin").update(linkedin=CLAIRE_PROFILE)
    english = browser_in("en")
    page = f"/interviews/{lyon_panel}/"
    post(english, f"/interviews/{lyon_panel}/draft", {"kind": "linkedin"}, page)
    shown = visible_text(page_of(english, lyon_panel))
    assert "Julien Moreau: no LinkedIn profile recorded; look them up on LinkedIn to invite them." in shown
    assert "Claire Martin: no LinkedIn profile" not in shown
    assert "LinkedIn: before your first invitation, polish your profile" in shown
    Profile.objects.update(linkedin_polished=True)
    post(english, f"/interviews/{lyon_panel}/draft", {"kind": "linkedin"}, page)
    assert "polish your profile" not in visible_text(page_of(english, lyon_panel))


# --- the LinkedIn note -----------------------------------------------------------------------


def test_a_linkedin_note_is_copied_not_mailed_and_links_to_the_profile(
    browser: Client, cli: Cli, lyon_panel: int
) -> None:
    Person.objects.filter(name="Claire Martin").update(linkedin=CLAIRE_PROFILE)
    claire, julien = drafted(cli, lyon_panel, "linkedin")
    html = page_of(browser, lyon_panel)
    note = card(html, claire)
    assert '<script src="/static/web/copy.js" defer></script>' in html
    assert re.search(rf'<textarea id="note-{claire.pk}" class="note" rows="5" readonly lang="fr">', note)
    assert unescape(note.split(f'id="note-{claire.pk}"')[1].split(">", 1)[1].split("</textarea>")[0]) == claire.body
    parser = Buttons()
    parser.feed(note)
    assert parser.hidden == ["Copier"], "the Copy button waits for its script: without it, copy by hand"
    assert parser.shown == ["Enregistrer", "Je l’ai envoyé moi-même", "Annuler"]  # Enregistrer: the note's editor
    assert f'href="{CLAIRE_PROFILE}"' in note and "Claire Martin sur LinkedIn" in visible_text(note)
    assert "/eml" not in note and "mailto:" not in note and "Programmer" not in note
    assert "Aucun profil LinkedIn n’est enregistré pour cette personne" in visible_text(card(html, julien))

    refused = browser.get(f"/messages/{claire.pk}/eml")
    assert refused.status_code == 422 and refused["Content-Type"].startswith("text/html")
    assert "Une note LinkedIn n’est pas un e-mail\u00a0: copiez-la dans LinkedIn." in refused.content.decode()

    page = f"/interviews/{lyon_panel}/"
    assert post(browser, f"/messages/{claire.pk}/sent", {"confirm": "yes"}, page).status_code == 302
    assert Message.objects.get(pk=claire.pk).status == "sent"
    assert Action.objects.get(kind="linkedin", person__name="Claire Martin").status == "done"
    assert buttons(card(page_of(browser, lyon_panel), claire)) == [], "sent: nothing left to do"


def test_the_copy_script_is_served_from_this_host(browser: Client) -> None:
    served = browser.get("/static/web/copy.js")
    script = b"".join(served.streaming_content).decode()  # type: ignore[attr-defined]
    assert served.status_code == 200 and "navigator.clipboard.writeText" in script


# --- a refusal, beside the text --------------------------------------------------------------


def test_a_lint_refusal_is_said_beside_the_text_with_its_findings_and_keeps_the_text(
    browser: Client, cli: Cli, lyon_panel: int
) -> None:
    claire, _ = drafted(cli, lyon_panel)
    page = f"/interviews/{lyon_panel}/"
    typed = claire.body.replace("Bien cordialement,", "Cdt,")
    form = {"subject": claire.subject, "body": typed, "when": "now"}
    refused = post(browser, f"/messages/{claire.pk}/schedule", form, page)
    html = refused.content.decode()
    assert refused.status_code == 422 and "<h1" in html, "the interview page, not an error page"
    mine = card(html, claire)
    assert '<p role="alert" class="error">Refusé\u00a0: les vérifications ont relevé des erreurs.' in mine
    assert "LI013" in mine and "Cdt," in mine
    stored = Message.objects.get(pk=claire.pk)
    assert (stored.status, stored.body) == ("draft", typed), "not sent, but the text typed is kept"

    swapped = post(browser, f"/messages/{claire.pk}/schedule", {**form, "when": "slot"}, page, htmx=True)
    fragment = swapped.content.decode()
    assert swapped.status_code == 422 and fragment.lstrip().startswith(
        f'<article class="message" id="message-{claire.pk}"'
    )
    assert "Refusé\u00a0: les vérifications ont relevé des erreurs." in fragment and "LI013" in fragment
    assert "Cdt," in fragment and "<h1" not in fragment
    assert Message.objects.get(pk=claire.pk).status == "draft"


def test_a_lint_refusal_in_english(cli: Cli, montreal_call: int) -> None:
    english = browser_in("en")
    sarah = Message.objects.get(pk=int(cli("draft", str(montreal_call)).stdout.strip().splitlines()[-1]))
    page = f"/interviews/{montreal_call}/"
    form = {"subject": sarah.subject, "body": sarah.body.replace("Best regards,", "Thx,"), "when": "slot"}
    swapped = post(english, f"/messages/{sarah.pk}/schedule", form, page, htmx=True)
    assert swapped.status_code == 422
    assert "Refused: the checks found errors. Your text is saved: correct it, then try again." in visible_text(
        swapped.content.decode()
    )


def test_a_text_too_long_to_save_is_refused_on_the_page_and_still_shown_as_typed(
    browser: Client, cli: Cli, lyon_panel: int
) -> None:
    claire, _ = drafted(cli, lyon_panel)
    page = f"/interviews/{lyon_panel}/"
    refused = post(browser, f"/messages/{claire.pk}/save", {"subject": "Objet " + "x" * 300, "body": "Mon texte"}, page)
    html = card(refused.content.decode(), claire)
    assert refused.status_code == 422 and 'role="alert"' in html and "subject" in html
    assert "Mon texte</textarea>" in html
    assert Message.objects.get(pk=claire.pk).body == claire.body


# --- the buttons, by status ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "written", "expected"),
    [
        ("draft", False, ["Enregistrer", "Programmer le vendredi 4 décembre à 09:00", "Envoyer maintenant", "Je l’ai envoyé moi-même",
                          "Annuler"]),
        ("failed", False, ["Enregistrer", "Programmer le vendredi 4 décembre à 09:00", "Envoyer maintenant", "Je l’ai envoyé moi-même",
                           "Annuler"]),
        ("scheduled", False, ["Enregistrer", "Envoyer maintenant", "Annuler"]),
        ("scheduled", True, ["Enregistrer", "Envoyer maintenant", "Je l’ai envoyé moi-même", "Annuler"]),
        ("unknown", False, ["Enregistrer", "Il n’est pas parti\u00a0: le reprogrammer", "Il est parti"]),
        ("sending", False, []),
        ("sent", False, []),
        ("cancelled", False, []),
        ("bounced", False, []),
    ],
)  # fmt: skip
def test_each_status_offers_its_own_buttons(
    browser: Client, cli: Cli, lyon_panel: int, status: str, written: bool, expected: list[str]
) -> None:
    claire, _ = drafted(cli, lyon_panel)
    Message.objects.filter(pk=claire.pk).update(
        status=status, scheduled_at=EVENING, written_to="/tmp/outbox/claire.eml" if written else "",
        sent_at=EVENING if status in ("sent", "bounced") else None, last_error="550 5.1.1 No such user",
    )  # fmt: skip
    mine = card(page_of(browser, lyon_panel), claire)
    assert buttons(mine) == expected
    if not expected:
        assert f'<textarea id="body-{claire.pk}" rows="14" readonly' in mine, "a final message is shown, not edited"


def test_each_status_says_where_the_message_stands(browser: Client, cli: Cli, lyon_panel: int) -> None:
    claire, _ = drafted(cli, lyon_panel)
    said = {}
    for status in ("failed", "unknown", "bounced", "sent", "sending"):
        Message.objects.filter(pk=claire.pk).update(status=status, sent_at=EVENING, last_error="550 No such user")
        said[status] = visible_text(card(page_of(browser, lyon_panel), claire))
    assert "Échec de l’envoi\u00a0: 550 No such user" in said["failed"]
    assert "Impossible de savoir si ce message est parti" in said["unknown"]
    assert "Revenu sans être distribué\u00a0: 550 No such user" in said["bounced"]
    assert "Envoyé le jeu 3 déc. 18:00" in said["sent"]
    assert "En cours d’envoi." in said["sending"]


def test_an_unknown_message_is_settled_as_sent_or_scheduled_again(browser: Client, cli: Cli, lyon_panel: int) -> None:
    claire, julien = drafted(cli, lyon_panel)
    Message.objects.filter(pk__in=(claire.pk, julien.pk)).update(status="unknown")
    page = f"/interviews/{lyon_panel}/"
    assert post(browser, f"/messages/{claire.pk}/sent", {"confirm": "yes"}, page).status_code == 302
    assert Message.objects.get(pk=claire.pk).status == "sent"
    again = post(browser, f"/messages/{julien.pk}/schedule", {"when": "slot", "subject": julien.subject,
                                                              "body": julien.body}, page)  # fmt: skip
    assert again.status_code == 302 and again["Location"] == f"{page}#message-{julien.pk}"
    julien.refresh_from_db()
    assert julien.status == "scheduled" and julien.scheduled_at is not None and julien.scheduled_at > EVENING


def test_an_action_no_longer_offered_is_said_in_the_card_not_on_an_error_page(
    browser: Client, cli: Cli, lyon_panel: int
) -> None:
    claire, julien = drafted(cli, lyon_panel)
    page = f"/interviews/{lyon_panel}/"
    post(browser, f"/messages/{claire.pk}/sent", {"confirm": "yes"}, page)
    for action, data in (("cancel", {}), ("sent", {}), ("schedule", {"when": "now"}), ("save", {"body": "Salut"})):
        late = post(browser, f"/messages/{claire.pk}/{action}", data, page)
        mine = card(late.content.decode(), claire)
        assert late.status_code == 422, action
        assert "Rien n’a été fait\u00a0: ce message est désormais «\u00a0envoyé\u00a0»." in visible_text(mine), action
    assert Message.objects.get(pk=claire.pk).status == "sent" and Message.objects.get(pk=claire.pk).body == claire.body

    Message.objects.filter(pk=julien.pk).update(status="cancelled")
    swapped = post(browser_in("en"), f"/messages/{julien.pk}/cancel", {}, page, htmx=True)
    assert swapped.status_code == 422
    assert "Nothing done: this message is now “cancelled”." in visible_text(swapped.content.decode())


def test_to_htmx_a_status_change_reloads_the_page_and_a_saved_text_swaps_the_card_alone(
    browser: Client, cli: Cli, lyon_panel: int
) -> None:
    claire, julien = drafted(cli, lyon_panel)
    page = f"/interviews/{lyon_panel}/"
    saved = post(
        browser, f"/messages/{claire.pk}/save", {"subject": claire.subject, "body": "Bonjour"}, page, htmx=True
    )
    assert saved.status_code == 200 and "HX-Refresh" not in saved
    assert saved.content.decode().lstrip().startswith(f'<article class="message" id="message-{claire.pk}"')
    done = post(browser, f"/messages/{claire.pk}/sent", {"confirm": "yes"}, page, htmx=True)
    assert done.status_code == 200 and done["HX-Refresh"] == "true", "the plan changed too: the page reloads"
    assert "(envoyé)" in done.content.decode()
    assert Action.objects.get(kind="thank_you", person__name="Claire Martin").status == "done"
    cancelled = post(browser, f"/messages/{julien.pk}/cancel", {}, page, htmx=True)
    assert cancelled["HX-Refresh"] == "true" and Message.objects.get(pk=julien.pk).status == "cancelled"
    late = post(browser, f"/messages/{claire.pk}/save", {"body": "x"}, page, htmx=True)
    assert late.status_code == 422 and "HX-Refresh" not in late


# --- the header preview ----------------------------------------------------------------------


def test_each_e_mail_shows_from_to_subject_and_the_thank_you_a_follow_up_answers(
    browser: Client, cli: Cli, lyon_panel: int
) -> None:
    claire, _ = drafted(cli, lyon_panel)
    html = page_of(browser, lyon_panel)
    shown = visible_text(card(html, claire))
    # An address may break after its @ (a <wbr>), never before its ">" (web/templatetags/addresses.py).
    assert "De \n Camille Durand \n <camille.durand@ \n example.org>" in shown
    assert "À \n Claire Martin \n <claire.martin@ \n example.org>" in shown
    # The subject shown once (besides its field's value), where the folded text opens.
    assert card(html, claire).count(f">{claire.subject}<") == 1
    assert f'<span lang="fr">{claire.subject}</span></summary>' in card(html, claire)
    assert "En réponse à" not in shown

    page = f"/interviews/{lyon_panel}/"
    post(browser, f"/messages/{claire.pk}/sent", {"confirm": "yes"}, page)
    assert cli("draft", str(lyon_panel), "--kind", "follow-up").exit_code == 0
    follow_up = Message.objects.get(kind="follow_up")  # the panel's one, to Claire (issue 15)
    assert follow_up.person_id == claire.person_id
    assert post(browser, f"/messages/{follow_up.pk}/schedule", {"when": "slot"}, page).status_code == 302
    html = page_of(browser, lyon_panel)
    mine = card(html, follow_up)
    assert re.search(rf"<dt>En réponse à</dt><dd lang=\"fr\">{re.escape(claire.subject)}</dd>", mine)
    # No mail account in this test: it says honestly that nothing will send it, only a reminder,
    # at the plan's slot: decision Thursday 17 December, the business day after (Friday 18)
    # moved mid-week to Tuesday 22, at 10:00 (issue 15).
    assert "Aucun compte de messagerie\u00a0: un rappel pour l’envoyer vous-même le mar 22 déc. 10:00" in visible_text(
        mine
    )

    Profile.objects.update(timezone="America/Toronto")
    english = visible_text(card(page_of(browser_in("en"), lyon_panel), follow_up))
    assert "In reply to" in english and "From \n Camille Durand" in english and "To \n Claire Martin" in english
    assert "No mail account: a reminder to send it yourself on Tue, Dec 22, 04:00 (10:00 Europe/Paris)" in english


def test_a_save_that_loses_to_a_dispatch_keeps_the_text_that_went_out(
    browser: Client, cli: Cli, lyon_panel: int
) -> None:
    from lastimpression.outbox import manual

    claire, _ = drafted(cli, lyon_panel)
    sent_text = Message.objects.get(pk=claire.pk).body
    real_find = manual.get_message

    def a_pass_sends_it_meanwhile(message_id: int | str) -> Message:
        message = real_find(message_id)
        Message.objects.filter(pk=message.pk).update(status="sent", sent_at=EVENING, updated_at=EVENING)
        return message

    token = csrf_token(browser, f"/interviews/{lyon_panel}/")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(manual, "get_message", a_pass_sends_it_meanwhile)
        answer = browser.post(
            f"/messages/{claire.pk}/save",
            {"subject": claire.subject, "body": "Un autre texte", "csrfmiddlewaretoken": token},
        )
    assert answer.status_code == 422
    assert "Rien n’a été enregistré\u00a0: ce message a changé entre-temps" in answer.content.decode()
    kept = Message.objects.get(pk=claire.pk)
    assert kept.status == "sent" and kept.body == sent_text
