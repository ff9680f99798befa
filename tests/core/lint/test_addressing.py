"""LI002 (greeting and civility), LI003 (someone else's name), LI010 (tu and vous)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lastimpression.core.lint.addressing import greeting_suggestion
from tests.core.lint.conftest import Check
from tests.core.lint.pairs import Pair, params, run_pair
from tests.core.lint.world import CLAIRE, EN_THANK_YOU, FR_THANK_YOU, JULIEN, LYON, MONTREAL, SARAH, context_for

FORMAL_CLOSING = "Je vous prie d’agréer, Madame, mes salutations distinguées."

GREETING_PAIRS = [
    Pair("greeting missing", "fr_thank_you", "LI002", "error", (("Madame Martin,\n\n", ""),)),
    Pair("greeting missing in a follow-up", "en_follow_up", "LI002", "error", (("Dear Ms Thompson,\n\n", ""),)),
    Pair("Monsieur to a madame", "fr_thank_you", "LI002", "error", (("Madame Martin,", "Monsieur Martin,"),), flagged="Monsieur"),
    Pair("M. to a madame", "fr_follow_up", "LI002", "error", (("Madame Martin,", "Bonjour M. Martin,"),), flagged="M."),
    Pair("generic greeting to a known person", "fr_thank_you", "LI002", "error", (("Madame Martin,", "Madame, Monsieur,"),)),
    Pair("Mr to a Ms", "en_thank_you", "LI002", "error", (("Dear Ms Thompson,", "Dear Mr Thompson,"),), flagged="Mr"),
    Pair("To whom it may concern", "en_thank_you", "LI002", "error", (("Dear Ms Thompson,", "To whom it may concern,"),)),
    Pair(
        "formal closing with the wrong civility",
        "fr_thank_you",
        "LI002",
        "error",
        (("Bien cordialement,", FORMAL_CLOSING.replace("Madame", "Monsieur")),),
        flagged="Monsieur",
    ),
]  # fmt: skip
NAME_PAIRS = [
    Pair("another panelist's surname in the greeting", "fr_thank_you", "LI003", "error",
         (("Madame Martin,", "Madame Moreau,"),), flagged="Moreau"),
    Pair("another panelist's full name in the text", "fr_thank_you", "LI003", "error",
         (("Notre échange sur", "Julien Moreau, notre échange sur"),), flagged="Julien Moreau"),
    Pair("another panelist's first name in a LinkedIn note", "fr_linkedin", "LI003", "error",
         (("Bonjour Julien,", "Bonjour Claire,"),), flagged="Claire"),
    Pair("a name in capitals", "fr_thank_you", "LI003", "error", (("Madame Martin,", "Madame MOREAU,"),), flagged="MOREAU"),
    Pair("a greeting to someone who is not the recipient", "en_thank_you", "LI003", "error",
         (("Dear Ms Thompson,", "Dear Ms Martin,"),), flagged="Martin"),
    Pair("a misspelt recipient name in the greeting", "fr_follow_up", "LI003", "error",
         (("Madame Martin,", "Madame Martini,"),), flagged="Martini"),
    Pair("another panelist's name in the subject", "fr_thank_you", "LI003", "error",
         (("Ingénieure data", "Ingénieure data – Julien Moreau"),), part="subject"),
]  # fmt: skip
REGISTER_PAIRS = [
    Pair("tu slipped into a vous message", "fr_thank_you", "LI010", "error",
         (("Je vous remercie de", "Je te remercie de"),), flagged="te"),
    Pair("vous slipped into a tu message", "fr_thank_you_tu", "LI010", "error",
         (("de te recontacter", "de vous recontacter"),), flagged="vous"),
    Pair("a vous message to a person addressed as tu", "fr_thank_you", "LI010", "error",
         context={"recipient": JULIEN}, flagged="vous"),
    Pair("an elided t’ in a vous message", "fr_follow_up", "LI010", "error",
         (("que je vous joins volontiers", "que je t’envoie volontiers"),), flagged="t’"),
    Pair("an inverted -vous in a tu LinkedIn note", "fr_linkedin", "LI010", "error",
         (("Je serais ravie de rester en contact ici.", "Acceptez-vous de rester en contact ?"),)),
]  # fmt: skip


@pytest.mark.parametrize("pair", params(GREETING_PAIRS))
def test_missing_greeting_or_wrong_civility_is_an_error(check: Check, pair: Pair) -> None:
    run_pair(check, pair)


@pytest.mark.parametrize("pair", params(NAME_PAIRS))
def test_a_name_that_is_not_the_recipients_is_an_error(check: Check, pair: Pair) -> None:
    run_pair(check, pair)


@pytest.mark.parametrize("pair", params(REGISTER_PAIRS))
def test_tu_and_vous_mixed_or_not_the_persons_register_is_an_error(check: Check, pair: Pair) -> None:
    run_pair(check, pair)


def test_the_civility_message_names_what_is_written_and_what_is_recorded(check: Check) -> None:
    draft = replace(FR_THANK_YOU, body=FR_THANK_YOU.body.replace("Madame Martin,", "Monsieur Martin,"))
    (finding,) = [item for item in check(draft, context_for(draft, CLAIRE, LYON)) if item.code == "LI002"]
    assert finding.message == "The greeting says Monsieur but Claire Martin is recorded as Madame."
    assert (
        finding.message_fr
        == "La formule d’appel dit «\u00a0Monsieur\u00a0» alors que la fiche de Claire Martin indique Madame."
    )


@pytest.mark.parametrize(
    ("greeting", "closing"),
    [
        ("Bonjour Madame Martin,", "Bien cordialement,"),
        ("Madame,", FORMAL_CLOSING),
        ("Chère Madame,", "Bien à vous,"),
        ("Bonjour Madame la Directrice,", "Bien cordialement,"),
        ("Bonjour Claire Martin,", "Bien cordialement,"),
    ],
)
def test_greetings_and_closings_that_suit_a_madame_pass(check: Check, greeting: str, closing: str) -> None:
    body = FR_THANK_YOU.body.replace("Madame Martin,", greeting).replace("Bien cordialement,", closing)
    draft = replace(FR_THANK_YOU, body=body)
    assert [item for item in check(draft, context_for(draft, CLAIRE, LYON)) if item.code in ("LI002", "LI003")] == []


def test_another_panelist_named_as_someone_met_is_a_mention_not_a_copy(check: Check) -> None:
    """Issue 15: a thank-you may name the others of the panel ("Mes échanges avec M. Moreau…"),
    which a message copied from another person's never does as someone met."""
    for sentence in ("Mes échanges, notamment avec M. Moreau sur la migration, ont renforcé mon intérêt.",
                     "Mes échanges avec Julien Moreau ont renforcé mon intérêt."):  # fmt: skip
        draft = replace(
            FR_THANK_YOU, body=FR_THANK_YOU.body.replace("Notre échange sur", f"{sentence} Notre échange sur")
        )
        codes = [item.code for item in check(draft, context_for(draft, CLAIRE, LYON)) if item.code == "LI003"]
        assert codes == [], sentence


