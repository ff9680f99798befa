"""The dashboard reads in a few plain SQL statements (issue 17): each statement answers what the
ORM rule it stands for answers, and the number of statements does not grow with the home."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from itertools import product
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from click.testing import Result
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from lastimpression.interviews.models import Interview, Person
from lastimpression.outbox.models import Message
from lastimpression.planning.models import Action
from lastimpression.planning.service import agenda_sections, with_scheduled_for
from lastimpression.web.dashboard_reads import read_state, upcoming
from tests.web.conftest import EVENING

Cli = Callable[..., Result]
PARIS = ZoneInfo("Europe/Paris")

pytestmark = pytest.mark.usefixtures("evening")


def drafted(*interviews: int) -> list[Message]:
    from lastimpression.outbox.drafting import draft

    for interview_id in interviews:
        draft(interview_id, "thank_you", None, EVENING)
        draft(interview_id, "linkedin", None, EVENING)
    return list(Message.objects.order_by("id"))


def by_orm(days: int = 7) -> dict[str, list[int]]:
    """The agenda's sections as the ORM rule (``with_scheduled_for``) splits the pending steps."""
    today = EVENING.astimezone(PARIS).date()
    tomorrow = datetime.combine(today + timedelta(days=1), datetime.min.time(), tzinfo=PARIS)
    horizon = datetime.combine(today + timedelta(days=days + 1), datetime.min.time(), tzinfo=PARIS)
    pending = list(with_scheduled_for(Action.objects.filter(status="pending")).order_by("agenda_at", "id"))
    leaving = sorted((a for a in pending if a.scheduled_for is not None), key=lambda a: (a.scheduled_for, a.id))
    todo = [a for a in pending if a.scheduled_for is None]
    return {
        "overdue": [a.id for a in todo if a.agenda_at < EVENING],
        "today": [a.id for a in todo if EVENING <= a.agenda_at < tomorrow],
        "week": [a.id for a in todo if tomorrow <= a.agenda_at < horizon],
        "scheduled": [a.id for a in leaving],
    }


def by_sql(limit: int = 1000) -> dict[str, list[int]]:
    sections = agenda_sections(EVENING, PARIS, limit=limit)
    for items, count in sections.values():
        assert len(items) == min(count, limit)
    return {name: [item.id for item in items] for name, (items, _) in sections.items()}


def test_the_agenda_splits_the_steps_as_the_outbox_rule_does(cli: Cli, lyon_panel: int, montreal_call: int) -> None:
    assert by_sql() == by_orm()
    messages = drafted(lyon_panel, montreal_call)
    assert len(messages) >= 4
    states: list[dict[str, Any]] = [
        {"status": "scheduled", "scheduled_at": EVENING + timedelta(hours=14)},
        {"status": "scheduled", "scheduled_at": EVENING + timedelta(hours=2), "late": True},
        {"status": "scheduled", "scheduled_at": EVENING + timedelta(hours=3), "written_at": EVENING},
        {"status": "scheduled", "scheduled_at": EVENING - timedelta(hours=1)},
        {"status": "sent"},
    ]
    for message, state in zip(messages, states, strict=False):
        Message.objects.filter(pk=message.pk).update(**state)
    found = by_sql()
    assert found == by_orm()
    assert found["scheduled"], "some steps leave with their message"
    # A follow-up's message leaves for the interview, whoever it is to.
    assert Action.objects.filter(kind="follow_up", status="pending", interview_id=messages[0].interview_id).exists()
    Message.objects.filter(pk=messages[0].pk).update(kind="follow_up")
    found = by_sql()
    assert found == by_orm()
    # Cut to the first ones, the counts stay whole.
    cut = agenda_sections(EVENING, PARIS, limit=1)
    for name, (items, count) in cut.items():
        assert [item.id for item in items] == found[name][:1] and count == len(found[name])


def test_what_the_dashboard_knows_is_what_the_outbox_says(cli: Cli, lyon_panel: int) -> None:
    from lastimpression.outbox.models import STATUSES
    from lastimpression.outbox.notices import REPLIES_SHOWN_FOR, needing_attention
    from lastimpression.outbox.worker import beat, worker_status

    state = read_state(EVENING)
    assert state.has_profile and state.has_interviews and not state.alerts
    claire = drafted(lyon_panel)[0]
    for status, slot, written, late, retry in product(
        [code for code, _ in STATUSES], (None, EVENING), (None, EVENING), (False, True), (None, EVENING)
    ):
        Message.objects.filter(pk=claire.pk).update(
            status=status, scheduled_at=slot, written_at=written, late=late, next_attempt_at=retry
        )
        state = read_state(EVENING)
        assert state.needs_attention == needing_attention().exists(), (status, slot, written, late, retry)
        assert state.worker == worker_status(EVENING), (status, slot, written, late, retry)
    Message.objects.filter(pk=claire.pk).update(status="draft", held="dates")
    assert read_state(EVENING).needs_attention == needing_attention().exists() is True
    Message.objects.filter(pk=claire.pk).update(status="scheduled", scheduled_at=EVENING, held="", late=False)
    Message.objects.filter(pk=claire.pk).update(written_at=None, next_attempt_at=None)
    for last_beat in (EVENING - timedelta(minutes=10), EVENING - timedelta(minutes=20)):
        beat("dispatch", last_beat)
        assert read_state(EVENING).worker == worker_status(EVENING)
    assert read_state(EVENING).worker[1], "due, and nothing ran for 20 minutes"
    for replied in (EVENING - REPLIES_SHOWN_FOR - timedelta(minutes=1), EVENING - REPLIES_SHOWN_FOR):
        Person.objects.filter(name="Claire Martin").update(replied_at=replied)
        assert (
            read_state(EVENING).replied == Person.objects.filter(replied_at__gte=EVENING - REPLIES_SHOWN_FOR).exists()
        )
    assert read_state(EVENING).replied


