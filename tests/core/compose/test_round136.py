"""Blind reviews 136–137, issue 15 (20 C's in 94 messages): notes pasted as clauses ("bonded
warehouse in Broxburn nearly full", "AMOS migration still half done", "walked me through the
freezer", "the two more ATRs", « temps d'attente > 6h », « beaucoup d'arrêts maladie… »); CV lines
pasted without a word they need (« faisant fonction de cadre 18 mois », "three years HSE
coordinator", « estimation et le suivi de chantier », "mispicks down 41% after re-slotting
project", « 45 intervenant » from « 45 intervenant·es », "Planned A-checks…" after a colon, ", 2025"
at a line's end, "AMOS super-user, wrote…", "reports went from ~3/month" after a comma); a
reference that cut its noun ("the near-miss I led"); a nurse's job tied to a topic about nurses'
turnover; "SAP APO / IBP, advanced Excel" as what the candidate could bring; "that experience"
for qualifications; "the role" twice in two sentences."""

from __future__ import annotations

from datetime import date, time

import pytest

from lastimpression.core.compose import compose
from lastimpression.core.compose.cvline import first_person
from lastimpression.core.compose.details import answers, as_sentence, names_only, reference
from lastimpression.core.compose.jottings import tidy
from lastimpression.core.compose.phrasing import topic_phrase
from lastimpression.core.compose.spelling import house_style
from lastimpression.core.grammar import agreed_role, inclusive
from lastimpression.core.messages import Candidate, Occasion, Recipient


@pytest.mark.parametrize(
    ("topic", "language", "said"),
    [
        ("bonded warehouse in Broxburn nearly full", "en", "the bonded warehouse in Broxburn"),
        ("AMOS migration still half done", "en", "the AMOS migration"),
        ("near-miss reporting basically dead since last year", "en", "near-miss reporting"),
        ("walked me through the freezer - -10F, PPE", "en", "the freezer"),
        ("export to US", "en", "the export to the US"),
        ("two more ATRs arriving next summer", "en", "the two additional ATRs arriving next summer"),
        ("2 new Bühler cells", "en", "the 2 new Bühler cells"),
        ("migration SAP presque terminée", "fr", "la migration SAP"),
        ("le logiciel toujours pas déployé", "fr", "le logiciel"),
        ("m'a fait visiter l'atelier", "fr", "l'atelier"),
        ("temps d'attente > 6h le week-end", "fr", "le temps d'attente de plus de 6h le week-end"),
        ("beaucoup d'arrêts maladie chez les aides à domicile", "fr", "les arrêts maladie chez les aides à domicile"),
        # A figure after the adverb is the subject's size, never a remark.
        ("nearly 200 new hires", "en", "nearly 200 new hires"),
    ],
)
def test_a_jotted_remark_is_left_out_of_its_subject(topic: str, language: str, said: str) -> None:
    assert topic_phrase(tidy(topic, language), language) == said


def _said(point: str, language: str, country: str, agreement: str = "feminine") -> str:
    """A proof point as the composer says it (``compose``: agreement, first person, house style)."""
    agreed = agreed_role(point, agreement)
    return as_sentence(house_style(first_person(agreed, language), language, country))


