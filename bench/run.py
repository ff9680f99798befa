"""Run every benchmark and print one readable report (`make bench`).

Benchmarks print numbers, they are not tests: a missed target is reported as FAIL and the exit
status stays 0. The exit status is 1 only when a benchmark could not run at all (a command
crashed), since there is then no number to report. Results are also written, as JSON, to
``bench/.out/results.json``.

Run: .venv/bin/python bench/run.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from time import perf_counter
from typing import Any

import agenda
import cli_startup
import compose_lint
import dashboard
import dispatch_floor
import dispatch_speed
import growth
import ics_import
import interview_list
import lint_file
import plan_compute
import replies_speed
from benchlib import OUT, machine


@dataclass(frozen=True)
class Benchmark:
    name: str
    main: Callable[[int], dict[str, Any]]
    report: Callable[[dict[str, Any]], str]
    runs: int
    quick_runs: int


BENCHMARKS = [
    Benchmark("cli_startup", cli_startup.main, cli_startup.report, runs=30, quick_runs=5),
    Benchmark("interview_list", interview_list.main, interview_list.report, runs=15, quick_runs=3),
    Benchmark("plan_compute", plan_compute.main, plan_compute.report, runs=2000, quick_runs=200),
    Benchmark("agenda", agenda.main, agenda.report, runs=15, quick_runs=3),
    Benchmark("lint_file", lint_file.main, lint_file.report, runs=15, quick_runs=3),
    Benchmark("ics_import", ics_import.main, ics_import.report, runs=5, quick_runs=1),
    Benchmark("compose_lint", compose_lint.main, compose_lint.report, runs=5, quick_runs=1),
    Benchmark("dashboard", dashboard.main, dashboard.report, runs=31, quick_runs=5),
    Benchmark("dispatch_speed", dispatch_speed.main, dispatch_speed.report, runs=3, quick_runs=1),
    Benchmark("dispatch_floor", dispatch_floor.main, dispatch_floor.report, runs=5, quick_runs=2),
    Benchmark("replies_speed", replies_speed.main, replies_speed.report, runs=3, quick_runs=1),
    Benchmark("growth", growth.main, growth.report, runs=3, quick_runs=1),
]


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def main(*, quick: bool = False) -> int:
    info = machine()
    info["load_average"] = _load()
    started = datetime.now().astimezone()
    print(f"Last Impression benchmarks — {started:%Y-%m-%d %H:%M %Z}")
    print(
        f"Machine: {info['nproc']} CPUs usable ({info['cpu']}), {info['system']}; Python {info['python']};"
        f" click {info['click']}, Django {info['django']}, icalendar {info['icalendar']}, holidays {info['holidays']}"
    )
    print(f"Interpreter: {info['interpreter']}")
    print(f"Load average at start: {_load()} (other work on the machine skews wall times; compare with the end)")
    if quick:
        print("Quick mode: few runs, the numbers are indicative only.")
    print()
    results: dict[str, Any] = {"date": started.isoformat(timespec="seconds"), "machine": info}
    crashed = []
    for benchmark in BENCHMARKS:
        clock = perf_counter()
        try:
            result = benchmark.main(benchmark.quick_runs if quick else benchmark.runs)
        except Exception:
            crashed.append(benchmark.name)
            print(f"{benchmark.name}: ERROR, no numbers\n{traceback.format_exc()}")
            continue
        results[benchmark.name] = result
        print(benchmark.report(result))
        print(f"  ({perf_counter() - clock:.0f} s)\n")

    verdicts = []
    if "cli_startup" in results:
        startup = results["cli_startup"]
        verdicts.append(("--help <= 1.2x a one-command click program", startup["ratio_pass"]))
        verdicts.append(("--help loads no Django/DB/spell checker/icalendar/Babel", startup["imports_pass"]))
    if "interview_list" in results:
        verdicts.append(
            ("interview list --json, 2,000 interviews, median <= 600 ms", results["interview_list"]["pass"])
        )
        anchored = results["interview_list"]["anchored"]
        if anchored.get("khal") is not None:
            verdicts.append(("interview list <= 1.0x khal's CPU on the same plan", anchored["khal_pass"]))
    if "plan_compute" in results:
        verdicts.append(("one interview's plan (build_plan), warm, median <= 2 ms", results["plan_compute"]["pass"]))
    if "agenda" in results:
        verdicts.append(
            ("agenda --json, 2,000 interviews and their actions, median <= 700 ms", results["agenda"]["pass"])
        )
        khal = results["agenda"].get("khal")
        if khal is not None:
            verdicts.append(("agenda and today <= 1.0x khal's CPU on the same plan", khal["pass"]))
            verdicts.append(("agenda's peak memory <= 1.5x khal's", khal["memory_pass"]))
    if "lint_file" in results:
        verdicts.append(("lint --file <= 1.5x an enchant check process", results["lint_file"]["pass"]))
    if "ics_import" in results:
        verdicts.append(
            ("read_events on a 5,000-event Outlook file <= 1.5x icalendar alone", results["ics_import"]["pass"])
        )
    results["load_average"] = {"start": info["load_average"], "end": _load()}
    print(f"Load average at end: {results['load_average']['end']}")
    if "compose_lint" in results:
        verdicts.append(("compose <= 5 ms, lint <= 10 ms warm, 1,000 messages <= 5 s", results["compose_lint"]["pass"]))
    if "dashboard" in results:
        verdicts.append(
            (
                "dashboard <= 5 ms (first request < 100 ms), interview page <= 30 ms, <= 100 KB, 2,000 interviews",
                results["dashboard"]["pass"],
            )
        )
    if "dispatch_speed" in results:
        verdicts.append(("dispatch 1,000 messages >= 0.9x a bare smtplib loop", results["dispatch_speed"]["pass"]))
    if "replies_speed" in results and results["replies_speed"]["pass"] is not None:
        verdicts.append(("replies pass over 10,000 messages <= 2 s", results["replies_speed"]["pass"]))
    if "growth" in results:
        verdicts.append(
            (
                "every command 20,000 / 2,000 interviews <= 12x in time and memory; ics <= 1.5x and import"
                " <= 1.2x icalendar alone",
                results["growth"]["pass"],
            )
        )
    print("Summary")
    for label, passed in verdicts:
        print(f"  {'PASS' if passed else 'FAIL'}  {label}")
    for name in crashed:
        print(f"  ERROR {name} (see above)")

    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nResults written to {OUT / 'results.json'}")
    return 1 if crashed else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Run every benchmark and print a report.")
    parser.add_argument("--quick", action="store_true", help="A few runs only (to check that the benchmarks work).")
    sys.exit(main(quick=parser.parse_args().quick))
