"""Stored codes are shown in the user's words: an interview's language, a message's status in
the sentences that refuse something."""

from __future__ import annotations

import pytest

from lastimpression.core.validation import InvalidValue
from lastimpression.outbox.models import Message
from tests.web.conftest import EVENING, browser_in

pytestmark = pytest.mark.usefixtures("evening")


def calendar_line(html: str) -> str:
    return html.split("<dt>", 3)[3].split("</dd>")[0]


def test_the_interview_page_names_its_language_in_the_users_words(lyon_panel: int, montreal_call: int) -> None:
    assert calendar_line(browser_in("fr").get(f"/interviews/{lyon_panel}/").content.decode()).endswith(", français")
    assert calendar_line(browser_in("en").get(f"/interviews/{lyon_panel}/").content.decode()).endswith(", French")
    assert calendar_line(browser_in("fr").get(f"/interviews/{montreal_call}/").content.decode()).endswith(", anglais")
    assert calendar_line(browser_in("en").get(f"/interviews/{montreal_call}/").content.decode()).endswith(", English")


def test_a_refusal_names_the_message_status_in_words_not_as_a_code(lyon_panel: int) -> None:
    from lastimpression.outbox.drafting import draft
    from lastimpression.outbox.manual import cancel, mark_sent
    from lastimpression.outbox.sending import schedule

    draft(lyon_panel, "thank_you", None, EVENING)
    claire = Message.objects.get(person__name="Claire Martin")
    mark_sent(claire.id, EVENING)
    with pytest.raises(InvalidValue) as again:
        mark_sent(claire.id, EVENING)
    assert again.value.say("fr") == f"message: le message {claire.id} est déjà envoyé"
    assert again.value.say("en") == f"message: message {claire.id} is already sent"
    julien = Message.objects.get(person__name="Julien Moreau")
    cancel(julien.id)
    with pytest.raises(InvalidValue) as cancelled:
        cancel(julien.id)
    assert cancelled.value.say("fr") == f"message: le message {julien.id} est déjà annulé"
    with pytest.raises(InvalidValue) as resent:
        schedule(claire.id, at=None, now=EVENING)
    assert "est à l’état «\u00a0envoyé\u00a0»" in resent.value.say("fr") and "is sent: it cannot" in resent.value.say(
        "en"
    )