@pytest.mark.parametrize(
    ("point", "language", "country", "said"),
    [
        (
            "3 yrs HSE coordinator at an onshore wind portfolio of 140 turbines across Aberdeenshire, zero LTIs in 2025",
            "en",
            "GB",
            "Three years as an HSE coordinator at an onshore wind portfolio of 140 turbines across Aberdeenshire, "
            "with zero LTIs in 2025.",
        ),
        (
            "6 yrs wind tech (GE 1.5/2.x), Sweetwater TX",
            "en",
            "US",
            "Six years as a wind tech (GE 1.5/2.x) in Sweetwater, TX.",
        ),
        (
            "mispicks down 41% after re-slotting project in Manhattan Associates WMS, 2025",
            "en",
            "US",
            "I brought mispicks down by 41% through a re-slotting project in Manhattan Associates WMS in 2025.",
        ),
        (
            "Led a near-miss reporting push in 2025, reports went from ~3/month to 25/month across 2 sites",
            "en",
            "US",
            "I led a near-miss reporting push in 2025, and reports went from about 3 a month to 25 a month across two "
            "sites.",
        ),
        (
            "Rolled out a near-miss reporting app, reports went from ~15 to 90+ a quarter",
            "en",
            "GB",
            "I rolled out a near-miss reporting app, and reports went from about 15 to more than 90 a quarter.",
        ),
        (
            "Planned A-checks and C-checks for a fleet of 11 ATR 72-600 at Shannon, 2022-2027",
            "en",
            "IE",
            "I planned A-checks and C-checks for a fleet of 11 ATR 72-600 at Shannon from 2022 to 2027.",
        ),
        (
            "AMOS super-user, wrote the team's work package templates",
            "en",
            "IE",
            "As an AMOS super-user, I wrote the team's work package templates.",
        ),
        (
            "Led 2nd shift of 38 associates at a 220k sq ft grocery DC in San Antonio",
            "en",
            "US",
            "I led the 2nd shift of 38 associates at a 220k sq ft grocery DC in San Antonio.",
        ),
        (
            "faisant fonction de cadre 18 mois (planning, absentéisme passé de 11 % à 7 %)",
            "fr",
            "FR",
            "J’ai été faisant fonction de cadre pendant 18 mois (planning, absentéisme passé de 11 % à 7 %).",
        ),
        (
            "6 ans chez une firme d'architectes à Québec, estimation et suivi de chantier",
            "fr",
            "CA",
            "J’ai passé six ans chez une firme d'architectes à Québec (estimation et suivi de chantier).",
        ),
        (
            "5 ans responsable de secteur dans un SAAD à Saint-Pierre, 45 intervenant·es et environ 220 bénéficiaires",
            "fr",
            "FR",
            "J’ai été responsable de secteur pendant cinq ans dans un SAAD à Saint-Pierre (45 intervenants et environ "
            "220 bénéficiaires).",
        ),
        (
            "animation d'un groupe de parole pour parents, 2025",
            "fr",
            "FR",
            "J’ai animé un groupe de parole pour parents en 2025.",
        ),
    ],
)
def test_a_cv_line_is_said_as_a_whole_sentence(point: str, language: str, country: str, said: str) -> None:
    assert _said(point, language, country) == said


def test_a_plural_inclusive_form_names_others_in_the_usual_plural() -> None:
    for agreement in ("feminine", "masculine", "neutral"):
        said = agreed_role("45 intervenant·es et 12 salarié·e·s", agreement)
        assert said == "45 intervenants et 12 salariés"
        assert not inclusive(said)
    # The candidate's own title still takes their gender.
    assert agreed_role("chef·fe d’équipe", "feminine") == "cheffe d’équipe"


def test_a_second_message_points_back_to_the_whole_noun_a_gerund_modifies() -> None:
    sentence = "I led a near-miss reporting push in 2025, and reports went from about 3 a month to 25 a month."
    assert reference(sentence, "en")[0] == "the near-miss reporting push I led"
    # A participle clause after the noun is still cut off.
    assert reference("I built the vegetation analytics program covering 9,000 miles.", "en")[0] == (
        "the vegetation analytics program I built"
    )


def test_naming_the_same_people_ties_no_proof_to_a_topic() -> None:
    assert not answers("IDE urgences CHRU Nancy 2015-2024, référente tri IOA.", ["le turn-over des IDE"])
    assert answers("J’ai réduit le turn-over des IDE de 38 % à 21 %.", ["le turn-over des IDE"])
    assert not answers("I managed 40 drivers.", ["drivers hours"])


def test_a_list_of_tools_with_their_level_is_no_proof() -> None:
    assert names_only("SAP APO / IBP, advanced Excel.")
    assert names_only("Excel avancé, Power BI.")
    assert not names_only("I cut stock-outs by 30% with SAP APO.")


CONTACT = Recipient(1, "Priya Natarajan", "p@example.org", "Regional HSE Manager", "madame", "vous",
                    ("TRIR target below 0.8", "contractor orientation for blade repair crews"), main_contact=True)  # fmt: skip
