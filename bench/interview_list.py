"""`interview list --json` on a home with 2,000 interviews and 6,000 people, cold process.

Target: median wall time of `python -m lastimpression interview list --json > /dev/null` at
most 600 ms. Also measured, without target: the human `interview list` and
`interview show 1000 --json`. The three commands run alternately, each in a new process.

Issue 17 (the lean read path): `interview list` paired with `khal list DAY 7d` on the same
plan (``khal_plan.py``), at most 1.0x khal's CPU time; `interview show 1000 --json` paired with
the one-command click program (``hello_click.py``), for information (``paired.py``).

Run alone: .venv/bin/python bench/interview_list.py [--runs 15]
"""

from __future__ import annotations

import argparse
import json
import statistics
from typing import Any

from benchlib import (
    BENCH,
    PYTHON,
    Summary,
    child_environment,
    measure,
    parse_importtime,
    run,
    self_time_by_package,
    timed,
    verdict,
)
from build_home import AS_OF, ensure_home
from khal_plan import khal_config
from list_phases import COMPARE
from paired import line, paired

TARGET_MS = 600.0
COMMANDS = {
    "interview list --json": [PYTHON, "-m", "lastimpression", "interview", "list", "--json"],
    "interview list": [PYTHON, "-m", "lastimpression", "interview", "list"],
    "interview show 1000 --json": [PYTHON, "-m", "lastimpression", "interview", "show", "1000", "--json"],
}
TARGETED = "interview list --json"
KHAL_TARGET = 1.0


def anchored(home: Any, env: dict[str, str], runs: int) -> dict[str, Any]:
    """`interview list` against khal on the same plan (None without khal), and `interview
    show --json` against a one-command click program."""
    hello = [PYTHON, str(BENCH / "hello_click.py"), "--help"]
    found: dict[str, Any] = {"show": paired(COMMANDS["interview show 1000 --json"], hello, env, runs), "khal": None}
    config = khal_config(home, AS_OF)
    if config is not None:
        khal = ["khal", "-c", str(config), "list", AS_OF[:10], "7d"]
        found["khal"] = paired(COMMANDS["interview list"], khal, env, runs)
        found["khal_pass"] = found["khal"]["ratio"]["cpu_ms"] <= KHAL_TARGET
        found["khal_command"] = " ".join(khal[3:])
    return found


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


# The real command run in-process, with a change around it: what the interpreter does outside
# the command's own code (collecting reference cycles, finalising at exit). ``python -m
# lastimpression`` runs ``lastimpression.cli.run()``, which turns the cyclic GC off and calls
# the click group ``main``; calling ``main`` directly leaves the GC on.
_VARIANT = """
import os, runpy, sys
sys.argv = ["lastimpression", "interview", "list", "--json"]
status = 0
try:
    {call}
except SystemExit as stop:
    status = stop.code if isinstance(stop.code, int) else 1
sys.stdout.flush()
{after}
sys.exit(status)
"""
_ENTRY_POINT = 'runpy.run_module("lastimpression", run_name="__main__", alter_sys=True)'
VARIANTS = {
    "entry point as is (runpy; run() turns the GC off)": (_ENTRY_POINT, ""),
    "entry point, leaving with os._exit (no finalisation)": (_ENTRY_POINT, "os._exit(status)"),
    "cyclic GC left on (cli.main() without run())": ("import lastimpression.cli as cli; cli.main()", ""),
}


def _variants(env: dict[str, str], repeats: int = 7) -> dict[str, float]:
    """Median wall time of each variant of the real command, interleaved."""
    samples: dict[str, list[float]] = {name: [] for name in VARIANTS}
    for index in range(repeats):
        order = list(VARIANTS) if index % 2 == 0 else list(reversed(VARIANTS))
        for name in order:
            call, after = VARIANTS[name]
            samples[name].append(timed([PYTHON, "-c", _VARIANT.format(call=call, after=after)], env))
    return {name: round(statistics.median(values), 1) for name, values in samples.items()}


def _phases(env: dict[str, str], repeats: int = 3) -> dict[str, Any]:
    """Medians over a few runs of ``list_phases.py`` (see that module)."""
    samples: dict[str, list[float]] = {}
    for _ in range(repeats):
        done = run([PYTHON, str(BENCH / "list_phases.py")], env, capture_stdout=True)
        for name, value in json.loads(done.stdout.strip().splitlines()[-1]).items():
            samples.setdefault(name, []).append(float(value))
    interpreter = [timed([PYTHON, "-c", "pass"], env) for _ in range(5)]
    return {
        "steps_ms": {name: round(statistics.median(values), 1) for name, values in samples.items()},
        "bare_interpreter_ms": round(statistics.median(interpreter), 1),
        "variants_ms": _variants(env),
    }


def main(runs: int = 15) -> dict[str, Any]:
    home, built = ensure_home()
    env = child_environment(home)
    for command in COMMANDS.values():  # warm-up: bytecode cache, file cache, pending migrations
        timed(command, env)
    samples: dict[str, list[float]] = {name: [] for name in COMMANDS}
    cpu: dict[str, list[float]] = {name: [] for name in COMMANDS}
    names = list(COMMANDS)
    for index in range(runs):
        # Interleaved, order alternating each round, so drift hits all commands alike.
        order = names if index % 2 == 0 else list(reversed(names))
        for name in order:
            wall, used = measure(COMMANDS[name], env)
            samples[name].append(wall)
            cpu[name].append(used)
    summaries = {name: Summary.of(values, cpu[name]) for name, values in samples.items()}
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
        "anchored": anchored(home, env, runs),
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
            f"   CPU median {summary['cpu_median_ms']:6.1f} ms"
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
    lines.append("  where the time goes (list_phases.py: the command's steps in-process, GC off, median of 3):")
    for name, value in steps.items():
        if name not in ("output bytes", "in-process total") and not name.startswith(COMPARE):
            lines.append(f"    {value:7.1f} ms  {name}")
    lines.append(f"    {steps['in-process total']:7.1f} ms  = in-process total")
    lines.append(f"    {phases['bare_interpreter_ms']:7.1f} ms  bare interpreter start-up (python -c pass)")
    for name, value in steps.items():
        if name.startswith(COMPARE):
            lines.append(f"    {value:7.1f} ms  {name}")
    lines.append("  the real command in-process, median of 7 interleaved runs each:")
    for name, value in phases["variants_ms"].items():
        lines.append(f"    {value:7.1f} ms  {name}")
    anchors = result["anchored"]
    lines.append("  paired runs (issue 17):")
    if anchors["khal"] is None:
        lines.append("  interview list / khal: not measured (khal is not installed)")
    else:
        lines.append(line("interview list", f"khal {anchors['khal_command']}", anchors["khal"], KHAL_TARGET))
    lines.append(line("interview show 1000 --json", "hello_click.py --help", anchors["show"]))
    return "\n".join(lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=15)
    print(report(main(parser.parse_args().runs)))
