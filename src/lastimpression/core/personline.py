"""A person as written on one quick line: "Mme Claire Dupont, DRH", "M. Martin (CTO)", "Sarah
Thompson – Engineering Manager", "Claire Martin <claire.martin@example.org>, DRH". The
salutation is read only when written ("Mme", "M.", "Madame", "Mr", "Ms"…): never guessed from a
first name. The title is what follows a comma, a dash or sits in parentheses. An e-mail address
anywhere on the line ("<…>", "(…)", "mailto:…" or bare) is taken out of it; it is not checked
here (the form's validator says what is wrong with it). Pure and total."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["PersonLine", "read_person_line"]

_SALUTATIONS = {
    "mme": "madame", "madame": "madame", "mlle": "madame", "mademoiselle": "madame", "mrs": "madame",
    "ms": "madame", "miss": "madame", "m": "monsieur", "monsieur": "monsieur", "mr": "monsieur",
}  # fmt: skip
_LEADING = re.compile(r"^\s*([A-Za-z]+)\.?\s+(?=\S)")
_NOTE = re.compile(r"\s*\(([^()]*)\)\s*$")
_TITLE_AFTER = re.compile(r"\s*(?:,|\s[–—-]\s)\s*")
# What an address can be made of on a line: anything but spaces and the marks around it.
_ADDRESS_PART = r"[^\s<>()\[\]{},;\"'«»]+"
# One address, in brackets of any kind or bare, "mailto:" or not; it starts where a word starts
# (the look-behind keeps a long line without an address linear to read).
_ADDRESS = re.compile(
    rf"[<(\[{{«]\s*(?:mailto:)?({_ADDRESS_PART}@{_ADDRESS_PART})\s*[>)\]}}»]"
    rf"|(?<![^\s<>()\[\]{{}},;\"'«»])(?:mailto:)?({_ADDRESS_PART}@{_ADDRESS_PART})",
    re.IGNORECASE,
)
# What separates the name from the title once the address is out: a comma, a semicolon, or a
# dash with a space on each side (never the hyphen of "Jean-Pierre").
_SEPARATOR = re.compile(r"([,;]|(?<=\s)[–—-](?=\s|$)|^[–—-](?=\s))")
_QUOTES = "\"'“”«»‘’"


@dataclass(frozen=True)
class PersonLine:
    """The name, the salutation written before it ("madame", "monsieur", or "" when none),
    the title written after it ("" when none), and the addresses found on the line (usually
    none or one)."""

    name: str
    salutation: str
    title: str
    addresses: tuple[str, ...] = ()

    @property
    def email(self) -> str:
        """The address written on the line ("" when none; the first when several)."""
        return self.addresses[0] if self.addresses else ""


def read_person_line(text: str) -> PersonLine:
    """Split a quick line into a name, a written salutation, a title and the addresses on it.
    "M." needs its dot or a following name ("M Martin"); a lone word is a name ("Mme" alone is
    kept as written)."""
    line = " ".join((text or "").split())
    line, addresses = _take_addresses(line)
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
    return PersonLine(line, salutation, title, addresses)


def _take_addresses(line: str) -> tuple[str, tuple[str, ...]]:
    """``line`` without its addresses (and the separators they leave doubled or dangling),
    and the addresses in the order written."""
    found = [(match.group(1) or match.group(2)).rstrip(".") for match in _ADDRESS.finditer(line)]
    if not found:
        return line, ()
    rest = _ADDRESS.sub(" ", line)
    pieces = _SEPARATOR.split(rest)
    kept: list[str] = []
    separator = ""
    for index, piece in enumerate(pieces):
        if index % 2:  # a separator: kept only between two pieces that hold something
            separator = separator or piece
            continue
        words = " ".join(piece.split())
        if len(words) >= 2 and words[0] in _QUOTES and words[-1] in _QUOTES:  # "Claire Martin" <claire@…>
            words = words[1:-1].strip()
        if not words:
            continue
        if kept:
            kept.append(", " if separator in ",;" else f" {separator} ")
        kept.append(words)
        separator = ""
    return "".join(kept), tuple(address for address in found if address)
