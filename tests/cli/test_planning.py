"""The plan, the agenda and actions as the user sees them: dates, hours, order, promises."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from click.testing import Result

from lastimpression.planning.models import Action
from tests.conftest import Clock

Cli = Callable[..., Result]
NOW = datetime(2026, 12, 3, 16, 40, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _clock(clock: Clock) -> None:
    clock.at(NOW)


def plan(cli: Cli, interview_id: int) -> list[dict[str, object]]:
    result = cli("plan", str(interview_id), "--json")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert isinstance(document, list)
    return document


def by_kind(actions: list[dict[str, object]]) -> dict[tuple[object, object], object]:
    return {(action["kind"], action["person"]): action["due"] for action in actions}


def test_the_plan_of_a_french_panel(cli: Cli, lyon_panel: int) -> None:
    # Thursday 3 December 2026, 14:00-15:15 in Paris; "2 semaines" -> decision Thursday 17.
    # LinkedIn: 24 h after the end (Friday 15:15, after the thank-you's day); the next person 3
    # business hours later: Friday 18:15 is closed, so Monday 09:00. Follow-up: the business day
    # after the decision is Friday 18, moved mid-week to Tuesday 22, at 10:00.
    assert by_kind(plan(cli, lyon_panel)) == {
        ("thank_you", "Claire Martin"): "2026-12-03T16:15:00+01:00",
        ("thank_you", "Julien Moreau"): "2026-12-03T16:15:00+01:00",
        ("debrief", None): "2026-12-03T19:00:00+01:00",
        ("linkedin", "Claire Martin"): "2026-12-04T15:15:00+01:00",
        ("linkedin", "Julien Moreau"): "2026-12-07T09:00:00+01:00",
        ("follow_up", None): "2026-12-22T10:00:00+01:00",
    }


def test_the_montreal_example_of_the_spec(cli: Cli, candidate: None) -> None:
    """Ends Wednesday 23 June 2027 17:00 in Montréal: 18:00 is closed and 24 June is a Québec
    holiday, so the thank-you goes on Friday 25 June at 09:00, in the recipient's time."""
    created = cli(
        "interview", "add", "--company", "Northwind Labs", "--role", "Data Engineer", "--start", "2027-06-23T16:00",
        "--end", "2027-06-23T17:00", "--country", "CA", "--subdivision", "QC", "--language", "en",
    )  # fmt: skip
    interview_id = int(created.stdout.strip().splitlines()[-1])
    cli("person", "add", str(interview_id), "--name", "Sarah Thompson", "--email", "sarah@example.com")
    due = by_kind(plan(cli, interview_id))
    assert due[("thank_you", "Sarah Thompson")] == "2027-06-25T09:00:00-04:00"
    assert due[("linkedin", "Sarah Thompson")] == "2027-06-28T09:00:00-04:00"
    # The debrief is the candidate's, in Paris: 23:00 there is the end, +1 h = midnight.
    assert due[("debrief", None)] == "2027-06-24T00:00:00+02:00"
    # No decision date: 7 business days after Wednesday 23 June, skipping 24 June and 1 July
    # (Canada Day): Tuesday 6 July, already mid-week, at 10:00.
    assert due[("follow_up", None)] == "2027-07-06T10:00:00-04:00"


def test_a_person_without_an_e_mail_keeps_a_thank_you_step_and_draft_says_why_she_has_no_message(
    cli: Cli, candidate: None
) -> None:
    created = cli("interview", "add", "--company", "Acme", "--role", "Dev", "--start", "2026-12-07T10:00")
    interview_id = int(created.stdout.strip().splitlines()[-1])
    ana = cli("person", "add", str(interview_id), "--name", "Ana Silva").stdout.strip().splitlines()[-1]
    cli("person", "add", str(interview_id), "--name", "Bo Lind", "--email", "bo@example.org")
    steps = {(action["kind"], action["person"]): action for action in plan(cli, interview_id)}
    assert ("linkedin", "Ana Silva") in steps
    assert steps[("thank_you", "Ana Silva")]["needs_address"] is True
    assert steps[("thank_you", "Bo Lind")]["needs_address"] is False
    assert "Ana Silva (sans adresse)" in cli("plan", str(interview_id)).stdout
    drafted = cli("draft", str(interview_id))
    assert drafted.exit_code == 0
    assert "Bo Lind" in drafted.stdout and "Ana Silva" not in drafted.stdout
    assert (
        f"Ana Silva : pas d'adresse électronique, donc pas de message. Ajoutez-en une (lastimpression person edit {ana}"
        in drafted.stderr
    )
    # Thanked by hand: the step is done like any other.
    action_id = str(steps[("thank_you", "Ana Silva")]["id"])
    assert cli("action", "done", action_id).exit_code == 0


