"""The words for stored codes (an interview's status, a message's kind, …), for the CLI and the
web UI, from the one catalogue: ``locale/fr/LC_MESSAGES/django.po``.

The English words are the msgids; each group is a msgctxt, because one English word can need two
French ones (an interview is "prévu" when *scheduled*, a message "programmé"). Translating needs
Django set up (the web UI is; so is every command that touches the database); importing this
module only imports ``django.utils.translation``, never the settings.
"""

from __future__ import annotations

from functools import cache

from django.utils.functional import Promise
from django.utils.translation import get_language, override, pgettext_lazy

from lastimpression.phrases import Phrase, ptr

__all__ = ["GROUPS", "label", "labels", "phrase"]

GROUPS: dict[str, dict[str, Promise]] = {
    "status": {
        "scheduled": pgettext_lazy("interview status", "scheduled"),
        "done": pgettext_lazy("interview status", "done"),
        "next_round": pgettext_lazy("interview status", "next round"),
        "offer": pgettext_lazy("interview status", "offer"),
        "accepted": pgettext_lazy("interview status", "accepted"),
        "rejected": pgettext_lazy("interview status", "rejected"),
        "withdrawn": pgettext_lazy("interview status", "withdrawn"),
        "cancelled": pgettext_lazy("interview status", "cancelled"),
    },
    "mode": {
        "onsite": pgettext_lazy("interview mode", "on site"),
        "video": pgettext_lazy("interview mode", "video"),
        "phone": pgettext_lazy("interview mode", "phone"),
    },
    "kind": {
        "debrief": pgettext_lazy("kind of action", "debrief"),
        "thank_you": pgettext_lazy("kind of action", "thank-you e-mail"),
        "linkedin": pgettext_lazy("kind of action", "LinkedIn invitation"),
        "follow_up": pgettext_lazy("kind of action", "follow-up"),
        "follow_up_2": pgettext_lazy("kind of action", "second follow-up"),
    },
    "action_status": {
        "pending": pgettext_lazy("action status", "to do"),
        "done": pgettext_lazy("action status", "done"),
        "skipped": pgettext_lazy("action status", "skipped"),
        "cancelled": pgettext_lazy("action status", "cancelled"),
    },
    "message_status": {
        "draft": pgettext_lazy("message status", "draft"),
        "scheduled": pgettext_lazy("message status", "scheduled"),
        "sending": pgettext_lazy("message status", "sending"),
        "sent": pgettext_lazy("message status", "sent"),
        "failed": pgettext_lazy("message status", "failed"),
        "cancelled": pgettext_lazy("message status", "cancelled"),
        "unknown": pgettext_lazy("message status", "unknown: check"),
        "bounced": pgettext_lazy("message status", "bounced"),
    },
    "severity": {
        "error": pgettext_lazy("severity of a finding", "error"),
        "warning": pgettext_lazy("severity of a finding", "warning"),
        "info": pgettext_lazy("severity of a finding", "note"),
    },
    "language": {
        "fr": pgettext_lazy("name of a language", "French"),
        "en": pgettext_lazy("name of a language", "English"),
    },
}

# French typography puts no-break spaces before ":" and inside « » so that a browser never
# wraps there; a terminal and a calendar file get plain spaces, as every French line the CLI prints.
_PLAIN_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})


def labels(group: str) -> dict[str, str]:
    """Code → words of ``group`` in the active language (the web request's), in the catalogue's
    order. Raises ``KeyError`` for an unknown group."""
    return dict(_said(group, get_language()))


@cache  # every page asks for six groups: said once per language (a page is ~0.15 ms lighter)
def _said(group: str, language: str | None) -> tuple[tuple[str, str], ...]:
    with override(language):
        return tuple((code, str(words)) for code, words in GROUPS[group].items())


def phrase(group: str, code: str) -> Phrase:
    """The words for ``code`` of ``group`` as a ``Phrase``: a value of a sentence said later, in
    any language, without Django. Raises ``KeyError`` for an unknown group or code."""
    context, msgid = GROUPS[group][code]._args  # type: ignore[attr-defined]  # pgettext_lazy's
    return ptr(context, msgid)


@cache  # a table of thousands of rows asks for the same few words: switching language costs
def label(group: str, code: str, language: str) -> str:
    """The words for ``code`` of ``group`` in ``language`` ("fr" or "en"), with plain spaces, for
    a terminal or a file. Raises ``KeyError`` for an unknown group or code."""
    with override(language):
        return str(GROUPS[group][code]).translate(_PLAIN_SPACES)
