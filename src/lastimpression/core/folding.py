"""Text folded for lenient comparisons: case-folded, without accents, ’ read as '.

One definition for the modules that compare what a user typed with words they know (the
linter, the French grammar of names, the perks, invitation e-mails). Pure.
"""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """``text`` case-folded, without accents, with ’ read as ' ("L’Équipe" → "l'equipe")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    if decomposed.isascii():
        return decomposed
    return "".join(char for char in decomposed if not unicodedata.combining(char))
