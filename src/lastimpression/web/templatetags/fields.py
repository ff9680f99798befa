"""A form field's state as its input says it (web/form_errors.py): ``{% invalid problems "company" %}``
writes ``aria-invalid`` and ``aria-describedby`` on a refused field, and ``autofocus`` on the
first one (the page opens on it, with or without JavaScript); ``{% problem_of problems
"company" %}`` writes the fault beside the field, with the id those attributes point to."""

from __future__ import annotations

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from lastimpression.web.form_errors import Problems

register = template.Library()


@register.simple_tag
def invalid(problems: Problems | None, field: str, hint: str = "") -> SafeString:
    """The attributes of ``field``'s input: ``aria-describedby`` naming its fault and ``hint``
    (an id, when it has a hint), ``aria-invalid`` when refused, ``autofocus`` on the first."""
    refused = problems is not None and field in problems
    described = " ".join(part for part in (f"{field}-error" if refused else "", hint) if part)
    written = format_html(' aria-describedby="{}"', described) if described else ""
    if refused:
        written += mark_safe(' aria-invalid="true"')
        if problems is not None and problems.first == field:
            written += mark_safe(" autofocus")
    return mark_safe(written)


@register.simple_tag
def problem_of(problems: Problems | None, field: str) -> SafeString:
    """The fault of ``field`` beside it ('' when none)."""
    problem = problems.get(field) if problems is not None else None
    if problem is None:
        return mark_safe("")
    return format_html('<span class="field-error" id="{}-error">{}</span>', field, problem.message)
