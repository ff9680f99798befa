"""Templates: the built-in set, the user's overrides, and the sandbox around both."""

from __future__ import annotations

import os
import re
import time
from datetime import date
from pathlib import Path

import pytest

from lastimpression.core.compose import TEMPLATE_VARIABLES, TemplateProblem, compose, variants
from lastimpression.core.compose.composer import template_values
from lastimpression.core.compose.templates import BUILTIN_TEMPLATES
from lastimpression.core.messages import KINDS, Candidate, Occasion, Recipient

CAMILLE = Candidate("Camille Durand", "camille@example.org", "+33 6 12 34 56 78", "", "feminine")
CLAIRE = Recipient(1, "Claire Martin", salutation="madame", topics=("la migration",))
LYON = Occasion("Lumière Analytique", "Ingénieure data", "fr", "FR", date(2027, 3, 11), promise_date=date(2027, 3, 30))


def builtin_names(language: str) -> set[str]:
    return {path.name for path in (BUILTIN_TEMPLATES / language).glob("*.j2")}


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / "fr" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_french_and_english_have_the_same_kinds_and_variants() -> None:
    assert builtin_names("fr") == builtin_names("en")
    for kind in KINDS:
        assert len(variants(kind, "fr")) >= 3
        assert variants(kind, "fr") == variants(kind, "en")


def test_every_builtin_template_renders_for_every_candidate_and_register() -> None:
    for language in ("fr", "en"):
        occasion = Occasion("Acme", "Analyst", language, "FR", date(2027, 3, 11), promise_date=date(2027, 3, 30))
        for kind in KINDS:
            for variant in variants(kind, language):
                for agreement in ("feminine", "masculine", "neutral"):
                    for register in ("vous", "tu"):
                        candidate = Candidate("Camille Durand", "c@example.org", agreement=agreement)
                        recipient = Recipient(1, "Claire Martin", salutation="madame", register=register)
                        assert compose(kind, candidate, recipient, occasion, variant=variant).body


def test_the_template_variables_are_exactly_what_the_composer_provides() -> None:
    assert set(template_values("thank_you", CAMILLE, CLAIRE, LYON, 1)) == set(TEMPLATE_VARIABLES)


def test_a_user_template_overrides_the_builtin_variant_of_the_same_name(tmp_path: Path) -> None:
    write(
        tmp_path, "thank_you.1.j2", "Merci pour notre {{ meeting }} du {{ date }} sur {{ topic }}.\n\n{{ promise }}\n"
    )
    body = compose("thank_you", CAMILLE, CLAIRE, LYON, variant=1, user_templates=tmp_path).body
    assert "Merci pour notre entretien du jeudi 11 mars sur la migration." in body
    assert body.startswith("Bonjour Madame Martin,\n\n")
    assert body.endswith("Bien cordialement,\nCamille Durand\n+33 6 12 34 56 78")


def test_a_user_template_adds_a_variant(tmp_path: Path) -> None:
    write(tmp_path, "thank_you.9.j2", "Texte à moi pour {{ company }}.")
    assert 9 in variants("thank_you", "fr", tmp_path)
    assert (
        "Texte à moi pour Lumière Analytique."
        in compose("thank_you", CAMILLE, CLAIRE, LYON, variant=9, user_templates=tmp_path).body
    )


def test_an_edited_user_template_is_read_again(tmp_path: Path) -> None:
    path = write(tmp_path, "thank_you.7.j2", "Première version.")
    assert "Première version." in compose("thank_you", CAMILLE, CLAIRE, LYON, variant=7, user_templates=tmp_path).body
    path.write_text("Seconde version.", encoding="utf-8")
    later = time.time() + 5
    os.utime(path, (later, later))
    assert "Seconde version." in compose("thank_you", CAMILLE, CLAIRE, LYON, variant=7, user_templates=tmp_path).body


def test_an_unknown_variable_names_the_variable_and_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "thank_you.1.j2", "Merci {{ prenom }} pour le poste {{ role }}.")
    with pytest.raises(TemplateProblem) as problem:
        compose("thank_you", CAMILLE, CLAIRE, LYON, variant=1, user_templates=tmp_path)
    assert "prenom" in str(problem.value)
    assert str(path) in str(problem.value)


@pytest.mark.parametrize(
    "escape",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ tv.__globals__ }}",
        "{{ prep.__code__.co_consts }}",
    ],
)
def test_a_sandbox_escape_attempt_is_a_template_problem_naming_the_file(tmp_path: Path, escape: str) -> None:
    path = write(tmp_path, "thank_you.1.j2", escape)
    with pytest.raises(TemplateProblem, match=re.escape(str(path))) as problem:
        compose("thank_you", CAMILLE, CLAIRE, LYON, variant=1, user_templates=tmp_path)
    assert "sandbox" in str(problem.value)


def test_a_template_cannot_change_the_data_it_is_given(tmp_path: Path) -> None:
    write(tmp_path, "thank_you.1.j2", "{% set ignored = topics.append('x') %}")
    with pytest.raises(TemplateProblem, match=r"thank_you\.1\.j2"):
        compose("thank_you", CAMILLE, CLAIRE, LYON, variant=1, user_templates=tmp_path)


def test_a_syntax_error_names_the_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "follow_up.1.j2", "Bonjour\n{% if tu %}oups\n")
    with pytest.raises(TemplateProblem, match=re.escape(f"{path}, line")):
        compose("follow_up", CAMILLE, CLAIRE, LYON, variant=1, user_templates=tmp_path)


def test_an_error_while_rendering_is_a_template_problem(tmp_path: Path) -> None:
    write(tmp_path, "follow_up.1.j2", "{{ role.nope }} {{ 1 // 0 }}")
    with pytest.raises(TemplateProblem, match=r"follow_up\.1\.j2"):
        compose("follow_up", CAMILLE, CLAIRE, LYON, variant=1, user_templates=tmp_path)


def test_agree_without_a_neutral_wording_is_refused_for_a_neutral_candidate(tmp_path: Path) -> None:
    write(tmp_path, "thank_you.1.j2", "Je suis {{ agree('ravi', 'ravie') }}.")
    neutral = Candidate("Alex Rivière", "alex@example.org", agreement="neutral")
    with pytest.raises(TemplateProblem, match="neutral"):
        compose("thank_you", neutral, CLAIRE, LYON, variant=1, user_templates=tmp_path)
    assert "Je suis ravie." in compose("thank_you", CAMILLE, CLAIRE, LYON, variant=1, user_templates=tmp_path).body


def test_a_missing_variant_is_a_template_problem_listing_those_available() -> None:
    with pytest.raises(TemplateProblem, match="available: 1, 2, 3, 4"):
        compose("thank_you", CAMILLE, CLAIRE, LYON, variant=42)


def test_placeholder_text_generators_are_not_available(tmp_path: Path) -> None:
    write(tmp_path, "thank_you.1.j2", "{{ lipsum() }}")
    with pytest.raises(TemplateProblem, match="lipsum"):
        compose("thank_you", CAMILLE, CLAIRE, LYON, variant=1, user_templates=tmp_path)


def test_line_breaks_inside_a_paragraph_are_spaces_even_after_a_tag(tmp_path: Path) -> None:
    write(tmp_path, "thank_you.1.j2", "Merci{% if tu %} à toi{% endif %}\npour tout.\n\n{{ promise }}")
    assert (
        "\n\nMerci pour tout.\n\n"
        in compose("thank_you", CAMILLE, CLAIRE, LYON, variant=1, user_templates=tmp_path).body
    )
