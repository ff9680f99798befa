"""How the message addresses its reader: LI002 (greeting, civility), LI003 (someone else's name),
LI010 (*tu* and *vous*).

The greeting is the first non-empty line of the body. A civility (Madame, Monsieur, Ms, Mr…)
there, or in a formal French closing ("Je vous prie d’agréer, Madame, …"), must be the
recipient's recorded salutation; a recipient recorded without one may be addressed either way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from lastimpression.core.lint.finding import Finding, finding
from lastimpression.core.lint.patterns import lazy
from lastimpression.core.lint.text import LETTER_WORD, MessageText, at_sentence_start, excerpt
from lastimpression.core.messages import Recipient
from lastimpression.core.names import belongs_to, distinctive_words, is_particle, mentions, name_tokens, split_name
from lastimpression.phrases import Phrase, tr

GREETING_CODE = "LI002"
NAME_CODE = "LI003"
REGISTER_CODE = "LI010"

_GREETING_START = lazy(
    r"(?:bonjour|bonsoir|madame|monsieur|mademoiselle|mesdames|messieurs|ch[eè]re?s?|salut|coucou|"
    r"ma[iî]tre|docteure?|professeure?|dear|hi|hello|hey|good\s+(?:morning|afternoon|evening)|greetings|"
    r"to\s+whom)\b",
    re.IGNORECASE,
)
_GENERIC_GREETING = lazy(
    r"madame,?\s+(?:ou\s+)?monsieur|monsieur,?\s+(?:ou\s+)?madame|mesdames,?\s+messieurs|"
    r"sir\s+(?:or|/)\s*madam|madam\s+(?:or|/)\s*sir|to\s+whom\s+it\s+may\s+concern|whom\s+it\s+may",
    re.IGNORECASE,
)
_FEMININE = lazy(r"\b(?:Madame|Mme|Mademoiselle|Mlle|Ms|Mrs|Miss|Madam)\b\.?")
_MASCULINE = lazy(r"\b(?:Monsieur|Mr|Mister|Sir)\b\.?|\bM\.(?=\s)")
_FORMAL_CLOSING = lazy(r"(?:agréer|recevoir|recevez|croire|accepter)\s*,\s*(Madame|Monsieur)\s*,", re.IGNORECASE)
CIVILITIES = {"madame": "Madame", "monsieur": "Monsieur"}
ENGLISH_CIVILITIES = {"madame": "Ms", "monsieur": "Mr"}
# Words of a greeting that are not a name.
_NOT_NAMES = frozenset((
    "bonjour", "bonsoir", "salut", "coucou", "hello", "hi", "hey", "dear", "good", "morning", "afternoon",
    "evening", "greetings", "cher", "chère", "chers", "chères", "madame", "monsieur", "mademoiselle",
    "mesdames", "messieurs", "mme", "mlle", "m", "mr", "mrs", "ms", "miss", "mx", "dr", "docteur", "docteure", "dre", "maître",
    "maitre", "professeur", "professeure", "professor", "prof", "sir", "madam", "et", "and", "à", "tous", "toutes",
    "everyone", "all", "team", "équipe",
))  # fmt: skip
_TU = lazy(
    # "tiens" is "le tien" unless a first person says it: "je tiens à", "je me tiens à".
    r"(?<![\w'’-])(?:tu|te|toi|ta|tes|ton)(?!\w)|(?<![\w'’-])(?<!je )(?<!me )tien(?:ne)?s?(?!\w)"
    r"|(?<![\w'’-])t['’](?=\w)|-(?:tu|toi)(?!\w)",
    re.IGNORECASE,
)
_VOUS = lazy(r"(?<![\w'’-])(?:vous|votre|vos|vôtres?)(?!\w)|(?<!rendez)-vous(?!\w)", re.IGNORECASE)
_APOSTROPHE = lazy("['’]")
_SPACES = lazy(r"(?:\\ )+")  # a space as re.escape writes it
# "Le ton" is a tone, not a possessive: "un ton", "sur le ton de…".
_TONE = lazy(r"(?:\b(?:le|un|du|au|ce|même|bon)\s+)$", re.IGNORECASE)


def greeting_suggestion(recipient: Recipient | None, language: str, country: str = "") -> str:
    """The greeting PRODUCT.md §4 prescribes for ``recipient`` ("Madame Martin,", "Madame," in
    Québec, "Dear Ms Martin,", "Bonjour Claire Martin,", "Dear Claire,", "Hi Claire,"); a surname
    keeps its particle ("Madame de La Tour,", "Dear Ms de La Tour,")."""
    if recipient is None or not recipient.name.strip():
        return "Madame X," if language == "fr" else "Dear Ms X,"
    first, surname = split_name(recipient.name)
    if recipient.register == "tu":
        return f"Bonjour {first}," if language == "fr" else f"Hi {first},"
    if language == "fr":
        civility = CIVILITIES.get(recipient.salutation)
        if civility is None:
            return f"Bonjour {recipient.name},"
        return f"{civility}," if country == "CA" else f"{civility} {surname},"
    english = ENGLISH_CIVILITIES.get(recipient.salutation)
    return f"Dear {english} {surname}," if english else f"Dear {first},"


def check_greeting(message: MessageText) -> Iterator[Finding]:
    """LI002: the body opens with no greeting; or, the recipient being known, the greeting is
    generic ("Madame, Monsieur,") or a civility contradicts their salutation."""
    recipient = message.context.recipient
    line = message.greeting_line
    if not _GREETING_START.match(line):
        yield finding(
            GREETING_CODE,
            "error",
            tr(
                "The message does not open with a greeting: begin with “%(suggestion)s”.",
                suggestion=greeting_suggestion(recipient, message.language, _country(message)),
            ),
            message.first_line,
        )
        return
    if recipient is None:
        return
    assert message.first_line is not None
    offset = message.first_line[0]
    generic = _GENERIC_GREETING.search(line)
    if generic:
        yield finding(
            GREETING_CODE,
            "error",
            tr(
                "“%(text)s” is for an unknown reader; this message is for %(name)s: write “%(suggestion)s”.",
                text=generic.group(),
                name=recipient.name,
                suggestion=greeting_suggestion(recipient, message.language, _country(message)),
            ),
            (offset + generic.start(), offset + generic.end()),
        )
        return
    yield from _civility_mismatch(line, offset, recipient, "greeting")
    for closing in _FORMAL_CLOSING.finditer(message.body, message.after_first_line):
        yield from _civility_mismatch(closing.group(1), closing.start(1), recipient, "closing")


def _country(message: MessageText) -> str:
    return message.context.occasion.country if message.context.occasion else ""


def _civility_mismatch(text: str, offset: int, recipient: Recipient, where: str) -> Iterator[Finding]:
    """A civility in ``text`` (at ``offset`` in the body) that contradicts the recipient's."""
    wrong = {"madame": _MASCULINE, "monsieur": _FEMININE}.get(recipient.salutation)
    match = wrong.search(text) if wrong else None
    if match is None:
        return
    values = {"said": match.group(), "name": recipient.name, "recorded": CIVILITIES[recipient.salutation]}
    if where == "greeting":
        said = tr("The greeting says %(said)s but %(name)s is recorded as %(recorded)s.", **values)
    else:
        said = tr("The closing says %(said)s but %(name)s is recorded as %(recorded)s.", **values)
    yield finding(GREETING_CODE, "error", said, (offset + match.start(), offset + match.end()))


