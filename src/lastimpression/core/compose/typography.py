"""Typography of the text a recipient reads (PRODUCT.md §4, CRAFT R20).

French of France, Belgium and Switzerland: a narrow no-break space (U+202F) before ``; ! ?``, a
no-break space (U+00A0) before ``:`` and inside « »; everywhere in French, a narrow no-break
space between a number and ``%``, a no-break space between a number and its unit ("80 km"). French of Québec (CA): no space before
``; ! ?``, a no-break space before ``:``. French text uses the apostrophe ’ (U+2019). English:
no space before punctuation. Web and e-mail addresses, and the names given as ``keep``, are left
exactly as written (a name is spelled as its owner spells it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["NARROW_NBSP", "NBSP", "typeset"]

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"
_SPACES = f"[ {NBSP}{NARROW_NBSP}]"
_ADDRESS = r"https?://\S+|www\.\S+|[^\s@]+@[^\s@]+\.[^\s@]+"
# Private-use characters stand in for the protected pieces while the text is reworked.
_OPEN, _CLOSE = "\ue000", "\ue001"
_SLOT = re.compile(f"{_OPEN}(\\d+){_CLOSE}")
_AFTER = r"(?=\s|$|[»)\]])"

_FRENCH_RULES: tuple[tuple[re.Pattern[str], Any], ...] = (
    (re.compile("'"), "’"),
    (re.compile(r'"([^"\n]+)"'), r"« \1 »"),
    (re.compile(r"\.\.\."), "…"),
    (re.compile(f"«{_SPACES}*"), f"«{NBSP}"),
    (re.compile(f"{_SPACES}*»"), f"{NBSP}»"),
    (re.compile(f"(?<=\\S){_SPACES}*:{_AFTER}"), f"{NBSP}:"),
    # Round 77: a negative figure takes the minus sign, never a hyphen (« −30 % »).
    (re.compile(r"(?<![\w\-−])-(?=\d+(?:,\d+)?[ \u202f\u00a0]?%)"), "−"),
    # "25 %", "25%": a narrow no-break space between a number and its per cent sign.
    (re.compile(f"(?<=\\d){_SPACES}?%"), f"{NARROW_NBSP}%"),
    # "80 km", "3 h", "40 €": a no-break space between a number and its unit (round 14).
    # Round 46: "9,4 M€", "35 km²" too (a breakable space beside a narrow one read as careless).
    (
        re.compile(
            r"(?<=\d) (?=(?:km²|m²|m³|km|cm|mm|kg|h|min|M€|k€|Md€|€|\$|£|Mo|Go|To|ha|°C|kWh|MWh|GWh|MW|GW)(?![\w]))"
        ),
        NBSP,
    ),
    # Round 121 (B's): hours said the French way, « 12 h », « 1 h 45 », never « 12h », « 1h45 »
    # (never inside a word or a code: « H24 », « 24h/24 » becomes « 24 h/24 »).
    (
        re.compile(r"(?<![\w,.:])(\d{1,2})h(\d{2})?(?![\w])"),
        lambda found: f"{found[1]}{NBSP}h" + (f"{NBSP}{found[2]}" if found[2] else ""),
    ),
    # "12 000 foyers": a narrow no-break space between groups of thousands, never inside a phone
    # number ("+1 514 555 0142": its groups are followed by more digits).
    (re.compile(r"(?<=\d) (?=\d{3}(?: \d{3})*(?:[^\d\s]|\s+[^\d\s]|$))"), NARROW_NBSP),
)
_FRANCE_RULE = (re.compile(f"(?<=[^\\s;!?]){_SPACES}*([;!?]){_AFTER}"), f"{NARROW_NBSP}\\1")
_QUEBEC_RULE = (re.compile(f"(?<=[^\\s;!?]){_SPACES}+([;!?]){_AFTER}"), r"\1")
_ENGLISH_RULES = (
    (re.compile(f"{_SPACES}+([,.;:!?]){_AFTER}"), r"\1"),
    # Round 32 (Chicago, AP, CP): a date after its weekday is set off by commas on both sides,
    # "on Wednesday, November 10, about the role" (the British "Wednesday 10 November" has none).
    (
        re.compile(
            r"\b((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (?:January|February|March|April|May"
            r"|June|July|August|September|October|November|December) \d{1,2})(?= +[a-z])"
        ),
        r"\1,",
    ),
)
# Round 60: a title in single quotes ('Frank Lloyd Wright at Home') is quoted the American way,
# “…”, in a North American letter; an apostrophe ("the team's", "O'Connor") is never a quote.
_AMERICAN_QUOTES = (re.compile(r"(?<![\w’'])['‘]([A-Z][^'‘’\n]*?\s[^'‘’\n]*?[^\s'‘’])['’](?![\w’'])"), r"“\1”")
_COMMON_RULES = (
    (re.compile(f"{_SPACES}+([,.])(?=\\s|$)"), r"\1"),
    (re.compile(f" *([{NBSP}{NARROW_NBSP}]) *"), r"\1"),
    (re.compile(" {2,}"), " "),
    # Brackets in brackets said with a comma (round 38: "(poste d’infirmière en réanimation
    # médicale (IDE))" → "(… médicale, IDE)").
    (re.compile(r"\(([^()]*?)\s*\(([^()]*)\)\)"), r"(\1, \2)"),
    # A name's own full stop ends the sentence too (round 38: "join Cummins Inc..").
    (re.compile(r"(?<=[^\W\d_])\.\.(?=\s|$)"), "."),
)


def typeset(text: str, language: str, country: str, keep: Iterable[str] = ()) -> str:
    """``text`` with the spacing and apostrophes of ``language`` as written in ``country``.

    Idempotent. Addresses (``https://…``, ``www.…``, e-mail addresses) and every string of
    ``keep`` (matched as whole words) are left untouched.
    """
    protected: list[str] = []

    def stash(match: re.Match[str]) -> str:
        protected.append(match.group())
        return f"{_OPEN}{len(protected) - 1}{_CLOSE}"

    names = sorted({name for name in keep if name and any(c in name for c in "'’\"")}, key=len, reverse=True)
    alternatives = [_ADDRESS] + [rf"(?<!\w){re.escape(name)}(?!\w)" for name in names]
    text = re.sub("|".join(alternatives), stash, text)
    rules: tuple[tuple[re.Pattern[str], str], ...]
    if language == "fr":
        rules = (*_FRENCH_RULES, _QUEBEC_RULE if country.upper() == "CA" else _FRANCE_RULE)
    elif country.upper() in ("US", "CA"):
        rules = (*_ENGLISH_RULES, _AMERICAN_QUOTES)
    else:
        rules = _ENGLISH_RULES
    for pattern, replacement in (*rules, *_COMMON_RULES):
        text = pattern.sub(replacement, text)
    return _SLOT.sub(lambda match: protected[int(match.group(1))], text)