def test_the_next_interviews_are_the_ones_not_over_and_not_cancelled(cli: Cli, candidate: None) -> None:
    for day, status in ((1, "done"), (3, "scheduled"), (3, "cancelled"), (4, "next_round"), (9, "scheduled")):
        added = cli(
            "interview", "add", "--company", f"C{day}{status}", "--role", "R", "--start", f"2026-12-{day:02d}T17:30"
        )
        assert added.exit_code == 0, added.output
        Interview.objects.filter(company=f"C{day}{status}").update(status=status)
    coming = Interview.objects.filter(end__gte=EVENING).exclude(status="cancelled").order_by("start", "id")
    # The one of the 3rd at 17:30 Paris is under way at 18:00 (an hour long): still coming.
    assert [item.id for item in upcoming(EVENING)] == [item.id for item in coming[:5]]
    assert [item.company for item in upcoming(EVENING, 2)] == ["C3scheduled", "C4next_round"]
    first = upcoming(EVENING)[0]
    assert first.start == coming[0].start and first.timezone == coming[0].timezone


# What the dashboard may ask the database, whatever the home's size: the profile (the language),
# the agenda's counts and its lines, what else it needs to know, the next interviews. "Needs you"
# adds its own when something needs the user.
STATEMENTS = 5
WITH_ALERTS = STATEMENTS + 3


def statements(browser: Client) -> int:
    browser.get("/")  # fills the insights' cache for this data
    with CaptureQueriesContext(connection) as captured:
        assert browser.get("/").status_code == 200
    return len(captured)


def test_the_dashboard_asks_the_database_five_times_at_any_size(browser: Client, cli: Cli, lyon_panel: int) -> None:
    assert statements(browser) == STATEMENTS
    for number in range(12):
        added = cli(
            "interview", "add", "--company", f"Co{number}", "--role", "Dev", "--start", f"2026-11-{number + 10}T10:00"
        )
        interview_id = added.stdout.strip().splitlines()[-1]
        for name in ("Ana", "Bo"):
            assert cli("person", "add", interview_id, "--name", name, "--email", f"{name}@example.org").exit_code == 0
    assert Action.objects.filter(status="pending").count() > 40
    assert statements(browser) == STATEMENTS
    messages = drafted(lyon_panel)
    Message.objects.filter(pk=messages[0].pk).update(status="failed", last_error="550")
    Person.objects.filter(name="Julien Moreau").update(replied_at=EVENING - timedelta(hours=1))
    assert statements(browser) <= WITH_ALERTS


@pytest.mark.django_db
def test_the_language_and_zone_read_for_each_request_are_the_profiles() -> None:
    """LanguageMiddleware reads the profile's language and zone in one plain statement: the
    same values the ORM reads, none before ``init``; the page speaks the profile's language in
    its zone, and a zone the system does not know falls back to the default instead of failing."""
    from lastimpression.interviews import services
    from lastimpression.interviews.models import Profile
    from lastimpression.web.common import profile_language_and_zone
    from tests.web.conftest import browser_in

    assert profile_language_and_zone() is None
    assert "<html" in browser_in().get("/").content.decode()  # before init: English, no error
    first = Profile.objects.create(
        name="Léa Martin", email="lea@example.org", language="fr", timezone="America/Toronto"
    )
    Profile.objects.create(name="Other", email="o@example.org", language="en", timezone="Europe/London")
    owner = services.profile()
    assert owner is not None and owner.pk == first.pk
    assert profile_language_and_zone() == (owner.language, owner.timezone) == ("fr", "America/Toronto")
    page = browser_in().get("/")
    assert page.headers["Content-Language"] == "fr"
    Profile.objects.filter(pk=first.pk).update(language="en", timezone="Mars/Olympus")
    page = browser_in().get("/")
    assert page.status_code == 200 and page.headers["Content-Language"] == "en"
