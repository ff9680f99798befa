"""Paired runs of two commands (A B, B A, A B, …) with each child's own figures (issue 17).

Each run is a new process reaped with ``os.wait4``: its wall time, its CPU time (user + system)
and its own peak memory (``ru_maxrss``), not the largest of all the children so far as
``RUSAGE_CHILDREN`` gives. The ratio A/B is taken pair by pair, then its median: a slow patch of
the machine hits both commands of a pair alike.
"""

from __future__ import annotations

import os
import statistics
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from time import perf_counter
from typing import Any

from benchlib import ROOT, BenchError


@dataclass(frozen=True)
class Run:
    wall_ms: float
    cpu_ms: float
    peak_mib: float


def run_once(command: Sequence[str], env: Mapping[str, str], ok: tuple[int, ...] = (0,)) -> Run:
    """One run of ``command``, its output thrown away; BenchError when its exit status is not in ``ok``."""
    started = perf_counter()
    child = subprocess.Popen(
        list(command), env=dict(env), cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    _, status, usage = os.wait4(child.pid, 0)
    wall = (perf_counter() - started) * 1000.0
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in ok:
        raise BenchError(f"`{' '.join(command)}` exited with status {child.returncode}")
    return Run(wall, (usage.ru_utime + usage.ru_stime) * 1000.0, usage.ru_maxrss / 1024.0)


def paired(
    a: Sequence[str], b: Sequence[str], env: Mapping[str, str], runs: int, *, ok: tuple[int, ...] = (0,),
    env_b: Mapping[str, str] | None = None,
) -> dict[str, Any]:  # fmt: skip
    """A and B in turn, ``runs`` pairs after one warm-up run each: medians and min/max of each
    figure, and the median of the pair-by-pair ratios A/B."""
    run_once(a, env, ok)
    run_once(b, env_b or env)
    first: list[Run] = []
    second: list[Run] = []
    for index in range(runs):
        if index % 2 == 0:
            first.append(run_once(a, env, ok))
            second.append(run_once(b, env_b or env))
        else:
            second.append(run_once(b, env_b or env))
            first.append(run_once(a, env, ok))

    def figures(samples: list[Run]) -> dict[str, float]:
        found = {}
        for name in ("wall_ms", "cpu_ms", "peak_mib"):
            values = [getattr(sample, name) for sample in samples]
            found[name] = round(statistics.median(values), 1)
            found[name.replace("_", "_min_", 1)] = round(min(values), 1)
            found[name.replace("_", "_max_", 1)] = round(max(values), 1)
        return found

    ratios = {
        name: round(statistics.median(getattr(x, name) / getattr(y, name) for x, y in zip(first, second, strict=True)), 3)
        for name in ("wall_ms", "cpu_ms", "peak_mib")
    }  # fmt: skip
    return {"runs": runs, "a": figures(first), "b": figures(second), "ratio": ratios}


def line(name: str, anchor: str, result: dict[str, Any], target: float | None = None, figure: str = "cpu_ms") -> str:
    """One report line: the two medians and the ratio of ``figure``, with the verdict."""
    a, b, ratio = result["a"], result["b"], result["ratio"]
    verdict = "" if target is None else ("  PASS" if ratio[figure] <= target else "  FAIL")
    bound = "" if target is None else f" (target <= {target})"
    return (
        f"  {name} / {anchor}: CPU {a['cpu_ms']:.0f} / {b['cpu_ms']:.0f} ms, wall {a['wall_ms']:.0f} / "
        f"{b['wall_ms']:.0f} ms, peak {a['peak_mib']:.1f} / {b['peak_mib']:.1f} MiB; ratio of {figure} "
        f"{ratio[figure]:.2f}{bound}{verdict} (wall {ratio['wall_ms']:.2f}, CPU {ratio['cpu_ms']:.2f}, "
        f"memory {ratio['peak_mib']:.2f})"
    )
