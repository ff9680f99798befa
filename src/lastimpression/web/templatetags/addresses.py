"""``{{ address|bracketed }}``: an e-mail address as a header shows it, ``<camille@example.org>``,
made to wrap cleanly on a narrow screen: a line may break after the ``@`` (and, in a part too
long for a line, anywhere: site.css's ``.address``), never between the address and its ``>``."""

from __future__ import annotations

from html import escape

from django import template
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.filter
def bracketed(address: object) -> SafeString:
    text = str(address or "")
    local, at, domain = text.rpartition("@")
    inner = f"{escape(local)}@<wbr>{escape(domain)}" if at else escape(text)
    return mark_safe(f'<span class="address">&lt;{inner}&gt;</span>')  # both parts escaped above