def check_names(message: MessageText) -> Iterator[Finding]:
    """LI003: a name of another person of the interview (``other_names``) appears, in its
    recorded capitalisation or in capitals; or the greeting addresses someone other than the
    recipient. A name is found whole, by its surname with its particles ("de La Tour", "La
    Tour"), or by one of its distinctive words ("Anne", "Tour"), never by a particle alone
    ("de", "la"). Words shared with the recipient's or the candidate's own name are ignored, and
    so is a one-word part that opens a sentence as an ordinary word ("Petit à petit")."""
    context = message.context
    own: set[str] = set(name_tokens(context.recipient.name)) if context.recipient else set()
    if context.candidate is not None:
        own |= name_tokens(context.candidate.name)
    reported: set[str] = set()
    for text, in_subject in message.texts():
        taken: list[tuple[int, int]] = []
        for other in context.other_names:
            for pattern in _other_name_patterns(other, own):
                for match in pattern.finditer(text):
                    if any(start < match.end() and match.start() < end for start, end in taken):
                        continue  # a part of a full name already reported
                    if _common_word_opening_a_sentence(message, text, match) or _named_as_met(text, match):
                        continue
                    taken.append(match.span())
                    reported |= name_tokens(match.group())
                    yield _other_name_finding(message, match, other, in_subject)
    if context.recipient is not None and _GREETING_START.match(message.greeting_line):
        yield from _greeting_names(message, own, reported)


# "Mes échanges avec M. Masson et Mme Dumas", "My conversation with James O'Neill", "Meeting Tom
# Evans and you": another person of the panel named as someone met, not a copied greeting.
_MET_WITH = lazy(r"\b(?:avec|with|meeting|meet|met|rencontr\w*)\b", re.IGNORECASE)
# A sentence's end, not a title's dot ("M. Masson", "Dr. Smith").
_SENTENCE_BREAK = lazy(r"(?<!\bM)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMme)(?<!\bMrs)[.!?\n]")


