"""Messages: thank-yous, follow-ups and LinkedIn notes, from draft to sent (or not)."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.db.models import F

from lastimpression import clock
from lastimpression.interviews.models import Interview, Person
from lastimpression.stamps import CreatedAt, UpdatedAt

KINDS = [
    ("thank_you", "thank-you"),
    ("follow_up", "follow-up"),
    ("follow_up_2", "second follow-up"),
    ("linkedin", "LinkedIn"),
]
STATUSES = [
    ("draft", "draft"),
    ("scheduled", "scheduled"),
    ("sending", "sending"),
    ("sent", "sent"),
    ("failed", "failed"),
    ("cancelled", "cancelled"),
    ("unknown", "unknown"),
    ("bounced", "bounced"),
]


class MessageQuerySet(models.QuerySet["Message"]):
    """Every bulk write to messages moves their ``version`` and ``updated_at`` (the claim of
    ``outbox.ledger`` and the editors' "changed meanwhile" checks compare the version)."""

    def update(self, **kwargs: Any) -> int:
        kwargs.setdefault("version", F("version") + 1)
        kwargs.setdefault("updated_at", clock.now())
        return super().update(**kwargs)


class Message(models.Model):
    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="messages")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="messages")
    kind = models.CharField(max_length=12, choices=KINDS)
    language = models.CharField(max_length=2)
    to = models.CharField(max_length=254, blank=True, default="")
    subject = models.CharField(max_length=300, blank=True, default="")
    body = models.TextField()
    status = models.CharField(max_length=10, choices=STATUSES, default="draft")
    variant = models.CharField(max_length=100, blank=True, default="")
    # Fixed when drafted, angle brackets included, so a retry or a resend after a crash can be
    # recognised in the Sent folder and a reply can be matched to it.
    message_id_header = models.CharField(max_length=300, unique=True)
    in_reply_to = models.CharField(max_length=300, blank=True, default="")
    references = models.TextField(blank=True, default="")
    scheduled_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True, default="")
    # A temporary failure puts the message back to "scheduled" until then (back-off).
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    # Who claimed it ("smtp:host:pid" or "folder:host:pid") and when: a row left in "sending"
    # by a process that is gone was maybe sent; it is never sent again blindly.
    claimed_at = models.DateTimeField(null=True, blank=True)
    claimed_by = models.CharField(max_length=200, blank=True, default="")
    # Its slot passed by more than two hours while nothing ran: it waits for the user.
    late = models.BooleanField(default=False)
    # With no SMTP configured, the .eml written for the user to send; NOT sent until the user
    # confirms it with `message sent`.
    written_at = models.DateTimeField(null=True, blank=True)
    written_to = models.CharField(max_length=500, blank=True, default="")
    # The e-mail as it will leave, every header but Date, prepared when the message is
    # scheduled (outbox.mime.prepare), and the digest of what it was made from: dispatch uses
    # it only while the digest still matches (an edit, a renamed person or a new From is
    # built afresh), so a pass spends its time on the SMTP exchange, not on MIME.
    prepared = models.TextField(blank=True, default="")
    prepared_key = models.CharField(max_length=64, blank=True, default="")
    created_at = CreatedAt()
    updated_at = UpdatedAt()
    # Moves with every write (``save``, ``MessageQuerySet.update``, the ledger's SQL): a writer
    # that read version N changes the row only while it is still N.
    version = models.PositiveIntegerField(default=0)
    # The user changed the composed text by hand: it is never recomposed, only held for them.
    edited = models.BooleanField(default=False)
    # What the text was composed from (``core.followthrough.TextBasis.to_text``): the
    # interview's day, the recruiter's date and the promised follow-up date it names.
    basis = models.CharField(max_length=100, blank=True, default="")
    # The user chose its time with --force: leaving early is their decision, not moved.
    forced = models.BooleanField(default=False)
    # Why it was taken back from the schedule for the user (``core.followthrough`` codes).
    held = models.CharField(max_length=40, blank=True, default="")
    # The user said they sent it themselves (``message sent``): undoable until the follow-up's day.
    by_hand = models.BooleanField(default=False)

    objects = MessageQuerySet.as_manager()

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["status", "scheduled_at"])]

    @property
    def placed_in(self) -> str:
        """The Drafts folder of the user's mailbox it was placed in (``outbox.drafts``), or ""
        (not placed: written to the outbox folder, or not yet)."""
        from lastimpression.outbox.drafts import PLACED

        return self.written_to[len(PLACED) :] if self.written_to.startswith(PLACED) else ""

    @property
    def unconfirmed(self) -> bool:
        """Of unknown fate because the server never confirmed it (not because the program stopped)."""
        from lastimpression.outbox.transport import unconfirmed

        return self.status == "unknown" and unconfirmed(self.last_error)

    def __str__(self) -> str:
        return f"{self.kind} to {self.person_id} ({self.status})"

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Saves and moves ``version`` in the database (never back to an older count, whatever
        this instance read), then reads the new count."""
        if self.pk is None or kwargs.get("force_insert"):
            super().save(*args, **kwargs)
            return
        self.version = F("version") + 1
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "version", "updated_at"}
        super().save(*args, **kwargs)
        self.refresh_from_db(fields=["version"])


class MailboxState(models.Model):
    """How far ``replies`` has read one IMAP folder of one account: UIDs above ``last_uid``
    are new while the folder's UIDVALIDITY is ``uidvalidity``."""

    account = models.CharField(max_length=300)
    folder = models.CharField(max_length=300)
    uidvalidity = models.BigIntegerField()
    last_uid = models.BigIntegerField(default=0)
    checked_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["account", "folder"], name="one_state_per_folder")]

    def __str__(self) -> str:
        return f"{self.account} {self.folder} ({self.uidvalidity}:{self.last_uid})"


class Heartbeat(models.Model):
    """The last time a sending process ran: ``worker``, or ``dispatch``/``replies`` from cron."""

    name = models.CharField(max_length=20, unique=True)
    beat_at = models.DateTimeField()
    started_at = models.DateTimeField()
    pid = models.PositiveIntegerField(default=0)
    host = models.CharField(max_length=200, blank=True, default="")
    last_error = models.TextField(blank=True, default="")

    def __str__(self) -> str:
        return f"{self.name} at {self.beat_at.isoformat()}"
