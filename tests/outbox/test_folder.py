"""No SMTP configured: each due message becomes a ready-to-send .eml, and nobody may believe it
went out until the user says so."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from email import message_from_bytes, policy
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings

from lastimpression.outbox.dispatch import dispatch
from lastimpression.outbox.models import Message
from lastimpression.outbox.notices import notices
from lastimpression.planning.models import Action
from tests.outbox.conftest import THANK_YOU_SLOT, Cli, Clock, dispatch_all, draft_thank_yous, send

PARIS = ZoneInfo("Europe/Paris")


def test_a_due_message_is_written_as_an_eml_that_parses_with_the_right_headers(
    cli: Cli, lyon_panel: int, clock: Clock, configure: Callable[..., None]
) -> None:
    claire, julien = draft_thank_yous(cli, lyon_panel)
    for message in (claire, julien):
        assert send(cli, message).exit_code == 0
    reports = dispatch_all(clock, THANK_YOU_SLOT + timedelta(minutes=10))
    assert [report.outcome for report in reports] == ["written", "written"]
    folder = Path(settings.HOME) / "outbox"
    files = sorted(path.name for path in folder.iterdir())
    assert files == [f"{claire.id:05d}-thank_you-claire-martin.eml", f"{julien.id:05d}-thank_you-julien-moreau.eml"]
    raw = (folder / files[0]).read_bytes()
    email = message_from_bytes(raw, policy=policy.default)
    assert email["Message-ID"] == claire.message_id_header
    assert email["From"] == "Camille Durand <camille.durand@example.org>"
    assert email["To"] == "Claire Martin <claire.martin@example.org>"
    assert email["Subject"] == "Merci – Ingénieure data, entretien du 3 décembre"
    assert email["X-Unsent"] == "1" and email["Date"]
    assert email.get_content().replace("\r\n", "\n").rstrip("\n") == claire.body.rstrip("\n")
    assert b"\r\n" in raw and all(len(line) <= 998 for line in raw.split(b"\r\n"))
    assert reports[0].link.startswith(
        "mailto:claire.martin@example.org?subject=Merci%20%E2%80%93%20Ing%C3%A9nieure%20data"
    )
    claire.refresh_from_db()
    # Written is not sent: the status says scheduled, the plan still waits, the agenda says so.
    assert claire.status == "scheduled" and claire.sent_at is None and claire.written_to.endswith(files[0])
    assert Action.objects.get(person=claire.person, kind="thank_you").status == "pending"
    written = [notice for notice in notices(clock.now, PARIS) if notice.kind == "written"]
    assert len(written) == 2
    assert "NOT SENT" in written[0].text("en") and f"lastimpression message sent {claire.id}" in written[0].text("en")
    assert written[0].text("en").startswith("Thank-you e-mail to Claire Martin (")  # the name as written
    assert "NON ENVOYÉ" in written[0].text("fr") and "(e-mail de remerciement à Claire Martin)" in written[0].text("fr")
    # Never written (or sent) twice by later passes.
    assert dispatch(clock.advance(hours=1)) == []
    # The user sent it from their mail program and confirms.
    assert cli("message", "sent", str(claire.id)).exit_code == 0
    assert Action.objects.get(person=claire.person, kind="thank_you").status == "done"
    assert [notice.message_id for notice in notices(clock.now, PARIS) if notice.kind == "written"] == [julien.id]


def test_a_folder_that_cannot_be_written_fails_the_message_with_the_reason(
    cli: Cli, lyon_panel: int, clock: Clock, configure: Callable[..., None]
) -> None:
    (Path(settings.HOME) / "outbox").write_text("a file where the folder should be")
    claire = draft_thank_yous(cli, lyon_panel)[0]
    send(cli, claire)
    (report,) = dispatch(clock.at(THANK_YOU_SLOT + timedelta(minutes=1)))
    assert report.outcome == "failed" and "outbox" in report.detail


def test_a_crash_while_writing_a_file_only_puts_the_message_back(
    cli: Cli, lyon_panel: int, clock: Clock, configure: Callable[..., None]
) -> None:
    claire = draft_thank_yous(cli, lyon_panel)[0]
    send(cli, claire)
    Message.objects.filter(pk=claire.pk).update(
        status="sending", claimed_by="folder:elsewhere:1", claimed_at=THANK_YOU_SLOT - timedelta(hours=1)
    )
    reports = dispatch(clock.at(THANK_YOU_SLOT + timedelta(minutes=1)))
    assert [report.outcome for report in reports] == ["requeued", "written"]


def test_the_agenda_notices_say_what_needs_the_user(
    cli: Cli, lyon_panel: int, clock: Clock, configure: Callable[..., None]
) -> None:
    claire, julien = draft_thank_yous(cli, lyon_panel)
    Message.objects.filter(pk=claire.pk).update(status="unknown")
    Message.objects.filter(pk=julien.pk).update(status="bounced", last_error="550 5.1.1 User unknown")
    clock.now = THANK_YOU_SLOT
    cli("person", "replied", str(claire.person_id))
    found = notices(clock.now, PARIS)
    assert [notice.kind for notice in found] == ["unknown", "bounced", "replied"]
    assert "may or may not have gone out" in found[0].text("en")
    assert f"lastimpression send {claire.id} --now" in found[0].text("en")
    assert "550 5.1.1 User unknown" in found[1].text("fr")
    assert found[2].text("en") == "Claire Martin replied on Thursday 3 December 2026 16:15."
    assert found[2].text("fr") == "Claire Martin a répondu le jeudi 3 décembre 2026 16:15."
    assert found[0].as_json()["message_id"] == claire.id
