"""What the benchmarks share: paths, a clean environment, timed child processes, summaries.

Every measurement is the wall time of a whole child process (``time.perf_counter`` around
``subprocess.run``): what a user waits for, interpreter start-up included.
"""

from __future__ import annotations

import os
import platform
import resource
import statistics
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from time import perf_counter
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OUT = BENCH / ".out"
# The interpreter of the project's venv; the one running this script when the venv is absent.
_VENV_PYTHON = ROOT / ".venv" / "bin" / "python"
PYTHON = str(_VENV_PYTHON if _VENV_PYTHON.exists() else Path(sys.executable))

# Settings that would point a child at another database or clock than the benchmark's own, or
# change how Python starts (PYTHONDONTWRITEBYTECODE would make every run recompile the project).
_SCRUBBED = (
    "LASTIMPRESSION_DATABASE_URL",
    "LASTIMPRESSION_NOW",
    "DJANGO_SETTINGS_MODULE",
    "PYTHONDONTWRITEBYTECODE",
    "PYTHONPROFILEIMPORTTIME",
    "PYTHONSTARTUP",
)
# Bytecode is cached as on a normal install, but here, so that nothing is written under src/.
PYCACHE = OUT / "pycache"


class BenchError(RuntimeError):
    """A command under measurement failed: there is no number to report."""


def child_environment(home: Path, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of a measured command: ours, minus stray settings, with its own home."""
    env = {key: value for key, value in os.environ.items() if key not in _SCRUBBED}
    env["LASTIMPRESSION_HOME"] = str(home)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env.setdefault("LANG", "C.UTF-8")
    if extra:
        env.update(extra)
    return env


def run(
    command: Sequence[str], env: Mapping[str, str], *, capture_stdout: bool = False
) -> subprocess.CompletedProcess[str]:
    """Run a command to completion; raise BenchError naming it when it fails."""
    done = subprocess.run(
        list(command),
        env=dict(env),
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE if capture_stdout else subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-15:])
        raise BenchError(f"`{' '.join(command)}` exited with status {done.returncode}:\n{tail}")
    return done


def measure(command: Sequence[str], env: Mapping[str, str]) -> tuple[float, float]:
    """One run of ``command``, stdout to /dev/null: (wall time, CPU time user+system) in ms.

    The CPU time is the child's own (``RUSAGE_CHILDREN``): it is much less sensitive than the
    wall time to other programs competing for the processors.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = perf_counter()
    run(command, env)
    wall = (perf_counter() - started) * 1000.0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000.0
    return wall, cpu


def timed(command: Sequence[str], env: Mapping[str, str]) -> float:
    """Wall time of one run of ``command``, in milliseconds, stdout sent to /dev/null."""
    return measure(command, env)[0]


@dataclass(frozen=True)
class Summary:
    """Wall times of repeated runs of one command, in milliseconds, and their median CPU time."""

    runs: int
    median: float
    minimum: float
    maximum: float
    cpu_median: float | None = None

    @classmethod
    def of(cls, samples: Sequence[float], cpu: Sequence[float] = ()) -> Summary:
        cpu_median = statistics.median(cpu) if cpu else None
        return cls(len(samples), statistics.median(samples), min(samples), max(samples), cpu_median)

    def as_dict(self) -> dict[str, float | int | None]:
        return {
            "runs": self.runs,
            "median_ms": round(self.median, 1),
            "min_ms": round(self.minimum, 1),
            "max_ms": round(self.maximum, 1),
            "cpu_median_ms": None if self.cpu_median is None else round(self.cpu_median, 1),
        }


def verdict(passed: bool) -> str:
    return "PASS" if passed else "FAIL"


def package_version(distribution: str) -> str:
    """The installed version of ``distribution`` (in the interpreter running this), or "absent"."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "absent"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.partition(":")[2].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 0
    child = run([PYTHON, "-c", "import sys; print(sys.version.split()[0])"], os.environ, capture_stdout=True)
    return {
        "nproc": usable,
        "cpu": _cpu_model(),
        "system": f"{platform.system()} {platform.release()} {platform.machine()}",
        "python": child.stdout.strip(),
        "interpreter": PYTHON,
        "click": package_version("click"),
        "django": package_version("Django"),
        "icalendar": package_version("icalendar"),
        "holidays": package_version("holidays"),
    }


def parse_importtime(stderr: str) -> list[tuple[int, int, int, str]]:
    """The lines of ``python -X importtime``: (depth, self µs, cumulative µs, module).

    Caveat: modules loaded through ``importlib.import_module`` (the CLI's lazy commands) do not
    appear (only C-level ``import`` statements are traced); what they import does, at depth 0.
    """
    entries: list[tuple[int, int, int, str]] = []
    for line in stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        fields = line[len("import time:") :].split("|")
        if len(fields) != 3 or not fields[0].strip().isdigit():
            continue  # the header line
        name = fields[2].rstrip()
        stripped = name.lstrip(" ")
        depth = (len(name) - len(stripped) - 1) // 2
        entries.append((depth, int(fields[0]), int(fields[1]), stripped))
    return entries


def self_time_by_package(entries: Sequence[tuple[int, int, int, str]]) -> list[tuple[str, float]]:
    """Self import time summed per top-level package, in milliseconds, largest first."""
    totals: dict[str, int] = {}
    for _, own, _, name in entries:
        package = name.split(".")[0]
        totals[package] = totals.get(package, 0) + own
    return sorted(((name, micro / 1000.0) for name, micro in totals.items()), key=lambda item: -item[1])
