"""`agenda --json` on the home of 2,000 interviews and their stored plans, cold process (issue 3).

Target: median wall time of `python -m lastimpression agenda --json --days 7 > /dev/null` at most
700 ms. Also measured, without target: `agenda --json --days 366` and the human `agenda`
(7 days). The three run alternately, each in a new process, with LASTIMPRESSION_NOW set to the
instant the home was aged to (``build_home.AS_OF``): the agenda then holds the overdue actions
the user left pending and those of the days ahead.

Issue 17 (the lean read path): `agenda`, `today` and `agenda --json`, each paired with
`khal list DAY 7d` on the same plan (``khal_plan.py``), at most 1.0x khal's CPU time, and the
agenda's peak memory at most 1.5x khal's (``paired.py``: A B B A …, each child's own figures).

Run alone: .venv/bin/python bench/agenda.py [--runs 15]
"""

from __future__ import annotations

import argparse
import json
import statistics
from typing import Any

from agenda_phases import COMPARE
from benchlib import BENCH, PYTHON, Summary, child_environment, measure, run, timed, verdict
from build_home import AS_OF, ensure_home
from khal_plan import khal_config
from paired import line, paired

TARGET_MS = 700.0
COMMANDS = {
    "agenda --json --days 7": [PYTHON, "-m", "lastimpression", "agenda", "--json", "--days", "7"],
    "agenda --json --days 366": [PYTHON, "-m", "lastimpression", "agenda", "--json", "--days", "366"],
    "agenda (human, 7 days)": [PYTHON, "-m", "lastimpression", "agenda"],
}
TARGETED = "agenda --json --days 7"
# Against khal on the same plan (issue 17): CPU time at most 1.0x, the agenda's memory 1.5x.
KHAL_TARGET = 1.0
KHAL_MEMORY_TARGET = 1.5
AGAINST_KHAL = {
    "agenda": [PYTHON, "-m", "lastimpression", "agenda"],
    "today": [PYTHON, "-m", "lastimpression", "today"],
    "agenda --json": [PYTHON, "-m", "lastimpression", "agenda", "--json"],
}


def against_khal(home: Any, env: dict[str, str], runs: int) -> dict[str, Any] | None:
    """Each of AGAINST_KHAL paired with `khal list DAY 7d` on the same plan; None without khal."""
    config = khal_config(home, AS_OF)
    if config is None:
        return None
    khal = ["khal", "-c", str(config), "list", AS_OF[:10], "7d"]
    found = {name: paired(command, khal, env, runs) for name, command in AGAINST_KHAL.items()}
    verdicts = [found[name]["ratio"]["cpu_ms"] <= KHAL_TARGET for name in found]
    memory = found["agenda"]["ratio"]["peak_mib"] <= KHAL_MEMORY_TARGET
    return {"pairs": found, "pass": all(verdicts), "memory_pass": memory, "khal": " ".join(khal[3:])}


def _printed(env: dict[str, str]) -> dict[str, dict[str, int]]:
    """What each command printed: actions (JSON items or table rows), overdue ones, bytes."""
    printed = {}
    for name, command in COMMANDS.items():
        output = run(command, env, capture_stdout=True).stdout
        if "--json" in command:
            items = json.loads(output)
            printed[name] = {
                "actions": len(items),
                "overdue": sum(1 for item in items if item["overdue"]),
                "bytes": len(output.encode()),
            }
        else:
            # Table rows start with the action's id (the lines above the table are notices, the
            # outbox's status, the header and its underline).
            rows = sum(1 for line in output.splitlines() if line[:1].isdigit())
            printed[name] = {"actions": rows, "bytes": len(output.encode())}
    return printed


def _phases(env: dict[str, str], days: str, repeats: int = 3) -> dict[str, float]:
    """Medians over a few runs of ``agenda_phases.py`` (see that module)."""
    samples: dict[str, list[float]] = {}
    for _ in range(repeats):
        done = run([PYTHON, str(BENCH / "agenda_phases.py"), days], env, capture_stdout=True)
        for name, value in json.loads(done.stdout.strip().splitlines()[-1]).items():
            samples.setdefault(name, []).append(float(value))
    return {name: round(statistics.median(values), 1) for name, values in samples.items()}


