"""The message composer (PRODUCT.md §3 C5): a thank-you per person, the follow-ups, the LinkedIn note.

Pure core: plain data in (``core.messages``), a ``Draft`` out; the only I/O is reading template
files (built-in, and the user's folder when given).

    draft = compose("thank_you", candidate, recipient, occasion, panel=people)

The public names below are loaded on first use, so that importing a light module of this
package (``measure``, ``typography``) does not import Jinja2 and Babel.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lastimpression.core.compose.composer import LINKEDIN_LIMIT, choose_variant, compose
    from lastimpression.core.compose.measure import linkedin_length, word_count
    from lastimpression.core.compose.templates import TEMPLATE_VARIABLES, TemplateProblem, variants

__all__ = [
    "LINKEDIN_LIMIT",
    "TEMPLATE_VARIABLES",
    "TemplateProblem",
    "choose_variant",
    "compose",
    "linkedin_length",
    "variants",
    "word_count",
]

_HOMES = {
    "LINKEDIN_LIMIT": "composer",
    "choose_variant": "composer",
    "compose": "composer",
    "linkedin_length": "measure",
    "word_count": "measure",
    "TEMPLATE_VARIABLES": "templates",
    "TemplateProblem": "templates",
    "variants": "templates",
}


def __getattr__(name: str) -> object:
    if name in _HOMES:
        return getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
