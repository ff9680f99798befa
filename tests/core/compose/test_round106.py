"""Blind reviews 104–107, issue 15: « (poste de conducteur·rice) » for « conducteur·rice de travaux
TCE » (three C's, a driver); « …le quai d’expédition : 18 % de camions. » (a gain cut from its
comparative); a dock reorganised for throughput said after « la sécurité sur les quais » in a
follow-up (a topic's last word taken from where it happens); an A-check for "heavy check
turnaround times"; an A&P licence for "FAA audit readiness" (a regulator's acronym); a tenant's
portfolio for "portfolio management for institutional landlords"; « Mon parcours me serait
également utile » (useful to me)."""

from __future__ import annotations

from lastimpression.core.compose.composer import _role_noun
from lastimpression.core.compose.details import _figured, answers, field_of
from lastimpression.core.compose.relance import _closely


def test_a_note_never_cuts_a_role_to_a_head_that_names_another_job() -> None:
    assert _role_noun("conducteur·rice de travaux TCE") == ""
    assert _role_noun("contrôleur de gestion industriel") == ""


def test_a_gain_keeps_its_comparative() -> None:
    dock = (
        "Chez Katoen Natie à Anvers, j'ai réorganisé le quai d'expédition : 18 % de camions en plus chargés par jour."
    )
    assert _figured(dock, "fr").endswith("18 % de camions en plus chargés par jour")
    assert _figured("At Tesco I loaded 18% more trucks per day by re-slotting the dock.", "en").endswith(
        "18% more trucks per day"
    )


def test_a_topic_s_place_is_no_subject_a_follow_up_builds_on() -> None:
    dock = (
        "Chez Katoen Natie à Anvers, j'ai réorganisé le quai d'expédition : 18 % de camions en plus chargés par jour."
    )
    field = field_of("coordinateur planification transport (hub colis)", "bpost", [dock])
    assert not _closely(dock, "la sécurité sur les quais", field)


def test_another_check_or_a_licence_answers_no_check_nor_audit() -> None:
    a_check = "I cut average A-check turnaround from 14 to 10 hours on Horizon's Q400 fleet in Portland."
    assert not answers(a_check, ["heavy check turnaround times"])
    licence = "FAA A&P certified since 2016, with 6 years on Boeing 737 line maintenance."
    assert not answers(licence, ["FAA audit readiness"])
    assert answers("I prepared our hangar for two FAA audits with zero findings.", ["FAA audit readiness"])
    # A turnaround of documents is no aircraft's.
    assert not answers(
        "In 2023 I rolled out a turnaround coordination app used by 14 ground handlers.", ["RFI turnaround"]
    )
