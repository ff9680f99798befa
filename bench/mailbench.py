"""What the mail benchmarks share (``dispatch_speed``, ``replies_speed``): a throwaway home filled
with interviews, people, their plans and drafted messages; an SMTP sink in a process of its own;
timing helpers.

The rows go in through the project's own code (``Interview``/``Person`` models, then
``planning.service.replan`` and ``outbox.drafting.draft``), so that each message has the body,
Message-ID and plan actions a real one would have. This runs in a child process whose
``LASTIMPRESSION_HOME`` is the throwaway home (see ``setup_django``).

The SMTP sink (``python bench/mailbench.py smtp-sink``) is an aiosmtpd ``Controller`` on
127.0.0.1 that accepts every message and counts it; ``NOOP`` answers ``250 <count>``. It runs in
its own process so that it does not compete for the GIL with the client being measured.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import smtplib
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from benchlib import PYTHON, ROOT, BenchError

ME = "Camille Durand"
MY_ADDRESS = "camille.durand@example.org"
COMPANIES = [
    ("Lumière SA", "lumiere.example"), ("Hexagone Logiciels", "hexagone.example"),
    ("Mistral Énergie", "mistral-energie.example"), ("Desjardins Innovation", "desjardins-innovation.example"),
    ("Banque Lémanique", "banque-lemanique.example"), ("Cloudière", "cloudiere.example"),
]  # fmt: skip
ROLES = ["Ingénieure données", "Data engineer", "Développeuse backend", "Product manager", "Architecte cloud"]
PEOPLE = [
    ("Claire", "Martin", "madame"), ("Julien", "Moreau", "monsieur"), ("Léa", "Bernard", "madame"),
    ("Hugo", "Lefèvre", "monsieur"), ("Inès", "Côté", "madame"), ("Étienne", "Girard", "monsieur"),
    ("Chloé", "Rousseau", "madame"), ("Théo", "Tremblay", "monsieur"), ("Alex", "Nguyen", "none"),
]  # fmt: skip
TOPICS = ["la migration vers PostgreSQL", "l'équipe de 8 personnes", "the on-call rotation", "le plan de formation"]


def _ascii(text: str) -> str:
    table = str.maketrans("àâäéèêëîïôöùûüçÉÈÀ' ", "aaaeeeeiioouuucEEA--")
    return text.lower().translate(table)


# -- in the child process: the home's rows ----------------------------------------------------


def setup_django() -> None:
    """Start Django on the home of ``LASTIMPRESSION_HOME`` (whose schema `init` created)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lastimpression.settings")
    import django

    django.setup()


def build_interviews(count: int, panel: int, ended: datetime, *, start_id: int = 1) -> list[int]:
    """``count`` interviews of ``panel`` people each (all with an address), ended at ``ended``,
    their plans stored by ``replan``. Returns their ids. Addresses are unique per person:
    ``first.last.N@company``."""
    from django.db import transaction

    from lastimpression.interviews.models import Interview, Person
    from lastimpression.planning.service import replan

    ids = []
    with transaction.atomic():
        for index in range(count):
            number = start_id + index
            company, domain = COMPANIES[number % len(COMPANIES)]
            language = "fr" if number % 3 else "en"
            interview = Interview.objects.create(
                company=company, role=ROLES[number % len(ROLES)], start=ended - timedelta(hours=1), end=ended,
                mode="onsite", location="1 rue de la Paix, Paris", language=language, country="FR",
                timezone="Europe/Paris", status="done",
            )  # fmt: skip
            for seat in range(panel):
                first, last, salutation = PEOPLE[(number * panel + seat) % len(PEOPLE)]
                Person.objects.create(
                    interview=interview, name=f"{first} {last}", salutation=salutation,
                    email=f"{_ascii(first)}.{_ascii(last)}.{number}@{domain}", title="Responsable recrutement",
                    topics=[TOPICS[(number + seat) % len(TOPICS)]],
                )  # fmt: skip
            replan(interview)
            ids.append(interview.id)
    return ids


