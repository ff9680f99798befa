"""The one catalogue (locale/fr/LC_MESSAGES/django.po): complete, well-formed, compiled, and every
page speaking one language only, with dates and times in the user's locale and zone."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po
from click.testing import Result
from django.test import Client
from django.utils import translation

from lastimpression import i18n
from lastimpression.core.compose.typography import typeset
from lastimpression.web.common import LANGUAGE_COOKIE
from lastimpression.web.token import COOKIE, install_token
from tests.conftest import Clock

Cli = Callable[..., Result]
EVENING = datetime(2026, 12, 3, 17, 0, tzinfo=UTC)  # Thursday, 18:00 in Paris
PO = i18n.po_path("fr")
PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?[sdif%]")


def catalogue() -> Catalog:
    with PO.open("rb") as source:
        return read_po(source, locale="fr", domain="django")


def messages() -> list[Message]:
    return [message for message in catalogue() if message.id]


def forms(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return value if isinstance(value, tuple) else (value,)


def ident(message: Message) -> str:
    return f"{message.context or ''}|{forms(message.id)[0]}"


MESSAGES = messages()


# --- the catalogue ---------------------------------------------------------------------------


@pytest.mark.parametrize("message", MESSAGES, ids=ident)
def test_every_msgid_has_a_reviewed_french_translation(message: Message) -> None:
    assert all(text.strip() for text in forms(message.string)), "no French translation"
    assert not message.fuzzy, "fuzzy: review the translation, then remove the fuzzy flag"
    assert len(forms(message.string)) == len(forms(message.id)), "one French form per English form"


# The words French writes as English does; any other msgstr equal to its msgid is a copy.
# ("six": the number of times a lesson counts, core.lessons.)
SAME_IN_BOTH = {"Date", "Journal", "Messages", "Mode", "Note", "Plan", "Scores", "six"}


def test_no_french_translation_is_a_copy_of_the_english() -> None:
    copies = {forms(message.id)[0] for message in MESSAGES if forms(message.string) == forms(message.id)}
    assert copies == SAME_IN_BOTH


@pytest.mark.parametrize("message", MESSAGES, ids=ident)
def test_the_french_keeps_the_placeholders_of_the_english(message: Message) -> None:
    english = forms(message.id)
    for index, text in enumerate(forms(message.string)):
        source = english[min(index, len(english) - 1)]
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), text
        assert sorted(found.group() for found in PLACEHOLDER.finditer(text)) == sorted(
            found.group() for found in PLACEHOLDER.finditer(source)
        ), text


@pytest.mark.parametrize("message", MESSAGES, ids=ident)
def test_the_french_follows_french_typography(message: Message) -> None:
    """A no-break space before ":" and inside « », a narrow one before ; ! ?, the apostrophe ’."""
    for text in forms(message.string):
        assert typeset(text, "fr", "FR") == text, (text, typeset(text, "fr", "FR"))


def test_the_catalogue_holds_every_string_of_the_code_and_templates_and_nothing_else() -> None:
    """A string added to a template or a view without `make extract-messages` fails here."""
    template = i18n.extracted()
    assert isinstance(template, Catalog)
    wanted = {(message.context, forms(message.id)) for message in template if message.id}
    held = {(message.context, forms(message.id)) for message in MESSAGES}
    assert not wanted - held, f"missing from {PO.name} (run `make extract-messages`): {sorted(wanted - held, key=str)}"
    assert not held - wanted, f"no longer in the code (run `make extract-messages`): {sorted(held - wanted, key=str)}"


# Words a template may hold as they are: each language named in itself, proper nouns, and the
# examples of codes and zone names typed as such.
AS_WRITTEN = ("Français", "français", "English", "LinkedIn", "Premium", "FR", "6AE", "QC", "Europe/Paris")
TEMPLATE_CODE = re.compile(
    r"\{% comment %\}.*?\{% endcomment %\}|\{#.*?#\}|\{% blocktranslate.*?\{% endblocktranslate %\}|\{%.*?%\}|\{\{.*?\}\}",
    re.DOTALL,
)


@pytest.mark.parametrize(
    "template", sorted((i18n.PACKAGE / "web" / "templates").rglob("*.html")), ids=lambda path: path.name
)
def test_a_template_holds_no_word_outside_the_catalogue(template: object) -> None:
    """Every word a template shows goes through {% translate %} or {% blocktranslate %}."""
    from pathlib import Path

    assert isinstance(template, Path)
    parser = Visible()
    parser.feed(TEMPLATE_CODE.sub(" ", template.read_text(encoding="utf-8")))
    text = " ".join(parser.chunks)
    for word in AS_WRITTEN:
        text = text.replace(word, " ")
    assert not re.search(r"[^\W\d_]", text), f"words not in the catalogue: {text.split()}"


def test_the_compiled_catalogue_is_the_po_compiled() -> None:
    mo = PO.with_suffix(".mo")
    assert mo.exists(), "no compiled catalogue: run `make messages` (python -m lastimpression.i18n compile)"
    assert mo.read_bytes() == i18n.mo_bytes(PO), "the .mo is older than the .po: run `make messages`"


def test_every_msgid_reaches_the_user_through_django_in_french_and_stays_english_in_english() -> None:
    for message in MESSAGES:
        english, french = forms(message.id), forms(message.string)
        for language, expected in (("fr", french), ("en", english)):
            with translation.override(language):
                if len(english) == 1 and message.context:
                    got: tuple[str, ...] = (translation.pgettext(message.context, english[0]),)
                elif len(english) == 1:
                    got = (translation.gettext(english[0]),)
                elif message.context:
                    got = tuple(translation.npgettext(message.context, *english, n) for n in (1, 2))
                else:
                    got = tuple(translation.ngettext(*english, n) for n in (1, 2))
            assert got == expected, (language, message.id)


def test_the_cli_labels_come_from_the_catalogue_with_plain_spaces() -> None:
    from lastimpression.words import label, labels

    assert label("message_status", "unknown", "fr") == "incertain : à vérifier"
    assert label("message_status", "unknown", "en") == "unknown: check"
    assert label("status", "scheduled", "fr") == "prévu" and label("message_status", "scheduled", "fr") == "programmé"
    with translation.override("fr"):
        assert labels("message_status")["unknown"] == "incertain\u00a0: à vérifier"
        assert list(labels("kind")) == ["debrief", "thank_you", "linkedin", "follow_up", "follow_up_2"]


# --- the pages -------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _clock(clock: Clock) -> None:
    clock.at(EVENING)


class Visible(HTMLParser):
    """The text a person sees or hears on a page: text nodes, and the placeholder, aria-label,
    title and alt attributes. Left out: scripts and styles; what the user typed or a message
    holds (textarea, pre); anything marked as another language than the page's."""

    VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"})
    SKIPPED = frozenset({"script", "style", "textarea", "pre"})

    def __init__(self) -> None:
        super().__init__()
        self.page_language = ""
        self.stack: list[tuple[str, bool]] = []
        self.chunks: list[str] = []

    def skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "html":
            self.page_language = values.get("lang", "")
        other = "lang" in values and tag != "html" and values["lang"] != self.page_language
        skip = self.skipping() or tag in self.SKIPPED or other
        if not skip:
            self.chunks += [values[name] for name in ("placeholder", "aria-label", "title", "alt") if name in values]
        if tag not in self.VOID:
            self.stack.append((tag, skip))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.skipping():
            self.chunks.append(data)


