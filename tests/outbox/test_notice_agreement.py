"""The agenda's lines on a message agree in French with every kind of message (issue 16): the
kind ("relance", "invitation LinkedIn" are feminine) is named beside a masculine head noun
("Le message 12 (relance à Claire Martin) est MIS DE CÔTÉ"), never made the subject of a
participle in the masculine ("Relance à Claire Martin est MIS DE CÔTÉ")."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from lastimpression.interviews.models import Person
from lastimpression.outbox.drafts import PLACED
from lastimpression.outbox.models import Message
from lastimpression.outbox.notices import _message_notice

PARIS = ZoneInfo("Europe/Paris")
AT = datetime(2026, 12, 3, 14, 30, tzinfo=UTC)
KINDS = {
    "thank_you": "e-mail de remerciement",
    "follow_up": "relance",
    "follow_up_2": "seconde relance",
    "linkedin": "invitation LinkedIn",
}
# Each line the agenda can show for a message: (the kind ``message_kind`` gives, the message's fields).
LINES: dict[str, dict[str, Any]] = {
    "unknown": {"status": "unknown", "last_error": "the program stopped"},
    "failed": {"status": "failed", "last_error": "550 No such user"},
    "held": {"status": "draft", "held": "dates"},
    "bounced": {"status": "bounced", "last_error": "550 No such user"},
    "written": {"status": "scheduled", "written_at": AT, "written_to": "/tmp/outbox/12.eml"},
    "placed": {"status": "scheduled", "written_at": AT, "written_to": f"{PLACED}Drafts"},
    "late": {"status": "scheduled", "late": True, "scheduled_at": AT},
    "retrying": {"status": "scheduled", "next_attempt_at": AT, "last_error": "timed out"},
}
# A participle or adjective in the masculine singular, said of the subject of the line.
MASCULINE = re.compile(r"\b(MIS|ENVOYÉ|REVENU|réessayé|parti|corrigé|écrit|noté)\b")


def line(kind: str, situation: str) -> str:
    message = Message(id=12, kind=kind, person=Person(id=3, name="Claire Martin"), **LINES[situation])
    notice = _message_notice(message, "written" if situation == "placed" else situation, PARIS)
    assert notice is not None, situation
    return notice.text("fr")


@pytest.mark.parametrize("situation", LINES)
@pytest.mark.parametrize("kind", KINDS)
def test_each_line_names_the_kind_beside_a_masculine_head_noun(kind: str, situation: str) -> None:
    said = line(kind, situation)
    assert said.startswith(f"Le message 12 ({KINDS[kind]} à Claire Martin)"), said
    assert MASCULINE.search(said) or situation == "late", said  # its participle agrees with "message"


@pytest.mark.parametrize("kind", ["follow_up", "follow_up_2", "linkedin"])
def test_a_feminine_kind_is_never_followed_by_a_masculine_participle(kind: str) -> None:
    for situation in LINES:
        said = line(kind, situation)
        head, _, rest = said.partition(f"{KINDS[kind]} à Claire Martin")
        assert head == "Le message 12 (" and rest.startswith(")"), said
        # The old French: "Relance à Claire Martin (12) est MIS DE CÔTÉ", "… sera réessayé".
        assert not re.search(r"Claire Martin \(12\) (est|sera|NON|EN|:)", said), said


def test_the_english_lines_are_unchanged() -> None:
    message = Message(id=12, kind="follow_up", person=Person(id=3, name="Claire Martin"), **LINES["retrying"])
    notice = _message_notice(message, "retrying", PARIS)
    assert notice is not None
    assert notice.text("en").startswith("Follow-up to Claire Martin (12) will be tried again ")
