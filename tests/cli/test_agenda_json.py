"""The agenda and the plan as scripts read them: each action names the message written for it,
and ``--with-outbox`` carries what the human agenda shows above its table."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from click.testing import Result
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lastimpression.interviews.models import Person
from lastimpression.outbox.models import Heartbeat, Message
from lastimpression.planning.models import Action
from lastimpression.planning.shapes import action_json, attach_messages
from tests.conftest import Clock

Cli = Callable[..., Result]
NOW = datetime(2026, 12, 3, 16, 40, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _clock(clock: Clock) -> None:
    clock.at(NOW)


def drafted(cli: Cli, interview_id: int, *args: str) -> dict[str, int]:
    result = cli("draft", str(interview_id), *args, "--json")
    assert result.exit_code == 0, result.stderr
    return {item["person"]: item["id"] for item in json.loads(result.stdout)}


def test_each_action_names_the_message_written_for_it_in_the_plan_and_the_agenda(cli: Cli, lyon_panel: int) -> None:
    thank_yous = drafted(cli, lyon_panel)
    notes = drafted(cli, lyon_panel, "--kind", "linkedin", "--profile-polished")
    follow_ups = drafted(cli, lyon_panel, "--kind", "follow-up")
    # One follow-up for the panel, to its main contact (issue 15); the user adds Julien's by hand,
    # so that the plan's one follow-up has two e-mails written for it.
    assert list(follow_ups) == ["Claire Martin"]
    julien = Person.objects.get(name="Julien Moreau")
    follow_ups.update(drafted(cli, lyon_panel, "--kind", "follow-up", "--person", str(julien.id)))
    # Claire's note cancelled and drafted again: the new one is the action's.
    assert cli("message", "cancel", str(notes["Claire Martin"])).exit_code == 0
    cancelled = notes["Claire Martin"]
    claire = Person.objects.get(name="Claire Martin")
    notes.update(drafted(cli, lyon_panel, "--kind", "linkedin", "--person", str(claire.id)))
    assert notes["Claire Martin"] > cancelled
    plan = {(item["kind"], item["person"]): item for item in json.loads(cli("plan", str(lyon_panel), "--json").stdout)}
    for name in ("Claire Martin", "Julien Moreau"):
        assert plan[("thank_you", name)]["message_id"] == thank_yous[name]
        assert plan[("thank_you", name)]["message_ids"] == [thank_yous[name]]
        assert plan[("linkedin", name)]["message_id"] == notes[name]
    # One follow-up per interview: the first e-mail written for it (the main contact's), and every one.
    assert plan[("follow_up", None)]["message_id"] == follow_ups["Claire Martin"]
    assert plan[("follow_up", None)]["message_ids"] == [follow_ups["Claire Martin"], follow_ups["Julien Moreau"]]
    assert plan[("debrief", None)]["message_id"] is None and plan[("debrief", None)]["message_ids"] == []
    agenda = json.loads(cli("agenda", "--days", "366", "--json").stdout)
    assert {(item["kind"], item["person"]): item["message_id"] for item in agenda} == {
        key: item["message_id"] for key, item in plan.items()
    }


def test_the_messages_of_every_action_are_read_in_one_query(cli: Cli, lyon_panel: int, montreal_call: int) -> None:
    drafted(cli, lyon_panel)
    drafted(cli, montreal_call)
    actions = list(Action.objects.select_related("interview", "person"))
    with CaptureQueriesContext(connection) as queries:
        attach_messages(actions)
        shapes = [action_json(action, NOW) for action in actions]
    assert len(queries) == 1 and len(shapes) == len(actions) == 10
    assert sum(1 for shape in shapes if shape["message_id"] is not None) == 3


def test_agenda_with_outbox_carries_the_notices_and_the_heartbeat(
    cli: Cli, lyon_panel: int, montreal_call: int
) -> None:
    thank_yous = drafted(cli, lyon_panel)
    sarah = drafted(cli, montreal_call)["Sarah Thompson"]
    Message.objects.filter(pk=sarah).update(status="scheduled", scheduled_at=NOW)  # due, and nothing runs
    Message.objects.filter(pk=thank_yous["Claire Martin"]).update(status="bounced", last_error="550 5.1.1 User unknown")
    Message.objects.filter(pk=thank_yous["Julien Moreau"]).update(status="scheduled", scheduled_at=NOW, late=True)
    julien = Message.objects.get(pk=thank_yous["Julien Moreau"]).person_id
    assert cli("person", "replied", str(julien), "--at", "2026-12-03T17:00").exit_code == 0
    plain = json.loads(cli("agenda", "--json").stdout)
    assert isinstance(plain, list)  # the contract's array is unchanged without the option
    result = cli("agenda", "--json", "--with-outbox")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["actions"] == plain
    assert [(notice["kind"], notice["message_id"]) for notice in document["notices"]] == [
        ("bounced", thank_yous["Claire Martin"]),
        ("late", thank_yous["Julien Moreau"]),
        ("worker", None),
        ("replied", None),
    ]
    assert "550 5.1.1 User unknown" in document["notices"][0]["message"]
    assert document["notices"][3]["person_id"] == julien
    assert document["worker"] == {
        "last_ran": None, "warning": True,
        "message": "Outbox: has not run yet. Messages are waiting: the web UI sends them while it runs "
        "(`lastimpression serve`); without it, start `lastimpression worker` (or dispatch from cron).",
        "message_fr": "Envois : aucun passage pour l'instant. Des messages attendent : l'interface web les envoie tant "
        "qu'elle tourne (« lastimpression serve ») ; sans elle, lancez « lastimpression worker » (ou dispatch via cron).",
    }  # fmt: skip
    Heartbeat.objects.create(name="dispatch", beat_at=NOW, started_at=NOW)
    today = json.loads(cli("today", "--json", "--with-outbox").stdout)
    assert today["worker"]["last_ran"] == "2026-12-03T16:40:00+00:00" and today["worker"]["warning"] is False
    assert "worker" not in [notice["kind"] for notice in today["notices"]]
    # The human agenda says when the outbox last ran once, even with a warning.
    Heartbeat.objects.all().delete()
    human = cli("agenda").stdout
    assert human.count("Envois : aucun passage pour l'instant.") == 1 and "REVENU EN ERREUR" in human
