"""A linter finding, and the two-language wording helpers every rule uses.

A finding's ``span`` is a half-open interval ``(start, end)`` of character (code point) offsets
into the **body** of the draft, as given (not normalised). A finding about the subject, or
about the message as a whole (a missing greeting, a length), has ``span = None``; when it is
about the subject, its message says so ("In the subject: …").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

# French typography for the French messages: narrow no-break space before ; ! ?, no-break
# space before : and inside guillemets. Templates are written with plain spaces.
_FRENCH_SPACES = (
    (" ;", "\u202f;"),
    (" !", "\u202f!"),
    (" ?", "\u202f?"),
    (" :", "\u00a0:"),
    (" %", "\u00a0%"),
    ("« ", "«\u00a0"),
    (" »", "\u00a0»"),
)


@dataclass(frozen=True)
class Finding:
    """One problem found in a message.

    ``message`` is English, ``message_fr`` French; both are complete sentences a candidate can
    act on. ``span`` is ``None`` or ``(start, end)`` with ``0 <= start <= end <= len(body)``.
    """

    code: str
    severity: Severity
    message: str
    message_fr: str
    span: tuple[int, int] | None = None

    def as_json(self) -> dict[str, object]:
        """The PRODUCT.md §5 shape: ``{"code", "severity", "message", "span"}`` (span a
        two-item list or null)."""
        return {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "span": list(self.span) if self.span is not None else None,
        }

    def text(self, language: str) -> str:
        """The message in ``language`` ("fr" gives the French one, anything else English)."""
        return self.message_fr if language == "fr" else self.message


def english(template: str, **values: object) -> str:
    """``template`` filled with ``values`` (str.format: values are never re-interpreted)."""
    return template.format(**values)


def french(template: str, **values: object) -> str:
    """``template`` with French spacing before ``; ! ? :`` and inside « », then filled with
    ``values`` (which keep their own spacing)."""
    for plain, spaced in _FRENCH_SPACES:
        template = template.replace(plain, spaced)
    return template.format(**values)


def guillemets(text: str) -> str:
    """``text`` between French quotation marks, with their no-break spaces."""
    return f"«\u00a0{text}\u00a0»"


def quoted(text: str, limit: int = 60) -> str:
    """A piece of the user's text, shortened and on one line, for quoting in a message."""
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def finding(
    code: str,
    severity: Severity,
    en: str,
    fr: str,
    span: tuple[int, int] | None = None,
    *,
    in_subject: bool = False,
    **values: object,
) -> Finding:
    """A Finding whose two messages are ``en`` and ``fr`` filled with ``values``.

    ``in_subject`` prefixes both messages with "In the subject: " / "Dans l'objet : " and
    drops the span (spans point into the body only).
    """
    message = english(en, **values)
    message_fr = french(fr, **values)
    if in_subject:
        message = "In the subject: " + message
        message_fr = french("Dans l’objet : ") + message_fr
        span = None
    return Finding(code, severity, message, message_fr, span)
