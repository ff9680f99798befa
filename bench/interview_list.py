"""`interview list --json` on a home with 2,000 interviews and 6,000 people, cold process.

Target: median wall time of `python -m lastimpression interview list --json > /dev/null` at
most 600 ms. Also measured, without target: the human `interview list` and
`interview show 1000 --json`. The three commands run alternately, each in a new process.

Run alone: .venv/bin/python bench/interview_list.py [--runs 15]
"""

from __future__ import annotations

import argparse
import json
import statistics
from time import perf_counter
from typing import Any

from benchlib import (
    BENCH,
    PYTHON,
    Summary,
    child_environment,
    parse_importtime,
    run,
    self_time_by_package,
    timed,
    verdict,
)
from build_home import ensure_home

TARGET_MS = 600.0
COMMANDS = {
    "interview list --json": [PYTHON, "-m", "lastimpression", "interview", "list", "--json"],
    "interview list": [PYTHON, "-m", "lastimpression", "interview", "list"],
    "interview show 1000 --json": [PYTHON, "-m", "lastimpression", "interview", "show", "1000", "--json"],
}
TARGETED = "interview list --json"


def _imports(env: dict[str, str]) -> dict[str, Any]:
    """Import time of `interview list --json`, per top-level package (self times, -X importtime)."""
    done = run([PYTHON, "-X", "importtime", *COMMANDS[TARGETED][1:]], env)
    entries = parse_importtime(done.stderr)
    after_site = False
    total = 0
    for depth, own, _, name in entries:
        if after_site:
            total += own
        if depth == 0 and name == "site":
            after_site = True
    packages = self_time_by_package(entries)
    return {
        "import_ms_after_site": round(total / 1000.0, 1),
        "import_ms_by_package": {name: round(ms, 1) for name, ms in packages[:8]},
    }


def _probe(env: dict[str, str], *flags: str) -> tuple[float, dict[str, float]]:
    """One run of ``list_phases.py``: its process's wall time (ms) and its steps."""
    started = perf_counter()
    done = run([PYTHON, str(BENCH / "list_phases.py"), *flags], env, capture_stdout=True)
    wall = (perf_counter() - started) * 1000.0
    steps: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return wall, steps


def _phases(env: dict[str, str], repeats: int = 3) -> dict[str, Any]:
    """Medians over a few runs of ``list_phases.py`` (see that module), interleaved by variant."""
    samples: dict[str, list[float]] = {}
    walls: dict[str, list[float]] = {"normal": [], "os_exit": [], "gc_off": []}
    gc_off_totals: list[float] = []
    for _ in range(repeats):
        wall, steps = _probe(env)
        walls["normal"].append(wall)
        for name, value in steps.items():
            samples.setdefault(name, []).append(float(value))
        wall, _ = _probe(env, "--os-exit")
        walls["os_exit"].append(wall)
        wall, steps = _probe(env, "--gc-off")
        walls["gc_off"].append(wall)
        gc_off_totals.append(steps["in-process total"])
    interpreter = [timed([PYTHON, "-c", "pass"], env) for _ in range(5)]
    medians = {name: statistics.median(values) for name, values in walls.items()}
    return {
        "steps_ms": {name: round(statistics.median(values), 1) for name, values in samples.items()},
        "probe_wall_ms": {name: round(value, 1) for name, value in medians.items()},
        "exit_finalisation_ms": round(medians["normal"] - medians["os_exit"], 1),
        "in_process_total_gc_off_ms": round(statistics.median(gc_off_totals), 1),
        "bare_interpreter_ms": round(statistics.median(interpreter), 1),
    }


def main(runs: int = 15) -> dict[str, Any]:
    home, built = ensure_home()
    env = child_environment(home)
    for command in COMMANDS.values():  # warm-up: bytecode cache, file cache, pending migrations
        timed(command, env)
    samples: dict[str, list[float]] = {name: [] for name in COMMANDS}
    names = list(COMMANDS)
    for index in range(runs):
        order = names if index % 2 == 0 else list(reversed(names))
        for name in order:
            samples[name].append(timed(COMMANDS[name], env))
    summaries = {name: Summary.of(values) for name, values in samples.items()}
    listing = run(COMMANDS[TARGETED], env, capture_stdout=True).stdout
    return {
        "runs": runs,
        "home": str(home),
        "home_built_now": built["built_now"],
        "interviews": built["interviews"],
        "people": built["people"],
        "json_bytes": len(listing.encode()),
        "json_items": len(json.loads(listing)),
        "wall": {name: summary.as_dict() for name, summary in summaries.items()},
        "target_ms": TARGET_MS,
        "pass": summaries[TARGETED].median <= TARGET_MS,
        **_imports(env),
        "phases": _phases(env),
    }


def report(result: dict[str, Any]) -> str:
    wall = result["wall"]
    state = "built now" if result["home_built_now"] else "cached"
    lines = [
        f"`interview list --json` on {result['interviews']:,} interviews and {result['people']:,} people"
        f" ({result['runs']} cold runs each, interleaved; home {state})"
    ]
    for name, summary in wall.items():
        lines.append(
            f"  {name:<28} median {summary['median_ms']:6.1f} ms  min {summary['min_ms']:6.1f}  max {summary['max_ms']:6.1f}"
        )
    median = wall[TARGETED]["median_ms"]
    lines.append(
        f"  target: `interview list --json` median <= {result['target_ms']:.0f} ms: {median:.1f} ms  {verdict(result['pass'])}"
    )
    lines.append(f"  output: {result['json_items']:,} interviews, {result['json_bytes'] / 1e6:.1f} MB of JSON")
    packages = ", ".join(f"{name} {ms:.1f}" for name, ms in result["import_ms_by_package"].items())
    lines.append(
        f"  imports (-X importtime, self ms): {result['import_ms_after_site']:.1f} ms after site; by package: {packages}"
    )
    phases = result["phases"]
    steps = phases["steps_ms"]
    lines.append("  where the time goes (list_phases.py: the command's steps in-process, median of 3):")
    for name, value in steps.items():
        if name in ("output bytes", "in-process total", "for comparison: json.dumps without indent (C encoder)"):
            continue
        lines.append(f"    {value:7.1f} ms  {name}")
    lines.append(f"    {steps['in-process total']:7.1f} ms  = in-process total")
    lines.append(
        f"    {phases['bare_interpreter_ms']:7.1f} ms  + interpreter start-up (python -c pass),"
        f" and at exit {phases['exit_finalisation_ms']:.1f} ms of finalisation"
        f" (probe wall {phases['probe_wall_ms']['normal']:.1f} ms, with os._exit {phases['probe_wall_ms']['os_exit']:.1f} ms)"
    )
    lines.append(
        f"    for comparison: json.dumps without indent (C encoder) {steps['for comparison: json.dumps without indent (C encoder)']:.1f} ms;"
        f" in-process total with the cyclic GC disabled {phases['in_process_total_gc_off_ms']:.1f} ms"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=15)
    print(report(main(parser.parse_args().runs)))
