"""The layout of every page in a real browser (Chromium, Playwright): at 320, 375 and 1280 px
nothing scrolls sideways and every control is a target of at least 44 × 44 px with 8 px around
it; the navigation and the titles stay compact on a phone; the colours keep a contrast of
4.5:1, light and dark; a message's card shows its subject once and folds its text; and no page
speaks the other language (docs/web.md, "Design")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

import pytest
from playwright.sync_api import ViewportSize, expect

from lastimpression.interviews import services
from lastimpression.interviews.models import Person
from tests.conftest import Clock
from tests.e2e.browser import OpenTab, Tab

pytestmark = pytest.mark.django_db(transaction=True)

EVENING = datetime(2026, 12, 3, 17, 0, tzinfo=UTC)  # Thursday, 18:00 in Paris, noon in Montréal
WIDTHS = (320, 375, 1280)
TARGET, SPACING = 44, 8  # px: WCAG 2.5.5's target, and the room between two targets
NAVIGATION_HEIGHT = 56  # px at 375, at most
TITLE_LINES = 3
# The last-impression card is a page of its own (core/card.py), to read on the way in: no navigation.
STANDALONE = {"last-impression card"}
TEXT_CONTRAST, LARGE_TEXT_CONTRAST = 4.5, 3.0

CAMILLE = {"name": "Camille Durand", "email": "camille.durand@example.org", "agreement": "feminine"}
LYON = {"company": "Lumière Analytique", "role": "Ingénieure data", "start": "2026-12-03T14:00", "duration": "75",
        "decision_in": "2 semaines", "location": "12 quai Saint-Antoine, 69002 Lyon"}  # fmt: skip
LYON_PEOPLE: list[dict[str, Any]] = [
    {"name": "Claire Martin", "email": "claire.martin@example.org", "salutation": "madame",
     "title": "Directrice des ressources humaines"},
    {"name": "Julien Moreau", "email": "julien.moreau@example.org", "register": "tu",
     "topics": ["la migration vers PostgreSQL", "les tests de bout en bout"]},
]  # fmt: skip
NORTHWIND = {"company": "Northwind Labs", "role": "Data Engineer", "start": "2026-12-03T09:30", "duration": "45",
             "country": "CA", "subdivision": "QC", "language": "en", "mode": "video",
             "location": "https://meet.example.org/northwind-data"}  # fmt: skip
NORTHWIND_PEOPLE: list[dict[str, Any]] = [
    {"name": "Sarah Thompson", "email": "sarah.thompson@example.com", "title": "Engineering Manager",
     "topics": ["streaming ingestion", "the on-call rotation"]},
]  # fmt: skip

# What the user typed: shown as typed in either language, so never counted as a leak.
USER_DATA = sorted(
    {record[key] for record in (CAMILLE, LYON, NORTHWIND) for key in ("name", "email", "company", "role", "location")
     if key in record}
    | {person[key] for person in LYON_PEOPLE + NORTHWIND_PEOPLE for key in ("name", "email", "title") if key in person}
    | {topic for person in LYON_PEOPLE + NORTHWIND_PEOPLE for topic in person.get("topics", [])},
    key=len,
    reverse=True,
)  # fmt: skip
# A quotation (a finding quoting the message's text) is the message's language, not the page's.
QUOTED = re.compile(r"“[^”]*”|«[^»]*»")
# Words that give a language away, as whole words and case as written (the UI's buttons included).
# Not "vous" nor "tu": the French registers are named so in both languages.
TELLTALES = {
    "en": ("the", "and", "to", "of", "is", "your", "you", "with", "not", "Save", "Cancel", "Delete", "Send",
           "Edit", "Draft", "Schedule", "Done", "Skip", "Today", "Settings", "Interviews", "yes"),
    "fr": ("le", "la", "les", "et", "des", "du", "une", "votre", "pour", "est", "avec", "pas",
           "Enregistrer", "Annuler", "Supprimer", "Envoyer", "Modifier", "Rédiger", "Programmer", "Ignorer",
           "Reporter", "Réglages", "Entretiens", "oui"),
}  # fmt: skip

# Every control a finger may aim at, with its size, and the pairs closer than SPACING. A link in
# running text (a sentence around it) is exempt, as in WCAG 2.5.5; a radio button or a check box
# is aimed at through its label, which is measured instead. Targets in a fixed bar are compared
# with each other only (the page scrolls under them).
TARGETS = """([target, spacing]) => {
  const visible = (el) => el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0;
  const describe = (el) => {
    const text = (el.innerText || el.value || el.getAttribute("aria-label") || "").trim().replace(/\\s+/g, " ");
    const name = el.getAttribute("name");
    return `${el.tagName.toLowerCase()}${name ? `[name=${name}]` : ""}${text ? ` "${text.slice(0, 40)}"` : ""}`;
  };
  const inRunningText = (link) => {
    let block = link.parentElement;
    while (block && getComputedStyle(block).display.startsWith("inline")) block = block.parentElement;
    if (!block) return false;
    let words = block.innerText;
    for (const other of block.querySelectorAll("a, button, input, select, textarea, summary")) {
      words = words.replace(other.innerText || "", "");
    }
    return /\\p{L}{2,}/u.test(words);
  };
  const fixed = (el) => {
    for (let node = el; node; node = node.parentElement) {
      if (["fixed", "sticky"].includes(getComputedStyle(node).position)) return true;
    }
    return false;
  };
  const targets = [];
  const controls = "a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button]";
  for (const el of document.querySelectorAll(controls)) {
    if (!visible(el) || (el.matches("a") && inRunningText(el))) continue;
    const aimed = el.matches("input[type=radio], input[type=checkbox]") && el.labels.length ? el.labels[0] : el;
    const box = aimed.getBoundingClientRect();
    if (box.right <= 0 || box.bottom <= -window.scrollY) continue;  // off the page (the skip link, until focused)
    if (!targets.some((known) => known.el === aimed)) targets.push({ el: aimed, box, fixed: fixed(aimed) });
  }
  const small = targets
    .filter(({ box }) => box.width < target - 0.5 || box.height < target - 0.5)
    .map(({ el, box }) => `${describe(el)} ${Math.round(box.width)}×${Math.round(box.height)}`);
  const crowded = [];
  targets.forEach((one, i) => targets.slice(i + 1).forEach((other) => {
    if (one.fixed !== other.fixed || one.el.contains(other.el) || other.el.contains(one.el)) return;
    const across = Math.max(0, other.box.left - one.box.right, one.box.left - other.box.right);
    const down = Math.max(0, other.box.top - one.box.bottom, one.box.top - other.box.bottom);
    if (across < spacing - 0.5 && down < spacing - 0.5) {
      crowded.push(`${describe(one.el)} / ${describe(other.el)}: ${Math.round(Math.max(across, down))} px apart`);
    }
  }));
  return { small, crowded };
}"""

# The text a reader sees, in the page's language: text in an element marked with another
# language (a message written in English on the French UI, a language named in itself) is left
# out; the options of a visible list and the words of placeholders and labels for assistive
# technologies are in.
VISIBLE_TEXT = """() => {
  const language = document.documentElement.lang.slice(0, 2);
  const ours = (el) => { const tagged = el.closest("[lang]"); return !tagged || tagged.lang.slice(0, 2) === language; };
  const shown = (el) => {
    const list = el.closest("select");
    return (list || el).checkVisibility({ visibilityProperty: true });
  };
  const chunks = [document.title];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest("script, style, textarea") || !ours(el) || !shown(el)) continue;
    chunks.push(node.textContent);
  }
  for (const el of document.body.querySelectorAll("[placeholder], [aria-label], [title], img[alt]")) {
    if (!ours(el) || !shown(el)) continue;
    for (const name of ["placeholder", "aria-label", "title", "alt"]) {
      if (el.hasAttribute(name)) chunks.push(el.getAttribute(name));
    }
  }
  return chunks.join("\\n");
}"""

# Every visible text against what is behind it (backgrounds composited up to an opaque one).
LOW_CONTRAST = """([normal, large]) => {
  const parse = (text) => { const [r, g, b, a = 1] = text.match(/[\\d.]+/g).map(Number); return { r, g, b, a }; };
  const behind = (el) => {
    const layers = [];
    for (let node = el; node; node = node.parentElement) {
      const colour = parse(getComputedStyle(node).backgroundColor);
      if (colour.a > 0) layers.push(colour);
      if (colour.a >= 1) break;
    }
    let base = { r: 255, g: 255, b: 255 };
    if (layers.length && layers[layers.length - 1].a >= 1) base = layers.pop();
    for (const layer of layers.reverse()) {
      base = { r: layer.r * layer.a + base.r * (1 - layer.a), g: layer.g * layer.a + base.g * (1 - layer.a),
               b: layer.b * layer.a + base.b * (1 - layer.a) };
    }
    return base;
  };
  const luminance = ({ r, g, b }) => {
    const [R, G, B] = [r, g, b].map((v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  const ratio = (one, two) => { const [hi, lo] = [luminance(one), luminance(two)].sort((x, y) => y - x); return (hi + 0.05) / (lo + 0.05); };
  const found = [];
  for (const el of document.body.querySelectorAll("*")) {
    if (el.closest("svg, script, style") || el.matches("option, [disabled]")) continue;
    const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join("").trim();
    if (!text || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
    const needed = size >= 24 || (bold && size >= 18.66) ? large : normal;
    const fg = parse(style.color), bg = behind(el);
    const measured = ratio(fg, bg);
    if (measured < needed) found.push(`"${text.slice(0, 30)}" ${style.color} on rgb(${Math.round(bg.r)}, ${Math.round(bg.g)}, ${Math.round(bg.b)}): ${measured.toFixed(2)}`);
  }
  return found;
}"""

# A ">" that closes an address must stay on the line of the character before it.
LONELY_BRACKETS = """() => {
  const lonely = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent;
    for (let at = text.indexOf(">"); at > 0; at = text.indexOf(">", at + 1)) {
      if (!/@/.test(text.slice(0, at)) || !node.parentElement.checkVisibility()) continue;
      const range = document.createRange();
      range.setStart(node, at - 1); range.setEnd(node, at);
      const before = range.getBoundingClientRect();
      range.setStart(node, at); range.setEnd(node, at + 1);
      const bracket = range.getBoundingClientRect();
      if (bracket.width && Math.abs(bracket.top - before.top) > 1) lonely.push(text.trim());
    }
  }
  return lonely;
}"""


@dataclass(frozen=True)
class World:
    """A candidate's home: a French panel and an English video call, thank-yous drafted."""

    lyon: int
    northwind: int
    person: int

    def pages(self) -> dict[str, str]:
        return {
            "dashboard": "/",
            "interview list": "/interviews/",
            "new interview": "/interviews/new",
            "interview (French)": f"/interviews/{self.lyon}/",
            "interview (English)": f"/interviews/{self.northwind}/",
            "edit": f"/interviews/{self.lyon}/edit",
            "remove a person": f"/people/{self.person}/remove",
            "delete an interview": f"/interviews/{self.northwind}/delete",
            "last-impression card": f"/interviews/{self.lyon}/card",
            "debrief": f"/interviews/{self.lyon}/debrief",
            "journal": "/journal/",
            "your data": "/data/",
            "import": "/import",
            "settings": "/settings/",
            "mail set-up": "/settings/mail/",
            "404": "/no/such/page",
        }


@pytest.fixture
def world(clock: Clock) -> World:
    from lastimpression.outbox.drafting import draft

    clock.at(EVENING)
    services.save_profile(CAMILLE)
    lyon = services.add_interview(LYON, LYON_PEOPLE)
    northwind = services.add_interview(NORTHWIND, NORTHWIND_PEOPLE)
    for interview in (lyon, northwind):
        draft(interview.pk, "thank_you", None, EVENING)
    return World(lyon.pk, northwind.pk, Person.objects.filter(interview=lyon).order_by("pk")[0].pk)


def visit(tab: Tab, path: str) -> None:
    """Open ``path`` (the 404 page too) and wait until it is laid out with its stylesheet."""
    response = tab.page.goto(tab.base_url + path)
    assert response is not None and response.status in (200, 404), (path, response and response.status)
    tab.page.wait_for_load_state("load")
    if response.status == 404:  # the console says so; it is what this page is for
        tab.errors[:] = [error for error in tab.errors if response.url not in error]


def viewport(width: int) -> ViewportSize:
    return {"width": width, "height": 800}


@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_scrolls_sideways_and_every_control_is_a_44_px_target_with_room_around_it(
    open_tab: OpenTab, world: World, width: int
) -> None:
    tab = open_tab(viewport(width), "fr-FR")
    problems = []
    for name, path in world.pages().items():
        visit(tab, path)
        scroll_width = tab.page_width()
        if scroll_width > width:
            problems.append(f"{name} ({path}) is {scroll_width} px wide")
        found = tab.page.evaluate(TARGETS, [TARGET, SPACING])
        problems += [f"{name}: {control} is under {TARGET} px" for control in found["small"]]
        problems += [f"{name}: {pair}" for pair in found["crowded"]]
    assert not problems, f"at {width} px:\n" + "\n".join(problems)


@pytest.mark.parametrize("width", (320, 375))
def test_on_a_phone_the_navigation_is_one_bar_and_titles_stay_short(
    open_tab: OpenTab, world: World, width: int
) -> None:
    tab = open_tab(viewport(width), "fr-FR")
    problems = []
    for name, path in world.pages().items():
        visit(tab, path)
        if name in STANDALONE:
            continue
        bar = tab.page.get_by_role("navigation", name="Dernière impression").bounding_box()
        assert bar is not None, name
        if width == 375 and bar["height"] > NAVIGATION_HEIGHT:
            problems.append(f"{name}: the navigation is {bar['height']:.0f} px tall")
        lines = tab.page.evaluate(
            "(() => { const h = document.querySelector('h1'); if (!h) return 0;"
            " return Math.round(h.getBoundingClientRect().height / parseFloat(getComputedStyle(h).lineHeight)) })()"
        )
        if lines > TITLE_LINES:
            problems.append(f"{name}: the title takes {lines} lines")
    assert not problems, f"at {width} px:\n" + "\n".join(problems)
    # Every page of the navigation is one tap away, and the page scrolls clear of the bar.
    tab.page.get_by_role("navigation", name="Dernière impression").get_by_role("link", name="Entretiens").click()
    expect(tab.page.get_by_role("heading", level=1)).to_have_text("Entretiens")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_text_has_a_contrast_of_4_5_to_1_in_light_and_dark(
    open_tab: OpenTab, world: World, scheme: Literal["light", "dark"]
) -> None:
    tab = open_tab(viewport(1280), "fr-FR")
    tab.page.emulate_media(color_scheme=scheme)
    problems = []
    for name, path in world.pages().items():
        visit(tab, path)
        problems += [
            f"{name}: {text}" for text in tab.page.evaluate(LOW_CONTRAST, [TEXT_CONTRAST, LARGE_TEXT_CONTRAST])
        ]
    assert not problems, f"{scheme}:\n" + "\n".join(problems)
    background = tab.page.evaluate("getComputedStyle(document.body).backgroundColor")
    dark = sum(int(value) for value in re.findall(r"\d+", background)[:3]) < 3 * 64
    assert dark == (scheme == "dark"), background


@pytest.mark.parametrize(("language", "other"), [("fr", "en"), ("en", "fr")])
def test_no_page_speaks_the_other_language(open_tab: OpenTab, world: World, language: str, other: str) -> None:
    tab = open_tab(viewport(1280), "fr-FR")
    tab.page.goto(f"{tab.base_url}/language/{language}?next=/")
    problems = []
    for name, path in world.pages().items():
        visit(tab, path)
        assert tab.page.evaluate("document.documentElement.lang") == language, name
        text = tab.page.evaluate(VISIBLE_TEXT)
        for data in USER_DATA:
            text = text.replace(data, " ")
        text = QUOTED.sub(" ", text)
        leaks = sorted({word for word in TELLTALES[other] if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)})
        if leaks:
            lines = [
                line.strip() for line in text.splitlines() if any(re.search(rf"(?<!\w){w}(?!\w)", line) for w in leaks)
            ]
            problems.append(f"{name} ({path}): {', '.join(leaks)} — in: {' | '.join(lines[:6])}")
    assert not problems, f"{other} words on {language} pages:\n" + "\n".join(problems)


def test_a_message_card_shows_its_subject_once_and_its_text_folded_and_addresses_wrap_whole(
    open_tab: OpenTab, world: World
) -> None:
    tab = open_tab(viewport(320), "fr-FR")
    visit(tab, f"/interviews/{world.lyon}/")
    cards = tab.page.locator("article.message")
    expect(cards).to_have_count(2)
    for card in cards.all():
        subject = card.get_by_label("Objet").input_value()
        assert subject
        assert card.inner_text().count(subject) <= 1, card.inner_text()
        text = card.locator("textarea")
        expect(text).to_be_hidden()
        card.locator("summary").first.click()
        expect(text).to_be_visible()
        expect(text).to_have_value(re.compile(r"Bien cordialement,|Au plaisir,"))  # vous, tu (Julien)
    assert tab.page.evaluate(LONELY_BRACKETS) == []
