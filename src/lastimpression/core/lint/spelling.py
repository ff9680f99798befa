"""LI009: spelling, with pyenchant and LibreOffice's Hunspell dictionaries.

French is checked against ``fr_FR``; English against ``en_US`` and ``en_GB`` (a word either
accepts is right: "colour" and "color" both pass). Not checked: the words of the context
(names, titles, topics, company, role, the candidate's name and signature, the user's words),
URLs, e-mail addresses, and tokens with a digit or an inner capital (PostgreSQL, iOS, DRH).
``'`` and ``’`` are both apostrophes. A token the dictionary refuses whole is checked part by
part, split at its apostrophes and hyphens (pyenchant has no French tokenizer): "l’entretien"
is "l" + "entretien", "follow-up" is "follow" + "up".

The dictionaries come from a ``DictionaryProvider``; the default one loads them with
pyenchant on first use and keeps them. When they cannot be loaded, LI009 is one ``info``
finding saying spelling was not checked and how to install them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from functools import lru_cache
from typing import Protocol

from lastimpression.core.lint.finding import Finding, alternatives, finding
from lastimpression.core.lint.patterns import lazy
from lastimpression.core.lint.text import WORD, MessageText
from lastimpression.phrases import Phrase, tr

CODE = "LI009"
INSTALL = "apt-get install hunspell-fr hunspell-en-us libenchant-2-2, then pip install pyenchant"
DICTIONARY_TAGS: dict[str, tuple[str, ...]] = {"fr": ("fr_FR",), "en": ("en_US", "en_GB")}
MAX_SUGGESTED_WORDS = 5  # French suggestions cost ~0.1 s a word: a typo-ridden text stays fast
_CACHE_LIMIT = 100_000

# Each alternative starts where a run of its characters starts (the look-behinds), so that a
# long run without a match is scanned once, not once per character.
_NOT_WORDS = lazy(
    r"(?<![\w.])(?:https?://|www\.)\S+"  # URLs
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|(?<![\w@.-])[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|fr|io|dev|ca|ch|be|uk|eu|co|app|info)\b(?:/\S*)?"  # domains
)
_DIGIT = lazy(r"\d")
_PART_SEPARATOR = lazy(r"(['\-])")


class SpellingUnavailable(Exception):
    """The dictionaries for a language cannot be used; ``reason`` says why."""

    def __init__(self, reason: Phrase) -> None:
        super().__init__(reason.say("en"))
        self.reason = reason


class WordChecker(Hashable, Protocol):
    """One language's dictionary (hashable: the linter memoises its answers per checker)."""

    def check(self, word: str) -> bool:
        """Whether ``word`` is spelled right."""
        ...

    def suggest(self, word: str) -> list[str]:
        """Corrections for ``word``, best first (may be empty)."""
        ...


class DictionaryProvider(Protocol):
    """Where the linter gets its dictionaries."""

    def checker(self, language: str) -> WordChecker:
        """The checker for ``language`` ("fr" or "en"). Raises SpellingUnavailable."""
        ...


class _EnchantChecker:
    """One or more enchant dictionaries read as one, with a memo of the answers."""

    def __init__(self, dictionaries: list[object], suggestions: bool, errors: tuple[type[Exception], ...]) -> None:
        self._checks: list[Callable[[str], bool]] = [dictionary.check for dictionary in dictionaries]  # type: ignore[attr-defined]
        self._suggest: Callable[[str], list[str]] = dictionaries[0].suggest  # type: ignore[attr-defined]
        self._suggestions = suggestions
        # What enchant raises for a word it cannot take (a NUL, an unencodable character).
        self._errors: tuple[type[Exception], ...] = (ValueError, UnicodeError, *errors)
        self._known: dict[str, bool] = {}
        self._suggested: dict[str, list[str]] = {}

    def check(self, word: str) -> bool:
        answer = self._known.get(word)
        if answer is None:
            if len(self._known) > _CACHE_LIMIT:
                self._known.clear()
            try:
                answer = any(check(word) for check in self._checks)
            except self._errors:  # a word enchant cannot take is not judged
                answer = True
            self._known[word] = answer
        return answer

    def suggest(self, word: str) -> list[str]:
        if not self._suggestions:
            return []
        if word not in self._suggested:
            if len(self._suggested) > _CACHE_LIMIT // 10:
                self._suggested.clear()
            try:
                # The words one typing slip away first (milliseconds); Hunspell's own search
                # (60-120 ms a French word) only when there is none.
                self._suggested[word] = near_words(word, self.check) or list(self._suggest(word))
            except self._errors:
                self._suggested[word] = []
        return self._suggested[word]


