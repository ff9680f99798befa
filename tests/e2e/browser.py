"""Debian's Chromium driven by Playwright: how to launch it, and a tab that signs in with the
install token and watches what the page does (requests leaving the machine, dialogs, errors in
the console, Content-Security-Policy violations, weight).

Shared by the browser tests and ``scripts/screenshots.py``; importing it starts nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Dialog,
    Error,
    Page,
    Playwright,
    Response,
    Route,
    ViewportSize,
)

CHROMIUM = "/usr/bin/chromium"
# SERVICES.md: no browser download is possible, and nothing may call home.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
DESKTOP: ViewportSize = {"width": 1280, "height": 900}
PHONE: ViewportSize = {"width": 375, "height": 800}
LOCAL_HOSTS = frozenset(("localhost", "127.0.0.1", "[::1]", "::1"))

# A field counts as labelled when a <label> is associated with it (wrapping it or `for=`).
UNLABELLED_FIELDS = """() => [...document.querySelectorAll("input, select, textarea")]
    .filter(field => field.type !== "hidden" && field.type !== "submit" && field.labels.length === 0)
    .map(field => field.outerHTML)"""


# Chromium reports a CSP violation in the console too; this also names the directive, and is
# installed before any script of the page runs.
REPORT_CSP_VIOLATIONS = """document.addEventListener("securitypolicyviolation", (event) =>
    console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`))"""


def launch(playwright: Playwright) -> Browser:
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)


class Tab:
    """One page of a fresh browser context, signed in to the local web UI.

    It records every request to a host other than 127.0.0.1/localhost (and blocks it), every
    dialog (dismissed), every error in the console or uncaught in a script (CSP violations
    included), and the responses since the last ``go``, to weigh the page.
    """

    def __init__(self, context: BrowserContext, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.outside: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.responses: list[Response] = []
        context.route("**/*", self._route)
        context.add_init_script(REPORT_CSP_VIOLATIONS)
        self.page: Page = context.new_page()
        self.page.on("dialog", self._dialog)
        self.page.on("response", self._response)
        self.page.on("console", self._console)
        self.page.on("pageerror", self._page_error)

    def _route(self, route: Route) -> None:
        host = urlsplit(route.request.url).hostname or ""
        if route.request.url.startswith(("data:", "blob:")) or host in LOCAL_HOSTS:
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def _response(self, response: Response) -> None:
        self.responses.append(response)

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(f"{message.text} ({message.location.get('url', '')})")

    def _page_error(self, error: Error) -> None:
        self.errors.append(f"uncaught: {error}")

    def _dialog(self, dialog: Dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def sign_in(self, token: str) -> None:
        """Open the address `serve` prints: the token becomes a cookie and leaves the address bar."""
        self.page.goto(f"{self.base_url}/?token={token}")
        assert "token=" not in self.page.url, self.page.url

    def go(self, path: str) -> None:
        """Open a page of the app (a path such as ``/interviews/``) and expect it to answer 200."""
        self.responses.clear()
        response = self.page.goto(self.base_url + path)
        assert response is not None and response.status == 200, (path, response and response.status)

    def weight(self, leaving_out: str = "") -> int:
        """Bytes of every response body since the last navigation (redirects carry none),
        except those whose address contains ``leaving_out`` when given."""
        return sum(
            len(response.body())
            for response in self.responses
            if not 300 <= response.status < 400 and not (leaving_out and leaving_out in response.url)
        )

    def page_width(self) -> int:
        width: int = self.page.evaluate("document.documentElement.scrollWidth")
        return width

    def unlabelled_fields(self) -> list[str]:
        fields: list[str] = self.page.evaluate(UNLABELLED_FIELDS)
        return fields

    def focused(self, attribute: str = "name") -> str | None:
        """An attribute of the element that has the keyboard focus."""
        value: str | None = self.page.evaluate(f"document.activeElement.getAttribute({attribute!r})")
        return value

    def focus_ring(self) -> tuple[str, str, str]:
        """The outline of the focused element: style, width and colour as computed."""
        ring: list[str] = self.page.evaluate(
            "(() => { const s = getComputedStyle(document.activeElement);"
            " return [s.outlineStyle, s.outlineWidth, s.outlineColor] })()"
        )
        return ring[0], ring[1], ring[2]

    def tab_through(self, fields: Sequence[tuple[str, str | None]]) -> None:
        """Fill a form the way a keyboard user does: starting on the focused field, for each
        ``(name, text)`` check that the focus is on that field, type the text (None: leave it),
        then press Tab until the focus leaves it (a date field has a stop per part).

        Text is typed key by key; a <select> gets the first letters of its option (the browser's
        type-ahead). Date and time values are given as ISO text and filled: the order of their
        parts depends on the browser's locale, not on the page.
        """
        page = self.page
        for name, text in fields:
            assert self.focused() == name, f"expected the focus on {name!r}, found it on {self.focused()!r}"
            kind = page.evaluate("document.activeElement.type")
            if text is not None and kind in ("date", "datetime-local", "time"):
                page.locator(f"[name={name!r}]").fill(text)
            elif text is not None:
                if kind != "select-one":
                    page.keyboard.press("ControlOrMeta+A")
                page.keyboard.type(text)
            for _ in range(8):
                page.keyboard.press("Tab")
                if self.focused() != name:
                    break


OpenTab = Callable[..., Tab]
"""The ``open_tab`` fixture: ``open_tab(viewport=PHONE, locale="en-CA")`` returns a signed-in Tab."""
