"""How every command grows with the home: 200, 2,000 and 20,000 interviews (issue 17).

Each command of issue 17's table runs as a user runs it, a new process
(``python -m lastimpression …``, stdout to /dev/null, ``LASTIMPRESSION_NOW`` at the instant the
benchmark homes are aged to), on a copy of each benchmark home (``build_home.py --size N``).
For each: the median wall time, the child's CPU time (user + system) and its peak memory (its
maximum resident set size, as GNU ``time`` reports it), then the ratios 20,000 / 2,000 of the
time and of the peak memory. Target (issue 17): at most 12x for ten times the data, in time
and in memory: nothing worse than linear.

The dashboard is timed inside its process (``dashboard.py``'s child, Django's test client): its
row is the median server time of 31 requests after the first (the first, reported apart, is
the one ``serve`` now makes before printing its address), and the peak memory of that process.
``import --dry-run`` reads the same Outlook files (500 and 5,000 events, ``outlook_calendar.py``)
into each home (the interviews it finds are matched against the home's). ``dispatch`` sends 100
due thank-yous (added to the copy of the home, scheduled as ``send --now`` does) to a local SMTP
sink. ``restore`` loads the copy's ``export`` into a new, empty home.

Anchors at 2,000, side by side in the same run: ``ics`` against icalendar alone writing the
same events (``icalendar_alone.py write``: target at most 1.5x), and ``import --dry-run``
against icalendar alone parsing the same file and walking its events
(``icalendar_alone.py parse``: target at most 1.2x).

Run alone: .venv/bin/python bench/growth.py [--runs 3] [--sizes 200,2000,20000]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from time import perf_counter
from typing import Any

from benchlib import OUT, PYTHON, ROOT, BenchError, child_environment, run, verdict
from build_home import AS_OF, SIZES, ensure_home

TIME = "/usr/bin/time"  # GNU time (Debian's package "time")
GROWTH_TARGET = 12.0
ICS_TARGET = 1.5
IMPORT_TARGET = 1.2
DISPATCHED = 100
IMPORT_EVENTS = (500, 5000)
# A 156-word thank-you, for `lint --file` (issue 17's measure).
LINT_TEXT = """Subject: Merci pour notre entretien

Bonjour Madame Martin,

Je vous remercie pour le temps que vous m'avez consacré ce jeudi lors de notre entretien pour le poste
de data engineer. J'ai beaucoup apprécié notre échange sur la migration vers PostgreSQL et sur la façon
dont votre équipe de huit personnes organise ses mises en production.

Votre présentation du pipeline de données temps réel m'a confirmé l'intérêt que je porte à ce poste :
j'y retrouve les sujets sur lesquels j'ai travaillé ces trois dernières années, en particulier la
fiabilité des traitements et la qualité des données livrées aux équipes métier.

Comme convenu, je reste à votre disposition pour un second entretien avec le directeur technique. Je
vous recontacterai jeudi prochain si je n'ai pas eu de nouvelles d'ici là.

Je vous souhaite une excellente fin de semaine.

Bien cordialement,

