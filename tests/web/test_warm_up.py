"""``serve`` answers the dashboard once before printing its address, so that the first real
request finds the insights computed (issue 17: it took most of a second on a large home)."""

from __future__ import annotations

import pytest
from django.test import Client

from lastimpression.cli.serve import warm_up
from lastimpression.journal import cards
from tests.web.conftest import browser_in


@pytest.fixture
def computed(monkeypatch: pytest.MonkeyPatch, settings: object) -> list[object]:
    """Every computation of the insights (the real one), recorded; the hosts the warm-up
    allows (as serve does) are put back after the test (``settings``)."""
    calls: list[object] = []
    real = cards.current_insights

    def recorded(now):  # type: ignore[no-untyped-def]
        calls.append(now)
        return real(now)

    monkeypatch.setattr(cards, "current_insights", recorded)
    return calls


def test_the_first_request_after_the_warm_up_finds_the_insights_computed(
    lyon_panel: int, computed: list[object]
) -> None:
    from django.core.cache import cache

    cache.clear()
    warm_up("127.0.0.1")
    assert len(computed) == 1
    browser = browser_in()
    browser.defaults["HTTP_HOST"] = "127.0.0.1"
    page = browser.get("/")
    assert page.status_code == 200
    assert len(computed) == 1


def test_the_warm_up_never_stops_the_server_even_without_a_profile(db: None, computed: list[object]) -> None:
    warm_up("127.0.0.1")
    assert Client(HTTP_HOST="127.0.0.1").get("/").status_code in (200, 302, 403)
