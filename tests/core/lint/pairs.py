"""Rule tests as pairs: a correct model message (which must not trigger the rule) and a
near-identical copy, changed in one place, which must."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import pytest

from lastimpression.core.lint import Finding
from tests.core.lint.conftest import Check
from tests.core.lint.world import MODELS, context_for


@dataclass(frozen=True)
class Pair:
    """``model`` (a key of world.MODELS) changed by replacing each ``old`` with its ``new`` in
    ``part`` ("body" or "subject"), and/or by ``draft``/``context`` changes, must give ``code``
    findings of ``severity``; the model (with ``clean_context`` changes) must give none. When
    ``flagged`` is set, one finding's span covers exactly that text of the changed body."""

    id: str
    model: str
    code: str
    severity: str
    changes: tuple[tuple[str, str], ...] = ()
    part: str = "body"
    flagged: str | None = None
    draft: dict[str, Any] = field(default_factory=dict)
    context: dict[str, Any] = field(default_factory=dict)
    clean_context: dict[str, Any] = field(default_factory=dict)


def params(pairs: list[Pair]) -> list[Any]:
    return [pytest.param(pair, id=pair.id) for pair in pairs]


def run_pair(check: Check, pair: Pair) -> list[Finding]:
    """Assert the pair's contract; return the changed message's findings for ``code``."""
    draft, recipient, occasion = MODELS[pair.model]
    clean_context = context_for(draft, recipient, occasion, **pair.clean_context)
    text = getattr(draft, pair.part)
    for old, new in pair.changes:
        assert text.count(old) == 1, f"{old!r} must occur once in the model's {pair.part}"
        text = text.replace(old, new)
    changed = replace(draft, **{pair.part: text, **pair.draft})
    changed_context = replace(clean_context, **{"kind": changed.kind, "language": changed.language, **pair.context})
    before = [item for item in check(draft, clean_context) if item.code == pair.code]
    after = [item for item in check(changed, changed_context) if item.code == pair.code]
    assert before == [], f"the model already triggers {pair.code}: {before}"
    assert after, f"{pair.code} did not fire"
    assert {item.severity for item in after} == {pair.severity}, after
    if pair.flagged is not None:
        assert pair.flagged in [changed.body[item.span[0] : item.span[1]] for item in after if item.span], after
    return after
