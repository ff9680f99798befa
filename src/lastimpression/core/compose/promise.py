"""The promise sentence of a thank-you (PRODUCT.md §1.4 and §4 "The promise", CRAFT R04).

The decision date is the recruiter's, but the input never says who gave it: it is cited
neutrally ("La décision est prévue…", "With a decision expected…"), never put in the
contact's mouth ("Vous m’avez indiqué…", "You mentioned…").

The thank-you announces, conditionally and in words, the date on which the candidate will
follow up: the plan's follow-up date. When the recruiter gave a decision date, the sentence
cites it first. The promised date always follows the same verb ("vous recontacter le …",
"te recontacter le …", "follow up on …") so that the linter (LI007) finds it.
"""

from __future__ import annotations

import re

__all__ = ["promise_sentence"]

# (with a decision date, without one); {decision} and {promise} are dates in words.
_FRENCH_VOUS = (
    (
        "La décision est prévue d’ici le {decision} ; sans nouvelles de votre part, "
        "je me permettrai de vous recontacter le {promise}.",
        "Sans nouvelles de votre part, je me permettrai de vous recontacter le {promise}.",
    ),
    (
        "Une décision étant attendue pour le {decision}, je me permettrai, sans nouvelles de votre part d’ici "
        "là, de vous recontacter le {promise}.",
        "Je me permettrai de vous recontacter le {promise} si je n’ai pas eu de nouvelles d’ici là.",
    ),
    (
        "J’ai bien noté qu’une décision interviendrait d’ici le {decision} : si je n’ai pas de nouvelles d’ici là, "
        "je me permettrai de vous recontacter le {promise}.",
        "À défaut de nouvelles de votre part, je me permettrai de vous recontacter le {promise} "
        "pour connaître la suite du processus.",
    ),
    (
        "Comme une décision est prévue d’ici le {decision}, je me permettrai de vous recontacter le {promise} "
        "si je n’ai pas eu de nouvelles d’ici là.",
        "Pour connaître la suite, je me permettrai de vous recontacter le {promise}, "
        "à moins d’avoir de vos nouvelles d’ici là.",
    ),
)
_FRENCH_TU = (
    (
        "La décision est prévue d’ici le {decision} ; sans nouvelles de ta part, "
        "je me permettrai de te recontacter le {promise}.",
        "Sans nouvelles de ta part, je me permettrai de te recontacter le {promise}.",
    ),
    (
        "Une décision étant attendue pour le {decision}, je me permettrai, sans nouvelles de ta part d’ici "
        "là, de te recontacter le {promise}.",
        "Je me permettrai de te recontacter le {promise} si je n’ai pas eu de nouvelles d’ici là.",
    ),
    (
        "J’ai bien noté qu’une décision interviendrait d’ici le {decision} : si je n’ai pas de nouvelles d’ici là, "
        "je me permettrai de te recontacter le {promise}.",
        "À défaut de nouvelles de ta part, je me permettrai de te recontacter le {promise} "
        "pour connaître la suite du processus.",
    ),
    (
        "Comme une décision est prévue d’ici le {decision}, je me permettrai de te recontacter le {promise} "
        "si je n’ai pas eu de nouvelles d’ici là.",
        "Pour connaître la suite, je me permettrai de te recontacter le {promise}, "
        "à moins d’avoir de tes nouvelles d’ici là.",
    ),
)
_ENGLISH = (
    (
        "With a decision expected by {decision}, I will follow up on {promise} if I have not heard from you by then.",
        "Unless I hear from you sooner, I will follow up on {promise}.",
    ),
    (
        "As a decision is planned for {decision}, I will follow up on {promise}, "
        "unless I have heard from you in the meantime.",
        "I will follow up on {promise} if I have not heard from you before then.",
    ),
    (
        "I understand that a decision should be made by {decision}. If there is no news by then, "
        "I will follow up on {promise}.",
        "I will check in on {promise} about the timeline, unless I hear from you before then.",
    ),
    (
        "Since a decision is expected by {decision}, I plan to follow up on {promise}, unless I hear from you first.",
        "I plan to follow up on {promise}, unless I hear from you first.",
    ),
)


def promise_sentence(language: str, tu: bool, variant: int, promise: str, decision: str = "") -> str:
    """The promise, one sentence: ``promise`` (and ``decision``, "" when the recruiter gave no
    date) are dates already in words. ``variant`` (1, 2, 3…) picks one of four phrasings, so
    that the messages of a panel do not share it word for word."""
    table = (_FRENCH_TU if tu else _FRENCH_VOUS) if language == "fr" else _ENGLISH
    with_decision, without_decision = table[(variant - 1) % len(table)]
    sentence = with_decision if decision else without_decision
    if "," in promise and language != "fr":
        # "Wednesday, April 28" is an aside in an American sentence: closed by a comma before
        # what follows ("…on Wednesday, April 28, if I have not heard…").
        sentence = re.sub(r"\{promise\} (?=[a-z])", "{promise}, ", sentence)
    return sentence.format(decision=decision, promise=promise)
