"""The one message catalogue of the web UI and of the CLI's labels: English msgids in the code and
the templates, French in ``locale/fr/LC_MESSAGES/django.po``, compiled to ``django.mo``, which
Django's gettext reads (settings.LOCALE_PATHS). The ``.mo`` is built, never committed.

    python -m lastimpression.i18n compile   # the .po into the .mo (``make run`` and ``make test`` do it)
    python -m lastimpression.i18n extract   # new msgids into the .po, vanished ones dropped

Pure Python (Babel): no GNU gettext needed. ``extract`` reads what ``django-admin makemessages``
reads: gettext, ngettext, pgettext and their lazy forms in Python, ``{% translate %}`` and
``{% blocktranslate %}`` in the templates (through Django's own ``templatize``).
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

PACKAGE = Path(__file__).resolve().parent
LOCALE = PACKAGE / "locale"
LANGUAGES = ("fr",)
KEYWORDS: dict[str, Any] = {
    "gettext": None,
    "gettext_lazy": None,
    "gettext_noop": None,
    "ngettext": (1, 2),
    "ngettext_lazy": (1, 2),
    "pgettext": ((1, "c"), 2),
    "pgettext_lazy": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    "npgettext_lazy": ((1, "c"), 2, 3),
    # phrases.py: the core's and the CLI's words (the same catalogue, read without Django)
    "N_": None,
    "tr": None,
    "ntr": (1, 2),
    "ptr": ((1, "c"), 2),
    "_": None,
    "n_": (1, 2),
}
HEADER = """\
Last Impression: the web UI and the CLI's labels, in French.
English is the source language: a msgid is the English text. See docs/translating.md."""


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "django.po"


def mo_bytes(po: Path) -> bytes:
    """The compiled catalogue of ``po`` (fuzzy entries left out, as gettext does)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as source:
        catalog = read_po(source, domain="django")
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def compile_all() -> list[Path]:
    """Write the ``.mo`` beside each ``.po``; return the ``.mo`` paths."""
    written = []
    for language in LANGUAGES:
        po = po_path(language)
        mo = po.with_suffix(".mo")
        mo.write_bytes(mo_bytes(po))
        written.append(mo)
    return written


def _sources() -> Iterator[tuple[Path, str]]:
    """(path, method) of every file that may hold msgids, in a stable order."""
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" not in path.parts:
            yield path, "python"
    for path in sorted(PACKAGE.rglob("templates/**/*.html")):
        yield path, "template"


def extracted() -> Catalog:
    """A Babel ``Catalog`` of every msgid in the sources (the template of the ``.po`` files)."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract
    from django.utils.translation.template import templatize

    template = Catalog(domain="django", project="lastimpression", fuzzy=False)
    for path, method in _sources():
        text = path.read_text(encoding="utf-8")
        if method == "template":
            text = templatize(text, origin=str(path))
        where = str(path.relative_to(PACKAGE.parent.parent))
        found = extract("python", io.BytesIO(text.encode("utf-8")), keywords=KEYWORDS, comment_tags=("Translators:",))
        for line, message, comments, context in found:
            template.add(message, None, [(where, line)], auto_comments=comments, context=context)
    return template


def update_all() -> list[Path]:
    """Merge the msgids of the sources into each ``.po``: new ones empty, vanished ones dropped,
    changed ones marked fuzzy with the old translation (to review). Return the ``.po`` paths."""
    from babel.messages.pofile import read_po, write_po

    template = extracted()
    updated = []
    for language in LANGUAGES:
        po = po_path(language)
        with locked(po):
            with po.open("rb") as source:
                catalog = read_po(source, locale=language, domain="django")
            catalog.update(template, update_creation_date=False)
            catalog.header_comment = "\n".join(f"# {line}" for line in HEADER.splitlines())
            out = io.BytesIO()
            write_po(out, catalog, ignore_obsolete=True, include_lineno=False)
            po.write_bytes(out.getvalue())
        updated.append(po)
    return updated


@contextmanager
def locked(po: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``po``'s lock file while it is read, changed and written (two
    translators' scripts, or an extract beside a translation, never lose each other's work)."""
    import fcntl

    with po.with_suffix(".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def translate(language: str, french: dict[str | tuple[str, str], str | list[str]]) -> list[str]:
    """Write translations into ``language``'s ``.po`` under its lock: ``french`` maps a msgid
    (or ``(context, msgid)``) to its translation (a list for a plural's forms); the fuzzy mark
    is cleared. Returns the msgids not found in the ``.po`` (run ``extract`` first)."""
    from babel.messages.pofile import read_po, write_po

    po = po_path(language)
    missing = []
    with locked(po):
        with po.open("rb") as source:
            catalog = read_po(source, locale=language, domain="django")
        for key, text in french.items():
            context, msgid = key if isinstance(key, tuple) else (None, key)
            message = catalog.get(msgid, context=context)
            if message is None:
                # a plural's msgid is its singular
                message = next(
                    (m for m in catalog if isinstance(m.id, tuple) and m.id[0] == msgid and m.context == context), None
                )
            if message is None:
                missing.append(msgid)
                continue
            message.string = tuple(text) if isinstance(text, list) else text
            message.flags.discard("fuzzy")
        out = io.BytesIO()
        write_po(out, catalog, ignore_obsolete=True, include_lineno=False)
        po.write_bytes(out.getvalue())
    return missing


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "translate":
        # python -m lastimpression.i18n translate FILE.json: {"msgid": "French", ...}; a key
        # "context\u0004msgid" for a msgid with a context; a list for a plural's forms.
        raw = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        french = {tuple(key.split("\u0004", 1)) if "\u0004" in key else key: text for key, text in raw.items()}
        missing = translate("fr", french)
        for msgid in missing:
            print(f"not in the catalogue (run extract first): {msgid!r}", file=sys.stderr)
        return 1 if missing else 0
    if argv in (["compile"], ["extract"]):
        done = compile_all() if argv == ["compile"] else update_all()
        for path in done:
            print(path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path)
        return 0
    print("usage: python -m lastimpression.i18n compile|extract|translate FILE.json", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
