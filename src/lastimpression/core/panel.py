"""The panel's main contact: the one person a candidate follows up with (CRAFT R04, R27).

An excellent candidate thanks everyone met, but follows up once, with the person who owns
the process: usually the recruiter or HR. The user may choose them; otherwise they are
guessed from the titles, and the guess is shown (and can be changed) wherever it matters.

Pure: plain values in, an id out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["PanelMember", "main_contact", "main_contact_of_rows", "owns_the_process"]

# Titles of people who usually own a hiring process (folded: lower case, no accents).
_PROCESS_OWNER = re.compile(
    r"\b(?:rh|drh|grh|hr|hrbp|ressources humaines|human resources|recrut\w*|recruit\w*|talent\w*|"
    r"acquisition|people|personnel|staffing|charge(?:e)? de (?:recrutement|rh)|sourc\w*)\b"
)


@dataclass(frozen=True)
class PanelMember:
    """What the choice needs of a person met: ``chosen`` is the user's explicit choice."""

    id: int
    title: str = ""
    has_email: bool = True
    chosen: bool = False


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def owns_the_process(title: str) -> bool:
    """Whether a job ``title`` reads as HR or recruiting ("Chargée de recrutement", "DRH",
    "Talent Acquisition Partner", "HR Business Partner")."""
    return bool(_PROCESS_OWNER.search(_folded(title)))


def main_contact(people: Sequence[PanelMember]) -> int | None:
    """The id of the panel's main contact: the one the user chose; else the first person with
    an e-mail whose title reads as HR or recruiting; else the first person with an e-mail;
    else the first person. None for nobody."""
    if not people:
        return None
    for person in people:
        if person.chosen:
            return person.id
    reachable = [person for person in people if person.has_email]
    for person in reachable:
        if owns_the_process(person.title):
            return person.id
    return (reachable or list(people))[0].id


def main_contact_of_rows(rows: Sequence[Mapping[str, Any]]) -> int | None:
    """``main_contact`` of people read as rows (``id``, ``title``, ``email``, ``main_contact``):
    the JSON shapes and the lean read path both call it."""
    return main_contact(
        [PanelMember(row["id"], row["title"], bool(row["email"]), bool(row["main_contact"])) for row in rows]
    )


def is_guessed(people: Sequence[PanelMember]) -> bool:
    """Whether the main contact is the program's guess (nobody chosen by the user)."""
    return not any(person.chosen for person in people)