def draft_all(interview_ids: Sequence[int], kind: str, now: datetime) -> int:
    """Draft ``kind`` for every person of each interview (``outbox.drafting.draft``)."""
    from lastimpression.outbox.drafting import draft

    drafted = 0
    for interview_id in interview_ids:
        drafted += len(draft(interview_id, kind, None, now).drafted)
    return drafted


def sqlite_path() -> Path:
    from django.conf import settings

    name = settings.DATABASES["default"]["NAME"]
    engine = str(settings.DATABASES["default"]["ENGINE"])
    if not engine.endswith("sqlite3"):
        raise BenchError(f"the benchmark copies the SQLite file of the home; the database is {engine}")
    return Path(str(name))


def snapshot(target: Path) -> None:
    """Copy the home's SQLite database (checkpointed: the connection is closed first) to ``target``."""
    from django.db import connection

    connection.close()
    database = sqlite_path()
    for suffix in ("-wal", "-shm"):
        if Path(f"{database}{suffix}").exists():
            raise BenchError(f"{database}{suffix} is still there after closing the connection")
    shutil.copyfile(database, target)


def restore(source: Path) -> None:
    """Put the snapshot ``source`` back as the home's database (fresh data for a round)."""
    from django.db import connection

    connection.close()
    database = sqlite_path()
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, database)


# -- SMTP sink ----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _serve_smtp_sink() -> None:
    """The sink's process: serve until standard input closes."""
    import warnings

    from aiosmtpd.controller import Controller

    class Counting:
        def __init__(self) -> None:
            self.count = 0

        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            self.count += 1
            return "250 OK: queued"

        async def handle_NOOP(self, server: Any, session: Any, envelope: Any, arg: str) -> str:
            return f"250 {self.count}"

    port = free_port()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        controller = Controller(Counting(), hostname="127.0.0.1", port=port, decode_data=False)
        controller.start()
    try:
        print(port, flush=True)
        sys.stdin.read()
    finally:
        controller.stop()


