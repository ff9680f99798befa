"""LI001: a placeholder left by a template or a copy-paste (CRAFT R18, R22).

Caught: template fields (``{{ name }}``, ``{% … %}``, ``{poste}``, ``${name}``), bracketed
fields (``[Nom]``, ``[Company name]``; not ``[1]`` nor a ``[link](url)``), ``<name>`` (not an
address such as ``<camille@example.org>``), ``XX``/``XXX``, ``TODO``/``TBD``/``FIXME``, and the
inclusive-writing leftovers a template should have resolved: a lone ``(e)``, ``(es)``, ``(ne)``,
``(le)`` and the midpoint (``ravi·e``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lastimpression.core.lint.finding import Finding, finding, quoted
from lastimpression.core.lint.patterns import lazy
from lastimpression.core.lint.text import MessageText
from lastimpression.phrases import tr

CODE = "LI001"

_PLACEHOLDER = lazy(
    r"""
      \{\{.{0,200}?\}\}                            # {{ jinja }}
    | \{%.{0,200}?%\}                              # {% jinja %}
    | \$?\{[^{}\n]{1,40}\}                          # {poste}, ${name}
    | \[\s*[^\W\d_][^\[\]\n]{0,40}\](?!\()         # [Nom], not [1] nor [text](url)
    | <\s*[^\W\d_][\w \-]{0,30}>                   # <name>, not <a@b.c> nor <https://…>
    | (?<![\w])(?:X{2,}|x{3,})(?![\w])              # XX, XXX, xxx
    | (?<![\w])(?:TODO|TBD|FIXME|À\ COMPLÉTER|A\ COMPLETER)(?![\w])
    | \((?:e|es|ne|le|E)\)                         # ravi(e), reçu(e)s, ancien(ne)
    | (?<=[^\W\d_])·(?:e|es|ne|le|s)(?![\w])        # ravi·e
    """,
    re.VERBOSE,
)


def check_placeholders(message: MessageText) -> Iterator[Finding]:
    """One LI001 error per placeholder, in the subject (no span) and in the body; not inside the
    role or company as the user typed them (a job title "Technicien·ne méthodes" is the
    employer's wording, not a leftover)."""
    occasion = message.context.occasion
    typed = [name for name in ((occasion.role, occasion.company) if occasion else ()) if "·" in name]
    for text, in_subject in message.texts():
        kept = [hit.span() for name in typed for hit in re.finditer(re.escape(name), text, re.IGNORECASE)]
        for match in _PLACEHOLDER.finditer(text):
            if any(start <= match.start() < end for start, end in kept):
                continue
            yield finding(
                CODE,
                "error",
                tr(
                    "Placeholder left in the text: “%(text)s”. Replace it with the real wording.",
                    text=quoted(match.group()),
                ),
                match.span(),
                in_subject=in_subject,
            )
