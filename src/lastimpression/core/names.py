"""People's names as messages write them: the given name, the surname with its particles, and
the words that tell one person from another.

A name is recorded given name first ("Anne de La Tour", "Seán O'Brien", "Dupont" alone). A
particle ("de", "du", "des", "de la", "van der", "von", "di", "da", "dos", "ter", "zu", "af",
"bin", "ibn", "Mac"…) belongs to the surname that follows it; on its own it is an ordinary word
of the language, never a mention of the person. Elided or joined particles ("d'Arc", "O'Brien",
"MacLeod", "al-Rashid") are part of their word. The last word of a name is never a particle:
in "Anh Le", "Le" is the surname.

Pure and total: any string gives an answer (the empty name gives empty parts).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["belongs_to", "distinctive_words", "honorific", "is_particle", "mentions", "name_tokens", "split_name"]

# "y" and "e" join two surnames ("Ortega y Gasset", "Silva e Costa"): not particles, which start one.
_PARTICLES = frozenset({
    "ab", "af", "al", "ap", "av", "ben", "bin", "bint", "da", "dal", "dalla", "das", "de", "degli", "dei",
    "del", "della", "delle", "dello", "den", "der", "des", "di", "do", "dos", "du", "el", "ibn", "la",
    "las", "le", "les", "lo", "los", "mac", "mc", "ní", "nic", "ó", "op", "te", "ten", "ter", "ua", "van",
    "vande", "vander", "von", "zu", "zum", "zur",
})  # fmt: skip
# Elided particles written lower case at the start of a surname: "d'Arc", "l'Estrange".
_ELIDED = re.compile(r"[dl]['’]\w")
_PART_SEPARATOR = re.compile(r"['’\-]")


def _words(name: str) -> list[str]:
    """The words of ``name``, without control characters."""
    return "".join(char for char in name if char.isspace() or unicodedata.category(char) != "Cc").split()


def is_particle(word: str) -> bool:
    """Whether ``word``, in any case, is a particle ("de", "La", "van", "Mac")."""
    return unicodedata.normalize("NFC", word).casefold() in _PARTICLES


# Titles written before a name ("Dr Isabelle Kieffer", "Pr. Jean Roy", "Me Claire Petit"): the
# title, never the given name (round 47: "Bonjour Madame Isabelle Kieffer").
_HONORIFICS = {
    "dr": "Dr", "dr.": "Dr", "dre": "Dr", "docteur": "Dr", "docteure": "Dr", "doctor": "Dr",
    "pr": "Professor", "pr.": "Professor", "prof": "Professor", "prof.": "Professor", "professor": "Professor",
    "professeur": "Professor", "professeure": "Professor", "me": "Maître", "maître": "Maître", "maitre": "Maître",
}  # fmt: skip


def honorific(name: str) -> str:
    """The title written before ``name``, in a canonical form ("Dr", "Professor", "Maître"), or ""."""
    words = _words(name)
    if len(words) < 2:
        return ""
    return _HONORIFICS.get(unicodedata.normalize("NFC", words[0]).casefold(), "")


def split_name(name: str) -> tuple[str, str]:
    """(given name, surname) of a name written given name first. The surname is what follows
    the first word, or starts at a lower-case particle when there is one: "Claire Martin" →
    ("Claire", "Martin"), "Marie-Hélène Éloïse de La Tour" → ("Marie-Hélène", "de La Tour"),
    "Jeanne Marie d'Arc" → ("Jeanne", "d'Arc"), "Maude Tremblay Gagnon" → ("Maude", "Tremblay
    Gagnon"). A one-word name is both ("Dupont" → ("Dupont", "Dupont")); an empty one ("", "")."""
    words = _words(name)
    if honorific(name) and len(words) > 2:
        words = words[1:]  # "Dr Isabelle Kieffer" → ("Isabelle", "Kieffer")
    if not words:
        return "", ""
    if len(words) == 1:
        return words[0], words[0]
    for index in range(1, len(words)):
        word = words[index]
        if (word in _PARTICLES and index < len(words) - 1) or _ELIDED.match(word):
            # Round 78 (three C's): "Pieter Van den Broeck" → "Van den Broeck", never "den Broeck":
            # a capitalised particle right before a lower-case one belongs to the surname.
            if index > 1 and words[index - 1].casefold() in _PARTICLES:
                index -= 1
            return words[0], " ".join(words[index:])
    return words[0], " ".join(words[1:])


def distinctive_words(name: str) -> tuple[str, ...]:
    """The words of ``name`` that designate the person on their own: all but the particles and
    the initials. "Anne de La Tour" → ("Anne", "Tour"); "Seán O'Brien" → ("Seán", "O'Brien");
    "Marc du Pont" → ("Marc", "Pont"); "Dupont" → ("Dupont",). The first and the last words
    are never particles ("Van Morrison", "Anh Le")."""
    words = _words(name)
    last = len(words) - 1
    return tuple(
        word
        for index, word in enumerate(words)
        if sum(char.isalpha() for char in word) > 1 and (index in (0, last) or not is_particle(word))
    )


def mentions(name: str) -> tuple[str, ...]:
    """The ways a text may name this person, longest first: the full name, the surname with its
    particles and without the leading ones, then each distinctive word. "Anne de La Tour" →
    ("Anne de La Tour", "de La Tour", "La Tour", "Anne", "Tour"). A particle alone is never one."""
    words = _words(name)
    forms: list[str] = []
    if len(words) > 1:
        forms.append(" ".join(words))
        surname = split_name(name)[1].split(" ")
        for index in range(len(surname) - 1):
            if index > 0 and not is_particle(surname[index - 1]):
                break
            forms.append(" ".join(surname[index:]))
    forms += distinctive_words(name)
    return tuple(dict.fromkeys(forms))


def _key(word: str) -> str:
    return unicodedata.normalize("NFC", word).casefold().replace("’", "'")


def name_tokens(name: str) -> frozenset[str]:
    """The words of ``name`` and their parts (split at apostrophes and hyphens), case-folded,
    NFC, with ’ read as ': "Jean-Pierre O’Brien" → {"jean-pierre", "jean", "pierre", "o'brien",
    "o", "brien"}."""
    tokens: set[str] = set()
    for word in _words(name):
        key = _key(word)
        tokens.add(key)
        tokens.update(part for part in _PART_SEPARATOR.split(key) if part)
    return frozenset(tokens)


def belongs_to(word: str, tokens: frozenset[str] | set[str]) -> bool:
    """Whether ``word`` as written in a text ("O’Brien", "MARTIN", "Claire") is one of the
    words of the name whose ``name_tokens`` are ``tokens``, or is made only of their parts.
    "Jean-Pierre" does not belong to "Pierre Martin"."""
    key = _key(word)
    if key in tokens:
        return True
    parts = {part for part in _PART_SEPARATOR.split(key) if part}
    return bool(parts) and parts <= tokens
