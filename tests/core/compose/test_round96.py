"""Blind reviews 96–97, issue 15: « 2,5 hectares de culture hydroponique » offered for « la culture
d’entreprise » (three C's); NIV tutoring for « la surveillance des patients après angioplastie
coronaire » (two C's); CV lines pasted ("NEBOSH-certified trainer, ran…", "At Six-month secondment
to…"); "…for a 120 MW solar." cut from "solar and battery portfolio"."""

from __future__ import annotations

from lastimpression.core.compose.cvline import first_person
from lastimpression.core.compose.details import _figured, answers


def test_a_company_s_culture_is_no_crop() -> None:
    topic = "la culture d'entreprise et les valeurs de Lufa"
    assert not answers("Aux Serres Demers, j'ai géré 2,5 hectares de culture hydroponique avec 9 personnes.", [topic])
    assert answers("J'ai animé un séminaire sur la culture d'entreprise pour 80 salariés.", [topic])


def test_patients_qualified_otherwise_are_other_patients() -> None:
    topic = "la surveillance des patients après angioplastie coronaire"
    niv = "J'ai tutoré neuf infirmières sur la surveillance des patients sous ventilation non invasive."
    assert not answers(niv, [topic])
    assert answers("Au CHRU de Nancy, j'ai assuré la surveillance de 20 patients par nuit après angioplastie.", [topic])


def test_cv_lines_with_a_role_first_or_a_stint() -> None:
    assert first_person("Aberdeen, 2021-2024: NEBOSH-certified trainer, ran GWO refreshers for 600 people.", "en") == (
        "In Aberdeen, from 2021 to 2024, as a NEBOSH-certified trainer, I ran GWO refreshers for 600 people."
    )
    assert first_person("Six-month secondment to ScottishPower Renewables: I supported the Section 36 bid.", "en") == (
        "During a six-month secondment to ScottishPower Renewables, I supported the Section 36 bid."
    )


def test_a_count_keeps_a_coordinated_noun_before_where() -> None:
    lease = "At Shepherd and Wedderburn I drafted 14 lease and option agreements for a 120 MW solar and battery portfolio in Fife."
    assert _figured(lease, "en").endswith("for a 120 MW solar and battery portfolio")