Camille Durand
"""


@dataclass
class Sample:
    wall_ms: float
    cpu_ms: float
    peak_mb: float


def measure_child(command: Sequence[str], env: Mapping[str, str], ok: tuple[int, ...] = (0,)) -> Sample:
    """One run of ``command``, stdout to /dev/null: wall time, CPU time and peak memory of that
    child alone. The command runs under GNU ``time`` (``/usr/bin/time``), which reports its
    child's peak: a child forked from this process would count this process's own memory in
    its peak (Linux counts the pages of the fork before the exec). An exit status not in
    ``ok`` raises BenchError."""
    with tempfile.NamedTemporaryFile(prefix="li-bench-time-", suffix=".txt") as report:
        timed = [TIME, "-f", "%M %U %S", "-o", report.name, *command]
        started = perf_counter()
        done = subprocess.run(
            timed, env=dict(env), cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, check=False,
        )  # fmt: skip
        wall = (perf_counter() - started) * 1000.0
        written = Path(report.name).read_text(encoding="utf-8").split()
    if done.returncode not in ok:
        tail = "\n".join(done.stderr.decode(errors="replace").strip().splitlines()[-12:])
        raise BenchError(f"`{' '.join(command)}` exited with status {done.returncode}:\n{tail}")
    peak_kb, user, system = written[-3:]
    return Sample(wall, (float(user) + float(system)) * 1000.0, int(peak_kb) / 1024.0)


@dataclass
class Cell:
    """One command at one size: its samples (or why there is none)."""

    samples: list[Sample] = field(default_factory=list)
    refused: str = ""
    first_ms: float | None = None

    def as_dict(self) -> dict[str, Any]:
        if not self.samples:
            return {"refused": self.refused}
        found = {
            "runs": len(self.samples),
            "ms": round(statistics.median(sample.wall_ms for sample in self.samples), 1),
            "cpu_ms": round(statistics.median(sample.cpu_ms for sample in self.samples), 1),
            "peak_mb": round(max(sample.peak_mb for sample in self.samples), 1),
        }
        if self.first_ms is not None:
            found["first_ms"] = round(self.first_ms, 1)
        return found


@dataclass
class Home:
    """A working copy of a benchmark home, and what the commands need of it."""

    size: int
    path: Path
    scratch: Path
    middle: int
    env: dict[str, str]


def _middle_interview(home: Path) -> int:
    import sqlite3

    with sqlite3.connect(home / "lastimpression.sqlite3") as database:
        (count,) = database.execute("SELECT COUNT(*) FROM interviews_interview").fetchone()
        (found,) = database.execute(
            "SELECT id FROM interviews_interview ORDER BY id LIMIT 1 OFFSET ?", (count // 2,)
        ).fetchone()
    return int(found)


def _copy(size: int, scratch: Path) -> Home:
    source, _ = ensure_home(size)
    target = scratch / f"home-{size}"
    shutil.copytree(source, target)
    env = child_environment(target, {"LASTIMPRESSION_NOW": AS_OF})
    return Home(size, target, scratch, _middle_interview(target), env)


def _cli(*arguments: str) -> list[str]:
    return [PYTHON, "-m", "lastimpression", *arguments]


def _outlook_file(events: int) -> Path:
    from outlook_calendar import calendar_bytes

    path = OUT / f"outlook-{events}.ics"
    if not path.exists():
        path.write_bytes(calendar_bytes(events=events, interviews=max(1, events // 25)))
    return path


# -- the commands ---------------------------------------------------------------------------------


def _plain(arguments: Callable[[Home], list[str]], ok: tuple[int, ...] = (0,)) -> Callable[[Home, int], Cell]:
    def measure(home: Home, runs: int) -> Cell:
        command = _cli(*arguments(home))
        cell = Cell()
        measure_child(command, home.env, ok)  # warm-up: bytecode, file cache
        cell.samples = [measure_child(command, home.env, ok) for _ in range(runs)]
        return cell

    return measure


def _import(events: int) -> Callable[[Home, int], Cell]:
    def measure(home: Home, runs: int) -> Cell:
        from benchlib import BenchError as Refused

        command = _cli("import", str(_outlook_file(events)), "--dry-run")
        try:
            run(command, home.env)
        except Refused as refused:
            return Cell(refused=str(refused).splitlines()[-1][:160])
        return Cell([measure_child(command, home.env) for _ in range(runs)])

    return measure


def _dashboard(home: Home, runs: int) -> Cell:
    cell = Cell()
    out = home.scratch / "dashboard.json"
    command = [PYTHON, str(ROOT / "bench" / "dashboard.py"), "--child", "--runs", "31", "--out", str(out)]
    medians, firsts = [], []
    for _ in range(runs):
        sample = measure_child(command, home.env)
        page = json.loads(out.read_text(encoding="utf-8"))["dashboard"]
        medians.append(page["median_ms"])
        firsts.append(page["first_ms"])
        cell.samples.append(Sample(page["median_ms"], sample.cpu_ms, sample.peak_mb))
    cell.first_ms = statistics.median(firsts)
    return cell


def _dispatch(home: Home, runs: int) -> Cell:
    from mailbench import SmtpSink

    cell = Cell()
    template = home.scratch / f"dispatch-{home.size}.sqlite3"
    database = home.path / "lastimpression.sqlite3"
    with SmtpSink() as sink:
        env = {
            **home.env, "LASTIMPRESSION_SMTP_HOST": "127.0.0.1", "LASTIMPRESSION_SMTP_PORT": str(sink.port),
            "LASTIMPRESSION_SMTP_SECURITY": "none", "LASTIMPRESSION_SMTP_TIMEOUT": "30",
        }  # fmt: skip
        for name in [key for key in env if key.startswith(("LASTIMPRESSION_IMAP_", "LASTIMPRESSION_SMTP_U"))]:
            env.pop(name)
        env.pop("LASTIMPRESSION_SMTP_PASSWORD", None)
        saved = home.scratch / f"saved-{home.size}.sqlite3"
        _copy_database(database, saved)
        run([PYTHON, __file__, "--prepare-dispatch", str(home.size)], env)
        _copy_database(database, template)
        for _ in range(runs + 1):  # the first, untimed, warms the caches
            _copy_database(template, database)
            sample = measure_child(_cli("dispatch"), env)
            if _count(database, "SELECT COUNT(*) FROM outbox_message WHERE status = 'sent'") != DISPATCHED:
                raise BenchError(f"dispatch at {home.size}: not {DISPATCHED} messages sent")
            cell.samples.append(sample)
        cell.samples = cell.samples[1:]
        _copy_database(saved, database)
    return cell


def _copy_database(source: Path, target: Path) -> None:
    """``source`` copied over ``target`` with SQLite's backup (what its WAL holds included)."""
    import sqlite3

    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    with sqlite3.connect(source) as reading, sqlite3.connect(target) as writing:
        reading.backup(writing)
    writing.close()
    reading.close()


