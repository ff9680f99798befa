"""The web UI's dashboard and interview page on a home with 2,000 interviews (issues 6 and 17).

Targets: the dashboard at most 5 ms median server time (issue 17), the interview page at most
30 ms (Django's test client in one process: the time from request to response, no network),
each at most 100 KB; the first request after start under 100 ms. The child first does what
``serve`` does before printing its address (``cli.serve.warm_up``: the dashboard rendered
once), timed apart; the first request after it is reported apart. Runs in a child process on
a copy of the benchmark home, with the clock at ``build_home.AS_OF``.

Each page's median is given in wall time (what the target is judged on) and in CPU time (the
process's, the same on an idle machine; on a loaded one, the figure to compare runs by).

Run alone: .venv/bin/python bench/dashboard.py [--runs 31]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from time import perf_counter, process_time
from typing import Any

from benchlib import PYTHON, child_environment, run
from build_home import AS_OF, ensure_home

TARGET_MS = {"dashboard": 5.0, "interview page": 30.0}
FIRST_MS = 100.0
WEIGHT_KB = 100.0


def child(runs: int) -> dict[str, Any]:
    import os

    os.environ["DJANGO_SETTINGS_MODULE"] = "lastimpression.settings"
    import django

    django.setup()
    from django.test import Client

    from lastimpression.cli.runtime import migrate
    from lastimpression.interviews.models import Interview
    from lastimpression.web.token import COOKIE, install_token

    migrate(quiet=True)
    warming = perf_counter()
    try:
        from lastimpression.cli.serve import warm_up as warming_up
    except ImportError:  # an older serve: no warm-up
        warm_up: Callable[[str], None] | None = None
    else:
        warm_up = warming_up
    if warm_up is not None:
        warm_up("127.0.0.1")
    warm_up_ms = (perf_counter() - warming) * 1000
    client = Client(HTTP_HOST="127.0.0.1")
    client.cookies[COOKIE] = install_token()
    middle = Interview.objects.order_by("id")[Interview.objects.count() // 2].id
    pages = {"dashboard": "/", "interview page": f"/interviews/{middle}/"}
    result: dict[str, Any] = {"warm_up_ms": warm_up_ms if warm_up is not None else None}
    for name, url in pages.items():
        times, cpu = [], []
        size = 0
        for _ in range(runs + 1):
            start, start_cpu = perf_counter(), process_time()
            response = client.get(url)
            times.append((perf_counter() - start) * 1000)
            cpu.append((process_time() - start_cpu) * 1000)
            assert response.status_code == 200, (url, response.status_code)
            size = len(response.content)
        result[name] = {
            "first_ms": times[0], "median_ms": statistics.median(times[1:]), "kb": size / 1024,
            "median_cpu_ms": statistics.median(cpu[1:]),
        }  # fmt: skip
    return result


def main(runs: int = 31) -> dict[str, Any]:
    home, _ = ensure_home()
    scratch = Path(tempfile.mkdtemp(prefix="dashboard-"))
    try:
        copy = scratch / "home"
        shutil.copytree(home, copy)
        env = child_environment(copy)
        env["LASTIMPRESSION_NOW"] = AS_OF
        output = run([PYTHON, __file__, "--child", "--runs", str(runs)], env, capture_stdout=True).stdout
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    pages: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    warm_up_ms = pages.pop("warm_up_ms", None)
    passed = all(_passes(name, page) for name, page in pages.items())
    return {"pages": pages, "warm_up_ms": warm_up_ms, "pass": passed}


def _passes(name: str, page: dict[str, Any]) -> bool:
    first_ok = name != "dashboard" or page["first_ms"] < FIRST_MS
    return bool(page["median_ms"] <= TARGET_MS[name] and page["kb"] <= WEIGHT_KB and first_ok)


def report(result: dict[str, Any]) -> str:
    lines = ["Web UI on 2,000 interviews (server time, Django test client, one process)"]
    if result.get("warm_up_ms") is not None:
        lines.append(f"  serve's warm-up before it prints its address: {result['warm_up_ms']:.0f} ms")
    for name, page in result["pages"].items():
        first = f" and the first < {FIRST_MS:.0f} ms" if name == "dashboard" else ""
        lines.append(
            f"  {name:<15} median {page['median_ms']:6.1f} ms, CPU {page.get('median_cpu_ms', float('nan')):.1f} ms "
            f"(first {page['first_ms']:.1f} ms)  {page['kb']:.1f} KB  "
            f"target <= {TARGET_MS[name]:.0f} ms{first}, <= {WEIGHT_KB:.0f} KB  {'PASS' if _passes(name, page) else 'FAIL'}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=31)
    parser.add_argument("--child", action="store_true")
    parser.add_argument("--out", help="With --child: write the JSON to this file instead of stdout.")
    arguments = parser.parse_args()
    if arguments.child:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
        measured = json.dumps(child(arguments.runs))
        if arguments.out:
            Path(arguments.out).write_text(measured, encoding="utf-8")
        else:
            print(measured)
    else:
        print(report(main(arguments.runs)))
