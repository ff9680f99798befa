"""How much a candidate has to do, counted in a real browser (issue 16).

Two flows are replayed in Debian's Chromium (Playwright) against a real ``lastimpression
serve`` in a temporary home, the program's clock set to the minute after the interview:

- **French, by hand, 375 × 812**: "I just left an interview in Metz, 10:00–11:00, met the HR
  director and the data lead, decision within 10 days" → capture, draft, schedule;
- **English, desktop**: an ``.ics`` invitation with two attendees → import → draft → schedule.

Controls are found as a person finds them, by their visible text or label (``get_by_role``,
``get_by_label``). Every tap, every field filled and every page load is counted; an
interaction is any of them. A swap done in place by htmx is not a page load (the page does not
go blank). Targets: French ≤ 12 interactions, English ≤ 8. Prints ``interactions: N`` per flow,
its taps, fields and page loads, and its time.

Run: .venv/bin/python bench/effort.py [--show]   (``make bench-effort``)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from time import perf_counter
from typing import Any

from playwright.sync_api import Locator, Page, sync_playwright

from benchlib import OUT, PYTHON, child_environment, run

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
TARGETS = {"french_by_hand": 12, "english_import": 8}
# Thursday 3 December 2026: five past eleven in Metz, just out of a 10:00–11:00 interview.
FRENCH_NOW = "2026-12-03T11:05:00+01:00"
# The same day in London, ten past three, after a 14:00–15:00 interview with two people.
ENGLISH_NOW = "2026-12-03T15:10:00+00:00"
INVITATION = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nBEGIN:VEVENT\r\n"
    "UID:effort-northwind@google.com\r\nSUMMARY:Interview – Data engineer – Northwind Labs\r\n"
    "DTSTART:20261203T140000Z\r\nDTEND:20261203T150000Z\r\n"
    "ORGANIZER;CN=Sarah Thompson:mailto:sarah.thompson@northwind.example.com\r\n"
    "ATTENDEE;CN=Sarah Thompson:mailto:sarah.thompson@northwind.example.com\r\n"
    "ATTENDEE;CN=Tom Baker:mailto:tom.baker@northwind.example.com\r\n"
    "ATTENDEE;CN=Sam Taylor:mailto:sam.taylor@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


@dataclass
class Count:
    """What the candidate did in one flow."""

    taps: int = 0
    fields: int = 0
    loads: int = 0
    steps: list[str] = field(default_factory=list)

    @property
    def interactions(self) -> int:
        return self.taps + self.fields + self.loads


class Hands:
    """A candidate at the page: every tap and every field counted; page loads counted by the
    page's own ``load`` events (a swap by htmx is none)."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.count = Count()
        page.on("load", self._loaded)

    def _loaded(self, _: Page) -> None:
        self.count.loads += 1
        self.count.steps.append(f"load {self.page.url.split('?')[0]}")

    def tap(self, target: Locator, what: str) -> None:
        target.click()
        self.count.taps += 1
        self.count.steps.append(f"tap {what}")

    def type(self, target: Locator, value: str, what: str) -> None:
        if target.input_value() == value:
            self.count.steps.append(f"(already filled) {what}")
            return
        target.fill(value)
        self.count.fields += 1
        self.count.steps.append(f"field {what}")

    def choose(self, target: Locator, path: Path, what: str) -> None:
        target.set_input_files(str(path))
        self.count.fields += 1
        self.count.steps.append(f"file {what}")

    def settle(self) -> None:
        self.page.wait_for_load_state("load")
        self.page.wait_for_timeout(300)  # an htmx swap in flight


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def served(home: Path, now: str, profile: list[str]) -> Iterator[str]:
    """``lastimpression serve`` on a fresh home with the given profile (``init``), the clock at
    ``now``; yields the address it prints, token included."""
    env = child_environment(home, {"LASTIMPRESSION_NOW": now})
    run([PYTHON, "-m", "lastimpression", "init", *profile], env)
    process = subprocess.Popen(
        [PYTHON, "-m", "lastimpression", "serve", "--port", str(_free_port())], env=env,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        for line in process.stdout:
            found = re.search(r"http://127\.0\.0\.1:\d+/\?token=\S+", line)
            if found:
                yield found.group(0)
                break
        else:
            raise RuntimeError("serve printed no address")
    finally:
        process.terminate()
        process.wait(timeout=20)


def _field(scope: Locator | Page, *labels: str) -> Locator | None:
    """The first visible field of ``scope`` labelled by one of ``labels`` (the capture form is
    being redesigned: its labels before and after)."""
    for label in labels:
        found = scope.get_by_label(label, exact=True)
        if found.count() and found.first.is_visible():
            return found.first
    return None


def _person(hands: Hands, number: int, name: str, title: str, salutation: str, email: str) -> None:
    page = hands.page
    person = page.get_by_role("group", name=f"Personne {number}", exact=True)
    if not person.count():  # one line at first: another one asked for
        hands.tap(page.get_by_role("button", name=re.compile("^(Ajouter une personne|Plus de personnes)$")),
                  "Ajouter une personne")  # fmt: skip
        hands.settle()
    quick = _field(person, "Nom, e-mail, fonction")
    if quick is not None:  # one line says it all: the salutation, the address and the title read from it
        hands.type(quick, f"{salutation} {name} {email}, {title}", f"person {number}: name, e-mail, title")
        return
    title_field = _field(person, "Titre")
    if title_field is None:  # the quick line guesses the title and salutation from the name
        hands.type(person.get_by_label("Nom", exact=True), f"{salutation} {name}, {title}", f"person {number} name")
    else:
        hands.type(person.get_by_label("Nom", exact=True), name, f"person {number} name")
        hands.type(title_field, title, f"person {number} title")
    address = _field(person, "Adresse e-mail", "E-mail")
    assert address is not None, "no e-mail field"
    hands.type(address, email, f"person {number} e-mail")


def french_by_hand(address: str, page: Page) -> Count:
    hands = Hands(page)
    page.goto(address)  # the candidate opens the app: one page load
    hands.settle()
    hands.tap(page.get_by_role("link", name="Ajouter un entretien").first, "Ajouter un entretien")
    hands.settle()
    hands.type(page.get_by_label("Entreprise", exact=True), "Acier Lorrain", "company")
    hands.type(page.get_by_label("Poste", exact=True), "Data engineer", "role")
    start = _field(page, "Début")
    if start is not None:
        hands.type(start, "2026-12-03T10:00", "start")
    place = _field(page, "Lieu\u00a0: code postal, ville ou lien", "Lieu ou lien")
    assert place is not None, "no place field"
    hands.type(place, "Metz", "place")
    region = _field(page, "Région")  # the old form: the region typed as a code
    if region is not None:
        hands.type(region, "57", "region")
    hands.settle()
    decision = _field(page, "Décision annoncée", "Décision dans")
    assert decision is not None, "no decision field"
    hands.type(decision, "sous 10 jours", "decision")
    _person(hands, 1, "Claire Martin", "DRH", "Mme", "claire.martin@acier-lorrain.example.fr")
    _person(hands, 2, "Julien Moreau", "Responsable data", "M.", "julien.moreau@acier-lorrain.example.fr")
    save_and_draft = page.get_by_role("button", name="Enregistrer et rédiger", exact=True)
    if save_and_draft.count():  # one tap saves and drafts: the page opens on the messages
        hands.tap(save_and_draft, "Enregistrer et rédiger")
    else:
        hands.tap(page.get_by_role("button", name="Enregistrer", exact=True), "Enregistrer")
    hands.settle()
    if not re.search(r"/interviews/\d+/", page.url):
        errors = page.locator("[role=alert], .error").all_inner_texts()
        raise RuntimeError(f"the interview was not saved: {errors}")
    if page.locator("#ready .ready-list").count():  # drafted on saving: the messages are there
        _schedule(hands, "Programmer tous les messages sans erreur")
    else:
        _draft_and_schedule(hands, "Tout rédiger et programmer", "Programmer tous les messages sans erreur")
    return hands.count


def english_import(address: str, page: Page, invitation: Path) -> Count:
    hands = Hands(page)
    page.goto(address)
    hands.settle()
    quick = _field(page, "Or an invitation from your calendar (.ics)")
    if quick is None:  # no file field on the first screen: the import page, from the menu
        hands.tap(page.get_by_role("link", name="Import a calendar").first, "Import a calendar")
        hands.settle()
        quick = page.get_by_label("Calendar file (.ics)")
    hands.choose(quick, invitation, "invitation.ics")
    hands.tap(page.get_by_role("button", name="Preview").first, "Preview")
    hands.settle()
    hands.tap(page.get_by_role("button", name="Import", exact=True), "Import")
    hands.settle()
    at_once = page.get_by_role("button", name=re.compile("^Draft and schedule all"))
    if at_once.count():
        hands.tap(at_once.first, "Draft and schedule all: Northwind Labs")
        hands.settle()
        page.wait_for_selector("#ready .ready-list")
        _schedule(hands, "Schedule all clean messages")
    else:
        hands.tap(page.get_by_role("link", name=re.compile("Northwind Labs")).first, "the interview")
        hands.settle()
        _draft_and_schedule(hands, "Draft and schedule all", "Schedule all clean messages")
    return hands.count


def _draft_and_schedule(hands: Hands, draft: str, schedule: str) -> None:
    hands.tap(hands.page.get_by_role("button", name=draft, exact=True), draft)
    hands.settle()
    hands.page.wait_for_selector("#ready .ready-list")
    _schedule(hands, schedule)


def _schedule(hands: Hands, schedule: str) -> None:
    button = hands.page.get_by_role("button", name=re.compile(f"^{re.escape(schedule)}"))
    if not button.count():
        hands.count.steps.append("(nothing clean to schedule)")
        _needs(hands)
        return
    before = hands.page.locator("#ready [role=status]").inner_text()
    hands.tap(button, schedule)
    hands.settle()
    hands.page.wait_for_function(
        "before => (document.querySelector('#ready [role=status]') || {}).innerText !== before", arg=before
    )
    said = hands.page.locator("#ready [role=status]").inner_text()
    hands.count.steps.append(f"said: {' / '.join(said.splitlines())}")
    _needs(hands)


def _needs(hands: Hands) -> None:
    for line in hands.page.locator("#ready li.ready-line:has(.needs)").all():
        what = " ".join(line.inner_text().split())
        hands.count.steps.append(f"needs you: {what}")


def main(show: bool = False) -> dict[str, Any]:
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="lastimpression-effort-") as scratch, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            french = ["--name", "Camille Durand", "--email", "camille.durand@example.org", "--language", "fr",
                      "--country", "FR", "--timezone", "Europe/Paris", "--agreement", "feminine"]  # fmt: skip
            with served(Path(scratch) / "fr", FRENCH_NOW, french) as address:
                context = browser.new_context(viewport={"width": 375, "height": 812}, locale="fr-FR",
                                              timezone_id="Europe/Paris", has_touch=True, is_mobile=True)  # fmt: skip
                began = perf_counter()
                count = french_by_hand(address, context.new_page())
                results["french_by_hand"] = _result(count, perf_counter() - began)
                context.close()
            english = ["--name", "Sam Taylor", "--email", "sam.taylor@example.com", "--language", "en",
                       "--country", "GB", "--timezone", "Europe/London"]  # fmt: skip
            invitation = Path(scratch) / "invitation.ics"
            invitation.write_text(INVITATION, encoding="utf-8")
            with served(Path(scratch) / "en", ENGLISH_NOW, english) as address:
                context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB",
                                              timezone_id="Europe/London")  # fmt: skip
                began = perf_counter()
                count = english_import(address, context.new_page(), invitation)
                results["english_import"] = _result(count, perf_counter() - began)
                context.close()
        finally:
            browser.close()
    for name, result in results.items():
        print(report_line(name, result))
        if show:
            for step in result["steps"]:
                print(f"    {step}")
    OUT.mkdir(exist_ok=True)
    (OUT / "effort.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return results


def _result(count: Count, seconds: float) -> dict[str, Any]:
    return {
        "interactions": count.interactions, "taps": count.taps, "fields": count.fields, "page_loads": count.loads,
        "seconds": round(seconds, 2), "steps": count.steps,
    }  # fmt: skip


def report_line(name: str, result: dict[str, Any]) -> str:
    target = TARGETS[name]
    verdict = "ok" if result["interactions"] <= target else "FAIL"
    return (
        f"{name}: interactions: {result['interactions']} (target ≤ {target}: {verdict}) — "
        f"{result['taps']} taps, {result['fields']} fields, {result['page_loads']} page loads; "
        f"time: {result['seconds']:.1f} s (the script's, in the browser)"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every step of each flow")
    arguments = parser.parse_args()
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(0 if main(arguments.show) else 1)