def _count(database: Path, sql: str) -> int:
    import sqlite3

    with sqlite3.connect(database) as connection:
        (found,) = connection.execute(sql).fetchone()
    return int(found)


def prepare_dispatch(size: int) -> None:
    """In the home of ``LASTIMPRESSION_HOME``: DISPATCHED interviews of one person ended the day
    before, their thank-you drafted and scheduled to leave now (as ``send --now``)."""
    from mailbench import build_interviews, draft_all, setup_django

    setup_django()
    from lastimpression import clock
    from lastimpression.outbox.models import Message
    from lastimpression.outbox.sending import schedule

    now = clock.now()
    ids = build_interviews(DISPATCHED, 1, now - timedelta(days=1), start_id=size + 1)
    draft_all(ids, "thank_you", now)
    for message_id in Message.objects.filter(interview_id__in=ids, kind="thank_you").values_list("id", flat=True):
        schedule(message_id, at=now, now=now, force=True)


def _restore(home: Home, runs: int) -> Cell:
    export = home.scratch / f"export-{home.size}.json"
    run(_cli("export", "--out", str(export)), home.env)
    cell = Cell()
    for index in range(runs + 1):
        empty = home.scratch / f"restored-{home.size}-{index}"
        env = child_environment(empty, {"LASTIMPRESSION_NOW": AS_OF})
        sample = measure_child(_cli("restore", str(export)), env)
        if index:  # the first warms the file cache and the bytecode
            cell.samples.append(sample)
        shutil.rmtree(empty, ignore_errors=True)
    return cell


COMMANDS: list[tuple[str, Callable[[Home, int], Cell]]] = [
    ("ics --out FILE", _plain(lambda home: ["ics", "--out", str(home.scratch / f"plan-{home.size}.ics")])),
    ("agenda", _plain(lambda home: ["agenda"])),
    ("today", _plain(lambda home: ["today"])),
    ("interview list", _plain(lambda home: ["interview", "list"])),
    ("interview show ID --json", _plain(lambda home: ["interview", "show", str(home.middle), "--json"])),
    # lint's exit status is 1 when a finding is an error: it is an answer, not a failure.
    ("lint --file (156 words)", _plain(lambda home: ["lint", "--file", str(home.scratch / "merci.txt")], (0, 1))),
    ("import --dry-run, 500 events", _import(500)),
    ("import --dry-run, 5,000 events", _import(5000)),
    ("dashboard (server time)", _dashboard),
    (f"dispatch ({DISPATCHED} messages)", _dispatch),
    ("card ID", _plain(lambda home: ["card", str(home.middle)])),
    ("stats", _plain(lambda home: ["stats"])),
    ("export --out FILE", _plain(lambda home: ["export", "--out", str(home.scratch / f"export-{home.size}.json")])),
    ("restore into an empty home", _restore),
]


