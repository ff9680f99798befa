"""The CLI says its own sentences from the one catalogue (issue 16): ``runtime._`` and ``runtime.n_``
look an English msgid up in the compiled ``.po`` and print it in the CLI's language, with plain
spaces and apostrophes as a terminal line is typed; no hand-written ``say(english, french)``
pair is left in ``src/lastimpression/cli``, and every msgid the CLI uses has its French."""

from __future__ import annotations

import ast
import io
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from babel.messages.extract import extract
from babel.messages.pofile import read_po
from click.testing import Result

from lastimpression import i18n
from lastimpression.cli import runtime
from lastimpression.phrases import ptr, tr

CLI = Path(runtime.__file__).resolve().parent
SOURCES = sorted(CLI.glob("*.py"))
# The names a msgid is said through (the extractor's keywords, ``i18n.KEYWORDS``).
SAYING = {"_", "n_", "tr", "ntr", "ptr", "N_"}


def _name(call: ast.Call) -> str | None:
    function = call.func
    if isinstance(function, ast.Name):
        return function.id
    return function.attr if isinstance(function, ast.Attribute) else None


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str))


def _calls(path: Path) -> list[ast.Call]:
    """Every call in ``path`` but those inside ``runtime._`` and ``runtime.n_`` themselves (which
    pass their own msgid on)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    inside = {
        id(node)
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef) and function.name in ("_", "n_")
        for node in ast.walk(function)
    }
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call) and id(node) not in inside]


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: path.name)
def test_no_sentence_is_written_in_two_languages_by_hand(path: Path) -> None:
    """A ``say("English", "Français")`` (or any call of a ``say`` with two texts) would bring back
    a French the catalogue does not hold."""
    pairs = [
        f"{path.name}:{call.lineno}"
        for call in _calls(path)
        if _name(call) == "say" and sum(_is_text(argument) for argument in call.args) >= 2
    ]
    assert not pairs, f"say(english, french) pairs: {pairs}; use runtime._(msgid)"


def test_runtime_says_nothing_by_hand() -> None:
    assert not hasattr(runtime, "say"), "runtime.say(english, french) is retired: runtime._(msgid)"


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: path.name)
def test_every_msgid_is_a_literal_the_extractor_sees(path: Path) -> None:
    """``_(f"…{x}")`` or ``_(text)`` would look up a msgid no ``.po`` holds: English in French."""
    found = []
    for call in _calls(path):
        name = _name(call)
        if name not in SAYING or not call.args:
            continue
        texts = call.args[1:3] if name == "ptr" else call.args[: 2 if name in ("n_", "ntr") else 1]
        if not all(isinstance(text, ast.Constant) and isinstance(text.value, str) for text in texts):
            found.append(f"{path.name}:{call.lineno}")
    assert not found, f"a msgid that is not a plain string literal: {found}"


def test_every_msgid_of_the_cli_has_its_french() -> None:
    with i18n.po_path("fr").open("rb") as source:
        catalogue = read_po(source, locale="fr", domain="django")
    translated = {
        (message.context, message.id if isinstance(message.id, str) else message.id[0])
        for message in catalogue
        if message.id and not message.fuzzy and all(text.strip() for text in _forms(message.string))
    }
    used, missing = 0, []
    for path in SOURCES:
        found = extract("python", io.BytesIO(path.read_bytes()), keywords=i18n.KEYWORDS)
        for line, message, _comments, context in found:
            used += 1
            msgid = message if isinstance(message, str) else message[0]
            if (context, msgid) not in translated:
                missing.append(f"{path.name}:{line} {msgid!r}")
    assert used > 100, "the extractor no longer sees the CLI's msgids"
    assert not missing, f"no reviewed French in the .po (extract, then i18n translate): {missing}"


def _forms(value: object) -> tuple[str, ...]:
    return tuple(value) if isinstance(value, (tuple, list)) else (str(value or ""),)


@pytest.fixture
def french() -> Iterator[None]:
    runtime._language = "fr"
    yield
    runtime._language = None


@pytest.mark.usefixtures("french")
def test_the_french_is_the_catalogues_with_plain_spaces_and_apostrophes() -> None:
    assert runtime._("Error: %(message)s", message="x") == "Erreur : x"
    assert runtime._("No interviews yet.") == "Aucun entretien pour l'instant."
    assert runtime._("Did your attention hold until the door?") == (
        "Votre attention est-elle restée entière jusqu'à la porte ?"
    )
    # The values are shown as they are: only the catalogue's words are made plain.
    assert runtime._("Error: %(message)s", message="l’entretien\u00a0: non") == "Erreur : l’entretien\u00a0: non"
    # A line the CLI prints with the catalogue's typography, and a word with a context.
    assert runtime.said(tr("notice: %(notice)s", notice="n")) == "remarque\u00a0: n"
    assert runtime.said(ptr("the outbox: no message to send", "Nothing due."), plain=True) == "Rien à envoyer."
    assert runtime._("Nothing due.") == "Rien à faire."


@pytest.mark.usefixtures("french")
def test_a_count_picks_its_form_in_each_language() -> None:
    def deleted(count: int) -> str:
        return runtime.n_(
            "Deleted interview %(id)s (%(interview)s) and the %(count)d person recorded for it.",
            "Deleted interview %(id)s (%(interview)s) and the %(count)d people recorded for it.",
            count, id=3, interview="Globex",
        )  # fmt: skip

    assert deleted(1) == "Entretien 3 supprimé (Globex), ainsi que 1 fiche de personne."
    assert deleted(2) == "Entretien 3 supprimé (Globex), ainsi que ses 2 fiches de personnes."
    runtime._language = "en"
    assert deleted(1) == "Deleted interview 3 (Globex) and the 1 person recorded for it."
    assert deleted(0) == "Deleted interview 3 (Globex) and the 0 people recorded for it."


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_value_that_looks_like_a_placeholder_is_printed_as_typed(cli: Callable[..., Result], language: str) -> None:
    """A name holding "%(id)s" or "%" goes through the sentence untouched, in both languages."""
    made = cli("init", "--name", "Camille %(id)s 100%", "--email", "c@example.org", "--language", language)
    assert made.exit_code == 0, made.stderr
    assert made.stdout.splitlines()[0] == {"fr": "Profil créé pour", "en": "Profile created for"}[language] + (
        " Camille %(id)s 100%."
    )
    added = cli("interview", "add", "--company", "Acme %s", "--role", "Data %(role)s", "--start", "2026-12-08T10:00")
    assert added.exit_code == 0, added.stderr
    assert "Acme %s" in added.stdout and "Data %(role)s" in added.stdout
    interview_id = added.stdout.strip().splitlines()[-1]
    person = cli("person", "add", interview_id, "--name", "Ana %(count)d")
    assert person.exit_code == 0, person.stderr
    said = {"fr": f"Fiche de Ana %(count)d ajoutée à l'entretien {interview_id}.",
            "en": f"Ana %(count)d added to interview {interview_id}."}  # fmt: skip
    assert person.stdout.splitlines()[0] == said[language]


def test_the_promise_kept_warning_says_the_cores_english_and_the_catalogues_french() -> None:
    """Its msgid is core.plan's English sentence: the English line stays the core's, word for word."""
    from lastimpression.core.plan import _promise_kept

    warning = _promise_kept(date(2026, 12, 18), date(2026, 12, 22))
    runtime._language = "en"
    assert runtime.plan_warning(warning) == f"Warning: {warning.message}"
    runtime._language = "fr"
    assert runtime.plan_warning(warning) == (
        "Attention : la date de décision a changé ; le plan relancerait désormais le 2026-12-18, mais le "
        "remerciement envoyé a promis le 2026-12-22 : la date promise est maintenue."
    )


def test_an_outcome_is_said_in_the_users_words(cli: Callable[..., Result], lyon_panel: int) -> None:
    """The status code ("next_round") is a label of the catalogue, not an English word in a French line."""
    said = cli("interview", "outcome", str(lyon_panel), "--status", "next_round")
    assert said.exit_code == 0, said.stderr
    assert said.stdout.splitlines()[0] == f"Entretien {lyon_panel} : tour suivant."
