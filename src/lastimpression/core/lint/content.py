"""What the message says: LI004 (thanks), LI005 (something specific), LI006 (motivation),
LI007 (the promise to follow up, its date, and weekdays that match their dates).

The cues are word patterns, deliberately broad: these rules warn about a message that has
none of what it needs, they do not grade the wording (CRAFT.md does).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from lastimpression.core.lint.dates import DateMention, find_dates, weekday_name, write_date
from lastimpression.core.lint.evidence import shown_proof_point
from lastimpression.core.lint.finding import Finding, finding, guillemets
from lastimpression.core.lint.patterns import lazy
from lastimpression.core.lint.text import LETTER_WORD, MessageText, fold

THANKS_CODE = "LI004"
SPECIFIC_CODE = "LI005"
MOTIVATION_CODE = "LI006"
PROMISE_CODE = "LI007"

_THANKS = {
    "fr": lazy(r"\b(?:merci|remerci\w*|reconnaissante?|gratitude)\b", re.IGNORECASE),
    "en": lazy(r"\b(?:thank\w*|grateful|gratitude|appreciat\w*)\b", re.IGNORECASE),
}
# Any statement of motivation (LI006 wants one; LI021 wants it shown, not only stated).
MOTIVATION = {
    "fr": lazy(
        r"\b(?:motiv\w*|enthousias\w*|intéress(?:e|é|ée|és|ées)\b|(?:mon|vif|tout\s+mon|réel|grand)\s+intérêt|"
        r"envie\s+de|hâte\s+de|désireu(?:x|se)|convaincu\w*|conforté\w*|rejoindre|contribuer|apporter|"
        r"m['’]investir|mettre\s+(?:à\s+profit|mon|ma|mes)|correspond\w*\s+(?:à\s+ce\s+que\s+je|à\s+mes|parfaitement|pleinement|exactement)|(?:me|m['’])\s*(?:plaît|plairait|tient\s+à\s+cœur|"
        r"passionne|enthousiasme|attire)|attir[ée]e?\s+par|ravie?\s+de\s+(?:rejoindre|contribuer|mettre|travailler))",
        re.IGNORECASE,
    ),
    "en": lazy(
        r"\b(?:motivat\w*|enthusias\w*|excit(?:ed|ing)|eager|keen|interested|(?:my|strong|keen|genuine|real|"
        r"great)\s+interest|passion\w*|(?:join|joining|contribute|contributing|bring|bringing)\b|"
        r"forward\s+to\s+(?:joining|contributing|working|bringing|helping|putting)|appeals?\s+to\s+me|"
        r"confident|a\s+(?:great|strong|good)\s+fit|(?:matches|fits)\s+(?:what\s+I|my))",
        re.IGNORECASE,
    ),
}
_PROMISE = {
    "fr": lazy(
        r"(?:recontact\w*|reprend\w{0,6}\s+contact|reprise\s+de\s+contact|rev(?:enir|iendrai|iendrais)\s+vers|"
        r"relanc\w*|prend\w{0,6}\s+de\s+(?:vos|tes)\s+nouvelles|(?:vous|te)\s+rappeler\w*|(?:vous|te)\s+rappellerai\w*|"
        r"(?:vous|te)\s+(?:réécrire|écrire\s+à\s+nouveau|recontacte)|(?:vous|te)\s+contacter|prendrai\s+contact)",
        re.IGNORECASE,
    ),
    "en": lazy(
        r"\b(?:follow(?:ing)?[\s-]+up|get(?:ting)?\s+back\s+(?:in\s+touch|to\s+you)|be\s+in\s+touch|"
        r"reach(?:ing)?\s+out|touch(?:ing)?\s+base|check(?:ing)?\s+in|contact(?:ing)?\s+you|"
        r"get(?:ting)?\s+in\s+touch|write\s+to\s+you\s+again)\b",
        re.IGNORECASE,
    ),
}
# Words that say nothing specific on their own (French and English function words).
_STOP = frozenset(
    fold(word)
    for word in (
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "et", "en", "à", "a",
        "pour", "par", "sur", "dans", "avec", "sans", "vers", "chez", "votre", "vos", "notre", "nos", "mon",
        "ma", "mes", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces", "the", "and", "of", "to",
        "in", "on", "for", "with", "at", "by", "from", "an", "my", "your", "our", "their", "its", "this",
        "that", "new", "nouveau", "nouvelle",
    )
)  # fmt: skip


def check_thanks(message: MessageText) -> Iterator[Finding]:
    """LI004: no word of thanks in the body (an error for a thank-you, a warning otherwise)."""
    if _THANKS[_lang(message)].search(message.body):
        return
    thank_you = message.kind == "thank_you"
    yield finding(
        THANKS_CODE,
        "error" if thank_you else "warning",
        "The message never thanks {name}: thank them for their time and the interest they showed.",
        "Le message ne remercie jamais {name_fr} : remerciez pour le temps accordé et l’intérêt porté.",
        name=_recipient(message, "the recipient"),
        name_fr=_recipient(message, "le destinataire"),
    )


def check_specific(message: MessageText) -> Iterator[Finding]:
    """LI005: none of the recipient's topics, nor the role, nor the company appears in the
    body. A topic counts when at least half of its significant words appear; the role and the
    company when all of theirs do. Without any of them in the context, nothing is checked."""
    context = message.context
    topics = context.recipient.topics if context.recipient else ()
    whole = [context.occasion.role, context.occasion.company] if context.occasion else []
    if not any(text.strip() for text in (*topics, *whole)):
        return
    words = message.folded_words
    for topic in topics:
        significant = _significant(topic)
        if significant and 2 * sum(word in words for word in significant) >= len(significant):
            return
    for text in whole:
        significant = _significant(text)
        if significant and all(word in words for word in significant):
            return
    examples = [*topics[:2], *(text for text in whole if text.strip())]
    yield finding(
        SPECIFIC_CODE,
        "warning",
        "Nothing in the message is specific to {name} or this interview: mention {examples}.",
        "Rien dans le message n’est propre à {name_fr} ni à cet entretien : évoquez {examples_fr}.",
        name=_recipient(message, "its recipient"),
        name_fr=_recipient(message, "son destinataire"),
        examples=" or ".join(f"“{text}”" for text in examples[:3]),
        examples_fr=" ou ".join(guillemets(text) for text in examples[:3]),
    )


@lru_cache(maxsize=4096)
def _significant(text: str) -> tuple[str, ...]:
    """The folded words of ``text`` that say something (not function words, not one letter)."""
    words = (match.group() for match in LETTER_WORD.finditer(fold(text)))
    return tuple(word for word in words if len(word) > 1 and word not in _STOP)


def check_motivation(message: MessageText) -> Iterator[Finding]:
    """LI006: the thank-you states no motivation for the role. One of the candidate's proof
    points, used in the text, shows it (CRAFT R03: shown rather than asserted) and counts."""
    if MOTIVATION[_lang(message)].search(message.body) or shown_proof_point(message) is not None:
        return
    role = message.context.occasion.role if message.context.occasion else ""
    yield finding(
        MOTIVATION_CODE,
        "warning",
        "The message does not say why you want {role_en}: add one sentence tying your experience to a need they raised.",
        "Le message ne dit pas votre motivation pour {role_fr} : ajoutez une phrase qui relie votre expérience à un "
        "besoin évoqué en entretien.",
        role_en=f"the {role} role" if role else "the role",
        role_fr=f"le poste {guillemets(role)}" if role else "le poste",
    )


def check_promise(message: MessageText) -> Iterator[Finding]:
    """LI007 (thank-you): there must be a sentence promising to get back in touch, with a date
    (the first date after the promise's verb in that sentence, else the last before it); that
    date must be the plan's ``promise_date`` when known, and not before the recruiter's
    ``decision_by``. Every written weekday must match its date, and every date must exist."""
    occasion = message.context.occasion
    reference = occasion.interview_date if occasion else None
    dates = find_dates(
        message.body, message.language, reference, month_first=bool(occasion and occasion.country == "US")
    )
    yield from _impossible_dates(message, dates)
    promise = _PROMISE[_lang(message)]
    recipient = message.context.recipient
    if recipient is not None and not recipient.main_contact:
        # A panel member other than the main contact is thanked without a personal promise
        # (CRAFT R04): no finding when there is none, a warning when a dated one is written.
        for start, end in message.sentences:
            dated = any(start <= mention.start and mention.end <= end for mention in dates)
            if dated and promise.search(message.body, start, end):
                yield finding(
                    PROMISE_CODE,
                    "warning",
                    "Only the main contact is promised a follow-up: in a panel, one person hears from you again.",
                    "Seul l’interlocuteur principal se voit promettre une relance : dans un panel, une seule personne "
                    "a de vos nouvelles.",
                    (start, end),
                )
                return
        return
    undated: tuple[int, int] | None = None
    for start, end in message.sentences:
        verb = promise.search(message.body, start, end)
        if verb is None:
            continue
        inside = [mention for mention in dates if start <= mention.start and mention.end <= end]
        after = [mention for mention in inside if mention.start >= verb.end()]
        chosen = after[0] if after else (inside[-1] if inside else None)
        if chosen is not None:
            yield from _promised_date(message, chosen)
            return
        undated = undated or (start, end)
    if undated is not None:
        yield finding(
            PROMISE_CODE,
            "error",
            "The promise to follow up gives no date: write the day you will get back in touch{plan_en}.",
            "La promesse de reprendre contact ne donne pas de date : écrivez le jour où vous recontacterez{plan_fr}.",
            undated,
            plan_en=_plan_date(message, "en"),
            plan_fr=_plan_date(message, "fr"),
        )
        return
    yield finding(
        PROMISE_CODE,
        "error",
        "The thank-you does not say when you will follow up: add a sentence with the date{plan_en}.",
        "Le remerciement n’annonce pas de relance : ajoutez une phrase avec la date{plan_fr}.",
        plan_en=_plan_date(message, "en"),
        plan_fr=_plan_date(message, "fr"),
    )


def _plan_date(message: MessageText, language: str) -> str:
    """The plan's date as ' (the plan says …)' in ``language``, or "" when it is unknown."""
    occasion = message.context.occasion
    if occasion is None or occasion.promise_date is None:
        return ""
    if language == "fr":
        return f" (le plan prévoit le {write_date(occasion.promise_date, 'fr')})"
    return f" (the plan says {write_date(occasion.promise_date, 'en')})"


def _promised_date(message: MessageText, mention: DateMention) -> Iterator[Finding]:
    occasion = message.context.occasion
    if mention.value is None or occasion is None:
        return
    written = message.body[mention.start : mention.end]
    if occasion.promise_date is not None and mention.value != occasion.promise_date:
        yield finding(
            PROMISE_CODE,
            "error",
            "The message promises to follow up on {date_en}, but the plan's follow-up is on {plan_en}.",
            "Le message promet une relance le {date_fr}, mais le plan la prévoit le {plan_fr}.",
            (mention.start, mention.end),
            date_en=written,
            date_fr=written,
            plan_en=write_date(occasion.promise_date, "en"),
            plan_fr=write_date(occasion.promise_date, "fr"),
        )
    elif occasion.decision_by is not None and mention.value < occasion.decision_by:
        yield finding(
            PROMISE_CODE,
            "error",
            "The message promises to follow up on {date}, before the decision date the recruiter gave ({decision_en}).",
            "Le message promet une relance le {date}, avant la date de décision annoncée ({decision_fr}).",
            (mention.start, mention.end),
            date=written,
            decision_en=write_date(occasion.decision_by, "en"),
            decision_fr=write_date(occasion.decision_by, "fr"),
        )


def _impossible_dates(message: MessageText, dates: list[DateMention]) -> Iterator[Finding]:
    for mention in dates:
        written = message.body[mention.start : mention.end]
        if not mention.valid:
            yield finding(
                PROMISE_CODE,
                "error",
                "“{text}” is not a date that exists.",
                "« {text} » n’est pas une date qui existe.",
                (mention.start, mention.end),
                text=written,
            )
        elif mention.value is not None and mention.weekday is not None and mention.weekday != mention.value.weekday():
            yield finding(
                PROMISE_CODE,
                "error",
                "“{text}”: {date_en} is a {actual_en}, not a {said_en}.",
                "« {text} » : le {date_fr} est un {actual_fr}, pas un {said_fr}.",
                (mention.start, mention.end),
                text=written,
                date_en=f"{mention.value.day} {write_date(mention.value, 'en').split(' ', 2)[2]}",
                date_fr=write_date(mention.value, "fr").split(" ", 1)[1],
                actual_en=weekday_name(mention.value.weekday(), "en"),
                said_en=weekday_name(mention.weekday, "en"),
                actual_fr=weekday_name(mention.value.weekday(), "fr"),
                said_fr=weekday_name(mention.weekday, "fr"),
            )


def _lang(message: MessageText) -> str:
    return "fr" if message.language == "fr" else "en"


def _recipient(message: MessageText, fallback: str) -> str:
    recipient = message.context.recipient
    return recipient.name if recipient is not None and recipient.name.strip() else fallback
