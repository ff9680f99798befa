"""A `replies` pass over a mailbox of 10,000 messages, once the first pass is done (issue 5).

Target: at most 2 s for `lastimpression replies` (the whole command, as cron runs it: the
interpreter's start-up, Django, the IMAP login, reading what is new and recording it) when the
first pass is done and 10 new messages have arrived. Also shown, for information: the first pass
(every message's header fields read), and the same second pass in-process
(``outbox.replies.check_replies``, as the worker runs it every N seconds).

The server is a real Dovecot (IMAP on a free port of 127.0.0.1, its own configuration in a
temporary folder; see ``mailbench.Dovecot``), stopped at the end whatever happens. Its INBOX is
written straight into the Maildir (``new/``, files handed to the mail user), which is much faster
than 10,000 IMAP APPENDs: 300 replies to our thank-yous (200 through In-Reply-To/References,
100 from a person's address only), 100 out-of-office answers, 10 bounces (DSNs) and 9,590
other messages spread over the last four weeks. The home is a throwaway one: a profile,
300 interviews of a panel of three, their plans, 900 thank-yous sent three days ago and 900
follow-ups scheduled. Each later pass first gets 10 new messages by IMAP APPEND (2 replies
from people who had not answered yet, 8 others), and is checked to find those 2 replies.

Skipped, with the reason, when not root or when Dovecot is not installed.

Run alone: .venv/bin/python bench/replies_speed.py [--runs 3]
"""

from __future__ import annotations

import argparse
import contextlib
import imaplib
import json
import os
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from types import FrameType
from typing import Any

from benchlib import PYTHON, BenchError, child_environment, run, verdict
from mailbench import IMAP_PASSWORD, IMAP_USER, ME, Dovecot, Stopwatch, dovecot_unavailable, stats

TARGET_S = 2.0
MAILBOX = 10_000
INTERVIEWS, PANEL = 300, 3
BY_REFERENCE, BY_ADDRESS, AUTOMATIC, BOUNCES = 200, 100, 100, 10
NEW_PER_PASS, REPLIES_PER_PASS = 10, 2
IN_PROCESS_RUNS = 3

SENDERS = [
    ("Newsletter Welcome to the Jungle", "news@welcometothejungle.example"), ("LinkedIn", "jobs-noreply@linkedin.example"),
    ("Maman", "maman@famille.example"), ("Banque Populaire", "alertes@banque.example"),
    ("Indeed", "alert@indeed.example"), ("Pôle emploi", "ne-pas-repondre@francetravail.example"),
    ("Sophie Laurent", "sophie.laurent@amis.example"), ("GitHub", "notifications@github.example"),
    ("SNCF Connect", "confirmation@sncf.example"), ("Marc Petit", "marc.petit@ancien-employeur.example"),
]  # fmt: skip
SUBJECTS = [
    "Vos alertes emploi du jour", "Nouvelles offres : Data engineer à Lyon", "Re: dîner dimanche ?",
    "Votre relevé de compte est disponible", "[lastimpression] Build failed", "Confirmation de votre réservation",
    "Candidature reçue", "Invitation : entretien téléphonique", "Re: Re: photos des vacances", "Weekly digest",
]  # fmt: skip
BODY = (
    "Bonjour,\n\nVoici les nouvelles de la semaine. Nous espérons que vous allez bien et que vos recherches"
    " avancent comme vous le souhaitez.\n\n" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 12 + "\n"
)


