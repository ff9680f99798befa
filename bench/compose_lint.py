"""Composing and linting messages, warm, in-process (issue 4).

Targets: composing one message at most 5 ms (median, warm); linting one message at most 10 ms
(median, warm, dictionaries loaded); linting 1,000 messages, near-duplicate checks included
(each against its panel and a previous round), at most 5 s.

The messages are the composer's for the shared table of varied interviews
(``tests/core/compose/world.py``): French and English, every agreement, vous and tu, panels.

Run alone: .venv/bin/python bench/compose_lint.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path
from time import perf_counter
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

COMPOSE_TARGET_MS = 5.0
LINT_TARGET_MS = 10.0
BATCH_TARGET_S = 5.0
KINDS = ("thank_you", "follow_up", "follow_up_2", "linkedin")


def main(runs: int = 5) -> dict[str, Any]:
    from tests.core.compose.world import WORLD

    from lastimpression.core.compose import compose
    from lastimpression.core.lint import lint
    from lastimpression.core.messages import Draft, LintContext

    jobs = [(kind, candidate, person, occasion, tuple(people)) for candidate, people, occasion in WORLD
            for person in people for kind in KINDS]  # fmt: skip
    drafts: list[tuple[Draft, LintContext]] = []
    for kind, candidate, person, occasion, people in jobs:  # warm-up, and the messages to lint
        draft = compose(kind, candidate, person, occasion, panel=people)
        others = tuple(other.name for other in people if other.id != person.id)
        drafts.append((draft, LintContext(kind, draft.language, person, candidate, occasion, others)))
    compose_times = []
    for _ in range(runs):
        for kind, candidate, person, occasion, people in jobs:
            start = perf_counter()
            compose(kind, candidate, person, occasion, panel=people)
            compose_times.append((perf_counter() - start) * 1000)
    for draft, context in drafts:
        lint(draft, context)
    lint_times = []
    for _ in range(runs):
        for draft, context in drafts:
            start = perf_counter()
            lint(draft, context)
            lint_times.append((perf_counter() - start) * 1000)
    # 1,000 messages, each compared with the others of its kind to the same company (its panel)
    # and with a previous round's message: the near-duplicate check at work.
    by_group: dict[tuple[str, str], list[Draft]] = {}
    for draft, context in drafts:
        assert context.occasion is not None
        by_group.setdefault((context.occasion.company, draft.kind), []).append(draft)
    batch: list[tuple[Draft, LintContext]] = []
    while len(batch) < 1000:
        for draft, context in drafts:
            assert context.occasion is not None
            siblings = tuple(other for other in by_group[(context.occasion.company, draft.kind)] if other is not draft)
            previous = Draft(draft.kind, draft.language, draft.subject, draft.body.replace("Bien", "Très"))
            batch.append((draft, LintContext(context.kind, context.language, context.recipient, context.candidate,
                                             context.occasion, context.other_names, (*siblings, previous))))  # fmt: skip
            if len(batch) == 1000:
                break
    start = perf_counter()
    for draft, context in batch:
        lint(draft, context)
    batch_seconds = perf_counter() - start
    result = {
        "messages": len(jobs),
        "compose_median_ms": statistics.median(compose_times),
        "lint_median_ms": statistics.median(lint_times),
        "lint_1000_s": batch_seconds,
    }
    result["pass"] = (
        result["compose_median_ms"] <= COMPOSE_TARGET_MS
        and result["lint_median_ms"] <= LINT_TARGET_MS
        and batch_seconds <= BATCH_TARGET_S
    )
    return result


def report(result: dict[str, Any]) -> str:
    def verdict(ok: bool) -> str:
        return "PASS" if ok else "FAIL"

    return "\n".join([
        f"Composing and linting ({result['messages']} kinds x people of the world table, warm)",
        f"  compose one message   median {result['compose_median_ms']:.2f} ms  target <= {COMPOSE_TARGET_MS:.0f} ms  "
        f"{verdict(result['compose_median_ms'] <= COMPOSE_TARGET_MS)}",
        f"  lint one message      median {result['lint_median_ms']:.2f} ms  target <= {LINT_TARGET_MS:.0f} ms  "
        f"{verdict(result['lint_median_ms'] <= LINT_TARGET_MS)}",
        f"  lint 1,000 messages   {result['lint_1000_s']:.2f} s  target <= {BATCH_TARGET_S:.0f} s  "
        f"{verdict(result['lint_1000_s'] <= BATCH_TARGET_S)}",
    ])  # fmt: skip


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    print(report(main(parser.parse_args().runs)))
