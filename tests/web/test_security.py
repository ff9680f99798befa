"""The local web UI's defences: the install token, the host allow-list, CSRF, escaping."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlsplit

import pytest
from django.test import Client

from lastimpression.interviews.models import Interview, Person, Profile
from lastimpression.web.token import COOKIE, install_token


@pytest.fixture
def interview(db: None) -> Interview:
    Profile.objects.create(name="Camille Durand", email="camille@example.org", language="fr")
    found = Interview.objects.create(
        company="Lumière Analytique", role="Ingénieure data", start=datetime(2026, 12, 3, 13, tzinfo=UTC),
        end=datetime(2026, 12, 3, 14, tzinfo=UTC), timezone="Europe/Paris",
    )  # fmt: skip
    Person.objects.create(interview=found, name="<script>alert(1)</script>", topics=["<b>bold</b>"])
    return found


@pytest.fixture
def browser(interview: Interview) -> Client:
    client = Client()
    client.cookies[COOKIE] = install_token()
    return client


def test_every_page_answers_403_without_the_token(interview: Interview) -> None:
    client = Client()
    assert client.get("/").status_code == 403
    assert client.get(f"/interviews/{interview.id}/").status_code == 403
    assert client.get("/static/web/site.css").status_code == 403
    assert client.get("/?token=wrong").status_code == 403
    client.cookies[COOKIE] = "wrong"
    assert client.get("/").status_code == 403


def test_the_token_sets_a_strict_cookie_and_leaves_the_address_bar(interview: Interview) -> None:
    client = Client()
    response = client.get(f"/?token={install_token()}&status=scheduled")
    assert response.status_code == 302
    assert response["Location"] == "/?status=scheduled"
    cookie = response.cookies[COOKIE]
    assert cookie.value == install_token()
    assert cookie["httponly"] and cookie["samesite"] == "Strict"
    page = client.get("/")
    assert page.status_code == 200
    assert "Lumière Analytique" in page.content.decode()


def test_the_list_is_in_the_profiles_language_with_search_and_status_filter(
    browser: Client, interview: Interview
) -> None:
    page = browser.get("/interviews/").content.decode()
    assert '<html lang="fr">' in page and "Entretiens" in page and "3 décembre 2026 à 14:00" in page
    assert "Lumière Analytique" in browser.get("/interviews/?q=lumi").content.decode()
    assert "Lumière Analytique" in browser.get("/interviews/?q=script").content.decode()
    assert "Aucun entretien ne correspond" in browser.get("/interviews/?q=nothing-like-it").content.decode()
    assert "Aucun entretien ne correspond" in browser.get("/interviews/?status=offer").content.decode()


def test_a_foreign_host_header_gets_400(browser: Client) -> None:
    assert browser.get("/", HTTP_HOST="evil.example.com").status_code == 400
    assert browser.get("/", HTTP_HOST="127.0.0.1:8765").status_code == 200


def test_a_post_without_the_csrf_token_gets_403(interview: Interview) -> None:
    client = Client(enforce_csrf_checks=True)
    client.cookies[COOKIE] = install_token()
    response = client.post(f"/interviews/{interview.id}/outcome", {"status": "offer"})
    assert response.status_code == 403
    interview.refresh_from_db()
    assert interview.status == "scheduled"


def test_a_post_with_the_csrf_token_records_the_outcome(interview: Interview) -> None:
    client = Client(enforce_csrf_checks=True)
    client.cookies[COOKIE] = install_token()
    page = client.get(f"/interviews/{interview.id}/")
    token = page.content.decode().split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    response = client.post(f"/interviews/{interview.id}/outcome", {"status": "offer", "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    interview.refresh_from_db()
    assert interview.status == "offer"


def test_names_are_shown_as_text_never_as_markup(browser: Client, interview: Interview) -> None:
    page = browser.get(f"/interviews/{interview.id}/").content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;bold&lt;/b&gt;" in page


def test_pages_forbid_framing(browser: Client) -> None:
    response = browser.get("/")
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_pages_forbid_inline_scripts_and_outside_requests(browser: Client) -> None:
    policy = browser.get("/")["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["script-src"] == "'self'"
    assert directives["default-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in directives["script-src"] and "unsafe-inline" not in directives["style-src"]


@pytest.mark.parametrize("path", ["/%2F%2Fevil.example/", "/%5Cevil.example/", "/%2F%5Cevil.example/"])
def test_the_token_redirect_stays_on_this_host(interview: Interview, path: str) -> None:
    response = Client().get(f"{path}?token={install_token()}")
    assert response.status_code == 302
    location = response["Location"]
    # A browser reads "//host", "/\host" and "\\host" as another site: the target is a path here.
    assert location.startswith("/") and location[1:2] not in ("/", "\\")
    assert urlsplit(location).netloc == "" and "evil.example" not in urlsplit(location).netloc


def test_the_token_is_refused_from_a_foreign_host(interview: Interview) -> None:
    response = Client().get(f"/?token={install_token()}", HTTP_HOST="evil.example.com")
    assert response.status_code == 400
    assert COOKIE not in response.cookies


@pytest.mark.parametrize(
    "path, status", [("/", 403), ("/?token=wrong", 403), ("/?token={token}", 302), ("/nowhere/", 404)]
)
def test_every_response_forbids_framing_and_inline_scripts(interview: Interview, path: str, status: int) -> None:
    client = Client()
    if status == 404:
        client.cookies[COOKIE] = install_token()
    response = client.get(path.format(token=install_token()))
    assert response.status_code == status
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_a_foreign_host_is_answered_with_the_same_headers(interview: Interview) -> None:
    response = Client().get("/", HTTP_HOST="evil.example.com")
    assert response.status_code == 400
    assert response["X-Frame-Options"] == "DENY" and "Content-Security-Policy" in response
