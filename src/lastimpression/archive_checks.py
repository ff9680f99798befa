"""Every record of a file to restore, checked as the command line checks what a user types.

A restored file is input like any other (PRODUCT.md §7: every door applies the same
validation): each value must have its field's JSON type, dates fall in the window every door
accepts, text holds no control character, and each record of the profile, the interviews, the
people, the messages and the journal goes through the very cleaning functions the CLI and the
web call (``interviews.services.clean_interview`` and the like). A refusal is an InvalidValue
whose field names the record and the field: ``interviews.interview[3].timezone``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from django.db import models

from lastimpression.core import places, validation
from lastimpression.core.validation import InvalidValue
from lastimpression.phrases import Phrase, ptr, tr

# SQLite stores an integer in 64 bits; a larger one would fail inside the database driver.
_INT_LOW, _INT_HIGH = -(2**63), 2**63 - 1
_TEXT = ("CharField", "TextField", "EmailField", "SlugField", "URLField")
_WHOLE = ("AutoField", "BigAutoField", "SmallAutoField", "ForeignKey", "OneToOneField")
# Line breaks and tabs belong in a long text (a body, a note, a prepared e-mail); no other
# control character belongs anywhere, and a short text (a name, a subject, a header) has none.
# The characters of the Unicode categories Cc (controls: U+0000-U+001F, U+007F-U+009F) and Cs
# (surrogates), as one search each: a restore checks every text of every record.
_SHORT_TEXT_FORBIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_LONG_TEXT_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def _kind_of(raw: Any) -> Phrase:
    if isinstance(raw, bool):
        return ptr("kind of JSON value", "true/false")
    if isinstance(raw, int | float):
        return ptr("kind of JSON value", "a number")
    if isinstance(raw, str):
        return ptr("kind of JSON value", "text")
    if isinstance(raw, list):
        return ptr("kind of JSON value", "a list")
    return ptr("kind of JSON value", "an object")


def _wrong_type(name: str, expected: Phrase, raw: Any) -> InvalidValue:
    return InvalidValue(name, tr("must be %(expected)s, not %(given)s", expected=expected, given=_kind_of(raw)))


def _typed(field: models.Field[Any, Any], raw: Any, name: str) -> Any:
    """``raw`` (a JSON value) as the Python value of ``field``, or InvalidValue naming ``name``."""
    if raw is None:
        if field.null or field.primary_key:
            return None
        raise InvalidValue(name, tr("cannot be null"))
    kind = field.get_internal_type()
    if kind in _TEXT:
        if not isinstance(raw, str):
            raise _wrong_type(name, ptr("kind of JSON value", "text"), raw)
        if (_LONG_TEXT_FORBIDDEN if kind == "TextField" else _SHORT_TEXT_FORBIDDEN).search(raw):
            raise InvalidValue(name, tr("contains a control character (NUL, line break...)"))
        return raw
    if kind == "DateTimeField":
        if not isinstance(raw, str):
            raise _wrong_type(name, ptr("kind of JSON value", "an ISO 8601 date and time"), raw)
        try:
            instant = datetime.fromisoformat(raw)
        except ValueError:
            raise InvalidValue(name, tr("%(value)s is not an ISO 8601 date and time", value=repr(raw[:40]))) from None
        return validation.instant_in_window(instant, name, raw)
    if kind == "DateField":
        if not isinstance(raw, str):
            raise _wrong_type(name, ptr("kind of JSON value", "an ISO 8601 date"), raw)
        try:
            day = date.fromisoformat(raw)
        except ValueError:
            raise InvalidValue(name, tr("%(value)s is not a date", value=repr(raw[:40]))) from None
        validation.in_window(day, name, raw)
        return day
    if kind in _WHOLE or kind.endswith("IntegerField"):
        if not isinstance(raw, int) or isinstance(raw, bool):
            raise _wrong_type(name, ptr("kind of JSON value", "a whole number"), raw)
        if not _INT_LOW <= raw <= _INT_HIGH:
            raise InvalidValue(name, tr("is too large a number"))
        return raw
    if kind == "BooleanField" and not isinstance(raw, bool):
        raise _wrong_type(name, ptr("kind of JSON value", "true or false"), raw)
    return raw


def typed_row(model: type[models.Model], row: Mapping[str, Any], where: str) -> dict[str, Any]:
    """The values of ``row`` (one exported record, its keys known fields of ``model``), each of
    its field's type; raise InvalidValue naming ``where.field``."""
    fields = {field.attname: field for field in model._meta.concrete_fields}
    for attname, field in fields.items():
        if attname not in row and not (field.null or field.has_default() or field.primary_key):
            raise InvalidValue(f"{where}.{attname}", tr("is missing"))
    return {attname: _typed(fields[attname], raw, f"{where}.{attname}") for attname, raw in row.items()}


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, datetime | date) else value


def _note(value: Any, field: str, *, required: bool = False) -> str:
    return validation.text(value, field, required=required, max_length=validation.NOTE_MAX, multiline=True)