WIND = Occasion("Red Mesa Wind Energy LLC", "Site Safety Coordinator", "en", "US", date(2027, 10, 12),
                subdivision="TX", promise_date=date(2027, 10, 26), start_time=time(13), sent_on=date(2027, 10, 12))  # fmt: skip


@pytest.mark.parametrize("variant", range(1, 5))
def test_qualifications_are_never_called_experience(variant: int) -> None:
    jordan = Candidate("Jordan Reyes", "j@example.org", "", "", "neutral", ("OSHA 30, GWO BST + BTT, NFPA 70E",))
    body = compose("thank_you", jordan, CONTACT, WIND, panel=[CONTACT], variant=variant).body
    assert "OSHA 30" in body, body
    assert "that experience" not in body and "hands-on experience" not in body, body


def test_the_role_is_not_named_twice_in_a_row() -> None:
    tanya = Recipient(1, "Tanya Whitfield", "t@example.org", "General Manager", "madame", "vous",
                      ("overtime costs", "new -10°F freezer expansion opening in July"), main_contact=True)  # fmt: skip
    marcus = Candidate("Marcus Delgado", "m@example.org", "", "", "masculine",
                       ("rolled out Manhattan WMS RF scanning on the freezer side",))  # fmt: skip
    for variant in range(1, 5):
        body = compose("thank_you", marcus, tanya, WIND, panel=[tanya], variant=variant).body
        assert "picture of the role. I could also put my own experience to work in the role" not in body, body
        follow = compose("follow_up", marcus, tanya, WIND, panel=[tanya], variant=variant).body
        assert follow.count(" position") + follow.count(" role") <= 2, follow


BENALI = Recipient(1, "Dr Nadia Benali", "n@example.org", "Cheffe de service des Urgences", "madame", "vous",
                   ("projet d'UHCD à 12 lits",), main_contact=True)  # fmt: skip
WEBER = Recipient(2, "Dr Marc Weber", "m@example.org", "Chef de pôle", "monsieur", "vous",
                  ("la fusion des plannings",), main_contact=False)  # fmt: skip
KIEFFER = Candidate("Sandrine Kieffer", "s@example.org", "06 71 42 18 93", "", "feminine",
                    ("J’ai réduit le turn-over à un an des IDE de 38 % à 21 % grâce à un tutorat.",))  # fmt: skip


@pytest.mark.parametrize(("country", "subdivision", "hello", "named"), [
    ("FR", "57", "Bonjour Docteur,", "la Dre Benali"),
    ("CA", "QC", "Docteure,", "la Dre Benali"),
])  # fmt: skip
def test_a_physician_is_greeted_and_named_as_one(country: str, subdivision: str, hello: str, named: str) -> None:
    from lastimpression.core.lint import lint
    from tests.core.compose.test_world import lint_context

    hospital = Occasion("CHR Metz-Thionville", "Cadre de santé", "fr", country, date(2027, 2, 16),
                        subdivision=subdivision, promise_date=date(2027, 3, 9), start_time=time(14),
                        sent_on=date(2027, 2, 16))  # fmt: skip
    people = [BENALI, WEBER]
    thanks = compose("thank_you", KIEFFER, BENALI, hospital, panel=people)
    assert thanks.body.startswith(hello), thanks.body
    assert "Madame Benali" not in thanks.body
    to_weber = compose("thank_you", KIEFFER, WEBER, hospital, panel=people).body
    assert named in to_weber or "Dre" not in to_weber, to_weber
    assert "Mme Benali" not in to_weber, to_weber
    for kind, person in (("thank_you", BENALI), ("thank_you", WEBER), ("linkedin", BENALI), ("follow_up", BENALI)):
        draft = compose(kind, KIEFFER, person, hospital, panel=people)
        findings = [
            f for f in lint(draft, lint_context(kind, KIEFFER, person, people, hospital)) if f.severity != "info"
        ]
        assert not findings, (kind, [(f.code, f.message) for f in findings], draft.body)
