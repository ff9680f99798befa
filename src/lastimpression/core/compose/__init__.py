"""The message composer (PRODUCT.md §3 C5): a thank-you per person, the follow-ups, the LinkedIn note.

Pure core: plain data in (``core.messages``), a ``Draft`` out; the only I/O is reading template
files (built-in, and the user's folder when given).
"""

from __future__ import annotations

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
