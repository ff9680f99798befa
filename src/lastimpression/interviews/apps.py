from __future__ import annotations

from django.apps import AppConfig


class InterviewsConfig(AppConfig):
    name = "lastimpression.interviews"
    label = "interviews"
    default_auto_field = "django.db.models.BigAutoField"
