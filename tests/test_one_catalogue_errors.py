"""Issue 16: the program's refusals say their words through the one catalogue. An error carries a
``Phrase`` (a msgid of ``django.po`` and its values), never an English sentence and its French
twin written side by side in the code; whoever shows it says it in the user's language."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest

from lastimpression.config import ConfigError
from lastimpression.core import validation
from lastimpression.core.icslines import IcsError
from lastimpression.core.slots import SnoozeRefused
from lastimpression.core.validation import InvalidValue
from lastimpression.phrases import Phrase, tr
from tests.source_literals import said_literals

SOURCE = Path(__file__).resolve().parent.parent / "src" / "lastimpression"
# The messages to recruiters are templates, not the program's words; the linter's findings are
# converted on their own (tests/core/lint).
NOT_UI = ("core/compose/", "core/lint/", "migrations/")
# The refusals and where their words go: the position of the problem among the arguments.
REFUSALS = {
    "InvalidValue": 1, "NotFound": 1, "ChangedMeanwhile": 1, "ConfigError": 1,
    "IcsError": 0, "SnoozeRefused": 0, "_refuse": 0,
}  # fmt: skip
# Modules whose refusals were rewritten for issue 16: no French sentence is left in them.
CONVERTED = (
    "archive.py", "archive_checks.py", "config.py", "config_file.py", "core/decision.py", "core/places.py",
    "core/slots.py", "core/validation.py", "core/when.py", "interviews/reading.py", "interviews/services.py",
    "journal/service.py", "outbox/drafting.py", "outbox/manual.py", "outbox/mime.py", "outbox/sending.py",
    "planning/service.py", "web/data_views.py", "web/form_errors.py", "web/mail_settings.py", "web/plan_actions.py",
    "outbox/transport.py", "outbox/follow.py",
)  # fmt: skip
FRENCH = re.compile(r"[éèêàùçôîœ’«»]|\b(vous|votre|les|des|une|est|pas|dans|avec|sans|sur|doit|être|aucune?)\b", re.I)
# Words a user may type, read as input (a delay "d'ici vendredi", "sous 10 jours").
INPUT_WORDS = {"_FILLER", "_DELAY_WORDS", "_END_OF_WEEK", "_NEXT_WEEK", "_END_OF_MONTH", "_MONTHS", "_WEEKDAYS"}


def modules() -> list[Path]:
    return sorted(path for path in SOURCE.rglob("*.py") if not path.relative_to(SOURCE).as_posix().startswith(NOT_UI))


def _name(call: ast.Call) -> str:
    return getattr(call.func, "id", getattr(call.func, "attr", ""))


def _written(node: ast.expr) -> bool:
    """A sentence written in place: a string, an f-string, or one built from them."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _written(node.left) or _written(node.right)
    return False


def refusals_written_in_place(source: str) -> list[str]:
    """Every refusal of ``source`` whose problem is a sentence written in the code rather than a
    Phrase, or that is given a second, French, sentence; as "line: code"."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or _name(node) not in REFUSALS:
            continue
        where = REFUSALS[_name(node)]
        problem = node.args[where] if len(node.args) > where else None
        texts = [arg for arg in node.args if _written(arg)]
        french = [keyword for keyword in node.keywords if keyword.arg and keyword.arg.endswith("_fr")]
        if (problem is not None and _written(problem)) or len(texts) > 1 or french:
            found.append(f"{node.lineno}: {ast.unparse(node)[:120]}")
    return found


def test_a_refusal_takes_one_problem_and_no_french_argument() -> None:
    assert list(inspect.signature(InvalidValue).parameters) == ["field", "problem"]
    assert list(inspect.signature(ConfigError).parameters) == ["setting", "problem"]
    assert list(inspect.signature(IcsError).parameters) == ["problem", "line"]
    assert list(inspect.signature(SnoozeRefused).parameters) == ["problem"]


def test_no_refusal_of_the_program_is_a_sentence_written_in_the_code() -> None:
    offenders = {
        str(path.relative_to(SOURCE)): found
        for path in modules()
        if (found := refusals_written_in_place(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}, "give the refusal a Phrase: tr('English msgid %(value)s', value=...)"


@pytest.mark.parametrize(
    "code",
    [
        'raise InvalidValue("name", "is empty", "est vide")',
        'raise InvalidValue("name", f"{x} is empty")',
        'raise ConfigError(key, "unknown setting")',
        'raise IcsError("unreadable line", 3, message_fr="ligne illisible")',
        'raise InvalidValue("name", "is " + "empty")',
    ],
)
def test_the_scan_sees_a_sentence_written_in_place(code: str) -> None:
    assert refusals_written_in_place(code)


def test_the_scan_lets_a_phrase_or_words_that_are_not_ours_through() -> None:
    assert not refusals_written_in_place('raise InvalidValue("name", tr("is empty"))')
    assert not refusals_written_in_place('raise InvalidValue(f"{where}.{key}", " ".join(messages))')
    assert not refusals_written_in_place("raise IcsError(tr('unreadable line %(text)s', text=text), line.number)")


def _french_literals(module: str) -> list[tuple[int, str]]:
    tree = ast.parse((SOURCE / module).read_text(encoding="utf-8"))

    def input_words(node: ast.AST) -> bool:
        return isinstance(node, ast.Assign) and any(getattr(target, "id", "") in INPUT_WORDS for target in node.targets)

    return [
        (line, text) for line, text in said_literals(tree, input_words) if " " in text.strip() and FRENCH.search(text)
    ]


@pytest.mark.parametrize("module", CONVERTED)
def test_no_french_sentence_is_written_in_a_converted_module(module: str) -> None:
    assert _french_literals(module) == [], f"{module}: French written in the code, put it in the catalogue"


def test_a_refusal_is_said_from_the_catalogue_in_the_language_asked() -> None:
    with pytest.raises(InvalidValue) as empty:
        validation.text("  ", "name")
    assert isinstance(empty.value.problem, Phrase)
    assert (empty.value.say("en"), empty.value.say("fr")) == ("name: is empty", "name: est vide")
    assert empty.value.message == "is empty" and str(empty.value) == "name: is empty"
    with pytest.raises(InvalidValue) as long:
        validation.text("x" * 201, "name")
    assert long.value.say("fr") == "name: fait 201 caractères\u202f; 200 au plus sont permis"
    assert long.value.say("en") == "name: is 201 characters long; at most 200 are allowed"


def test_a_refusal_stays_one_line_whatever_it_quotes() -> None:
    refused = InvalidValue("FILE", tr("cannot read %(path)s: %(reason)s", path="a\nb", reason="c\u2028d"))
    assert refused.say("fr") == "FILE: impossible de lire a b\u00a0: c d"
    assert "\n" not in str(refused)


def test_a_config_error_and_an_ics_error_speak_french_from_the_catalogue() -> None:
    refused = ConfigError("LASTIMPRESSION_SMTP_PORT", tr("unknown setting"))
    assert refused.say("fr") == "LASTIMPRESSION_SMTP_PORT: réglage inconnu"
    assert str(refused) == "LASTIMPRESSION_SMTP_PORT: unknown setting"
    cut = IcsError(tr("BEGIN:%(name)s is never closed: the file looks cut short", name="VEVENT"), 3)
    assert cut.say("fr") == "ligne 3\u00a0: BEGIN:VEVENT n’est jamais fermé\u00a0: le fichier semble tronqué"
    assert str(cut) == "line 3: BEGIN:VEVENT is never closed: the file looks cut short"
