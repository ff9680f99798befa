"""LI017 and language detection: French or English, by counting stop words.

Each language has a set of frequent function words that the other language does not use
("vous", "le", "d’" / "the", "and", "you"); words both share ("a", "on", "me", "or") count for
neither. A text is in a language when that language has at least ``MIN_EVIDENCE`` stop words
and more than twice as many as the other: a French message quoting an English product name,
or an English one with "rendez-vous", stays in its language.
"""

from __future__ import annotations

from collections.abc import Iterator

from lastimpression.core.lint.finding import Finding, finding
from lastimpression.core.lint.patterns import lazy
from lastimpression.core.lint.text import MessageText
from lastimpression.phrases import Phrase, ptr, tr

CODE = "LI017"
MIN_EVIDENCE = 3
NAMES: dict[str, Phrase] = {"fr": ptr("name of a language", "French"), "en": ptr("name of a language", "English")}

_FRENCH = frozenset((
    "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "et", "est", "sont", "été",
    "être", "avoir", "ai", "avez", "avons", "je", "j'", "tu", "vous", "nous", "il", "ils", "elle", "elles",
    "ce", "c'", "cette", "ces", "cet", "qui", "que", "qu'", "quoi", "dont", "où", "mon", "ma", "mes", "ton",
    "ta", "tes", "votre", "vos", "notre", "nos", "leur", "leurs", "sa", "ses", "pour", "dans", "sur", "avec",
    "sans", "sous", "par", "entre", "vers", "chez", "depuis", "pendant", "lors", "ne", "n'", "pas", "plus",
    "très", "aussi", "bien", "mais", "ou", "donc", "car", "comme", "si", "déjà", "encore", "toujours", "m'",
    "t'", "s'", "y", "en", "lui", "jusqu'", "lorsqu'", "puisqu'", "suis", "serai", "serais", "sera", "avait",
    "était", "fait", "faire", "peux", "peut", "pouvez", "merci", "bonjour", "madame", "monsieur",
    "cordialement", "entretien", "poste",
))  # fmt: skip
_ENGLISH = frozenset((
    "the", "and", "of", "to", "in", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had",
    "will", "would", "could", "should", "can", "i", "you", "your", "we", "our", "us", "they", "their", "them",
    "he", "she", "his", "her", "it", "its", "this", "that", "these", "those", "with", "for", "from", "at",
    "by", "about", "into", "over", "after", "before", "not", "but", "if", "so", "do", "does", "did", "what",
    "which", "who", "whom", "when", "where", "there", "here", "very", "also", "just", "more", "most", "any",
    "all", "my", "thank", "thanks", "dear", "regards", "hi", "look", "forward", "am", "interview", "role",
))  # fmt: skip
_TOKEN = lazy(r"[^\W\d_]+['’]?")


def language_scores(text: str) -> dict[str, int]:
    """How many of ``text``'s words are French and English stop words."""
    french = english = 0
    for match in _TOKEN.finditer(text):
        token = match.group().lower().replace("’", "'")
        if token in _FRENCH:
            french += 1
        elif token.rstrip("'") in _ENGLISH:
            english += 1
    return {"fr": french, "en": english}


def detect_language(text: str, default: str = "") -> str:
    """ "fr" or "en" when ``text`` clearly reads as that language (see the module docstring),
    else ``default``."""
    scores = language_scores(text)
    for language, other in (("fr", "en"), ("en", "fr")):
        if scores[language] >= MIN_EVIDENCE and scores[language] > 2 * scores[other]:
            return language
    return default


def check_language(message: MessageText) -> Iterator[Finding]:
    """LI017 error when the subject and body clearly read as the other language."""
    detected = detect_language(f"{message.subject}\n{message.body}")
    if detected and detected != message.language and message.language in NAMES:
        yield finding(
            CODE,
            "error",
            tr(
                "The text reads as %(detected)s but the message is marked %(declared)s: "
                "translate it or change the message's language.",
                detected=NAMES[detected],
                declared=NAMES[message.language],
            ),
        )
