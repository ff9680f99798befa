"""The migrations on disk are the models: a model changed without its migration would leave a
home's schema behind the code (and the lean read path would fall back to Django on every run)."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_every_model_change_has_its_migration() -> None:
    out = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    except SystemExit as exit_:  # --check exits 1 when a migration is missing
        pytest.fail(f"a model has no migration (run makemigrations): {out.getvalue()} {exit_}")