def visible_text(html: str) -> str:
    parser = Visible()
    parser.feed(html)
    # Collapse ordinary white space only: a no-break space is part of French typography.
    return " \n ".join(re.sub(r"[ \t\r\n\f]+", " ", chunk).strip() for chunk in parser.chunks if chunk.strip())


def pattern(text: str) -> re.Pattern[str] | None:
    """A regular expression finding ``text`` (placeholders standing for anything) as whole words;
    None when, placeholders left out, ``text`` holds no word to find."""
    literal = PLACEHOLDER.sub("", text)
    if not re.search(r"[^\W\d_]{2,}", literal):
        return None
    pieces = PLACEHOLDER.split(text)[::2]  # findall's groups fall between the literal pieces
    body = ".+?".join(re.escape(piece.replace("%%", "%")) for piece in pieces)
    return re.compile(rf"(?<!\w){body}(?!\w)")


# Texts of the catalogue that are also words of the other language ("E-mail de remerciement").
SHARED = {"en": {"E-mail"}, "fr": {"tu", "vous"}}  # the register is named in French in both


def wording(language: str) -> list[str]:
    """The texts of ``language`` that differ in the other one (the words that must not leak)."""
    found = []
    for message in MESSAGES:
        english, french = forms(message.id), forms(message.string)
        own, other = (english, french) if language == "en" else (french, english)
        found += [text for text in own if text not in other and text not in SHARED[language]]
    return found


