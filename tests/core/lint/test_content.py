"""LI004 (thanks), LI005 (something specific), LI006 (motivation), LI007 (the promise)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.core.lint.conftest import Check
from tests.core.lint.pairs import Pair, params, run_pair
from tests.core.lint.world import (
    CLAIRE,
    EN_THANK_YOU,
    FR_THANK_YOU,
    LYON,
    MONTREAL,
    NNBSP,
    SARAH,
    context_for,
)

FR_PROMISE = (
    f"Vous m’avez indiqué que la décision serait prise d’ici le jeudi 25 mars{NNBSP}; sans nouvelles de votre part, "
    "je me permettrai de vous recontacter le mardi 30 mars.\n\n"
)
THANKS_PAIRS = [
    Pair("a thank-you without thanks", "fr_thank_you", "LI004", "error",
         (("Je vous remercie de m’avoir reçue", "J’ai été heureuse d’être reçue"),)),
    Pair("an English thank-you without thanks", "en_thank_you", "LI004", "error",
         (("Thank you for taking the time to speak", "It was a pleasure to speak"), ("I appreciated", "I liked"))),
    Pair("a follow-up without thanks", "fr_follow_up", "LI004", "warning",
         (("je vous remercie encore pour", "je garde un excellent souvenir de"),)),
    Pair("an English follow-up without thanks", "en_follow_up", "LI004", "warning", (("Thank you again for your time; ", ""),)),
]  # fmt: skip
SPECIFIC_PAIRS = [
    Pair("a LinkedIn note with nothing specific", "fr_linkedin", "LI005", "warning", ((" sur les tests de bout en bout", ""),)),
    Pair("an English note with nothing specific", "en_linkedin", "LI005", "warning",
         ((" about moving the reporting pipeline to streaming", ""),)),
    Pair("a thank-you citing nothing of the interview", "fr_thank_you", "LI005", "warning", (
        ("le poste d’ingénieure data chez Lumière Analytique", "notre rencontre"),
        ("Notre échange sur la migration vers PostgreSQL", "Notre échange"),
        ("une migration semblable", "un projet semblable"),
    )),
]  # fmt: skip
MOTIVATION_PAIRS = [
    Pair("a thank-you with no motivation", "fr_thank_you", "LI006", "warning",
         (("m’a confortée dans mon envie de rejoindre votre équipe", "a été très instructif"),)),
    Pair("an English thank-you with no motivation", "en_thank_you", "LI006", "warning", (
        ("confirmed my interest in joining your team", "was very informative"),
        ("and I would be glad to bring that experience to Northwind Labs", "which went well"),
    )),
]  # fmt: skip
PROMISE_PAIRS = [
    Pair("a promised date that is not the plan's", "fr_thank_you", "LI007", "error",
         (("le mardi 30 mars.", "le lundi 29 mars."),), flagged="lundi 29 mars"),
    Pair("a promise with no date", "fr_thank_you", "LI007", "error",
         ((" de vous recontacter le mardi 30 mars.", " de vous recontacter prochainement."),)),
    Pair("no promise at all", "fr_thank_you", "LI007", "error", ((FR_PROMISE, ""),)),
    Pair("a promise with the wrong weekday", "fr_thank_you", "LI007", "error",
         (("le mardi 30 mars.", "le mercredi 30 mars."),), flagged="mercredi 30 mars"),
    Pair("the recruiter's date with the wrong weekday", "fr_thank_you", "LI007", "error",
         (("le jeudi 25 mars", "le vendredi 25 mars"),), flagged="vendredi 25 mars"),
    Pair("a date that does not exist", "fr_thank_you", "LI007", "error",
         (("le jeudi 25 mars", "le 31 avril"),), flagged="31 avril"),
    Pair("an English promise on another day", "en_thank_you", "LI007", "error",
         (("on Monday, July 12.", "on Tuesday, July 13."),), flagged="Tuesday, July 13"),
    Pair("an English promise with the wrong weekday", "en_thank_you", "LI007", "error",
         (("on Monday, July 12.", "on Tuesday, July 12."),), flagged="Tuesday, July 12"),
    Pair("an English promise with no date", "en_thank_you", "LI007", "error", (("on Monday, July 12.", "soon."),)),
    Pair("a promise before the recruiter's date, the plan's being unknown", "fr_thank_you", "LI007", "error",
         (("le mardi 30 mars.", "le mardi 23 mars."),), flagged="mardi 23 mars",
         clean_context={"occasion": replace(LYON, promise_date=None)}),
]  # fmt: skip


@pytest.mark.parametrize("pair", params(THANKS_PAIRS))
def test_no_thanks_is_an_error_in_a_thank_you_and_a_warning_in_a_follow_up(check: Check, pair: Pair) -> None:
    run_pair(check, pair)


@pytest.mark.parametrize("pair", params(SPECIFIC_PAIRS))
def test_nothing_specific_to_the_person_or_interview_is_a_warning(check: Check, pair: Pair) -> None:
    run_pair(check, pair)


@pytest.mark.parametrize("pair", params(MOTIVATION_PAIRS))
def test_a_thank_you_without_motivation_gets_a_warning(check: Check, pair: Pair) -> None:
    run_pair(check, pair)


@pytest.mark.parametrize("pair", params(PROMISE_PAIRS))
def test_a_missing_or_wrong_promise_is_an_error(check: Check, pair: Pair) -> None:
    run_pair(check, pair)


def test_the_promise_message_gives_both_dates(check: Check) -> None:
    draft = replace(FR_THANK_YOU, body=FR_THANK_YOU.body.replace("le mardi 30 mars.", "le lundi 29 mars."))
    (finding,) = [item for item in check(draft, context_for(draft, CLAIRE, LYON)) if item.code == "LI007"]
    assert finding.message == (
        "The message promises to follow up on lundi 29 mars, but the plan's follow-up is on Tuesday 30 March 2027."
    )
    assert (
        finding.message_fr
        == "Le message promet une relance le lundi 29 mars, mais le plan la prévoit le mardi 30 mars 2027."
    )


def test_a_wrong_weekday_says_which_day_it_really_is(check: Check) -> None:
    draft = replace(EN_THANK_YOU, body=EN_THANK_YOU.body.replace("on Monday, July 12.", "on Tuesday, July 12."))
    (finding,) = [item for item in check(draft, context_for(draft, SARAH, MONTREAL)) if item.code == "LI007"]
    assert finding.message == "“Tuesday, July 12”: 12 July 2027 is a Monday, not a Tuesday."
    assert finding.message_fr == "«\u00a0Tuesday, July 12\u00a0»\u00a0: le 12 juillet 2027 est un lundi, pas un mardi."


@pytest.mark.parametrize(
    "written",
    ["le 30 mars 2027", "le mardi 30 mars 2027", "le 30/03/2027", "le 30/03", "le 2027-03-30", "le mardi 30 mars"],
)
def test_a_french_promise_may_write_its_date_in_any_usual_way(check: Check, written: str) -> None:
    draft = replace(FR_THANK_YOU, body=FR_THANK_YOU.body.replace("le mardi 30 mars.", written + "."))
    assert [item for item in check(draft, context_for(draft, CLAIRE, LYON)) if item.code == "LI007"] == []


@pytest.mark.parametrize(
    "written",
    [
        "on July 12",
        "on 12 July 2027",
        "on Monday 12 July",
        "on the 12th of July",
        "on 2027-07-12",
        "on July 12th, 2027",
    ],
)
def test_an_english_promise_may_write_its_date_in_any_usual_way(check: Check, written: str) -> None:
    draft = replace(EN_THANK_YOU, body=EN_THANK_YOU.body.replace("on Monday, July 12.", written + "."))
    assert [item for item in check(draft, context_for(draft, SARAH, MONTREAL)) if item.code == "LI007"] == []


def test_the_promised_date_is_the_one_after_the_promise_not_the_recruiters(check: Check) -> None:
    """ "d'ici le jeudi 25 mars ; … vous recontacter le mardi 30 mars": 30 March is the promise."""
    context = context_for(FR_THANK_YOU, CLAIRE, LYON, occasion=replace(LYON, promise_date=LYON.decision_by))
    (finding,) = [item for item in check(FR_THANK_YOU, context) if item.code == "LI007"]
    assert FR_THANK_YOU.body[finding.span[0] : finding.span[1]] == "mardi 30 mars" if finding.span else False


def test_a_promise_written_before_its_date_is_read_too(check: Check) -> None:
    body = FR_THANK_YOU.body.replace(
        FR_PROMISE, "Le mardi 30 mars, sans nouvelles de votre part, je me permettrai de vous recontacter.\n\n"
    )
    draft = replace(FR_THANK_YOU, body=body)
    assert [item for item in check(draft, context_for(draft, CLAIRE, LYON)) if item.code == "LI007"] == []


def test_without_a_plan_any_dated_promise_passes(check: Check) -> None:
    draft = replace(FR_THANK_YOU, body=FR_THANK_YOU.body.replace("le mardi 30 mars.", "le lundi 5 avril."))
    context = context_for(draft, CLAIRE, LYON, occasion=None)
    assert [item for item in check(draft, context) if item.code == "LI007"] == []


def test_a_date_in_december_for_march_means_next_march(check: Check) -> None:
    december = replace(LYON, interview_date=LYON.interview_date.replace(year=2026, month=12, day=3))
    assert [
        item for item in check(FR_THANK_YOU, context_for(FR_THANK_YOU, CLAIRE, december)) if item.code == "LI007"
    ] == []


def test_motivation_is_not_read_into_thanks_for_their_interest(check: Check) -> None:
    body = FR_THANK_YOU.body.replace(
        "m’a confortée dans mon envie de rejoindre votre équipe", "a été très instructif"
    ).replace(
        "ainsi que pour le temps que vous m’avez accordé",
        "ainsi que pour l’intérêt que vous avez porté à ma candidature",
    )
    draft = replace(FR_THANK_YOU, body=body)
    assert [item.code for item in check(draft, context_for(draft, CLAIRE, LYON)) if item.code == "LI006"] == ["LI006"]


def test_a_topic_counts_when_half_its_words_are_cited(check: Check) -> None:
    context = context_for(FR_THANK_YOU, replace(CLAIRE, topics=("la migration des entrepôts vers PostgreSQL",)), LYON)
    note = replace(
        FR_THANK_YOU,
        kind="linkedin",
        subject="",
        body="Bonjour Claire, merci pour notre échange sur la migration vers PostgreSQL.",
    )
    assert [
        item for item in check(note, replace(context, kind="linkedin", occasion=None)) if item.code == "LI005"
    ] == []
