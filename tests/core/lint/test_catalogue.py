"""The findings speak through the one catalogue (issue 16): the linter's source holds no French
sentence, and every finding's French is the catalogue's.

The rules legitimately hold French *words*: the patterns they search with (``lazy(...)``), the
word lists they compare against, the greeting and closing they suggest writing in the message.
What must not be there is a French sentence said to the user.
"""

from __future__ import annotations

import ast
import re
from dataclasses import replace
from pathlib import Path

from lastimpression.core.lint import Finding
from lastimpression.core.lint.dates import DateWords
from lastimpression.phrases import Phrase, catalogue
from tests.core.lint.conftest import Check
from tests.core.lint.world import MODELS, context_for
from tests.source_literals import said_literals

LINT = Path(__file__).resolve().parents[3] / "src" / "lastimpression" / "core" / "lint"
_FRENCH_MARK = re.compile(r"[éèêàùçôîâœ]|\b(?:vous|votre|vos|le|la|les|des|du|une|est|pas|pour|dans)\b", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.:;?!](?:\s|$)")


def _is_pattern(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and (
        (isinstance(node.func, ast.Name) and node.func.id == "lazy")
        or (isinstance(node.func, ast.Attribute) and node.func.attr == "compile")
    )


def _said_strings(tree: ast.AST) -> list[str]:
    """The string constants of a module, less its docstrings and the patterns (``lazy``,
    ``re.compile`` calls)."""
    return [text for _, text in said_literals(tree, _is_pattern)]


def _looks_like_a_french_sentence(text: str) -> bool:
    words = text.split()
    return len(words) >= 4 and bool(_FRENCH_MARK.search(text)) and bool(_SENTENCE_STOP.search(text))


def test_the_linter_source_holds_no_french_sentence() -> None:
    sentences = {
        f"{path.name}: {text!r}"
        for path in sorted(LINT.glob("*.py"))
        for text in _said_strings(ast.parse(path.read_text(encoding="utf-8")))
        if _looks_like_a_french_sentence(text)
    }
    assert sentences == set()


def test_the_check_finds_a_french_sentence_where_there_is_one() -> None:
    source = 'MESSAGE = "Le message ne remercie jamais {name} : remerciez pour le temps accordé."\n'
    assert [text for text in _said_strings(ast.parse(source)) if _looks_like_a_french_sentence(text)]
    # …but not a pattern's French words, nor a word list.
    pattern = 'X = lazy(r"(?:vous\\s+remercie|je\\s+vous\\s+prie\\s+d.agréer)\\.")\nW = "le la les du des vous"\n'
    assert not [text for text in _said_strings(ast.parse(pattern)) if _looks_like_a_french_sentence(text)]


def _phrases(phrase: Phrase) -> list[Phrase]:
    """``phrase`` and the phrases among its values, at any depth."""
    found = [phrase]
    for _, value in phrase.values:
        if isinstance(value, Phrase):
            found.extend(_phrases(value))
    return found


def _findings(check: Check) -> list[Finding]:
    """The findings on every model message, in both languages, with its context and without."""
    found: list[Finding] = []
    for draft, recipient, occasion in MODELS.values():
        for language in ("fr", "en"):
            changed = replace(draft, language=language, body=draft.body + "\n\nTODO Cdt!!")
            found.extend(check(changed, context_for(changed, recipient, occasion)))
    return found


def test_every_findings_french_comes_from_the_catalogue(check: Check) -> None:
    french = catalogue("fr")
    findings = _findings(check)
    assert len({finding.code for finding in findings}) >= 8
    for finding in findings:
        for phrase in _phrases(finding.phrase):
            if isinstance(phrase, DateWords):
                continue  # a date in words, with dates.py's names (the ones it reads dates with)
            key = phrase.msgid if phrase.context is None else f"{phrase.context}\x04{phrase.msgid}"
            if phrase.plural is not None:
                assert (key, 0) in french._catalog, phrase.msgid  # type: ignore[attr-defined]
            else:
                assert french._catalog.get(key), phrase.msgid  # type: ignore[attr-defined]
        assert finding.text("fr") == finding.phrase.say("fr") != finding.text("en")
