"""Export of all data to one JSON document, and restore from it (PRODUCT.md §3 C10).

Every model of every ``lastimpression`` app is included automatically, so a model added later
cannot be forgotten (a test checks it). The document has a ``format_version``: an older
version is upgraded step by step through ``UPGRADES``; a newer one is refused.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from django.apps import apps
from django.core import serializers
from django.core.exceptions import ValidationError
from django.core.management.color import no_style
from django.db import IntegrityError, connection, models, transaction

from lastimpression import clock
from lastimpression.archive_checks import cleaned_row, typed_row
from lastimpression.core.validation import InvalidValue
from lastimpression.phrases import Phrase, tr

FORMAT_VERSION = 1
APPLICATION = "lastimpression"
# version n -> a function turning a version-n document into a version n+1 document.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def exported_models() -> list[type[models.Model]]:
    """Every model of the project's apps, parents before children."""
    app_configs = [config for config in apps.get_app_configs() if config.name.startswith("lastimpression.")]
    ordered = serializers.sort_dependencies([(config, None) for config in app_configs], allow_cycles=True)
    return [model for model in ordered if not model._meta.proxy and model._meta.managed]


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def export_document() -> dict[str, Any]:
    data: dict[str, list[dict[str, Any]]] = {}
    for model in exported_models():
        fields = model._meta.concrete_fields
        data[model._meta.label_lower] = [
            {field.attname: _plain(field.value_from_object(row)) for field in fields}
            for row in model._default_manager.order_by("pk")
        ]
    return {
        "application": APPLICATION,
        "format_version": FORMAT_VERSION,
        "exported_at": clock.now().isoformat(),
        "data": data,
    }


def export_bytes() -> tuple[bytes, dict[str, int]]:
    """The export as the file holds it (indented UTF-8 JSON), and the number of rows per model."""
    document = export_document()
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    return text.encode("utf-8"), {label: len(rows) for label, rows in document["data"].items()}


