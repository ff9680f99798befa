"""`lint --file` stays a small process (issue 17): no Django, no fuzzy matcher, no Babel.

A text linted alone has no siblings (LI011 never compares), no recipient and no interview (the
craft and wording rules are silent): the process must not pay for what they load. Run in a
child process, as a user runs it: in the test process Django is already set up.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import json, runpy, sys
sys.argv = ["lastimpression", *sys.argv[1:]]
try:
    runpy.run_module("lastimpression", run_name="__main__", alter_sys=True)
except SystemExit as exit:
    sys.stderr.write("\\nEXIT " + str(exit.code) + "\\n")
sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n")
"""

MESSAGE = """Objet : Merci pour notre entretien – Ingénieure data

Madame Martin,

Je vous remercie pour notre entretien de jeudi. Votre présentation de la migration vers
PostgreSQL m'a beaucoup intéressée : je suis passioné par la fiabilité des données.

Je reviendrai vers vous le vendredi 18 décembre.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Camille Durand
"""


def _run(home: Path, *args: str) -> tuple[str, list[str]]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("LASTIMPRESSION_")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args], env={**env, "LASTIMPRESSION_HOME": str(home)}, cwd=ROOT,
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout, json.loads(done.stderr.rpartition("MODULES ")[2])


def test_lint_file_loads_no_django_no_fuzzy_matcher_no_babel(tmp_path: Path) -> None:
    draft = tmp_path / "merci.txt"
    draft.write_text(MESSAGE, encoding="utf-8")
    stdout, modules = _run(tmp_path / "home", "lint", "--file", str(draft), "--language", "fr", "--json")
    codes = {finding["code"] for finding in json.loads(stdout)["findings"]}
    assert {"LI008", "LI009"} <= codes  # it did lint: 50 words is short, "passioné" misspelt
    loaded = sorted({name.split(".")[0] for name in modules} & {"django", "rapidfuzz", "babel"})
    assert loaded == []
    # Silent without a recipient or an interview: never imported.
    assert not {"lastimpression.core.lint.craft", "lastimpression.core.lint.wording"} & set(modules)
