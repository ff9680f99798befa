"""Rules of the code's shape that a test keeps: one clock, a core free of Django and I/O.

The program reads time from ``lastimpression.clock.now`` only (PRODUCT.md §7, STYLE.md "One
clock"): a second clock split the suite once (``auto_now`` stamps the machine's date while the
rules ran on ``LASTIMPRESSION_NOW``) and broke it on the day the real date passed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src" / "lastimpression"
# The one place the real clock is read.
CLOCK = SOURCE / "clock.py"
# Calls that read the machine's clock: module.function as written in the source.
OTHER_CLOCKS = {
    ("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"), ("date", "today"),
    ("timezone", "now"), ("time", "time"), ("time", "time_ns"), ("time", "localtime"), ("time", "gmtime"),
}  # fmt: skip
# Keyword arguments that make Django read its own clock.
OTHER_CLOCK_FIELDS = {"auto_now", "auto_now_add"}


def sources() -> list[Path]:
    # Migrations are history: what the schema was, not code that runs against the clock.
    return sorted(path for path in SOURCE.rglob("*.py") if path != CLOCK and "migrations" not in path.parts)


def clock_reads(path: Path) -> list[str]:
    """Every read of a clock other than ``clock.now`` in ``path``, as "line: code"."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            function = node.func
            if isinstance(function, ast.Attribute):
                owner = function.value
                name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
                if (name, function.attr) in OTHER_CLOCKS:
                    found.append(f"{node.lineno}: {ast.unparse(node)}")
            for keyword in node.keywords:
                if keyword.arg in OTHER_CLOCK_FIELDS:
                    found.append(f"{node.lineno}: {ast.unparse(node)}")
    return found


def test_the_program_reads_time_from_one_clock_only() -> None:
    offenders = {str(path.relative_to(SOURCE)): reads for path in sources() if (reads := clock_reads(path))}
    assert offenders == {}, "use lastimpression.clock.now() (and stamps.CreatedAt/UpdatedAt for models)"


@pytest.mark.parametrize(
    "code",
    [
        "from datetime import datetime\nx = datetime.now()",
        "import datetime\nx = datetime.datetime.now(datetime.UTC)",
        "from django.utils import timezone\nx = timezone.now()",
        "import time\nx = time.time()",
        "from datetime import date\nx = date.today()",
        "from django.db import models\nx = models.DateTimeField(auto_now=True)",
    ],
)
def test_the_clock_rule_catches_each_way_of_reading_the_machines_time(code: str, tmp_path: Path) -> None:
    path = tmp_path / "module.py"
    path.write_text(code, encoding="utf-8")
    assert clock_reads(path), code


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_the_core_imports_no_django_no_app_and_no_clock() -> None:
    """``core`` is the method, pure: plain data in, plain data out (STYLE.md "A pure core")."""
    forbidden = ("django", "lastimpression.interviews", "lastimpression.planning", "lastimpression.outbox",
                 "lastimpression.journal", "lastimpression.web", "lastimpression.cli", "lastimpression.clock",
                 "lastimpression.settings", "smtplib", "imaplib", "socket", "sqlite3")  # fmt: skip
    offenders = {}
    for path in sorted((SOURCE / "core").rglob("*.py")):
        bad = sorted(name for name in imported_modules(path) if name.startswith(forbidden))
        if bad:
            offenders[str(path.relative_to(SOURCE))] = bad
    assert offenders == {}


def test_no_app_reaches_into_the_web_or_the_cli() -> None:
    """The apps are called by the adapters (web, cli), never the other way round."""
    offenders = {}
    for app in ("interviews", "planning", "outbox", "journal"):
        for path in sorted((SOURCE / app).rglob("*.py")):
            bad = sorted(
                name for name in imported_modules(path) if name.startswith(("lastimpression.web", "lastimpression.cli"))
            )
            if bad:
                offenders[str(path.relative_to(SOURCE))] = bad
    assert offenders == {}
