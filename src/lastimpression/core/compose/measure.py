"""How long a message is: words for e-mails, characters for LinkedIn notes.

Shared by the composer (which keeps its drafts inside the ranges of PRODUCT.md §4 and §6) and
the linter (LI008, LI012), so that both measure the same way.
"""

from __future__ import annotations

import unicodedata

__all__ = ["linkedin_length", "word_count"]


def word_count(text: str) -> int:
    """The number of words in ``text``, counted as a word processor counts them.

    A word is a run of characters between whitespace (any Unicode whitespace, including the
    no-break spaces U+00A0 and U+202F of French typography) that holds at least one letter or
    digit. So "l’entretien", "d’ici", "Re:", "PostgreSQL" and a URL are one word each; a lone
    "?", ";", "–" or "«" is none; a phone number "+33 6 12 34 56 78" is six. The whole text
    counts: greeting, closing and signature lines included (that is what the linter measures).
    """
    return sum(1 for token in text.split() if any(character.isalnum() for character in token))


def linkedin_length(text: str) -> int:
    """The length of a LinkedIn invitation note as LinkedIn counts it against its limit.

    The text is normalised to Unicode NFC first (so "é" typed as "e" + combining accent counts
    once), then every code point counts, spaces and line breaks included; an emoji made of
    several code points (a flag, a skin tone, a ZWJ family) counts as that many.
    """
    return len(unicodedata.normalize("NFC", text))
