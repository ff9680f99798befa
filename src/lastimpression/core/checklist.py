"""The exit checklist of the method (PRODUCT.md §1, points 1 and 2), in the one catalogue.

The question to ask before leaving and the sentence for the door are the card's (core.card).

Worded so that it needs no grammatical agreement with the candidate. The lines are ``Phrase``s
(English msgids, French in ``locale/fr/LC_MESSAGES/django.po``, with the catalogue's typography);
``checklist_lines`` and ``exit_checklist`` say them in the language asked.
"""

from __future__ import annotations

from lastimpression.phrases import Phrase, tr

_STAY_SHARP_CALL = tr(
    "Stay sharp until the call ends: the last minutes and the small talk count as much as the interview."
)

# The checklist by interview mode. A call has no corridor and no receptionist: the same two
# points, for the end of a call.
CHECKLIST: dict[str, tuple[Phrase, ...]] = {
    "onsite": (
        tr(
            "Stay sharp until the door closes: the walk out and the small talk (the weather, the strikes) "
            "count as much as the interview."
        ),
        tr("Greet everyone on the way out: the receptionist, the assistants, anyone you cross."),
    ),
    "video": (_STAY_SHARP_CALL, tr("Thank each person by name before you leave the call, and let the host end it.")),
    "phone": (_STAY_SHARP_CALL, tr("Thank the person by name and let them hang up first.")),
}

TITLE = tr("Last impression")


def checklist_lines(language: str, mode: str = "onsite") -> tuple[str, ...]:
    """The checklist's lines in ``language`` (fr or en) for an interview held ``mode`` (onsite,
    video, phone): only an interview on site has a way out past a receptionist."""
    return tuple(line.say(language) for line in CHECKLIST.get(mode, CHECKLIST["onsite"]))


def exit_checklist(language: str, mode: str = "onsite") -> str:
    """The checklist as plain text lines ("- ..."), in ``language`` (fr or en), for ``mode``."""
    return "\n".join(f"- {line}" for line in checklist_lines(language, mode))
