"""A person's form on the edit page (web/templates/web/_person_fields.html): every field
checked at once, each refusal beside its field with the person's name in its label ("Claire
Martin — E-mail : …"), then the one service call."""

from __future__ import annotations

from typing import Any

from django.http import QueryDict
from django.utils.translation import gettext

from lastimpression.core import validation
from lastimpression.interviews import services
from lastimpression.interviews.models import Person
from lastimpression.web.capture_form import person_labels
from lastimpression.web.form_errors import Problems

FIELDS = ("name", "email", "title", "linkedin", "salutation", "register", "topics", "main_contact")


def values_of(person: Person) -> dict[str, str]:
    """A recorded person as their form shows them (topics one per line)."""
    values = {field: str(getattr(person, field, "") or "") for field in FIELDS}
    values["topics"] = "\n".join(person.topics)
    values["main_contact"] = "on" if getattr(person, "main_contact", False) else ""
    return values


def blank() -> dict[str, str]:
    return dict.fromkeys(FIELDS, "") | {"salutation": "none", "register": "vous"}


def typed(form: QueryDict) -> dict[str, str]:
    return {field: form.get(field, "").strip() for field in FIELDS}


def ids(prefix: str) -> dict[str, str]:
    """The ids of one form's fields (``prefix``: "person-12" or "new"), which the summary's
    links point to."""
    return {field: f"{prefix}-{field}" for field in FIELDS}


def check(problems: Problems, values: dict[str, str], prefix: str, who: str) -> dict[str, Any]:
    """Check a person's form (``who``: whose it is, as the labels say it); return it as the
    services take it: every field given (an empty one is cleared), the topics one per line."""
    words = person_labels() | {"linkedin": "LinkedIn", "main_contact": gettext("Main contact")}
    names = ids(prefix)

    def label(field: str) -> str:
        return f"{who} — {words[field]}"

    raw: dict[str, Any] = {
        "name": problems.check(names["name"], label("name"), lambda: validation.text(values["name"], "name")),
        "email": problems.email(names["email"], label("email"), values["email"]),
        "title": problems.check(names["title"], label("title"),
                                lambda: validation.text(values["title"], "title", required=False)),
        "linkedin": problems.check(names["linkedin"], label("linkedin"),
                                   lambda: validation.linkedin_url(values["linkedin"], "linkedin")),
        "salutation": problems.check(names["salutation"], label("salutation"), lambda: validation.choice(
            values["salutation"] or "none", "salutation", services.SALUTATION_CHOICES)),
        "register": problems.check(names["register"], label("register"), lambda: validation.choice(
            values["register"] or "vous", "register", services.REGISTER_CHOICES)),
        "topics": problems.check(names["topics"], label("topics"), lambda: validation.topics(
            [line.strip() for line in values["topics"].splitlines() if line.strip()], "topic")),
        "main_contact": values["main_contact"] == "on",
    }  # fmt: skip
    return raw
