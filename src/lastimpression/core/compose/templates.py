"""The message templates: built-in files, the user's overrides, and a sandbox around both.

Templates live in ``templates/<lang>/<kind>.<variant>.j2`` (``kind`` one of ``KINDS``, ``variant``
1, 2, 3…). A user folder (``$LASTIMPRESSION_HOME/templates``, given by the caller) holds files
with the same names: a file there replaces the built-in one of that name, or adds a variant.

A template writes the text between the greeting and the closing (for a LinkedIn note, the text
after the greeting): paragraphs separated by a blank line; inside a paragraph, line breaks
are only layout and become spaces (also after a tag; a line holding only tags vanishes). The composer adds the greeting, closing and signature,
which follow fixed rules (PRODUCT.md §4).

Templates run in Jinja2's immutable sandbox with ``StrictUndefined`` and no autoescaping
(plain text). Data (names, topics…) is passed as values and never compiled, so a topic that
contains ``{{ }}`` stays text. Every problem with a template (unknown variable, syntax error,
sandbox refusal, any error while rendering) is raised as ``TemplateProblem`` naming the file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path

from jinja2 import BaseLoader, Environment, StrictUndefined, TemplateNotFound, TemplateSyntaxError, UndefinedError, meta
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from lastimpression.core.compose.phrasing import prep
from lastimpression.core.messages import KINDS

__all__ = ["BUILTIN_TEMPLATES", "TEMPLATE_VARIABLES", "TemplateMisuse", "TemplateProblem", "render", "variants"]

BUILTIN_TEMPLATES = Path(__file__).parent / "templates"
LANGUAGES = ("fr", "en")

# What a template may use, besides Jinja's own globals (range, namespace…) and ``prep``.
TEMPLATE_VARIABLES = frozenset({
    "kind", "language", "country",  # "thank_you"…, "fr" | "en", "FR", "CA"…
    "role", "company", "title",  # the role (lower case mid-sentence in French), the company, their job title
    "role_as_typed",  # the role exactly as the user typed it
    "the_company", "chez_company", "de_company", "a_company",  # "les Galeries Lafayette", "chez les…", "des…", "aux…"
    "joined",  # the company, or "l’équipe" / "the team" for someone on its staff already
    "when", "of_when",  # "ce matin" / "de ce matin", "hier" / "d’hier", "le mardi 23 mars" / "du mardi 23 mars"
    "proof", "proof2", "contribution",  # the candidate's proof points chosen for this person; "what I can bring"
    "proof_tied", "proof2_tied",  # whether the proof shares words with this person's topics
    "proof_inline", "proof2_inline",  # the same, as they read after a colon ("chez Vinci, j’ai…")
    "others", "other_hook",  # the panel's other people ("M. Masson et Mme Dumas"); "M. Masson sur …"
    "team",  # the same for one or two people, else "vos collègues" / "your colleagues" (for LinkedIn notes)
    "detail",  # this person's topic and a proof point linked to it, in one or two sentences ("" when none)
    "interest",  # a follow-up's renewed interest with one hook of the interview
    "shows_interest",  # whether ``detail`` already renews the interest (then say it only once)
    "addition",  # a follow-up's new proof point, introduced by the topic it answers ("" when none)
    "main_contact",  # this person owns the process: only they are promised (and sent) a follow-up
    "name", "first_name", "surname", "candidate_name",
    "date", "day",  # the interview's date in words, with and without the weekday
    "meeting", "mode", "onsite",  # "entretien" / "entrevue en vidéoconférence" / "phone interview"…
    "pleasure",  # a thank-you's line on the meeting, varied across a panel ("Ce fut un plaisir de vous rencontrer.")
    "interview_word",  # "entretien" (France…), "entrevue" (Québec), "interview"
    "topic", "topic2", "topics",  # topics discussed with this person, as phrases ("" when none)
    "hook",  # the person's own first topic ("" when nothing was recorded with them)
    "angle",  # a LinkedIn note's own angle for someone of a panel with nothing recorded ("votre regard de…")
    "panel_topic",  # a LinkedIn note's hook for someone with nothing recorded: a colleague's topic
    "panel_owner",  # the colleague that topic was discussed with, as the note names them ("M. Muller")
    "plain_pick",  # a note's wording among the panel's people with nothing recorded (0 first)
    "bring",  # "what I can bring" with the wish to join, said plainly ("" when none)
    "plain_wish",  # False when a thank-you would be too short with the plain wish to join
    "linked",  # whether ``detail`` already says the wish to apply the proof (then the wish is to join)
    "offer_topic",  # "what I can bring" as the subject of a few thoughts a follow-up offers ("" when none)
    "offer",  # what a follow-up offers to present: "la méthode … que je pourrais apporter" ("" when none)
    "promise", "promise_date", "decision_date",  # the promise sentence; dates in words or ""
    "tu", "agreement", "feminine", "masculine", "neutral",
    "tv", "agree",  # tv(tu_text, vous_text); agree(masculine, feminine[, neutral])
})  # fmt: skip

# A content line ending with a tag ("… le {{ x }}{% endif %}"): trim_blocks would glue it to the
# next line; a space keeps the words apart, as for any other line break inside a paragraph.
_CONTENT_ENDING_WITH_TAG = re.compile(r"^(?![ \t]*(?:\{[%#].*?[%#]\}[ \t]*)+$)(.*[%#]\})$", re.MULTILINE)
_FILE_NAME = re.compile(r"^(?P<kind>[a-z_0-9]+)\.(?P<variant>[1-9][0-9]{0,2})\.j2$")


class TemplateProblem(ValueError):
    """A template that cannot be used; the message names the file, and the variable when one
    is unknown."""


class TemplateMisuse(ValueError):
    """Raised by a helper (``agree``…) called wrongly from a template; reported as a
    ``TemplateProblem`` naming the file."""


def _modified(path: Path) -> int | None:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return None


class _FolderLoader(BaseLoader):
    """Looks for a template in each folder in turn (the user's first), and refuses a template
    that uses a variable the composer does not provide."""

    def __init__(self, folders: tuple[Path, ...]) -> None:
        self.folders = folders

    def get_source(self, environment: Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        for position, folder in enumerate(self.folders):
            path = folder / template
            modified = _modified(path)
            if modified is None or not path.is_file():
                continue
            try:
                source = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                raise TemplateProblem(f"{path}: cannot be read ({error})") from error
            source = _CONTENT_ENDING_WITH_TAG.sub(r"\1 ", source)
            _check_variables(environment, source, template, path)
            earlier = self.folders[:position]

            def uptodate(path: Path = path, modified: int = modified, earlier: tuple[Path, ...] = earlier) -> bool:
                return _modified(path) == modified and not any((folder / template).is_file() for folder in earlier)

            return source, str(path), uptodate
        raise TemplateNotFound(template)


def _check_variables(environment: Environment, source: str, template: str, path: Path) -> None:
    try:
        tree = environment.parse(source, template, str(path))
    except TemplateSyntaxError as error:
        raise TemplateProblem(f"{path}, line {error.lineno}: {error.message}") from error
    unknown = sorted(meta.find_undeclared_variables(tree) - TEMPLATE_VARIABLES - set(environment.globals))
    if unknown:
        names = ", ".join(unknown)
        known = ", ".join(sorted(TEMPLATE_VARIABLES))
        raise TemplateProblem(f"{path}: unknown variable {names} (a template may use: {known})")


@lru_cache(maxsize=16)
def _environment(user_folder: Path | None) -> ImmutableSandboxedEnvironment:
    folders = (user_folder, BUILTIN_TEMPLATES) if user_folder is not None else (BUILTIN_TEMPLATES,)
    environment = ImmutableSandboxedEnvironment(
        loader=_FolderLoader(folders),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=True,
        cache_size=400,
    )
    del environment.globals["lipsum"]  # it writes placeholder text, the one thing a message must not hold
    environment.globals["prep"] = prep
    return environment


def variants(kind: str, language: str, user_folder: Path | None = None) -> tuple[int, ...]:
    """The variant numbers available for ``kind`` in ``language``, built-in and the user's,
    in increasing order. Raises ValueError for an unknown kind or language."""
    _check_name(kind, language)
    numbers: set[int] = set()
    for folder in (user_folder, BUILTIN_TEMPLATES):
        if folder is None:
            continue
        try:
            names = os.listdir(folder / language)
        except OSError:
            continue
        for name in names:
            match = _FILE_NAME.match(name)
            if match and match["kind"] == kind:
                numbers.add(int(match["variant"]))
    return tuple(sorted(numbers))


def _check_name(kind: str, language: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"kind: unknown kind {kind!r} (one of {', '.join(KINDS)})")
    if language not in LANGUAGES:
        raise ValueError(f"language: no templates for {language!r} (one of {', '.join(LANGUAGES)})")


def render(
    kind: str, language: str, variant: int, values: Mapping[str, object], user_folder: Path | None = None
) -> str:
    """The text of template ``<language>/<kind>.<variant>.j2`` filled with ``values``.

    Raises ``TemplateProblem`` (naming the file) when the template is missing, does not parse,
    uses an unknown variable, is refused by the sandbox, or fails while rendering; ValueError
    for an unknown kind or language.
    """
    _check_name(kind, language)
    name = f"{language}/{kind}.{variant}.j2"
    environment = _environment(user_folder)
    try:
        template = environment.get_template(name)
    except TemplateNotFound as error:
        available = ", ".join(str(number) for number in variants(kind, language, user_folder)) or "none"
        raise TemplateProblem(f"no template {name} (variants of {kind} in {language}: {available})") from error
    except TemplateSyntaxError as error:
        raise TemplateProblem(f"{error.filename or name}, line {error.lineno}: {error.message}") from error
    where = template.filename or name
    try:
        return template.render(values)
    except SecurityError as error:
        raise TemplateProblem(f"{where}: refused by the template sandbox ({error})") from error
    except UndefinedError as error:
        raise TemplateProblem(f"{where}: {error.message}") from error
    except TemplateMisuse as error:
        raise TemplateProblem(f"{where}: {error}") from error
    except Exception as error:  # a user's template must give a clear error, never a crash
        raise TemplateProblem(f"{where}: {type(error).__name__}: {error}") from error