def test_a_recipient_without_a_salutation_may_be_addressed_either_way(check: Check) -> None:
    neutral = replace(CLAIRE, salutation="none")
    for greeting in ("Bonjour Claire Martin,", "Madame Martin,", "Monsieur Martin,"):
        draft = replace(FR_THANK_YOU, body=FR_THANK_YOU.body.replace("Madame Martin,", greeting))
        assert [item for item in check(draft, context_for(draft, neutral, LYON)) if item.code == "LI002"] == []


def test_the_candidates_own_name_and_a_shared_first_name_are_not_someone_else(check: Check) -> None:
    other_claire = "Claire Dubois"  # shares Claire Martin's first name
    draft = replace(FR_THANK_YOU, body=FR_THANK_YOU.body.replace("Madame Martin,", "Bonjour Claire,"))
    context = context_for(draft, replace(CLAIRE, register="vous"), LYON, other_names=(other_claire, "Camille Durand"))
    assert [item for item in check(draft, context) if item.code == "LI003"] == []
    mentioned = replace(draft, body=draft.body.replace("Notre échange", "Mme Dubois, notre échange"))
    assert [item.code for item in check(mentioned, context) if item.code == "LI003"] == ["LI003"]


def test_a_name_is_matched_as_a_whole_word_in_its_own_case(check: Check) -> None:
    context = context_for(EN_THANK_YOU, SARAH, MONTREAL, other_names=("Rose Blanc",))
    draft = replace(EN_THANK_YOU, body=EN_THANK_YOU.body.replace("clear account", "rosy, blank-page account"))
    assert [item for item in check(draft, context) if item.code == "LI003"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Le ton de notre échange m’a plu.",
        "Nous avons fixé un rendez-vous.",
        "Un rendez-vous a été pris.",
    ],
)
def test_words_that_look_like_tu_or_vous_are_not_a_register(check: Check, sentence: str) -> None:
    draft = replace(
        FR_THANK_YOU, body=FR_THANK_YOU.body.replace("Bien cordialement,", sentence + "\n\nBien cordialement,")
    )
    assert [item for item in check(draft, context_for(draft, CLAIRE, LYON)) if item.code == "LI010"] == []
    tu = replace(draft, body=draft.body.replace("Madame Martin", "Bonjour Julien").replace("vous", "toi"))
    assert not any(
        item.code == "LI010" and "rendez" in item.message for item in check(tu, context_for(tu, JULIEN, LYON))
    )


