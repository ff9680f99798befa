"""Messages: thank-yous, follow-ups and LinkedIn notes, from draft to sent (or not)."""

from __future__ import annotations

from django.db import models

from lastimpression.interviews.models import Interview, Person

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
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["status", "scheduled_at"])]

    def __str__(self) -> str:
        return f"{self.kind} to {self.person_id} ({self.status})"
