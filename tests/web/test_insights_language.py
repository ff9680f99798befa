"""The dashboard's "How the score is computed" says the habits and the formula in the page's
language, from the one catalogue (issue 16), and never the other language's."""

from __future__ import annotations

import pytest

from tests.web.conftest import browser_in


def _formula(language: str) -> str:
    html = browser_in(language).get("/").content.decode()
    return html.split("<details>")[1].split("</details>")[0]


@pytest.mark.usefixtures("candidate")
def test_the_score_formula_is_in_the_pages_language() -> None:
    french, english = _formula("fr"), _formula("en")
    assert "<li>Attention gardée jusqu’à la porte — poids 25</li>" in french
    assert "<li>Stayed focused until the door — weight 25</li>" in english
    assert "Score = 100 × (sum of the weights" in english and "Score = 100 × (sum" not in french
    assert "Stayed focused" not in french and "Attention gardée" not in english
