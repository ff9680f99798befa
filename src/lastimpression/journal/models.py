"""Debriefs (one per interview) and journal entries (memorable meetings outside interviews)."""

from __future__ import annotations

from django.db import models

from lastimpression.interviews.models import Interview
from lastimpression.stamps import CreatedAt, UpdatedAt

PARTINGS = [("goodbye", "goodbye"), ("continuation", "continuation"), ("unclear", "unclear")]


class Debrief(models.Model):
    interview = models.OneToOneField(Interview, on_delete=models.CASCADE, related_name="debrief")
    focused_to_door = models.BooleanField(null=True, blank=True)
    last_minutes = models.TextField(blank=True, default="")
    # Other people crossed on the way out -> greeted? ({"receptionist": true, "assistant": false})
    others = models.JSONField(default=dict, blank=True)
    parting = models.CharField(max_length=12, choices=PARTINGS, blank=True, default="")
    parting_words = models.TextField(blank=True, default="")
    # Person id (as text) -> ingredient -> 1..5
    ratings = models.JSONField(default=dict, blank=True)
    state_of_mind = models.TextField(blank=True, default="")
    do_differently = models.TextField(blank=True, default="")
    created_at = CreatedAt()
    updated_at = UpdatedAt()

    def __str__(self) -> str:
        return f"debrief of interview {self.interview_id}"


class JournalEntry(models.Model):
    when = models.DateField()
    context = models.TextField()
    who = models.CharField(max_length=200, blank=True, default="")
    # ingredient -> 1..5
    ratings = models.JSONField(default=dict, blank=True)
    parting = models.CharField(max_length=12, choices=PARTINGS, blank=True, default="")
    parting_words = models.TextField(blank=True, default="")
    why = models.TextField(blank=True, default="")
    created_at = CreatedAt()

    class Meta:
        ordering = ["-when", "-id"]
        verbose_name_plural = "journal entries"

    def __str__(self) -> str:
        return f"{self.when}: {self.context[:40]}"
