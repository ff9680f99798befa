"""Correct messages written to PRODUCT.md §4 lint clean; the JSON shape is §5's."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

from lastimpression.core.lint import Finding, has_errors
from lastimpression.core.messages import LintContext
from tests.core.lint.conftest import Check
from tests.core.lint.world import CLAIRE, FR_THANK_YOU, LYON, MODELS, context_for


@pytest.mark.parametrize("name", sorted(MODELS))
def test_a_correct_message_has_no_error_and_no_warning(check: Check, name: str) -> None:
    draft, recipient, occasion = MODELS[name]
    findings = check(draft, context_for(draft, recipient, occasion))
    assert [(item.code, item.message) for item in findings if item.severity != "info"] == []


@pytest.mark.parametrize("name", [name for name in sorted(MODELS) if name.startswith("fr")])
def test_the_french_models_use_french_spacing(name: str) -> None:
    body = MODELS[name][0].body
    assert not re.search(r"[ \w][;!?]", body.replace("https://", "")), "a plain space or none before ; ! ?"
    assert not re.search(r"\w :", body)


def test_a_correct_message_is_also_clean_with_no_context_but_its_kind(check: Check) -> None:
    """``lint --file`` knows only the kind and language: no name, date or topic to compare."""
    findings = check(FR_THANK_YOU, LintContext("thank_you", "fr"))
    assert [item.code for item in findings if item.severity != "info"] == []


def test_findings_serialise_to_the_documented_json_shape(check: Check) -> None:
    draft = replace(FR_THANK_YOU, subject="", body=FR_THANK_YOU.body.replace("Bien cordialement,", "Cdt,"))
    findings = check(draft, context_for(draft, CLAIRE, LYON))
    document = json.loads(json.dumps({"findings": [item.as_json() for item in findings]}))
    assert {"LI013", "LI015"} <= {item["code"] for item in document["findings"]}
    for item in document["findings"]:
        assert set(item) == {"code", "severity", "message", "span"}
        assert item["severity"] in ("error", "warning", "info")
        assert isinstance(item["message"], str) and item["message"]
        assert item["span"] is None or (
            isinstance(item["span"], list) and len(item["span"]) == 2 and 0 <= item["span"][0] <= item["span"][1]
        )
    abbreviation = next(item for item in document["findings"] if item["code"] == "LI013")
    start, end = abbreviation["span"]
    assert draft.body[start:end] == "Cdt"
    assert next(item for item in document["findings"] if item["code"] == "LI015")["span"] is None
    assert has_errors(findings)


def test_every_finding_speaks_english_and_french(check: Check) -> None:
    draft = replace(FR_THANK_YOU, subject="", body="Bonjour,\nJe te remercie vivement, Monsieur !! XXX Cdt")
    findings = check(draft, context_for(draft, CLAIRE, LYON))
    assert len({item.code for item in findings}) >= 8
    for item in findings:
        assert item.message and item.message_fr and item.message != item.message_fr
        assert item.text("fr") == item.message_fr and item.text("en") == item.message
        assert " :" not in item.message_fr and " ;" not in item.message_fr, item.message_fr


def test_findings_are_sorted_by_code_then_position(check: Check) -> None:
    draft = replace(FR_THANK_YOU, body=FR_THANK_YOU.body.replace("Madame Martin", "Madame [Nom] XXX"))
    findings: list[Finding] = check(draft, context_for(draft, CLAIRE, LYON))
    keys = [(item.code, item.span or (-1, -1)) for item in findings]
    assert keys == sorted(keys)