def _texts(value: Any, field: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _wrong_type(field, ptr("kind of JSON value", "a list of texts"), value)
    return value


def _scores(value: Any, field: str) -> dict[str, int]:
    from lastimpression.core.observation import INGREDIENTS

    if not isinstance(value, dict):
        raise _wrong_type(field, ptr("kind of JSON value", "an object"), value)
    for ingredient, score in value.items():
        if ingredient not in INGREDIENTS:
            raise InvalidValue(field, tr("unknown ingredient %(value)s", value=repr(ingredient[:40])))
        if not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= 5:
            raise InvalidValue(field, tr("%(ingredient)s: the score must be from 1 to 5", ingredient=ingredient))
    return value


def _profile(values: Mapping[str, Any]) -> dict[str, Any]:
    from lastimpression.interviews.services import clean_profile

    keys = ("name", "email", "phone", "linkedin", "language", "country", "subdivision", "timezone", "agreement")
    return clean_profile({key: values.get(key) for key in keys}, current=None)


def _interview(values: Mapping[str, Any]) -> dict[str, Any]:
    from lastimpression.interviews.models import Profile
    from lastimpression.interviews.services import clean_interview

    keys = ("company", "role", "language", "country", "subdivision", "timezone", "start", "end", "decision_by",
            "mode", "location", "status", "ics_uid")  # fmt: skip
    raw = {key: _iso(values.get(key)) for key in keys}
    # Every place field comes from the record; the stand-in profile only fills a missing one,
    # with the model's own defaults.
    stand_in = Profile(language="fr", country="FR", subdivision="", timezone="Europe/Paris")
    cleaned = clean_interview(raw, current=None, owner=stand_in)
    cleaned["outcome_note"] = _note(values.get("outcome_note"), "outcome_note")
    return cleaned


def _person(values: Mapping[str, Any]) -> dict[str, Any]:
    from lastimpression.interviews.services import clean_person

    keys = ("name", "email", "title", "linkedin", "salutation", "register", "greeted")
    raw: dict[str, Any] = {key: values.get(key) for key in keys}
    if "topics" in values:
        raw["topics"] = _texts(values["topics"], "topics")
    try:
        cleaned = clean_person(raw, current=None)
    except InvalidValue as error:
        if error.field == "topic":
            raise InvalidValue("topics", error.problem) from None
        raise
    cleaned["reply_note"] = _note(values.get("reply_note"), "reply_note")
    return cleaned


def _action(values: Mapping[str, Any]) -> dict[str, Any]:
    return {"timezone": places.normalize_timezone(values.get("timezone") or "")}


def _message(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {
        "language": places.normalize_language(values.get("language") or ""),
        # Headers: a line break in one would start another header (an injection).
        "subject": validation.text(values.get("subject"), "subject", required=False, max_length=300),
        "references": validation.text(values.get("references"), "references", required=False, max_length=10_000),
        "body": validation.text(values.get("body"), "body", max_length=20_000, multiline=True),
    }
    if values.get("kind") != "linkedin":
        cleaned["to"] = validation.email(values.get("to"), "to")
    return cleaned


def _debrief(values: Mapping[str, Any]) -> dict[str, Any]:
    others, ratings = values.get("others", {}), values.get("ratings", {})
    if not isinstance(others, dict) or not all(isinstance(value, bool) for value in others.values()):
        raise _wrong_type("others", ptr("kind of JSON value", "an object of true/false"), others)
    if not isinstance(ratings, dict):
        raise _wrong_type("ratings", ptr("kind of JSON value", "an object"), ratings)
    for scores in ratings.values():
        _scores(scores, "ratings")
    texts = ("last_minutes", "parting_words", "state_of_mind", "do_differently")
    return {key: _note(values.get(key), key) for key in texts}


def _journal_entry(values: Mapping[str, Any]) -> dict[str, Any]:
    _scores(values.get("ratings", {}), "ratings")
    return {
        "context": _note(values.get("context"), "context", required=True),
        "who": validation.text(values.get("who"), "who", required=False),
        "parting_words": _note(values.get("parting_words"), "parting_words"),
        "why": _note(values.get("why"), "why"),
    }


# Model label -> the cleaning its records go through: the model's field values, cleaned.
CLEANERS: dict[str, Callable[[Mapping[str, Any]], dict[str, Any]]] = {
    "interviews.profile": _profile,
    "interviews.interview": _interview,
    "interviews.person": _person,
    "planning.action": _action,
    "outbox.message": _message,
    "journal.debrief": _debrief,
    "journal.journalentry": _journal_entry,
}


def cleaned_row(label: str, values: Mapping[str, Any], where: str) -> dict[str, Any]:
    """``values`` (typed: ``typed_row``) after the cleaning the CLI applies to a record of
    ``label``: the fields it normalises replaced. Raises InvalidValue naming ``where.field``."""
    cleaner = CLEANERS.get(label)
    if cleaner is None:
        return dict(values)
    try:
        return {**values, **cleaner(values)}
    except InvalidValue as error:
        raise InvalidValue(f"{where}.{error.field}", error.problem) from None
