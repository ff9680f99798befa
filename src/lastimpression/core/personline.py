"""A person as written on one quick line: "Mme Claire Dupont, DRH", "M. Martin (CTO)", "Sarah
Thompson – Engineering Manager". The salutation is read only when written ("Mme", "M.",
"Madame", "Mr", "Ms"…): never guessed from a first name. The title is what follows a comma, a
dash or sits in parentheses. Pure and total."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["PersonLine", "read_person_line"]

_SALUTATIONS = {
    "mme": "madame", "madame": "madame", "mlle": "madame", "mademoiselle": "madame", "mrs": "madame",
    "ms": "madame", "miss": "madame", "m": "monsieur", "monsieur": "monsieur", "mr": "monsieur",
}  # fmt: skip
_LEADING = re.compile(r"^\s*([A-Za-z]+)\.?\s+(?=\S)")
_NOTE = re.compile(r"\s*\(([^)]*)\)\s*$")
_TITLE_AFTER = re.compile(r"\s*(?:,|\s[–—-]\s)\s*")


@dataclass(frozen=True)
class PersonLine:
    """The name, the salutation written before it ("madame", "monsieur", or "" when none)
    and the title written after it ("" when none)."""

    name: str
    salutation: str
    title: str


def read_person_line(text: str) -> PersonLine:
    """Split a quick line into a name, a written salutation and a title. "M." needs its dot or
    a following name ("M Martin"); a lone word is a name ("Mme" alone is kept as written)."""
    line = " ".join((text or "").split())
    title = ""
    note = _NOTE.search(line)
    if note and note.start() > 0:
        title, line = note.group(1).strip(), line[: note.start()].strip()
    else:
        parts = _TITLE_AFTER.split(line, maxsplit=1)
        if len(parts) == 2 and parts[0] and parts[1]:
            line, title = parts[0].strip(), parts[1].strip()
    salutation = ""
    leading = _LEADING.match(line)
    if leading and leading.group(1).casefold() in _SALUTATIONS:
        salutation, line = _SALUTATIONS[leading.group(1).casefold()], line[leading.end() :].strip()
    return PersonLine(line, salutation, title)
