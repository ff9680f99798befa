"""``send``: when a message is scheduled, what refuses it, and how a panel is spread out."""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from lastimpression.outbox.models import Message
from lastimpression.outbox.sending import schedule
from tests.outbox.conftest import AFTER_INTERVIEW, THANK_YOU_SLOT, Cli, Clock, draft_thank_yous, send


def test_a_thank_you_is_scheduled_at_the_plans_slot_in_the_recipients_zone(
    cli: Cli, lyon_panel: int, clock: Clock, configure: Callable[..., None]
) -> None:
    claire = draft_thank_yous(cli, lyon_panel)[0]
    result = send(cli, claire, "--json")
    assert result.exit_code == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["status"] == "scheduled"
    assert shown["scheduled_at"] == THANK_YOU_SLOT.isoformat()  # Thursday 16:15 in Paris
    human = send(cli, claire)
    assert "16:15:00 (Europe/Paris)" in human.stdout


def test_a_slot_already_passed_becomes_the_next_business_slot(
    cli: Cli, lyon_panel: int, clock: Clock, configure: Callable[..., None]
) -> None:
    claire = draft_thank_yous(cli, lyon_panel)[0]
    clock.now = datetime(2026, 12, 3, 18, 30, tzinfo=UTC)  # 19:30 in Paris, after closing
    assert send(cli, claire).exit_code == 0
    claire.refresh_from_db()
    assert claire.scheduled_at == datetime(2026, 12, 4, 8, 0, tzinfo=UTC)  # Friday 09:00 in Paris


def test_a_panel_leaves_two_to_seven_minutes_apart_never_in_the_same_second(
    cli: Cli, lyon_panel: int, clock: Clock, configure: Callable[..., None]
) -> None:
    cli("person", "add", str(lyon_panel), "--name", "Sophie Bernard", "--email", "sophie.bernard@example.org")
    for seed in range(20):
        Message.objects.all().delete()
        messages = draft_thank_yous(cli, lyon_panel)
        assert len(messages) == 3
        times = [schedule(m.id, at=None, now=clock.now, rng=random.Random(seed)).at for m in messages]
        assert times[0] == THANK_YOU_SLOT
        gaps = [(later - earlier).total_seconds() for earlier, later in itertools.pairwise(times)]
        assert all(120 <= gap <= 420 for gap in gaps), gaps
        assert len({time.replace(microsecond=0) for time in times}) == 3


def test_an_explicit_time_shared_by_a_panel_is_spread_and_said(
    cli: Cli, lyon_panel: int, clock: Clock, configure: Callable[..., None]
) -> None:
    claire, julien = draft_thank_yous(cli, lyon_panel)
    assert send(cli, claire, "--at", "2026-12-04T10:00").exit_code == 0
    moved = send(cli, julien, "--at", "2026-12-04T10:00")
    assert moved.exit_code == 0
    assert "Décalé du" in moved.stderr  # the profile speaks French
    claire.refresh_from_db()
    julien.refresh_from_db()
    assert claire.scheduled_at == datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
    assert claire.scheduled_at and julien.scheduled_at
    assert 120 <= (julien.scheduled_at - claire.scheduled_at).total_seconds() <= 420


def test_lint_errors_refuse_the_message_unless_forced(
    cli: Cli, lyon_panel: int, clock: Clock, configure: Callable[..., None]
) -> None:
    claire = draft_thank_yous(cli, lyon_panel)[0]
    Message.objects.filter(pk=claire.pk).update(body=claire.body.replace("Madame Martin", "[Nom]", 1))
    refused = send(cli, claire)
    assert refused.exit_code == 1
    assert "LI001 error" in refused.stderr and "--force" in refused.stderr
    assert Message.objects.get(pk=claire.pk).status == "draft"
    forced = send(cli, claire, "--force")
    assert forced.exit_code == 0, forced.stderr
    assert Message.objects.get(pk=claire.pk).status == "scheduled"


def test_a_saturday_slot_is_accepted_with_an_li016_warning(
    cli: Cli, lyon_panel: int, clock: Clock, configure: Callable[..., None]
) -> None:
    claire = draft_thank_yous(cli, lyon_panel)[0]
    result = send(cli, claire, "--at", "2026-12-05T10:00")
    assert result.exit_code == 0
    assert "LI016 warning" in result.stderr and "week-end" in result.stderr


@pytest.mark.parametrize(
    ("args", "status", "words"),
    [
        (("--at", "2026-12-01T10:00"), 1, "--at: "),
        (("--at", "tomorrow"), 1, "--at"),
        (("--at", "2026-12-04T10:00", "--now"), 2, "cannot be used together"),
    ],
)
def test_bad_times_are_refused_naming_the_option(
    cli: Cli,
    lyon_panel: int,
    clock: Clock,
    configure: Callable[..., None],
    args: tuple[str, ...],
    status: int,
    words: str,
) -> None:
    claire = draft_thank_yous(cli, lyon_panel)[0]
    result = send(cli, claire, *args)
    assert result.exit_code == status
    assert words in result.stderr


def test_linkedin_notes_and_sent_messages_cannot_be_sent(
    cli: Cli, lyon_panel: int, clock: Clock, configure: Callable[..., None]
) -> None:
    cli("draft", str(lyon_panel), "--kind", "linkedin", "--profile-polished")
    note = Message.objects.filter(kind="linkedin").first()
    assert note is not None
    result = cli("send", str(note.id))
    assert result.exit_code == 1 and "LinkedIn" in result.stderr
    claire = draft_thank_yous(cli, lyon_panel)[0]
    assert cli("message", "sent", str(claire.id)).exit_code == 0
    again = send(cli, claire)
    # The status in words ("envoyé" in French), never the stored code "sent".
    assert again.exit_code == 1 and "message: " in again.stderr and "«\u00a0envoyé\u00a0»" in again.stderr
    assert cli("send", "999").exit_code == 1


def test_send_now_without_smtp_writes_the_file_and_says_it_was_not_sent(
    cli: Cli, lyon_panel: int, clock: Clock, configure: Callable[..., None]
) -> None:
    claire = draft_thank_yous(cli, lyon_panel)[0]
    clock.now = AFTER_INTERVIEW + timedelta(hours=1)
    result = send(cli, claire, "--now")
    assert result.exit_code == 0, result.stderr
    assert "NON ENVOYÉ" in result.stdout and f"lastimpression message sent {claire.id}" in result.stdout
    assert "mailto:claire.martin@example.org?subject=" in result.stdout