# -- the anchors ------------------------------------------------------------------------------------


def _anchors(home: Home, runs: int) -> dict[str, Any]:
    """At one size (2,000): ``ics`` against icalendar writing the same events, and ``import
    --dry-run`` against icalendar parsing the same file, interleaved (A B B A …)."""
    from icalendar_alone import dump_events

    alone = str(ROOT / "bench" / "icalendar_alone.py")
    written = home.scratch / "plan-anchor.ics"
    ours = _cli("ics", "--out", str(written))
    run(ours, home.env)
    events = home.scratch / "events.json"
    events.write_text(json.dumps(dump_events(written)), encoding="utf-8")
    pairs = {"ics": (ours, [PYTHON, alone, "write", str(events), str(home.scratch / "alone.ics")], ICS_TARGET)}
    for count in IMPORT_EVENTS:
        path = str(_outlook_file(count))
        pairs[f"import {count}"] = (_cli("import", path, "--dry-run"), [PYTHON, alone, "parse", path], IMPORT_TARGET)
    found: dict[str, Any] = {}
    for name, (command, anchor, target) in pairs.items():
        try:
            run(command, home.env)
        except BenchError as refused:
            found[name] = {"refused": str(refused).splitlines()[-1][:160]}
            continue
        run(anchor, home.env)
        a: list[Sample] = []
        b: list[Sample] = []
        for index in range(runs):
            order = ((b, anchor), (a, command)) if index % 2 else ((a, command), (b, anchor))
            for samples, line in order:
                samples.append(measure_child(line, home.env))
        ours_ms = statistics.median(sample.wall_ms for sample in a)
        alone_ms = statistics.median(sample.wall_ms for sample in b)
        ours_cpu = statistics.median(sample.cpu_ms for sample in a)
        alone_cpu = statistics.median(sample.cpu_ms for sample in b)
        found[name] = {
            "ours_ms": round(ours_ms, 1), "alone_ms": round(alone_ms, 1), "ratio": round(ours_ms / alone_ms, 2),
            "ours_cpu_ms": round(ours_cpu, 1), "alone_cpu_ms": round(alone_cpu, 1),
            "ratio_cpu": round(ours_cpu / alone_cpu, 2), "target": target, "pass": ours_ms / alone_ms <= target,
        }  # fmt: skip
    return found


def main(runs: int = 3, sizes: Sequence[int] = SIZES) -> dict[str, Any]:
    started = perf_counter()
    built = {size: ensure_home(size)[1] for size in sizes}
    cells: dict[str, dict[int, Cell]] = {name: {} for name, _ in COMMANDS}
    anchors: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="li-bench-growth-") as scratch_name:
        scratch = Path(scratch_name)
        (scratch / "merci.txt").write_text(LINT_TEXT, encoding="utf-8")
        for count in IMPORT_EVENTS:
            _outlook_file(count)
        for size in sizes:
            home = _copy(size, scratch)
            for name, measure in COMMANDS:
                try:
                    cells[name][size] = measure(home, runs)
                except BenchError as failed:  # one command broken: its cell says so, the others run
                    cells[name][size] = Cell(refused="failed: " + str(failed).strip().splitlines()[-1][:150])
            if size == 2000:
                anchors = _anchors(home, max(runs, 3))
            shutil.rmtree(home.path, ignore_errors=True)
    table: dict[str, Any] = {}
    for name, by_size in cells.items():
        row: dict[str, Any] = {str(size): cell.as_dict() for size, cell in by_size.items()}
        big, small = by_size.get(20000), by_size.get(2000)
        if big and small and big.samples and small.samples:
            time_ratio = row["20000"]["ms"] / row["2000"]["ms"]
            memory_ratio = row["20000"]["peak_mb"] / row["2000"]["peak_mb"]
            row["ratio_time"], row["ratio_memory"] = round(time_ratio, 2), round(memory_ratio, 2)
            row["pass"] = time_ratio <= GROWTH_TARGET and memory_ratio <= GROWTH_TARGET
        table[name] = row
    return {
        "sizes": list(sizes),
        "homes": {str(size): {key: info[key] for key in ("interviews", "people", "actions")} for size, info in built.items()},
        "runs": runs,
        "table": table,
        "anchors": anchors,
        "seconds": round(perf_counter() - started),
        "pass": all(row.get("pass", True) for row in table.values())
        and all(anchor.get("pass", False) for anchor in anchors.values()),
    }  # fmt: skip


