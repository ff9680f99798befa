"""How many examples each fuzz test tries: a few dozen in ``make test`` (CI stays short), many
more in ``make fuzz`` (FUZZ_EXAMPLES=…)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings


def budget(default: int = 25) -> settings:
    """Hypothesis settings for a fuzz test: FUZZ_EXAMPLES examples (``default`` when unset),
    the suite's fixtures shared between examples (each example leaves the home usable)."""
    examples = int(os.environ.get("FUZZ_EXAMPLES", "") or default)
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