# The letters a slip of the finger may add, drop or change: French's accented letters with the
# Latin alphabet (English words use a subset).
_LETTERS = "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ"
_NEAR_MAX_LENGTH = 30


def near_words(word: str, check: Callable[[str], bool], limit: int = 3) -> list[str]:
    """The dictionary's words one slip away from ``word``, at most ``limit``; [] when there is
    none or the word is too long to try. ``check`` says whether a word is in the dictionary.

    The slips that make most typos are tried first, and when one of them gives a word the
    rarer ones are not tried: a letter doubled or undoubled, an accent changed, two letters
    swapped, one dropped (a few checks a letter); then one letter changed or added (about ninety
    checks a letter, each some 50 µs in French)."""
    if not word or len(word) > _NEAR_MAX_LENGTH:
        return []
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    changed = [a + c + b[1:] for a, b in splits if b for c in _LETTERS if c != b[0].lower()]
    bare = _bare(word.lower())
    likely = (
        *(a + b[0] + b for a, b in splits if b and b[0].isalpha()),  # doubled
        *(a + b[1:] for a, b in splits if len(b) > 1 and b[0] == b[1]),  # undoubled
        *(candidate for candidate in changed if _bare(candidate.lower()) == bare),  # accent
        *(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1 and b[0] != b[1]),  # swapped
        *(a + b[1:] for a, b in splits if b),  # dropped
    )
    rarer = (*changed, *(a + c + b for a, b in splits for c in _LETTERS))
    found: list[str] = []
    for candidates in (likely, rarer):
        for candidate in candidates:
            if candidate != word and candidate not in found and check(candidate):
                found.append(candidate)
                if len(found) == limit:
                    return found
        if found:
            break
    return found


