"""The sending journal of a chunk (``outbox.journal``): what it says, and what recovery makes of
a journal a pass left behind once its chunk was recorded. The states of a chunk killed in the
middle, with real processes, are in tests/e2e/test_kill_journal.py."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.conf import settings

from lastimpression.outbox import journal
from lastimpression.outbox.dispatch import dispatch
from lastimpression.outbox.models import Message
from tests.conftest import Clock
from tests.outbox import test_fault_matrix_in_a_batch as in_a_batch
from tests.outbox.conftest import THANK_YOU_SLOT, Cli, SmtpServer, draft_thank_yous, send

two_panels = in_a_batch.two_panels  # two thank-yous of two interviews, due at the same slot


def _gone_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_what_a_journal_says_and_a_line_cut_short_marks_it_damaged(tmp_path: Path) -> None:
    at = datetime(2026, 12, 3, 15, 15, 0, 123456, tzinfo=UTC)
    path = journal.path_of(tmp_path, "smtp:here:42", at)
    assert path is not None and path.name == f"here-42-{journal.micros(at)}.log"
    written = journal.Journal(path)
    assert journal.in_hand(path)
    written.attempt(7, 3)
    written.sent(7, 3, at, "copy refused: x@example.org: 550\n5.1.1 no")
    written.attempt(8, 1)
    written.refused(8, 1, True, "550 5.1.1 No such user")
    written.attempt(9, 4)
    written.release()
    assert not journal.in_hand(path)
    chunk = journal.read(path)
    assert chunk is not None and not chunk.damaged
    assert chunk.of(7, 3) == journal.Entry("sent", at=at, words="copy refused: x@example.org: 550 5.1.1 no")
    assert chunk.of(8, 1) == journal.Entry("refused", words="550 5.1.1 No such user", permanent=True)
    assert chunk.of(9, 4) == journal.Entry("attempt")
    assert chunk.of(9, 3) is None  # another claim of the same message: not this one
    with path.open("ab") as output:
        output.write(b"sent 9 4 17")  # cut short by a crash of the disk, not by a kill
    damaged = journal.read(path)
    assert damaged is not None and damaged.damaged and damaged.of(9, 4) == journal.Entry("attempt")
    path.write_bytes(b"sent nine 4 1 x\n")
    assert journal.read(path) == journal.Chunk(damaged=True)
    assert journal.read(tmp_path / "missing.log") is None


def test_a_pass_leaves_no_journal_and_one_left_after_its_chunk_was_recorded_changes_nothing(
    cli: Cli, lyon_panel: int, clock: Clock, smtp_server: SmtpServer, configure: Callable[..., None]
) -> None:
    configure(smtp=smtp_server.settings())
    claire, _ = draft_thank_yous(cli, lyon_panel)
    assert send(cli, claire).exit_code == 0
    (report,) = dispatch(clock.at(THANK_YOU_SLOT + timedelta(minutes=5)))
    assert report.outcome == "sent"
    folder = Path(settings.HOME) / journal.FOLDER
    assert list(folder.glob("*.log")) == []
    # A process killed between the commit of its chunk's outcomes and the journal's removal.
    sent = Message.objects.get(pk=claire.pk)
    claimer = f"smtp:{socket.gethostname()}:{_gone_pid()}"
    path = journal.path_of(settings.HOME, claimer, clock.now - timedelta(seconds=1))
    assert path is not None
    path.write_text(f"attempt {sent.pk} {sent.version - 1}\nsent {sent.pk} {sent.version - 1} 0 \n")
    alive = journal.path_of(settings.HOME, f"smtp:{socket.gethostname()}:1", clock.now)  # init: alive
    assert alive is not None
    alive.write_text("")
    assert dispatch(clock.advance(minutes=1)) == []
    assert Message.objects.get(pk=claire.pk).status == "sent" and len(smtp_server.arrived) == 1
    assert sorted(folder.glob("*.log")) == [alive]  # the dead one's removed, a live one's kept


def test_ctrl_c_between_two_messages_records_what_left_and_hands_the_rest_back(
    cli: Cli, clock: Clock, smtp_server: SmtpServer, configure: Callable[..., None],
    two_panels: tuple[Message, Message],
) -> None:  # fmt: skip
    first, second = two_panels
    configure(smtp=smtp_server.settings())
    for message in two_panels:
        assert send(cli, message).exit_code == 0
    asked: list[bool] = []

    def ctrl_c_before_the_second() -> bool:
        asked.append(True)
        if len(asked) == 2:
            raise KeyboardInterrupt
        return False

    with pytest.raises(KeyboardInterrupt):
        dispatch(clock.at(THANK_YOU_SLOT), should_stop=ctrl_c_before_the_second)
    statuses = dict(Message.objects.values_list("pk", "status"))
    assert statuses == {first.pk: "sent", second.pk: "scheduled"} and len(smtp_server.arrived) == 1
    assert list((Path(settings.HOME) / journal.FOLDER).glob("*.log")) == []
    (report,) = dispatch(clock.advance(minutes=1))
    assert (report.message_id, report.outcome) == (second.pk, "sent") and len(smtp_server.arrived) == 2
