"""The linter: every rule of PRODUCT.md §6 (except LI016, which needs the schedule), and those
docs/lint.md adds (LI018–LI022), applied to the kinds they are for.

Pure: no clock, no database; the only I/O is the dictionaries' first load (LI009), through
an injectable provider.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from lastimpression.core.lint import (
    addressing,
    content,
    duplicates,
    form,
    language,
    perks,
    placeholders,
    spelling,
)
from lastimpression.core.lint.finding import Finding
from lastimpression.core.lint.spelling import DictionaryProvider
from lastimpression.core.lint.text import MessageText
from lastimpression.core.messages import EMAIL_KINDS, KINDS, Draft, LintContext

ALL = frozenset(KINDS)
EMAIL = frozenset(EMAIL_KINDS)
THANK_YOU = frozenset({"thank_you"})
LINKEDIN = frozenset({"linkedin"})
FOLLOW_UPS = frozenset({"follow_up", "follow_up_2"})
LANGUAGES = ("fr", "en")
# With no language given and none detectable (an empty or emoji-only text): the rules that
# depend on the language read it as French, the product's first language.
FALLBACK_LANGUAGE = "fr"


@dataclass(frozen=True)
class Rule:
    """A code, the kinds it applies to (PRODUCT.md §6), and its check."""

    code: str
    kinds: frozenset[str]
    check: Callable[[MessageText], Iterable[Finding]]


def _craft(message: MessageText, check: str) -> Iterable[Finding]:
    """A rule of ``core.lint.craft``, imported on first need: LI018 and LI021 are silent without
    a recipient and LI022 without other follow-ups, so a text linted alone (``lint --file``)
    never pays for compiling their patterns (issue 17)."""
    context = message.context
    if context.recipient is None and context.panel_follow_ups <= 0:
        return ()
    from lastimpression.core.lint import craft

    rule: Callable[[MessageText], Iterable[Finding]] = getattr(craft, check)
    return rule(message)


def _wording(message: MessageText, check: str) -> Iterable[Finding]:
    """A rule of ``core.lint.wording`` (the company's article, the role's capitals), imported on
    first need: both are silent without the interview, so ``lint --file`` never loads the
    grammar of company names."""
    if message.context.occasion is None:
        return ()
    from lastimpression.core.lint import wording

    rule: Callable[[MessageText], Iterable[Finding]] = getattr(wording, check)
    return rule(message)


RULES: tuple[Rule, ...] = (
    Rule("LI001", ALL, placeholders.check_placeholders),
    Rule("LI002", EMAIL, addressing.check_greeting),
    Rule("LI003", ALL, addressing.check_names),
    Rule("LI004", EMAIL, content.check_thanks),
    Rule("LI005", ALL, content.check_specific),
    Rule("LI006", THANK_YOU, content.check_motivation),
    Rule("LI007", THANK_YOU, content.check_promise),
    Rule("LI008", ALL, form.check_length),
    # LI009 (spelling) is applied separately: it takes the dictionary provider.
    Rule("LI010", ALL, addressing.check_register),
    Rule("LI011", ALL, duplicates.check_duplicates),
    Rule("LI012", LINKEDIN, form.check_linkedin_length),
    Rule("LI013", EMAIL, form.check_closing),
    Rule("LI014", ALL, form.check_shouting),
    Rule("LI015", EMAIL, form.check_subject),
    Rule("LI017", ALL, language.check_language),
    # Beyond PRODUCT.md §6 (docs/lint.md): what a recruiter's review found (issue 15).
    Rule("LI018", ALL, lambda message: _craft(message, "check_invented_memory")),
    Rule("LI019", ALL, lambda message: _wording(message, "check_company_article")),
    Rule("LI020", ALL, lambda message: _wording(message, "check_role_capitals")),
    Rule("LI021", EMAIL, lambda message: _craft(message, "check_asserted_motivation")),
    Rule("LI022", FOLLOW_UPS, lambda message: _craft(message, "check_panel_follow_ups")),
    Rule("LI023", ALL, perks.check_perks),
)
SPELLING_KINDS = ALL
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def message_language(draft: Draft, context: LintContext) -> str:
    """The language the message is checked in: the draft's, else the context's, else the one
    detected in its text, else FALLBACK_LANGUAGE."""
    for declared in (draft.language, context.language):
        if declared in LANGUAGES:
            return declared
    return language.detect_language(f"{draft.subject}\n{draft.body}", FALLBACK_LANGUAGE)


def lint(draft: Draft, context: LintContext, *, dictionaries: DictionaryProvider | None = None) -> list[Finding]:
    """Every finding for ``draft`` in ``context``, sorted by code, then by position (findings
    without a span first within a code). The kind is the draft's; the language is given by
    ``message_language``.

    ``dictionaries`` provides LI009's spelling dictionaries (default: pyenchant's, loaded once
    per process). Raises ValueError for a kind that is not one of ``messages.KINDS``; never
    raises because of the text itself.
    """
    if draft.kind not in KINDS:
        raise ValueError(f"unknown message kind {draft.kind!r} (expected one of {', '.join(KINDS)})")
    language = message_language(draft, context)
    provider = dictionaries if dictionaries is not None else spelling.default_dictionaries()
    message = MessageText(draft, context, language, spelling.word_lookup(provider, language))
    findings: list[Finding] = []
    for rule in RULES:
        if draft.kind in rule.kinds:
            findings.extend(rule.check(message))
    if draft.kind in SPELLING_KINDS:
        findings.extend(spelling.check_spelling(message, provider))
    findings.sort(key=lambda item: (item.code, item.span is not None, item.span or (0, 0)))
    return findings


def has_errors(findings: Iterable[Finding]) -> bool:
    """Whether any finding is an error (the CLI's exit status 1, ``send``'s refusal)."""
    return any(item.severity == "error" for item in findings)
