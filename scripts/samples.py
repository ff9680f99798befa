"""Write the craft suite's messages to docs/samples/ so a reader can judge them (issue 15).

One Markdown file per interview of the suite (``tests/core/compose/world.py``): the context the
composer was given, then every message as it would leave: thank-yous to everyone, the follow-ups
to the main contact only, the LinkedIn notes.

Run: .venv/bin/python scripts/samples.py            (writes the files)
     .venv/bin/python scripts/samples.py --check    (exit 1 when a file is out of date)
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from tests.core.compose.world import WORLD  # noqa: E402

from lastimpression.core.compose import compose  # noqa: E402
from lastimpression.core.messages import Candidate, Occasion, Recipient  # noqa: E402

SAMPLES = ROOT / "docs" / "samples"
KIND_NAMES = {
    "thank_you": "Thank-you",
    "follow_up": "Follow-up",
    "follow_up_2": "Second follow-up",
    "linkedin": "LinkedIn note",
}


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:40]


def _context(candidate: Candidate, people: list[Recipient], occasion: Occasion) -> list[str]:
    lines = [
        f"- Candidate: {candidate.name} ({candidate.agreement})",
        f"- Proof points: {'; '.join(candidate.proof_points) if candidate.proof_points else 'none'}",
        f"- Interview: {occasion.company}, {occasion.role}, {occasion.interview_date.isoformat()}"
        + (f" at {occasion.start_time.strftime('%H:%M')}" if occasion.start_time else "")
        + f", {occasion.mode}, {occasion.country}{('-' + occasion.subdivision) if occasion.subdivision else ''}",
        f"- Decision by: {occasion.decision_by.isoformat() if occasion.decision_by else 'not said'}; "
        f"follow-up promised for {occasion.promise_date.isoformat() if occasion.promise_date else '-'}",
        f"- Thank-you leaves on: {occasion.sent_on.isoformat() if occasion.sent_on else 'a later day'}",
    ]
    if occasion.contribution:
        lines.append(f"- What I can bring: {occasion.contribution}")
    for person in people:
        topics = "; ".join(person.topics) if person.topics else "no topic recorded"
        main = " — main contact" if person.main_contact else ""
        lines.append(f"- {person.name}, {person.title or 'no title'} ({person.register}){main}: {topics}")
    return lines


def render() -> dict[Path, str]:
    """Every sample file and its text."""
    files: dict[Path, str] = {}
    for number, (candidate, people, occasion) in enumerate(WORLD, 1):
        parts = [f"# {number}. {occasion.company} — {occasion.role}", "", *_context(candidate, people, occasion)]
        for person in people:
            for kind in KIND_NAMES:
                if kind in ("follow_up", "follow_up_2") and not person.main_contact:
                    continue
                draft = compose(kind, candidate, person, occasion, panel=people)
                parts += ["", f"## {KIND_NAMES[kind]} to {person.name}", ""]
                if draft.subject:
                    parts.append(f"Subject: {draft.subject}")
                    parts.append("")
                parts += ["```text", draft.body, "```"]
        name = f"{number:02d}-{occasion.language}-{occasion.country.lower()}-{_slug(occasion.company)}.md"
        files[SAMPLES / name] = "\n".join(parts) + "\n"
    return files


README = ROOT / "README.md"
# The README shows a French panel and an English thank-you (issue 15): (case, recipient, kind, caption).
README_MESSAGES = (
    (23, "Sophie Garnier", "thank_you", "Sophie Garnier, Chargée de recrutement (main contact)"),
    (23, "Bertrand Leroy", "thank_you", "Bertrand Leroy, Directeur des achats"),
    (23, "Inès Haddad", "thank_you", "Inès Haddad, Cheffe de produit"),
    (23, "Sophie Garnier", "follow_up", "Sophie Garnier's follow-up, on the day the thank-you promised"),
    (36, "Fiona MacLeod", "thank_you", "Fiona MacLeod, Recruitment Manager (Edinburgh), the day after"),
)
README_INTRO = """## What it writes

Every message is composed from what you recorded, and from nothing else: the people met and
what you talked about, your proof points (`init --proof`, or Settings), what you can bring
to this company. Here is a French panel of three as the program writes it (the recruiter is
the main contact: only she is promised, and later sent, a follow-up; the others are thanked
and offered help), then an English thank-you. These are the craft suite's cases 23 and 36;
every message of the {count} cases is in [docs/samples/](docs/samples/), and
`scripts/samples.py` (checked by a test) keeps this section and that folder equal to what the
program writes today.
"""


def readme_section() -> str:
    """The README's "What it writes" section, from the suite's messages."""
    parts = [README_INTRO.format(count=len(WORLD))]
    for number, name, kind, caption in README_MESSAGES:
        candidate, people, occasion = WORLD[number - 1]
        (person,) = [member for member in people if member.name == name]
        draft = compose(kind, candidate, person, occasion, panel=people)
        parts.append(f"**{caption}** — *{draft.subject}*\n\n```text\n{draft.body}\n```\n")
    return "\n".join(parts) + "\n"


def readme_with_section(text: str) -> str:
    start = text.index("## What it writes")
    end = text.index("\n## ", start) + 1
    return text[:start] + readme_section() + text[end:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the files are up to date")
    arguments = parser.parse_args()
    files = render()
    readme = README.read_text(encoding="utf-8")
    files[README] = readme_with_section(readme)
    stale = [path for path, text in files.items() if not path.exists() or path.read_text(encoding="utf-8") != text]
    extra = [path for path in SAMPLES.glob("*.md") if path not in files and path.name != "README.md"]
    if arguments.check:
        for path in [*stale, *extra]:
            print(f"out of date: {path.relative_to(ROOT)} (run scripts/samples.py)")
        return 1 if stale or extra else 0
    SAMPLES.mkdir(parents=True, exist_ok=True)
    for path in extra:
        path.unlink()
    for path in stale:
        path.write_text(files[path], encoding="utf-8")
    print(f"{len(files) - 1} sample files in {SAMPLES.relative_to(ROOT)} and README's section ({len(stale)} written)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
