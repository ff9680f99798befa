"""A linter finding, and what every rule uses to say it.

A finding's ``span`` is a half-open interval ``(start, end)`` of character (code point) offsets
into the **body** of the draft, as given (not normalised). A finding about the subject, or
about the message as a whole (a missing greeting, a length), has ``span = None``; when it is
about the subject, its message says so ("In the subject: …").

A finding says nothing in a language of its own (issue 16): it holds a ``Phrase`` of the one
catalogue (``lastimpression.phrases``), an English msgid and its values, said in the language
asked. A value that is the user's own text (a quoted word, a name) is a plain string, shown as
written; a value that depends on the language is a nested ``Phrase``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from lastimpression.phrases import Phrase, tr

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


@dataclass(frozen=True)
class Finding:
    """One problem found in a message: a code, a severity, what to tell the candidate (a
    complete sentence they can act on) and where. ``span`` is ``None`` or ``(start, end)`` with
    ``0 <= start <= end <= len(body)``."""

    code: str
    severity: Severity
    phrase: Phrase
    span: tuple[int, int] | None = None

    @property
    def message(self) -> str:
        """The message in English (PRODUCT.md §5's ``message``)."""
        return self.phrase.say("en")

    @property
    def message_fr(self) -> str:
        """The message in French, from the catalogue."""
        return self.phrase.say("fr")

    def as_json(self) -> dict[str, object]:
        """The PRODUCT.md §5 shape: ``{"code", "severity", "message", "span"}`` (the English
        message; span a two-item list or null)."""
        return {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "span": list(self.span) if self.span is not None else None,
        }

    def text(self, language: str) -> str:
        """The message in ``language`` ("fr" gives the French one, anything else English)."""
        return self.phrase.say("fr" if language == "fr" else "en")


def quoted(text: str, limit: int = 60) -> str:
    """A piece of the user's text, shortened and on one line, for quoting in a message."""
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def alternatives(texts: Sequence[str]) -> Phrase:
    """The user's ``texts`` quoted and joined by "or" in the language said: “a” or “b”,
    « a » ou « b »."""
    said = tr("“%(text)s”", text=texts[0])
    for text in texts[1:]:
        said = tr("%(first)s or %(second)s", first=said, second=tr("“%(text)s”", text=text))
    return said


def finding(
    code: str, severity: Severity, phrase: Phrase, span: tuple[int, int] | None = None, *, in_subject: bool = False
) -> Finding:
    """A Finding saying ``phrase``. ``in_subject`` prefixes it with "In the subject: " and drops
    the span (spans point into the body only)."""
    if in_subject:
        return Finding(code, severity, tr("In the subject: %(finding)s", finding=phrase))
    return Finding(code, severity, phrase, span)