def leaks(html: str, language: str) -> list[str]:
    """The texts of ``language`` shown on ``html``, each with what surrounds it on the page."""
    shown = visible_text(html)
    found = []
    for text in wording(language):
        match = (compiled := pattern(text)) and compiled.search(shown)
        if match:
            found.append(f"{text!r} in …{shown[max(0, match.start() - 40) : match.end() + 40]}…")
    return found


@pytest.fixture
def world(cli: Cli, lyon_panel: int, montreal_call: int) -> dict[str, str]:
    """Every page of the UI with something on it: two interviews, drafted messages (one with a
    lint finding, one scheduled), a debrief, a journal entry, a failed message (an alert)."""
    from lastimpression.journal.models import JournalEntry
    from lastimpression.outbox.drafting import draft
    from lastimpression.outbox.models import Message as Mail

    draft(lyon_panel, "thank_you", None, EVENING)
    draft(montreal_call, "thank_you", None, EVENING)
    claire = Mail.objects.get(person__name="Claire Martin")
    claire.body = claire.body.replace("Bien cordialement,", "Cdt,")
    claire.save()
    julien = Mail.objects.get(person__name="Julien Moreau")
    julien.status, julien.scheduled_at, julien.written_to = "scheduled", EVENING, "/tmp/outbox/julien.eml"
    julien.save()
    sarah = Mail.objects.get(person__name="Sarah Thompson")
    sarah.status, sarah.last_error = "failed", "550 5.1.1 No such user"
    sarah.save()
    assert cli("debrief", str(lyon_panel), "--focused", "--parting", "continuation").exit_code == 0
    JournalEntry.objects.create(when=EVENING.date(), context="Meetup PostgreSQL", who="Inès")
    return {
        "dashboard": "/",
        "interview list": "/interviews/",
        "interview page": f"/interviews/{lyon_panel}/",
        "interview page in English": f"/interviews/{montreal_call}/",
        "new interview": "/interviews/new",
        "import": "/import",
        "debrief": f"/interviews/{lyon_panel}/debrief",
        "journal": "/journal/",
        "card": f"/interviews/{lyon_panel}/card",
        "settings": f"/settings/?interview={montreal_call}&kind=thank_you",
        "unknown interview": "/interviews/999/",
        "unknown page": "/no/such/page",
    }


def browser_in(language: str) -> Client:
    client = Client()
    client.cookies[COOKIE] = install_token()
    client.cookies[LANGUAGE_COOKIE] = language
    return client


