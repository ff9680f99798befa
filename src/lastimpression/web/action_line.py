"""The line of one planned action, with its Done / Skip / Put off form: in the dashboard's
agenda (naming the interview), in an interview's plan, and alone as htmx's answer when one is
marked (web/plan_actions.py). The markup lives here only.

Rendered in Python rather than by a template included per line: the dashboard shows up to
60 lines, and an include per line cost most of the page's time. The words are translated and
escaped once per language, the CSRF token taken once per page.

The form works without JavaScript (it posts to /actions/<id> and the browser goes back to
``next``); with htmx it swaps the line alone. Each button is described by what the action is
(``aria-describedby``), so "Done" is never heard alone."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, cached_property
from html import escape
from typing import TYPE_CHECKING

from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, pgettext

from lastimpression.web.when import moment
from lastimpression.words import labels

if TYPE_CHECKING:
    from lastimpression.planning.service import AgendaItem

_PAGE_TOKEN = "_lastimpression_page_csrf_token"


@dataclass(frozen=True)
class ActionWords:
    """The words of an action's line in one language, already escaped for HTML."""

    language: str
    kinds: dict[str, str]
    statuses: dict[str, str]
    late: str
    put_off: str
    no_address: str
    scheduled_for: str
    done: str
    skip: str
    snooze: str


@cache  # the catalogue does not change while the program runs
def _words(language: str) -> ActionWords:
    with translation.override(language):
        return ActionWords(
            language=language,
            kinds={code: escape(words) for code, words in labels("kind").items()},
            statuses={code: escape(words) for code, words in labels("action_status").items()},
            late=escape(gettext("late")),
            put_off=escape(gettext("put off")),
            no_address=escape(gettext("needs an e-mail address")),
            scheduled_for=escape(gettext("scheduled: the program sends it on")),
            done=escape(pgettext("button: mark a planned action done", "Done")),
            skip=escape(pgettext("button: a planned action", "Skip")),
            snooze=escape(pgettext("button: a planned action, to the next business day", "Put off")),
        )


def action_words() -> ActionWords:
    """The words of an action's line in the active language."""
    return _words(translation.get_language() or "en")


def page_csrf_token(request: HttpRequest) -> str:
    """One CSRF token for all the lines of a page (Django's ``{% csrf_token %}`` masks the
    secret afresh for each form)."""
    token = getattr(request, _PAGE_TOKEN, None)
    if token is None:
        token = get_token(request)
        setattr(request, _PAGE_TOKEN, token)
    return str(token)


@dataclass(frozen=True)
class LinePage:
    """What the lines of one page share: ``back_to`` is where the browser goes back to without
    JavaScript; ``now``, when given, marks the pending actions past due as late."""

    words: ActionWords
    csrf_token: str
    back_to: str
    now: datetime | None = None
    with_interview: bool = False
    # The user's time zone (its name): the request's current one.
    here: str = field(default_factory=timezone.get_current_timezone_name)

    @cached_property
    def hidden_fields(self) -> str:
        """The CSRF token and where to go back to, as every line's form carries them (escaped once)."""
        return (
            f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(self.csrf_token)}">'
            f'<input type="hidden" name="next" value="{escape(self.back_to)}">'
        )


def action_line(action: AgendaItem, page: LinePage, *, problem: str = "", swapped: bool = False) -> SafeString:
    """The ``<li id="action-<id>">`` of ``action``: when it is due (web/when.py), what it is and
    for whom, the interview (``page.with_interview``), its state (except on a pending line of
    the agenda, whose section already says it), ``problem`` as an alert, and the form while it
    is pending. ``swapped``: the line is htmx's answer, so it takes the focus."""
    return mark_safe(_line(action, page, problem, swapped))  # every text in it went through escape()


def _line(action: AgendaItem, page: LinePage, problem: str = "", swapped: bool = False) -> str:
    """``action_line``'s HTML, not yet marked safe (``mark_safe`` costs a lazy-argument check a
    call: a page of lines marks their join once)."""
    words, key, status = page.words, int(action.id), action.status
    # A step whose message the outbox will send is not the user's to do: it says when it
    # leaves and offers no "Done" (the outbox settles it).
    leaving = status == "pending" and action.scheduled_for is not None
    pending = status == "pending" and not leaving
    late = pending and page.now is not None and action.effective_due < page.now
    what = f"action-{key}-what"
    focus = ' tabindex="-1" autofocus' if swapped else ""
    html = (
        f'<li id="action-{key}" class="{escape(status)}{" late" if late else ""}"{focus}>\n'
        f'<span class="when">{moment(action.effective_due, action.timezone, words.language, page.here)}</span>\n'
        f'<span id="{what}"><span class="what">{words.kinds.get(action.kind) or escape(action.kind)}</span>'
    )
    if action.person is not None:
        html += f' — <span class="who">{escape(action.person)}</span>'
    if action.needs_address:
        html += f' <span class="state needs">({words.no_address})</span>'
    html += "</span>"
    if page.with_interview:
        html += f'\n· <a href="/interviews/{int(action.interview_id)}/">{escape(action.company)}</a>'
    if leaving:
        assert action.scheduled_for is not None
        when = moment(action.scheduled_for, action.timezone, words.language, page.here)
        html += f'\n· <span class="state scheduled">{words.scheduled_for} {when}</span>'
    elif not page.with_interview or swapped or not pending:
        state = words.statuses.get(status) or escape(status)
        if late:
            state += ", " + words.late
        if pending and action.snoozed_until:
            state += ", " + words.put_off
        html += f'\n· <span class="state">{state}</span>'
    if problem:
        html += f'\n<span role="alert" class="error">{escape(problem)}</span>'
    if pending:
        html += (
            f'\n<form method="post" action="/actions/{key}" class="inline act" hx-post="/actions/{key}" '
            f'hx-target="#action-{key}" hx-swap="outerHTML">{page.hidden_fields}\n'
            f'<button type="submit" name="do" value="done" aria-describedby="{what}">{words.done}</button>\n'
            f'<button type="submit" name="do" value="skip" class="secondary" aria-describedby="{what}">'
            f"{words.skip}</button>\n"
            f'<button type="submit" name="do" value="snooze" class="secondary" aria-describedby="{what}">'
            f"{words.snooze}</button></form>"
        )
    return html + "\n</li>"


def action_lines(actions: Iterable[AgendaItem], page: LinePage) -> SafeString:
    """The lines of ``actions``, one after the other (the list around them is the page's)."""
    return mark_safe("\n".join([_line(action, page) for action in actions]))  # each text escaped
