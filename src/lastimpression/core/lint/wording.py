"""How names are said in a French sentence (core.grammar): LI019 (a company that takes an
article written without it: "chez Galeries Lafayette") and LI020 (the role capitalised mid-
sentence: "le poste d'Ingénieure données").

Both read the interview's company and role, and only French messages; without an interview in
the context (``lint --file``) they are silent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from lastimpression.core.grammar import CompanyForms, company_forms, role_in_sentence
from lastimpression.core.lint.finding import Finding, finding
from lastimpression.core.lint.patterns import lazy
from lastimpression.core.lint.text import MessageText, at_sentence_start
from lastimpression.phrases import tr

ARTICLE_CODE = "LI019"
ROLE_CODE = "LI020"
# A company name or role longer than this is not looked for in the text (it is not a name).
LONGEST_NAME = 200

# The words that need the company's article after them, as the text ends just before the name.
_BEFORE_NAME = lazy(
    r"(?:(?<!\w)(?P<word>chez|de|à|pour|avec|sur|par|dans|vers|envers|contre|entre|rejoindre|rejoins|rejoint|"
    r"rejoignez|rejoignant|intégrer|intègre|intégrant)\s+|(?<!\w)(?P<elided>d['’]))$",
    re.IGNORECASE,
)
# Contractions a name's own capitalised article needs ("de Le Bon Marché" -> "du Bon Marché").
_UNCONTRACTED = lazy(r"(?<!\w)(?P<word>de|à)\s+$", re.IGNORECASE)


@lru_cache(maxsize=256)
def _name_pattern(name: str) -> re.Pattern[str]:
    """``name`` as a pattern: any case, any run of spaces between its words, either apostrophe."""
    words = [re.escape(word).replace("'", "['’]").replace("’", "['’]") for word in name.split()]
    # \b where the name starts with a letter (twice as fast as a look-behind), else a look-behind
    start = r"\b" if re.match(r"\w", name) else r"(?<!\w)"
    return re.compile(start + r"[\s\u00a0\u202f]+".join(words) + r"(?!\w)", re.IGNORECASE)


def check_company_article(message: MessageText) -> Iterator[Finding]:
    """LI019 (French): the company takes an article ("les Galeries Lafayette", "la SNCF") but
    the text writes it after "chez", "de", "à", "rejoindre"… without one; or a name with its own
    article is not contracted ("de Le Bon Marché" for "du Bon Marché")."""
    occasion = message.context.occasion
    if message.language != "fr" or occasion is None:
        return
    forms = company_forms(occasion.company, occasion.company_article)
    if not forms.article or len(forms.name) > LONGEST_NAME:
        return
    if forms.in_name:
        if forms.article in ("le", "les"):  # "de La Poste", "de L’Oréal" are right
            yield from _uncontracted(message.body, forms)
        return
    core = forms.name
    if forms.bare == forms.name and forms.article != "l'":  # "les Galeries Lafayette", as the user typed it
        core = forms.name.split(" ", 1)[1] if " " in forms.name else forms.name
    body = message.body
    for found in _name_pattern(core).finditer(body):
        before = _BEFORE_NAME.search(body[max(0, found.start() - 20) : found.start()])
        if before is None:
            continue
        start = found.start() - (len(before.group()))
        written = body[start : found.end()]
        yield finding(
            ARTICLE_CODE,
            "warning",
            tr(
                "“%(written)s”: in French this company takes an article (%(article)s); write “%(fix)s”.",
                written=written,
                article=forms.article,
                fix=_fixed(before, forms),
            ),
            (start, found.end()),
        )


def _fixed(before: re.Match[str], forms: CompanyForms) -> str:
    """What to write instead of ``before`` + the name: the word kept, the article added."""
    if before["elided"]:
        form = forms.de
    else:
        lowered = before["word"].lower()
        form = {"chez": forms.chez, "de": forms.de, "à": forms.a}.get(lowered, f"{lowered} {forms.bare}")
    return form[0].upper() + form[1:] if before.group()[0].isupper() else form


def _uncontracted(body: str, forms: CompanyForms) -> Iterator[Finding]:
    """ "de Le Bon Marché", "à Les Échos": the name's own article must contract."""
    for found in _name_pattern(forms.name).finditer(body):
        before = _UNCONTRACTED.search(body[max(0, found.start() - 4) : found.start()])
        if before is None or not body[found.start()].isupper():
            continue
        start = found.start() - len(before.group())
        fix = forms.de if before["word"].lower() == "de" else forms.a
        written = body[start : found.end()]
        yield finding(
            ARTICLE_CODE,
            "warning",
            tr(
                "“%(written)s”: the article of the name contracts in French; write “%(fix)s”.", written=written, fix=fix
            ),
            (start, found.end()),
        )


def check_role_capitals(message: MessageText) -> Iterator[Finding]:
    """LI020 (French): the interview's role written with a capital of habit in the middle of a
    sentence ("le poste d'Ingénieure données" → "d'ingénieure données"); acronyms, proper
    nouns and English titles keep theirs (``core.grammar.role_in_sentence``)."""
    occasion = message.context.occasion
    if message.language != "fr" or occasion is None:
        return
    role = " ".join(occasion.role.split())
    if not role or len(role) > LONGEST_NAME:
        return
    expected = role_in_sentence(role, "fr").split(" ")
    body = message.body
    for found in _name_pattern(role).finditer(body):
        if at_sentence_start(body, found.start()):
            continue
        written = found.group().split()
        if len(written) != len(expected) or not any(
            said != wanted and said[:1].isupper() and wanted[:1].islower()
            for said, wanted in zip(written, expected, strict=True)
        ):
            continue
        yield finding(
            ROLE_CODE,
            "warning",
            tr(
                "“%(written)s”: in the middle of a French sentence, the role takes no capital; write “%(fix)s”.",
                written=found.group(),
                fix=" ".join(expected),
            ),
            found.span(),
        )
