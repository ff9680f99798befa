"""LI001: placeholders left in a message."""

from __future__ import annotations

import pytest

from lastimpression.core.lint.placeholders import check_placeholders
from lastimpression.core.lint.text import MessageText
from lastimpression.core.messages import Draft, LintContext
from tests.core.lint.conftest import Check
from tests.core.lint.pairs import Pair, params, run_pair

PAIRS = [
    Pair("bracketed name", "fr_thank_you", "LI001", "error", (("Madame Martin,", "Madame [Nom],"),), flagged="[Nom]"),
    Pair("jinja field", "fr_thank_you", "LI001", "error", (("chez Lumière", "chez {{ entreprise }}"),), flagged="{{ entreprise }}"),
    Pair("XXX for a date", "fr_thank_you", "LI001", "error", (("le mardi 30 mars.", "le XXX."),), flagged="XXX"),
    Pair("angle-bracket name", "en_thank_you", "LI001", "error", (("Dear Ms Thompson,", "Dear <name>,"),), flagged="<name>"),
    Pair("TODO", "en_thank_you", "LI001", "error", (("Best regards,", "TODO: closing"),), flagged="TODO"),
    Pair("lone (e)", "fr_thank_you", "LI001", "error", (("m’avoir reçue hier", "m’avoir reçu(e) hier"),), flagged="(e)"),
    Pair("midpoint", "fr_thank_you", "LI001", "error", (("je serais heureuse", "je serais ravi·e"),), flagged="·e"),
    Pair("single-brace field in the subject", "fr_thank_you", "LI001", "error", (("Ingénieure data", "{poste}"),), part="subject"),
    Pair("bracketed first name in a LinkedIn note", "fr_linkedin", "LI001", "error", (("Bonjour Julien", "Bonjour [Prénom]"),)),
]  # fmt: skip


@pytest.mark.parametrize("pair", params(PAIRS))
def test_placeholder_left_in_the_text_is_an_error(check: Check, pair: Pair) -> None:
    run_pair(check, pair)


@pytest.mark.parametrize(
    "text",
    [
        "Voir la référence [1] de mon mémoire.",
        "Mon portfolio : [mes projets](https://example.org/projets).",
        "Camille Durand <camille.durand@example.org>",
        "Le musée d’art du XXe siècle.",
        "Une réunion (en visio) avec l’équipe.",
        "Le profil <https://example.org/camille> est à jour.",
        "Mes toutes premières lignes de code.",
        "Xavier a relu ce texte.",
    ],
)
def test_text_that_only_looks_like_a_placeholder_is_not_one(text: str) -> None:
    message = MessageText(Draft("linkedin", "fr", "", text), LintContext("linkedin", "fr"), "fr")
    assert list(check_placeholders(message)) == []


def test_each_placeholder_is_reported_once_with_its_own_span() -> None:
    body = "Madame [Nom],\nMerci pour l’entretien du XX/XX au poste de {{ poste }}. TODO"
    message = MessageText(Draft("thank_you", "fr", "Merci – {poste}", body), LintContext("thank_you", "fr"), "fr")
    findings = list(check_placeholders(message))
    assert [body[f.span[0] : f.span[1]] for f in findings if f.span] == ["[Nom]", "XX", "XX", "{{ poste }}", "TODO"]
    subject = [f for f in findings if f.span is None]
    assert len(subject) == 1 and subject[0].message.startswith("In the subject:") and "{poste}" in subject[0].message


def test_a_placeholder_message_quotes_it_in_both_languages() -> None:
    draft = Draft("thank_you", "fr", "Objet", "Madame [Nom],")
    finding = next(check_placeholders(MessageText(draft, LintContext("thank_you", "fr"), "fr")))
    assert "“[Nom]”" in finding.message
    assert "«\u00a0[Nom]\u00a0»" in finding.message_fr
