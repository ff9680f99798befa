"""The second honest way to send: "Put it in my mail's Drafts" (``[outbox] mode = "drafts"``).

At the message's slot, the pass places the e-mail in the Drafts folder of the user's own
mailbox over IMAP (``APPEND`` with ``\\Draft``; the folder flagged ``\\Drafts``, else "Drafts"):
it appears in their mail program, threaded, ready to send, and the candidate presses Send
there. Nothing leaves by SMTP. The message stays "placed in Drafts, not sent" until the copy
their mail program keeps in the Sent folder carries its Message-ID: ``confirm_from_sent``
(each pass of ``serve``/``worker``, and ``replies``) then records it sent, and the plan follows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from lastimpression.outbox.imap import ImapSettings, classify, connect, find_message_id, logout, sent_folder
from lastimpression.outbox.models import Message
from lastimpression.outbox.transport import Delivery, MailError

# What ``written_to`` holds for a message placed in Drafts: the prefix, then the folder.
PLACED = "imap:"
MODES = ("smtp", "drafts", "remind")


def sending_mode(config: Any) -> str:
    """How messages leave, honestly: "smtp" (the program sends them), "drafts" (placed in the
    user's Drafts over IMAP), or "remind" (an ``.eml`` and a reminder: nothing is sent).
    ``[outbox] mode`` when the account it needs is configured; without it, "smtp" when an
    SMTP server is, else "remind". A mode whose server is missing is "remind", never a
    promise that cannot be kept."""
    chosen = config.get("outbox", "mode")
    has_smtp, has_imap = bool(config.get("smtp", "host")), bool(config.get("imap", "host"))
    if chosen == "drafts":
        return "drafts" if has_imap else "remind"
    if chosen == "remind":
        return "remind"
    return "smtp" if has_smtp else "remind"


def drafts_folder(client: Any) -> str:
    """The Drafts folder: the one flagged ``\\Drafts``, else "Drafts" (created if missing)."""
    from imapclient.imapclient import DRAFTS

    found = client.find_special_folder(DRAFTS)
    if found:
        return str(found)
    if not client.folder_exists("Drafts"):
        client.create_folder("Drafts")
    return "Drafts"


class DraftsTransport:
    """Places each e-mail in the user's Drafts over one IMAP connection for a pass."""

    name = "drafts"

    def __init__(self, settings: ImapSettings) -> None:
        self.settings = settings
        self.client: Any = None
        self.folder = ""

    def deliver(self, data: bytes, envelope_from: str, recipients: list[str], *, file_name: str) -> Delivery:
        """``APPEND`` to Drafts, flagged ``\\Draft``: written, NOT sent. Raises MailError (a
        connection or login failure: temporary or permanent as ``imap.classify`` says)."""
        from lastimpression import clock

        try:
            if self.client is None:
                self.client = connect(self.settings)
                self.folder = drafts_folder(self.client)
            self.client.append(self.folder, data, flags=[b"\\Draft"], msg_time=clock.now())
        except MailError:
            self.close()
            raise
        except Exception as error:
            self.close()
            raise classify(error, self.settings.where) from None
        return Delivery("written", f"{PLACED}{self.folder}")

    def close(self) -> None:
        if self.client is not None:
            logout(self.client)
            self.client = None


def confirm_from_sent(now: datetime, settings: ImapSettings) -> list[Message]:
    """Record as sent the messages placed in Drafts whose Message-ID is now in the Sent folder
    (the user pressed Send in their mail program); their plan steps are completed. Returns them.
    Raises MailError when the server cannot be asked."""
    from lastimpression.outbox.recovery import complete_plan

    placed = list(
        Message.objects.filter(status="scheduled", written_to__startswith=PLACED).select_related("interview", "person")
    )
    if not placed:
        return []
    client = connect(settings)
    confirmed = []
    try:
        folder = sent_folder(client, settings)
        for message in placed:
            if not find_message_id(client, folder, message.message_id_header):
                continue
            mine = Message.objects.filter(pk=message.pk, version=message.version, status="scheduled")
            if mine.update(status="sent", sent_at=now, last_error=""):
                message.status, message.sent_at = "sent", now
                complete_plan(message)
                confirmed.append(message)
    except MailError:
        raise
    except Exception as error:
        raise classify(error, settings.where) from None
    finally:
        logout(client)
    return confirmed
