"""Every web form with hostile values (issue "Nothing breaks it"): a form never answers 500,
a refusal keeps the page (400/422 or the page again, naming the field), and whatever was
accepted leaves every page readable. The fixed sweep posts each known hostile value once in
each field; the fuzz draws more."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any

import pytest
from click.testing import Result
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

from lastimpression.outbox.models import Message
from lastimpression.planning.models import Action
from tests.fuzz.budget import budget
from tests.fuzz.test_hostile_cli import HOSTILE_VALUES
from tests.web.conftest import browser_in, csrf_token

Cli = Callable[..., Result]

# Each form: the page that shows it, where it posts, a valid base, and the fields to attack.
# {i}: the Lyon interview; {p}: Claire Martin; {m}: her drafted thank-you; {a}: a pending action.
FORMS: list[tuple[str, str, dict[str, str], tuple[str, ...]]] = [
    (
        "/interviews/new", "/interviews/new",
        {"company": "Acme", "role": "Dev", "start": "2026-12-10T10:00", "duration": "60",
         "person-0-name": "Inès Garnier", "person-0-email": "ines@example.org"},
        ("company", "role", "start", "end", "duration", "decision", "decision_in", "decision_by", "country",
         "subdivision", "timezone", "language", "location", "contribution", "rows", "main", "shown-country",
         "shown-timezone", "place-chosen", "person-0-name", "person-0-email", "person-0-topics", "person-0-title",
         "person-0-salutation", "person-0-register", "person-0-linkedin", "person-1-name"),
    ),
    (
        "/interviews/{i}/edit", "/interviews/{i}/edit",
        {"company": "Lumière Analytique", "role": "Ingénieure data", "start": "2026-12-03T14:00",
         "end": "2026-12-03T15:15", "mode": "onsite", "language": "fr", "country": "FR", "timezone": "Europe/Paris"},
        ("company", "role", "start", "end", "decision", "decision_by", "country", "subdivision", "timezone",
         "language", "location", "contribution", "shown-country", "place-chosen"),
    ),
    (
        "/interviews/{i}/edit", "/people/{p}/edit",
        {"name": "Claire Martin", "email": "claire.martin@example.org", "salutation": "madame", "register": "vous"},
        ("name", "email", "title", "linkedin", "topics", "salutation", "register", "main_contact"),
    ),
    ("/interviews/{i}/", "/interviews/{i}/outcome", {"status": "done"}, ("status", "note")),
    (
        "/interviews/{i}/", "/messages/{m}/save",
        {"subject": "Merci pour notre entretien", "body": "Bonjour Madame Martin,"}, ("subject", "body"),
    ),
    ("/interviews/{i}/", "/messages/{m}/schedule", {"when": "slot"}, ("when", "subject", "body")),
    ("/", "/actions/{a}", {"do": "snooze", "next": "/"}, ("do", "next")),
    ("/journal/", "/journal/", {"context": "Salon", "when": "2026-11-20"}, ("context", "when", "who", "why")),
    ("/settings/", "/settings/", {"name": "Camille Durand", "email": "camille.durand@example.org"},
     ("name", "email", "phone", "linkedin", "timezone", "country")),
    ("/settings/mail/", "/settings/mail/", {"action": "save", "mode": "remind"},
     ("mode", "address", "provider", "other-smtp-host", "other-smtp-port", "password")),
]  # fmt: skip
# In `make test`, the values that broke something once (dates out of range, header injection,
# a line separator, sizes, signs); `make fuzz` (FUZZ_EXAMPLES set) sweeps them all.
SWEPT = (
    HOSTILE_VALUES
    if os.environ.get("FUZZ_EXAMPLES")
    else ["", "-1", "\x01", "a\r\nBcc: all@example.org", "\u2028", "x" * 10_000, "9999-12-31T23:30", "0001-01-01T00:30",
          "2027-03-28T02:30", "Mars/Olympus"]
)  # fmt: skip
# A form refused keeps the user on a page (the form again, or the page of the thing).
ANSWERS = {200, 302, 400, 403, 404, 405, 422}


@pytest.fixture(autouse=True)
def _own_home(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The forms write config.toml and password files: into a home of this test's own."""
    from django.conf import settings

    from lastimpression import config

    monkeypatch.setenv("LASTIMPRESSION_HOME", str(tmp_path))
    settings.HOME = tmp_path
    settings.CONFIG = config.load()


def ids(cli: Cli, interview_id: int) -> dict[str, str]:
    drafted = json.loads(cli("draft", str(interview_id), "--json").stdout)
    action = Action.objects.filter(interview_id=interview_id, status="pending", kind="debrief").first()
    assert action is not None
    return {
        "i": str(interview_id), "p": str(Message.objects.get(pk=drafted[0]["id"]).person_id),
        "m": str(drafted[0]["id"]), "a": str(action.id),
    }  # fmt: skip


def attack(browser: Client, found: dict[str, str], form: int, field: str, value: str) -> int:
    page, target, base, _ = FORMS[form]
    page, target = page.format(**found), target.format(**found)
    token = csrf_token(browser, page)
    answer = browser.post(target, {**base, field: value, "csrfmiddlewaretoken": token})
    return int(answer.status_code)


def still_readable(browser: Client, found: dict[str, str]) -> None:
    for page in ("/", "/interviews/", f"/interviews/{found['i']}/", "/journal/", "/settings/"):
        answer = browser.get(page)
        assert answer.status_code in (200, 404), (page, answer.status_code)


@pytest.mark.parametrize("form", range(len(FORMS)), ids=[target for _, target, _, _ in FORMS])
def test_each_known_hostile_value_in_each_field_of_each_form_is_answered_without_a_500(
    cli: Cli, lyon_panel: int, form: int
) -> None:
    browser = browser_in("fr")
    found = ids(cli, lyon_panel)
    # The base alone is accepted: else every hostile value would be "refused" unread.
    page, target, base, _ = FORMS[form]
    page, target = page.format(**found), target.format(**found)
    accepted = browser.post(target, {**base, "csrfmiddlewaretoken": csrf_token(browser, page)})
    assert accepted.status_code in (200, 302), (target, accepted.status_code)
    for field in FORMS[form][3]:
        for value in SWEPT:
            status = attack(browser, found, form, field, value)
            assert status in ANSWERS, (FORMS[form][1], field, value[:40], status)
    still_readable(browser, found)


texts = st.text(st.characters(codec="utf-8"), max_size=300) | st.sampled_from(HOSTILE_VALUES)


@pytest.fixture
def found(cli: Cli, lyon_panel: int) -> dict[str, str]:
    """The ids the forms post to, made once: the examples share the home, each leaving it as
    it may (an interview cancelled by one is still a page for the next)."""
    return ids(cli, lyon_panel)


@budget()
@given(data=st.data())
def test_drawn_values_in_the_web_forms_never_answer_500(found: dict[str, str], data: Any) -> None:
    browser = browser_in("fr")
    form = data.draw(st.integers(0, len(FORMS) - 1))
    field = data.draw(st.sampled_from(FORMS[form][3]))
    value = data.draw(texts).replace("\x00", "")  # a browser never sends a NUL in a form
    status = attack(browser, found, form, field, value)
    assert status in ANSWERS, (FORMS[form][1], field, value[:40], status)
    still_readable(browser, found)
