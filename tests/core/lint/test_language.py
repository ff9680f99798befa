"""LI017 and language detection by stop words."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lastimpression.core.lint import detect_language, message_language
from lastimpression.core.messages import Draft, LintContext
from tests.core.lint.conftest import Check
from tests.core.lint.pairs import Pair, params, run_pair
from tests.core.lint.world import FR_THANK_YOU, LYON, MODELS, SARAH, context_for

PAIRS = [
    Pair("a French thank-you marked English", "fr_thank_you", "LI017", "error", draft={"language": "en"}),
    Pair("an English follow-up marked French", "en_follow_up", "LI017", "error", draft={"language": "fr"}),
    Pair("a French LinkedIn note marked English", "fr_linkedin", "LI017", "error", draft={"language": "en"}),
    Pair("an English paragraph pasted into a French note", "fr_linkedin", "LI017", "error", (
        ("Bonjour Julien, merci encore pour notre échange de jeudi sur les tests de bout en bout. "
         "Je serais ravie de rester en contact ici.",
         "Hi Julien, thank you again for our talk about the end-to-end tests; I would be glad to stay in touch "
         "with you and your team."),
    )),
]  # fmt: skip


@pytest.mark.parametrize("pair", params(PAIRS))
def test_a_text_in_the_other_language_is_an_error(check: Check, pair: Pair) -> None:
    run_pair(check, pair)


@pytest.mark.parametrize("name", sorted(MODELS))
def test_every_model_is_detected_in_its_language(name: str) -> None:
    draft = MODELS[name][0]
    assert detect_language(f"{draft.subject}\n{draft.body}") == draft.language


@pytest.mark.parametrize("text", ["", "Merci !", "👍👍👍", "שלום עליכם", "Claire Martin, PostgreSQL, 2027-03-30", "OK"])
def test_too_little_evidence_detects_nothing(text: str) -> None:
    assert detect_language(text) == ""
    assert detect_language(text, default="fr") == "fr"


def test_a_french_message_quoting_english_titles_stays_french(check: Check) -> None:
    quote = "Je vous joins le lien vers « The Twelve-Factor App » et « Designing Data-Intensive Applications »."
    draft = replace(
        FR_THANK_YOU, body=FR_THANK_YOU.body.replace("Bien cordialement,", quote + "\n\nBien cordialement,")
    )
    assert [f for f in check(draft, context_for(draft, *MODELS["fr_thank_you"][1:])) if f.code == "LI017"] == []


def test_the_message_language_is_the_drafts_then_the_contexts_then_the_detected_one() -> None:
    english_text = Draft(
        "thank_you", "", "Thank you", "Thank you for the interview, it was a pleasure to meet you and the team."
    )
    assert message_language(english_text, LintContext("thank_you", "")) == "en"
    assert message_language(english_text, LintContext("thank_you", "fr")) == "fr"
    assert message_language(replace(english_text, language="fr"), LintContext("thank_you", "en")) == "fr"
    assert message_language(replace(english_text, body="👍"), LintContext("thank_you", "")) == "fr"


def test_lint_detects_the_language_when_none_is_given(check: Check) -> None:
    draft, _, occasion = MODELS["en_thank_you"]
    findings = check(replace(draft, language=""), context_for(draft, SARAH, occasion, language=""))
    assert [f.code for f in findings if f.severity != "info"] == []
    french = check(replace(FR_THANK_YOU, language=""), LintContext("thank_you", "", occasion=LYON))
    assert "LI017" not in {f.code for f in french}
