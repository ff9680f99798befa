"""The web UI's dashboard and interview page on a home with 2,000 interviews (issue 6).

Target: at most 30 ms median server time each (Django's test client in one process: the time
from request to response, no network), and at most 100 KB per page. The first request of each
page is reported apart (it fills the insights cache). Runs in a child process on a copy of the
benchmark home, with the clock at ``build_home.AS_OF``.

Run alone: .venv/bin/python bench/dashboard.py [--runs 31]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from time import perf_counter
from typing import Any

from benchlib import PYTHON, child_environment, run
from build_home import AS_OF, ensure_home

TARGET_MS = 30.0
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
    client = Client()
    client.cookies[COOKIE] = install_token()
    middle = Interview.objects.order_by("id")[Interview.objects.count() // 2].id
    pages = {"dashboard": "/", "interview page": f"/interviews/{middle}/"}
    result: dict[str, Any] = {}
    for name, url in pages.items():
        times = []
        size = 0
        for _ in range(runs + 1):
            start = perf_counter()
            response = client.get(url)
            times.append((perf_counter() - start) * 1000)
            assert response.status_code == 200, (url, response.status_code)
            size = len(response.content)
        result[name] = {"first_ms": times[0], "median_ms": statistics.median(times[1:]), "kb": size / 1024}
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
    passed = all(page["median_ms"] <= TARGET_MS and page["kb"] <= WEIGHT_KB for page in pages.values())
    return {"pages": pages, "pass": passed}


def report(result: dict[str, Any]) -> str:
    lines = ["Web UI on 2,000 interviews (server time, Django test client, one process)"]
    for name, page in result["pages"].items():
        ok = page["median_ms"] <= TARGET_MS and page["kb"] <= WEIGHT_KB
        lines.append(
            f"  {name:<15} median {page['median_ms']:6.1f} ms (first {page['first_ms']:.0f} ms)  {page['kb']:.1f} KB  "
            f"target <= {TARGET_MS:.0f} ms and <= {WEIGHT_KB:.0f} KB  {'PASS' if ok else 'FAIL'}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=31)
    parser.add_argument("--child", action="store_true")
    arguments = parser.parse_args()
    if arguments.child:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
        print(json.dumps(child(arguments.runs)))
    else:
        print(report(main(arguments.runs)))
