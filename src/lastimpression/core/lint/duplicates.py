"""LI011: a near-duplicate of another message of the same kind to the same company.

Two bodies (whitespace runs collapsed, taken in lexicographic order so that the measure is
symmetric) are near-duplicates when ``difflib.SequenceMatcher(None, a, b).ratio()`` is above
0.85 (PRODUCT.md §6). That ratio is
2·M/T with M the characters of the matching blocks difflib finds, a common subsequence, so it
never exceeds 2·LCS/T, rapidfuzz's normalised Indel similarity: a sibling under 85 % there is
skipped without running difflib, which is exact, not a heuristic, and makes a panel's check
take microseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

from lastimpression.core.lint.finding import Finding, finding, quoted
from lastimpression.core.lint.form import KIND_NAMES
from lastimpression.core.lint.patterns import lazy
from lastimpression.core.lint.text import MessageText
from lastimpression.phrases import tr


@lru_cache(maxsize=1)
def _indel() -> Callable[..., float] | None:
    """rapidfuzz's ratio, imported on first need (a text linted alone has no sibling to compare
    and never loads it: issue 17); None without rapidfuzz (difflib alone is exact, only slower)."""
    try:
        from rapidfuzz.fuzz import ratio
    except ImportError:  # pragma: no cover - rapidfuzz is a dependency
        return None
    return ratio


CODE = "LI011"
THRESHOLD = 0.85
_SPACES = lazy(r"\s+")


def similarity(first: str, second: str) -> float:
    """difflib's ratio of the two texts, whitespace runs collapsed, taken in a fixed order so
    that it is symmetric; 0.0 when rapidfuzz proves it is at most THRESHOLD (the exact value is
    then not computed)."""
    return _ratio(*sorted((_collapse(first), _collapse(second))))


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=4096)  # a panel's messages are linted in turn: each pair is seen twice
def _ratio(a: str, b: str) -> float:
    import difflib  # only when there are siblings to compare (issue 17)

    indel = _indel()
    if indel is not None:
        if indel(a, b, score_cutoff=THRESHOLD * 100 - 0.01) == 0:
            return 0.0
        return difflib.SequenceMatcher(None, a, b).ratio()
    matcher = difflib.SequenceMatcher(None, a, b)
    if matcher.real_quick_ratio() <= THRESHOLD or matcher.quick_ratio() <= THRESHOLD:
        return 0.0
    return matcher.ratio()


def check_duplicates(message: MessageText) -> Iterator[Finding]:
    """LI011 warning naming the closest sibling of the same kind whose body is a near-duplicate,
    and how many are."""
    if not message.body.strip():
        return
    body = _collapse(message.body)
    close = []
    for sibling in message.context.siblings:
        if sibling.kind != message.kind:
            continue
        ratio = _ratio(*sorted((body, _collapse(sibling.body))))
        if ratio > THRESHOLD:
            close.append((ratio, sibling))
    if not close:
        return
    ratio, closest = max(close, key=lambda item: item[0])
    # The sibling's first line is its greeting, which names its reader; subjects are all alike.
    label = next((line for line in closest.body.splitlines() if line.strip()), closest.subject)
    kind, percent, beginning = KIND_NAMES[message.kind], round(ratio * 100), quoted(label, 50)
    if len(close) > 1:
        said = tr(
            "This %(kind)s is %(percent)s%% the same as another one to the same company (the one beginning "
            "“%(label)s”), and %(more)s more: make each message specific to its reader.",
            kind=kind, percent=percent, label=beginning, more=len(close) - 1,
        )  # fmt: skip
    else:
        said = tr(
            "This %(kind)s is %(percent)s%% the same as another one to the same company (the one beginning "
            "“%(label)s”): make each message specific to its reader.",
            kind=kind, percent=percent, label=beginning,
        )  # fmt: skip
    yield finding(CODE, "warning", said)
