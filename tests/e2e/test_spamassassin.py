"""Every e-mail the composer writes, as the exact message that would be sent, is judged by an
outside referee: SpamAssassin (Debian package, daemon on loopback, rules shipped with it)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import make_msgid
from pathlib import Path

import pytest

from lastimpression.core.compose import compose
from lastimpression.outbox.mime import compose_email
from tests.core.compose.world import WORLD

THRESHOLD = 1.0
DATE = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def spamd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    if shutil.which("spamd") is None or shutil.which("spamc") is None:
        if os.environ.get("CI"):
            pytest.fail("SpamAssassin is not installed: `make test` installs it (scripts/system-packages.sh)")
        pytest.skip("SpamAssassin is not installed (apt-get install spamassassin spamc spamd)")
    if os.geteuid() != 0:
        pytest.skip("spamd is started as root here (it drops to nobody)")
    run = tmp_path_factory.mktemp("spamd")
    os.chmod(run, 0o755)
    port = free_port()
    pidfile = run / "spamd.pid"
    subprocess.run(
        ["spamd", "-d", "-L", "-i", "127.0.0.1", "-p", str(port), "-u", "nobody", "--pidfile", str(pidfile),
         "--max-children", "2", "--syslog", str(run / "spamd.log"), "--cf", "use_bayes 0"],
        check=True, timeout=120, env={**os.environ, "HOME": str(run)},
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.2)
    else:
        pytest.fail(f"spamd did not start: {(run / 'spamd.log').read_text(errors='replace')[-2000:]}")
    try:
        yield port
    finally:
        if pidfile.exists():
            subprocess.run(["kill", pidfile.read_text().strip()], check=False)


def emails() -> Iterator[tuple[str, bytes]]:
    for number, (candidate, people, occasion) in enumerate(WORLD):
        for person in people:
            thank_you_id = make_msgid(domain="example.org")
            for kind in ("thank_you", "follow_up", "follow_up_2"):
                draft = compose(kind, candidate, person, occasion, panel=people)
                follow = kind != "thank_you"
                message = compose_email(
                    sender_name=candidate.name, sender_address=candidate.email, recipient_name=person.name,
                    recipient_address=person.email, subject=draft.subject, body=draft.body,
                    message_id=make_msgid(domain="example.org") if follow else thank_you_id, date=DATE,
                    in_reply_to=thank_you_id if follow else "",
                )  # fmt: skip
                yield f"{number}-{person.name}-{kind}", message.as_bytes()


def score(port: int, eml: bytes) -> float:
    result = subprocess.run(
        ["spamc", "-d", "127.0.0.1", "-p", str(port), "-c"], input=eml, capture_output=True, timeout=60
    )
    text = result.stdout.decode().strip()
    return float(text.split("/")[0])


def test_every_generated_email_scores_below_one_with_spamassassin(spamd: int, tmp_path: Path) -> None:
    scores = {name: score(spamd, eml) for name, eml in emails()}
    assert len(scores) >= 60
    too_high = {name: value for name, value in scores.items() if value >= THRESHOLD}
    assert not too_high, too_high