def test_english_messages_have_no_tu_and_vous_to_check(check: Check) -> None:
    draft = replace(EN_THANK_YOU, body=EN_THANK_YOU.body + "\nPS: tu vous te\n")
    assert [item for item in check(draft, context_for(draft, SARAH, MONTREAL)) if item.code == "LI010"] == []


@pytest.mark.parametrize(
    ("salutation", "register", "language", "expected"),
    [
        ("madame", "vous", "fr", "Madame Martin,"),
        ("monsieur", "vous", "fr", "Monsieur Martin,"),
        ("none", "vous", "fr", "Bonjour Claire Martin,"),
        ("madame", "tu", "fr", "Bonjour Claire,"),
        ("madame", "vous", "en", "Dear Ms Martin,"),
        ("monsieur", "vous", "en", "Dear Mr Martin,"),
        ("none", "vous", "en", "Dear Claire,"),
        ("none", "tu", "en", "Hi Claire,"),
        ("madame", "vous", "fr-CA", "Madame,"),
    ],
)
def test_the_suggested_greeting_follows_the_conventions(
    salutation: str, register: str, language: str, expected: str
) -> None:
    recipient = replace(CLAIRE, salutation=salutation, register=register)
    language, _, country = language.partition("-")
    assert greeting_suggestion(recipient, language, country) == expected


def test_a_surname_that_is_an_ordinary_word_opening_a_sentence_is_not_a_name(check: Check) -> None:
    context = context_for(FR_THANK_YOU, CLAIRE, LYON, other_names=("Marc Petit", "Nadia Benali"))

    def names(sentence: str) -> list[str]:
        draft = replace(FR_THANK_YOU, body=FR_THANK_YOU.body.replace("Notre échange", sentence + " Notre échange"))
        return [draft.body[f.span[0] : f.span[1]] for f in check(draft, context) if f.code == "LI003" and f.span]

    assert names("Petit à petit, j’ai compris le projet.") == []
    assert names("J’ai compris le projet grâce à M. Petit.") == ["Petit"]
    assert names("Benali m’a présenté le projet.") == ["Benali"]