class SmtpSink:
    """``with SmtpSink() as sink:`` an aiosmtpd server in a child process; ``sink.port``."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[str] | None = None
        self.port = 0

    def __enter__(self) -> SmtpSink:
        self.process = subprocess.Popen(
            [PYTHON, str(Path(__file__).resolve()), "smtp-sink"], cwd=ROOT, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        if not line.isdigit():
            self.__exit__()
            raise BenchError(f"the SMTP sink did not start: {line!r}")
        self.port = int(line)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process is None:
            return
        try:
            self.process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.communicate()
        self.process = None


def sink_count(port: int) -> int:
    """How many messages the sink on ``port`` has accepted so far."""
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
        code, words = client.noop()
    if code != 250:
        raise BenchError(f"the SMTP sink answered NOOP with {code} {words!r}")
    return int(words)


# -- Dovecot ------------------------------------------------------------------------------------

IMAP_USER = "candidate@example.org"
IMAP_PASSWORD = "secret"
_DOVECOT_CONF = """\
protocols = imap
listen = 127.0.0.1
base_dir = {run}/run
state_dir = {run}/run/state
instance_name = lastimpression-bench-{pid}
log_path = {run}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{run}/mail/%u
mail_uid = nobody
mail_gid = nogroup
first_valid_uid = 65534
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {run}/users
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={run}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
namespace inbox {{
  inbox = yes
}}
"""


def dovecot_unavailable() -> str | None:
    """Why Dovecot cannot run here, or None."""
    if os.geteuid() != 0:
        return "Dovecot needs root (it runs the mailbox as the user nobody)"
    missing = [tool for tool in ("dovecot", "doveadm") if shutil.which(tool) is None]
    if missing:
        return f"not installed: {', '.join(missing)} (apt-get install dovecot-imapd)"
    return None


class Dovecot:
    """``with Dovecot(folder) as server:`` a Dovecot of its own (IMAP only, no TLS, on a free port
    of 127.0.0.1), configured in ``folder`` and stopped on leaving the block, whatever happened.

    Not ``scripts/mail-services.sh``: that script also reconfigures and restarts the machine's
    Postfix (and stops it), which would pull it from under end-to-end tests running at the same
    time; a benchmark needs IMAP alone. One user, ``IMAP_USER``, whose Maildir is ``maildir``.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.config = folder / "dovecot.conf"
        self.port = 0
        self.maildir = folder / "mail" / IMAP_USER

    def __enter__(self) -> Dovecot:
        import grp
        import pwd

        uid, gid = pwd.getpwnam("nobody").pw_uid, grp.getgrnam("nogroup").gr_gid
        (self.folder / "run" / "state").mkdir(parents=True, exist_ok=True)
        for name in ("cur", "new", "tmp"):
            (self.maildir / name).mkdir(parents=True, exist_ok=True)
        self.folder.chmod(0o755)
        for path in (self.folder / "mail", self.maildir, *(self.maildir / name for name in ("cur", "new", "tmp"))):
            os.chown(path, uid, gid)
        (self.folder / "users").write_text(f"{IMAP_USER}:{{PLAIN}}{IMAP_PASSWORD}::::::\n", encoding="utf-8")
        self.port = free_port()
        self.config.write_text(_DOVECOT_CONF.format(run=self.folder, pid=os.getpid(), port=self.port), encoding="utf-8")
        # Dovecot forks into the background; the daemon keeps the standard streams it was given,
        # so they go to a file (a pipe would never reach its end).
        errors = self.folder / "start-errors.txt"
        with errors.open("w") as stream:
            started = subprocess.run(
                ["dovecot", "-c", str(self.config)], stdin=subprocess.DEVNULL, stdout=stream, stderr=stream, check=False
            )
        if started.returncode != 0:
            raise BenchError(f"dovecot did not start: {errors.read_text().strip()} {self.log_tail()}")
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    self.__exit__()
                    raise BenchError(
                        f"dovecot does not listen on 127.0.0.1:{self.port} after 10 s {self.log_tail()}"
                    ) from None
                time.sleep(0.05)
        return self

    def log_tail(self) -> str:
        log = self.folder / "dovecot.log"
        return " ".join(log.read_text(errors="replace").splitlines()[-5:]) if log.exists() else ""

    def __exit__(self, *exc: object) -> None:
        pid_file = self.folder / "run" / "master.pid"
        pid = int(pid_file.read_text().strip()) if pid_file.exists() else 0
        subprocess.run(["doveadm", "-c", str(self.config), "stop"], capture_output=True, timeout=30, check=False)
        deadline = time.monotonic() + 10
        while pid and time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.05)
        if pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)

    def give_to_mail_user(self) -> None:
        """Hand the Maildir's files to the mail user (after writing them as root)."""
        import grp
        import pwd

        uid, gid = pwd.getpwnam("nobody").pw_uid, grp.getgrnam("nogroup").gr_gid
        for directory, _, files in os.walk(self.maildir):
            os.chown(directory, uid, gid)
            for name in files:
                os.chown(os.path.join(directory, name), uid, gid)


# -- numbers --------------------------------------------------------------------------------------


def stats(samples: Sequence[float]) -> dict[str, float]:
    return {
        "runs": len(samples),
        "median": round(statistics.median(samples), 4),
        "min": round(min(samples), 4),
        "max": round(max(samples), 4),
    }


def utc_now() -> datetime:
    return datetime.now(UTC)


class Stopwatch:
    """``with Stopwatch() as watch: ...``; then ``watch.seconds``."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._started = 0.0

    def __enter__(self) -> Stopwatch:
        self._started = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self._started


if __name__ == "__main__":
    if sys.argv[1:] == ["smtp-sink"]:
        _serve_smtp_sink()
    else:
        sys.exit("usage: mailbench.py smtp-sink")
