"""lint() never raises because of the text: emoji, right-to-left scripts, CR/LF, long strings."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lastimpression.core.lint import EnchantDictionaries, lint
from lastimpression.core.messages import KINDS, Draft, LintContext
from tests.core.lint.world import CAMILLE, CLAIRE, FR_THANK_YOU, LYON, SARAH

FRAGMENTS = [
    "Madame Martin,\n", "Dear Ms Thompson,\r\n", "Je vous remercie ", "tu ", "vous ", "le mardi 30 mars ",
    "le 31 avril ", "on Tuesday, March 30 ", "29 février ", "{{ poste }}", "[Nom]", "<name>", "XXX", "(e)",
    "!!", "ASAP ", "Cdt", "Bien cordialement,\n", "Best regards,\n", "https://example.org/x ", "a@b.co ",
    "l’entretien ", "aujourd'hui ", "peut-être ", "Julien Moreau ", "MOREAU ", "recontacter ", "follow up ",
    "😀", "🇫🇷", "שלום ", "مرحبا ", "\u202e", "\u200b", "\r", "\n\n", "\u202f;", "é\u0301", "\x00", "\ud7ff",
    "'", "’", "-", "---", "''", "-'-", "1er", "12/13/2027 ", "2027-02-30 ", "10 mars 99999 ",
]  # fmt: skip
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=60).map("".join),
)
contexts = st.builds(
    LintContext,
    kind=st.sampled_from(KINDS),
    language=st.sampled_from(["fr", "en", ""]),
    recipient=st.sampled_from([None, CLAIRE, SARAH]),
    candidate=st.sampled_from([None, CAMILLE]),
    occasion=st.sampled_from([None, LYON]),
    other_names=st.lists(
        st.one_of(st.sampled_from(["Julien Moreau", "", " ", "X", "Ö-ü"]), st.text(max_size=20)), max_size=3
    ).map(tuple),
    siblings=st.lists(
        st.builds(Draft, st.sampled_from(KINDS), st.just("fr"), st.text(max_size=20), texts), max_size=3
    ).map(tuple),
    linkedin_limit=st.sampled_from([-1, 0, 200, 300]),
    user_words=st.frozensets(st.text(max_size=10), max_size=3),
)

_DICTIONARIES = EnchantDictionaries()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kind=st.sampled_from(KINDS),
    language=st.sampled_from(["fr", "en", "", "de"]),
    subject=texts,
    body=texts,
    context=contexts,
)
def test_lint_never_raises_on_arbitrary_text(
    kind: str, language: str, subject: str, body: str, context: LintContext
) -> None:
    findings = lint(Draft(kind, language, subject, body), context, dictionaries=_DICTIONARIES)
    for item in findings:
        assert item.severity in ("error", "warning", "info")
        assert item.span is None or 0 <= item.span[0] <= item.span[1] <= len(body)
        item.as_json()


@settings(max_examples=10, deadline=None)
@given(
    character=st.sampled_from(["😀", "ש", "\r\n", "é", "A", " ", "!", "'", "-"]), fill=st.text(min_size=1, max_size=3)
)
def test_lint_handles_5000_character_texts(character: str, fill: str) -> None:
    body = (character * 2500 + fill * 2500)[:5000]
    lint(
        Draft("thank_you", "fr", body, body),
        LintContext("thank_you", "fr", CLAIRE, CAMILLE, LYON),
        dictionaries=_DICTIONARIES,
    )


def test_a_long_realistic_message_with_many_mistakes_is_linted() -> None:
    body = FR_THANK_YOU.body.replace("remercie", "remerçie") * 30
    findings = lint(
        FR_THANK_YOU.__class__("thank_you", "fr", "", body), LintContext("thank_you", "fr"), dictionaries=_DICTIONARIES
    )
    assert len([f for f in findings if f.code == "LI009"]) == 30


def test_lone_surrogates_and_nul_characters_do_not_break_the_linter() -> None:
    body = "Madame Martin,\nMerci pour l\udce9change caf\udce9 \ud800 ok.\n0\x00 Bien cordialement,"
    lint(
        Draft("thank_you", "fr", "Objet \udce9", body),
        LintContext("thank_you", "fr", CLAIRE),
        dictionaries=_DICTIONARIES,
    )


@pytest.mark.parametrize(
    "run",
    ["!", "?", ".", "…", "a.", "ab-", "é-", "x@", "{{", "[", "<a ", "1/", "prend", "Julien ", "😀", "ש", "\r\n", "(e)"],
)
def test_a_5000_character_run_of_one_pattern_is_linted(run: str) -> None:
    """Runs that would make a careless regex backtrack quadratically (see the look-behinds and
    possessive quantifiers in the rule modules)."""
    body = (run * (5000 // len(run) + 1))[:5000]
    for kind in KINDS:
        context = LintContext(kind, "fr", CLAIRE, CAMILLE, LYON, other_names=("Julien Moreau",))
        lint(Draft(kind, "fr", body, body), context, dictionaries=_DICTIONARIES)
