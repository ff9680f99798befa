"""The "Check for replies" button of the dashboard and the interview page: one IMAP pass, as
``lastimpression replies`` runs it.

Without JavaScript the answer is a page saying what was found, with a link back; with htmx it
is that report alone, put beside the button, and an ``HX-Trigger: replies-checked`` event that
lets the interview page reload its people and plan (a reply cancels follow-ups)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.timezone import get_current_timezone as current_zone  # the user's, set by LanguageMiddleware
from django.utils.translation import gettext, ngettext
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_headers

from lastimpression import clock
from lastimpression.core.validation import InvalidValue
from lastimpression.web.common import context, language
from lastimpression.web.htmx import is_htmx, local_path

TRIGGER = "replies-checked"


def _when(instant: datetime, zone: ZoneInfo, lang: str) -> str:
    from babel.dates import format_datetime

    return format_datetime(instant.astimezone(zone), "EEEE d MMMM, HH:mm", locale=lang)


def report(now: datetime, lang: str, zone: ZoneInfo) -> tuple[list[str], list[str], bool]:
    """Run one pass; return (what was found, in sentences; the problems; whether anything was
    recorded). Never raises for a mail problem: it is one of the problems, in the user's words.

    No heartbeat is recorded, unlike the ``replies`` command run by cron: a click is not the
    outbox running, and must not silence the dashboard's "nothing has sent for 15 minutes"."""
    from lastimpression.outbox.replies import check_replies
    from lastimpression.outbox.transport import MailError

    try:
        found, errors = check_replies(now)
    except InvalidValue as error:
        return [], [error.say(lang)], False
    except ValueError:
        return (
            [],
            [gettext("Replies are read from your mailbox, which is not set up yet: set it up on the Mail page.")],
            False,
        )
    except MailError as error:
        return [], [error.say(lang)], False
    lines = []
    for item in found:
        values = {"person": item.person, "when": _when(item.at, zone, lang), "count": item.cancelled}
        if item.kind == "reply":
            lines.append(
                ngettext(
                    "%(person)s replied on %(when)s: %(count)s follow-up cancelled.",
                    "%(person)s replied on %(when)s: %(count)s follow-ups cancelled.",
                    item.cancelled,
                )
                % values
            )
        elif item.kind == "automatic":
            lines.append(gettext("%(person)s: an automatic reply, not counted as a reply (%(subject)s).")
                         % {**values, "subject": item.detail})  # fmt: skip
        elif item.kind == "sent":
            lines.append(gettext("Your message to %(person)s left from your mail program: recorded as sent.") % values)
        else:
            lines.append(gettext("Your message to %(person)s bounced: %(detail)s") % {**values, "detail": item.detail})
    if not found and not errors:
        lines.append(gettext("No new reply."))
    return lines, [problem.say(lang) for problem in errors], any(item.kind != "automatic" for item in found)


@require_POST
@vary_on_headers("HX-Request")
def check(request: HttpRequest) -> HttpResponse:
    lines, problems, changed = report(clock.now(), language(request), current_zone())
    page = local_path(request.POST.get("next", ""))
    values = context(request, lines=lines, problems=problems, back_to=page)
    if is_htmx(request):
        response = render(request, "web/_replies.html", values)
        if changed:
            response["HX-Trigger"] = TRIGGER
        return response
    return render(request, "web/replies.html", values)


@require_POST
def replied_another_way(request: HttpRequest, person_id: int) -> HttpResponse:
    """A reply received another way (phone, in person), as ``person replied``: it is recorded
    on the person now, with what they said, and cancels their follow-ups not sent yet
    (``journal.service.record_reply``); back to the interview's people, a note saying so."""
    from django.contrib import messages as notes

    from lastimpression.interviews.services import get_person
    from lastimpression.journal.service import record_reply
    from lastimpression.web.common import not_found

    try:
        person = get_person(person_id)
    except InvalidValue:
        return not_found(request)
    try:
        who, cancelled = record_reply(person.pk, clock.now(), request.POST.get("note", "").strip() or None)
    except InvalidValue as error:
        return render(request, "web/error.html", context(request, error=error.say(language(request))), status=400)
    said = ngettext(
        "Reply from %(person)s recorded: %(count)s follow-up cancelled.",
        "Reply from %(person)s recorded: %(count)s follow-ups cancelled.",
        cancelled,
    )
    notes.success(request, said % {"person": who.name, "count": cancelled}, extra_tags="people")
    return HttpResponseRedirect(f"/interviews/{who.interview_id}/#people")
