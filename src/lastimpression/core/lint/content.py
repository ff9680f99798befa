"""What the message says: LI004 (thanks), LI005 (something specific), LI006 (motivation),
LI007 (the promise to follow up, its date, and weekdays that match their dates).

The cues are word patterns, deliberately broad: these rules warn about a message that has
none of what it needs, they do not grade the wording (CRAFT.md does).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from lastimpression.core.folding import fold
from lastimpression.core.lint.dates import DateMention, find_dates, said_date, said_weekday
from lastimpression.core.lint.evidence import shown_proof_point
from lastimpression.core.lint.finding import Finding, alternatives, finding
from lastimpression.core.lint.patterns import lazy
from lastimpression.core.lint.text import LETTER_WORD, MessageText
from lastimpression.phrases import Phrase, tr

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
        tr(
            "The message never thanks %(name)s: thank them for their time and the interest they showed.",
            name=_recipient(message) or tr("the recipient"),
        ),
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
        tr(
            "Nothing in the message is specific to %(name)s or this interview: mention %(examples)s.",
            name=_recipient(message) or tr("its recipient"),
            examples=alternatives(examples[:3]),
        ),
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
        tr(
            "The message does not say why you want %(role)s: add one sentence tying your experience to a need they raised.",
            role=tr("the %(role)s role", role=role) if role else tr("the role"),
        ),
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
                    tr("Only the main contact is promised a follow-up: in a panel, one person hears from you again."),
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
        plan = _plan_date(message)
        if plan is None:
            said = tr("The promise to follow up gives no date: write the day you will get back in touch.")
        else:
            said = tr(
                "The promise to follow up gives no date: write the day you will get back in touch (the plan says %(date)s).",
                date=plan,
            )
        yield finding(PROMISE_CODE, "error", said, undated)
        return
    plan = _plan_date(message)
    if plan is None:
        said = tr("The thank-you does not say when you will follow up: add a sentence with the date.")
    else:
        said = tr(
            "The thank-you does not say when you will follow up: add a sentence with the date (the plan says %(date)s).",
            date=plan,
        )
    yield finding(PROMISE_CODE, "error", said)


def _plan_date(message: MessageText) -> Phrase | None:
    """The plan's follow-up date, in words, or None when it is unknown."""
    occasion = message.context.occasion
    if occasion is None or occasion.promise_date is None:
        return None
    return said_date(occasion.promise_date)


def _promised_date(message: MessageText, mention: DateMention) -> Iterator[Finding]:
    occasion = message.context.occasion
    if mention.value is None or occasion is None:
        return
    written = message.body[mention.start : mention.end]
    if occasion.promise_date is not None and mention.value != occasion.promise_date:
        yield finding(
            PROMISE_CODE,
            "error",
            tr(
                "The message promises to follow up on %(date)s, but the plan's follow-up is on %(plan)s.",
                date=written,
                plan=said_date(occasion.promise_date),
            ),
            (mention.start, mention.end),
        )
    elif occasion.decision_by is not None and mention.value < occasion.decision_by:
        yield finding(
            PROMISE_CODE,
            "error",
            tr(
                "The message promises to follow up on %(date)s, before the decision date the recruiter gave (%(decision)s).",
                date=written,
                decision=said_date(occasion.decision_by),
            ),
            (mention.start, mention.end),
        )


def _impossible_dates(message: MessageText, dates: list[DateMention]) -> Iterator[Finding]:
    for mention in dates:
        written = message.body[mention.start : mention.end]
        if not mention.valid:
            yield finding(
                PROMISE_CODE,
                "error",
                tr("“%(text)s” is not a date that exists.", text=written),
                (mention.start, mention.end),
            )
        elif mention.value is not None and mention.weekday is not None and mention.weekday != mention.value.weekday():
            yield finding(
                PROMISE_CODE,
                "error",
                tr(
                    "“%(text)s”: %(date)s is a %(actual)s, not a %(said)s.",
                    text=written,
                    date=said_date(mention.value, with_weekday=False),
                    actual=said_weekday(mention.value.weekday()),
                    said=said_weekday(mention.weekday),
                ),
                (mention.start, mention.end),
            )


def _lang(message: MessageText) -> str:
    return "fr" if message.language == "fr" else "en"


def _recipient(message: MessageText) -> str:
    """The recipient's name, or "" when none is recorded."""
    recipient = message.context.recipient
    return recipient.name if recipient is not None and recipient.name.strip() else ""