def _cell_text(cell: dict[str, Any]) -> str:
    if "refused" in cell:
        return f"{'refused':>22}"
    return f"{_ms(cell['ms']):>10} {cell['peak_mb']:6.0f} MB"


def _ms(value: float) -> str:
    return f"{value / 1000:.2f} s" if value >= 1000 else f"{value:.1f} ms"


def report(result: dict[str, Any]) -> str:
    sizes = result["sizes"]
    homes = ", ".join(
        f"{int(size):,}: {home['people']:,} people, {home['actions']:,} actions"
        for size, home in result["homes"].items()
    )
    lines = [
        f"Growth with the home ({homes}; median of {result['runs']} new processes each, wall time and peak memory;"
        f" target 20,000 / 2,000 <= {GROWTH_TARGET:.0f}x in both)",
        f"  {'command':<32}" + "".join(f"{size:>23,}" for size in sizes) + "   time  memory",
    ]
    for name, row in result["table"].items():
        cells = "".join(f" {_cell_text(row[str(size)])}" for size in sizes)
        ratios = (
            f"  {row['ratio_time']:5.2f}x {row['ratio_memory']:5.2f}x  {verdict(row['pass'])}"
            if "ratio_time" in row
            else ""
        )
        lines.append(f"  {name:<32}{cells}{ratios}")
        first = row.get(str(sizes[-1]), {}).get("first_ms")
        if first is not None:
            firsts = ", ".join(f"{_ms(row[str(size)]['first_ms'])}" for size in sizes if "first_ms" in row[str(size)])
            lines.append(f"  {'  (its first request)':<32} {firsts}")
        refused = [row[str(size)]["refused"] for size in sizes if "refused" in row[str(size)]]
        if refused:
            lines.append(f"  {'  refused:':<32} {refused[0]}")
    lines.append("  Anchors at 2,000 (interleaved, new processes; wall time, CPU time in brackets):")
    for name, anchor in result["anchors"].items():
        if "refused" in anchor:
            lines.append(f"    {name}: refused: {anchor['refused']}")
            continue
        lines.append(
            f"    {name:<12} ours {_ms(anchor['ours_ms'])} ({_ms(anchor['ours_cpu_ms'])}), icalendar alone"
            f" {_ms(anchor['alone_ms'])} ({_ms(anchor['alone_cpu_ms'])}): {anchor['ratio']:.2f}x"
            f" (CPU {anchor['ratio_cpu']:.2f}x)  target <= {anchor['target']}  {verdict(anchor['pass'])}"
        )
    lines.append(f"  ({result['seconds']} s)")
    return "\n".join(lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default=",".join(str(size) for size in SIZES))
    parser.add_argument("--only", help="Comma-separated command names (prefixes) to measure.")
    parser.add_argument("--prepare-dispatch", type=int, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.prepare_dispatch is not None:
        prepare_dispatch(arguments.prepare_dispatch)
        sys.exit(0)
    if arguments.only:
        wanted = [prefix.strip() for prefix in arguments.only.split(",")]
        COMMANDS[:] = [(name, measure) for name, measure in COMMANDS if any(name.startswith(w) for w in wanted)]
    chosen = tuple(int(size) for size in arguments.sizes.split(","))
    outcome = main(arguments.runs, chosen)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "growth.json").write_text(json.dumps(outcome, indent=2) + "\n", encoding="utf-8")
    print(report(outcome))
