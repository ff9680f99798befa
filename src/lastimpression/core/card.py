"""The last-impression card (PRODUCT.md §1 points 1–3, §3 C2): one page to read before an
interview, as text, as a standalone HTML page (printable, readable on a phone), and compacted for
the calendar alarm 10 minutes before the end. Pure: no Django, no I/O, no clock.

Who, where and when (the date in words, by Babel, in the user's language); the exit checklist;
a sentence to say at the door and the question to ask before leaving, both in the **interview's**
language; the candidate's own lessons. Everything else speaks the user's language. Every word of
the card is a ``Phrase`` of the one catalogue (``lastimpression.phrases``). French is
typeset for the interview's country: a narrow no-break space before ``; ! ?`` and a no-break
space before ``:`` (France, Belgium, Switzerland), no space before ``; ! ?`` in Québec (CA).
Values (company, names, place) are printed as written.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time
from babel.lists import format_list

from lastimpression.core.checklist import TITLE, checklist_lines
from lastimpression.core.compose.typography import NARROW_NBSP, NBSP, typeset
from lastimpression.core.lessons import Lesson, shorten
from lastimpression.core.zonenames import zone_time
from lastimpression.phrases import Phrase, ptr, tr

__all__ = ["MODES", "QUESTION", "SENTENCE", "CardFacts", "alarm_text", "card_html", "card_text"]

MODES = ("onsite", "video", "phone")
LANGUAGES = ("fr", "en")
# What to say at the door, and what to ask before leaving, said in the interview's language
# (vouvoiement; no agreement needed).
SENTENCE = tr("I really enjoyed our conversation and would be glad to continue our discussions soon.")
QUESTION = tr("When do you expect to make your decision, and may I follow up with you then?")
# A lesson is already short; these limits only guard the page and the alarm against odd input.
LESSON_LIMIT = 400
ALARM_LESSON_LIMIT = 200

# The card's own words, said in the user's language.
_LABELS: dict[str, Phrase] = {
    "role": tr("Role"),
    "when": tr("When"),
    "where": tr("Where"),
    "who": tr("Who"),
    "checklist": tr("Until the door closes"),
    "sentence": tr("To say at the door"),
    "question": tr("To ask before leaving"),
    "checklist_call": tr("Until the call ends"),
    "sentence_call": tr("To say as the call ends"),
    "question_call": tr("To ask before the call ends"),
    "lessons": tr("Your lessons"),
    "lesson": tr("Your lesson"),
    "no_lessons": tr("None yet: they will come from your debriefs and your journal."),
    "onsite": tr("On site"),
    "video": tr("Video call"),
    "phone": tr("By phone"),
    "in_fr": tr("in French"),
    "in_en": tr("in English"),
}

_STYLE = """
body { margin: 0; color: #111; background: #fff; font: 17px/1.45 system-ui, sans-serif; }
main { max-width: 40rem; margin: 0 auto; padding: 1rem; overflow-wrap: anywhere; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
h2 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .8rem; margin: 0; }
dt { font-weight: 600; }
dd { margin: 0; }
ul, ol { margin: 0; padding-left: 1.3rem; }
li { margin: .25rem 0; }
blockquote { margin: 0; padding: .5rem .8rem; border-left: 4px solid #2a6a4a; background: #f1f7f3;
  font-size: 1.1rem; }
@media print {
  @page { margin: 15mm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  blockquote { background: none; }
  section { break-inside: avoid; }
}
"""


@dataclass(frozen=True)
class CardFacts:
    """What the card says about one interview.

    ``start``/``end``: aware datetimes in the interview's local time. ``mode``: one of
    ``MODES``. ``people``: the names of the people to meet. ``language``: the interview's (for
    the sentence at the door and the question); ``user_language``: the rest of the card.
    ``country``: the interview's country (ISO code), for dates and French typography.

    Raises ``ValueError`` naming the field for a naive or reversed time, an unknown mode or
    language.
    """

    company: str
    role: str
    start: datetime
    end: datetime
    location: str = ""
    mode: str = "onsite"
    people: tuple[str, ...] = ()
    language: str = "fr"
    user_language: str = "fr"
    country: str = "FR"
    # The user's own time zone (a name): when the interview is in another, the card names
    # both and gives the user's hours too. Empty: not said.
    user_timezone: str = ""

    def __post_init__(self) -> None:
        for name in ("start", "end"):
            value: datetime = getattr(self, name)
            if value.tzinfo is None or value.utcoffset() is None:
                raise ValueError(f"{name}: must be an aware datetime")
        if self.end < self.start:
            raise ValueError("end: is before start")
        if self.mode not in MODES:
            raise ValueError(f"mode: {self.mode!r} is not one of {', '.join(MODES)}")
        for name in ("language", "user_language"):
            if getattr(self, name) not in LANGUAGES:
                raise ValueError(f"{name}: {getattr(self, name)!r} is not one of {', '.join(LANGUAGES)}")


def _locale(language: str, country: str) -> Locale:
    try:
        return Locale.parse(f"{language}_{country.upper()}")
    except (UnknownLocaleError, ValueError):
        return Locale.parse(language)


def _typeset(text: str, language: str, country: str) -> str:
    """Our own wording, typeset for ``language`` in ``country`` (English is written correctly)."""
    return typeset(text, "fr", country) if language == "fr" else text


def _lesson(lesson: Lesson, language: str, country: str, limit: int) -> str:
    # Lessons come typeset as in France, user notes included: only Québec differs.
    text = shorten(lesson.text(language), limit)
    if language == "fr" and country.upper() == "CA":
        text = re.sub(f"[{NARROW_NBSP}{NBSP}]([;!?])", r"\1", text)
    return text


@dataclass(frozen=True)
class _Card:
    """The card's pieces, each already in its language and typeset; values as written."""

    title: str
    facts: tuple[tuple[str, str], ...]
    checklist_heading: str
    checklist: tuple[str, ...]
    sentence_heading: str
    sentence: str
    question_heading: str
    question: str
    lessons_heading: str
    lessons: tuple[str, ...]
    lesson_heading: str
    language: str
    interview_language: str

    def label(self, heading: str) -> str:
        """``heading:`` with the colon of the user's language."""
        return ptr("a heading on the card, before its text", "%(heading)s:", heading=heading).say(self.language)

    def quote(self, text: str) -> str:
        """``text`` between the quotation marks of the user's language."""
        return ptr("a sentence quoted on the card", "“%(text)s”", text=text).say(self.language)


def _when(facts: CardFacts, locale: Locale) -> str:
    start_time = format_time(facts.start, "short", locale=locale)
    end_time = format_time(facts.end, "short", locale=locale)
    day = format_date(facts.start, "full", locale=locale)
    if facts.end.date() != facts.start.date():
        return f"{day}, {start_time} – {format_date(facts.end, 'full', locale=locale)}, {end_time}"
    return f"{day}, {start_time}–{end_time}"


def _zones(facts: CardFacts, locale: Locale) -> str:
    """ " (heure de Toronto ; 16:00–17:00 heure de Paris)" when the interview is in another zone
    than the user's; else nothing."""
    there, here = getattr(facts.start.tzinfo, "key", ""), facts.user_timezone
    if not there or not here or there == here:
        return ""
    try:
        mine = ZoneInfo(here)
    except (ZoneInfoNotFoundError, ValueError):
        return ""
    language = facts.user_language
    start, end = facts.start.astimezone(mine), facts.end.astimezone(mine)
    hours = f"{format_time(start, 'short', locale=locale)}–{format_time(end, 'short', locale=locale)}"
    if start.date() != facts.start.date():
        hours = f"{format_date(start, 'full', locale=locale)}, {hours}"
    both = tr(
        "(%(there)s, that is %(hours)s %(here)s)",
        there=zone_time(there, language),
        hours=hours,
        here=zone_time(here, language),
    )
    return " " + both.say(language)


def _card(facts: CardFacts, lessons: Sequence[Lesson], lesson_limit: int = LESSON_LIMIT) -> _Card:
    language, country = facts.user_language, facts.country

    def say(key: str, after: str = "") -> str:
        return _typeset(_LABELS[key].say(language) + after, language, country)

    mode = _LABELS[facts.mode].say(language)
    where = f"{mode} — {facts.location.strip()}" if facts.location.strip() else mode
    rows = [(say("role"), facts.role.strip())] if facts.role.strip() else []
    locale = _locale(language, country)
    rows.append((say("when"), _when(facts, locale) + _zones(facts, locale)))
    rows.append((say("where"), where))
    people = [name.strip() for name in facts.people if name.strip()]
    if people:
        rows.append((say("who"), format_list(people, locale=language)))
    in_language = f", {_LABELS['in_' + facts.language].say(language)}" if facts.language != language else ""
    call = "_call" if facts.mode in ("video", "phone") else ""
    lesson_lines = tuple(_lesson(lesson, language, country, lesson_limit) for lesson in lessons)
    return _Card(
        title=f"{TITLE.say(language)} — {facts.company}",
        facts=tuple(rows),
        checklist_heading=say("checklist" + call),
        checklist=tuple(_typeset(line, language, country) for line in checklist_lines(language, facts.mode)),
        sentence_heading=say("sentence" + call, in_language),
        sentence=_typeset(SENTENCE.say(facts.language), facts.language, country),
        question_heading=say("question" + call, in_language),
        question=_typeset(QUESTION.say(facts.language), facts.language, country),
        lessons_heading=say("lessons"),
        lessons=lesson_lines or (say("no_lessons"),),
        lesson_heading=say("lesson"),
        language=language,
        interview_language=facts.language,
    )


def card_text(facts: CardFacts, lessons: Sequence[Lesson]) -> str:
    """The card as plain text (lines; ``lessons`` in the given order, most important first)."""
    card = _card(facts, lessons)
    lines = [card.title, ""]
    lines += [f"{card.label(name)} {value}" for name, value in card.facts]
    lines += ["", card.label(card.checklist_heading)]
    lines += [f"- {line}" for line in card.checklist]
    lines += ["", card.label(card.sentence_heading), card.quote(card.sentence)]
    lines += ["", card.label(card.question_heading), card.quote(card.question)]
    lines += ["", card.label(card.lessons_heading)]
    lines += [f"- {line}" for line in card.lessons]
    return "\n".join(lines) + "\n"


def alarm_text(facts: CardFacts, lessons: Sequence[Lesson]) -> str:
    """The card compacted for a calendar alarm: the checklist, the sentence, the question and the
    top lesson (when there is one)."""
    card = _card(facts, lessons[:1], ALARM_LESSON_LIMIT)
    lines = [card.title]
    lines += [f"- {line}" for line in card.checklist]
    lines.append(f"{card.label(card.sentence_heading)} {card.quote(card.sentence)}")
    lines.append(f"{card.label(card.question_heading)} {card.quote(card.question)}")
    if lessons:
        lines.append(f"{card.label(card.lesson_heading)} {card.lessons[0]}")
    return "\n".join(lines)


def card_html(facts: CardFacts, lessons: Sequence[Lesson]) -> str:
    """The card as a complete standalone HTML document: inline print style, no script, every
    value escaped."""
    card = _card(facts, lessons)
    e = html.escape
    other = f' lang="{e(card.interview_language)}"' if card.interview_language != card.language else ""
    parts = [
        "<!doctype html>",
        f'<html lang="{e(card.language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(card.title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        "<main>",
        f"<h1>{e(card.title)}</h1>",
        "<dl>",
        *(f"<dt>{e(name)}</dt><dd>{e(value)}</dd>" for name, value in card.facts),
        "</dl>",
        f"<section><h2>{e(card.checklist_heading)}</h2><ul>",
        *(f"<li>{e(line)}</li>" for line in card.checklist),
        "</ul></section>",
        f"<section><h2>{e(card.sentence_heading)}</h2><blockquote{other}>{e(card.sentence)}</blockquote></section>",
        f"<section><h2>{e(card.question_heading)}</h2><blockquote{other}>{e(card.question)}</blockquote></section>",
        f"<section><h2>{e(card.lessons_heading)}</h2><ol>",
        *(f"<li>{e(line)}</li>" for line in card.lessons),
        "</ol></section>",
        "</main>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"
