"""The dashboard's agenda as HTML: overdue, today, this week and the scheduled messages, each a
section with its title, its action lines (``web/action_line.py``, one CSRF token for the page)
and "And 12 more" when it was cut; "Nothing planned for the coming week." when all are empty.

Written in Python rather than as four includes of a template: the includes took as long as the
60 lines themselves (issue 17). The words are translated once per language."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from html import escape
from typing import TYPE_CHECKING

from django.utils import translation
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, ngettext

from lastimpression.web.action_line import LinePage, action_lines

if TYPE_CHECKING:
    from lastimpression.planning.service import AgendaItem

SECTIONS = ("overdue", "today", "week", "scheduled")


@dataclass(frozen=True)
class AgendaWords:
    """The agenda's titles in one language, escaped for HTML."""

    titles: dict[str, str]
    nothing: str


@cache  # the catalogue does not change while the program runs
def _words(language: str) -> AgendaWords:
    with translation.override(language):
        titles = {
            "overdue": gettext("Overdue"), "today": gettext("Today"), "week": gettext("This week"),
            "scheduled": gettext("Scheduled messages"),
        }  # fmt: skip
        return AgendaWords(
            {name: escape(title) for name, title in titles.items()},
            escape(gettext("Nothing planned for the coming week.")),
        )


def _more(count: int) -> str:
    return escape(ngettext("And %(count)s more", "And %(count)s more", count) % {"count": count})


def agenda(
    sections: Mapping[str, Sequence[AgendaItem]], more: Mapping[str, int], page: LinePage, *, has_interviews: bool
) -> SafeString:
    """What goes inside the agenda's ``<div id="agenda">``: each section that has lines
    (``sections``: its first lines; ``more``: how many it did not show)."""
    words = _words(page.words.language)
    html = "\n"
    for name in SECTIONS:
        items = sections[name]
        if items:
            html += (
                f'  <section aria-labelledby="{name}-title">\n    <h2 id="{name}-title">{words.titles[name]}</h2>\n'
                f'    <ul class="actions">\n{action_lines(items, page)}\n</ul>\n'
            )
            if more[name] > 0:
                html += f'<p class="muted">{_more(more[name])}</p>'
            html += "\n  </section>"
        else:
            html += "  "
        html += "\n"
    shown = any(sections[name] for name in SECTIONS)
    html += f'  <p class="muted">{words.nothing}</p>\n' if has_interviews and not shown else "  \n"
    return mark_safe(html)  # every text in it went through escape()
