"""Issue 16: the card, the lessons, the insights, the zone names, the calendar export, the
calendar import's notices and the worker's lines say their words through the one catalogue; no French sentence written in the code
beside its English twin comes back in these modules."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from lastimpression.core.card import SENTENCE
from lastimpression.core.checklist import checklist_lines
from lastimpression.core.zonenames import zone_time
from tests.source_literals import said_literals

SOURCE = Path(__file__).resolve().parent.parent / "src" / "lastimpression"
CONVERTED = (
    "core/card.py",
    "core/checklist.py",
    "core/icsfile.py",
    "core/icslines.py",
    "core/icstimes.py",
    "core/insights.py",
    "core/lessons.py",
    "core/providers.py",
    "core/zonenames.py",
    "interviews/calendar_dry_run.py",
    "interviews/calendar_import.py",
    "interviews/calendar_sorting.py",
    "journal/insight_text.py",
    "planning/calendar_export.py",
    "outbox/sender_lock.py",
    "outbox/worker.py",
    "outbox/notices.py",
    "outbox/reading.py",
    "outbox/recovery.py",
)
# A French sentence: a French word or letter among other words.
FRENCH = re.compile(r"[éèêàùçôîœ’«»]|\b(vous|votre|vos|les|des|une|est|pas|dans|avec|sans|sur|fois)\b", re.I)
# Names written the same in every language (a mail provider's), not French words.
PROPER_NAMES = re.compile(r"Vidéotron")
# Not sentences: the names users give the people they cross, read as input
# (lessons._ROLE_ALIASES), and the card's style sheet.
NOT_WORDS = {"_ROLE_ALIASES", "_STYLE"}


def _names_words(node: ast.AST) -> bool:
    """An assignment to one of NOT_WORDS (what the user types is matched against, not said)."""
    if not isinstance(node, ast.Assign | ast.AnnAssign):
        return False
    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
    return any(isinstance(target, ast.Name) and target.id in NOT_WORDS for target in targets)


def _literals(tree: ast.Module) -> list[tuple[int, str]]:
    return said_literals(tree, _names_words)


@pytest.mark.parametrize("module", CONVERTED)
def test_no_french_sentence_is_written_in_the_code(module: str) -> None:
    tree = ast.parse((SOURCE / module).read_text(encoding="utf-8"))
    french = [
        (line, text)
        for line, text in _literals(tree)
        if " " in text.strip() and FRENCH.search(PROPER_NAMES.sub("", text))
    ]
    assert not french, f"{module}: French written in the code, put it in the catalogue: {french}"


@pytest.mark.parametrize("module", CONVERTED)
def test_no_say_pair_and_no_choice_between_two_texts_by_language(module: str) -> None:
    """Neither ``say("English", "Français")`` nor ``"…" if language == "fr" else "…"``."""
    tree = ast.parse((SOURCE / module).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")).endswith("say"):
            texts = [arg for arg in node.args if isinstance(arg, ast.Constant | ast.JoinedStr)]
            assert len(texts) < 2, f"{module}:{node.lineno}: a say() pair"
        if isinstance(node, ast.IfExp) and all(
            isinstance(branch, ast.Constant | ast.JoinedStr) for branch in (node.body, node.orelse)
        ):
            test = ast.unparse(node.test)
            languages = isinstance(node.body, ast.Constant) and node.body.value in ("fr", "en")
            assert "fr" not in test or languages, f"{module}:{node.lineno}: two texts chosen by language: {test}"


def test_the_cards_french_comes_from_the_catalogue() -> None:
    assert SENTENCE.say("fr").startswith("J’ai vraiment apprécié notre échange\u202f;")
    assert (
        checklist_lines("fr", "phone")[1]
        == "Remerciez votre interlocuteur par son nom et laissez-le raccrocher le premier."
    )
    assert checklist_lines("en", "phone")[1] == "Thank the person by name and let them hang up first."
    assert (zone_time("Europe/Amsterdam", "fr"), zone_time("Europe/Paris", "fr")) == (
        "heure d’Amsterdam",
        "heure de Paris",
    )
    assert zone_time("Europe/Paris", "en") == "Paris time"


def test_no_template_picks_a_text_of_one_language() -> None:
    """A page shows a text said in its language by the view or the catalogue, never one of two
    stored texts (``{{ formula.text_fr }}``) chosen in the template."""
    templates = sorted((SOURCE / "web" / "templates").rglob("*.html"))
    assert templates
    picked = [
        (template.name, found.group())
        for template in templates
        for found in re.finditer(r"\{\{[^}]*?_(fr|en)\b[^}]*\}\}", template.read_text(encoding="utf-8"))
    ]
    assert not picked, f"a text of one language chosen in a template: {picked}"
