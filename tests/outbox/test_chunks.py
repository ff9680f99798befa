"""``outbox.chunks.read_due`` reads what the ORM would (every value of the message, its person
and its interview), exactly the messages ``dispatch.due`` selects, and a pass touches no
column it did not read (each would be one more query a message)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lastimpression.outbox.chunks import read_due
from lastimpression.outbox.dispatch import dispatch, due
from lastimpression.outbox.models import Message
from tests.conftest import Clock
from tests.outbox.conftest import THANK_YOU_SLOT, Cli, SmtpServer, draft_thank_yous, send


def _values(instance: object) -> dict[str, object]:
    return {key: value for key, value in vars(instance).items() if not key.startswith("_")}


def test_read_due_reads_what_the_orm_reads_and_only_what_is_due(
    cli: Cli, lyon_panel: int, clock: Clock, smtp_server: SmtpServer, configure: Callable[..., None]
) -> None:
    configure(smtp=smtp_server.settings())
    claire, julien = draft_thank_yous(cli, lyon_panel)
    for message in (claire, julien):
        assert send(cli, message).exit_code == 0
    Message.objects.filter(pk=julien.pk).update(edited=True, forced=True)
    # A panel's messages leave a random 2-7 minutes apart: "now" is once both are due.
    slots = Message.objects.filter(pk__in=(claire.pk, julien.pk)).values_list("scheduled_at", flat=True)
    now = clock.at(max(slot for slot in slots if slot is not None) + timedelta(minutes=1))
    assert now >= THANK_YOU_SLOT
    ids = [julien.pk, claire.pk, 10**9]
    read = read_due(ids, now)
    assert [message.pk for message in read] == [julien.pk, claire.pk]  # in the order asked
    orm = {message.pk: message for message in Message.objects.filter(pk__in=ids).select_related("person", "interview")}
    for message in read:
        expected = orm[message.pk]
        for ours, theirs in (
            (message, expected),
            (message.person, expected.person),
            (message.interview, expected.interview),
        ):
            values = _values(ours)
            assert values == {key: value for key, value in _values(theirs).items() if key in values}
            assert set(_values(theirs)) - set(values) == ours.get_deferred_fields()  # loaded if touched
    assert read[0].edited is True and read[0].interview.end == orm[julien.pk].interview.end
    # Whatever ``due`` leaves out, read_due leaves out.
    for change in ({"late": True}, {"written_at": now}, {"next_attempt_at": now + timedelta(minutes=1)},
                   {"status": "sending"}, {"scheduled_at": now + timedelta(seconds=1)}):  # fmt: skip
        Message.objects.filter(pk=julien.pk).update(**change)
        assert [message.pk for message in read_due(ids, now)] == [claire.pk]
        assert list(Message.objects.filter(due(now), pk__in=ids).values_list("pk", flat=True)) == [claire.pk]
        Message.objects.filter(pk=julien.pk).update(late=False, written_at=None, next_attempt_at=None,
                                                    status="scheduled", scheduled_at=julien.scheduled_at)  # fmt: skip


def _thank_yous_scheduled(cli: Cli, count: int) -> list[Message]:
    """``count`` interviews of one person each, their thank-yous scheduled (one message each: a
    pass sends them all, none held apart as a panel's would be)."""
    messages = []
    for index in range(count):
        made = cli(
            "interview", "add", "--company", f"Entreprise {index}", "--role", "Ingénieure data",
            "--start", "2026-12-03T14:00", "--duration", "75", "--decision-in", "2 semaines",
        )  # fmt: skip
        interview = int(made.stdout.strip().splitlines()[-1])
        assert cli("person", "add", str(interview), "--name", f"Léa Bernard {index}",
                   "--email", f"lea{index}@example.org").exit_code == 0  # fmt: skip
        (message,) = draft_thank_yous(cli, interview)
        assert send(cli, message).exit_code == 0
        messages.append(message)
    return messages


def test_a_pass_reads_its_messages_in_a_few_queries_whatever_their_number(
    cli: Cli, lyon_panel: int, clock: Clock, smtp_server: SmtpServer, configure: Callable[..., None]
) -> None:
    configure(smtp=smtp_server.settings())
    _thank_yous_scheduled(cli, 6)
    with CaptureQueriesContext(connection) as queries:
        reports = dispatch(clock.at(THANK_YOU_SLOT + timedelta(minutes=5)))
    assert [report.outcome for report in reports] == ["sent"] * 6 and len(smtp_server.arrived) == 6
    # Django's own statements (the ledger's go straight to SQLite outside a test's transaction,
    # here through Django's cursor): a fixed number for the pass, and the ledger's per message.
    per_message = [query["sql"] for query in queries.captured_queries if "outbox_message" in query["sql"]]
    assert len(queries.captured_queries) < 30 + 6 * 6, [query["sql"][:80] for query in queries.captured_queries]
    assert not any(
        " WHERE " in sql and '"outbox_message"."id" = ' in sql and sql.startswith("SELECT") for sql in per_message
    )


def test_a_pass_of_several_chunks_sends_each_message_once_in_order(
    cli: Cli, lyon_panel: int, clock: Clock, smtp_server: SmtpServer, configure: Callable[..., None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from django.conf import settings

    from lastimpression.outbox import dispatch as dispatch_module
    from lastimpression.outbox.journal import FOLDER

    configure(smtp=smtp_server.settings())
    monkeypatch.setattr(dispatch_module._Pass, "CHUNK", 2)  # five messages: three chunks
    messages = _thank_yous_scheduled(cli, 5)
    reports = dispatch(clock.at(THANK_YOU_SLOT + timedelta(minutes=5)))
    assert [(report.message_id, report.outcome) for report in reports] == [(m.pk, "sent") for m in messages]
    assert [arrived.rcpt_tos for arrived in smtp_server.arrived] == [[m.to] for m in messages]
    assert set(Message.objects.filter(pk__in=[m.pk for m in messages]).values_list("status", flat=True)) == {"sent"}
    assert list((Path(settings.HOME) / FOLDER).glob("*.log")) == []


def test_the_plan_and_the_panels_read_in_plain_sql_are_what_the_orm_reads(cli: Cli, lyon_panel: int) -> None:
    """``ledger.plan_rows`` and ``Standings.read_panels`` skip the ORM: same rows, same order,
    same values (aware instants, dates), in batches past 500 interviews."""
    from django.utils import timezone

    from lastimpression.core.panel import main_contact_of_rows
    from lastimpression.interviews.models import Person
    from lastimpression.outbox.follow import Standings
    from lastimpression.outbox.ledger import _BATCH, plan_rows
    from lastimpression.planning.models import Action

    follow_up = Action.objects.filter(interview_id=lyon_panel, kind="follow_up").first()
    assert follow_up is not None
    Action.objects.filter(pk=follow_up.pk).update(
        snoozed_until=follow_up.due + timedelta(days=2, microseconds=5), promised=follow_up.due.date()
    )
    kinds = ["thank_you", "follow_up", "linkedin"]
    columns = ("id", "interview_id", "person_id", "kind", "status", "due", "snoozed_until", "timezone", "promised")
    orm = list(Action.objects.filter(interview_id__in=[lyon_panel], kind__in=kinds).values_list(*columns))
    ours = plan_rows([lyon_panel, 10**9], kinds)
    assert len(orm) >= 3
    assert [tuple(getattr(row, "pk" if name == "id" else name) for name in columns) for row in ours] == orm
    snoozed = next(row for row in ours if row.kind == "follow_up")
    assert timezone.is_aware(snoozed.due) and snoozed.snoozed_until == follow_up.due + timedelta(days=2, microseconds=5)
    assert snoozed.promised == follow_up.due.date()
    # Past one batch: the ids beyond it are read too.
    many = [*range(10**8, 10**8 + _BATCH + 3), lyon_panel]
    assert [row.pk for row in plan_rows(many, kinds)] == [row[0] for row in orm]

    standings = Standings(follow_up.due)
    standings.read_panels([lyon_panel, 10**9])
    people = list(
        Person.objects.filter(interview_id=lyon_panel).order_by("id").values("id", "title", "email", "main_contact")
    )
    assert standings._main_contacts == {lyon_panel: main_contact_of_rows(people), 10**9: None}
    chosen = people[-1]["id"]
    Person.objects.filter(pk=chosen).update(main_contact=True)
    standings.read_panels([lyon_panel])
    assert standings._main_contacts[lyon_panel] == chosen != main_contact_of_rows(people)
