"""The hostile sweeps write files where a value says (``--out '%'``, ``--out -1``): they run in a
folder of their own, never in the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _in_a_scratch_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("hostile-cwd")
    monkeypatch.chdir(folder)
    return folder
