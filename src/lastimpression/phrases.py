"""The one catalogue, without Django: what the core, the CLI and the lean read path say to the
user, looked up in the same compiled ``locale/<language>/LC_MESSAGES/django.mo`` that Django's
gettext reads for the web UI (``docs/translating.md``).

The pure core says nothing in a language of its own: it returns a ``Phrase``, a code (the
English msgid, as every msgid of the catalogue) and its values; whoever shows it picks the
language: ``phrase.say("fr")``. A value may itself be a ``Phrase`` (said in the same language).

    from lastimpression.phrases import tr, ntr
    problem = tr("is %(length)d characters long; at most %(limit)d are allowed", length=n, limit=m)
    problem.say("fr")   # 'fait 612 caractères ; 500 au plus sont permis'

The extractor (``python -m lastimpression.i18n extract``) knows ``tr``, ``ntr`` (counted),
``ptr`` (with a context) and ``N_`` (a msgid marked where it is written, translated where it is shown), and
the CLI's ``_``/``n_`` (``cli/runtime.py``). Placeholders are ``%(name)s``; a msgid said with no
values is not %-formatted (a literal ``%`` needs no doubling there), one said with values is.

Standard library only: importing this module costs nothing and loads no catalogue; the first
French lookup reads the ``.mo`` once (a few milliseconds).
"""

from __future__ import annotations

import gettext as _gettext
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

LOCALE = Path(__file__).resolve().parent / "locale"
DOMAIN = "django"
# French typography in the catalogue (no-break space before ":", narrow before ";!?"); a
# terminal line is written with plain spaces, as every French line the CLI prints.
PLAIN_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})


def N_(msgid: str) -> str:
    """Mark ``msgid`` for the catalogue where it is written; it is translated where it is shown."""
    return msgid


@cache
def catalogue(language: str) -> _gettext.NullTranslations:
    """The compiled catalogue of ``language``; English (the msgids) and any language without a
    catalogue get the identity."""
    if language == "en":
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, localedir=LOCALE, languages=[language], fallback=True)


def gettext(language: str, msgid: str) -> str:
    return catalogue(language).gettext(msgid)


def ngettext(language: str, singular: str, plural: str, count: int) -> str:
    return catalogue(language).ngettext(singular, plural, count)


def pgettext(language: str, context: str, msgid: str) -> str:
    return catalogue(language).pgettext(context, msgid)


def fill(text: str, values: dict[str, Any], language: str) -> str:
    """``text`` %-formatted with ``values`` (a ``Phrase`` among them said in ``language``); left
    as it is when there are no values."""
    if not values:
        return text
    return text % {name: value.say(language) if isinstance(value, Phrase) else value for name, value in values.items()}


@dataclass(frozen=True)
class Phrase:
    """Something to tell the user, not yet in a language: the English msgid (the code), its plural
    and count when it counts, its context when one English text needs two French ones, and the
    values of its placeholders."""

    msgid: str
    values: tuple[tuple[str, Any], ...] = ()
    plural: str | None = None
    count: int | None = None
    context: str | None = None

    def say(self, language: str) -> str:
        """The phrase in ``language`` ("en", "fr"), with the catalogue's typography."""
        if self.plural is not None:
            text = ngettext(language, self.msgid, self.plural, self.count or 0)
        elif self.context is not None:
            text = pgettext(language, self.context, self.msgid)
        else:
            text = gettext(language, self.msgid)
        return fill(text, dict(self.values), language)

    def __str__(self) -> str:
        return self.say("en")


def tr(msgid: str, /, **values: Any) -> Phrase:
    return Phrase(msgid, tuple(values.items()))


def ntr(singular: str, plural: str, count: int, /, **values: Any) -> Phrase:
    """A counted phrase; ``count`` is also a value (``%(count)d``) unless ``values`` names it."""
    return Phrase(singular, tuple({"count": count, **values}.items()), plural=plural, count=count)


def ptr(context: str, msgid: str, /, **values: Any) -> Phrase:
    return Phrase(msgid, tuple(values.items()), context=context)


def say(text: str | Phrase, language: str) -> str:
    """``text`` in ``language``: a ``Phrase`` is translated, a plain string (a name, a value the
    user typed, a library's words) is shown as it is."""
    return text.say(language) if isinstance(text, Phrase) else text