def _email(
    *,
    sender: tuple[str, str],
    subject: str,
    date: datetime,
    message_id: str,
    in_reply_to: str = "",
    extra: Sequence[str] = (),
    body: str = BODY,
    content_type: str = "text/plain; charset=utf-8",
) -> bytes:
    """One e-mail as a mail server stores it (CRLF line ends, 8-bit UTF-8 body)."""
    from email.header import Header

    name, address = sender
    encoded = subject if subject.isascii() else Header(subject, "utf-8").encode()
    lines = [
        f"Return-Path: <{address}>",
        f"Delivered-To: {IMAP_USER}",
        f"From: {name} <{address}>" if name.isascii() else f"From: {Header(name, 'utf-8').encode()} <{address}>",
        f"To: {ME} <{IMAP_USER}>",
        f"Subject: {encoded}",
        f"Date: {format_datetime(date)}",
        f"Message-ID: {message_id}",
    ]
    if in_reply_to:
        lines += [f"In-Reply-To: {in_reply_to}", f"References: {in_reply_to}"]
    lines += [*extra, "MIME-Version: 1.0", f"Content-Type: {content_type}", "Content-Transfer-Encoding: 8bit", ""]
    return ("\r\n".join(lines) + "\r\n" + body.replace("\n", "\r\n")).encode("utf-8")


def _dsn(original: str, recipient: str, date: datetime, number: int) -> bytes:
    body = (
        "--B\nContent-Type: text/plain; charset=us-ascii\n\nThis is the mail system at host mx.example.\n"
        "I'm sorry to have to inform you that your message could not be delivered.\n\n"
        "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\n"
        f"Final-Recipient: rfc822; {recipient}\nAction: failed\nStatus: 5.1.1\n"
        f"Diagnostic-Code: smtp; 550 5.1.1 <{recipient}>: Recipient address rejected: User unknown\n\n"
        f"--B\nContent-Type: text/rfc822-headers\n\nMessage-ID: {original}\nFrom: {ME} <{IMAP_USER}>\n"
        f"To: <{recipient}>\nSubject: Merci\n\n--B--\n"
    )
    return _email(
        sender=("Mail Delivery System", "MAILER-DAEMON@mx.example"), subject="Undelivered Mail Returned to Sender",
        date=date, message_id=f"<dsn.{number}@mx.example>", extra=["Auto-Submitted: auto-replied"], body=body,
        content_type='multipart/report; report-type=delivery-status; boundary="B"',
    )  # fmt: skip


def _other(number: int, date: datetime) -> bytes:
    """An e-mail that has nothing to do with the interviews."""
    sender = SENDERS[number % len(SENDERS)]
    thread = f"<thread.{number // 3}@{sender[1].split('@')[1]}>" if number % 4 == 0 else ""
    return _email(
        sender=sender, subject=SUBJECTS[number % len(SUBJECTS)], date=date,
        message_id=f"<other.{number}.{date.timestamp():.0f}@{sender[1].split('@')[1]}>", in_reply_to=thread,
    )  # fmt: skip


def _reply(person: dict[str, Any], date: datetime, *, by_reference: bool) -> bytes:
    domain = person["address"].split("@")[1]
    return _email(
        sender=(person["name"], person["address"]), subject="Re: Merci pour notre entretien", date=date,
        message_id=f"<reply.{person['id']}.{date.timestamp():.0f}@{domain}>",
        in_reply_to=person["thank_you"] if by_reference else "",
        body="Bonjour,\n\nMerci pour votre message, nous revenons vers vous très vite.\n\nBien à vous,\n",
    )  # fmt: skip


def _automatic(person: dict[str, Any], date: datetime) -> bytes:
    domain = person["address"].split("@")[1]
    return _email(
        sender=(person["name"], person["address"]), subject="Réponse automatique : Merci pour notre entretien",
        date=date, message_id=f"<auto.{person['id']}@{domain}>", in_reply_to=person["thank_you"],
        extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
        body="Je suis absente jusqu'au 4 janvier et n'aurai qu'un accès limité à mes messages.\n",
    )  # fmt: skip


# -- the child that builds the home and the mailbox -----------------------------------------------


