"""LI009: spelling with the Hunspell dictionaries (required: see conftest), and the degraded
path without them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lastimpression.core.lint import EnchantDictionaries, SpellingUnavailable, WordChecker, lint
from lastimpression.core.lint.spelling import near_words
from lastimpression.phrases import tr
from tests.core.lint.conftest import Check
from tests.core.lint.pairs import Pair, params, run_pair
from tests.core.lint.world import (
    CLAIRE,
    EN_THANK_YOU,
    FR_LINKEDIN,
    FR_THANK_YOU,
    JULIEN,
    LYON,
    MONTREAL,
    SARAH,
    context_for,
)

PAIRS = [
    Pair("a French typo", "fr_thank_you", "LI009", "warning", (("Je vous remercie", "Je vous remerçie"),), flagged="remerçie"),
    Pair("an English typo", "en_thank_you", "LI009", "warning", (("I appreciated", "I apreciated"),), flagged="apreciated"),
    Pair("a typo in the subject", "fr_thank_you", "LI009", "warning", (("entretien", "entretein"),), part="subject"),
    Pair("a typo in a LinkedIn note", "en_linkedin", "LI009", "warning", (("conversation", "convresation"),),
         flagged="convresation"),
    Pair("a typo after an elision", "fr_thank_you", "LI009", "warning", (("d’ingénieure", "d’ingénieurre"),),
         flagged="ingénieurre"),
    Pair("a typo in a hyphenated word", "fr_linkedin", "LI009", "warning", (("Je serais", "Peut-étre serais-je"),),
         flagged="étre"),
    Pair("a name the context does not know", "fr_thank_you", "LI009", "warning",
         (("sans interruption de service", "avec Kubernetes et Qontrolix"),), flagged="Qontrolix"),
]  # fmt: skip


@pytest.mark.parametrize("pair", params(PAIRS))
def test_a_misspelled_word_is_a_warning(check: Check, pair: Pair) -> None:
    run_pair(check, pair)


def _spelling(check: Check, body: str, **context: object) -> list[str]:
    draft = replace(FR_THANK_YOU, body=FR_THANK_YOU.body.replace("sans interruption de service", body))
    return [
        draft.body[f.span[0] : f.span[1]]
        for f in check(draft, context_for(draft, CLAIRE, LYON, **context))
        if f.code == "LI009" and f.span
    ]


def test_the_words_of_the_context_are_known(check: Check) -> None:
    xelia = replace(
        CLAIRE, name="Xélia Krzyzanowska", title="Responsable Qontrolix", topics=("les opérateurs Kubernetes",)
    )
    draft = replace(
        FR_THANK_YOU,
        body=FR_THANK_YOU.body.replace("Madame Martin", "Madame Krzyzanowska").replace(
            "sans interruption de service", "avec Kubernetes, chez Zorglubix, pour Xélia et la Qontrolix"
        ),
    )
    context = context_for(draft, xelia, replace(LYON, company="Zorglubix"), other_names=())
    assert [f for f in check(draft, context) if f.code == "LI009"] == []
    assert [f.code for f in check(draft, replace(context, recipient=CLAIRE, occasion=LYON)) if f.code == "LI009"]


def test_the_users_own_words_are_known_whatever_their_case(check: Check) -> None:
    assert _spelling(check, "avec Zorglubix et zorglubix") == ["Zorglubix", "zorglubix"]
    assert _spelling(check, "avec Zorglubix et zorglubix", user_words=frozenset({"zorglubix"})) == []


def test_urls_addresses_digits_and_inner_capitals_are_not_checked(check: Check) -> None:
    text = (
        "voir https://github.com/camille/entrepotxyzq, www.xyzqw.fr/docs, camille.xyzq@example.org, "
        "qontrolix.io, le ticket ABC-123, 3e étage, 24h, PostgreSQL, iOS, DRH, OKRs"
    )
    assert _spelling(check, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "l’entretien, l'entretien, aujourd’hui, aujourd'hui, qu’il, jusqu’à",
        "peut-être, rendez-vous, c’est-à-dire, vis-à-vis, a-t-il",
        "Bonjour, Madame, Merci, À bientôt",
    ],
)
def test_french_elisions_hyphens_and_capitals_are_read_right(check: Check, text: str) -> None:
    assert _spelling(check, text) == []


def test_only_the_misspelled_part_of_an_elided_word_is_flagged(check: Check) -> None:
    assert _spelling(check, "l’entretein et l'entretein") == ["entretein", "entretein"]


@pytest.mark.parametrize("text", ["colour and color", "organise, organize", "a follow-up e-mail", "don’t, I'm, it's"])
def test_english_accepts_british_and_american_spelling(check: Check, text: str) -> None:
    draft = replace(EN_THANK_YOU, body=EN_THANK_YOU.body.replace("clear account", f"clear account ({text})"))
    assert [f for f in check(draft, context_for(draft, SARAH, MONTREAL)) if f.code == "LI009"] == []


def test_a_misspelling_comes_with_suggestions() -> None:
    draft = replace(EN_THANK_YOU, body=EN_THANK_YOU.body.replace("I appreciated", "I apreciated"))
    (finding,) = [
        f
        for f in lint(draft, context_for(draft, SARAH, MONTREAL), dictionaries=EnchantDictionaries())
        if f.code == "LI009"
    ]
    assert finding.message.startswith("Possible misspelling: “apreciated” (did you mean “appreciated”")
    assert "«\u00a0appreciated\u00a0»" in finding.message_fr


@pytest.mark.parametrize(
    ("language", "typo", "first"),
    [
        ("fr", "passioné", "passionné"),  # a letter not doubled
        ("fr", "intéresée", "intéressée"),
        ("fr", "Madamme", "Madame"),  # doubled, capital kept
        ("fr", "entretein", "entretien"),  # two letters swapped
        ("fr", "recevoire", "recevoir"),  # one too many
        ("fr", "remerciments", "remerciements"),  # one missing
        ("en", "recieve", "receive"),
        ("en", "definately", "definitely"),  # one changed
        ("fr", "sincérment", "sincèrement"),  # two slips: Hunspell's own search
    ],
)
def test_the_suggestion_is_the_word_the_slip_came_from(language: str, typo: str, first: str) -> None:
    checker = EnchantDictionaries().checker(language)
    assert not checker.check(typo)
    suggestions = checker.suggest(typo)
    assert suggestions[0] == first
    assert all(checker.check(word) for word in suggestions)


def test_the_words_one_slip_away_are_tried_likeliest_first_and_stop_at_the_first_kind_that_gives_one() -> None:
    words = {"passion", "passionné", "passions", "pression"}
    tried: list[str] = []

    def check(word: str) -> bool:
        tried.append(word)
        return word in words

    assert near_words("passioné", check) == ["passionné", "passion"]  # doubled, then dropped
    assert "passions" not in tried  # a changed letter is a rarer slip: not tried
    assert near_words("xqzw", lambda word: False) == []
    assert near_words("a" * 31, check) == []  # too long to try: Hunspell's own search


class _Missing:
    """A provider for a machine without the dictionaries."""

    def checker(self, language: str) -> WordChecker:
        raise SpellingUnavailable(tr("pyenchant is not installed"))


def test_without_dictionaries_one_info_finding_says_how_to_install_them() -> None:
    draft = replace(FR_THANK_YOU, body=FR_THANK_YOU.body.replace("heureuse", "heureusse"))
    findings = lint(draft, context_for(draft, CLAIRE, LYON), dictionaries=_Missing())
    spelling = [f for f in findings if f.code == "LI009"]
    assert len(spelling) == 1
    (finding,) = spelling
    assert finding.severity == "info" and finding.span is None
    assert "not checked" in finding.message and "pyenchant is not installed" in finding.message
    assert "apt-get install hunspell-fr hunspell-en-us libenchant-2-2" in finding.message
    assert "pip install pyenchant" in finding.message
    assert "pas été vérifiée" in finding.message_fr and "apt-get install" in finding.message_fr
    assert "pyenchant n’est pas installé" in finding.message_fr  # the reason said in French too
    assert [f for f in findings if f.severity != "info"] == []


def test_a_missing_dictionary_is_reported_by_the_real_provider() -> None:
    provider = EnchantDictionaries(tags={"fr": ("xx_XX",), "en": ("en_US",)})
    findings = lint(FR_LINKEDIN, context_for(FR_LINKEDIN, JULIEN, LYON), dictionaries=provider)
    (finding,) = [f for f in findings if f.code == "LI009"]
    assert finding.severity == "info" and "no xx_XX dictionary was found" in finding.message
    with pytest.raises(SpellingUnavailable):
        provider.checker("fr")  # the failure is remembered, not retried per message
    assert provider.checker("en").check("interview")
