"""The message as the rules read it: lines, sentences, words, and the words the context knows.

Everything here is computed at most once per message (``functools.cached_property``) and
shared by the rules. Offsets are code-point offsets into the body as given.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property, lru_cache

from lastimpression.core.folding import fold
from lastimpression.core.lint.patterns import lazy
from lastimpression.core.messages import Draft, LintContext

# A word: letters or digits, joined by inner apostrophes (both ' and ’) or hyphens.
WORD = lazy(r"[^\W_]+(?:['’\-][^\W_]+)*")
# The same, letters only.
LETTER_WORD = lazy(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
WORD_PART_SEPARATOR = lazy(r"['’\-]")
# "M. Martin", "Dr. Smith": a title's dot does not end a sentence.
_TITLE_DOT = r"(?<!\bM)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bPr)"
_SENTENCE_END = lazy(
    # possessive runs (*+): a run of 5,000 "!" must not be backtracked through
    rf"(?<![.!?…])(?:{_TITLE_DOT}\.|[!?…])[.!?…]*+(?:[\u00a0\u202f ]?[\"'»”’)])*+(?=\s)"
    r"|\n[ \t\r\f\v\u00a0\u202f]*+\n"
)
_TITLE_BEFORE = lazy(r"\b(?:M|Mr|Ms|Mrs|Dr|Pr|Mme|Mlle)\.$")
_LINE_BREAK = lazy(r"\r\n|\r|\n")
_COUNTED = lazy(r"\S+")
_ALNUM = lazy(r"[^\W_]")

Span = tuple[int, int]


def folded_words(text: str) -> set[str]:
    """The letter words of ``text``, folded (see ``fold``), whole and split into their parts."""
    words: set[str] = set()
    for match in LETTER_WORD.finditer(fold(text)):
        word = match.group()
        words.add(word)
        if "'" in word or "-" in word:
            words.update(word_parts(word))
    return words


def word_count(text: str) -> int:
    """Words as a word processor counts them: whitespace-separated pieces holding at least
    one letter or digit ("l’entretien" is one word, a lone "–" none). The same count as the
    composer's ``core.compose.measure.word_count`` (a test holds them equal), without importing
    the composer and its template engine."""
    return sum(1 for match in _COUNTED.finditer(text) if _ALNUM.search(match.group()))


def linkedin_length(text: str) -> int:
    """The length LinkedIn counts for a note: code points after NFC normalisation (as
    ``core.compose.measure.linkedin_length``)."""
    return len(unicodedata.normalize("NFC", text))


def at_sentence_start(text: str, position: int) -> bool:
    """Whether ``position`` begins a sentence or a line of ``text`` (quotes and spaces aside)."""
    before = text[max(0, position - 40) : position].rstrip(" \t\u00a0\u202f«“\"'(")
    if before and _TITLE_BEFORE.search(before):
        return False  # "M. Petit"
    return position == 0 or not before or before[-1] in ".!?…:\n\r"


def excerpt(text: str, start: int, end: int, words: int = 3) -> str:
    """``text[start:end]`` after up to ``words`` of the words before it, on one line, with "…"
    when more came before ("…je te remercie")."""
    earlier = text[:start].split()
    shown = earlier[-words:] if words else []
    prefix = "…" if len(earlier) > len(shown) else ""
    return prefix + " ".join([*shown, " ".join(text[start:end].split())])


def word_parts(word: str) -> list[str]:
    """``word`` split at its apostrophes and hyphens ("l’entretien" -> ["l", "entretien"])."""
    return [part for part in WORD_PART_SEPARATOR.split(word) if part]


def vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """The case-folded words of ``texts``, each both whole and split into its parts."""
    words: set[str] = set()
    for text in texts:
        words |= _text_vocabulary(text)
    return frozenset(words)


@lru_cache(maxsize=4096)  # the same names, company and topics come back message after message
def _text_vocabulary(text: str) -> frozenset[str]:
    words: set[str] = set()
    for match in WORD.finditer(text.casefold().replace("’", "'")):
        word = match.group()
        words.add(word)
        if "'" in word or "-" in word:
            words.update(word_parts(word))
    return frozenset(words)


def context_texts(context: LintContext) -> Iterator[str]:
    """Every piece of text the context holds that a message may legitimately contain: the
    recipient's name, title and topics, the company and role, the candidate's name and
    signature, the other people's names, the user's own words, the interview's recorded
    details and the proof points."""
    if context.recipient is not None:
        yield context.recipient.name
        yield context.recipient.title
        yield from context.recipient.topics
    if context.occasion is not None:
        yield context.occasion.company
        yield context.occasion.role
        yield context.occasion.contribution
    if context.candidate is not None:
        yield context.candidate.name
        yield context.candidate.email
        yield context.candidate.linkedin
        yield from context.candidate.proof_points
    yield from context.other_names
    yield from context.user_words
    yield from context.known_details
    yield from context.proof_points


class MessageText:
    """A draft in its context, read once for all the rules. ``is_word`` says whether a word is
    in the language's dictionary, when the dictionaries are available (None otherwise)."""

    def __init__(
        self, draft: Draft, context: LintContext, language: str, is_word: Callable[[str], bool] | None = None
    ) -> None:
        self.draft = draft
        self.is_word = is_word
        self.context = context
        self.kind = draft.kind
        self.language = language
        self.body = draft.body
        self.subject = draft.subject

    @cached_property
    def lines(self) -> tuple[Span, ...]:
        """The body's lines, as spans without their line breaks (LF, CRLF or a lone CR)."""
        spans = []
        start = 0
        for line_break in _LINE_BREAK.finditer(self.body):
            spans.append((start, line_break.start()))
            start = line_break.end()
        spans.append((start, len(self.body)))
        return tuple(spans)

    @cached_property
    def first_line(self) -> Span | None:
        """The first line with any text on it, stripped of surrounding spaces."""
        for start, end in self.lines:
            text = self.body[start:end]
            if text.strip():
                lead = len(text) - len(text.lstrip())
                return (start + lead, start + len(text.rstrip()))
        return None

    @cached_property
    def greeting_line(self) -> str:
        """The text of the first non-empty line (where a greeting belongs), or ""."""
        return self.body[self.first_line[0] : self.first_line[1]] if self.first_line else ""

    @cached_property
    def after_first_line(self) -> int:
        """The offset where the body continues after its first non-empty line."""
        return self.first_line[1] if self.first_line else 0

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        """Sentences of the body: ended by . ! ? … (before a space) or a blank line; a single
        line break does not end one, since plain-text mail is often hard-wrapped."""
        spans = []
        start = 0
        for match in _SENTENCE_END.finditer(self.body):
            if match.end() > start:
                spans.append((start, match.end()))
            start = match.end()
        if start < len(self.body):
            spans.append((start, len(self.body)))
        return tuple(span for span in spans if self.body[span[0] : span[1]].strip())

    @cached_property
    def folded_words(self) -> frozenset[str]:
        """The body's letter words, folded (see ``fold``), whole and split into their parts."""
        return frozenset(folded_words(self.body))

    @cached_property
    def known_words(self) -> frozenset[str]:
        """Case-folded words the context vouches for (names, company, role, topics, …)."""
        return vocabulary(context_texts(self.context))

    def texts(self) -> Iterator[tuple[str, bool]]:
        """The subject (flagged True) then the body (False), for rules that read both."""
        if self.subject:
            yield self.subject, True
        yield self.body, False