def _refuse(problem: Phrase | str) -> InvalidValue:
    return InvalidValue("FILE", problem)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def read_document(path: Path) -> dict[str, Any]:
    """Read and check an export file, upgraded to the current format; raise InvalidValue."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _refuse(tr("%(path)s does not exist", path=str(path))) from None
    except (OSError, UnicodeDecodeError) as error:
        raise _refuse(
            tr("%(path)s cannot be read as UTF-8 text (%(reason)s)", path=str(path), reason=str(error))
        ) from None
    try:
        document = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise _refuse(
            tr(
                "%(path)s is not valid JSON (line %(line)d, column %(column)d: %(reason)s)",
                path=str(path), line=error.lineno, column=error.colno, reason=error.msg,
            )
        ) from None  # fmt: skip
    except RecursionError:
        raise _refuse(tr("%(path)s nests its brackets too deeply to be an export", path=str(path))) from None
    except ValueError as error:  # NaN, Infinity, an integer of thousands of digits
        raise _refuse(tr("%(path)s is not valid JSON (%(reason)s)", path=str(path), reason=str(error))) from None
    if not isinstance(document, dict) or document.get("application") != APPLICATION or "format_version" not in document:
        raise _refuse(tr("%(path)s is not a Last Impression export (no application/format_version)", path=str(path)))
    version = document["format_version"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _refuse(tr("format_version %(version)s is not valid", version=repr(version)))
    if version > FORMAT_VERSION:
        raise _refuse(
            tr(
                "format_version %(version)d is newer than this program's (%(ours)d): upgrade Last Impression first",
                version=version, ours=FORMAT_VERSION,
            )
        )  # fmt: skip
    while version < FORMAT_VERSION:
        document = UPGRADES[version](document)
        version += 1
        document["format_version"] = version
    if not isinstance(document.get("data"), dict):
        raise _refuse(tr("%(path)s has no data object", path=str(path)))
    checked: dict[str, Any] = document
    return checked


def _build_rows(document: dict[str, Any]) -> list[models.Model]:
    known = {model._meta.label_lower: model for model in exported_models()}
    unknown = sorted(set(document["data"]) - set(known))
    if unknown:
        raise _refuse(tr("unknown table %(table)s", table=repr(unknown[0])))
    built: list[models.Model] = []
    for label, model in known.items():
        rows = document["data"].get(label, [])
        if not isinstance(rows, list):
            raise _refuse(tr("%(table)s is not a list", table=label))
        fields = {field.attname: field for field in model._meta.concrete_fields}
        # Relations are checked by the database at commit, once every row is in.
        relations = [field.name for field in model._meta.concrete_fields if field.is_relation]
        for index, row in enumerate(rows):
            where = f"{label}[{index}]"
            if not isinstance(row, dict):
                raise _refuse(tr("%(row)s is not an object", row=where))
            extra = sorted(set(row) - set(fields))
            if extra:
                raise _refuse(tr("%(row)s: unknown field %(field)s", row=where, field=repr(extra[0])))
            # The checks the CLI applies to what a user types, the record and field named.
            values = cleaned_row(label, typed_row(model, row, where), where)
            try:
                for attname, raw in values.items():
                    values[attname] = fields[attname].to_python(raw)
                instance = model(**values)
                instance.full_clean(exclude=relations, validate_unique=False, validate_constraints=False)
            except ValidationError as error:
                if hasattr(error, "error_dict"):
                    key, messages = next(iter(error.message_dict.items()))
                    raise InvalidValue(f"{where}.{key}", " ".join(messages)) from None
                detail = " ".join(error.messages)
                raise _refuse(tr("%(row)s: %(reason)s", row=where, reason=detail)) from None
            except (TypeError, ValueError) as error:
                raise _refuse(tr("%(row)s: %(reason)s", row=where, reason=str(error))) from None
            built.append(instance)
    return built


def is_empty() -> bool:
    return not any(model._default_manager.exists() for model in exported_models())


def restore(path: Path, *, replace: bool) -> dict[str, int]:
    """Load an export into the database in one transaction; return rows per model.

    Refuses a home that holds data unless ``replace`` (which deletes it first, in the same
    transaction, so a failed restore leaves the old data in place).
    """
    document = read_document(path)
    rows = _build_rows(document)
    try:
        return _load(rows, replace=replace)
    except IntegrityError as error:
        raise _refuse(tr("the rows do not fit together (%(reason)s)", reason=str(error))) from None


def _by_model(rows: list[models.Model]) -> dict[type[models.Model], list[models.Model]]:
    """The rows grouped by model, the models in the order they came (parents first)."""
    grouped: dict[type[models.Model], list[models.Model]] = {}
    for instance in rows:
        grouped.setdefault(type(instance), []).append(instance)
    return grouped


def _insert(model: type[models.Model], instances: list[models.Model]) -> None:
    """INSERT the rows of one model as they are, many a statement: what ``save_base(raw=True,
    force_insert=True)`` does for one (created_at/updated_at kept as exported instead of
    stamped "now", the ids given), without a statement and its compilation per row (a restore
    of 2,000 interviews wrote 25,000 rows one by one)."""
    fields = [field for field in model._meta.local_concrete_fields if not field.generated]
    batch = max(1, connection.ops.bulk_batch_size(fields, instances))
    manager = model._base_manager
    for start in range(0, len(instances), batch):
        manager._insert(instances[start : start + batch], fields=fields, raw=True)  # type: ignore[attr-defined]


def _load(rows: list[models.Model], *, replace: bool) -> dict[str, int]:
    counts: dict[str, int] = {}
    with transaction.atomic():
        if not is_empty():
            if not replace:
                raise InvalidValue(
                    "--replace", tr("this home already holds data: restore into an empty home, or give --replace")
                )
            for model in reversed(exported_models()):
                model._default_manager.all().delete()
        for model, instances in _by_model(rows).items():
            _insert(model, instances)
            counts[model._meta.label_lower] = len(instances)
        # Every relation checked now, inside the transaction, rather than at its commit (which
        # a caller's outer transaction may defer).
        connection.check_constraints(table_names=[model._meta.db_table for model in exported_models()])
        reset = connection.ops.sequence_reset_sql(no_style(), exported_models())
        if reset:
            with connection.cursor() as cursor:
                for statement in reset:
                    cursor.execute(statement)
    return counts
