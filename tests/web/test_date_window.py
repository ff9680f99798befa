"""The web forms hold dates to the same window as the command line (1970 to 2200): a date
outside it is a 400 page naming the field, never a 500, and nothing is saved."""

from __future__ import annotations

import pytest
from django.test import Client

from lastimpression.interviews.models import Interview
from lastimpression.journal.models import JournalEntry
from tests.web.conftest import csrf_token
from tests.web.test_editing import submit

pytestmark = pytest.mark.usefixtures("evening")


def post(browser: Client, url: str, data: dict[str, str]) -> object:
    return browser.post(url, {**data, "csrfmiddlewaretoken": csrf_token(browser, url)})


@pytest.mark.parametrize("start", ["9999-12-30T10:00", "0001-01-01T00:30"])
def test_a_new_interview_outside_the_window_is_refused_naming_start(
    browser: Client, candidate: None, start: str
) -> None:
    refused = post(browser, "/interviews/new", {"company": "Acme", "role": "Dev", "start": start})
    assert refused.status_code == 400  # type: ignore[attr-defined]
    html = refused.content.decode()  # type: ignore[attr-defined]
    assert 'id="start-error"' in html and "2200" in html, "said beside the start"
    assert not Interview.objects.exists()


@pytest.mark.parametrize(("field", "value"), [("start", "9999-12-30T10:00"), ("decision", "9999-12-31")])
def test_an_edit_outside_the_window_is_refused_naming_the_field(
    browser: Client, lyon_panel: int, field: str, value: str
) -> None:
    edit = f"/interviews/{lyon_panel}/edit"
    before = Interview.objects.get(pk=lyon_panel)
    refused = submit(browser, edit, edit, **{field: value})
    assert refused.status_code == 400 and f'id="{field}-error"' in refused.content.decode()
    after = Interview.objects.get(pk=lyon_panel)
    assert (after.start, after.decision_by) == (before.start, before.decision_by)


def test_a_journal_entry_in_the_year_1_is_refused(browser: Client, candidate: None) -> None:
    refused = post(browser, "/journal/", {"context": "Salon", "when": "0001-01-01"})
    assert refused.status_code == 400  # type: ignore[attr-defined]
    assert not JournalEntry.objects.exists()
