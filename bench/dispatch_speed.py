"""Dispatching 1,000 due messages to a local SMTP server, against a bare smtplib loop (issue 5).

Target (issue 17): one ``dispatch`` pass (``lastimpression.outbox.dispatch.dispatch``, what
`lastimpression dispatch` runs) reaches at least 90 % of the throughput of a bare ``smtplib``
loop sending the same 1,000 e-mails (the same bytes, from ``outbox.mime.email_bytes``) over one
connection, the two measured alternately in the same run.

The home is a throwaway one: a profile (`lastimpression init`), 1,000 interviews of one person
each (a panel's messages leave minutes apart, PRODUCT.md §4, so one pass sends one message of a
panel), their plans (``planning.service.replan``) and 1,000 thank-yous drafted by
``outbox.drafting.draft``, scheduled to go now through ``outbox.sending.schedule`` (as
``lastimpression send ID --now``, which lints each message and prepares its e-mail). Its
SQLite file is copied once built and put back before each ``dispatch`` round, so every round sends 1,000 fresh messages.
The server is an aiosmtpd ``Controller`` on 127.0.0.1 that accepts and counts, in a process of
its own (see ``mailbench``); each round checks that it counted exactly 1,000 more messages.
SMTP as configured by ``LASTIMPRESSION_SMTP_*``: security none, no login, no IMAP.

Both loops run in one child process (Django started, and 20 messages sent each way first as a
warm-up): the times are those of the sending itself, not of the interpreter's start-up. The
rounds stop after two when a third would take them past 25 s (a pass that slow misses the
target by far). One more pass of 300 messages (three chunks), not counted, is timed step by
step (the SMTP exchange, reading and checking a chunk, building the e-mail, the chunk's claim,
its journal, the record of its outcomes, SQL) to say where the time goes; ``--profile`` adds a cProfile of yet another (whole) pass.

Run alone: .venv/bin/python bench/dispatch_speed.py [--rounds 3] [--profile]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from time import perf_counter, process_time
from typing import Any

from benchlib import PYTHON, BenchError, child_environment, run, verdict
from mailbench import ME, MY_ADDRESS, SmtpSink, Stopwatch, sink_count, stats

MESSAGES = 1000
PANEL = 1
RATIO_TARGET = 0.9
WARM_UP = 20
# Messages of the pass timed step by step (whole chunks; the shares are the same as for 1,000).
BREAKDOWN = 300
# After two rounds, the timed rounds stop early when one more would take them past this.
BUDGET_S = 25.0


def _bare_loop(port: int, emails: list[tuple[str, str, bytes]]) -> float:
    """smtplib alone: one connection, ``sendmail`` per message, QUIT. Returns seconds."""
    import smtplib

    with Stopwatch() as watch, smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.ehlo()
        for envelope_from, recipient, data in emails:
            client.sendmail(envelope_from, [recipient], data)
    return watch.seconds


def _check_sent(port: int, before: int, what: str, expected: int = MESSAGES) -> None:
    arrived = sink_count(port) - before
    if arrived != expected:
        raise BenchError(f"{what}: the server counted {arrived} messages, not {expected}")


def _dispatch_once(template: Path, limit: int = MESSAGES) -> tuple[float, list[Any]]:
    """Fresh data, then one timed ``dispatch`` pass (stopped after ``limit`` messages, for the
    warm-up). Returns (seconds, reports)."""
    from lastimpression import clock
    from lastimpression.outbox.dispatch import dispatch
    from lastimpression.outbox.models import Message
    from mailbench import restore

    restore(template)
    due = Message.objects.filter(status="scheduled").count()  # also opens the connection
    if due != MESSAGES:
        raise BenchError(f"{due} messages scheduled after restoring the home, not {MESSAGES}")
    asked = [0]

    def should_stop() -> bool:  # dispatch asks before each message
        asked[0] += 1
        return asked[0] > limit

    with Stopwatch() as watch:
        reports = dispatch(clock.now(), should_stop=should_stop)
    return watch.seconds, reports


def _check_reports(reports: list[Any], expected: int = MESSAGES) -> None:
    from lastimpression.outbox.models import Message

    outcomes = {report.outcome for report in reports}
    if len(reports) != expected or outcomes != {"sent"}:
        raise BenchError(f"dispatch: {len(reports)} reports, outcomes {sorted(outcomes)}: not {expected} sent")
    if Message.objects.filter(status="sent").count() != expected:
        raise BenchError(f"dispatch: the database does not hold {expected} sent messages")


# What the breakdown pass times: (module, attribute, label). A name that a later version of
# dispatch no longer uses is simply left out of the breakdown.
_TIMED = (
    ("lastimpression.outbox.dispatch", "read_due", "read"),
    ("lastimpression.outbox.dispatch", "PlanIndex", "read"),
    ("lastimpression.outbox.dispatch", "Standings.read_panels", "read"),
    ("lastimpression.outbox.dispatch", "claim", "claim"),
    ("lastimpression.outbox.dispatch", "record", "record"),
    ("lastimpression.outbox.dispatch", "writes_seen", "journal"),
    ("lastimpression.outbox.journal", "Journal.attempt", "journal"),
    ("lastimpression.outbox.journal", "Journal.sent", "journal"),
    ("lastimpression.outbox.journal", "Journal.__init__", "journal"),
    ("lastimpression.outbox.journal", "Journal.close", "journal"),
    ("lastimpression.outbox.dispatch", "email_bytes", "email_bytes"),
    ("lastimpression.outbox.dispatch", "_Pass.prepare", "prepare"),
    ("lastimpression.outbox.smtp", "SmtpTransport.deliver", "deliver"),
)


@contextmanager
def _timers() -> Iterator[dict[str, float]]:
    """Add up the time spent in each function of ``_TIMED`` while the block runs, each without
    the time of the timed functions it calls (the claim runs inside the SMTP exchange)."""
    import importlib

    totals: dict[str, float] = {}
    patched: list[tuple[Any, str, Any]] = []
    inner: list[float] = []  # per timed call in progress, the time of the timed calls it made

    def timed(function: Callable[..., Any], label: str) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = perf_counter()
            inner.append(0.0)
            try:
                return function(*args, **kwargs)
            finally:
                spent, nested = perf_counter() - started, inner.pop()
                totals[label] = totals.get(label, 0.0) + spent - nested
                if inner:
                    inner[-1] += spent

        return wrapper

    for module_name, dotted, label in _TIMED:
        owner: Any = importlib.import_module(module_name)
        *path, name = dotted.split(".")
        for part in path:
            owner = getattr(owner, part, None)
        original = getattr(owner, name, None) if owner is not None else None
        if original is None:
            continue
        patched.append((owner, name, original))
        setattr(owner, name, timed(original, label))
    try:
        yield totals
    finally:
        for owner, name, original in reversed(patched):
            setattr(owner, name, original)


@contextmanager
def _sql_timer() -> Iterator[dict[str, Any]]:
    """Count and time every SQL statement run inside the block (execution only, not the ORM)."""
    from django.db import connection

    totals: dict[str, Any] = {"statements": 0, "seconds": 0.0, "by_kind": {}}

    def wrapper(execute: Callable[..., Any], sql: str, params: Any, many: bool, context: Any) -> Any:
        started = perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            totals["seconds"] += perf_counter() - started
            totals["statements"] += 1
            verb = sql.lstrip().split(" ", 1)[0].upper()
            totals["by_kind"][verb] = totals["by_kind"].get(verb, 0) + 1

    with connection.execute_wrapper(wrapper):
        yield totals


def _breakdown(template: Path) -> dict[str, Any]:
    """One more pass (BREAKDOWN messages), not counted against the bare loop, its steps timed."""
    with _timers() as steps, _sql_timer() as sql:
        seconds, reports = _dispatch_once(template, BREAKDOWN)
    _check_reports(reports, BREAKDOWN)
    parts = {
        "smtp_exchange": steps.get("deliver", 0.0),
        "email_bytes": steps.get("email_bytes", 0.0),
        "prepare": steps.get("prepare", 0.0),
        "read": steps.get("read", 0.0),
        "claim": steps.get("claim", 0.0),
        "journal": steps.get("journal", 0.0),
        "record": steps.get("record", 0.0),
    }
    parts["rest"] = seconds - sum(parts.values())
    return {
        "messages": BREAKDOWN,
        "total_s": round(seconds, 3),
        "parts_s": {name: round(value, 3) for name, value in parts.items()},
        "sql_s": round(sql["seconds"], 3),
        "sql_statements": sql["statements"],
        "sql_by_kind": sql["by_kind"],
    }


def _profile(template: Path) -> list[str]:
    """cProfile of one pass: the 25 functions with the largest cumulative time."""
    import cProfile
    import io
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    _, reports = _dispatch_once(template)
    profiler.disable()
    _check_reports(reports)
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats(os.environ.get("BENCH_SORT", "cumulative")).print_stats(
        int(os.environ.get("BENCH_LINES", "25"))
    )
    return [line.rstrip() for line in out.getvalue().splitlines() if line.strip()][:40]


def _child(rounds: int, port: int, profile: bool) -> dict[str, Any]:
    from mailbench import build_interviews, draft_all, setup_django, snapshot, utc_now

    setup_django()
    from lastimpression import clock
    from lastimpression.interviews.services import require_profile
    from lastimpression.outbox.mime import email_bytes, sender
    from lastimpression.outbox.models import Message
    from lastimpression.outbox.sending import schedule

    now = clock.now()
    with Stopwatch() as building:
        ids = build_interviews(MESSAGES // PANEL, PANEL, now - timedelta(days=1))
        drafted = draft_all(ids, "thank_you", now)
        # Scheduled as `lastimpression send ID --now` does (which prepares each e-mail): due
        # from now on, and not late for two hours (a slot missed by more than that waits).
        for message_id in Message.objects.filter(kind="thank_you").values_list("id", flat=True):
            schedule(message_id, at=now, now=now, force=True)
    if drafted != MESSAGES:
        raise BenchError(f"{drafted} thank-yous drafted, not {MESSAGES}")
    # The same e-mails, as bytes, for the bare loop (dated now: dispatch dates them as it sends).
    owner = require_profile()
    envelope_from = sender(owner)[1]
    ordered = Message.objects.select_related("person").order_by("scheduled_at", "id")
    emails = [(envelope_from, message.to, email_bytes(message, owner, date=utc_now())) for message in ordered]
    with tempfile.TemporaryDirectory(prefix="li-bench-dispatch-db-") as scratch:
        template = Path(scratch) / "template.sqlite3"
        snapshot(template)

        # Warm-up, not counted: the imports dispatch does lazily, the caches, the server's.
        before = sink_count(port)
        _bare_loop(port, emails[:WARM_UP])
        _check_sent(port, before, "bare loop (warm-up)", WARM_UP)
        before = sink_count(port)
        _, reports = _dispatch_once(template, WARM_UP)
        _check_reports(reports, WARM_UP)
        _check_sent(port, before, "dispatch (warm-up)", WARM_UP)

        bare: list[float] = []
        passes: list[float] = []
        cpu: dict[str, list[float]] = {"bare": [], "dispatch": []}
        started = perf_counter()
        for index in range(rounds):
            order = ("bare", "dispatch") if index % 2 == 0 else ("dispatch", "bare")
            for name in order:
                before = sink_count(port)
                cpu_started = process_time()
                if name == "bare":
                    bare.append(_bare_loop(port, emails))
                else:
                    seconds, reports = _dispatch_once(template)
                    _check_reports(reports)
                    passes.append(seconds)
                cpu[name].append(process_time() - cpu_started)
                _check_sent(port, before, name)
            spent = perf_counter() - started
            if index >= 1 and spent / (index + 1) * (index + 2) > BUDGET_S:
                break  # another round would take too long (dispatch is then far off its target)
        bare_rate = MESSAGES / stats(bare)["median"]
        dispatch_rate = MESSAGES / stats(passes)["median"]
        ratio = dispatch_rate / bare_rate
        breakdown = _breakdown(template)
        profiled = _profile(template) if profile else []
    return {
        "messages": MESSAGES,
        "eml_bytes_median": sorted(len(data) for _, _, data in emails)[len(emails) // 2],
        "build_s": round(building.seconds, 2),
        "rounds_run": len(passes),
        "bare_s": stats(bare),
        "dispatch_s": stats(passes),
        "bare_per_s": round(bare_rate, 1),
        "dispatch_per_s": round(dispatch_rate, 1),
        "ratio": round(ratio, 3),
        "cpu_ms_per_message": {name: round(stats(spent)["median"], 3) for name, spent in cpu.items()},
        "breakdown": breakdown,
        "profile": profiled,
    }


def main(rounds: int = 3, *, profile: bool = False) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="li-bench-dispatch-") as home, SmtpSink() as sink:
        env = child_environment(
            Path(home),
            {
                "LASTIMPRESSION_SMTP_HOST": "127.0.0.1",
                "LASTIMPRESSION_SMTP_PORT": str(sink.port),
                "LASTIMPRESSION_SMTP_SECURITY": "none",
                "LASTIMPRESSION_SMTP_TIMEOUT": "30",
            },
        )
        for name in ("USERNAME", "PASSWORD", "PASSWORD_FILE", "FROM", "COPY_TO_SELF"):
            env.pop(f"LASTIMPRESSION_SMTP_{name}", None)
        for name in [key for key in env if key.startswith("LASTIMPRESSION_IMAP_")]:
            env.pop(name)
        run([PYTHON, "-m", "lastimpression", "init", "--name", ME, "--email", MY_ADDRESS, "--language", "fr"], env)
        command = [PYTHON, __file__, "--child", "--rounds", str(rounds), "--port", str(sink.port)]
        done = run([*command, "--profile"] if profile else command, env, capture_stdout=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result.update({"rounds": rounds, "ratio_target": RATIO_TARGET, "pass": result["ratio"] >= RATIO_TARGET})
    return result


_PART_NAMES = {
    "smtp_exchange": "SMTP exchange (MAIL, RCPT, DATA), waits included",
    "email_bytes": "mime.email_bytes (the prepared e-mail, dated)",
    "prepare": "last check against the interview, panel spacing",
    "read": "reading a chunk, its plan and its panels (four queries a chunk)",
    "claim": "claiming a chunk (one commit a chunk)",
    "journal": "the journal: file, a line before and after each, writes check",
    "record": "recording a chunk's outcomes and plan actions (one commit)",
    "rest": "the rest (reports, recovery, the pass's own queries)",
}


def report(result: dict[str, Any]) -> str:
    bare, passes, split = result["bare_s"], result["dispatch_s"], result["breakdown"]
    per_message, per_split_message = 1000.0 / result["messages"], 1000.0 / split["messages"]
    rounds = f"{result['rounds_run']} interleaved rounds"
    if result["rounds_run"] < result["rounds"]:
        rounds += f" of {result['rounds']} asked (time budget)"
    lines = [
        f"Dispatching {result['messages']} due messages to a local SMTP server (aiosmtpd in its own process;"
        f" {rounds} after a warm-up, fresh data each round; e-mails of {result['eml_bytes_median']} bytes median)",
        f"  bare smtplib loop, one connection: median {bare['median']:.3f} s (min {bare['min']:.3f}, max {bare['max']:.3f})"
        f"  -> {result['bare_per_s']:.0f} messages/s, {bare['median'] * per_message:.2f} ms each",
        f"  dispatch, one pass:                median {passes['median']:.3f} s (min {passes['min']:.3f},"
        f" max {passes['max']:.3f})  -> {result['dispatch_per_s']:.0f} messages/s,"
        f" {passes['median'] * per_message:.2f} ms each",
        f"  throughput ratio dispatch / bare (medians): {result['ratio']:.2f}  target >= {result['ratio_target']}"
        f"  {verdict(result['pass'])}",
        f"  this process's CPU per message (medians; the server's is not counted): bare"
        f" {result['cpu_ms_per_message']['bare']:.3f} ms, dispatch {result['cpu_ms_per_message']['dispatch']:.3f} ms"
        f" (restoring the database before a pass included)",
        f"  where a dispatch pass spends its time (one more pass of {split['messages']} messages, timed step by step:"
        f" {split['total_s']:.3f} s):",
    ]
    for name, seconds in split["parts_s"].items():
        share = 100.0 * seconds / split["total_s"] if split["total_s"] else 0.0
        lines.append(
            f"    {_PART_NAMES.get(name, name):<66} {seconds:6.3f} s  {seconds * per_split_message:5.2f} ms/message  {share:3.0f} %"
        )
    kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(split["sql_by_kind"].items()))
    lines.append(
        f"    across all steps, SQL through Django's cursor (SQLite's time, not the ORM's Python): {split['sql_s']:.3f} s"
        f" for {split['sql_statements']} statements ({split['sql_statements'] / split['messages']:.1f} a message:"
        f" {kinds}); the ledger's own statements go straight to SQLite, inside the claim and record lines"
    )
    lines.append(
        f"  building the home (1,000 interviews, plans, 1,000 drafts): {result['build_s']:.1f} s, not measured"
    )
    if result["profile"]:
        lines.append("  cProfile of one pass (cumulative):")
        lines += [f"    {line}" for line in result["profile"]]
    return "\n".join(lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="also print a cProfile of one dispatch pass")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        print(json.dumps(_child(arguments.rounds, arguments.port, arguments.profile)))
        sys.exit(0)
    print(report(main(arguments.rounds, profile=arguments.profile)))
