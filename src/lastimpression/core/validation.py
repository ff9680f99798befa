"""Validation of what a user types, in one place, for the CLI, the web UI, import and restore.

Each function returns the cleaned value or raises ``InvalidValue`` naming the field, with the
problem said in English and in French (the caller picks the user's language).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime

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
    """A user-supplied value that is not acceptable; ``field`` names what was wrong. The
    messages are kept on one line."""

    def __init__(self, field: str, message: str, message_fr: str | None = None) -> None:
        message = _one_line(message)
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.message_fr = _one_line(message_fr) if message_fr else message

    def say(self, language: str) -> str:
        """The one line shown to the user, in ``language`` (fr or en)."""
        return f"{self.field}: {self.message_fr if language == 'fr' else self.message}"


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
            raise InvalidValue(field, "is empty", "est vide")
        return ""
    if len(cleaned) > max_length:
        raise InvalidValue(
            field,
            f"is {len(cleaned)} characters long; at most {max_length} are allowed",
            f"fait {len(cleaned)} caractères ; {max_length} au plus sont permis",
        )
    allowed = "\n\t" if multiline else ""
    refused = ("Cc",) if multiline else ("Cc", "Zl", "Zp")
    if any(unicodedata.category(char) in refused and char not in allowed for char in cleaned):
        raise InvalidValue(
            field,
            "contains a control character (line break, tab...)",
            "contient un caractère de contrôle (saut de ligne, tabulation…)",
        )
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
            field,
            f"{quoted(raw)} is not a valid e-mail address ({error})",
            f"{quoted(raw)} n'est pas une adresse électronique valide ({error})",
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
            f"{quoted(raw)} is not a LinkedIn profile URL (expected https://www.linkedin.com/in/NAME)",
            f"{quoted(raw)} n'est pas l'adresse d'un profil LinkedIn (attendu : https://www.linkedin.com/in/NOM)",
        )
    return f"https://www.linkedin.com/{match.group(1).lower()}/{match.group(2)}"


def whole_number(value: str | None, field: str, low: int, high: int, *, unit: tuple[str, str] = ("", "")) -> int:
    """A whole number from ``low`` to ``high`` typed as text; ``unit`` (English, French) names
    what it counts ("seconds", "secondes") in the refusal."""
    cleaned = (value or "").strip()
    if not cleaned.isdigit() or not low <= int(cleaned) <= high:
        of_en, of_fr = (f" of {unit[0]}", f" de {unit[1]}") if unit[0] else ("", "")
        raise InvalidValue(
            field, f"must be a whole number{of_en} from {low} to {high}, not {quoted(value)}",
            f"doit être un nombre entier{of_fr} de {low} à {high}, et non {quoted(value)}",
        )  # fmt: skip
    return int(cleaned)


def choice(value: str | None, field: str, choices: tuple[str, ...]) -> str:
    cleaned = (value or "").strip().lower()
    if cleaned not in choices:
        listed = ", ".join(choices)
        raise InvalidValue(
            field,
            f"must be one of {listed}, not {quoted(value)}",
            f"doit être l'une des valeurs {listed}, et non {quoted(value)}",
        )
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
        f"{quoted(written)} is outside the dates this program accepts (years {FIRST_YEAR} to {LAST_YEAR})",
        f"{quoted(written)} est hors des dates acceptées (années {FIRST_YEAR} à {LAST_YEAR})",
    )


def instant_in_window(value: datetime, field: str, shown: str | None = None) -> datetime:
    """``value`` when it is aware and falls in the window (``in_window``) both in its own
    offset and in UTC; else InvalidValue naming ``field`` (``shown``: how the user wrote it)."""
    written = shown if shown is not None else value.isoformat()
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidValue(field, f"{quoted(written)} has no UTC offset", f"{quoted(written)} n'a pas de décalage UTC")
    in_window(value, field, written)
    in_window(value.astimezone(UTC), field, written)
    return value