def rendered(client: Client, pages: dict[str, str]) -> Iterator[tuple[str, str]]:
    from django.core.files.uploadedfile import SimpleUploadedFile

    for name, path in pages.items():
        response = client.get(path)
        assert response.status_code == (404 if name.startswith("unknown") else 200), (name, response.status_code)
        yield name, response.content.decode()
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:i18n@example.org\r\n"
        "SUMMARY:Interview – Data engineer – Contoso\r\nDTSTART:20261210T130000Z\r\nDTEND:20261210T140000Z\r\n"
        "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:lunch@example.org\r\nSUMMARY:Lunch\r\nDTSTART:20261211T110000Z\r\n"
        "DTEND:20261211T120000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    preview = client.post("/import", {"file": SimpleUploadedFile("cal.ics", ics, "text/calendar")})
    assert preview.status_code == 200
    yield "import preview", preview.content.decode()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_page_speaks_the_chosen_language_only(world: dict[str, str], language: str) -> None:
    other = "en" if language == "fr" else "fr"
    for name, html in rendered(browser_in(language), world):
        assert f'<html lang="{language}">' in html or name == "card", name
        assert leaks(html, other) == [], f"{name} in {language} shows {other} words"


def test_the_language_check_finds_a_word_of_the_other_language() -> None:
    page = '<!doctype html><html lang="fr"><title>Tableau de bord</title><p>Send now</p><p lang="en">Save</p>'
    assert [text.split(" in …")[0] for text in leaks(page, "en")] == ["'Send now'"]
    found = leaks('<html lang="en"><input placeholder="Entreprise, poste, personne">', "fr")
    assert {text.split(" in …")[0] for text in found} == {"'Entreprise, poste, personne'", "'Entreprise'"}


def test_dates_and_times_are_in_the_users_language_and_zone(world: dict[str, str]) -> None:
    """The Lyon interview starts at 14:00 in Paris (13:00 UTC); its thank-you is due at 16:15 there."""
    from lastimpression.interviews.models import Profile

    french, english = browser_in("fr"), browser_in("en")
    assert "3 décembre 2026 à 14:00" in visible_text(french.get("/interviews/").content.decode())
    assert "December 3, 2026, 14:00" in visible_text(english.get("/interviews/").content.decode())
    lyon = world["interview page"]
    assert "jeudi 3 décembre 2026, 14:00–15:15 (heure de Paris)" in visible_text(french.get(lyon).content.decode())
    assert "Thursday, December 3, 2026, 14:00–15:15 (Paris time)" in visible_text(english.get(lyon).content.decode())

    Profile.objects.update(timezone="America/Toronto")
    listed = visible_text(english.get("/interviews/").content.decode())
    assert "December 3, 2026, 08:00" in listed, "the list is in the user's zone"
    overdue = english.get("/").content.decode().split('id="overdue-title"')[1].split("</section>")[0]
    assert "Thu, Dec 3, 10:15 (16:15 Europe/Paris)" in visible_text(overdue), "the recipient's time beside"
    overdue = french.get("/").content.decode().split('id="overdue-title"')[1].split("</section>")[0]
    assert "jeu 3 déc. 10:15 (16:15 Europe/Paris)" in visible_text(overdue)
    # June and July are told apart (Django's three-letter French months make both "jui").
    upcoming = visible_text(french.get("/").content.decode().split('id="upcoming-title"')[1])
    assert "mer 23 juin 16:00" in upcoming, upcoming  # the Montréal call, in the user's (same) zone
    # The interview's own page keeps the interview's time, naming its zone, then the user's.
    assert "Thursday, December 3, 2026, 14:00–15:15 (Paris time), that is 08:00–09:15 for you (Toronto time)" in (
        visible_text(english.get(lyon).content.decode())
    )


def test_counts_are_said_with_the_right_plural() -> None:
    with translation.override("fr"):
        assert (
            translation.ngettext("%(count)s other event ignored", "%(count)s other events ignored", 1) % {"count": 1}
            == "1 autre événement ignoré"
        )
        assert (
            translation.ngettext("%(count)s other event ignored", "%(count)s other events ignored", 3) % {"count": 3}
            == "3 autres événements ignorés"
        )
