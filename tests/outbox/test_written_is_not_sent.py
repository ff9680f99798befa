"""Without SMTP, a message is only written to the outbox folder: the commands never let the user
believe it went out (PRODUCT.md C7), from scheduling it to confirming it sent by hand."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from django.conf import settings

from lastimpression.outbox.dispatch import dispatch
from tests.outbox.conftest import THANK_YOU_SLOT, Cli, Clock, SmtpServer, draft_thank_yous, send


def test_send_says_the_message_will_only_be_written_and_list_and_show_say_it_awaits_confirmation(
    cli: Cli, lyon_panel: int, clock: Clock, configure: Callable[..., None]
) -> None:
    configure()
    claire, _ = draft_thank_yous(cli, lyon_panel)
    folder = Path(settings.HOME) / "outbox"
    result = send(cli, claire)
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        f"Le message {claire.id} sera écrit dans {folder} le jeudi 3 décembre 2026 16:15:00 (Europe/Paris), "
        "NON ENVOYÉ\u00a0: aucun serveur SMTP n’est configuré.",
        f"Envoyez ensuite le .eml depuis votre messagerie, puis confirmez\u00a0: lastimpression message sent {claire.id}",
    ]
    assert json.loads(send(cli, claire, "--json").stdout)["delivery"] == "folder"
    dispatch(clock.at(THANK_YOU_SLOT + timedelta(minutes=10)))

    not_sent = "NON ENVOYÉ\u00a0: écrit dans le dossier d’envoi, en attente de votre confirmation"
    row = next(line for line in cli("message", "list").stdout.splitlines() if line.startswith(f"{claire.id} "))
    assert not_sent in row and "programmé" not in row
    shown = cli("message", "show", str(claire.id)).stdout.splitlines()
    written = next(path for path in folder.iterdir())
    assert shown[2:4] == [
        f"État : {not_sent}",
        f"  Écrit dans {written}\u00a0: envoyez-le depuis votre messagerie, puis confirmez\u00a0: "
        f"lastimpression message sent {claire.id}",
    ]
    listed = {item["id"]: item for item in json.loads(cli("message", "list", "--json").stdout)}
    assert listed[claire.id]["status"] == "scheduled" and listed[claire.id]["awaiting_confirmation"] is True
    assert json.loads(cli("message", "show", str(claire.id), "--json").stdout)["awaiting_confirmation"] is True
    assert cli("message", "sent", str(claire.id)).exit_code == 0
    confirmed = json.loads(cli("message", "show", str(claire.id), "--json").stdout)
    assert (confirmed["status"], confirmed["awaiting_confirmation"]) == ("sent", False)


def test_with_smtp_send_says_scheduled(
    cli: Cli, lyon_panel: int, clock: Clock, configure: Callable[..., None], smtp_server: SmtpServer
) -> None:
    configure(smtp=smtp_server.settings())
    claire, julien = draft_thank_yous(cli, lyon_panel)
    assert send(cli, claire).stdout == (
        f"Message {claire.id} programmé pour le jeudi 3 décembre 2026 16:15:00 (Europe/Paris).\n"
    )
    scheduled = json.loads(send(cli, julien, "--json").stdout)
    assert (scheduled["delivery"], scheduled["awaiting_confirmation"]) == ("smtp", False)
