"""Export and restore: the user's data, whole, and nothing half-restored."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from django.apps import apps

from lastimpression import archive
from lastimpression.interviews.models import Interview, Person, Profile
from tests.conftest import Clock

Cli = Callable[..., Result]


def test_every_model_of_every_project_app_is_exported() -> None:
    project_models = {
        model._meta.label_lower
        for config in apps.get_app_configs()
        if config.name.startswith("lastimpression.")
        for model in config.get_models()
    }
    assert project_models >= {"interviews.profile", "interviews.interview", "interviews.person"}
    assert {model._meta.label_lower for model in archive.exported_models()} == project_models


def wipe() -> None:
    for model in reversed(archive.exported_models()):
        model._default_manager.all().delete()


def test_export_restore_into_an_empty_home_export_gives_the_same_document(
    cli: Cli, lyon_panel: int, montreal_call: int, tmp_path: Path, clock: Clock
) -> None:
    clock.at(datetime(2026, 12, 5, 10, tzinfo=UTC))
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert cli("export", "--out", str(first)).exit_code == 0
    document = json.loads(first.read_text(encoding="utf-8"))
    assert document["format_version"] == archive.FORMAT_VERSION
    assert len(document["data"]["interviews.person"]) == 3
    wipe()
    result = cli("restore", str(first))
    assert result.exit_code == 0, result.stderr
    assert Person.objects.get(name="Julien Moreau").topics == [
        "la migration vers PostgreSQL",
        "les tests de bout en bout",
    ]
    assert cli("export", "--out", str(second)).exit_code == 0
    assert second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")


def test_restore_refuses_a_home_with_data_unless_replace(cli: Cli, lyon_panel: int, tmp_path: Path) -> None:
    path = tmp_path / "backup.json"
    cli("export", "--out", str(path))
    Interview.objects.filter(pk=lyon_panel).update(company="Changed since")
    refused = cli("restore", str(path))
    assert refused.exit_code == 1
    assert "--replace" in refused.stderr
    assert Interview.objects.get().company == "Changed since"
    assert cli("restore", str(path), "--replace").exit_code == 0
    assert Interview.objects.get().company == "Lumière Analytique"


def write(tmp_path: Path, content: Any) -> Path:
    path = tmp_path / "given.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def valid_document() -> dict[str, Any]:
    return {
        "application": "lastimpression",
        "format_version": 1,
        "data": {
            "interviews.profile": [],
            "interviews.interview": [
                {
                    "id": 7, "company": "Acme", "role": "Dev", "start": "2026-12-03T13:00:00+00:00",
                    "end": "2026-12-03T14:00:00+00:00", "mode": "video", "location": "", "language": "en",
                    "country": "GB", "subdivision": "", "timezone": "Europe/London", "decision_by": None,
                    "status": "scheduled", "outcome_note": "", "ics_uid": None,
                    "created_at": "2026-11-01T09:00:00+00:00", "updated_at": "2026-11-01T09:00:00+00:00",
                }
            ],
            "interviews.person": [],
        },
    }  # fmt: skip


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "is not valid JSON (line 1, column 2"),
        ([1, 2, 3], "is not a Last Impression export"),
        ({"application": "other-tool", "format_version": 1, "data": {}}, "is not a Last Impression export"),
        ({**valid_document(), "format_version": 99}, "format_version 99 is newer than this program's"),
        ({**valid_document(), "data": {"interviews.meeting": []}}, "unknown table 'interviews.meeting'"),
        (
            {**valid_document(), "data": {"interviews.interview": [{"id": 1, "colour": "blue"}]}},
            "unknown field 'colour'",
        ),
        (
            {
                **valid_document(),
                "data": {
                    "interviews.interview": [{**valid_document()["data"]["interviews.interview"][0], "status": "hired"}]
                },
            },
            "interviews.interview[0].status",
        ),
        (
            {
                **valid_document(),
                "data": {
                    "interviews.interview": [{**valid_document()["data"]["interviews.interview"][0], "start": "soon"}]
                },
            },
            "interviews.interview[0]",
        ),
        (
            {
                **valid_document(),
                "data": {
                    **valid_document()["data"],
                    "interviews.person": [
                        {
                            "id": 1,
                            "interview_id": 999,
                            "name": "X",
                            "created_at": "2026-11-01T09:00:00+00:00",
                        }
                    ],
                },
            },
            "do not fit together",
        ),
    ],
)
def test_a_corrupt_or_foreign_file_is_refused_clearly_and_nothing_is_written(
    cli: Cli, tmp_path: Path, content: Any, expected: str
) -> None:
    result = cli("restore", str(write(tmp_path, content)))
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert expected in result.stderr
    assert not Interview.objects.exists() and not Person.objects.exists() and not Profile.objects.exists()


def test_an_older_format_is_upgraded_before_restoring(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The upgrade path: a version-1 file restored by a program whose format is version 2."""

    def rename_video_mode(document: dict[str, Any]) -> dict[str, Any]:
        for row in document["data"]["interviews.interview"]:
            row["mode"] = "video" if row.pop("mode") == "visio" else row["mode"]
        return document

    monkeypatch.setattr(archive, "FORMAT_VERSION", 2)
    monkeypatch.setitem(archive.UPGRADES, 1, rename_video_mode)
    old = valid_document()
    old["data"]["interviews.interview"][0]["mode"] = "visio"
    result = cli("restore", str(write(tmp_path, old)))
    assert result.exit_code == 0, result.stderr
    assert Interview.objects.get(pk=7).mode == "video"
