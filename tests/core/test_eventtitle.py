"""The company and the role read from interview titles as people write them in their calendars."""

from __future__ import annotations

import pytest

from lastimpression.core.eventtitle import company_from_domain, guess_from_title
from lastimpression.core.icsfile import DEFAULT_KEYWORDS

INVITED = ("Claire Martin", "Julien Moreau")


@pytest.mark.parametrize(
    ("title", "company", "role"),
    [
        ("Entretien chez Icsco", "Icsco", ""),
        ("Entretien – Data engineer – Icsco", "Icsco", "Data engineer"),
        ("Interview with Acme", "Acme", ""),
        ("Acme / Data Engineer interview", "Acme", "Data Engineer"),
        ("Entretien Icsco : Développeuse Python", "Icsco", "Développeuse Python"),
        ("Entretien RH chez Acier SA", "Acier SA", ""),
        ("Entretien d’embauche chez L'Oréal", "L'Oréal", ""),
        ("Entretien pour le poste d’Ingénieure data chez Icsco", "Icsco", "Ingénieure data"),
        ("Interview for the Data Engineer position at Acme", "Acme", "Data Engineer"),
        ("Phone screen - Backend Developer @ Globex", "Globex", "Backend Developer"),
        ("Data Engineer technical interview - Acme", "Acme", "Data Engineer"),
        ("CI/CD engineer interview at Globex", "Globex", "CI/CD engineer"),
        ("2e entretien technique – Icsco", "Icsco", ""),
        ("Chargée de recrutement chez Icsco", "Icsco", "Chargée de recrutement"),
        ("Entretien chez La Poste", "La Poste", ""),
        ("Entretien 14h30 Saint-Gobain", "Saint-Gobain", ""),
        # A piece in brackets is an aside (a place) before it is the company.
        ("Entretien : Icsco (Lyon)", "Icsco", ""),
        ("Interview with the hiring manager (Acme)", "Acme", ""),
        # No word of a job: the role is not guessed, the company is the last piece.
        ("Entretien – Growth – Icsco", "Icsco", ""),
        # People met are not companies; the domain names it then.
        ("Entretien avec Claire Martin", "", ""),
        ("Échange avec l'équipe data", "", ""),
        ("Claire Martin – Entretien chez Icsco", "Icsco", ""),
        ("Entretien Développeuse Python", "", "Développeuse Python"),
        ("Call", "", ""),
    ],
)
def test_common_titles(title: str, company: str, role: str) -> None:
    guess = guess_from_title(title, DEFAULT_KEYWORDS, INVITED)
    assert (guess.company, guess.role) == (company, role)


def test_the_attendees_domain_picks_the_company_among_pieces() -> None:
    guess = guess_from_title("Entretien – Lumière – Lyon", DEFAULT_KEYWORDS, (), domain_company="Lumiere Analytique")
    assert (guess.company, guess.role) == ("Lumière", "")


def test_the_company_of_a_domain_leaves_out_webmails_and_the_users_own_address() -> None:
    emails = ["camille@gmail.com", "moi@lumiere-analytique.fr", "claire.martin@lumiere-analytique.fr"]
    assert company_from_domain(emails, {"moi@lumiere-analytique.fr"}) == "Lumiere Analytique"
    assert company_from_domain(["a@gmail.com"], set()) == ""
