"""LI023: pay, benefits or perks in a message (CRAFT R08, MUST★): a hand-edited message is held
to what the composer never writes (``core.perks``)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.core.lint.conftest import Check
from tests.core.lint.pairs import Pair, params, run_pair
from tests.core.lint.world import MODELS, context_for

PERK_PAIRS = [
    Pair("a French thank-you recalling remote work", "fr_thank_you", "LI023", "warning",
         (("Notre échange sur la migration vers PostgreSQL", "Notre échange sur le télétravail"),),
         flagged="télétravail"),
    Pair("a tu thank-you asking about the RTT", "fr_thank_you_tu", "LI023", "warning",
         (("Ce que tu m’as montré des tests de bout en bout", "Ce que tu m’as dit des RTT"),), flagged="RTT"),
    Pair("an English follow-up on the salary", "en_follow_up", "LI023", "warning",
         (("Thank you again for your time;", "Thank you again for discussing the salary;"),), flagged="salary"),
    Pair("a French follow-up on the start date", "fr_follow_up", "LI023", "warning",
         (("Où en est votre réflexion", "Je suis disponible pour une prise de poste rapide. Où en est votre réflexion"),),
         flagged="prise de poste"),
    Pair("a LinkedIn note on remote work", "en_linkedin", "LI023", "warning",
         (("I would be glad", "Thanks too for the details on remote work. I would be glad"),), flagged="remote work"),
]  # fmt: skip


@pytest.mark.parametrize("pair", params(PERK_PAIRS))
def test_pay_benefits_or_perks_in_a_message_are_a_warning(check: Check, pair: Pair) -> None:
    found = run_pair(check, pair)
    assert all("offer stage" in item.message for item in found)
    assert "au stade de l’offre" in found[0].message_fr


def test_the_subject_is_read_too(check: Check) -> None:
    draft, recipient, occasion = MODELS["fr_thank_you"]
    changed = replace(draft, subject="Merci – et le télétravail ?")
    found = [item for item in check(changed, context_for(changed, recipient, occasion)) if item.code == "LI023"]
    assert found and found[0].span is None
    assert found[0].message.startswith("In the subject")
