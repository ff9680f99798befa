"""The candidate, their interviews and the people met. Datetimes are stored aware, in UTC."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from django.db import models

from lastimpression.stamps import CreatedAt, UpdatedAt

LANGUAGES = [("fr", "français"), ("en", "English")]
AGREEMENTS = [("feminine", "feminine"), ("masculine", "masculine"), ("neutral", "neutral")]
MODES = [("onsite", "on site"), ("video", "video"), ("phone", "phone")]
STATUSES = [
    ("scheduled", "scheduled"),
    ("done", "done"),
    ("next_round", "next round"),
    ("offer", "offer"),
    ("accepted", "accepted"),
    ("rejected", "rejected"),
    ("withdrawn", "withdrawn"),
    ("cancelled", "cancelled"),
]
SALUTATIONS = [("madame", "Madame"), ("monsieur", "Monsieur"), ("none", "none")]
REGISTERS = [("vous", "vous"), ("tu", "tu")]


class Profile(models.Model):
    """The candidate. A local install has one; coach mode will have one per candidate."""

    name = models.CharField(max_length=200)
    email = models.CharField(max_length=254)
    phone = models.CharField(max_length=50, blank=True, default="")
    linkedin = models.CharField(max_length=500, blank=True, default="")
    language = models.CharField(max_length=2, choices=LANGUAGES, default="fr")
    country = models.CharField(max_length=2, default="FR")
    subdivision = models.CharField(max_length=20, blank=True, default="")
    timezone = models.CharField(max_length=64, default="Europe/Paris")
    agreement = models.CharField(max_length=10, choices=AGREEMENTS, default="neutral")
    linkedin_premium = models.BooleanField(default=False)
    # "Is your LinkedIn profile polished (photo, headline, current experience)?" — asked once,
    # before the first invitation; None until answered.
    linkedin_polished = models.BooleanField(null=True, blank=True)
    # Proof points: short sentences the messages can show instead of asserting motivation
    # ("At Acme I cut the month-end close from 6 days to 2."), in the order the user gave.
    proof_points = models.JSONField(default=list, blank=True)
    created_at = CreatedAt()

    def __str__(self) -> str:
        return self.name


class Interview(models.Model):
    company = models.CharField(max_length=200)
    role = models.CharField(max_length=200)
    start = models.DateTimeField()
    end = models.DateTimeField()
    mode = models.CharField(max_length=10, choices=MODES, default="onsite")
    location = models.CharField(max_length=500, blank=True, default="")
    language = models.CharField(max_length=2, choices=LANGUAGES, default="fr")
    country = models.CharField(max_length=2, default="FR")
    subdivision = models.CharField(max_length=20, blank=True, default="")
    timezone = models.CharField(max_length=64, default="Europe/Paris")
    decision_by = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=12, choices=STATUSES, default="scheduled")
    outcome_note = models.TextField(blank=True, default="")
    ics_uid = models.CharField(max_length=500, null=True, blank=True, unique=True)
    # "What I can bring" to this company: one sentence the messages may use as a proof point.
    contribution = models.TextField(blank=True, default="")
    # How the company is said in a French sentence: "" = guessed (core.grammar), else
    # "le", "la", "les", "l'" or "none" as the user chose.
    company_article = models.CharField(max_length=5, blank=True, default="")
    created_at = CreatedAt()
    updated_at = UpdatedAt()

    class Meta:
        ordering = ["start", "id"]
        # The dashboard asks, on every visit, the interviews not over yet ("end") and the latest
        # change (the insights' data version): both on an index, not a scan of the history.
        indexes = [
            models.Index(fields=["start"]), models.Index(fields=["status"]), models.Index(fields=["end"]),
            models.Index(fields=["updated_at"]),
        ]  # fmt: skip

    def __str__(self) -> str:
        return f"{self.company} — {self.role}"

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def local_start(self) -> datetime:
        return self.start.astimezone(self.zone)

    def local_end(self) -> datetime:
        return self.end.astimezone(self.zone)


class Person(models.Model):
    """Someone met at an interview, with what was discussed with them."""

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="people")
    name = models.CharField(max_length=200)
    email = models.CharField(max_length=254, blank=True, default="")
    title = models.CharField(max_length=200, blank=True, default="")
    linkedin = models.CharField(max_length=500, blank=True, default="")
    salutation = models.CharField(max_length=10, choices=SALUTATIONS, default="none")
    register = models.CharField(max_length=4, choices=REGISTERS, default="vous")
    topics = models.JSONField(default=list, blank=True)
    greeted = models.BooleanField(default=False)
    # A reply from them (detected over IMAP, or recorded by hand): it cancels the follow-up.
    replied_at = models.DateTimeField(null=True, blank=True)
    reply_note = models.TextField(blank=True, default="")
    # The person who owns the process, chosen by the user (at most one per interview); when
    # nobody is chosen the program guesses (core.panel.main_contact). Only they get follow-ups.
    main_contact = models.BooleanField(default=False)
    created_at = CreatedAt()

    class Meta:
        ordering = ["id"]
        # The dashboard lists the replies of the last two weeks, and the insights' cache key
        # reads the latest reply, on every visit.
        indexes = [models.Index(fields=["replied_at"])]

    def __str__(self) -> str:
        return self.name
