"""``{% action_lines actions %}``: the lines of planned actions with their forms
(web/action_line.py), for the dashboard's agenda (``with_interview=True``) and an interview's
plan; ``{% when instant there %}``: a moment in the user's language and zone (web/when.py)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from django import template
from django.template.context import Context
from django.utils.safestring import SafeString

from lastimpression.web import action_line
from lastimpression.web.when import when as local_when

if TYPE_CHECKING:
    from lastimpression.planning.service import AgendaItem

register = template.Library()


@register.simple_tag(takes_context=True)
def action_lines(context: Context, actions: Iterable[AgendaItem], with_interview: bool = False) -> SafeString:
    """The lines of ``actions``; the browser comes back to ``back_to`` (else this page), and the
    context's ``now`` marks the late ones."""
    request = context["request"]
    page = action_line.LinePage(
        words=action_line.action_words(),
        csrf_token=action_line.page_csrf_token(request),
        back_to=context.get("back_to") or context.get("path") or request.path,
        now=context.get("now"),
        with_interview=with_interview,
    )
    return action_line.action_lines(actions, page)


@register.simple_tag
def when(instant: datetime | None, there: str = "") -> SafeString:
    """``instant`` for the user, and in ``there`` when that is another zone."""
    return local_when(instant, there)


@register.filter
def mailto(message: object) -> str:
    """``{{ message|mailto }}``: the ``mailto:`` link that opens ``message`` in the user's mail
    program, ready to send (outbox.mime.mailto_link)."""
    from lastimpression.outbox.mime import mailto_link
    from lastimpression.outbox.models import Message

    return mailto_link(message) if isinstance(message, Message) and message.to else ""