def _bare(word: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


class EnchantDictionaries:
    """The default provider: pyenchant with the system's Hunspell dictionaries, loaded on first
    use (about 0.1 s a language) and kept, like the failure to load them.
    ``suggestions=False`` skips corrections, which are slow in French."""

    def __init__(self, *, suggestions: bool = True, tags: dict[str, tuple[str, ...]] | None = None) -> None:
        self._suggestions = suggestions
        self._tags = tags or DICTIONARY_TAGS
        self._checkers: dict[str, _EnchantChecker | SpellingUnavailable] = {}

    def checker(self, language: str) -> WordChecker:
        if language not in self._checkers:
            self._checkers[language] = self._load(language)
        loaded = self._checkers[language]
        if isinstance(loaded, SpellingUnavailable):
            raise loaded
        return loaded

    def _load(self, language: str) -> _EnchantChecker | SpellingUnavailable:
        try:
            import enchant  # type: ignore[import-untyped]
        except ImportError as error:
            if isinstance(error, ModuleNotFoundError) and error.name == "enchant":
                return SpellingUnavailable(tr("pyenchant is not installed"))
            return SpellingUnavailable(tr("the enchant library (libenchant-2) was not found"))
        tags = self._tags.get(language, ())
        dictionaries = []
        for tag in tags:
            try:
                dictionaries.append(enchant.Dict(tag))
            except enchant.errors.Error:
                continue
        if not dictionaries:
            wanted = " or ".join(tags) or language
            return SpellingUnavailable(tr("no %(wanted)s dictionary was found", wanted=wanted))
        return _EnchantChecker(dictionaries, self._suggestions, (enchant.errors.Error,))


_default: EnchantDictionaries | None = None


def default_dictionaries() -> EnchantDictionaries:
    """The process-wide provider (created on first call; dictionaries load on first check)."""
    global _default
    if _default is None:
        _default = EnchantDictionaries()
    return _default


def word_lookup(dictionaries: DictionaryProvider, language: str) -> Callable[[str], bool] | None:
    """The dictionary check for ``language``, or None when the dictionaries are unavailable."""
    try:
        return dictionaries.checker("fr" if language == "fr" else "en").check
    except SpellingUnavailable:
        return None


def check_spelling(message: MessageText, dictionaries: DictionaryProvider) -> Iterator[Finding]:
    """LI009: a warning per misspelled word (subject, then body); or one ``info`` finding when
    the dictionaries are not available."""
    try:
        checker = dictionaries.checker("fr" if message.language == "fr" else "en")
    except SpellingUnavailable as error:
        yield _unavailable(error)
        return
    known = message.known_words
    suggested = 0
    for text, in_subject in message.texts():
        for start, end in _misspellings(_mask(text), checker, known):
            word = text[start:end]
            suggestions = checker.suggest(word) if suggested < MAX_SUGGESTED_WORDS else []
            suggested += 1
            yield _misspelling(word, suggestions[:3], (start, end), in_subject)


def _unavailable(error: SpellingUnavailable) -> Finding:
    return finding(
        CODE,
        "info",
        tr(
            "Spelling was not checked: %(reason)s. To check it, install the dictionaries: %(install)s.",
            reason=error.reason,
            install=INSTALL,
        ),
    )


def _misspelling(word: str, suggestions: list[str], span: tuple[int, int], in_subject: bool) -> Finding:
    if suggestions:
        said = tr(
            "Possible misspelling: “%(word)s” (did you mean %(options)s?). If it is right, add it to your dictionary.",
            word=word,
            options=alternatives(suggestions),
        )
    else:
        said = tr("Possible misspelling: “%(word)s”. If it is right, add it to your dictionary.", word=word)
    return finding(CODE, "warning", said, span, in_subject=in_subject)


def _mask(text: str) -> str:
    """``text`` with URLs, addresses and domains blanked out (offsets kept)."""
    return _NOT_WORDS.sub(lambda match: " " * len(match.group()), text)


def _misspellings(text: str, checker: WordChecker, known: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Spans of the misspelled words (or word parts) of ``text`` that ``known`` does not vouch for."""
    for match in WORD.finditer(text):
        wrong = _wrong_parts(checker, match.group())
        if not wrong or match.group().casefold().replace("’", "'") in known:
            continue
        for offset, length, folded in wrong:
            if folded not in known:
                yield (match.start() + offset, match.start() + offset + length)


@lru_cache(maxsize=65536)
def _wrong_parts(checker: WordChecker, token: str) -> tuple[tuple[int, int, str], ...]:
    """The parts of ``token`` the dictionary refuses, as (offset, length, case-folded part):
    none when it accepts the whole token or when the token is not to be checked."""
    token = token.replace("’", "'")
    if _DIGIT.search(token) or _skipped(token) or checker.check(token):
        return ()
    wrong = []
    offset = 0
    for part in _PART_SEPARATOR.split(token):
        if part not in ("", "'", "-") and not _skipped(part) and not checker.check(part):
            wrong.append((offset, len(part), part.casefold()))
        offset += len(part)
    return tuple(wrong)


def _skipped(word: str) -> bool:
    """A word with an inner capital (PostgreSQL, iOS, DRH) is a name or an acronym."""
    return any(char.isupper() for char in word[1:]) and "'" not in word and "-" not in word
