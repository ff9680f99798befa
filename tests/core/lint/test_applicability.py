"""Each code applies to the kinds PRODUCT.md §6 gives it, and to no other."""

from __future__ import annotations

import pytest

from lastimpression.core.lint import RULES, lint
from lastimpression.core.messages import Draft, LintContext
from tests.core.lint.conftest import Check
from tests.core.lint.world import CAMILLE, CLAIRE, LYON

ALL = {"thank_you", "follow_up", "follow_up_2", "linkedin"}
EMAIL = {"thank_you", "follow_up", "follow_up_2"}
# PRODUCT.md §6, "applies to"; LI009 is applied beside the table (it takes the dictionaries).
SPECIFICATION = {
    "LI001": ALL, "LI002": EMAIL, "LI003": ALL, "LI004": EMAIL, "LI005": ALL, "LI006": {"thank_you"},
    "LI007": {"thank_you"}, "LI008": ALL, "LI010": ALL, "LI011": ALL, "LI012": {"linkedin"}, "LI013": EMAIL,
    "LI014": ALL, "LI015": EMAIL, "LI017": ALL,
    # docs/lint.md, beyond §6
    "LI018": ALL, "LI019": ALL, "LI020": ALL, "LI021": EMAIL, "LI022": {"follow_up", "follow_up_2"},
    "LI023": ALL,
}  # fmt: skip
# A "French" message that breaks every rule it can: mostly English, tu and vous, a wrong weekday…
EVERYTHING_WRONG_BODY = (
    "Please see [Name], Julien Moreau!! VERY URGENT: I would like to see you and your team again, "
    "and I will call you on the mercredi 30 mars; tu et vous. Cdt " + "so " * 300
)
# Rules a message may legitimately pass even so (thanks, a detail, a motivation; a LinkedIn
# note has no word count; the craft rules look for what this body does not say).
MAY_PASS = {"LI004", "LI005", "LI006", "LI009", "LI018", "LI019", "LI020", "LI021", "LI022", "LI023"}


def test_the_rule_table_is_the_specifications() -> None:
    assert {rule.code: set(rule.kinds) for rule in RULES} == SPECIFICATION
    assert "LI016" not in {rule.code for rule in RULES}


@pytest.mark.parametrize("kind", sorted(ALL))
def test_a_message_is_checked_only_by_the_codes_for_its_kind(check: Check, kind: str) -> None:
    draft = Draft(kind, "fr", "", EVERYTHING_WRONG_BODY)
    context = LintContext(kind, "fr", CLAIRE, CAMILLE, LYON, other_names=("Julien Moreau",), siblings=(draft,))
    codes = {item.code for item in check(draft, context)}
    allowed = {code for code, kinds in SPECIFICATION.items() if kind in kinds} | {"LI009"}
    assert codes <= allowed
    assert codes >= allowed - MAY_PASS - ({"LI008"} if kind == "linkedin" else set()), sorted(allowed - codes)


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown message kind 'memo'"):
        lint(Draft("memo", "fr", "", ""), LintContext("memo", "fr"))


def test_every_code_has_a_triggering_and_a_clean_pair() -> None:
    from tests.core.lint import (
        test_addressing,
        test_content,
        test_craft_rules,
        test_duplicates,
        test_form,
        test_language,
        test_perks_rule,
        test_placeholders,
        test_spelling,
    )

    modules = (
        test_addressing,
        test_content,
        test_craft_rules,
        test_duplicates,
        test_form,
        test_language,
        test_perks_rule,
        test_placeholders,
        test_spelling,
    )
    pairs = [
        value
        for module in modules
        for name, values in vars(module).items()
        if name.endswith("PAIRS")
        for value in values
    ]
    assert {pair.code for pair in pairs} == set(SPECIFICATION) | {"LI009"}
