"""The one thing the dashboard puts first: what the user should do next, as a sentence and one
button. In order: create the profile (nothing works without it); add an interview (there is
none yet); finish setting up mail (no message can leave at its time until then); a message
that needs the user (the outbox's most urgent, ``outbox.notices.attention``); thank-yous to
write after an interview; a debrief due. Otherwise: add an interview."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext

from lastimpression.outbox.notices import Attention
from lastimpression.planning.service import AgendaItem
from lastimpression.words import labels


@dataclass(frozen=True)
class NextStep:
    """``kind`` (profile, add, mail, message, thank_you, debrief, nothing), the sentence saying
    why, and the button: where it leads and its words."""

    kind: str
    text: str
    href: str
    button: str


def next_step(
    *, has_profile: bool, has_interviews: bool, mail_ready: bool, alerts: list[Attention], due: list[AgendaItem]
) -> NextStep:
    """The step to show first. ``alerts``: what the outbox needs (most urgent first); ``due``:
    the agenda's overdue and today's steps, soonest first."""
    if not has_profile:
        return NextStep(
            "profile", gettext("First, your name and e-mail address: they sign your messages."), "/settings/",
            gettext("Create your profile"),
        )  # fmt: skip
    if not has_interviews:
        return NextStep(
            "add", gettext("Just out of an interview? Note it now: the people you met, what you talked about."),
            "/interviews/new", gettext("Add an interview"),
        )  # fmt: skip
    if not mail_ready:
        return NextStep(
            "mail", gettext("Choose how your messages leave: sent for you, put in your Drafts, or a reminder."),
            "/settings/mail/", gettext("Set up mail"),
        )  # fmt: skip
    waiting = [item for item in alerts if item.message is not None]
    if waiting:
        message = waiting[0].message
        assert message is not None
        what = f"{labels('kind').get(message.kind, message.kind)} — {message.person.name}"
        return NextStep(
            "message", gettext("A message needs you: %(what)s (%(company)s).") % {
                "what": what, "company": message.interview.company},
            f"/interviews/{message.interview_id}/#message-{message.pk}", gettext("See the message"),
        )  # fmt: skip
    thanks = [item for item in due if item.kind == "thank_you"]
    if thanks:
        return NextStep(
            "thank_you", gettext("Your thank-yous for %(company)s are due.") % {"company": thanks[0].company},
            f"/interviews/{thanks[0].interview_id}/#ready", gettext("Write the thank-yous"),
        )  # fmt: skip
    debriefs = [item for item in due if item.kind == "debrief"]
    if debriefs:
        return NextStep(
            "debrief", gettext("Debrief %(company)s while it is fresh: five minutes.") % {
                "company": debriefs[0].company},
            f"/interviews/{debriefs[0].interview_id}/debrief", gettext("Debrief"),
        )  # fmt: skip
    return NextStep("nothing", gettext("Nothing needs you now."), "/interviews/new", gettext("Add an interview"))
