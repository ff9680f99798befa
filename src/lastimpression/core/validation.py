"""Validation of what a user types, in one place, for the CLI, the web UI, import and restore.

Each function returns the cleaned value or raises ``InvalidValue`` naming the field, with the
problem as a ``Phrase`` of the one catalogue (the caller says it in the user's language).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime
from typing import Literal

from lastimpression.phrases import N_, Phrase, say, tr

NAME_MAX = 200
TEXT_MAX = 500
NOTE_MAX = 10_000
# The dates every door accepts (PRODUCT.md §7): wide enough for any interview, and far enough
# from the ends of Python's datetime (years 1 and 9999) that the plan's arithmetic (a
# follow-up weeks later, an offset, a calendar year's holidays) never leaves its range.
FIRST_YEAR = 1970
LAST_YEAR = 2200

_LINKEDIN = re.compile(
    r"^(?:https?://)?(?:[a-z]{2,3}\.|www\.)?linkedin\.com/(in|pub)/([^/?#\s]{2,100})/?(?:[?#].*)?$",
    re.IGNORECASE,
)


# How much of a refused value an error quotes: enough to recognise it, never a whole file.
QUOTED_MAX = 80


def quoted(value: object) -> str:
    """``value`` as an error quotes it: its ``repr``, a text longer than QUOTED_MAX characters
    cut there with an ellipsis inside the quotes (a 10,000-character value is not echoed)."""
    if isinstance(value, str) and len(value) > QUOTED_MAX:
        return repr(value[:QUOTED_MAX] + "…")
    written = repr(value)
    return written if len(written) <= QUOTED_MAX else written[:QUOTED_MAX] + "…"


def _one_line(message: str) -> str:
    # An error is one line on stderr even when it quotes a library's words or a value that
    # holds line breaks (a calendar's escaped \n, U+2028...).
    return " ".join(message.splitlines())


class InvalidValue(ValueError):
    """A user-supplied value that is not acceptable: ``field`` names what was wrong, ``problem``
    says what is wrong with it, a ``Phrase`` of the catalogue (or, rarely, words that are not
    ours, a library's or the system's, shown as they are). ``message`` is the problem in
    English; every line is kept on one line."""

    def __init__(self, field: str, problem: Phrase | str) -> None:
        self.field = field
        self.problem = problem
        self.message = self.problem_in("en")
        super().__init__(f"{field}: {self.message}")

    def problem_in(self, language: str) -> str:
        """The problem without the field, in ``language`` (fr or en)."""
        return _one_line(say(self.problem, language))

    def say(self, language: str) -> str:
        """The one line shown to the user, in ``language`` (fr or en)."""
        return f"{self.field}: {self.problem_in(language)}"


def text(
    value: str | None, field: str, *, required: bool = True, max_length: int = NAME_MAX, multiline: bool = False
) -> str:
    """Strip and check a piece of text.

    Refuses empty text when ``required``, text over ``max_length`` characters, and control
    characters (a CR or LF in a name would become a header injection in an e-mail); unless
    ``multiline``, also the Unicode line and paragraph separators (U+2028, U+2029).
    """
    cleaned = unicodedata.normalize("NFC", (value or "").strip())
    if multiline:
        # Browsers send a textarea's line breaks as CR LF: they are line breaks, not controls.
        cleaned = cleaned.replace("\r\n", "\n").replace("\r", "\n")
    if not cleaned:
        if required:
            raise InvalidValue(field, tr("is empty"))
        return ""
    if len(cleaned) > max_length:
        raise InvalidValue(
            field,
            tr("is %(length)d characters long; at most %(limit)d are allowed", length=len(cleaned), limit=max_length),
        )
    allowed = "\n\t" if multiline else ""
    refused = ("Cc",) if multiline else ("Cc", "Zl", "Zp")
    if any(unicodedata.category(char) in refused and char not in allowed for char in cleaned):
        raise InvalidValue(field, tr("contains a control character (line break, tab...)"))
    return cleaned


def email(value: str | None, field: str = "email", *, required: bool = False) -> str:
    """A syntactically valid e-mail address (no network look-up), normalised; '' when absent."""
    raw = text(value, field, required=required, max_length=254)
    if not raw:
        return ""
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(raw, check_deliverability=False).normalized
    except EmailNotValidError as error:
        raise InvalidValue(
            field, tr("%(value)s is not a valid e-mail address (%(reason)s)", value=quoted(raw), reason=str(error))
        ) from None


def linkedin_url(value: str | None, field: str = "linkedin") -> str:
    """A LinkedIn profile URL, normalised to https://www.linkedin.com/in/SLUG; '' when absent."""
    raw = text(value, field, required=False, max_length=TEXT_MAX)
    if not raw:
        return ""
    match = _LINKEDIN.match(raw)
    if not match:
        raise InvalidValue(
            field,
            tr(
                "%(value)s is not a LinkedIn profile URL (expected https://www.linkedin.com/in/NAME)", value=quoted(raw)
            ),
        )
    return f"https://www.linkedin.com/{match.group(1).lower()}/{match.group(2)}"


# The refusal of a whole number, by the unit it counts.
_WHOLE_NUMBER = {
    "": N_("must be a whole number from %(low)d to %(high)d, not %(value)s"),
    "seconds": N_("must be a whole number of seconds from %(low)d to %(high)d, not %(value)s"),
    "minutes": N_("must be a whole number of minutes from %(low)d to %(high)d, not %(value)s"),
}


def whole_number(
    value: str | None, field: str, low: int, high: int, *, unit: Literal["", "seconds", "minutes"] = ""
) -> int:
    """A whole number from ``low`` to ``high`` typed as text; ``unit`` names what it counts in
    the refusal."""
    cleaned = (value or "").strip()
    if not cleaned.isdigit() or not low <= int(cleaned) <= high:
        raise InvalidValue(field, tr(_WHOLE_NUMBER[unit], low=low, high=high, value=quoted(value)))
    return int(cleaned)


def choice(value: str | None, field: str, choices: tuple[str, ...]) -> str:
    cleaned = (value or "").strip().lower()
    if cleaned not in choices:
        listed = ", ".join(choices)
        raise InvalidValue(field, tr("must be one of %(choices)s, not %(value)s", choices=listed, value=quoted(value)))
    return cleaned


def topics(values: list[str] | tuple[str, ...], field: str = "topic") -> list[str]:
    """The topics discussed with a person: each non-empty, at most 500 characters."""
    return [text(value, field, max_length=TEXT_MAX) for value in values if value and value.strip()]


def in_window(value: date, field: str, shown: str | None = None) -> None:
    """Raise InvalidValue naming ``field`` unless ``value`` (a date, or a datetime read in its
    own offset) falls in the years FIRST_YEAR to LAST_YEAR; ``shown`` is how the user wrote it."""
    if FIRST_YEAR <= value.year <= LAST_YEAR:
        return
    written = shown if shown is not None else value.isoformat()
    raise InvalidValue(
        field,
        tr(
            "%(value)s is outside the dates this program accepts (years %(first)d to %(last)d)",
            value=quoted(written), first=FIRST_YEAR, last=LAST_YEAR,
        ),
    )  # fmt: skip


def instant_in_window(value: datetime, field: str, shown: str | None = None) -> datetime:
    """``value`` when it is aware and falls in the window (``in_window``) both in its own
    offset and in UTC; else InvalidValue naming ``field`` (``shown``: how the user wrote it)."""
    written = shown if shown is not None else value.isoformat()
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidValue(field, tr("%(value)s has no UTC offset", value=quoted(written)))
    in_window(value, field, written)
    in_window(value.astimezone(UTC), field, written)
    return value
