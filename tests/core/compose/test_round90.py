"""Blind reviews 90–91, issue 15: a caseload of six patients offered for « la prise en charge des
patients sous assistance circulatoire » and 22 families for « l’accompagnement des familles
autochtones » (four C's: the people a topic qualifies are other people); a contractor induction
for "the two-weeks-on, two-weeks-off rota for technicians" (two C's); "Here, I would also draw on…"
after a colleague's topic read as its answer; "a permit-to-work system the technicians actually
trust" offered as a plan."""

from __future__ import annotations

from lastimpression.core.compose.details import _head, answers, judges_the_company


def test_the_people_a_topic_qualifies_are_not_any_people() -> None:
    support = "la prise en charge des patients sous assistance circulatoire"
    assert not answers(
        "Au CHU de Nancy, j'ai pris en charge jusqu'à six patients de soins intensifs par poste.", [support]
    )
    assert answers(
        "En 2025, j'ai formé quatre collègues à la surveillance des patients sous assistance circulatoire.", [support]
    )
    families = "l'accompagnement des familles autochtones et des communautés culturelles du quartier"
    assert not answers(
        "Au CISSS de Laval, j'ai tenu une charge de cas de 22 familles en protection de la jeunesse.", [families]
    )
    # A thing qualified by a noun keeps its looser reading (« la gamme maison » and « une gamme »).
    monoprix = "Chez Monoprix, j'ai relancé une gamme de 120 produits et augmenté ses ventes de 18 % en un an."
    assert answers(monoprix, ["la refonte de la gamme maison"])


def test_a_rota_is_answered_by_a_rota() -> None:
    induction = (
        "I cut our contractor induction from two days to one with an e-learning module used by 1,200 technicians."
    )
    assert _head("the two-weeks-on, two-weeks-off rota for technicians") == "rota"
    assert not answers(induction, ["the two-weeks-on, two-weeks-off rota for technicians"])
    assert _head("the drop in conversion") == "conver"


def test_actually_is_a_judgement_on_the_team() -> None:
    assert judges_the_company("a permit-to-work system the technicians actually trust")


def test_a_plan_that_says_the_technicians_distrust_is_never_offered() -> None:
    from lastimpression.core.compose.details import judges_the_team

    assert judges_the_team("a permit-to-work system the technicians actually trust")