def main(runs: int = 15) -> dict[str, Any]:
    home, built = ensure_home()
    env = child_environment(home, {"LASTIMPRESSION_NOW": AS_OF})
    for command in COMMANDS.values():  # warm-up: bytecode cache, file cache
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
    return {
        "runs": runs,
        "home": str(home),
        "home_built_now": built["built_now"],
        "interviews": built["interviews"],
        "actions": built["actions"],
        "actions_by_status": {
            status: built[f"actions_{status}"] for status in ("pending", "done", "skipped", "cancelled")
        },
        "now": AS_OF,
        "printed": _printed(env),
        "wall": {name: summary.as_dict() for name, summary in summaries.items()},
        "target_ms": TARGET_MS,
        "pass": summaries[TARGETED].median <= TARGET_MS,
        "phases": {f"--days {days}": _phases(env, days) for days in ("7", "366")},
        "bare_interpreter_ms": round(statistics.median(timed([PYTHON, "-c", "pass"], env) for _ in range(5)), 1),
        "khal": against_khal(home, env, runs),
    }


def report(result: dict[str, Any]) -> str:
    state = "built now" if result["home_built_now"] else "cached"
    statuses = ", ".join(f"{count:,} {status}" for status, count in result["actions_by_status"].items())
    lines = [
        f"`agenda --json` on {result['interviews']:,} interviews and {result['actions']:,} actions ({statuses};"
        f" home {state}), LASTIMPRESSION_NOW={result['now']} ({result['runs']} cold runs each, interleaved)"
    ]
    for name, summary in result["wall"].items():
        printed = result["printed"][name]
        overdue = f", {printed['overdue']:,} overdue" if "overdue" in printed else ""
        lines.append(
            f"  {name:<26} median {summary['median_ms']:6.1f} ms  min {summary['min_ms']:6.1f}"
            f"  max {summary['max_ms']:6.1f}   CPU median {summary['cpu_median_ms']:6.1f} ms"
            f"   printed {printed['actions']:,} actions{overdue}, {printed['bytes'] / 1e3:,.0f} kB"
        )
    median = result["wall"][TARGETED]["median_ms"]
    lines.append(
        f"  target: `{TARGETED}` median <= {result['target_ms']:.0f} ms: {median:.1f} ms  {verdict(result['pass'])}"
    )
    for label, steps in result["phases"].items():
        lines.append(
            f"  where the time goes, `agenda --json {label}` (agenda_phases.py: in-process, GC off, median of 3):"
        )
        for name, value in steps.items():
            if name not in ("actions", "in-process total") and not name.startswith(COMPARE):
                lines.append(f"    {value:7.1f} ms  {name}")
        lines.append(f"    {steps['in-process total']:7.1f} ms  = in-process total")
        for name, value in steps.items():
            if name.startswith(COMPARE):
                lines.append(f"    {value:7.1f} ms  {name}")
    lines.append(f"  bare interpreter start-up (python -c pass): {result['bare_interpreter_ms']:.1f} ms")
    khal = result.get("khal")
    if khal is None:
        lines.append("  against khal: not measured (khal is not installed)")
    else:
        lines.append(f"  against `khal {khal['khal']}` on the same plan, paired runs (issue 17):")
        for name, pair in khal["pairs"].items():
            lines.append(line(name, "khal", pair, KHAL_TARGET))
        memory = khal["pairs"]["agenda"]["ratio"]["peak_mib"]
        lines.append(
            f"  agenda's peak memory / khal's: {memory:.2f} (target <= {KHAL_MEMORY_TARGET})"
            f"  {verdict(khal['memory_pass'])}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=15)
    print(report(main(parser.parse_args().runs)))
