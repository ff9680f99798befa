"""Errors where the field is: every refusal of a form at once, each said with the field's label
in the page's language ("Personne 2 — Nom : obligatoire"), shown beside its field and listed at
the top as links to them, the first one focused (web/templatetags/fields.py writes the
attributes).

The checks are the ones every door uses (core.validation, core.places, core.when); only the
words are the page's. An e-mail address refused by email-validator is said in our own words,
by the kind of fault its English message names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from django.utils.translation import get_language, gettext

from lastimpression.core import validation
from lastimpression.core.validation import InvalidValue

T = TypeVar("T")


@dataclass(frozen=True)
class Problem:
    """What is wrong with one field: ``field`` is the input's name (and id), ``label`` its
    label as the page shows it, ``message`` the fault in the page's language."""

    field: str
    label: str
    message: str

    def __str__(self) -> str:
        return gettext("%(label)s: %(problem)s") % {"label": self.label, "problem": self.message}


def said(error: InvalidValue) -> str:
    """The fault an InvalidValue names, without its field, in the active language; an empty
    required field is "required"."""
    if error.message == "is empty":
        return gettext("required")
    return error.problem_in("fr" if get_language() == "fr" else "en")


# email-validator's messages (English only), by the fault they name: our words for each.
_EMAIL_FAULTS: list[tuple[re.Pattern[str], Callable[[], str]]] = [
    (re.compile(r"must have an @-sign|at-sign \(@\) character|small commercial at"),
     lambda: gettext("the @ is missing (for example first.last@company.com)")),
    (re.compile(r"something before the @-sign"), lambda: gettext("the part before the @ is missing")),
    (re.compile(r"something after the @-sign"), lambda: gettext("the part after the @ is missing")),
    (re.compile(r"should have a period"),
     lambda: gettext("the part after the @ needs a dot (for example company.com)")),
    (re.compile(r"too long|so many characters"), lambda: gettext("is too long")),
    (re.compile(r"period|hyphen"),
     lambda: gettext("a dot or a hyphen is misplaced (at the start, at the end or doubled)")),
    (re.compile(r"display name|angle bracket|anything after the email|Quoting|quote"),
     lambda: gettext("holds more than the address: keep only name@company.com")),
    (re.compile(r"after the @-sign|top-level domain|special-use|reserved|IDNA|brackets"),
     lambda: gettext("the part after the @ is not a valid domain")),
    (re.compile(r"character"), lambda: gettext("contains a character an address cannot hold (a space, a comma…)")),
]  # fmt: skip


def email_fault(address: str) -> str:
    """Why email-validator refuses ``address``, in the active language; "" when it accepts it
    (no network look-up)."""
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError as error:
        words = str(error)
        for pattern, sentence in _EMAIL_FAULTS:
            if pattern.search(words):
                return sentence()
        return gettext("is not a valid e-mail address")
    return ""


class Problems:
    """The problems of one form, in the order its fields were checked (the page's order)."""

    def __init__(self) -> None:
        self._found: dict[str, Problem] = {}

    def add(self, field: str, label: str, message: str) -> None:
        """Record a problem; a field keeps its first one."""
        self._found.setdefault(field, Problem(field, label, message))

    def check(self, field: str, label: str, check: Callable[[], T]) -> T | None:
        """``check()``, or None after recording its InvalidValue under ``field``."""
        try:
            return check()
        except InvalidValue as error:
            self.add(field, label, said(error))
            return None

    def email(self, field: str, label: str, value: str) -> str:
        """The address cleaned (``validation.email``), or "" after recording what is wrong."""
        checked = self.check(field, label, lambda: validation.text(value, field, required=False, max_length=254))
        if not checked:
            return ""
        fault = email_fault(checked)
        if fault:
            self.add(field, label, fault)
            return ""
        return validation.email(checked, field)

    def __bool__(self) -> bool:
        return bool(self._found)

    def __iter__(self) -> Iterator[Problem]:
        return iter(self._found.values())

    def __len__(self) -> int:
        return len(self._found)

    def __contains__(self, field: str) -> bool:
        return field in self._found

    def get(self, field: str) -> Problem | None:
        return self._found.get(field)

    @property
    def first(self) -> str:
        """The first field refused ("" for none): the page focuses it."""
        return next(iter(self._found), "")
