"""The same plan in khal, the anchor of the agenda and list benchmarks (issue 17).

The benchmark home's plan is exported by the real program (``lastimpression ics``, at the
instant the home is aged to) and imported into a khal calendar of its own under
``bench/.out/khal-<home fingerprint>/``; ``khal list DAY 7d`` then lists the same actions the
agenda prints. Building it takes a few minutes (khal writes one file per event) and is done
once per home; None when khal is not installed (``apt-get install khal``).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from benchlib import OUT, PYTHON, ROOT, child_environment
from build_home import MARKER

_CONFIG = """[calendars]
[[plan]]
path = {folder}/calendar
type = calendar

[locale]
local_timezone = Europe/Paris
default_timezone = Europe/Paris
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M

[sqlite]
path = {folder}/khal.db
"""


def khal_config(home: Path, now: str) -> Path | None:
    """The khal configuration whose calendar holds ``home``'s plan as exported at ``now``."""
    if shutil.which("khal") is None:
        return None
    fingerprint = json.loads((home / MARKER).read_text(encoding="utf-8"))["fingerprint"]
    folder = OUT / f"khal-{fingerprint}"
    config = folder / "khal.conf"
    done = folder / "imported"
    if done.exists():
        return config
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "calendar").mkdir(parents=True)
    config.write_text(_CONFIG.format(folder=folder), encoding="utf-8")
    exported = folder / "plan.ics"
    env = child_environment(home, {"LASTIMPRESSION_NOW": now})
    subprocess.run([PYTHON, "-m", "lastimpression", "ics", "--out", str(exported)], env=env, cwd=ROOT, check=True,
                   capture_output=True)  # fmt: skip
    subprocess.run(["khal", "-c", str(config), "import", "--batch", "-a", "plan", str(exported)], check=True,
                   capture_output=True)  # fmt: skip
    subprocess.run(["khal", "-c", str(config), "list", "today"], check=True, capture_output=True)  # fills its cache
    done.write_text("ok\n", encoding="utf-8")
    return config
