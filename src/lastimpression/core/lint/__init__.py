"""The message linter (PRODUCT.md §6): checks any message, generated or hand-written.

    findings = lint(Draft("thank_you", "fr", subject, body), LintContext("thank_you", "fr", recipient=…))
    json.dumps({"findings": [f.as_json() for f in findings]})

One module per family of rules: ``placeholders`` (LI001), ``addressing`` (LI002, LI003,
LI010), ``content`` (LI004–LI007), ``form`` (LI008, LI012–LI015), ``spelling`` (LI009),
``duplicates`` (LI011), ``language`` (LI017), ``craft`` (LI018, LI021, LI022: what a
recruiter's review found, docs/lint.md) with ``evidence`` (what a message shows), ``wording``
(LI019, LI020: names in a French sentence, after ``core.grammar``), ``perks`` (LI023: pay,
benefits and perks, after ``core.perks``). Importing this package loads
no spell checker.
"""

from __future__ import annotations

from lastimpression.core.lint.finding import Finding, Severity
from lastimpression.core.lint.language import detect_language
from lastimpression.core.lint.linter import RULES, has_errors, lint, message_language
from lastimpression.core.lint.spelling import (
    DictionaryProvider,
    EnchantDictionaries,
    SpellingUnavailable,
    WordChecker,
    default_dictionaries,
)

__all__ = [
    "RULES",
    "DictionaryProvider",
    "EnchantDictionaries",
    "Finding",
    "Severity",
    "SpellingUnavailable",
    "WordChecker",
    "default_dictionaries",
    "detect_language",
    "has_errors",
    "lint",
    "message_language",
]
