"""``{% mail_is_set_up as ready %}``: whether mail has been set up (web/mail_settings.py), for the
prompt that leads a new user to the set-up page (``web/_mail_setup_prompt.html``)."""

from __future__ import annotations

from django import template

register = template.Library()


@register.simple_tag
def mail_is_set_up() -> bool:
    from lastimpression.web.mail_settings import is_set_up

    return is_set_up()