def _build(maildir: Path) -> dict[str, Any]:
    """The home's rows, then the INBOX written into ``maildir/new``. Returns the counts and the
    people left for the later passes (name, address, thank-you Message-ID)."""
    from mailbench import build_interviews, draft_all, setup_django

    setup_django()
    from lastimpression import clock
    from lastimpression.outbox.models import Message

    now = clock.now()
    sent_at = now - timedelta(days=3)
    with Stopwatch() as building:
        ids = build_interviews(INTERVIEWS, PANEL, sent_at - timedelta(hours=2))
        thank_yous = draft_all(ids, "thank_you", now)
        Message.objects.filter(kind="thank_you").update(status="sent", sent_at=sent_at, scheduled_at=sent_at)
        follow_ups = draft_all(ids, "follow_up", now)
        Message.objects.filter(kind="follow_up").update(status="scheduled", scheduled_at=now + timedelta(days=4))
        # Drafted a month ago: the first pass reads the whole mailbox (since the day before).
        Message.objects.update(created_at=now - timedelta(days=30))
    people = [
        {"id": person_id, "name": name, "address": address, "thank_you": header}
        for header, person_id, name, address in Message.objects.filter(kind="thank_you")
        .order_by("id")
        .values_list("message_id_header", "person_id", "person__name", "to")
    ]
    with Stopwatch() as writing:
        mailbox = _mailbox(people, now, sent_at)
        for number, (date, data) in enumerate(mailbox):
            path = maildir / "new" / f"{date.timestamp():.0f}.M{number}P{os.getpid()}.bench,S={len(data)}"
            path.write_bytes(data)
            os.utime(path, (date.timestamp(), date.timestamp()))
    used = BY_REFERENCE + BY_ADDRESS + AUTOMATIC + BOUNCES
    return {
        "thank_yous": thank_yous,
        "follow_ups": follow_ups,
        "mailbox": len(mailbox),
        "build_s": round(building.seconds, 2),
        "write_s": round(writing.seconds, 2),
        "spares": people[used:],
    }


def _mailbox(people: list[dict[str, Any]], now: datetime, sent_at: datetime) -> list[tuple[datetime, bytes]]:
    """The INBOX: (arrival, bytes) of each of the MAILBOX messages."""
    special: list[tuple[datetime, bytes]] = []
    after = sent_at + timedelta(hours=1)
    cursor = 0
    for index in range(BY_REFERENCE):
        special.append((after + timedelta(minutes=7 * index), _reply(people[cursor], after, by_reference=True)))
        cursor += 1
    for index in range(BY_ADDRESS):
        special.append((after + timedelta(minutes=9 * index), _reply(people[cursor], after, by_reference=False)))
        cursor += 1
    for index in range(AUTOMATIC):
        special.append((sent_at + timedelta(seconds=30 + index), _automatic(people[cursor], sent_at)))
        cursor += 1
    for index in range(BOUNCES):
        date = sent_at + timedelta(seconds=5 + index)
        special.append((date, _dsn(people[cursor]["thank_you"], people[cursor]["address"], date, index)))
        cursor += 1
    others = MAILBOX - len(special)
    span = timedelta(days=28) / others
    dates = [now - timedelta(days=28) + span * number for number in range(others)]
    messages = [(date, _other(number, date)) for number, date in enumerate(dates)]
    return sorted(messages + special, key=lambda item: item[0])


# -- the in-process passes ------------------------------------------------------------------------


def _append(port: int, people: Sequence[dict[str, Any]], salt: int) -> None:
    """NEW_PER_PASS new messages in the INBOX by IMAP APPEND: a reply from each of ``people``,
    then others."""
    now = datetime.now(UTC)
    messages = [_reply(person, now, by_reference=True) for person in people]
    messages += [_other(100_000 + salt * 100 + number, now) for number in range(NEW_PER_PASS - len(messages))]
    client = imaplib.IMAP4("127.0.0.1", port)
    try:
        client.login(IMAP_USER, IMAP_PASSWORD)
        for data in messages:
            client.append("INBOX", None, imaplib.Time2Internaldate(time.time()), data)
    finally:
        client.logout()


