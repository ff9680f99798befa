"""A small varied home for comparing the CLI's lean reads with its Django path
(``tests/cli/test_lean_reads.py``): built by the real commands in a child process, then given
what the commands cannot make by themselves (every message state, a reply, an old heartbeat)
through the models.

Run as ``python -m tests.cli.lean_home`` with ``LASTIMPRESSION_HOME`` and ``LASTIMPRESSION_NOW``
set; prints the ids it made as JSON on its last line.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from click.testing import CliRunner

from lastimpression.cli import main

# Built and read at this instant (Thursday 3 December 2026, 15:30 in Paris).
NOW = "2026-12-03T15:30:00+01:00"

INTERVIEWS = [
    # (company, role, start, extra options, final status)
    ("Lumière Analytique", "Ingénieure data", "2026-12-03T14:00",
     ["--duration", "75", "--decision-in", "2 semaines", "--location", "12 rue de la République, Lyon"], "scheduled"),
    ("Northwind Labs", "Data Engineer", "2026-12-01T16:00",
     ["--country", "CA", "--subdivision", "QC", "--language", "en", "--mode", "video",
      "--location", "https://meet.example.com/abc"], "next_round"),
    ("Horlogerie Vaudoise", "Analyste", "2026-11-20T09:30",
     ["--country", "CH", "--subdivision", "VD", "--mode", "phone", "--decision-by", "2026-12-10"], "done"),
    ("Brasserie du Nord", "Chef de projet", "2026-11-10T11:00", ["--country", "BE"], "offer"),
    ("Acme", "Analyst", "2026-10-02T10:00", ["--language", "en"], "accepted"),
    ("Globex", "Engineer", "2026-09-15T15:00", ["--language", "en", "--country", "GB"], "rejected"),
    ("Initech", "Développeur", "2026-12-10T10:00", [], "withdrawn"),
    ("Umbrella", "Consultant", "2026-12-15T14:30", ["--timezone", "Europe/London"], "cancelled"),
    ("Stark Industries", "Data scientist", "2027-01-12T09:00", ["--decision-in", "10 jours"], "scheduled"),
]  # fmt: skip

PEOPLE = [
    # interview index, options
    (0, ["--name", "Claire Martin", "--email", "claire.martin@example.org", "--salutation", "madame",
         "--title", "Directrice data", "--greeted"]),
    (0, ["--name", "Julien Moreau", "--email", "julien.moreau@example.org", "--register", "tu",
         "--topic", "la migration vers PostgreSQL", "--topic", "les tests de bout en bout"]),
    (0, ["--name", "Inès Haddad", "--linkedin", "https://www.linkedin.com/in/ines-haddad"]),
    (1, ["--name", "Sarah Thompson", "--email", "sarah@example.com", "--topic", "their Kafka pipeline"]),
    (1, ["--name", "Marc-André Roy"]),
    (2, ["--name", "Lukas Meier", "--email", "lukas.meier@example.ch", "--salutation", "monsieur"]),
    (3, ["--name", "Sofie Peeters", "--email", "sofie@example.be"]),
    (4, ["--name", "John Smith", "--email", "john@example.com"]),
    (5, ["--name", "Emma Brown", "--email", "emma@example.co.uk"]),
    (6, ["--name", "Paul Durand", "--email", "paul@example.fr"]),
    (7, ["--name", "Alice Jones", "--email", "alice@example.com"]),
]  # fmt: skip


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, (args, result.output)
    return result.stdout


def build() -> dict[str, Any]:
    """Build the home; return the ids made."""
    _run("init", "--name", "Camille Durand", "--email", "camille@example.org", "--agreement", "feminine",
         "--phone", "+33 6 12 34 56 78", "--linkedin-premium")  # fmt: skip
    interviews = []
    for company, role, start, extra, _ in INTERVIEWS:
        printed = _run("interview", "add", "--company", company, "--role", role, "--start", start, *extra)
        interviews.append(int(printed.strip().splitlines()[-1]))
    people = []
    for index, options in PEOPLE:
        printed = _run("person", "add", str(interviews[index]), *options)
        people.append(int(printed.strip().splitlines()[-1]))
    for index in (0, 1, 2, 3, 4, 5):
        _run("draft", str(interviews[index]), "--kind", "thank-you")
    _run("draft", str(interviews[0]), "--kind", "linkedin", "--profile-polished")
    _run("draft", str(interviews[2]), "--kind", "follow-up")
    _run("draft", str(interviews[0]), "--kind", "follow-up")
    for (_, _, _, _, status), key in zip(INTERVIEWS, interviews, strict=True):
        if status != "scheduled":
            _run("interview", "outcome", str(key), "--status", status, "--note", f"Note {status}")
    _set_states(interviews, people)
    return {"interviews": interviews, "people": people}


def _set_states(interviews: list[int], people: list[int]) -> None:
    """Every message state, a snoozed, a done and a skipped action, a reply, an old heartbeat."""
    from lastimpression import clock
    from lastimpression.outbox.models import Heartbeat, Message
    from lastimpression.planning.models import Action

    now = clock.now()
    messages = list(Message.objects.order_by("id"))
    states: list[dict[str, Any]] = [
        {"status": "draft", "held": "dates_changed"},
        {"status": "scheduled", "scheduled_at": now + timedelta(hours=20)},
        {"status": "scheduled", "scheduled_at": now - timedelta(hours=5), "written_at": now - timedelta(hours=5),
         "written_to": "/home/camille/outbox/merci.eml"},
        {"status": "scheduled", "scheduled_at": now - timedelta(hours=6), "late": True},
        {"status": "scheduled", "scheduled_at": now - timedelta(hours=1), "next_attempt_at": now + timedelta(hours=2),
         "last_error": "421 try again later", "attempts": 2},
        {"status": "sent", "sent_at": now - timedelta(days=2), "scheduled_at": now - timedelta(days=2)},
        {"status": "failed", "last_error": "550 mailbox unavailable", "attempts": 3,
         "scheduled_at": now - timedelta(days=1)},
        {"status": "unknown", "last_error": "the program stopped while sending", "scheduled_at": now - timedelta(days=1)},
        {"status": "bounced", "last_error": "user unknown", "sent_at": now - timedelta(days=3)},
        {"status": "cancelled"},
        {"status": "scheduled", "scheduled_at": now - timedelta(hours=3), "written_at": now - timedelta(hours=3),
         "written_to": "imap:Drafts"},
        {"status": "sending", "claimed_at": now - timedelta(minutes=1), "claimed_by": "smtp:host:1",
         "scheduled_at": now - timedelta(minutes=2)},
    ]  # fmt: skip
    for message, values in zip(messages, states, strict=False):
        Message.objects.filter(pk=message.pk).update(**values)
    actions = list(Action.objects.filter(status="pending").order_by("id"))
    Action.objects.filter(pk=actions[0].pk).update(status="done", completed_at=now)
    Action.objects.filter(pk=actions[1].pk).update(status="skipped", completed_at=now)
    snoozed = actions[2]
    snoozed.snoozed_until = now + timedelta(days=2, hours=3)
    snoozed.save()
    from lastimpression.interviews.models import Person

    Person.objects.filter(pk=people[3]).update(replied_at=now - timedelta(days=1), reply_note="Thanks!")
    Heartbeat.objects.create(name="worker", beat_at=now - timedelta(hours=2), started_at=now - timedelta(days=1),
                             pid=4242, host="laptop")  # fmt: skip


if __name__ == "__main__":
    print(json.dumps(build()))
