"""Stored actions of the plan. ``due`` is stored in UTC with the zone it is expressed in."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from django.db import models

from lastimpression.interviews.models import Interview, Person

KINDS = [
    ("debrief", "debrief"),
    ("thank_you", "thank-you"),
    ("linkedin", "LinkedIn"),
    ("follow_up", "follow-up"),
    ("follow_up_2", "second follow-up"),
]
STATUSES = [("pending", "pending"), ("done", "done"), ("skipped", "skipped"), ("cancelled", "cancelled")]


class Action(models.Model):
    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="actions")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="actions", null=True, blank=True)
    kind = models.CharField(max_length=12, choices=KINDS)
    due = models.DateTimeField()
    # The zone `due` is expressed in: the recipient's, or the user's for the debrief.
    timezone = models.CharField(max_length=64)
    status = models.CharField(max_length=10, choices=STATUSES, default="pending")
    snoozed_until = models.DateTimeField(null=True, blank=True)
    # The follow-up date a sent thank-you promised: from then on the follow-up never moves.
    promised = models.DateField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    note = models.CharField(max_length=500, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["due", "id"]
        constraints = [
            models.UniqueConstraint(fields=["interview", "person", "kind"], name="one_action_per_kind_and_person"),
            models.UniqueConstraint(
                fields=["interview", "kind"],
                condition=models.Q(person__isnull=True),
                name="one_interview_action_per_kind",
            ),
        ]
        indexes = [models.Index(fields=["status", "due"])]

    def __str__(self) -> str:
        return f"{self.kind} of interview {self.interview_id}"

    @property
    def effective_due(self) -> datetime:
        """When the action is due now: the snooze, if any, else the plan's date."""
        return self.snoozed_until or self.due

    def local_due(self) -> datetime:
        return self.effective_due.astimezone(ZoneInfo(self.timezone))
