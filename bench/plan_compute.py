"""Computing one interview's plan, warm: ``core.plan.build_plan`` in-process (issue 3).

Target: at most 2 ms per plan, median, once warm (the public holidays are loaded once per
country, subdivision and year, then cached). Two interviews, each with a panel of three (two
with an e-mail address, one without): one in Paris the Friday before Christmas, at the end of
the day (the thank-you moves to Monday, the follow-up over Christmas), and one in Montréal
(CA/QC) with the candidate in Paris, the day before Saint-Jean-Baptiste. Also measured, for
information: the first call in a new process (it imports ``holidays`` and loads the year), and
``planning.service.replan`` with the database (SQLite, a fresh home): re-planning an unchanged
interview, and re-planning after its decision date moved (the follow-ups are rescheduled).

Everything runs in one child process (``--child``) so that the interpreter is the project's
and nothing else is loaded; ``perf_counter_ns`` around each call, cyclic GC as Python starts
(enabled).

Run alone: .venv/bin/python bench/plan_compute.py [--runs 2000]
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from time import perf_counter_ns
from typing import Any

from benchlib import PYTHON, child_environment, run, verdict
from build_home import AS_OF

TARGET_MS = 2.0
REPLAN_RUNS = 200


def _stats(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "runs": len(samples),
        "median_ms": round(statistics.median(samples), 4),
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))], 4),
        "min_ms": round(ordered[0], 4),
        "max_ms": round(ordered[-1], 4),
    }


def _time(function: Callable[[], object], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = perf_counter_ns()
        function()
        samples.append((perf_counter_ns() - started) / 1e6)
    return samples


def _child(runs: int) -> dict[str, Any]:
    """In the child: build_plan warm and cold, then replan with the database of LASTIMPRESSION_HOME."""
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    started = perf_counter_ns()
    from lastimpression.core.plan import PlanInterview, PlanPerson, PlanSettings, build_plan

    import_ms = (perf_counter_ns() - started) / 1e6
    paris, montreal = ZoneInfo("Europe/Paris"), ZoneInfo("America/Toronto")
    cases = {
        "Paris, panel of 3, Friday 18 Dec 2026 16:00-17:00": PlanInterview(
            1, datetime(2026, 12, 18, 16, tzinfo=paris), datetime(2026, 12, 18, 17, tzinfo=paris), "FR", "",
            "Europe/Paris",
        ),
        "Montréal (CA/QC), panel of 3, 22 Jun 2027 14:00-15:00, decision 23 Jun": PlanInterview(
            2, datetime(2027, 6, 22, 14, tzinfo=montreal), datetime(2027, 6, 22, 15, tzinfo=montreal), "CA", "QC",
            "America/Toronto", decision_by=date(2027, 6, 23),
        ),
    }  # fmt: skip
    panel = [PlanPerson(11, True), PlanPerson(12, True), PlanPerson(13, False)]
    settings = PlanSettings(user_timezone="Europe/Paris")
    now = datetime.fromisoformat(AS_OF)
    result: dict[str, Any] = {"import_core_plan_ms": round(import_ms, 1), "cases": {}}
    for name, interview in cases.items():
        compute = functools.partial(build_plan, interview, panel, settings, now)
        first = _time(compute, 1)[0]
        for _ in range(200):  # warm-up
            compute()
        samples = _time(compute, runs)
        plan = compute()
        result["cases"][name] = {
            "first_call_ms": round(first, 2),
            "warm": _stats(samples),
            "actions": [f"{action.kind} {action.person_id or ''} {action.due.isoformat()}".strip() for action in plan],
        }
    result["replan"] = _replan()
    return result


def _replan() -> dict[str, Any]:
    """``planning.service.replan`` on the Paris interview, stored in the child's home."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lastimpression.settings")
    import django

    django.setup()
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from lastimpression.interviews.models import Interview, Person
    from lastimpression.planning.service import replan

    zone = ZoneInfo("Europe/Paris")
    interview = Interview.objects.create(
        company="Acme", role="Data engineer", start=datetime(2026, 12, 18, 16, tzinfo=zone),
        end=datetime(2026, 12, 18, 17, tzinfo=zone), mode="onsite", location="1 rue de la Paix, Paris",
        language="fr", country="FR", subdivision="", timezone="Europe/Paris", status="scheduled",
    )  # fmt: skip
    for name, email in (("Léa Martin", "lea@acme.example"), ("Hugo Bernard", "hugo@acme.example"), ("Inès Côté", "")):
        Person.objects.create(interview=interview, name=name, email=email)
    replan(interview)  # creates the stored actions
    for _ in range(20):  # warm-up
        replan(interview)
    unchanged = _time(lambda: replan(interview), REPLAN_RUNS)
    decisions = [date(2027, 1, 8), date(2027, 1, 15)]
    moved: list[float] = []
    for index in range(REPLAN_RUNS):
        interview.decision_by = decisions[index % 2]
        interview.save(update_fields=["decision_by"])
        moved += _time(lambda: replan(interview), 1)
    return {
        "actions_stored": interview.actions.count(),
        "unchanged": _stats(unchanged),
        "decision_date_moved": _stats(moved),
    }


def main(runs: int = 2000) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="li-bench-plan-") as home:
        env = child_environment(Path(home), {"LASTIMPRESSION_NOW": AS_OF})
        run([PYTHON, "-m", "lastimpression", "init", "--name", "X", "--email", "x@example.org"], env)
        done = run([PYTHON, __file__, "--child", "--runs", str(runs)], env, capture_stdout=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    worst = max(case["warm"]["median_ms"] for case in result["cases"].values())
    result.update({"runs": runs, "target_ms": TARGET_MS, "worst_median_ms": worst, "pass": worst <= TARGET_MS})
    return result


def report(result: dict[str, Any]) -> str:
    lines = [f"Computing one interview's plan (core.plan.build_plan, in-process, {result['runs']} warm runs per case)"]
    for name, case in result["cases"].items():
        warm = case["warm"]
        lines.append(
            f"  {name}: median {warm['median_ms'] * 1000:.0f} µs  p95 {warm['p95_ms'] * 1000:.0f} µs"
            f"  min {warm['min_ms'] * 1000:.0f} µs  max {warm['max_ms'] * 1000:.0f} µs;"
            f" first call in the process {case['first_call_ms']:.1f} ms; {len(case['actions'])} actions"
        )
    lines.append(
        f"  target: median <= {result['target_ms']:.0f} ms warm: worst case {result['worst_median_ms'] * 1000:.0f} µs"
        f"  {verdict(result['pass'])}"
    )
    replan = result["replan"]
    lines.append(
        f"  for information, planning.service.replan with the database (SQLite, {replan['actions_stored']} stored"
        f" actions, {replan['unchanged']['runs']} runs): unchanged median {replan['unchanged']['median_ms']:.2f} ms"
        f" (p95 {replan['unchanged']['p95_ms']:.2f}); decision date moved median"
        f" {replan['decision_date_moved']['median_ms']:.2f} ms (p95 {replan['decision_date_moved']['p95_ms']:.2f})"
    )
    lines.append(f"  import of lastimpression.core.plan: {result['import_core_plan_ms']:.1f} ms")
    return "\n".join(lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        print(json.dumps(_child(arguments.runs)))
        sys.exit(0)
    print(report(main(arguments.runs)))
