"""The exit checklist of the method (PRODUCT.md §1, points 1 and 2), in French and English.

The question to ask before leaving and the sentence for the door are the card's (core.card).

Worded so that it needs no grammatical agreement with the candidate.
"""

from __future__ import annotations

EXIT_CHECKLIST: dict[str, tuple[str, ...]] = {
    "fr": (
        "Gardez toute votre attention jusqu’à la porte : le trajet vers la sortie et les propos "
        "anodins (la météo, les grèves) comptent autant que l’entretien.",
        "Saluez chaque personne croisée en partant : l’accueil, le secrétariat, toute personne rencontrée.",
    ),
    "en": (
        "Stay sharp until the door closes: the walk out and the small talk (the weather, the strikes) "
        "count as much as the interview.",
        "Greet everyone on the way out: the receptionist, the assistants, anyone you cross.",
    ),
}

TITLE = {"fr": "Dernière impression", "en": "Last impression"}


def exit_checklist(language: str) -> str:
    """The checklist as plain text lines ("- ..."), in ``language`` (fr or en)."""
    lines = EXIT_CHECKLIST["fr" if language == "fr" else "en"]
    return "\n".join(f"- {line}" for line in lines)
