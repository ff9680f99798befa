"""Sending over SMTP to an in-process server: what arrives, once, and what a failure leaves."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from datetime import timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import pytest

from lastimpression.outbox.dispatch import dispatch
from lastimpression.outbox.models import Message
from lastimpression.planning.models import Action
from tests.outbox.conftest import THANK_YOU_SLOT, Cli, Clock, SmtpServer, dispatch_all, draft_thank_yous, send


def scheduled_panel(cli: Cli, lyon_panel: int) -> list[Message]:
    messages = draft_thank_yous(cli, lyon_panel)
    for message in messages:
        assert send(cli, message).exit_code == 0
    return [Message.objects.select_related("person").get(pk=message.pk) for message in messages]


def test_a_thank_you_arrives_once_with_its_headers_and_words(
    cli: Cli, lyon_panel: int, clock: Clock, smtp: SmtpServer
) -> None:
    claire, julien = scheduled_panel(cli, lyon_panel)
    clock.now = THANK_YOU_SLOT + timedelta(minutes=10)
    reports = dispatch(clock.now)
    # Both are due (a pass that ran late): the panel still leaves minutes apart (PRODUCT.md §4).
    assert [(report.message_id, report.outcome) for report in reports] == [(claire.pk, "sent"), (julien.pk, "spaced")]
    julien_leaves = reports[1].at
    assert julien_leaves is not None and 120 <= (julien_leaves - clock.now).total_seconds() <= 420
    assert len(smtp.arrived) == 1
    arrived = smtp.arrived[0]
    assert arrived.mail_from == "camille.durand@example.org" and arrived.rcpt_tos == ["claire.martin@example.org"]
    email = arrived.email
    assert email["Message-ID"] == claire.message_id_header
    assert email["From"] == "Camille Durand <camille.durand@example.org>"
    assert email["To"] == "Claire Martin <claire.martin@example.org>"
    # The subject carries the interview's date (CRAFT R12, issue 15).
    assert email["Subject"] == "Merci – Ingénieure data, entretien du 3 décembre"
    assert "=?utf-8?" in arrived.data.decode("ascii").split("Subject:")[1].splitlines()[0]
    assert email["Date"] and email.get_content_type() == "text/plain" and email.get_content_charset() == "utf-8"
    assert email.get_content().startswith("Bonjour Madame Martin,")
    # Sent the afternoon of the interview: "cet après-midi", not the day's date (issue 15); it
    # promises the follow-up day: decision Thursday 17 December, the business day after is
    # Friday 18, moved mid-week to Tuesday 22.
    assert "cet après-midi" in email.get_content() and "jeudi 3 décembre" not in email.get_content()
    assert "mardi 22 décembre" in email.get_content()
    assert "X-Unsent" not in email
    claire.refresh_from_db()
    assert claire.status == "sent" and claire.sent_at == clock.now and claire.attempts == 1
    # The thank-you sent marks the plan's action done and pins the promised follow-up date.
    action = Action.objects.get(interview_id=lyon_panel, person=claire.person, kind="thank_you")
    assert action.status == "done"
    assert str(Action.objects.get(interview_id=lyon_panel, kind="follow_up").promised) == "2026-12-22"
    assert dispatch(clock.at(julien_leaves - timedelta(seconds=1))) == [] and len(smtp.arrived) == 1
    assert [report.outcome for report in dispatch(clock.at(julien_leaves))] == ["sent"]
    dates = [parsedate_to_datetime(str(mail.email["Date"])) for mail in smtp.arrived]
    assert (dates[1] - dates[0]).total_seconds() >= 120
    assert dispatch(clock.advance(minutes=5)) == [] and len(smtp.arrived) == 2


def test_one_connection_serves_the_batch_and_copy_to_self_is_an_envelope_recipient(
    cli: Cli, lyon_panel: int, clock: Clock, smtp: SmtpServer, configure: Callable[..., None]
) -> None:
    configure(smtp={"copy_to_self": True})
    scheduled_panel(cli, lyon_panel)
    dispatch_all(clock, THANK_YOU_SLOT + timedelta(minutes=10))
    assert [arrived.rcpt_tos for arrived in smtp.arrived] == [
        ["claire.martin@example.org", "camille.durand@example.org"],
        ["julien.moreau@example.org", "camille.durand@example.org"],
    ]
    assert all("camille" not in (arrived.email["To"] or "") and "Bcc" not in arrived.email for arrived in smtp.arrived)


def test_login_happens_with_the_password_from_the_environment_setting(
    cli: Cli, lyon_panel: int, clock: Clock, smtp: SmtpServer, configure: Callable[..., None]
) -> None:
    configure(smtp={"username": "camille", "password": "secret"})
    scheduled_panel(cli, lyon_panel)
    assert [r.outcome for r in dispatch_all(clock, THANK_YOU_SLOT + timedelta(minutes=10))] == ["sent", "sent"]


def test_a_wrong_password_fails_every_due_message_at_once_in_plain_words(
    cli: Cli, lyon_panel: int, clock: Clock, smtp: SmtpServer, configure: Callable[..., None]
) -> None:
    configure(smtp={"username": "camille", "password": "wrong"})
    scheduled_panel(cli, lyon_panel)
    reports = dispatch_all(clock, THANK_YOU_SLOT + timedelta(minutes=10))
    assert [report.outcome for report in reports] == ["failed", "failed"]
    for message in Message.objects.all():
        assert message.status == "failed"
        assert "wrong user name or password" in message.last_error or "mot de passe refusé" in message.last_error
        assert "535" in message.last_error
        assert "wrong" not in message.last_error.split("said")[-1] or "535" in message.last_error
    assert smtp.arrived == []


def test_a_permanent_refusal_fails_at_once_with_the_servers_words(
    cli: Cli, lyon_panel: int, clock: Clock, smtp: SmtpServer
) -> None:
    smtp.behaviour.rcpt = "550 5.1.1 <claire.martin@example.org>: Recipient address rejected: User unknown"
    claire, _ = scheduled_panel(cli, lyon_panel)
    reports = dispatch_all(clock, THANK_YOU_SLOT + timedelta(minutes=10))
    assert [report.outcome for report in reports] == ["failed", "failed"]
    claire.refresh_from_db()
    assert claire.status == "failed" and claire.attempts == 1
    assert "550 5.1.1 <claire.martin@example.org>: Recipient address rejected: User unknown" in claire.last_error
    assert Action.objects.get(person=claire.person, kind="thank_you").status == "pending"


@pytest.mark.parametrize(
    "answer", [{"data": "450 4.2.0 Mailbox busy, try later"}, {"rcpt": "421 4.7.0 Too many connections"}],
    ids=["450 on DATA", "421 on RCPT"],
)  # fmt: skip
def test_temporary_failures_are_retried_after_1_5_15_60_minutes_then_fail(
    cli: Cli, lyon_panel: int, clock: Clock, smtp: SmtpServer, answer: dict[str, Any]
) -> None:
    for key, value in answer.items():
        setattr(smtp.behaviour, key, value)
    draft = draft_thank_yous(cli, lyon_panel)[0]
    assert send(cli, draft).exit_code == 0
    clock.now = THANK_YOU_SLOT
    waits = []
    for _ in range(4):
        (report,) = dispatch(clock.now)
        assert report.outcome == "retry" and report.at is not None
        waits.append(report.at - clock.now)
        assert dispatch(clock.at(clock.now + timedelta(seconds=30))) == []  # not before its time
        clock.now = report.at
    assert waits == [timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15), timedelta(minutes=60)]
    (last,) = dispatch(clock.now)
    message = Message.objects.get(pk=draft.pk)
    assert last.outcome == "failed" and message.status == "failed" and message.attempts == 5
    assert smtp.arrived == []


def test_a_connection_dropped_during_data_leaves_the_message_unknown_and_the_next_one_goes(
    cli: Cli, lyon_panel: int, clock: Clock, smtp: SmtpServer
) -> None:
    """The server closes the connection once it has the whole text, before it answers: the
    message may have been delivered, so it is not retried (a duplicate thank-you, silently);
    the user is asked. The connection is opened again for the rest of the batch."""
    claire, julien = scheduled_panel(cli, lyon_panel)
    smtp.behaviour.drop_during_data = True
    first, spaced = dispatch(clock.at(THANK_YOU_SLOT + timedelta(minutes=10)))
    assert (first.message_id, first.outcome) == (claire.pk, "unknown")
    assert (spaced.message_id, spaced.outcome) == (julien.pk, "spaced") and spaced.at is not None
    assert first.detail.startswith("127.0.0.1:")
    assert "a reçu tout le message sans jamais le confirmer" in first.detail  # the profile speaks French
    claire.refresh_from_db()
    assert claire.status == "unknown" and claire.sent_at is None and smtp.arrived == []
    smtp.behaviour.drop_during_data = False
    assert [(item.message_id, item.outcome) for item in dispatch(clock.at(spaced.at))] == [(julien.pk, "sent")]
    assert dispatch(clock.advance(hours=1)) == []  # Claire's waits for the user, never resent by itself
    assert Message.objects.get(pk=claire.pk).status == "unknown"
    assert [item.rcpt_tos for item in smtp.arrived] == [[julien.to]]


def test_a_refused_connection_is_retried_and_the_rest_of_the_batch_waits_without_an_attempt(
    cli: Cli, lyon_panel: int, clock: Clock, configure: Callable[..., None]
) -> None:
    from tests.outbox.conftest import free_port

    configure(smtp={"host": "127.0.0.1", "port": free_port(), "security": "none", "timeout": 2})
    claire, julien = scheduled_panel(cli, lyon_panel)
    reports = dispatch_all(clock, THANK_YOU_SLOT + timedelta(minutes=10))
    assert [report.outcome for report in reports] == ["retry", "retry"]
    claire.refresh_from_db()
    julien.refresh_from_db()
    assert claire.attempts == 1 and julien.attempts == 0
    assert claire.next_attempt_at == julien.next_attempt_at == THANK_YOU_SLOT + timedelta(minutes=11)
    assert "refused" in claire.last_error or "refusée" in claire.last_error


def test_a_server_that_never_answers_times_out_and_is_retried(
    cli: Cli, lyon_panel: int, clock: Clock, configure: Callable[..., None]
) -> None:
    import socket

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(5)
        configure(smtp={"host": "127.0.0.1", "port": silent.getsockname()[1], "security": "none", "timeout": 1})
        draft = draft_thank_yous(cli, lyon_panel)[0]
        send(cli, draft)
        (report,) = dispatch(clock.at(THANK_YOU_SLOT + timedelta(minutes=1)))
    assert report.outcome == "retry"
    assert "did not answer" in report.detail or "n’a pas répondu" in report.detail


def test_a_row_left_sending_by_a_dead_process_is_never_resent_blindly(
    cli: Cli, lyon_panel: int, clock: Clock, smtp: SmtpServer
) -> None:
    claire, julien = scheduled_panel(cli, lyon_panel)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = f"smtp:{os.uname().nodename}:{gone.stdout.strip()}"
    # The crash: claimed (attempt recorded), then the process died before recording the outcome.
    Message.objects.filter(pk=claire.pk).update(
        status="sending", claimed_by=dead, claimed_at=THANK_YOU_SLOT, attempts=1
    )
    reports = dispatch_all(clock, THANK_YOU_SLOT + timedelta(minutes=10))
    assert {(report.message_id, report.outcome) for report in reports} == {(claire.id, "unknown"), (julien.id, "sent")}
    assert [arrived.rcpt_tos for arrived in smtp.arrived] == [["julien.moreau@example.org"]]
    claire.refresh_from_db()
    assert claire.status == "unknown" and f"message sent {claire.id}" in claire.last_error
    assert dispatch(clock.at(THANK_YOU_SLOT + timedelta(hours=1))) == [] and len(smtp.arrived) == 1


def test_a_message_being_sent_by_a_live_process_is_left_alone_until_its_claim_is_stale(
    cli: Cli, lyon_panel: int, clock: Clock, smtp: SmtpServer
) -> None:
    claire, _ = scheduled_panel(cli, lyon_panel)
    alive = f"smtp:{os.uname().nodename}:{os.getppid()}"
    Message.objects.filter(pk=claire.pk).update(status="sending", claimed_by=alive, claimed_at=THANK_YOU_SLOT)
    first = dispatch(clock.at(THANK_YOU_SLOT + timedelta(minutes=5)))
    assert claire.id not in [report.message_id for report in first]
    later = dispatch(clock.at(THANK_YOU_SLOT + timedelta(minutes=16)))
    assert (claire.id, "unknown") in [(report.message_id, report.outcome) for report in later]
    assert [arrived.rcpt_tos for arrived in smtp.arrived] == [["julien.moreau@example.org"]]


def test_a_slot_missed_by_more_than_two_hours_waits_marked_late_and_a_smaller_delay_goes(
    cli: Cli, lyon_panel: int, clock: Clock, smtp: SmtpServer
) -> None:
    claire, julien = scheduled_panel(cli, lyon_panel)
    Message.objects.filter(pk=julien.pk).update(scheduled_at=THANK_YOU_SLOT + timedelta(hours=1, minutes=30))
    reports = dispatch(clock.at(THANK_YOU_SLOT + timedelta(hours=3)))
    assert {(report.message_id, report.outcome) for report in reports} == {(claire.id, "late"), (julien.id, "sent")}
    claire.refresh_from_db()
    assert claire.status == "scheduled" and claire.late
    assert dispatch(clock.at(THANK_YOU_SLOT + timedelta(hours=4))) == []
    # The user takes it back: send --now clears the flag and sends.
    clock.now = THANK_YOU_SLOT + timedelta(hours=4)
    result = send(cli, claire, "--now")
    assert result.exit_code == 0, result.stderr
    claire.refresh_from_db()
    assert claire.status == "sent" and not claire.late
    assert len(smtp.arrived) == 2


def test_a_follow_up_is_threaded_and_not_sent_once_the_person_replied(
    cli: Cli, lyon_panel: int, clock: Clock, smtp: SmtpServer
) -> None:
    claire, julien = scheduled_panel(cli, lyon_panel)
    dispatch_all(clock, THANK_YOU_SLOT + timedelta(minutes=10))
    result = cli("draft", str(lyon_panel), "--kind", "follow-up", "--json")
    assert result.exit_code == 0, result.stderr
    # One follow-up for the panel, to its main contact: Claire, the first with an address.
    follow_ups = list(Message.objects.filter(kind="follow_up").order_by("id"))
    assert [message.person_id for message in follow_ups] == [claire.person_id]
    clock.now = THANK_YOU_SLOT + timedelta(days=1)
    for message in follow_ups:
        assert send(cli, message, "--force").exit_code == 0
    due = Message.objects.get(pk=follow_ups[0].pk).scheduled_at
    # Tuesday 22 December (Friday 18, the business day after the decision, moved mid-week)
    # at 10:00 in Paris.
    assert due is not None and due.isoformat().startswith("2026-12-22T09:00")
    assert cli("person", "replied", str(julien.person_id)).exit_code == 0
    # Julien's reply, recorded by hand, cancels the panel's follow-up e-mail at once, though it
    # was Claire's: a reply from anyone of the panel makes it needless...
    assert set(Message.objects.filter(kind="follow_up").values_list("status", flat=True)) == {"cancelled"}
    # ... so the dispatch at its slot sends nothing more than the two thank-yous.
    dispatch(clock.at(due + timedelta(minutes=30)))
    assert len(smtp.arrived) == 2
    # Why, in the user's language, with the day written out in the interview's calendar.
    from lastimpression.outbox.sending import replied_instead

    reason = Message.objects.select_related("person", "interview").get(pk=follow_ups[0].pk)
    assert replied_instead(reason, "fr") == "Julien Moreau a répondu le vendredi 4 décembre"
    assert replied_instead(reason, "en") == "Julien Moreau replied on Friday, December 4"


def test_a_threaded_follow_up_carries_in_reply_to_and_references(
    cli: Cli, lyon_panel: int, clock: Clock, smtp: SmtpServer
) -> None:
    claire, _ = scheduled_panel(cli, lyon_panel)
    dispatch_all(clock, THANK_YOU_SLOT + timedelta(minutes=10))
    cli("draft", str(lyon_panel), "--kind", "follow-up", "--person", str(claire.person_id))
    follow_up = Message.objects.get(kind="follow_up")
    clock.now = THANK_YOU_SLOT + timedelta(days=15)
    assert send(cli, follow_up, "--now", "--force").exit_code == 0
    arrived = smtp.arrived[-1].email
    assert arrived["In-Reply-To"] == claire.message_id_header
    assert arrived["References"] == claire.message_id_header
    assert arrived["Subject"] == "Re: Merci – Ingénieure data, entretien du 3 décembre"


def test_no_header_can_be_injected_through_a_name_or_a_subject(
    cli: Cli, lyon_panel: int, clock: Clock, smtp: SmtpServer
) -> None:
    claire, julien = scheduled_panel(cli, lyon_panel)
    Message.objects.filter(pk=claire.pk).update(subject="Merci\r\nBcc: everyone@example.com")
    julien.person.name = "Julien\nBcc: everyone@example.com"
    julien.person.save()
    reports = dispatch_all(clock, THANK_YOU_SLOT + timedelta(minutes=10))
    assert [report.outcome for report in reports] == ["failed", "failed"]
    assert smtp.arrived == []
    assert all("header" in message.last_error for message in Message.objects.all())


def test_sigterm_finishes_the_message_in_hand_then_stops(
    cli: Cli, lyon_panel: int, clock: Clock, smtp: SmtpServer
) -> None:
    scheduled_panel(cli, lyon_panel)
    asked = []

    def stop_after_first() -> bool:
        asked.append(True)
        return len(asked) > 1

    reports = dispatch_all(clock, THANK_YOU_SLOT + timedelta(minutes=10), should_stop=stop_after_first)
    assert [report.outcome for report in reports] == ["sent"]
    assert Message.objects.filter(status="scheduled").count() == 1
