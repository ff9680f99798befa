"""Stored actions of the plan. ``due`` is stored in UTC with the zone it is expressed in."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.db import models

from lastimpression.interviews.models import Interview, Person
from lastimpression.stamps import CreatedAt, UpdatedAt

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
    # When the action shows in the agenda: the snooze if any, else `due`. Stored (and kept in
    # step by save()) so that the agenda sorts and cuts in SQL on an index.
    agenda_at = models.DateTimeField(null=True, blank=True)
    # The follow-up date a sent thank-you promised: from then on the follow-up never moves.
    promised = models.DateField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    note = models.CharField(max_length=500, blank=True, default="")
    created_at = CreatedAt()
    updated_at = UpdatedAt()

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
        indexes = [
            models.Index(fields=["status", "due"]),
            models.Index(fields=["status", "agenda_at"]),
            models.Index(fields=["updated_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.kind} of interview {self.interview_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.agenda_at = self.snoozed_until or self.due
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and ({"due", "snoozed_until"} & set(update_fields)):
            kwargs["update_fields"] = {*update_fields, "agenda_at"}
        super().save(*args, **kwargs)

    @property
    def effective_due(self) -> datetime:
        """When the action is due now: the snooze, if any, else the plan's date."""
        return self.snoozed_until or self.due

    def local_due(self) -> datetime:
        return self.effective_due.astimezone(ZoneInfo(self.timezone))
