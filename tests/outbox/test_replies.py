"""``replies`` over an IMAP folder: replies cancel the follow-up, automatic replies do not,
bounces mark their message; incremental by UID, UIDVALIDITY respected."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

import pytest

from lastimpression.interviews.models import Person
from lastimpression.outbox.imap import ImapSettings
from lastimpression.outbox.models import Message
from lastimpression.outbox.replies import bounce_of, check_replies, is_automatic
from lastimpression.planning.models import Action
from tests.outbox.conftest import THANK_YOU_SLOT, Cli, Clock, SmtpServer, dispatch_all, draft_thank_yous, send

ACCOUNT = ImapSettings(host="imap.example.org", port=993, username="camille", password="x", folders=("INBOX",))


class FakeImap:
    """Enough of IMAPClient for ``replies``: one folder, UIDs, header fetches."""

    def __init__(self) -> None:
        self.uidvalidity = 1
        self.messages: dict[int, tuple[bytes, datetime]] = {}
        self.fetched: list[int] = []
        self.normalise_times = True

    def deliver(self, email: EmailMessage | bytes, at: datetime) -> int:
        uid = max(self.messages, default=0) + 1
        self.messages[uid] = (email if isinstance(email, bytes) else email.as_bytes(), at)
        return uid

    def select_folder(self, folder: str, readonly: bool = False) -> dict[bytes, Any]:
        assert folder == "INBOX" and readonly
        return {b"UIDVALIDITY": self.uidvalidity, b"UIDNEXT": max(self.messages, default=0) + 1}

    def search(self, criteria: list[Any]) -> list[int]:
        if criteria[0] == "UID":
            low = int(criteria[1].split(":")[0])
            found = [uid for uid in self.messages if uid >= low]
            return found or ([max(self.messages)] if self.messages else [])  # "n:*" always matches the last
        assert criteria[0] == "SINCE" and isinstance(criteria[1], date)
        return [uid for uid, (_, at) in self.messages.items() if at.date() >= criteria[1]]

    def fetch(self, uids: list[int], items: list[str]) -> dict[int, dict[bytes, Any]]:
        result: dict[int, dict[bytes, Any]] = {}
        for uid in uids:
            raw, at = self.messages[uid]
            self.fetched.append(uid)
            if items == ["BODY.PEEK[]"]:
                result[uid] = {b"BODY[]": raw}
            else:
                header = raw.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"
                result[uid] = {b"INTERNALDATE": at, b"BODY[HEADER.FIELDS (FROM ...)]": header}
        return result

    def logout(self) -> None:
        return None


@pytest.fixture
def imap(monkeypatch: pytest.MonkeyPatch) -> FakeImap:
    fake = FakeImap()
    monkeypatch.setattr("lastimpression.outbox.replies.connect", lambda settings: fake)
    return fake


@pytest.fixture
def sent_panel(
    cli: Cli, lyon_panel: int, clock: Clock, configure: Callable[..., None], smtp_server: SmtpServer
) -> list[Message]:
    configure(smtp=smtp_server.settings())
    messages = draft_thank_yous(cli, lyon_panel)
    for message in messages:
        send(cli, message)
    dispatch_all(clock, THANK_YOU_SLOT + timedelta(minutes=10))
    cli("draft", str(lyon_panel), "--kind", "follow-up")
    # One follow-up per panel, to its main contact: Claire, the first with an address (issue 15).
    (follow_up,) = Message.objects.filter(kind="follow_up")
    assert follow_up.to == "claire.martin@example.org"
    assert send(cli, follow_up, "--force").exit_code == 0
    return [Message.objects.select_related("person").get(pk=message.pk) for message in messages]


def follow_up_by_hand(cli: Cli, thank_you: Message) -> Message:
    """A follow-up the user chose to write to the person ``thank_you`` went to as well
    (``draft --person``: not the main contact), scheduled: what a per-person reply rule has to
    tell apart from the main contact's."""
    person = str(thank_you.person_id)
    result = cli("draft", str(thank_you.interview_id), "--kind", "follow-up", "--person", person, "--json")
    assert result.exit_code == 0, result.stderr
    message = Message.objects.get(kind="follow_up", person_id=thank_you.person_id)
    assert send(cli, message, "--force").exit_code == 0
    return message


