"""Blind reviews 88–89, issue 15: "the three-year projected I built" and "…used for 85 corn." (three
C's, one panel: a proof pointed back to, cut inside its noun phrase); « où j’ai tutoré 12 nouveaux
infirmiers » cut from « …sur la surveillance des patients sous monitorage », the words that made
it the answer to « la surveillance post-angioplastie »."""

from __future__ import annotations

from lastimpression.core.compose.details import _figured, reference

HILLS = (
    "At Hills Bank in Iowa City, I built a three-year projected operating budget model now used for 85 corn "
    "and soybean borrowers."
)


def test_a_participle_before_an_ing_word_keeps_the_noun_phrase_whole() -> None:
    assert (
        reference(HILLS, "en")[0]
        == "the three-year projected operating budget model I built at Hills Bank in Iowa City"
    )
    program = "At PG&E I led the vegetation analytics program covering 9,000 miles of lines."
    assert reference(program, "en")[0] == "the vegetation analytics program I led at PG&E"


def test_a_count_keeps_its_coordinated_noun() -> None:
    assert _figured(HILLS, "en").endswith("used for 85 corn and soybean borrowers")
    assert _figured("Chez Lidl, j'ai formé 40 caristes et préparateurs en 2024.", "fr").endswith(
        "40 caristes et préparateurs en 2024"
    )


def test_a_pointer_keeps_the_words_that_answer_the_topic() -> None:
    from lastimpression.core.compose.details import Hooks, Proof, _answered_shared

    tutor = "Au CHU de Nancy, j'ai tutoré 12 nouveaux infirmiers sur la surveillance des patients sous monitorage."
    hooks = Hooks(proof=Proof(tutor, True), shared=True, echo=0)
    said = _answered_shared(hooks, "fr", "la surveillance post-angioplastie", "")
    assert "sur la surveillance des patients sous monitorage" in said, said


def test_round_89_subjects_in_other_words() -> None:
    from lastimpression.core.compose.details import answers

    wms = "J'ai mené la migration vers le WMS Manhattan sur un site de 42 000 m² sans un seul jour d'arrêt."
    assert answers(wms, ["le changement de logiciel prévu en 2028"])
    lettuce = "J'ai fait passer le rendement en laitue de 38 à 46 kg/m² par année en ajustant la recette nutritive."
    assert answers(lettuce, ["la productivité au mètre carré"])
    sensors = "I rolled out wireless Hanwell sensors across three stores and cut out-of-range RH alerts by 70%."
    assert answers(sensors, ["environmental monitoring in the stores"])
    tracker = "At Jones Engineering in 2024, I ran the commissioning tracker for 48 MW of IT load, handed over three weeks early."
    assert answers(tracker, ["the handover to commissioning"])
    assert answers(
        "Since 2024 I have chaired the IPM working group at Glasgow Museums.", ["pest control in the stores"]
    )


def test_a_proof_the_rules_do_not_tie_is_neither_claimed_nor_denied() -> None:
    from datetime import date, time

    from lastimpression.core.compose import compose
    from lastimpression.core.messages import Candidate, Occasion, Recipient
    from tests.core.compose.world import planned, with_main_contact

    candidate = Candidate("Léa Martin", "l@example.fr", "+33 6 00 00 00 00", "", "feminine",
                          ("J'ai réduit de 40 % la durée des traitements de nuit en parallélisant les pipelines.",))  # fmt: skip
    occasion = Occasion("Acme", "ingénieure données", "fr", "FR", date(2027, 3, 9), start_time=time(10))
    people = with_main_contact(
        [Recipient(1, "Paul Roy", "p@example.fr", "CTO", "monsieur", "vous", ("la culture d'équipe",))]
    )
    body = compose("thank_you", candidate, people[0], planned(occasion), panel=people).body
    assert "Plus largement" not in body and "Au-delà" not in body, body
    assert "je connais" not in body and "ce poste" in body, body
