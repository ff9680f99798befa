"""The interview forms on the nights the clocks change (Europe/Paris in 2027: forward on 28
March at 02:00, back on 31 October at 03:00): a time the clocks skip is refused on the form,
naming its field; one that happens twice is saved as the first and the page says so; a
duration is real minutes; times sent back as shown stay the instants they were."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from html import unescape

import pytest
from click.testing import Result
from django.test import Client

from lastimpression.interviews.models import Interview
from lastimpression.web.common import LANGUAGE_COOKIE
from tests.web.conftest import browser_in, csrf_token
from tests.web.test_editing import submit

Cli = Callable[..., Result]

pytestmark = pytest.mark.usefixtures("evening")


def text(response: object) -> str:
    return unescape(response.content.decode())  # type: ignore[attr-defined]


def test_the_edit_form_refuses_a_start_the_clocks_skip_and_changes_nothing(db: None, lyon_panel: int) -> None:
    edit = f"/interviews/{lyon_panel}/edit"
    before = Interview.objects.get(pk=lyon_panel)
    refused = submit(browser_in("fr"), edit, edit, start="2027-03-28T02:30", end="2027-03-28T03:30")
    assert refused.status_code == 400
    assert (
        "Début\u00a0: 2027-03-28T02:30 n’existe pas à Europe/Paris (les horloges passent de 02:00 à 03:00 cette nuit-là)"
        in text(refused)
    )
    after = Interview.objects.get(pk=lyon_panel)
    assert (after.start, after.end) == (before.start, before.end)


def test_the_edit_form_refuses_an_end_the_clocks_skip(db: None, lyon_panel: int) -> None:
    edit = f"/interviews/{lyon_panel}/edit"
    refused = submit(browser_in("en"), edit, edit, start="2027-03-28T01:30", end="2027-03-28T02:15")
    assert refused.status_code == 400
    assert "End: 2027-03-28T02:15 does not exist in Europe/Paris (clocks go from 02:00 to 03:00 that night)" in text(
        refused
    )


def test_the_edit_form_takes_the_first_of_a_start_that_happens_twice_and_says_so(db: None, lyon_panel: int) -> None:
    edit = f"/interviews/{lyon_panel}/edit"
    saved = submit(browser_in("en"), edit, edit, start="2027-10-31T02:30", end="2027-10-31T03:00", decision="")
    assert saved.status_code == 200
    assert (
        "Start: 2027-10-31T02:30 happens twice in Europe/Paris (clocks go back from 03:00 to 02:00 that night): the "
        "first one is taken (UTC+02:00); write 2027-10-31T02:30+01:00 for the second one" in text(saved)
    )
    interview = Interview.objects.get(pk=lyon_panel)
    assert interview.start == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)
    assert interview.end - interview.start == timedelta(minutes=90), "03:00 comes 90 real minutes after"


def test_times_sent_back_as_shown_stay_the_second_occurrence(db: None, cli: Cli, candidate: None) -> None:
    added = cli("interview", "add", "--company", "Horloge SA", "--role", "R", "--start", "2027-10-31T02:30+01:00")
    interview_id = int(added.stdout.strip().splitlines()[-1])
    edit = f"/interviews/{interview_id}/edit"
    saved = submit(browser_in("fr"), edit, edit, role="Lead")
    assert saved.status_code == 302, text(saved)
    interview = Interview.objects.get(pk=interview_id)
    assert (interview.role, interview.start) == ("Lead", datetime(2027, 10, 31, 1, 30, tzinfo=UTC))
    assert interview.end - interview.start == timedelta(hours=1)


def post_new(browser: Client, **fields: str) -> object:
    form = {"company": "Horloge SA", "role": "Dev", "duration": "30", "timezone": "Europe/Paris", "rows": "4"}
    return browser.post(
        "/interviews/new", {**form, **fields, "csrfmiddlewaretoken": csrf_token(browser, "/interviews/new")}
    )


def test_the_new_interview_form_refuses_a_start_the_clocks_skip(browser: Client, candidate: None) -> None:
    browser.cookies[LANGUAGE_COOKIE] = "fr"
    refused = post_new(browser, start="2027-03-28T02:30")
    assert refused.status_code == 400 and not Interview.objects.exists()  # type: ignore[attr-defined]
    assert "Début\u00a0: 2027-03-28T02:30 n’existe pas à Europe/Paris" in text(refused)


def test_the_new_interview_page_says_a_start_that_happens_twice_was_the_first(browser: Client, candidate: None) -> None:
    browser.cookies[LANGUAGE_COOKIE] = "fr"
    saved = post_new(browser, start="2027-10-31T02:30")
    interview = Interview.objects.get()
    assert saved.status_code == 302 and saved["Location"] == f"/interviews/{interview.id}/"  # type: ignore[index]
    assert interview.start == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)
    assert interview.end - interview.start == timedelta(minutes=30)
    page = text(browser.get(f"/interviews/{interview.id}/"))
    assert "Début\u00a0: 2027-10-31T02:30 arrive deux fois à Europe/Paris" in page and "la première est retenue" in page
    assert "arrive deux fois" not in text(browser.get(f"/interviews/{interview.id}/")), "said once"