def mail(sender: str, subject: str, at: datetime, **headers: str) -> EmailMessage:
    email = EmailMessage()
    email["From"], email["To"], email["Subject"] = sender, "Camille Durand <camille.durand@example.org>", subject
    email["Date"] = format_datetime(at)
    for name, value in headers.items():
        email[name.replace("_", "-")] = value
    email.set_content("Merci Camille, nous revenons vers vous très vite.")
    return email


def dsn(original: Message, action: str = "failed") -> bytes:
    """A delivery-status notification as Postfix writes one."""
    return (
        "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\r\n"
        "To: camille.durand@example.org\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        "Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        "--B\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you that your message could not be delivered.\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example.org\r\n\r\n"
        f"Final-Recipient: rfc822; {original.to}\r\nAction: {action}\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <claire.martin@example.org>: User unknown\r\n\r\n"
        "--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"Message-ID: {original.message_id_header}\r\nSubject: Merci\r\n\r\n--B--\r\n"
    ).encode()


def test_a_reply_in_the_thread_cancels_the_follow_ups_and_is_recorded(
    sent_panel: list[Message], imap: FakeImap, clock: Clock
) -> None:
    claire, _ = sent_panel
    at = THANK_YOU_SLOT + timedelta(days=2)
    imap.deliver(
        mail("Claire Martin <c.martin@other.example.org>", "Re: Merci", at, In_Reply_To=claire.message_id_header), at
    )
    found, errors = check_replies(clock.at(at + timedelta(minutes=1)), ACCOUNT)
    assert errors == [] and [(item.kind, item.person) for item in found] == [("reply", "Claire Martin")]
    person = Person.objects.get(pk=claire.person_id)
    assert person.replied_at == at and person.reply_note == "e-mail: Re: Merci"
    assert Action.objects.get(interview_id=claire.interview_id, kind="follow_up").status == "cancelled"
    assert set(Message.objects.filter(kind="follow_up").values_list("status", flat=True)) == {"cancelled"}
    # The one scheduled follow-up e-mail, Claire's as the main contact (the plan's follow-up is
    # its: not counted again).
    assert found[0].cancelled == 1


def test_a_message_from_a_person_after_the_thank_you_is_a_reply_and_before_it_is_not(
    sent_panel: list[Message], imap: FakeImap, clock: Clock
) -> None:
    _, _julien = sent_panel
    before = THANK_YOU_SLOT - timedelta(hours=3)
    imap.deliver(mail("julien.moreau@example.org", "Le plan d'accès", before), before)
    after = THANK_YOU_SLOT + timedelta(days=1)
    imap.deliver(mail("JULIEN.MOREAU@example.org", "Une question", after), after)
    found, _ = check_replies(clock.at(after), ACCOUNT)
    assert [(item.kind, item.person, item.at) for item in found] == [("reply", "Julien Moreau", after)]


@pytest.mark.parametrize(
    "headers",
    [
        {"Auto_Submitted": "auto-replied"},
        {"X_Autoreply": "yes"},
        {"subject": "Réponse automatique : Absence du bureau"},
        {"subject": "Out of Office: Re: Merci"},
        {"subject": "Absence"},
    ],
)
def test_an_automatic_reply_is_not_a_reply(
    sent_panel: list[Message], imap: FakeImap, clock: Clock, headers: dict[str, str]
) -> None:
    claire, _ = sent_panel
    at = THANK_YOU_SLOT + timedelta(days=1)
    subject = headers.pop("subject", "Re: Merci pour notre entretien")
    imap.deliver(mail("claire.martin@example.org", subject, at, In_Reply_To=claire.message_id_header, **headers), at)
    found, _ = check_replies(clock.at(at), ACCOUNT)
    assert [item.kind for item in found] == ["automatic"]
    assert Person.objects.get(pk=claire.person_id).replied_at is None
    # The panel's one follow-up (to Claire, its main contact) still stands.
    assert list(Message.objects.filter(kind="follow_up").values_list("status", flat=True)) == ["scheduled"]


