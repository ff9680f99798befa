"""A message follows its interview (issue "One truth"): cancelled with it, moved with it,
recomposed when the facts it names change (held when the user wrote it), and checked again at
the moment it leaves. Each test is a reproduction that sent a wrong e-mail before."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from lastimpression.core.compose import variants
from lastimpression.core.compose.conventions import date_in_words
from lastimpression.outbox.dispatch import dispatch
from lastimpression.outbox.manual import edit_text
from lastimpression.outbox.models import Message
from lastimpression.planning.models import Action
from tests.outbox.conftest import AFTER_INTERVIEW, THANK_YOU_SLOT, Cli, Clock, SmtpServer, draft_thank_yous, send
from tests.web.conftest import browser_in, csrf_token


def scheduled(cli: Cli, interview_id: int) -> list[Message]:
    messages = draft_thank_yous(cli, interview_id)
    for message in messages:
        assert send(cli, message).exit_code == 0
    return [Message.objects.select_related("person", "interview").get(pk=message.pk) for message in messages]


def follow_up_of(cli: Cli, interview_id: int) -> dict[str, object]:
    plan = json.loads(cli("plan", str(interview_id), "--json").stdout)
    (found,) = [action for action in plan if action["kind"] == "follow_up"]
    return found


def promised_in_words(day: date) -> str:
    return date_in_words(day, "fr", "FR")


# -- 1. cancelled ---------------------------------------------------------------------------


def test_cancelling_the_interview_cancels_its_scheduled_thank_yous_and_says_so(
    cli: Cli, lyon_panel: int, clock: Clock, smtp: SmtpServer
) -> None:
    claire, _ = scheduled(cli, lyon_panel)
    result = cli("interview", "outcome", str(lyon_panel), "--status", "cancelled")
    assert result.exit_code == 0
    assert (
        f"Message {claire.id} (e-mail de remerciement, Claire Martin) annulé\u00a0: l’entretien est annulé."
        in result.stderr
    )
    assert dispatch(clock.at(THANK_YOU_SLOT + timedelta(minutes=5))) == []
    assert smtp.arrived == []
    assert set(Message.objects.values_list("status", flat=True)) == {"cancelled"}


def test_a_withdrawal_on_the_web_cancels_the_unsent_messages_and_the_page_says_so(
    cli: Cli, lyon_panel: int, clock: Clock, smtp: SmtpServer
) -> None:
    scheduled(cli, lyon_panel)
    browser = browser_in("fr")
    token = csrf_token(browser, f"/interviews/{lyon_panel}/")
    answer = browser.post(
        f"/interviews/{lyon_panel}/outcome", {"status": "withdrawn", "csrfmiddlewaretoken": token}, follow=True
    )
    assert answer.status_code == 200
    assert "vous avez retiré votre candidature" in answer.content.decode()
    assert dispatch(clock.at(THANK_YOU_SLOT + timedelta(minutes=5))) == []
    assert smtp.arrived == []


def test_a_cancellation_that_reaches_the_message_only_at_departure_still_stops_it(
    cli: Cli, lyon_panel: int, clock: Clock, smtp: SmtpServer
) -> None:
    """The last check: an interview cancelled behind the outbox's back (another process, an
    older version) stops the message as it is about to leave."""
    from lastimpression.interviews.models import Interview

    scheduled(cli, lyon_panel)
    Interview.objects.filter(pk=lyon_panel).update(status="cancelled")
    reports = dispatch(clock.at(THANK_YOU_SLOT + timedelta(minutes=5)))
    assert {report.outcome for report in reports} == {"cancelled"}
    assert smtp.arrived == []


# -- 2. moved -------------------------------------------------------------------------------


def test_a_moved_interview_moves_and_rewrites_its_thank_yous(
    cli: Cli, lyon_panel: int, clock: Clock, smtp: SmtpServer
) -> None:
    claire, _ = scheduled(cli, lyon_panel)
    # Sent the afternoon of the interview, it says so instead of writing the day (issue 15).
    assert "cet après-midi" in claire.body and not re.search(r"\bhier\b", claire.body)
    # Moved to Monday 17:00-18:15: end + 1 h is after closing, so the thank-you leaves at
    # Tuesday's opening, the next day, and must now say "hier".
    moved = cli("interview", "edit", str(lyon_panel), "--start", "2026-12-07T17:00")
    assert moved.exit_code == 0
    assert (
        f"Message {claire.id} (e-mail de remerciement, Claire Martin) réécrit avec les nouvelles dates" in moved.stderr
    )
    # Nothing leaves at the old slot, before the meeting.
    assert dispatch(clock.at(THANK_YOU_SLOT + timedelta(minutes=5))) == []
    claire.refresh_from_db()
    assert claire.status == "scheduled"
    assert claire.scheduled_at == datetime(2026, 12, 8, 8, tzinfo=UTC)  # Tuesday 09:00 in Paris
    assert re.search(r"\bhier\b", claire.body) and "cet après-midi" not in claire.body, claire.body
    assert "jeudi 3 décembre" not in claire.body
    reports = dispatch(clock.at(claire.scheduled_at + timedelta(minutes=1)))
    assert [report.outcome for report in reports][:1] == ["sent"]
    assert re.search(r"\bhier\b", smtp.arrived[0].email.get_content())


def test_a_moved_interview_holds_a_thank_you_the_user_wrote_instead_of_sending_it_wrong(
    cli: Cli, lyon_panel: int, clock: Clock, smtp: SmtpServer
) -> None:
    claire, _ = scheduled(cli, lyon_panel)
    edit_text(claire, claire.subject, claire.body.replace("Bien cordialement", "Très cordialement"))
    result = cli("interview", "edit", str(lyon_panel), "--start", "2026-12-07T14:00")
    assert f"Message {claire.id} (e-mail de remerciement, Claire Martin) mis de côté" in result.stderr
    claire.refresh_from_db()
    assert (claire.status, claire.held, claire.scheduled_at) == ("draft", "moved", None)
    assert "Très cordialement" in claire.body  # the user's words are kept
    dispatch(clock.at(datetime(2026, 12, 7, 15, 20, tzinfo=UTC)))
    assert [item.rcpt_tos for item in smtp.arrived] == [["julien.moreau@example.org"]]


def test_a_thank_you_never_leaves_before_the_interview_has_ended(cli: Cli, lyon_panel: int, clock: Clock) -> None:
    claire, _ = draft_thank_yous(cli, lyon_panel)
    clock.at(datetime(2026, 12, 3, 13, 30, tzinfo=UTC))  # 14:30 in Paris, during the interview
    refused = cli("send", str(claire.id), "--now")
    assert refused.exit_code == 1
    assert "un remerciement ne part jamais avant sa fin" in refused.stderr
    assert cli("send", str(claire.id), "--now", "--force").exit_code == 1


# -- 3. the promise -------------------------------------------------------------------------


def test_a_new_decision_date_rewrites_the_promise_of_an_unsent_thank_you_and_the_plan_keeps_what_was_sent(
    cli: Cli, lyon_panel: int, clock: Clock, smtp: SmtpServer
) -> None:
    claire, julien = scheduled(cli, lyon_panel)
    assert cli("interview", "edit", str(lyon_panel), "--decision-by", "2026-12-23").exit_code == 0
    follow_up = follow_up_of(cli, lyon_panel)
    promise = date(2026, 12, 24)
    assert str(follow_up["due"]).startswith(promise.isoformat())
    claire.refresh_from_db()
    assert promised_in_words(promise) in claire.body
    lint = json.loads(cli("lint", str(claire.id), "--json").stdout)
    assert [finding for finding in lint["findings"] if finding["code"] == "LI007"] == []
    dispatch(clock.at(THANK_YOU_SLOT + timedelta(minutes=1)))
    assert promised_in_words(promise) in smtp.arrived[0].email.get_content()
    assert follow_up_of(cli, lyon_panel)["promised"] == promise.isoformat()
    # Once it has left, the date the recruiter read is a commitment: a later decision date
    # does not move the follow-up. Julien is not the main contact (Claire, the first with an
    # address, is): his unsent thank-you, rewritten for the new decision date, still promises
    # him no follow-up of his own, neither the kept date nor one from the new decision date.
    cli("interview", "edit", str(lyon_panel), "--decision-by", "2027-01-08")
    after = follow_up_of(cli, lyon_panel)
    assert after["promised"] == promise.isoformat() and str(after["due"]).startswith(promise.isoformat())
    julien.refresh_from_db()
    assert promised_in_words(promise) not in julien.body and "recontacter" not in julien.body
    assert "janvier" not in julien.body


def test_a_thank_you_confirmed_sent_by_hand_pins_the_date_its_text_named(cli: Cli, lyon_panel: int) -> None:
    claire, _ = draft_thank_yous(cli, lyon_panel)
    named = follow_up_of(cli, lyon_panel)["due"]
    # The plan's date moves without the text knowing (a change made straight in the database).
    Action.objects.filter(interview_id=lyon_panel, kind="follow_up").update(
        due=datetime(2027, 1, 4, 8, tzinfo=UTC), agenda_at=datetime(2027, 1, 4, 8, tzinfo=UTC)
    )
    assert cli("message", "sent", str(claire.id)).exit_code == 0
    assert follow_up_of(cli, lyon_panel)["promised"] == str(named)[:10]


# -- 4. snooze ------------------------------------------------------------------------------


def test_putting_off_a_follow_up_moves_it_later_never_earlier(cli: Cli, lyon_panel: int, clock: Clock) -> None:
    follow_up = follow_up_of(cli, lyon_panel)
    due = datetime.fromisoformat(str(follow_up["due"]))
    put_off = cli("action", "snooze", str(follow_up["id"]))
    assert put_off.exit_code == 0
    action = Action.objects.get(pk=follow_up["id"])
    assert action.snoozed_until is not None and action.snoozed_until > due
    # Due Tuesday 22 December at 10:00 (mid-morning, issue 15); put off by a day: Wednesday
    # 23 at 10:00, a business day inside the recipient's hours.
    assert action.local_due().isoformat() == "2026-12-23T10:00:00+01:00"
    # Before the promised day: refused, naming the option.
    earlier = (due - timedelta(days=2)).isoformat(timespec="minutes")
    refused = cli("action", "snooze", str(follow_up["id"]), "--until", earlier)
    assert refused.exit_code == 1 and refused.stderr.startswith("Erreur : --until: ")


def test_putting_off_follows_the_configured_business_hours(
    cli: Cli, lyon_panel: int, clock: Clock, configure: Callable[..., None]
) -> None:
    configure(plan={"opening": time(9), "closing": time(17)})
    thank_you = Action.objects.filter(interview_id=lyon_panel, kind="thank_you").first()
    assert thank_you is not None
    clock.at(datetime(2026, 12, 4, 15, 40, tzinfo=UTC))  # Friday 16:40: a day later is Saturday
    assert cli("action", "snooze", str(thank_you.id)).exit_code == 0
    thank_you.refresh_from_db()
    assert thank_you.local_due().isoformat() == "2026-12-07T09:00:00+01:00"


# -- 5. a follow-up never before the recruiter's date --------------------------------------


def test_a_follow_up_sent_now_on_the_interview_day_is_refused_unless_forced(
    cli: Cli, lyon_panel: int, clock: Clock, smtp: SmtpServer
) -> None:
    clock.at(AFTER_INTERVIEW + timedelta(hours=1))
    drafted = cli("draft", str(lyon_panel), "--kind", "follow-up", "--json")
    follow_up = json.loads(drafted.stdout)[0]
    refused = cli("send", str(follow_up["id"]), "--now")
    assert refused.exit_code == 1
    assert "LI016" in refused.stderr and "date de relance promise" in refused.stderr
    assert smtp.arrived == []
    forced = cli("send", str(follow_up["id"]), "--now", "--force")
    assert forced.exit_code == 0
    assert len(smtp.arrived) == 1


def test_a_follow_up_scheduled_too_early_behind_the_checks_back_is_moved_at_departure(
    cli: Cli, lyon_panel: int, clock: Clock, smtp: SmtpServer
) -> None:
    drafted = cli("draft", str(lyon_panel), "--kind", "follow-up", "--json")
    follow_up = json.loads(drafted.stdout)[0]
    Message.objects.filter(pk=follow_up["id"]).update(status="scheduled", scheduled_at=THANK_YOU_SLOT)
    (report,) = dispatch(clock.at(THANK_YOU_SLOT + timedelta(minutes=1)))
    assert report.outcome == "moved" and report.at is not None
    # To the plan's slot: the decision (17 December) + a business day is Friday 18, moved
    # mid-week to Tuesday 22 at 10:00 in Paris (issue 15).
    assert report.at == datetime(2026, 12, 22, 9, tzinfo=UTC)
    assert smtp.arrived == []


# -- one answer from one place -------------------------------------------------------------


def the_promise_everywhere(cli: Cli, interview_id: int, thank_you: Message) -> set[str]:
    """The follow-up date as each part of the program states it: the plan's JSON (its due and
    its promise), the thank-you's words, the linter (no LI007), the follow-up's default slot."""
    follow_up = follow_up_of(cli, interview_id)
    planned = str(follow_up["due"])[:10]
    thank_you.refresh_from_db()
    day = date.fromisoformat(planned)
    assert promised_in_words(day) in thank_you.body, (planned, thank_you.body)
    lint = json.loads(cli("lint", str(thank_you.id), "--json").stdout)
    assert [finding["message"] for finding in lint["findings"] if finding["code"] == "LI007"] == []
    from lastimpression.outbox.sending import default_slot

    (message,) = json.loads(
        cli("draft", str(interview_id), "--kind", "follow-up", "--person", str(thank_you.person_id), "--json").stdout
    )
    slot = default_slot(Message.objects.get(pk=message["id"]), clock_now())
    return {planned, slot.astimezone(thank_you.interview.zone).date().isoformat(), follow_up["promised"] or planned}


def clock_now() -> datetime:
    from lastimpression import clock

    return clock.now()


def test_the_plan_the_thank_you_the_linter_and_the_follow_ups_slot_name_one_date_after_every_edit(
    cli: Cli, lyon_panel: int, clock: Clock
) -> None:
    claire, _ = scheduled(cli, lyon_panel)
    assert len(the_promise_everywhere(cli, lyon_panel, claire)) == 1
    for edit in (
        ["--decision-by", "2026-12-22"],
        ["--start", "2026-12-08T10:00"],
        ["--decision-in", "3 semaines"],
        ["--timezone", "Europe/Brussels", "--country", "BE"],
    ):
        assert cli("interview", "edit", str(lyon_panel), *edit).exit_code == 0
        assert len(the_promise_everywhere(cli, lyon_panel, claire)) == 1, edit
    follow_up = follow_up_of(cli, lyon_panel)
    assert cli("action", "snooze", str(follow_up["id"])).exit_code == 0
    assert len(the_promise_everywhere(cli, lyon_panel, claire)) == 1


def test_a_held_message_is_in_needs_you_on_the_agenda_and_the_dashboard(
    cli: Cli, lyon_panel: int, clock: Clock
) -> None:
    from tests.web.conftest import browser_in

    claire, _ = scheduled(cli, lyon_panel)
    edit_text(claire, claire.subject, claire.body.replace("Bien cordialement", "Très cordialement"))
    cli("interview", "edit", str(lyon_panel), "--start", "2026-12-07T14:00")
    agenda = cli("agenda").stdout
    assert f"Le message {claire.id} (e-mail de remerciement à Claire Martin) est MIS DE CÔTÉ" in agenda
    dashboard = browser_in("fr").get("/").content.decode()
    assert "message mis de côté pour vous\u00a0: les dates de l’entretien ont changé" in dashboard
    page = browser_in("en").get(f"/interviews/{lyon_panel}/").content.decode()
    assert "Held for you: the interview" in page
    # Scheduled again by the user, it is no longer held.
    assert cli("send", str(claire.id)).exit_code == 0
    assert "MIS DE CÔTÉ" not in cli("agenda").stdout


def test_a_text_that_can_no_longer_be_composed_is_held_not_sent_with_the_old_date(
    cli: Cli, lyon_panel: int, clock: Clock, configure: Callable[..., None]
) -> None:
    from django.conf import settings

    claire, julien = scheduled(cli, lyon_panel)
    written = {message.pk: message.body for message in (claire, julien)}
    folder = settings.HOME / "templates" / "fr"
    folder.mkdir(parents=True)
    # The user's templates, broken after the thank-yous were written: every variant the
    # program has, so that no working one is left to choose.
    for variant in variants("thank_you", "fr"):
        (folder / f"thank_you.{variant}.j2").write_text("{{ no_such_value }}", encoding="utf-8")
    result = cli("interview", "edit", str(lyon_panel), "--start", "2026-12-07T14:00")
    assert result.exit_code == 0
    for message in (claire, julien):
        message.refresh_from_db()
        assert (message.status, message.held) == ("draft", "moved")
        assert message.body == written[message.pk]  # kept, for the user to correct


def test_putting_off_the_follow_up_moves_its_scheduled_e_mail_and_leaves_a_chosen_thank_you_time(
    cli: Cli, lyon_panel: int, clock: Clock
) -> None:
    claire, _ = draft_thank_yous(cli, lyon_panel)
    assert send(cli, claire, "--at", "2026-12-04T10:30").exit_code == 0  # her own choice of time
    (follow_up,) = json.loads(cli("draft", str(lyon_panel), "--kind", "follow-up", "--person", str(claire.person_id),
                                  "--json").stdout)  # fmt: skip
    assert cli("send", str(follow_up["id"])).exit_code == 0  # at the plan's slot: Tuesday 22 December, 10:00
    assert Message.objects.get(pk=follow_up["id"]).scheduled_at == datetime(2026, 12, 22, 9, tzinfo=UTC)
    action = follow_up_of(cli, lyon_panel)
    assert cli("action", "snooze", str(action["id"])).exit_code == 0
    later = Message.objects.get(pk=follow_up["id"])
    assert later.scheduled_at is not None and later.scheduled_at.date() > date(2026, 12, 22)
    claire.refresh_from_db()
    assert claire.scheduled_at == datetime(2026, 12, 4, 9, 30, tzinfo=UTC), "the thank-you keeps the time chosen"
    assert promised_in_words(later.scheduled_at.astimezone(claire.interview.zone).date()) in claire.body
