"""The last-impression card: text, standalone HTML and the calendar alarm."""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lastimpression.core.card import QUESTION, SENTENCE, CardFacts, alarm_text, card_html, card_text
from lastimpression.core.checklist import checklist_lines, exit_checklist
from lastimpression.core.compose.typography import NARROW_NBSP, NBSP
from lastimpression.core.lessons import Lesson, lessons
from lastimpression.core.observation import DebriefFacts, InterviewRecord
from lastimpression.phrases import ptr, tr

PARIS = ZoneInfo("Europe/Paris")
MONTREAL = ZoneInfo("America/Montreal")
START = datetime(2026, 12, 3, 14, 0, tzinfo=PARIS)

# A French candidate, an interview in English in Paris.
FACTS = CardFacts(
    company="Acme",
    role="Data engineer",
    start=START,
    end=START + timedelta(hours=1),
    location="12 rue de la Paix, Paris",
    mode="onsite",
    people=("Claire Martin", "Paul Durand"),
    language="en",
    user_language="fr",
    country="FR",
)
RECEPTIONIST = Lesson(
    "not_greeted:receptionist",
    (
        tr(
            "%(when)s, you did not greet %(whom)s.",
            when=tr("the last %(number)s times", number=ptr("how many times", "two")),
            whom=ptr("whom to greet", "the receptionist"),
        ),
    ),
    1.8,
    2,
)
CONTINUATION = Lesson(
    "no_continuation",
    (
        tr(
            "%(when)s, the interview did not end on an invitation to continue; say the sentence at the door.",
            when=tr("last time"),
        ),
    ),
    1.0,
    1,
)


def test_the_card_speaks_the_users_language_and_the_door_sentence_the_interviews() -> None:
    text = card_text(FACTS, [RECEPTIONIST, CONTINUATION])

    assert text.startswith("Dernière impression — Acme\n")
    assert "jeudi 3 décembre 2026, 14:00–15:00" in text
    assert f"Où{NBSP}: Sur place — 12 rue de la Paix, Paris" in text
    assert f"Qui{NBSP}: Claire Martin et Paul Durand" in text
    assert exit_checklist("fr").replace(" :", f"{NBSP}:") in text
    assert f"À dire à la porte, en anglais{NBSP}:\n«{NBSP}{SENTENCE.say('en')}{NBSP}»" in text
    assert f"À demander avant de partir, en anglais{NBSP}:\n«{NBSP}{QUESTION.say('en')}{NBSP}»" in text
    assert text.index(RECEPTIONIST.text_fr) < text.index(CONTINUATION.text_fr)
    assert "The last two times" not in text and "Stay sharp" not in text


def test_an_english_candidate_gets_the_french_door_sentence_typeset_for_france() -> None:
    facts = replace(FACTS, language="fr", user_language="en")

    text = card_text(facts, [RECEPTIONIST])

    assert "Thursday, 3 December 2026" in text
    assert exit_checklist("en") in text
    assert "To say at the door, in French:" in text
    assert f"“J’ai vraiment apprécié notre échange{NARROW_NBSP}; ce serait un plaisir" in text
    assert f"Quand pensez-vous prendre votre décision{NARROW_NBSP}? Me permettez-vous" in text
    assert RECEPTIONIST.text_en in text and RECEPTIONIST.text_fr not in text


def test_a_card_in_one_language_does_not_name_the_language() -> None:
    text = card_text(replace(FACTS, language="fr"), [])

    assert f"À dire à la porte{NBSP}:\n«{NBSP}J’ai vraiment apprécié notre échange{NARROW_NBSP}; ce serait" in text
    assert "en anglais" not in text and "en français" not in text
    assert f"Aucune pour l’instant{NBSP}: elles viendront de vos débriefings" in text


def test_french_typography_in_the_french_card() -> None:
    text = card_text(replace(FACTS, language="fr"), [CONTINUATION])

    assert f"Quand{NBSP}: jeudi" in text and f"Vos leçons{NBSP}:" in text
    assert f"décision{NARROW_NBSP}?" in text and f"poursuivre{NARROW_NBSP}; dites" in text
    assert "'" not in text
    assert " :" not in text and " ;" not in text and " ?" not in text
    assert "·" not in text and "(e)" not in text


def test_quebec_french_has_no_space_before_semicolon_and_question_mark() -> None:
    facts = replace(
        FACTS,
        language="fr",
        country="CA",
        start=datetime(2026, 12, 3, 14, 0, tzinfo=MONTREAL),
        end=datetime(2026, 12, 3, 15, 0, tzinfo=MONTREAL),
    )

    text = card_text(facts, [CONTINUATION])

    assert "14 h 00–15 h 00" in text
    assert f"Quand{NBSP}: jeudi" in text
    assert "décision? Me permettez-vous" in text and "échange; ce serait" in text
    assert "poursuivre; dites" in text
    assert NARROW_NBSP not in text


def test_an_english_card_for_an_english_interview_in_the_united_states() -> None:
    start = datetime(2026, 12, 3, 14, 0, tzinfo=ZoneInfo("America/New_York"))
    facts = replace(FACTS, start=start, end=start + timedelta(hours=1), language="en", user_language="en", country="US")

    text = card_text(facts, [])

    assert "Thursday, December 3, 2026, 2:00\u202fPM–3:00\u202fPM" in text
    assert "Where: On site — 12 rue de la Paix, Paris" in text
    assert "To say at the door:\n“I really enjoyed our conversation" in text
    assert "Your lessons:\n- None yet" in text


