"""A panel with a name that has a particle ("Anne de La Tour"): every thank-you drafted for it
lints without LI003, so none is held back from sending (issue 12, item 7)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from click.testing import Result

from tests.conftest import Clock

Cli = Callable[..., Result]


@pytest.fixture(autouse=True)
def _clock(clock: Clock) -> None:
    clock.at(datetime(2026, 12, 3, 17, 0, tzinfo=UTC))


def test_a_panelist_with_a_particle_in_her_name_blocks_no_ones_thank_you(cli: Cli, lyon_panel: int) -> None:
    added = cli("person", "add", str(lyon_panel), "--name", "Anne de La Tour", "--email", "anne.delatour@example.org",
                "--salutation", "madame", "--topic", "la gouvernance des données")  # fmt: skip
    assert added.exit_code == 0, added.stderr
    result = cli("draft", str(lyon_panel), "--json")
    assert result.exit_code == 0, result.stderr
    messages = json.loads(result.stdout)
    assert sorted(message["person"] for message in messages) == ["Anne de La Tour", "Claire Martin", "Julien Moreau"]
    anne = next(message for message in messages if message["person"] == "Anne de La Tour")
    assert str(anne["body"]).startswith("Bonjour Madame de La Tour,")
    for message in messages:
        linted = cli("lint", str(message["id"]), "--json")
        findings = json.loads(linted.stdout)["findings"]
        assert [finding for finding in findings if finding["code"] == "LI003"] == [], message["person"]
        assert linted.exit_code == 0, (message["person"], findings)
