"""What the fast dispatch must keep true: the e-mail prepared at scheduling time is the one sent
unless something changed since; an edit made while a pass runs wins; a pass stopped between
recording a message sent and completing its plan is completed by the next one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from email.utils import parseaddr

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lastimpression.interviews.models import Profile
from lastimpression.outbox.dispatch import dispatch
from lastimpression.outbox.ledger import unsettled
from lastimpression.outbox.models import Message
from lastimpression.outbox.transport import PLAIN_ADDRESS
from lastimpression.planning.models import Action
from tests.outbox.conftest import THANK_YOU_SLOT, Cli, Clock, SmtpServer, dispatch_all, draft_thank_yous, send


def scheduled(cli: Cli, interview_id: int, smtp_server: SmtpServer, configure: Callable[..., None]) -> list[Message]:
    configure(smtp=smtp_server.settings())
    messages = draft_thank_yous(cli, interview_id)
    for message in messages:
        assert send(cli, message).exit_code == 0
    return [Message.objects.select_related("person").get(pk=message.pk) for message in messages]


def test_scheduling_prepares_the_email_and_the_prepared_email_is_what_arrives(
    cli: Cli, lyon_panel: int, clock: Clock, smtp_server: SmtpServer, configure: Callable[..., None]
) -> None:
    claire, _ = scheduled(cli, lyon_panel, smtp_server, configure)
    assert claire.prepared.startswith("Message-ID: ") and len(claire.prepared_key) == 64
    assert "Date:" not in claire.prepared
    dispatch_all(clock, THANK_YOU_SLOT + timedelta(minutes=10))
    arrived = smtp_server.arrived[0].data.decode("utf-8")
    assert arrived.startswith("Date: Thu, 03 Dec 2026 15:25:00 +0000\r\n")
    assert arrived.removeprefix(arrived.split("\r\n", 1)[0] + "\r\n") == claire.prepared


def test_an_edit_after_scheduling_is_what_arrives_not_the_prepared_email(
    cli: Cli, lyon_panel: int, clock: Clock, smtp_server: SmtpServer, configure: Callable[..., None]
) -> None:
    claire, julien = scheduled(cli, lyon_panel, smtp_server, configure)
    claire.body = claire.body.replace("Bonjour", "Bonsoir")
    claire.save(update_fields=["body", "updated_at"])
    julien.person.name = "Julien Moreau-Petit"
    julien.person.save()
    Profile.objects.update(name="Camille Durand-Roy")
    dispatch_all(clock, THANK_YOU_SLOT + timedelta(minutes=10))
    first, second = (arrived.email for arrived in smtp_server.arrived)
    assert first.get_content().startswith("Bonsoir Madame Martin,")
    assert second["To"] == "Julien Moreau-Petit <julien.moreau@example.org>"
    assert first["From"] == second["From"] == "Camille Durand-Roy <camille.durand@example.org>"


def test_a_pass_stopped_before_completing_the_plan_is_completed_by_the_next_pass(
    cli: Cli, lyon_panel: int, clock: Clock, smtp_server: SmtpServer, configure: Callable[..., None]
) -> None:
    claire, julien = scheduled(cli, lyon_panel, smtp_server, configure)
    dispatch_all(clock, THANK_YOU_SLOT + timedelta(minutes=10))
    # As a crash between the two writes would leave it: sent, the plan untouched.
    Action.objects.filter(interview_id=lyon_panel, kind="thank_you").update(status="pending", completed_at=None)
    Action.objects.filter(interview_id=lyon_panel, kind="follow_up").update(promised=None)
    assert {message.pk for message in unsettled()} == {claire.pk, julien.pk}
    assert dispatch(clock.advance(minutes=5)) == []
    done = Action.objects.filter(interview_id=lyon_panel, kind="thank_you")
    assert {action.status for action in done} == {"done"}
    sent_at = set(Message.objects.filter(pk__in=[claire.pk, julien.pk]).values_list("sent_at", flat=True))
    assert {action.completed_at for action in done} == sent_at and len(sent_at) == 2
    # Decision Thursday 17 December: the business day after is Friday 18, moved mid-week (issue 15).
    assert str(Action.objects.get(interview_id=lyon_panel, kind="follow_up").promised) == "2026-12-22"
    assert unsettled() == [] and len(smtp_server.arrived) == 2


def test_a_bounced_message_is_not_taken_for_an_unsettled_one(
    cli: Cli, lyon_panel: int, clock: Clock, smtp_server: SmtpServer, configure: Callable[..., None]
) -> None:
    claire, _ = scheduled(cli, lyon_panel, smtp_server, configure)
    dispatch_all(clock, THANK_YOU_SLOT + timedelta(minutes=10))
    Message.objects.filter(pk=claire.pk).update(status="bounced")
    Action.objects.filter(person=claire.person, kind="thank_you").update(status="pending", completed_at=None)
    dispatch(clock.advance(minutes=5))
    assert Action.objects.get(person=claire.person, kind="thank_you").status == "pending"


@given(st.from_regex(PLAIN_ADDRESS, fullmatch=True))
def test_a_plain_address_is_one_the_address_parser_leaves_as_it_is(address: str) -> None:
    # check_recipient and the SMTP commands skip parseaddr for these: it must agree.
    assert parseaddr(address) == ("", address)


def test_a_panel_due_at_once_leaves_minutes_apart_and_dispatch_says_when(
    cli: Cli, lyon_panel: int, clock: Clock, smtp_server: SmtpServer, configure: Callable[..., None]
) -> None:
    claire, julien = scheduled(cli, lyon_panel, smtp_server, configure)
    clock.at(THANK_YOU_SLOT + timedelta(minutes=30))  # the laptop woke up: both are due
    result = cli("dispatch")
    assert result.exit_code == 0, result.stderr
    first, second = result.stdout.splitlines()
    assert first == f"{claire.pk}  Claire Martin  envoyé"
    moved = Message.objects.get(pk=julien.pk)
    assert moved.status == "scheduled" and 120 <= (moved.scheduled_at - clock.now).total_seconds() <= 420
    assert second.startswith(f"{julien.pk}  Julien Moreau  part quelques minutes après le message précédent du panel (")
    assert len(smtp_server.arrived) == 1
    assert cli("dispatch").stdout == ""  # not before its new time
    clock.at(moved.scheduled_at)
    assert cli("dispatch").stdout.splitlines() == [f"{julien.pk}  Julien Moreau  envoyé"]


def test_outside_any_transaction_the_ledger_commits_on_sqlite_itself_and_an_error_undoes_its_writes(
    transactional_db: None, cli: Cli, lyon_panel: int, clock: Clock, smtp_server: SmtpServer,
    configure: Callable[..., None],
) -> None:  # fmt: skip
    from django.db import connection

    from lastimpression.outbox import ledger as ledger_module
    from lastimpression.outbox.ledger import Outcome, claim, record

    claire, julien = scheduled(cli, lyon_panel, smtp_server, configure)
    assert connection.vendor == "sqlite" and not connection.in_atomic_block  # the pass's own path
    assert claim("smtp:here:1", [claire], clock.advance(minutes=45)) == [claire]
    with pytest.raises(RuntimeError), ledger_module._transaction() as writer:
        assert writer.execute("UPDATE outbox_message SET subject = %s WHERE id = %s", ["changed", julien.pk]) == 1
        raise RuntimeError("the pass failed in the middle of a transaction")
    assert Message.objects.get(pk=julien.pk).subject == julien.subject  # rolled back
    assert not connection.connection.in_transaction
    assert claim("smtp:here:1", [julien], clock.advance(seconds=1)) == [julien]
    record("smtp:here:1", [Outcome(claire, clock.now, attempted=True, sent=True)], None)
    statuses = dict(Message.objects.filter(pk__in=[claire.pk, julien.pk]).values_list("pk", "status"))
    assert statuses == {claire.pk: "sent", julien.pk: "sending"}
    assert Action.objects.get(person_id=claire.person_id, kind="thank_you").status == "done"
    assert not claim("smtp:elsewhere:2", [julien], clock.now)  # already ours: no second claim


@given(st.datetimes(timezones=st.timezones()))
def test_the_ledgers_instants_are_the_text_django_stores_so_the_claims_comparison_matches(instant: datetime) -> None:
    from django.db import connection

    from lastimpression.outbox.ledger import _instant

    assert _instant(instant) == connection.ops.adapt_datetimefield_value(instant)


def test_a_database_locked_by_another_program_is_djangos_error_and_the_claim_is_not_made(
    transactional_db: None, cli: Cli, lyon_panel: int, clock: Clock, smtp_server: SmtpServer,
    configure: Callable[..., None],
) -> None:  # fmt: skip
    import sqlite3

    from django.db import OperationalError, connection

    from lastimpression.outbox.ledger import claim

    claire, _ = scheduled(cli, lyon_panel, smtp_server, configure)
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program (an import, the web UI) is writing
        with pytest.raises(OperationalError, match="locked"):
            claim("smtp:here:1", [claire], clock.advance(minutes=45))
        assert not connection.connection.in_transaction
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert Message.objects.get(pk=claire.pk).status == "scheduled"
    assert claim("smtp:here:1", [claire], clock.now) == [claire]  # once the other is done


def test_a_panel_message_that_did_not_leave_does_not_hold_the_next_one_back(
    cli: Cli, lyon_panel: int, clock: Clock, smtp_server: SmtpServer, configure: Callable[..., None]
) -> None:
    claire, julien = scheduled(cli, lyon_panel, smtp_server, configure)
    Message.objects.filter(pk=claire.pk).update(to="claire martin at lumiere")  # fails before SMTP
    reports = dispatch(clock.at(THANK_YOU_SLOT + timedelta(minutes=30)))
    assert [(report.message_id, report.outcome) for report in reports] == [(claire.pk, "failed"), (julien.pk, "sent")]
    assert [arrived.rcpt_tos for arrived in smtp_server.arrived] == [[julien.to]]
