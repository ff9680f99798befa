"""What the web tests share: the evening after the Lyon interview as the program's clock, and a
browser (Django's test client) holding the install's token and checking CSRF as a real page
would."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.test import Client

from lastimpression.web.common import LANGUAGE_COOKIE
from lastimpression.web.token import COOKIE, install_token
from tests.conftest import Clock

EVENING = datetime(2026, 12, 3, 17, 0, tzinfo=UTC)  # Thursday, 18:00 in Paris


@pytest.fixture
def evening(clock: Clock) -> datetime:
    """The program's clock stopped at EVENING (use with ``pytestmark``)."""
    clock.at(EVENING)
    return EVENING


def browser_in(language: str | None = None) -> Client:
    """A browser with the token, enforcing CSRF; in ``language`` when given (its cookie)."""
    client = Client(enforce_csrf_checks=True)
    client.cookies[COOKIE] = install_token()
    if language is not None:
        client.cookies[LANGUAGE_COOKIE] = language
    return client


@pytest.fixture
def browser(db: None) -> Client:
    return browser_in()


def csrf_token(browser: Client, page: str) -> str:
    """The CSRF token ``page`` carries in its forms."""
    html = browser.get(page).content.decode()
    return html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
