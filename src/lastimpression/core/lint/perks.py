"""LI023: pay, benefits or perks in a message (CRAFT R08, a MUST★ of the rubric).

A thank-you, a follow-up or a LinkedIn note that mentions the salary, remote work, the RTT or
the start date reads as haggling; the composer never writes one (``core.perks``), so this
holds a hand-edited message to the same rule.
"""

from __future__ import annotations

from collections.abc import Iterator

from lastimpression.core import perks
from lastimpression.core.lint.finding import Finding, finding
from lastimpression.core.lint.text import MessageText
from lastimpression.phrases import tr

CODE = "LI023"


def check_perks(message: MessageText) -> Iterator[Finding]:
    """LI023 warning for each mention of pay, benefits or perks, in the subject or the body."""
    for text, in_subject in message.texts():
        for start, end in perks.mentions(text):
            yield finding(
                CODE,
                "warning",
                tr(
                    "“%(text)s”: pay, benefits and perks have no place in this message (they are for "
                    "the offer stage): leave them out.",
                    text=text[start:end],
                ),
                (start, end),
                in_subject=in_subject,
            )
