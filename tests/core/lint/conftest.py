"""Fixtures for the linter tests: the real Hunspell dictionaries, required (not skipped)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lastimpression.core.lint import EnchantDictionaries, Finding, SpellingUnavailable, lint
from lastimpression.core.lint.spelling import INSTALL
from lastimpression.core.messages import Draft, LintContext

Check = Callable[[Draft, LintContext], list[Finding]]


@pytest.fixture(scope="session")
def dictionaries() -> EnchantDictionaries:
    """pyenchant with fr_FR, en_US and en_GB. Missing, the test fails and says what to install:
    these tests check real spelling, so a machine without dictionaries must not pass them."""
    provider = EnchantDictionaries(suggestions=False)
    for language in ("fr", "en"):
        try:
            provider.checker(language)
        except SpellingUnavailable as error:
            pytest.fail(
                f"the linter tests need the Hunspell dictionaries, but {error.reason}. "
                f"Install them ({INSTALL}); `make system` does it on Debian.",
                pytrace=False,
            )
    return provider


@pytest.fixture
def check(dictionaries: EnchantDictionaries) -> Check:
    """lint() with the real dictionaries (without the slow French suggestions)."""

    def run(draft: Draft, context: LintContext) -> list[Finding]:
        return lint(draft, context, dictionaries=dictionaries)

    return run