def _in_process(port: int, spares: list[dict[str, Any]], runs: int) -> dict[str, Any]:
    """In a child: ``check_replies`` timed in-process, after a warm-up pass with nothing new."""
    from mailbench import setup_django

    setup_django()
    from lastimpression import clock
    from lastimpression.outbox.replies import check_replies

    check_replies(clock.now())  # warm-up: imports, the connection's first use
    samples = []
    for index in range(runs):
        chosen = spares[index * REPLIES_PER_PASS : (index + 1) * REPLIES_PER_PASS]
        _append(port, chosen, salt=1000 + index)
        with Stopwatch() as watch:
            found, errors = check_replies(clock.now())
        samples.append(watch.seconds)
        replies = sorted(item.person for item in found if item.kind == "reply")
        if errors or replies != sorted(person["name"] for person in chosen):
            raise BenchError(f"in-process pass {index}: found {replies}, errors {errors}")
    return {"in_process_s": stats(samples)}


# -- the parent -------------------------------------------------------------------------------------


def _cli_pass(env: dict[str, str]) -> tuple[float, list[dict[str, Any]]]:
    """`lastimpression replies --json`: (wall time in seconds, what it found)."""
    with Stopwatch() as watch:
        done = run([PYTHON, "-m", "lastimpression", "replies", "--json"], env, capture_stdout=True)
    found: list[dict[str, Any]] = json.loads(done.stdout or "[]")
    return watch.seconds, found


def _since_count(port: int, since: datetime) -> int:
    """How many messages of the INBOX arrived since ``since`` (the first pass reads those)."""
    client = imaplib.IMAP4("127.0.0.1", port)
    try:
        client.login(IMAP_USER, IMAP_PASSWORD)
        client.select("INBOX", readonly=True)
        _, data = client.search(None, "SINCE", since.strftime("%d-%b-%Y"))
    finally:
        client.logout()
    return len(data[0].split()) if data and data[0] else 0


