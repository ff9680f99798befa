"""What a recruiter's review found (issue 15, CRAFT.md R02, R03, R04, R22): LI018 (a memory of
the conversation that nothing recorded supports), LI021 (motivation asserted, never shown),
LI022 (a panel followed up more than once).

LI018 and LI021 need to know the person (``lint --file`` does not): without a recipient in the
context they are silent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lastimpression.core.lint.content import MOTIVATION
from lastimpression.core.lint.evidence import (
    content_stems,
    is_timeline,
    known_details,
    proof_points,
    shown_proof_point,
    shows_achievement,
)
from lastimpression.core.lint.finding import Finding, finding, quoted
from lastimpression.core.lint.patterns import lazy
from lastimpression.core.lint.text import MessageText
from lastimpression.phrases import ntr, tr

MEMORY_CODE = "LI018"
ASSERTED_CODE = "LI021"
PANEL_CODE = "LI022"

# The words said after a claim, up to the end of its clause, are what it claims was said.
_CLAUSE_END = lazy(r"[,;:.!?…()«»\"“”\n\u2014\u2013]|\s-\s")
_CLAIMED_WORDS = 10
# Words that end the claimed detail: the sentence's own verb or a new clause begins.
_CLAUSE_BREAK_WORDS = (
    "a ont est sont était étaient reste me nous qui que et mais car donc ne "
    "has have had was were is are and but which that who made gave helped confirmed showed left really"
)
_CLAUSE_BREAK = frozenset(_CLAUSE_BREAK_WORDS.split())
_A = r"['’]"
# A sentence that claims a detail of the conversation: what follows the match is the detail,
# unless the match names it itself (the "detail" group: "answering all of my questions").
_CLAIM = {
    "fr": lazy(
        rf"(?<!\w)(?:ce\s+que\s+)?(?:vous|tu)\s+m{_A}(?:avez|as)\s+(?:expliqué|présenté|décrit|raconté|montré|"
        rf"partagé|confié|exposé|détaillé|appris|fait\s+découvrir|fait\s+part|parlé)(?:\s+(?:de|du|des|d{_A}))?"
        rf"|(?<!\w)ce\s+que\s+(?:vous|tu)\s+m{_A}(?:avez|as)\s+dit(?:\s+(?:de|du|des|d{_A}|sur))?"
        rf"|(?<!\w)(?:vous|tu)\s+(?:avez|as)\s+(?:évoqué|mentionné|souligné|abordé|décrit|présenté|expliqué|détaillé)"
        rf"|(?<!\w)(?:la\s+(?:manière|façon)\s+dont\s+)(?:vous|tu)\s+(?:m{_A})?(?:avez|as)\s+(?:décrit|présenté|"
        rf"expliqué|abordé|parlé\s+(?:de|du|des|d{_A}))"
        rf"|(?<!\w)(?:votre|vos|ta|tes)\s+(?:[^\W\d_]+\s+)?(?:présentation|explications?|description|éclairage|"
        rf"vision|analyse|regard|point\s+de\s+vue|exposé|récit|témoignage|précisions?|conseils?)(?:\s+[^\W\d_]+)?"
        rf"\s+(?:de|du|des|d{_A}|sur|concernant|à\s+propos\s+(?:de|du|des|d{_A}))"
        rf"|(?<!\w)(?:notre|nos|mon|ton)\s+(?:[^\W\d_]+\s+)?(?:échanges?|conversation|discussion|entretien|rencontre)"
        rf"(?:\s+(?:de|d{_A})\s*[^\W\d_]+)?\s+(?:sur|concernant|au\s+sujet\s+(?:de|du|des|d{_A})|"
        rf"à\s+propos\s+(?:de|du|des|d{_A})|autour\s+(?:de|du|des|d{_A}))"
        rf"|(?<!\w)(?:avoir\s+)?échangé\s+(?:avec\s+moi\s+)?(?:sur|au\s+sujet\s+(?:de|du|des|d{_A}))"
        rf"|(?<!\w)nous\s+avons\s+(?:[^\W\d_]+\s+)?(?:parlé|discuté|échangé)\s+(?:de|du|des|d{_A}|sur)"
        rf"|(?<!\w)(?P<detail>(?:avoir\s+)?répondu\s+(?:avec\s+\w+\s+)?à\s+(?:toutes\s+)?mes\s+(?:nombreuses\s+)?questions)",
        re.IGNORECASE,
    ),
    "en": lazy(
        r"(?<!\w)what\s+you\s+(?:said|told\s+me|shared|explained|described|mentioned|showed\s+me)"
        r"(?:\s+(?:about|of|on|regarding))?"
        r"|(?<!\w)(?:how|the\s+way)\s+you\s+(?:described|explained|presented|framed|outlined|approach(?:ed)?)"
        r"|(?<!\w)you\s+(?:explained|described|told\s+me\s+about|shared|walked\s+me\s+through|outlined|"
        r"talked\s+about|spoke\s+about|highlighted|pointed\s+out|emphasi[sz]ed|mentioned)"
        r"|(?<!\w)your\s+(?:[^\W\d_]+\s+)?(?:explanations?|presentation|description|account|insights?|overview|"
        r"perspective|take|thoughts|views?|comments|remarks|advice|walkthrough|answers?)\s+(?:of|about|on|"
        r"regarding|into|to)"
        r"|(?<!\w)our\s+(?:[^\W\d_]+\s+)?(?:conversation|discussion|exchange|talk|chat|interview|meeting)"
        r"(?:\s+[^\W\d_]+)?\s+(?:about|on|regarding|around|concerning|of)"
        r"|(?<!\w)(?:hearing|learning)\s+(?:more\s+)?about"
        r"|(?<!\w)we\s+(?:[^\W\d_]+\s+)?(?:discussed|talked\s+about|spoke\s+about|covered|went\s+over)"
        r"|(?<!\w)(?P<detail>(?:answering|answered|answer)\s+(?:all\s+)?(?:of\s+)?my\s+(?:many\s+)?questions)",
        re.IGNORECASE,
    ),
}
# The first words of the claims above: the claims are tried only where one of these starts
# (three times faster than searching the whole text with the claim patterns).
_CLAIM_START = {
    language: lazy(rf"(?<!\w)(?:{'|'.join(words.split())})(?!\w)", re.IGNORECASE)
    for language, words in (
        ("fr", "ce vous tu la votre vos ta tes notre nos mon ton avoir échangé répondu nous"),
        ("en", "what how the you your our hearing learning we answering answered answer"),
    )
}
# A motivation asserted (CRAFT R03: "très motivé", "perfect fit"), beside content.MOTIVATION's
# broader statements ("heureuse de contribuer", "keen to join").
_ASSERTED = {
    "fr": lazy(
        rf"\b(?:ma\s+motivation|mon\s+intérêt\s+(?:pour|reste|demeure)|(?:vif|réel|grand|fort|tout\s+mon)\s+"
        rf"intérêt|(?:très|vivement|d{_A}autant\s+plus|toujours|particulièrement|fortement|extrêmement|pleinement|"
        rf"réellement|vraiment)\s+(?:motivée?s?|intéressée?s?|enthousiaste)|je\s+(?:suis|reste|demeure)\s+"
        rf"(?:[^\W\d_]+\s+){{0,2}}?(?:motivée?|intéressée?|enthousiaste|passionnée?|convaincue?)(?!\w)|"
        rf"correspond(?:rait|ent)?\s+parfaitement|(?:précisément|exactement)\s+le\s+(?:type|genre)\s+de|"
        rf"(?:m|s){_A}investir|profil\s+(?:idéal|parfait)|candidate?\s+idéale?|parfaitement\s+(?:adaptée?|"
        rf"qualifiée?))",
        re.IGNORECASE,
    ),
    "en": lazy(
        r"\b(?:my\s+motivation|(?:all\s+the\s+more|very|highly|extremely|really|truly|deeply|genuinely|"
        r"particularly|strongly|even\s+more|so)\s+(?:motivated|interested|excited|enthusiastic|eager|keen|"
        r"passionate)|I\s*(?:am|['’]m|remain)\s+(?:[^\W\d_]+\s+){0,2}?(?:motivated|interested|excited|"
        r"enthusiastic|eager|keen|passionate)(?!\w)|(?:my|strong|keen|genuine|real|great)\s+interest\s+in|"
        r"(?:perfect|great|ideal|strong)\s+fit|ideal\s+candidate|(?:exactly|precisely)\s+the\s+(?:kind|type|sort)"
        r"\s+of)",
        re.IGNORECASE,
    ),
}


def check_invented_memory(message: MessageText) -> Iterator[Finding]:
    """LI018: a sentence that says the person told or showed something ("ce que vous m'avez
    dit des attentes de l'équipe", "how you described the team's expectations") whose words
    share no content word with anything the user recorded: the person's topics and title, the
    interview's other details (``known_details``), the proof points, the role, the company,
    what the candidate can bring. A claim about the timeline (the decision) is the interview's
    decision date's business (LI007), and a claim naming only the role or the team is not a
    detail. Silent without a recipient."""
    if message.context.recipient is None:
        return
    known: frozenset[str] = frozenset().union(*(content_stems(text) for text in known_details(message) if text))
    body = message.body
    language = "fr" if message.language == "fr" else "en"
    for claim in _claims(body, language):
        if claim["detail"] is not None:
            detail_start, detail_end = claim.span("detail")
        else:
            detail_start, detail_end = claim.end(), _clause_end(body, claim.end())
        detail = body[detail_start:detail_end]
        stems = content_stems(detail)
        if not stems or stems & known or is_timeline(detail):
            continue
        name = message.context.recipient.name.strip()
        yield finding(
            MEMORY_CODE,
            "warning",
            tr(
                "“%(claim)s” says the person told you about something nothing you recorded mentions: if it was said, "
                "add it to %(name)s's topics; if not, remove it (never state what did not happen).",
                claim=quoted(body[claim.start() : detail_end], 80),
                name=name or tr("the person"),
            ),
            (claim.start(), detail_end),
        )


def _claims(body: str, language: str) -> Iterator[re.Match[str]]:
    """The claims of ``body`` (``_CLAIM``), tried where their first word starts."""
    claim_pattern = _CLAIM[language]
    searched_to = 0
    for start in _CLAIM_START[language].finditer(body):
        if start.start() < searched_to:
            continue
        claim = claim_pattern.match(body, start.start())
        if claim is not None:
            searched_to = claim.end()
            yield claim


def _clause_end(body: str, start: int) -> int:
    """Where the detail claimed from ``start`` ends: at a punctuation mark or a line break, at
    the clause's next verb or conjunction after its first word ("des attentes de l'équipe |m'a
    confortée", "the team's goals |was"), and after ``_CLAIMED_WORDS`` words at most."""
    stop = _CLAUSE_END.search(body, start, min(len(body), start + 400))
    end = stop.start() if stop else min(len(body), start + 400)
    for index, word in enumerate(re.finditer(r"\S+", body[start:end])):
        folded = word.group().casefold().replace("’", "'")
        if index >= _CLAIMED_WORDS or (index > 0 and (folded in _CLAUSE_BREAK or folded.startswith("m'"))):
            return start + word.start()
    return end


def check_asserted_motivation(message: MessageText) -> Iterator[Finding]:
    """LI021: a sentence asserts or states motivation ("je suis très motivée", "I am all the
    more motivated", "heureuse de contribuer") but the message shows none of it: no proof point
    of the candidate's, no achievement, no figure. Silent without a recipient."""
    if message.context.recipient is None:
        return
    language = "fr" if message.language == "fr" else "en"
    if shows_achievement(message):
        return
    found = [match for pattern in (_ASSERTED, MOTIVATION) if (match := pattern[language].search(message.body))]
    if not found or shown_proof_point(message) is not None:
        return
    assertion = min(found, key=lambda match: match.start())
    points = proof_points(message)
    sentence = next(((start, end) for start, end in message.sentences if start <= assertion.start() < end), None)
    written = message.body[sentence[0] : sentence[1]] if sentence else assertion.group()
    if points:
        said = tr(
            "“%(text)s” asserts your motivation without showing it: add one concrete result of yours tied to what the "
            "person cares about (for example: “%(point)s”).",
            text=quoted(written, 80),
            point=quoted(points[0], 80),
        )
    else:
        said = tr(
            "“%(text)s” asserts your motivation without showing it: add one concrete result of yours tied to what the "
            "person cares about (add proof points to your profile).",
            text=quoted(written, 80),
        )
    yield finding(ASSERTED_CODE, "warning", said, assertion.span())


def check_panel_follow_ups(message: MessageText) -> Iterator[Finding]:
    """LI022: a follow-up while other people of the same interview also have one planned or
    sent (``panel_follow_ups``): a panel is followed up once, with the main contact."""
    others = message.context.panel_follow_ups
    if others <= 0:
        return
    yield finding(
        PANEL_CODE,
        "warning",
        ntr(
            "Another person of this interview also has a follow-up: a panel compares notes, so follow up once, with "
            "the main contact (the person who owns the process), and cancel the others.",
            "%(count)s other people of this interview also have a follow-up: a panel compares notes, so follow up "
            "once, with the main contact (the person who owns the process), and cancel the others.",
            others,
        ),
    )
