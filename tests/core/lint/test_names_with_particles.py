"""LI003 and the suggested greeting with names that have particles ("Anne de La Tour", "Marc du
Pont"), elisions ("d'Arc", "O'Brien"), prefixes ("MacLeod", "al-Rashid") or hyphens: the
particle alone is a word of the language, the name is the person (issue 12, item 7)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lastimpression.core.lint.addressing import greeting_suggestion
from lastimpression.core.messages import Recipient
from tests.core.lint.conftest import Check
from tests.core.lint.world import CLAIRE, EN_THANK_YOU, FR_THANK_YOU, LYON, MONTREAL, SARAH, context_for

PANEL = ("Anne de La Tour", "Marc du Pont", "Seán O'Brien")
ANNE = Recipient(
    id=4,
    name="Anne de La Tour",
    email="anne.delatour@example.org",
    title="Responsable des données",
    salutation="madame",
    register="vous",
    topics=("la migration vers PostgreSQL",),
)


def _flagged(check: Check, sentence: str, recipient: Recipient = CLAIRE, others: tuple[str, ...] = PANEL) -> list[str]:
    """The texts LI003 flags once ``sentence`` is added to the French thank-you to ``recipient``."""
    body = FR_THANK_YOU.body.replace("Notre échange", f"{sentence}\n\nNotre échange")
    if recipient is not CLAIRE:
        body = body.replace("Madame Martin,", greeting_suggestion(recipient, "fr", "FR"))
    draft = replace(FR_THANK_YOU, body=body)
    findings = check(draft, context_for(draft, recipient, LYON, other_names=others))
    return [body[item.span[0] : item.span[1]] for item in findings if item.code == "LI003" and item.span]


def test_the_particles_of_a_panelists_name_are_not_a_mention_of_her(check: Check) -> None:
    sentence = (
        "La visite de la salle des serveurs, du quai et de la tour Eiffel au loin m’a plu. "
        "De plus, le tableau de bord d’équipe et la démarche du projet m’ont semblé solides. "
        "Le temps passé à la revue de code et au pont entre les équipes était utile, "
        "comme l’obligation de tout documenter."
    )
    assert _flagged(check, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Anne m’a présenté l’équipe.", ["Anne"]),
        ("J’ai apprécié la démonstration de Madame de La Tour.", ["de La Tour"]),
        ("La Tour m’a montré le tableau de bord.", ["La Tour"]),
        ("J’ai revu Anne de La Tour hier.", ["Anne de La Tour"]),
        ("J’ai revu ANNE DE LA TOUR hier.", ["ANNE DE LA TOUR"]),
        ("M. du Pont m’a parlé de la migration.", ["du Pont"]),
        ("J’ai revu Marc\ndu Pont pour la migration.", ["Marc\ndu Pont"]),
        ("Mme O’Brien m’a parlé du projet.", ["O’Brien"]),
        ("Seán m’a parlé du projet.", ["Seán"]),
    ],
)
def test_a_panelists_name_with_a_particle_in_another_message_is_an_error(
    check: Check, sentence: str, flagged: list[str]
) -> None:
    assert _flagged(check, sentence) == flagged


def test_greeting_another_panelist_with_a_particle_is_one_error(check: Check) -> None:
    draft = replace(FR_THANK_YOU, body=FR_THANK_YOU.body.replace("Madame Martin,", "Bonjour Madame de La Tour,"))
    findings = [
        item for item in check(draft, context_for(draft, CLAIRE, LYON, other_names=PANEL)) if item.code == "LI003"
    ]
    assert [draft.body[item.span[0] : item.span[1]] for item in findings if item.span] == ["de La Tour"]
    assert findings[0].message_fr.startswith("«\u00a0de La Tour\u00a0» désigne Anne de La Tour, pas Claire Martin")


def test_the_message_to_the_panelist_with_a_particle_lints_clean_of_names(check: Check) -> None:
    draft = replace(FR_THANK_YOU, body=FR_THANK_YOU.body.replace("Madame Martin,", "Bonjour Madame de La Tour,"))
    context = context_for(draft, ANNE, LYON, other_names=("Claire Martin", "Marc du Pont", "Marc de La Tour"))
    assert [item for item in check(draft, context) if item.code in ("LI002", "LI003")] == []
    # Her namesake's given name is still someone else.
    assert _flagged(check, "Hier, Marc m’a montré le tableau de bord.", ANNE, ("Claire Martin", "Marc de La Tour")) == [
        "Marc"
    ]


@pytest.mark.parametrize(
    ("other", "sentence", "flagged"),
    [
        ("Jeanne d'Arc", "D’abord, j’ai revu la note de Mme d’Arc.", ["d’Arc"]),
        ("Fiona MacLeod", "Le projet de Fiona MacLeod m’a plu, comme le Mac de l’équipe.", ["Fiona MacLeod"]),
        ("Omar al-Rashid", "J’ai revu la note de M. al-Rashid.", ["al-Rashid"]),
        ("Jean-Pierre Lenoir", "Hier, Jean-Pierre m’a parlé du projet, Pierre aussi.", ["Jean-Pierre"]),
        ("Dupont", "J’ai revu M. Dupont près du pont.", ["Dupont"]),
        ("Hélène Dubois", "J’ai revu Hélène hier.", ["Hélène"]),
    ],
)
def test_elided_prefixed_hyphenated_accented_and_lone_names_are_whole_words(
    check: Check, other: str, sentence: str, flagged: list[str]
) -> None:
    assert _flagged(check, sentence, others=(other,)) == flagged


def test_a_given_name_shared_with_the_recipient_inside_a_hyphenated_one_is_not_hers(check: Check) -> None:
    pierre = replace(CLAIRE, name="Pierre Martin", salutation="monsieur")
    assert _flagged(check, "Hier, Jean-Pierre m’a parlé du projet.", pierre, ("Jean-Pierre Lenoir",)) == ["Jean-Pierre"]


def test_english_particles_are_not_a_mention_either(check: Check) -> None:
    others = ("Ludwig van der Berg", "Ana dos Santos", "Mohamed bin Salem")
    body = EN_THANK_YOU.body.replace("clear account", "clear account, from the van to the der and dos,")
    draft = replace(EN_THANK_YOU, body=body)
    assert [
        item for item in check(draft, context_for(draft, SARAH, MONTREAL, other_names=others)) if item.code == "LI003"
    ] == []
    mentioned = replace(draft, body=body.replace("clear account", "clear account (and Mr van der Berg's)"))
    findings = check(mentioned, context_for(mentioned, SARAH, MONTREAL, other_names=others))
    assert [mentioned.body[f.span[0] : f.span[1]] for f in findings if f.code == "LI003" and f.span] == ["van der Berg"]


@pytest.mark.parametrize(
    ("name", "salutation", "register", "language", "expected"),
    [
        ("Anne de La Tour", "madame", "vous", "fr", "Madame de La Tour,"),
        ("Anne de La Tour", "madame", "vous", "en", "Dear Ms de La Tour,"),
        ("Anne de La Tour", "madame", "vous", "fr-CA", "Madame,"),
        ("Anne de La Tour", "none", "vous", "fr", "Bonjour Anne de La Tour,"),
        ("Anne de La Tour", "madame", "tu", "fr", "Bonjour Anne,"),
        ("Marc du Pont", "monsieur", "vous", "fr", "Monsieur du Pont,"),
        ("Marc du Pont", "monsieur", "vous", "en", "Dear Mr du Pont,"),
        ("Marie-Hélène Éloïse de La Tour", "madame", "vous", "fr", "Madame de La Tour,"),
        ("Jeanne Marie d'Arc", "madame", "vous", "fr", "Madame d'Arc,"),
        ("Ludwig van der Berg", "monsieur", "vous", "en", "Dear Mr van der Berg,"),
        ("Seán O'Brien", "monsieur", "vous", "en", "Dear Mr O'Brien,"),
        ("Jean-Pierre Dupont", "monsieur", "tu", "en", "Hi Jean-Pierre,"),
        ("Dupont", "monsieur", "vous", "fr", "Monsieur Dupont,"),
    ],
)
def test_the_suggested_greeting_keeps_the_surnames_particle(
    name: str, salutation: str, register: str, language: str, expected: str
) -> None:
    recipient = replace(CLAIRE, name=name, salutation=salutation, register=register)
    language, _, country = language.partition("-")
    assert greeting_suggestion(recipient, language, country) == expected
