"""Round 20 (blind review of eight new cases, and the lead's reading): no opening says what the
person did ("for walking me through the … position", R22); a proof tied to an English topic by a
modifier only is never called first-hand work (R22); a pointed-back proof keeps what its figure
counts ("120 nightly batch jobs"); no English note is hooked on a title ("your perspective as
Talent Acquisition"); "compléter … d’un exemple" goes."""

from __future__ import annotations

import re
from datetime import date

from lastimpression.core.compose import compose
from lastimpression.core.compose.details import Hooks, Proof, _experience
from lastimpression.core.messages import Candidate, Occasion, Recipient
from tests.core.compose.world import WORLD, planned, with_main_contact

ETSY = (
    Candidate("Maya Ortiz", "maya@example.com", "+1 415 555 0101", "", "feminine",
              ("At Squarespace I led the launch messaging for a product used by 200,000 sellers.",
               "I ran win-loss interviews with 60 customers.")),
    [Recipient(1, "Jessica Chen", "j.chen@example.com", "Director of Product Marketing", "madame", "vous",
               ("seller onboarding",)),
     Recipient(2, "Aisha Mohamed", "a.mohamed@example.com", "Talent Acquisition", "madame", "vous", ()),
     Recipient(3, "Tom Nguyen", "t.nguyen@example.com", "Operations Manager", "monsieur", "vous", ())],
    Occasion("Etsy", "Product Marketing Manager", "en", "US", date(2027, 1, 19), subdivision="NY",
             decision_by=date(2027, 1, 29)),
)  # fmt: skip


def _bodies(kind: str) -> dict[str, str]:
    candidate, people, occasion = ETSY
    people, occasion = with_main_contact(people), planned(occasion)
    return {person.name: compose(kind, candidate, person, occasion, panel=people).body for person in people}


def test_a_modifier_shared_with_an_english_topic_is_not_first_hand_work() -> None:
    chen = _bodies("thank_you")["Jessica Chen"]
    assert "done before" not in chen and "first-hand" not in chen and "know well" not in chen, chen
    # Rounds 76–81: said past the topic it does not answer, as what the role gets.
    assert re.search(
        r"(?:the role|experience): at Squarespace I led the launch messaging for a product used by 200,000 sellers\.",
        chen,
    ), chen


def test_no_opening_says_what_the_person_did_and_no_note_hooks_on_a_title() -> None:
    for candidate, people, occasion in [*WORLD, ETSY]:
        people, occasion = with_main_contact(people), planned(occasion)
        for person in people:
            body = compose("thank_you", candidate, person, occasion, panel=people).body
            assert "walking me through" not in body, body
            note = compose("linkedin", candidate, person, occasion, panel=people).body
            assert "perspective as" not in note, note


def test_a_pointed_back_proof_keeps_the_noun_its_figure_counts() -> None:
    hooks = Hooks(proof=Proof("At Principality Building Society I moved 120 nightly batch jobs to Airflow.", False))
    assert _experience(hooks, "en").endswith("where I moved 120 nightly batch jobs"), _experience(hooks, "en")


def test_a_follow_up_adds_its_example_before_the_long_object() -> None:
    for candidate, people, occasion in WORLD:
        main = next(person for person in people if person.main_contact)
        for variant in (1, 2, 3, 4):
            body = compose("follow_up", candidate, main, occasion, panel=people, variant=variant).body
            assert "d’un exemple." not in body, body
