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

# A call has no corridor and no receptionist: the same two points, for the end of a call.
CALL_CHECKLIST: dict[str, dict[str, tuple[str, ...]]] = {
    "video": {
        "fr": (
            "Gardez toute votre attention jusqu’à la fin de l’appel : les dernières minutes et les propos "
            "anodins comptent autant que l’entretien.",
            "Avant de quitter la visioconférence, remerciez chaque personne par son nom ; laissez l’hôte "
            "mettre fin à l’appel.",
        ),
        "en": (
            "Stay sharp until the call ends: the last minutes and the small talk count as much as the interview.",
            "Thank each person by name before you leave the call, and let the host end it.",
        ),
    },
    "phone": {
        "fr": (
            "Gardez toute votre attention jusqu’à la fin de l’appel : les dernières minutes et les propos "
            "anodins comptent autant que l’entretien.",
            "Remerciez votre interlocuteur par son nom et laissez-le raccrocher le premier.",
        ),
        "en": (
            "Stay sharp until the call ends: the last minutes and the small talk count as much as the interview.",
            "Thank the person by name and let them hang up first.",
        ),
    },
}

TITLE = {"fr": "Dernière impression", "en": "Last impression"}


def checklist_lines(language: str, mode: str = "onsite") -> tuple[str, ...]:
    """The checklist's lines in ``language`` (fr or en) for an interview held ``mode`` (onsite,
    video, phone): only an interview on site has a way out past a receptionist."""
    language = "fr" if language == "fr" else "en"
    return CALL_CHECKLIST[mode][language] if mode in CALL_CHECKLIST else EXIT_CHECKLIST[language]


def exit_checklist(language: str, mode: str = "onsite") -> str:
    """The checklist as plain text lines ("- ..."), in ``language`` (fr or en), for ``mode``."""
    return "\n".join(f"- {line}" for line in checklist_lines(language, mode))