def test_video_and_phone_interviews_say_so() -> None:
    assert f"Où{NBSP}: En visioconférence — https://meet.example.org/abc" in card_text(
        replace(FACTS, mode="video", location="https://meet.example.org/abc"), []
    )
    assert f"Où{NBSP}: Par téléphone\n" in card_text(replace(FACTS, mode="phone", location=""), [])


def test_the_html_card_is_a_standalone_page_with_every_value_escaped() -> None:
    facts = replace(FACTS, company="<script>alert(1)</script>", people=('Bob "<b>" Smith',), location="A & B")
    evil = Lesson("do_differently", ("<img src=x onerror=alert(1)>",), 1.0, 1)

    page = card_html(facts, [evil])

    assert page.startswith('<!doctype html>\n<html lang="fr">')
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "<script" not in page.lower() and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Bob &quot;&lt;b&gt;&quot; Smith" in page and "A &amp; B" in page
    assert "@media print" in page
    assert page.rstrip().endswith("</html>")


def test_the_html_card_holds_the_checklist_the_sentence_in_its_language_and_the_lessons() -> None:
    page = card_html(FACTS, [RECEPTIONIST])

    for line in checklist_lines("fr"):
        assert html.escape(line.replace(" :", f"{NBSP}:")) in page
    assert f'<blockquote lang="en">{SENTENCE.say("en")}</blockquote>' in page
    assert f'<blockquote lang="en">{QUESTION.say("en")}</blockquote>' in page
    assert f"<li>{RECEPTIONIST.text_fr}</li>" in page
    assert "jeudi 3 décembre 2026" in page


def test_the_alarm_is_the_card_compacted_with_only_the_top_lesson() -> None:
    alarm = alarm_text(FACTS, [RECEPTIONIST, CONTINUATION])

    lines = alarm.splitlines()
    assert lines[0] == "Dernière impression — Acme"
    assert len(lines) == 1 + len(checklist_lines("fr")) + 3
    assert SENTENCE.say("en") in alarm and QUESTION.say("en") in alarm
    assert lines[-1] == f"Votre leçon{NBSP}: {RECEPTIONIST.text_fr}"
    assert CONTINUATION.text_fr not in alarm
    assert "Votre leçon" not in alarm_text(FACTS, [])


def test_five_interviews_without_greeting_the_receptionist_put_that_lesson_first_on_the_next_card() -> None:
    end = datetime(2026, 9, 1, 11, 0, tzinfo=PARIS)
    history = [
        InterviewRecord(
            i + 1,
            "Acme",
            "Data engineer",
            end + timedelta(weeks=i),
            "rejected",
            DebriefFacts(i + 1, focused_to_door=i != 4, others={"receptionist": False}, parting="continuation"),
        )
        for i in range(5)
    ]

    text = card_text(FACTS, lessons(history, []))

    first = text.split(f"Vos leçons{NBSP}:\n", 1)[1].splitlines()[0]
    assert first == "- Les cinq dernières fois, vous n’avez pas salué la personne de l’accueil."


def test_a_ten_thousand_character_note_is_shortened_on_the_card() -> None:
    end = datetime(2026, 9, 1, 11, 0, tzinfo=PARIS)
    note = "Nous avons parlé des grèves pendant tout le trajet jusqu’à l’ascenseur. " * 140
    assert len(note) > 10_000
    history = [
        InterviewRecord(1, "Acme", "Dev", end, "done", DebriefFacts(1, focused_to_door=False, last_minutes=note))
    ]
    long_lesson = Lesson("odd", ("x " * 5000,), 1.0, 1)

    text = card_text(replace(FACTS, location="Tour " * 2000), [*lessons(history, []), long_lesson])

    lesson_lines = text.split(f"Vos leçons{NBSP}:\n", 1)[1].splitlines()
    assert all(len(line) < 500 for line in lesson_lines)
    assert "…" in lesson_lines[0] and "Nous avons parlé des grèves" in lesson_lines[0]
    assert len(alarm_text(FACTS, [long_lesson]).splitlines()[-1]) < 250
    assert card_html(replace(FACTS, location="Tour " * 2000), [long_lesson])


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"start": datetime(2026, 12, 3, 14, 0)}, "start"),
        ({"end": START - timedelta(minutes=1)}, "end"),
        ({"mode": "carrier pigeon"}, "mode"),
        ({"language": "de"}, "language"),
        ({"user_language": "es"}, "user_language"),
    ],
)
def test_card_facts_refuse_bad_values_naming_the_field(change: dict[str, object], field: str) -> None:
    with pytest.raises(ValueError, match=f"^{field}: "):
        replace(FACTS, **change)  # type: ignore[arg-type]


@given(company=st.text(max_size=40), person=st.text(max_size=40), location=st.text(max_size=60))
def test_no_value_can_inject_markup_into_the_html_card(company: str, person: str, location: str) -> None:
    # The same page with harmless values: the "Who" row shows only when a name is given.
    baseline = card_html(replace(FACTS, company="Acme", people=("Claire",) if person.strip() else ()), [])

    page = card_html(replace(FACTS, company=company, people=(person,), location=location), [])

    assert page.count("<") == baseline.count("<") and page.count(">") == baseline.count(">")
    assert html.escape(company) in page
