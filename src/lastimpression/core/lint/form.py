"""The message's form: LI008 (length in words), LI012 (LinkedIn note length), LI013 (closing),
LI014 (shouting), LI015 (subject).

Length ranges (words as ``text.word_count`` counts them, the whole body: greeting, closing and
signature included). PRODUCT.md §6 sets the thank-you's; the follow-ups' are ours, after
CRAFT R06 (a relance is at most 120 words) and R27 (a second relance is short):

============  ===========  ===========
kind          French       English
============  ===========  ===========
thank_you     70–160       90–200
follow_up     40–120       50–140
follow_up_2   25–90        30–100
linkedin      (LI012 only: characters, not words)
============  ===========  ===========
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lastimpression.core.folding import fold
from lastimpression.core.lint.finding import Finding, finding
from lastimpression.core.lint.patterns import lazy
from lastimpression.core.lint.text import MessageText, folded_words, linkedin_length, word_count
from lastimpression.phrases import Phrase, ptr, tr

LENGTH_CODE = "LI008"
LINKEDIN_CODE = "LI012"
CLOSING_CODE = "LI013"
SHOUTING_CODE = "LI014"
SUBJECT_CODE = "LI015"

WORD_RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("thank_you", "fr"): (70, 160),
    ("thank_you", "en"): (90, 200),
    ("follow_up", "fr"): (40, 120),
    ("follow_up", "en"): (50, 140),
    ("follow_up_2", "fr"): (25, 90),
    ("follow_up_2", "en"): (30, 100),
}
KIND_NAMES: dict[str, Phrase] = {
    "thank_you": ptr("kind of message", "thank-you"),
    "follow_up": ptr("kind of message", "follow-up"),
    "follow_up_2": ptr("kind of message", "second follow-up"),
    "linkedin": ptr("kind of message", "LinkedIn note"),
}
SUBJECT_LIMIT = 78
# Acronyms of four letters or more that are not shouting (shorter ones never are).
KNOWN_ACRONYMS = frozenset((
    "AFNOR", "ANSSI", "APEC", "ASML", "CAPEX", "CISO", "CNAM", "CNIL", "CNRS", "CRUD", "CSRD", "DEVOPS",
    "EBITDA", "ENGIE", "ENSAE", "ENSIMAG", "ESSEC", "FIFA", "FINMA", "GAAP", "GDPR", "HTML", "HTTP", "HTTPS",
    "IELTS", "IFRS", "IKEA", "INRIA", "INSA", "INSEE", "JSON", "LVMH", "MOOC", "NASA", "NATO", "NVIDIA",
    "OCDE", "OECD", "OKRS", "OPEX", "OTAN", "PMBOK", "RATP", "REST", "RGPD", "RSSI", "SAAS", "SCRUM", "SEPA",
    "SICAV", "SNCF", "SOLID", "TOEFL", "TOEIC", "UEFA", "UNESCO", "UNICEF", "UNIX", "URSSAF", "YAML", "XBRL",
))  # fmt: skip

_ABBREVIATED_CLOSING = lazy(r"(?<!\w)(?:cdt|cdlt|cdlmt|crdlt|bav|bàv|slts|thx|rgds|brgds)(?!\w)", re.IGNORECASE)
_ABBREVIATIONS = frozenset(("cdt", "cdlt", "cdlmt", "crdlt", "bav", "slts", "thx", "rgds", "brgds"))
# A closing is one of these words anywhere after the greeting line ("Bien cordialement",
# "Je vous prie d’agréer…", "Kind regards", "Yours sincerely")…
_CLOSING_WORDS = frozenset(
    fold(word)
    for word in (
        "cordialement", "salutations", "agréer", "amicalement", "respectueusement",
        "regards", "sincerely", "faithfully", "cheers",
    )
)  # fmt: skip
# …or a line that begins with one of these formulas.
_CLOSING_LINE = lazy(
    r"\s*(?:bien\s+à\s+(?:vous|toi)|au\s+plaisir|à\s+(?:très\s+)?bientôt|(?:belle|bonne|excellente)\s+(?:journée|"
    r"soirée|fin\s+de\s+journée)|avec\s+(?:mes\s+remerciements|toute\s+ma\s+considération)|best\s+wishes|"
    r"all\s+the\s+best|with\s+(?:thanks|gratitude|appreciation)|yours\s+truly|respectfully|(?:many\s+)?thanks(?:\s+again)?"
    r"\s*[,!.]?\s*$|thank\s+you(?:\s+again)?\s*[,!.]?\s*$|best\s*,?\s*$|merci(?:\s+encore)?\s*[,!.]?\s*$)",
    re.IGNORECASE,
)
# No ASCII lower-case letter: most words fail at their first letter.
_CAPITAL_WORD = lazy(r"(?<!\w)[^\W\d_a-z]{4,}(?!\w)")
# Each pattern that repeats a class starts where a run of it starts (a look-behind), so that a
# 5,000-character run is scanned once, not once per character.
_BANGS = lazy(r"(?<![?!])\?*+!(?:\s?!)++\?*+")
_ROMAN = lazy(r"[IVXLCDM]+")


def check_length(message: MessageText) -> Iterator[Finding]:
    """LI008 warning when the body's word count is outside its kind's range (module table)."""
    bounds = WORD_RANGES.get((message.kind, "fr" if message.language == "fr" else "en"))
    if bounds is None:
        return
    low, high = bounds
    count = word_count(message.body)
    if low <= count <= high:
        return
    kind = KIND_NAMES[message.kind]
    if message.language == "fr":
        said = tr(
            "The %(kind)s has %(count)s words; aim for %(low)s–%(high)s in French.",
            kind=kind,
            count=count,
            low=low,
            high=high,
        )
    else:
        said = tr(
            "The %(kind)s has %(count)s words; aim for %(low)s–%(high)s in English.",
            kind=kind,
            count=count,
            low=low,
            high=high,
        )
    yield finding(LENGTH_CODE, "warning", said)


def check_linkedin_length(message: MessageText) -> Iterator[Finding]:
    """LI012 error when the note is longer than ``context.linkedin_limit`` characters as
    LinkedIn counts them (NFC code points); the span covers what is past the limit when the
    body is already NFC."""
    limit = message.context.linkedin_limit
    length = linkedin_length(message.body)
    if length <= limit:
        return
    nfc = length == len(message.body)
    yield finding(
        LINKEDIN_CODE,
        "error",
        tr(
            "The LinkedIn note has %(length)s characters; the account allows %(limit)s: remove %(excess)s.",
            length=length,
            limit=limit,
            excess=length - limit,
        ),
        (max(0, limit), len(message.body)) if nfc else None,
    )


def check_closing(message: MessageText) -> Iterator[Finding]:
    """LI013: an abbreviated closing (Cdt, BAV, Thx…) is an error; no closing formula after
    the greeting line is a warning."""
    words = message.folded_words
    abbreviations = list(_ABBREVIATED_CLOSING.finditer(message.body)) if words & _ABBREVIATIONS else []
    for match in abbreviations:
        yield finding(
            CLOSING_CODE,
            "error",
            tr(
                "“%(text)s” is an abbreviated closing: write it out (“%(suggestion)s”).",
                text=match.group(),
                suggestion=_closing_suggestion(message),
            ),
            match.span(),
        )
    if abbreviations or _has_closing(message):
        return
    yield finding(
        CLOSING_CODE,
        "warning",
        tr(
            "The message has no closing: end with “%(suggestion)s” before your signature.",
            suggestion=_closing_suggestion(message),
        ),
    )


def _closing_suggestion(message: MessageText) -> str:
    """The closing to write, in the message's language (words of the message, not of the
    interface: the same whichever language the finding is read in)."""
    return "Bien cordialement," if message.language == "fr" else "Best regards,"


def _has_closing(message: MessageText) -> bool:
    rest = message.body[message.after_first_line :]
    if _CLOSING_WORDS & message.folded_words and _CLOSING_WORDS & folded_words(rest):
        return True
    return any(_CLOSING_LINE.match(line) for line in rest.splitlines())


def check_shouting(message: MessageText) -> Iterator[Finding]:
    """LI014 warning for each run of capitals of 4 letters or more that is neither a known
    acronym nor a word of the context (names, company, role…), and for each "!!"."""
    known = message.known_words
    for text, in_subject in message.texts():
        run: tuple[int, int] | None = None
        for match in _CAPITAL_WORD.finditer(text):
            word = match.group()
            if not word.isupper() or word in KNOWN_ACRONYMS or word.casefold() in known or _ROMAN.fullmatch(word):
                continue
            if run is not None and not text[run[1] : match.start()].strip(" \t-,'’"):
                run = (run[0], match.end())  # "VERY IMPORTANT" is one shout
                continue
            if run is not None:
                yield _shout(text, run, in_subject)
            run = match.span()
        if run is not None:
            yield _shout(text, run, in_subject)
        for match in _BANGS.finditer(text):
            yield finding(
                SHOUTING_CODE,
                "warning",
                tr("“%(text)s” reads as shouting: one “!” at most.", text=match.group()),
                match.span(),
                in_subject=in_subject,
            )


def _shout(text: str, span: tuple[int, int], in_subject: bool) -> Finding:
    return finding(
        SHOUTING_CODE,
        "warning",
        tr("“%(text)s” is in capitals, which reads as shouting: write it in lower case.", text=text[span[0] : span[1]]),
        span,
        in_subject=in_subject,
    )


def check_subject(message: MessageText) -> Iterator[Finding]:
    """LI015: an empty subject is an error, one over 78 characters a warning."""
    subject = message.subject.strip()
    if not subject:
        yield finding(
            SUBJECT_CODE,
            "error",
            tr("The e-mail has no subject: for example “%(suggestion)s”.", suggestion=_subject_suggestion(message)),
        )
    elif linkedin_length(subject) > SUBJECT_LIMIT:
        yield finding(
            SUBJECT_CODE,
            "warning",
            tr(
                "The subject has %(length)s characters; keep it under %(limit)s so that it is read whole.",
                length=linkedin_length(subject),
                limit=SUBJECT_LIMIT,
            ),
        )


def _subject_suggestion(message: MessageText) -> str:
    """The subject PRODUCT.md §4 prescribes, in the message's language ("entrevue" in Québec,
    "Re: " for follow-ups)."""
    occasion = message.context.occasion
    role = occasion.role if occasion else ""
    if message.language == "fr":
        meeting = "entrevue" if occasion and occasion.country == "CA" else "entretien"
        subject = f"Merci pour notre {meeting} – {role}" if role else f"Merci pour notre {meeting}"
    else:
        subject = f"Thank you – {role} interview" if role else "Thank you for the interview"
    return subject if message.kind == "thank_you" else f"Re: {subject}"