def _named_as_met(text: str, match: re.Match[str]) -> bool:
    """Whether the other person's name follows "avec" / "with" / "meeting" in its sentence: a
    mention of someone else of the panel (issue 15), which a copy-paste leftover is not."""
    before = text[max(0, match.start() - 160) : match.start()]
    breaks = [found.end() for found in _SENTENCE_BREAK.finditer(before)]
    sentence = before[breaks[-1] :] if breaks else before
    return _MET_WITH.search(sentence) is not None


def _common_word_opening_a_sentence(message: MessageText, text: str, match: re.Match[str]) -> bool:
    """ "Petit à petit" opening a sentence is not Marc Petit: a one-word match that opens a
    sentence and is a word of the dictionary in lower case is not taken for a name."""
    word = match.group()
    return (
        message.is_word is not None
        and " " not in word
        and at_sentence_start(text, match.start())
        and message.is_word(word.lower())
    )


def _other_name_patterns(other: str, own: set[str]) -> list[re.Pattern[str]]:
    """Patterns for the ways of naming ``other`` (``names.mentions``, longest first) that hold
    one of their distinctive words not shared with ``own``."""
    foreign = {word for word in distinctive_words(other) if not belongs_to(word, own)}
    if not foreign:
        return []  # the recipient's or the candidate's own name
    return [_name_pattern(form) for form in mentions(other) if foreign & set(form.split(" "))]


@lru_cache(maxsize=1024)
def _name_pattern(name: str) -> re.Pattern[str]:
    """``name`` as written or in capitals, as a whole word (NFC and NFD spellings alike, either
    apostrophe, any spacing between its words)."""
    variants = {
        _SPACES.sub(r"\\s+", _APOSTROPHE.sub("['’]", re.escape(unicodedata.normalize(form, variant))))
        for variant in (name, name.upper())
        for form in ("NFC", "NFD")
    }
    return re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(variants))})(?![\w-])")


def _other_name_finding(message: MessageText, match: re.Match[str], other: str, in_subject: bool) -> Finding:
    recipient = message.context.recipient
    name: str | Phrase = recipient.name if recipient else tr("its recipient")
    return finding(
        NAME_CODE,
        "error",
        tr(
            "“%(text)s” is %(other)s, not %(name)s: is this copied from another message?",
            text=match.group(),
            other=other,
            name=name,
        ),
        match.span(),
        in_subject=in_subject,
    )


def _greeting_names(message: MessageText, own: set[str], reported: set[str]) -> Iterator[Finding]:
    assert message.first_line is not None and message.context.recipient is not None
    line = message.greeting_line.split(",", 1)[0]
    offset = message.first_line[0]
    previous = ""
    for match in LETTER_WORD.finditer(line):
        word = match.group()
        folded = word.casefold()
        if previous in ("le", "la", "l'", "l’") and not belongs_to(word, own):
            return  # "Madame la Directrice": a title, not a name
        previous = word
        if not word[:1].isupper() or folded in _NOT_NAMES or belongs_to(word, reported):
            continue
        if belongs_to(word, own) or (is_particle(word) and line[match.end() :].strip()):
            continue  # "Madame De Smet": the particle is not the name
        yield finding(
            NAME_CODE,
            "error",
            tr(
                "The greeting addresses “%(text)s”, but this message is for %(name)s.",
                text=word,
                name=message.context.recipient.name,
            ),
            (offset + match.start(), offset + match.end()),
        )


def check_register(message: MessageText) -> Iterator[Finding]:
    """LI010 (French): *tu* and *vous* mixed, or not the recipient's recorded register."""
    if message.language != "fr":
        return
    tu = [match for match in _TU.finditer(message.body) if not _is_tone(message.body, match)]
    vous = list(_VOUS.finditer(message.body))
    recipient = message.context.recipient
    expected = recipient.register if recipient is not None and recipient.register in ("tu", "vous") else None
    if expected is None:
        if not (tu and vous):
            return
        expected = "vous" if len(vous) >= len(tu) else "tu"
    stray = tu if expected == "vous" else vous
    if not stray:
        return
    first = stray[0]
    mixes = {"mixed": tr("mixes tu and vous"), "vous": tr("is not vous"), "tu": tr("is not tu")}[
        "mixed" if tu and vous else expected
    ]
    if recipient is None:
        who = tr("the message mostly says %(expected)s", expected=expected)
    elif expected == "vous":
        who = tr("%(name)s is addressed as vous", name=recipient.name)
    else:
        who = tr("%(name)s is addressed as tu", name=recipient.name)
    yield finding(
        REGISTER_CODE,
        "error",
        tr(
            "“%(text)s” %(mixes)s: %(who)s. Use %(expected)s throughout.",
            text=excerpt(message.body, first.start(), first.end()),
            mixes=mixes,
            who=who,
            expected=expected,
        ),
        first.span(),
    )


def _is_tone(body: str, match: re.Match[str]) -> bool:
    return match.group().lower() == "ton" and _TONE.search(body, max(0, match.start() - 12), match.start()) is not None