def test_a_delivery_failure_report_marks_its_message_bounced_and_is_not_a_reply(
    sent_panel: list[Message], imap: FakeImap, clock: Clock
) -> None:
    claire, _ = sent_panel
    at = THANK_YOU_SLOT + timedelta(minutes=20)
    imap.deliver(dsn(claire, action="delayed"), at)
    imap.deliver(dsn(claire), at)
    found, _ = check_replies(clock.at(at), ACCOUNT)
    assert [(item.kind, item.message_id) for item in found] == [("bounce", claire.id)]
    claire.refresh_from_db()
    assert claire.status == "bounced" and claire.last_error == "550 5.1.1 <claire.martin@example.org>: User unknown"
    assert Person.objects.get(pk=claire.person_id).replied_at is None
    # It reached no one: the plan's thank-you to Claire is to do again; Julien's stays done.
    statuses = dict(
        Action.objects.filter(interview_id=claire.interview_id, kind="thank_you").values_list("person__name", "status")
    )
    assert statuses == {"Claire Martin": "pending", "Julien Moreau": "done"}


def test_passes_read_only_new_messages_and_a_new_uidvalidity_reads_again_without_double_counting(
    sent_panel: list[Message], imap: FakeImap, clock: Clock
) -> None:
    claire, _julien = sent_panel
    at = THANK_YOU_SLOT + timedelta(days=1)
    for number in range(30):
        imap.deliver(mail(f"newsletter{number}@example.com", "Offres de la semaine", at), at)
    imap.deliver(mail("claire.martin@example.org", "Re: Merci", at, References=claire.message_id_header), at)
    first, _ = check_replies(clock.at(at), ACCOUNT)
    assert len(first) == 1 and len(imap.fetched) == 31
    imap.fetched.clear()
    assert check_replies(clock.advance(minutes=1), ACCOUNT) == ([], [])
    assert imap.fetched == []  # nothing new: nothing fetched
    later = at + timedelta(hours=1)
    imap.deliver(mail("julien.moreau@example.org", "Re: Merci", later), later)
    second, _ = check_replies(clock.at(later), ACCOUNT)
    assert [item.person for item in second] == ["Julien Moreau"] and imap.fetched == [32]
    imap.uidvalidity, imap.fetched = 2, []
    again, _ = check_replies(clock.advance(minutes=1), ACCOUNT)
    assert again == [] and len(imap.fetched) == 32  # read again from the start, nothing recorded twice


def test_replies_cancel_only_that_persons_follow_up_when_configured(
    sent_panel: list[Message], imap: FakeImap, clock: Clock, configure: Callable[..., None], cli: Cli
) -> None:
    configure(replies={"cancel": "person"})
    claire, julien = sent_panel
    follow_up_by_hand(cli, julien)
    at = THANK_YOU_SLOT + timedelta(days=1)
    imap.deliver(mail("claire.martin@example.org", "Re: Merci", at, In_Reply_To=claire.message_id_header), at)
    check_replies(clock.at(at), ACCOUNT)
    statuses = dict(Message.objects.filter(kind="follow_up").values_list("person_id", "status"))
    assert statuses == {claire.person_id: "cancelled", julien.person_id: "scheduled"}
    assert Action.objects.get(interview_id=claire.interview_id, kind="follow_up").status == "pending"


def test_an_empty_outbox_only_notes_where_the_folder_ends(
    cli: Cli, candidate: None, imap: FakeImap, clock: Clock
) -> None:
    at = datetime(2026, 11, 1, tzinfo=UTC)
    for _ in range(3):
        imap.deliver(mail("someone@example.com", "Hello", at), at)
    assert check_replies(clock.now, ACCOUNT) == ([], [])
    assert imap.fetched == []


def test_reading_headers_alone_tells_automatic_mail_and_bounces() -> None:
    now = datetime(2026, 12, 3, tzinfo=UTC)
    assert not is_automatic(mail("a@example.org", "Re: Merci", now, Auto_Submitted="no"))
    assert is_automatic(mail("a@example.org", "=?utf-8?q?R=C3=A9ponse_automatique?=", now))
    assert bounce_of(b"Subject: hello\r\n\r\nnot a report") is None
