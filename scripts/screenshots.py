"""Screenshots of the main pages for the README: docs/screenshots/<page>-desktop.png and -375.png.

Builds a demo home in a temporary folder with a fixed clock (the demo, a debrief, the thank-yous
drafted, one of them edited so the linter has something to say), starts ``lastimpression serve
--port 0`` on it, and photographs each page with Playwright driving Debian's Chromium at 1280 px
and at 375 px. Nothing outside the temporary folder and docs/screenshots/ is touched.

Also <page>-en-desktop.png (English) and <page>-375-dark.png (the dark scheme) for a few pages.

Usage: .venv/bin/python scripts/screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import Page, ViewportSize, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
NOW = "2026-11-26T17:30:00+01:00"  # the day after the demo's interview in Lyon, early evening
CHROMIUM = "/usr/bin/chromium"
# docs/SERVICES.md: Debian's Chromium, never a downloaded one, and nothing that calls home.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
VIEWPORTS: dict[str, ViewportSize] = {"desktop": {"width": 1280, "height": 800}, "375": {"width": 375, "height": 800}}
LYON = 1  # the demo's first interview: a French panel of two
PAGES = {
    "dashboard": "/",
    "interview": f"/interviews/{LYON}/",
    "new-interview": "/interviews/new",
    "debrief": f"/interviews/{LYON}/debrief",
    "interviews": "/interviews/",
    "edit-interview": f"/interviews/{LYON}/edit",
    "import": "/import",
    "settings": "/settings/",
    "mail-setup": "/settings/mail/",
}
# The same pages in English (the switch in the header sets a cookie), at desktop width only.
ENGLISH = ("dashboard", "interview", "settings")
# The same pages in the dark scheme (the system's choice, prefers-color-scheme), at 375 px only.
DARK = ("dashboard", "interview")
SIZE_LIMIT = 800_000  # bytes a picture; the interview page at 1280 px is the largest (about 500 KB)


def run(env: dict[str, str], *args: str, extra: dict[str, str] | None = None) -> str:
    """Run the program in its own process; return its output or stop with its error."""
    done = subprocess.run(
        [sys.executable, "-m", "lastimpression", *args],
        env={**env, **(extra or {})},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        sys.exit(f"lastimpression {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout


def build_home(env: dict[str, str]) -> None:
    """The demo, the Lyon debrief, both thank-yous drafted and Claire's closing abbreviated."""
    run(env, "demo")
    run(
        env, "debrief", str(LYON), "--focused",
        "--last-minutes", "Julien m'a raccompagnée jusqu'à l'ascenseur en parlant des tests de bout en bout.",
        "--greeted", "Claire Martin", "--greeted", "Julien Moreau", "--greeted-other", "accueil",
        "--parting", "continuation", "--parting-words", "À très bientôt, on vous recontacte vite",
        "--rate", "Claire Martin:professional=5", "--rate", "Julien Moreau:enthusiastic=5",
        "--state-of-mind", "Confiante", "--differently", "Demander plus tôt la date de décision",
    )  # fmt: skip
    run(env, "draft", str(LYON), "--kind", "thank-you")
    # `message edit` opens $EDITOR on the text: a sed stands in for the user's hands.
    run(env, "message", "edit", "1", extra={"EDITOR": "sed -i -e 's/^Bien cordialement,$/Cdt,/'"})


def start_server(env: dict[str, str]) -> tuple[subprocess.Popen[str], str]:
    """``serve --port 0`` in a subprocess; return it and the address it prints (with the token)."""
    server = subprocess.Popen(
        # Not sending: the pages photographed stay as built.
        [sys.executable, "-m", "lastimpression", "serve", "--port", "0", "--send-every", "0"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert server.stdout is not None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = server.stdout.readline()
        if line.startswith("http://"):
            return server, line.strip()
        if not line and server.poll() is not None:
            break
    server.kill()
    sys.exit("lastimpression serve did not print its address")


def shoot(page: Page, target: Path) -> None:
    """The whole page in one picture. The window is made as tall as the page first: a full-page
    screenshot would leave the phone's fixed navigation bar where the window's bottom was."""
    window = page.viewport_size
    assert window is not None
    page.set_viewport_size({"width": window["width"], "height": page.evaluate("document.documentElement.scrollHeight")})
    page.screenshot(path=str(target), animations="disabled", caret="hide")
    page.set_viewport_size(window)


def photograph(url: str, out: Path) -> list[Path]:
    base = url.split("/?", 1)[0]
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        for suffix, viewport in VIEWPORTS.items():
            context = browser.new_context(viewport=viewport, locale="fr-FR", timezone_id="Europe/Paris")
            page = context.new_page()
            page.goto(url)  # the token becomes a cookie
            for name, path in PAGES.items():
                response = page.goto(base + path)
                if response is None or response.status != 200:
                    sys.exit(f"{path} answered {response and response.status}")
                target = out / f"{name}-{suffix}.png"
                shoot(page, target)
                written.append(target)
            # The set-up's second step: the address typed, its provider's servers found.
            page.goto(base + "/settings/mail/")
            page.locator("input[name=mode][value=smtp]").check()
            page.locator("input[name=address]").fill("camille.durand@orange.fr")
            page.get_by_role("button", name="Trouver mes serveurs").click()
            page.wait_for_load_state("load")
            target = out / f"mail-setup-found-{suffix}.png"
            shoot(page, target)
            written.append(target)
            if suffix == "375":
                page.emulate_media(color_scheme="dark")
                for name in DARK:
                    page.goto(base + PAGES[name])
                    target = out / f"{name}-375-dark.png"
                    shoot(page, target)
                    written.append(target)
                page.emulate_media(color_scheme="light")
            if suffix == "desktop":
                page.goto(base + "/language/en")
                for name in ENGLISH:
                    page.goto(base + PAGES[name])
                    target = out / f"{name}-en-desktop.png"
                    shoot(page, target)
                    written.append(target)
            context.close()
        browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    out: Path = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="lastimpression-screenshots-"))
    env = {key: value for key, value in os.environ.items() if not key.startswith("LASTIMPRESSION_")}
    env |= {"LASTIMPRESSION_HOME": str(home / "home"), "LASTIMPRESSION_NOW": NOW, "LANG": "C.UTF-8"}
    server = None
    try:
        build_home(env)
        server, url = start_server(env)
        written = photograph(url, out)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
            if server.stdout is not None:
                server.stdout.close()
        shutil.rmtree(home, ignore_errors=True)
    for path in written:
        size = path.stat().st_size
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {size // 1024} KB")
        if size > SIZE_LIMIT:
            sys.exit(f"{path} is over {SIZE_LIMIT // 1000} KB")


if __name__ == "__main__":
    main()