def test_the_agenda_puts_overdue_first_and_shows_the_recipients_time(
    cli: Cli, lyon_panel: int, montreal_call: int
) -> None:
    agenda = json.loads(cli("agenda", "--days", "1", "--json").stdout)
    # Through Friday: Claire's LinkedIn invitation (Friday 15:15); Julien's, 3 business hours
    # later, falls on Monday 09:00, beyond the agenda's day.
    assert [(item["kind"], item["person"], item["overdue"]) for item in agenda] == [
        ("thank_you", "Claire Martin", True),
        ("thank_you", "Julien Moreau", True),
        ("debrief", None, False),
        ("linkedin", "Claire Martin", False),
    ]
    assert json.loads(cli("today", "--json").stdout) == agenda[:3]
    table = cli("agenda", "--days", "366").stdout
    lines = table.splitlines()
    header = next(index for index, line in enumerate(lines) if line.startswith("ID "))
    assert "EN RETARD" in lines[header + 2]
    # Above the table: when the outbox last ran (never, here).
    assert "Envois : aucun passage pour l'instant." in lines[:header]
    assert "(09:00 America/Toronto)" in table


def test_a_thank_you_done_pins_the_promised_follow_up_even_when_the_decision_moves(cli: Cli, lyon_panel: int) -> None:
    # Claire's: the main contact, whose thank-you carries the promise.
    thank_you = Action.objects.get(kind="thank_you", person__name="Claire Martin")
    assert cli("action", "done", str(thank_you.id)).exit_code == 0
    result = cli("interview", "edit", str(lyon_panel), "--decision-by", "2027-01-08")
    assert result.exit_code == 0
    assert "la date promise est maintenue" in result.stderr
    # The date promised: Tuesday 22 December at 10:00 (decision Thursday 17 -> Friday 18 -> mid-week).
    assert by_kind(plan(cli, lyon_panel))[("follow_up", None)] == "2026-12-22T10:00:00+01:00"


def test_without_a_promise_the_follow_up_follows_the_decision_date(cli: Cli, lyon_panel: int) -> None:
    result = cli("interview", "edit", str(lyon_panel), "--decision-by", "2027-01-08")
    assert result.exit_code == 0 and result.stderr == ""
    # Decision Friday 8 January: the business day after is Monday 11, moved mid-week to Tuesday 12, 10:00.
    assert by_kind(plan(cli, lyon_panel))[("follow_up", None)] == "2027-01-12T10:00:00+01:00"


def test_a_done_action_never_moves(cli: Cli, lyon_panel: int) -> None:
    debrief = Action.objects.get(kind="debrief")
    cli("action", "done", str(debrief.id))
    cli("interview", "edit", str(lyon_panel), "--start", "2026-12-04T10:00")
    debrief.refresh_from_db()
    assert debrief.status == "done"
    assert debrief.due.isoformat() == "2026-12-03T18:00:00+00:00"
    assert by_kind(plan(cli, lyon_panel))[("linkedin", "Claire Martin")] == "2026-12-07T09:00:00+01:00"


def test_snooze_and_skip(cli: Cli, lyon_panel: int) -> None:
    # Julien's invitation is due Monday 7 December 09:00 (3 business hours after Claire's).
    linkedin = Action.objects.get(kind="linkedin", person__name="Julien Moreau")
    assert cli("action", "snooze", str(linkedin.id), "--until", "2026-12-07T10:30").exit_code == 0
    snoozed = next(action for action in plan(cli, lyon_panel) if action["id"] == linkedin.id)
    assert snoozed["due"] == "2026-12-07T10:30:00+01:00"
    assert snoozed["planned_due"] == "2026-12-07T09:00:00+01:00"
    default = Action.objects.get(kind="linkedin", person__name="Claire Martin")
    cli("action", "snooze", str(default.id))
    default.refresh_from_db()
    # Due Friday 15:15: put off, it moves a day after that (Saturday), into business hours:
    # Monday 09:00. Never earlier than it was.
    assert default.local_due().isoformat() == "2026-12-07T09:00:00+01:00"
    assert cli("action", "skip", str(linkedin.id)).exit_code == 0
    again = cli("action", "skip", str(linkedin.id))
    assert again.exit_code == 1 and again.stderr.startswith("Erreur : action: ")


def test_a_next_round_cancels_the_pending_follow_up_and_removing_a_person_removes_their_actions(
    cli: Cli, lyon_panel: int
) -> None:
    cli("interview", "outcome", str(lyon_panel), "--status", "next_round")
    statuses = {(action["kind"], action["person"]): action["status"] for action in plan(cli, lyon_panel)}
    assert statuses[("follow_up", None)] == "cancelled"
    assert statuses[("thank_you", "Claire Martin")] == "pending"
    julien = Action.objects.filter(person__name="Julien Moreau").first()
    assert julien is not None and julien.person is not None
    cli("person", "remove", str(julien.person.id))
    assert not Action.objects.filter(person__name="Julien Moreau").exists()


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["action", "done", "999"], "action"),
        (["action", "snooze", "{action}", "--until", "2026-12-01T09:00"], "--until"),
        (["action", "snooze", "{action}", "--until", "next week"], "--until"),
        (["plan", "999"], "interview"),
        (["action", "done", "{cancelled}"], "action"),
        (["agenda", "--days", "400"], "--days"),
        (["agenda", "--days", "soon"], "--days"),
    ],
)
def test_bad_action_input_names_the_field(cli: Cli, lyon_panel: int, args: list[str], field: str) -> None:
    first = Action.objects.first()
    assert first is not None
    cancelled = Action.objects.last()
    assert cancelled is not None
    cancelled.status = "cancelled"
    cancelled.save()
    result = cli(*[arg.replace("{action}", str(first.id)).replace("{cancelled}", str(cancelled.id)) for arg in args])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Erreur : {field}: ")
