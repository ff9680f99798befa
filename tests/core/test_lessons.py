"""The candidate's lessons on constructed histories with known answers."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from lastimpression.core.lessons import (
    NOTE_LIMIT,
    Lesson,
    check_debrief,
    check_journal,
    check_ratings,
    lessons,
    shorten,
)
from lastimpression.core.observation import DebriefFacts, InterviewRecord, JournalFacts
from lastimpression.core.validation import InvalidValue

PARIS = ZoneInfo("Europe/Paris")
FIRST_END = datetime(2026, 9, 1, 11, 0, tzinfo=PARIS)


def history(*debriefs: DebriefFacts | None, company: str = "Acme") -> list[InterviewRecord]:
    """One interview a week, oldest first, with the given debriefs."""
    return [
        InterviewRecord(
            interview_id=index + 1,
            company=company,
            role="Data engineer",
            end=FIRST_END + timedelta(weeks=index),
            status="done",
            debrief=debrief,
        )
        for index, debrief in enumerate(debriefs)
    ]


def debrief(**facts: object) -> DebriefFacts:
    return DebriefFacts(interview_id=0, **facts)  # type: ignore[arg-type]


def codes(found: list[Lesson]) -> list[str]:
    return [lesson.code for lesson in found]


def test_five_interviews_without_greeting_the_receptionist_put_that_lesson_first() -> None:
    past = history(
        debrief(others={"receptionist": False}, focused_to_door=True, parting="continuation"),
        debrief(others={"receptionist": False}, focused_to_door=False, last_minutes="Talked about the strikes"),
        debrief(others={"receptionist": False}, parting="goodbye"),
        debrief(others={"receptionist": False}, people_met=2, greeted_people=1),
        debrief(others={"receptionist": False}, do_differently="Smile on the way out"),
    )
    journal = [JournalFacts(date(2026, 5, 4), "Meetup", ratings={"enthusiastic": 5}, parting="continuation")]

    found = lessons(past, journal)

    assert found[0].code == "not_greeted:receptionist"
    assert found[0].count == 5
    assert found[0].text_en == "The last five times, you did not greet the receptionist."
    assert found[0].text_fr == "Les cinq dernières fois, vous n’avez pas salué la personne de l’accueil."
    assert len(found) == 3


def test_the_last_two_times_is_said_when_the_two_latest_debriefs_failed() -> None:
    past = history(
        debrief(others={"receptionist": True}),
        debrief(others={"receptionist": False}),
        debrief(others={"Accueil": False}),
    )

    (lesson,) = lessons(past, [])

    assert lesson.text_en == "The last two times, you did not greet the receptionist."
    assert lesson.text_fr == "Les deux dernières fois, vous n’avez pas salué la personne de l’accueil."
    assert lesson.count == 2


def test_roles_are_translated_without_agreement_and_free_text_is_quoted_as_written() -> None:
    past = history(debrief(others={"Assistante": False, "chauffeur du PDG": False}))

    found = {lesson.code: lesson for lesson in lessons(past, [], limit=5)}

    assert (
        found["not_greeted:assistant"].text_fr == "La dernière fois, vous n’avez pas salué l’assistant ou l’assistante."
    )
    assert found["not_greeted:assistant"].text_en == "Last time, you did not greet the assistant."
    free = found["not_greeted:chauffeur du pdg"]
    assert free.text_fr == "La dernière fois, vous n’avez pas salué une personne croisée en partant (chauffeur du PDG)."
    assert free.text_en == "Last time, you did not greet someone you passed on the way out (chauffeur du PDG)."


def test_repeated_failures_outweigh_a_single_recent_one() -> None:
    past = history(
        debrief(others={"receptionist": False}, focused_to_door=True),
        debrief(others={"receptionist": False}, focused_to_door=True),
        debrief(others={"receptionist": False}, focused_to_door=False),
    )

    assert codes(lessons(past, [])) == ["not_greeted:receptionist", "lost_focus"]


def test_a_habit_regained_long_ago_is_no_longer_a_lesson() -> None:
    past = history(
        debrief(focused_to_door=False),
        debrief(focused_to_door=True),
        debrief(focused_to_door=True),
        debrief(focused_to_door=True),
        debrief(focused_to_door=True),
    )

    assert lessons(past, []) == []


def test_failures_followed_by_successes_are_counted_over_their_window() -> None:
    past = history(
        debrief(parting="goodbye"),
        debrief(parting="unclear"),
        debrief(parting="goodbye", parting_words="Au revoir, bonne journée."),
        debrief(parting="continuation"),
        debrief(parting="continuation"),
    )

    (lesson,) = lessons(past, [])

    assert lesson.code == "no_continuation"
    assert lesson.count == 3
    assert lesson.text_en.startswith("Three of the last five times, the interview did not end on an invitation")
    assert lesson.text_fr.startswith("Trois fois sur les cinq dernières, l’entretien ne s’est pas conclu")
    assert lesson.text_fr.endswith("Les mots échangés\u00a0: «\u00a0Au revoir, bonne journée\u00a0».")


def test_lost_focus_quotes_the_last_minutes_of_the_latest_failure_shortened() -> None:
    past = history(
        debrief(focused_to_door=False, last_minutes="Older note"),
        debrief(focused_to_door=False, last_minutes="Complained about the strikes in the lift. " * 250),
    )

    (lesson,) = lessons(past, [])

    assert lesson.code == "lost_focus"
    assert lesson.text_en.startswith(
        "The last two times, your attention dropped before the door. You noted: “Complained"
    )
    assert "Older note" not in lesson.text_en
    assert "…" in lesson.text_en
    assert len(lesson.text_en) < NOTE_LIMIT + 120
    assert lesson.text_fr.startswith("Les deux dernières fois, votre attention s’est relâchée avant la porte.")


def test_people_met_but_not_all_greeted_is_a_lesson_and_no_people_is_not_observed() -> None:
    past = history(debrief(people_met=2, greeted_people=1), debrief(people_met=0, greeted_people=0))

    (lesson,) = lessons(past, [])

    assert lesson.code == "people_not_greeted"
    assert lesson.text_fr == ("La dernière fois, vous n’avez pas salué en partant chacune des personnes rencontrées.")


def test_the_most_recent_do_differently_is_kept_with_the_company() -> None:
    past = history(
        debrief(do_differently="Old resolution"),
        debrief(do_differently="Demander la date de décision."),
        debrief(do_differently="   "),
        company="Banque d'Alsace",
    )

    (lesson,) = lessons(past, [])

    assert lesson.code == "do_differently"
    assert lesson.text_fr == (
        "Après votre entretien chez Banque d'Alsace, vous aviez noté ce que vous feriez autrement\u00a0: "
        "«\u00a0Demander la date de décision\u00a0»."
    )
    assert lesson.text_en.endswith("you noted what you would do differently: “Demander la date de décision”.")


def test_the_journal_gives_the_ingredients_of_the_best_meetings() -> None:
    journal = [
        JournalFacts(date(2026, 1, 5), "Salon", ratings={"enthusiastic": 5, "balanced_rapport": 4, "serious": 3}),
        JournalFacts(
            date(2026, 2, 5), "Café", ratings={"enthusiastic": 4, "balanced_rapport": 5}, parting="continuation"
        ),
        JournalFacts(date(2026, 3, 5), "Dull meeting", ratings={"serious": 5, "cheerful": 1}, parting="goodbye"),
    ]

    (lesson,) = lessons([], journal)

    assert lesson.code == "best_meetings"
    assert lesson.count == 2
    assert lesson.text_en == "Your best meetings had in common: enthusiasm and a balanced rapport."
    assert (
        lesson.text_fr
        == "Vos meilleures rencontres avaient en commun\u00a0: l’enthousiasme et une relation équilibrée."
    )


def test_no_history_and_no_journal_give_no_lesson_and_limit_is_respected() -> None:
    past = history(debrief(focused_to_door=False, people_met=1, others={"receptionist": False}, parting="goodbye"))

    assert lessons([], []) == []
    assert len(lessons(past, [], limit=2)) == 2
    assert lessons(past, [], limit=0) == []


def test_the_order_of_the_history_given_does_not_matter() -> None:
    past = history(debrief(others={"receptionist": True}), debrief(others={"receptionist": False}))

    assert lessons(list(reversed(past)), []) == lessons(past, [])


def test_french_lessons_need_no_agreement_and_follow_french_typography() -> None:
    past = history(
        debrief(focused_to_door=False, people_met=2, greeted_people=0, others={"assistant": False}, parting="goodbye"),
        debrief(focused_to_door=False, people_met=2, greeted_people=0, others={"assistant": False}, parting="unclear"),
    )
    journal = [JournalFacts(date(2026, 1, 5), "Salon", ratings={"confident": 5}, parting="continuation")]

    found = lessons(past, journal, limit=10)

    assert len(found) == 5
    for lesson in found:
        assert "·" not in lesson.text_fr and "(e)" not in lesson.text_fr
        assert "'" not in lesson.text_fr
        assert " :" not in lesson.text_fr and " ;" not in lesson.text_fr
    assert "poursuivre\u202f; dites" in next(lesson.text_fr for lesson in found if lesson.code == "no_continuation")


@pytest.mark.parametrize("rating", [0, 6, -1, True, 4.5, "5"])
def test_a_journal_rating_outside_one_to_five_is_refused_naming_the_field(rating: object) -> None:
    entry = JournalFacts(date(2026, 1, 5), "Salon", ratings={"enthusiastic": rating})  # type: ignore[dict-item]

    with pytest.raises(ValueError, match=r"^ratings\.enthusiastic: ") as raised:
        lessons([], [entry])
    assert isinstance(raised.value, InvalidValue)
    assert raised.value.field == "ratings.enthusiastic"


def test_a_debrief_rating_outside_one_to_five_is_refused_naming_the_person_and_ingredient() -> None:
    past = history(debrief(ratings={"Claire Martin": {"cheerful": 4, "confident": 9}}))

    with pytest.raises(InvalidValue) as raised:
        lessons(past, [])
    assert raised.value.field == "ratings[Claire Martin].confident"
    assert "1" in raised.value.say("fr") and "5" in raised.value.say("fr")


def test_the_checks_refuse_unknown_ingredients_partings_impossible_counts_and_empty_entries() -> None:
    with pytest.raises(InvalidValue, match=r"ratings\.charm"):
        check_ratings({"charm": 3})
    with pytest.raises(InvalidValue, match="parting"):
        check_debrief(debrief(parting="hug"))
    with pytest.raises(InvalidValue, match="greeted_people"):
        check_debrief(debrief(people_met=1, greeted_people=2))
    with pytest.raises(InvalidValue, match="context"):
        check_journal(JournalFacts(date(2026, 1, 5), "  "))
    check_ratings({ingredient: 3 for ingredient in ("serious", "balanced_rapport")})
    check_journal(JournalFacts(date(2026, 1, 5), "", who="Claire"))


def test_shorten_flattens_and_cuts_a_long_note_at_a_word() -> None:
    note = "Le dernier mot\ncompte. " * 1000

    short = shorten(note, 50)

    assert len(short) <= 50
    assert short.endswith("…") and "\n" not in short
    assert short[:-1] == note.replace("\n", " ")[: len(short) - 1].rstrip(" .,")
    assert shorten("  court  ") == "court"