def _kinds(found: list[dict[str, Any]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in found:
        counts[item["kind"]] = counts.get(item["kind"], 0) + 1
    return counts


@contextlib.contextmanager
def _sigterm_exits() -> Iterator[None]:
    """SIGTERM unwinds the stack (so Dovecot is stopped) instead of killing the process."""

    def leave(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    try:
        previous = signal.signal(signal.SIGTERM, leave)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(runs: int = 3) -> dict[str, Any]:
    reason = dovecot_unavailable()
    if reason is not None:
        return {"skipped": reason, "pass": None, "target_s": TARGET_S}
    # Not under a private folder: Dovecot's unprivileged processes must reach the Maildir.
    scratch = Path(tempfile.mkdtemp(prefix="li-bench-replies-"))
    scratch.chmod(0o755)
    try:
        with _sigterm_exits(), Dovecot(scratch / "dovecot") as server:
            return _measure(server, scratch / "home", runs)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _measure(server: Dovecot, home: Path, runs: int) -> dict[str, Any]:
    env = child_environment(
        home,
        {
            "LASTIMPRESSION_IMAP_HOST": "127.0.0.1", "LASTIMPRESSION_IMAP_PORT": str(server.port),
            "LASTIMPRESSION_IMAP_SECURITY": "none", "LASTIMPRESSION_IMAP_USERNAME": IMAP_USER,
            "LASTIMPRESSION_IMAP_PASSWORD": IMAP_PASSWORD, "LASTIMPRESSION_IMAP_FOLDERS": "INBOX",
        },
    )  # fmt: skip
    for key in [key for key in env if key.startswith("LASTIMPRESSION_SMTP_")] + ["LASTIMPRESSION_IMAP_SENT_FOLDER"]:
        env.pop(key, None)
    run([PYTHON, "-m", "lastimpression", "init", "--name", ME, "--email", IMAP_USER, "--language", "fr"], env)
    done = run([PYTHON, __file__, "--build", str(server.maildir)], env, capture_stdout=True)
    built: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    server.give_to_mail_user()
    spares: list[dict[str, Any]] = built.pop("spares")

    searched = _since_count(server.port, datetime.now(UTC) - timedelta(days=31))
    if searched != MAILBOX:
        raise BenchError(f"the first pass would read {searched} messages, not {MAILBOX}")
    first_s, found = _cli_pass(env)
    first = _kinds(found)
    expected = {"reply": BY_REFERENCE + BY_ADDRESS, "automatic": AUTOMATIC, "bounce": BOUNCES}
    if first != expected:
        raise BenchError(f"the first pass found {first}, not {expected}")

    samples = []
    for index in range(runs):
        chosen = spares[index * REPLIES_PER_PASS : (index + 1) * REPLIES_PER_PASS]
        _append(server.port, chosen, salt=index)
        seconds, found = _cli_pass(env)
        samples.append(seconds)
        replies = sorted(item["person"] for item in found if item["kind"] == "reply")
        if replies != sorted(person["name"] for person in chosen) or len(found) != len(chosen):
            raise BenchError(f"pass {index + 2} found {found}, not the replies of {[p['name'] for p in chosen]}")
    idle_s, found = _cli_pass(env)  # nothing new: the floor of the command
    if found:
        raise BenchError(f"a pass with nothing new found {found}")

    rest = spares[runs * REPLIES_PER_PASS :]
    command = [PYTHON, __file__, "--in-process", str(server.port), "--runs", str(IN_PROCESS_RUNS)]
    done = run(
        command, {**env, "BENCH_SPARES": json.dumps(rest[: IN_PROCESS_RUNS * REPLIES_PER_PASS])}, capture_stdout=True
    )
    in_process: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])

    second = stats(samples)
    return {
        **built,
        "runs": runs,
        "first_pass_s": round(first_s, 3),
        "first_pass_found": first,
        "second_pass_s": second,
        "nothing_new_s": round(idle_s, 3),
        **in_process,
        "target_s": TARGET_S,
        "pass": second["median"] <= TARGET_S,
    }


def report(result: dict[str, Any]) -> str:
    title = f"A `replies` pass over a mailbox of {MAILBOX:,} messages (Dovecot on 127.0.0.1)"
    if result.get("skipped"):
        return f"{title}\n  SKIPPED: {result['skipped']}"
    second, inside = result["second_pass_s"], result["in_process_s"]
    found = result["first_pass_found"]
    return "\n".join(
        [
            f"{title}; home: {INTERVIEWS} interviews, {result['thank_yous']} thank-yous sent,"
            f" {result['follow_ups']} follow-ups scheduled",
            f"  first pass, `lastimpression replies` (reads all {result['mailbox']:,} headers), for information:"
            f" {result['first_pass_s']:.2f} s; found {found.get('reply', 0)} replies,"
            f" {found.get('automatic', 0)} automatic answers, {found.get('bounce', 0)} bounces",
            f"  later pass, `lastimpression replies` after {NEW_PER_PASS} new messages ({REPLIES_PER_PASS} replies),"
            f" whole command: median {second['median']:.3f} s (min {second['min']:.3f}, max {second['max']:.3f},"
            f" {second['runs']} runs)  target <= {result['target_s']:.0f} s  {verdict(result['pass'])}",
            f"    same command with nothing new (start-up, Django, login, SELECT): {result['nothing_new_s']:.3f} s",
            f"    same pass in-process (check_replies, as the worker runs it): median {inside['median']:.3f} s"
            f" (min {inside['min']:.3f}, max {inside['max']:.3f}, {inside['runs']} runs)",
            f"  building the home {result['build_s']:.1f} s and writing the Maildir {result['write_s']:.1f} s,"
            " not measured",
        ]
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--build", metavar="MAILDIR", help=argparse.SUPPRESS)
    parser.add_argument("--in-process", type=int, metavar="PORT", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.build:
        print(json.dumps(_build(Path(arguments.build))))
        sys.exit(0)
    if arguments.in_process:
        spares = json.loads(os.environ["BENCH_SPARES"])
        print(json.dumps(_in_process(arguments.in_process, spares, arguments.runs)))
        sys.exit(0)
    print(report(main(arguments.runs)))
