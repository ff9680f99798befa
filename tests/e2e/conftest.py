"""End-to-end fixtures: Debian's Chromium (one per test module), signed-in tabs on the live
server, and the real mail servers on loopback (Postfix + Dovecot, one start per test module)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, ViewportSize, sync_playwright
from pytest_django.live_server_helper import LiveServer

from tests.e2e.browser import DESKTOP, OpenTab, Tab, launch
from tests.e2e.mailservers import running_servers


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, str]]:
    """Postfix and Dovecot on loopback (``scripts/mail-services.sh``): what the script printed,
    e.g. ``servers["MAIL_IMAP_PORT"]``. Skipped without root or the packages (failed under CI)."""
    with running_servers() as started:
        yield started


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    """Chromium for a test module. Playwright's sync API keeps an event loop running in this
    thread, so Django refuses database calls from the test body unless told it is safe here
    (it is: the live server runs in its own thread with its own connection handling)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            browser = launch(playwright)
            yield browser
            browser.close()


@pytest.fixture
def open_tab(chromium: Browser, live_server: LiveServer) -> Iterator[OpenTab]:
    """``open_tab(viewport=PHONE, locale="en-CA")``: a fresh context signed in with the install
    token. At the end of the test, no tab may have reached another host, opened a dialog, or
    logged an error in the console (a Content-Security-Policy violation is one)."""
    from lastimpression.web.token import install_token

    opened: list[tuple[BrowserContext, Tab]] = []

    def open_one(viewport: ViewportSize = DESKTOP, locale: str = "fr-FR") -> Tab:
        context = chromium.new_context(viewport=viewport, locale=locale, timezone_id="Europe/Paris")
        context.set_default_timeout(10_000)
        tab = Tab(context, live_server.url)
        opened.append((context, tab))
        tab.sign_in(install_token())
        return tab

    yield open_one
    for context, tab in opened:
        context.close()
        assert not tab.outside, f"requests left 127.0.0.1: {tab.outside}"
        assert not tab.dialogs, f"dialogs opened: {tab.dialogs}"
        assert not tab.errors, f"errors in the console: {tab.errors}"
