"""A request that fails in a way no view handles gets a clear page in the user's language (a
500, never a traceback nor Django's bare "Server Error"), which says what was not saved."""

from __future__ import annotations

import errno

import pytest
from django.db import OperationalError

from lastimpression.web.pages import dashboard  # noqa: F401 (the module patched below is loaded)
from tests.web.conftest import browser_in

pytestmark = pytest.mark.usefixtures("evening")


def failing(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr("lastimpression.web.pages.context", fail)


@pytest.mark.parametrize(
    ("language", "error", "said"),
    [
        ("en", OperationalError("database is locked"), "The database is busy with another program"),
        ("fr", OperationalError("database is locked"), "La base de données est occupée"),
        ("en", OperationalError("database or disk is full"), "The disk is full. What you sent was not saved"),
        ("fr", OSError(errno.ENOSPC, "No space left on device"), "Le disque est plein."),
        ("en", RuntimeError("boom in the dashboard"), "An unexpected error happened: this is a bug."),
        ("fr", OverflowError("date value out of range"), "c’est un défaut du programme"),
    ],
)
def test_a_failing_page_is_a_clear_500_in_the_users_language(
    candidate: None, monkeypatch: pytest.MonkeyPatch, language: str, error: BaseException, said: str
) -> None:
    failing(monkeypatch, error)
    browser = browser_in(language)
    browser.raise_request_exception = False
    response = browser.get("/")
    html = response.content.decode()
    assert response.status_code == 500
    assert said in html and f'<html lang="{language}">' in html
    assert "Traceback" not in html and str(error) not in html
