"""Loaded with ``-p tests.isolation`` before pytest-django reads the settings: every test run
gets its own empty home and none of the developer's LASTIMPRESSION_* settings."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

for _name in [name for name in os.environ if name.startswith("LASTIMPRESSION_")]:
    del os.environ[_name]
_home = tempfile.mkdtemp(prefix="lastimpression-tests-")
os.environ["LASTIMPRESSION_HOME"] = _home
os.environ["LANG"] = "C.UTF-8"
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)
atexit.register(shutil.rmtree, _home, ignore_errors=True)
