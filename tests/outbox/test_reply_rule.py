"""One rule for what a reply cancels, whether ``replies`` found it over IMAP or the user recorded
it (``person replied``): with ``[replies] cancel = person``, that person's follow-ups not sent
yet (draft, scheduled or failed), and the plan's follow-up once nobody is left to follow up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from lastimpression.outbox.models import Message
from lastimpression.outbox.replies import check_replies
from lastimpression.outbox.sending import replied_instead
from lastimpression.planning.models import Action
from tests.outbox.conftest import THANK_YOU_SLOT, Cli, Clock
from tests.outbox.test_replies import ACCOUNT, FakeImap, follow_up_by_hand, imap, mail, sent_panel

__all__ = ["imap", "sent_panel"]  # fixtures


def reply(path: str, message: Message, cli: Cli, imap: FakeImap, clock: Clock) -> None:
    at = clock.advance(hours=1)
    if path == "imap":
        imap.deliver(mail(message.to, "Re: Merci", at, In_Reply_To=message.message_id_header), at)
        found, errors = check_replies(clock.advance(minutes=1), ACCOUNT)
        assert errors == [] and [item.kind for item in found] == ["reply"]
    else:
        assert cli("person", "replied", str(message.person_id)).exit_code == 0


def follow_ups() -> dict[str, str]:
    return dict(Message.objects.filter(kind="follow_up").values_list("person__name", "status"))


@pytest.mark.parametrize(("first", "second"), [("imap", "by hand"), ("by hand", "imap")])
def test_a_reply_cancels_the_same_follow_ups_found_over_imap_or_recorded_by_hand(
    first: str,
    second: str,
    sent_panel: list[Message],
    imap: FakeImap,
    clock: Clock,
    cli: Cli,
    configure: Callable[..., None],
) -> None:
    configure(replies={"cancel": "person"})
    claire, julien = sent_panel
    follow_up_by_hand(cli, julien)  # only the main contact, Claire, is followed up unless chosen
    Message.objects.filter(kind="follow_up", person_id=claire.person_id).update(status="failed")
    clock.at(THANK_YOU_SLOT + timedelta(days=1))
    reply(first, claire, cli, imap, clock)
    # Claire's follow-up goes, failed as it was; Julien's stands, and so does the plan's for him.
    assert follow_ups() == {"Claire Martin": "cancelled", "Julien Moreau": "scheduled"}
    follow_up = Action.objects.get(interview_id=claire.interview_id, kind="follow_up")
    assert follow_up.status == "pending"
    assert replied_instead(Message.objects.select_related("person").get(kind="follow_up", person=julien.person)) is None
    reply(second, julien, cli, imap, clock)
    assert follow_ups() == {"Claire Martin": "cancelled", "Julien Moreau": "cancelled"}
    follow_up.refresh_from_db()
    assert (follow_up.status, follow_up.note) == ("cancelled", "reply from Julien Moreau")
