"""The messages of an interview, on its page: drafting them, and each message's card (its
header preview, its editor, its checks, and what can be done with it in its status).

Without JavaScript a form posts and the browser goes back to the interview page; a refused
action (lint errors, a status that changed meanwhile, a bad value) answers that page at once,
status 422, with the reason and the findings in the message's card and the text as typed. With
htmx a saved text, or a refusal (422), answers the card alone, swapped in place; a change of
status reloads the page (``HX-Refresh``), whose plan changes with it, as the form without
JavaScript does: one request at a time, rather than a card and a second request for the plan.
Drafting says what it did in notes above the messages (Django's messages framework, kept in a
cookie across the redirect).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib import messages as notes
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import gettext, ngettext
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers

from lastimpression import clock
from lastimpression.core.validation import InvalidValue
from lastimpression.web.common import context, language, not_found
from lastimpression.web.htmx import is_htmx
from lastimpression.web.message_card import Card, accepts, card_of
from lastimpression.words import labels

if TYPE_CHECKING:
    from lastimpression.core.lint.finding import Finding
    from lastimpression.interviews.models import Interview
    from lastimpression.outbox.drafting import DraftOutcome
    from lastimpression.outbox.models import Message

KINDS = ("thank_you", "follow_up", "follow_up_2", "linkedin")
EMAIL_KINDS = ("thank_you", "follow_up", "follow_up_2")


def _find(message_id: int) -> Message | None:
    from lastimpression.outbox.manual import get_message

    try:
        return get_message(message_id)
    except InvalidValue:
        return None


def _card(request: HttpRequest, card: Card, status: int = 200) -> HttpResponse:
    return render(
        request, "web/_message.html", context(request, item=card, interview=card.message.interview), status=status
    )


def _refused(
    request: HttpRequest, message: Message, problem: str, findings: list[Finding] | None = None, editing: bool = False
) -> HttpResponse:
    """The refusal said in the message's card (422): the card alone to htmx, else the page."""
    from lastimpression.web.pages import interview_page

    card = card_of(message, language(request), findings=findings, problem=problem, editing=editing)
    if is_htmx(request):
        return _card(request, card, status=422)
    return interview_page(request, message.interview, instead=card, status=422)


def _done(request: HttpRequest, message: Message, changed: bool = True) -> HttpResponse:
    """Done: back to the message on its page; to htmx, the new card, and a reload of the page
    when the status changed (the plan and the other cards may have changed with it)."""
    if not is_htmx(request):
        return HttpResponseRedirect(f"/interviews/{message.interview_id}/#message-{message.id}")
    message.refresh_from_db()
    response = _card(request, card_of(message, language(request)))
    if changed:
        response["HX-Refresh"] = "true"
    return response


def _out_of_date(message: Message) -> str:
    status = labels("message_status").get(message.status, message.status)
    return gettext("Nothing done: this message is now “%(status)s”.") % {"status": status}


def _save_text(request: HttpRequest, message: Message) -> HttpResponse | None:
    """Save the posted text (``outbox.manual.edit_text``); None when saved, else the refusal."""
    from lastimpression.outbox.manual import ChangedMeanwhile, edit_text

    subject, body = request.POST.get("subject", message.subject), request.POST.get("body", "")
    try:
        edit_text(message, subject, body)
    except ChangedMeanwhile:
        problem = gettext("Nothing was saved: this message changed meanwhile (it is now “%(status)s”).") % {
            "status": labels("message_status").get(message.status, message.status)
        }
        message.subject, message.body = subject, body
        return _refused(request, message, problem, editing=True)
    except InvalidValue as error:
        message.subject, message.body = subject, body
        return _refused(request, message, error.say(language(request)), editing=True)
    return None


@require_POST
def draft_messages(request: HttpRequest, interview_id: int) -> HttpResponse:
    """Draft a kind of message for everyone concerned, then back to the messages, with notes
    saying what was drafted, who was left out and why, and the LinkedIn quota."""
    from lastimpression.interviews.services import get_interview
    from lastimpression.outbox.drafting import draft

    try:
        interview = get_interview(interview_id)
    except InvalidValue:
        return not_found(request)
    back = HttpResponseRedirect(f"/interviews/{interview.id}/#messages")
    kind = request.POST.get("kind", "thank_you")
    if kind not in KINDS:
        notes.error(request, gettext("unknown kind %(kind)s") % {"kind": repr(kind)})
        return back
    try:
        outcome = draft(interview.id, kind, None, clock.now())
    except InvalidValue as error:
        notes.error(request, gettext("Nothing drafted (%(reason)s).") % {"reason": error.say(language(request))})
        return back
    for level, text in draft_report(interview, kind, outcome):
        notes.add_message(request, level, text)
    return back


def draft_report(interview: Interview, kind: str, outcome: DraftOutcome) -> list[tuple[int, str]]:
    """What drafting did, in sentences of the active language, each with its level: how many
    were drafted, who was left out and why, the LinkedIn quota and profile."""
    said: list[tuple[int, str]] = []
    count = len(outcome.drafted)
    if count:
        drafted = ngettext("%(count)s message drafted.", "%(count)s messages drafted.", count)
        said.append((notes.SUCCESS, drafted % {"count": count}))
    else:
        said.append((notes.WARNING, gettext("No message drafted.")))
    status_words = labels("message_status")
    for person, status in outcome.skipped:
        if status == "no_email":
            no_address = gettext("%(person)s: no e-mail address, so no message.")
            said.append((notes.WARNING, no_address % {"person": person.name}))
            continue
        kept = gettext("%(person)s: a message already exists (%(status)s), left as it is.")
        said.append((notes.WARNING, kept % {"person": person.name, "status": status_words.get(status, status)}))
    if "no_proof" in outcome.notices:
        nothing = gettext(
            "Nothing to show of your own work: your profile has no proof point and this interview no “what I can bring”, "
            "so the e-mails can only say you are interested. Add an achievement with its number in the settings, "
            "or what you can bring on the interview, and draft again."
        )
        said.append((notes.WARNING, nothing))
    if kind != "linkedin":
        return said
    bare = sum(1 for message in outcome.drafted if not message.body)
    if bare:
        quota = ngettext(
            "LinkedIn: this month's quota of personalised notes is used up, so %(count)s invitation has no note; "
            "send it without one.",
            "LinkedIn: this month's quota of personalised notes is used up, so %(count)s invitations have no note; "
            "send them without one.",
            bare,
        )
        said.append((notes.WARNING, quota % {"count": bare}))
    for message in outcome.drafted:
        if not message.person.linkedin:
            unknown = gettext("%(person)s: no LinkedIn profile recorded; look them up on LinkedIn to invite them.")
            said.append((notes.INFO, unknown % {"person": message.person.name}))
    if "linkedin_profile" in outcome.notices:
        polish = gettext(
            "LinkedIn: before your first invitation, polish your profile (photo, headline, current experience)."
        )
        said.append((notes.INFO, polish))
    return said


@require_POST
@vary_on_headers("HX-Request")
def message_save(request: HttpRequest, message_id: int) -> HttpResponse:
    """Save the subject and text: back to the message on its page, or its card to htmx with
    its new findings."""
    message = _find(message_id)
    if message is None:
        return not_found(request)
    if not accepts(message, "save"):
        return _refused(request, message, _out_of_date(message))
    refused = _save_text(request, message)
    return refused or _done(request, message, changed=False)


@require_POST
@vary_on_headers("HX-Request")
def message_schedule(request: HttpRequest, message_id: int) -> HttpResponse:
    """Schedule at the plan's slot ("when"=slot) or send now ("when"=now: one dispatch pass),
    with the text posted beside it saved first. Lint errors refuse, as on the command line:
    the card says so, with the findings beside the text."""
    from lastimpression.outbox.dispatch import send_now
    from lastimpression.outbox.sending import LintRefusal, schedule

    message = _find(message_id)
    if message is None:
        return not_found(request)
    immediately = request.POST.get("when") == "now"
    if not accepts(message, "now" if immediately else "schedule"):
        return _refused(request, message, _out_of_date(message))
    if "body" in request.POST:
        refused = _save_text(request, message)
        if refused is not None:
            return refused
    now = clock.now()
    try:
        done = send_now(message.id, now)[0] if immediately else schedule(message.id, at=None, now=now)
    except LintRefusal as refusal:
        words = gettext("Refused: the checks found errors. Your text is saved: correct it, then try again.")
        return _refused(request, refusal.message, words, findings=refusal.findings)
    except InvalidValue as problem:
        return _refused(request, message, problem.say(language(request)))
    return _done(request, done.message)


@require_POST
@vary_on_headers("HX-Request")
def message_sent(request: HttpRequest, message_id: int) -> HttpResponse:
    """The user sent it by hand (or invited on LinkedIn with the note)."""
    from lastimpression.outbox.manual import mark_sent

    message = _find(message_id)
    if message is None:
        return not_found(request)
    if not accepts(message, "sent"):
        return _refused(request, message, _out_of_date(message))
    if request.POST.get("confirm") != "yes" and message.status != "unknown":
        # (For a message of unknown fate, "It was sent" answers the question the page asked.)
        # Recording a message as sent stops the program from sending it: asked first, in the card.
        card = card_of(message, language(request), confirming=True)
        if is_htmx(request):
            return _card(request, card)
        from lastimpression.web.pages import interview_page

        return interview_page(request, message.interview, instead=card)
    try:
        mark_sent(message.id, clock.now())
    except InvalidValue as error:
        return _refused(request, message, error.say(language(request)))
    return _done(request, message)


@require_POST
@vary_on_headers("HX-Request")
def message_unsent(request: HttpRequest, message_id: int) -> HttpResponse:
    """Take back "I sent it myself" (``outbox.manual.undo_sent``), until the follow-up's day."""
    from lastimpression.outbox.manual import undo_sent

    message = _find(message_id)
    if message is None:
        return not_found(request)
    try:
        undo_sent(message.id, clock.now())
    except InvalidValue as error:
        return _refused(request, message, error.say(language(request)))
    return _done(request, message)


@require_POST
@vary_on_headers("HX-Request")
def message_cancel(request: HttpRequest, message_id: int) -> HttpResponse:
    from lastimpression.outbox.manual import cancel

    message = _find(message_id)
    if message is None:
        return not_found(request)
    if not accepts(message, "cancel"):
        return _refused(request, message, _out_of_date(message))
    try:
        cancel(message.id)
    except InvalidValue as error:
        return _refused(request, message, error.say(language(request)))
    return _done(request, message)


@require_GET
def message_eml(request: HttpRequest, message_id: int) -> HttpResponse:
    """The e-mail as a ``.eml`` file; a LinkedIn note is not an e-mail."""
    from lastimpression.interviews.services import require_profile
    from lastimpression.outbox.mime import eml_bytes

    message = _find(message_id)
    if message is None:
        return not_found(request)
    if message.kind == "linkedin":
        return _refused(request, message, gettext("A LinkedIn note is not an e-mail: copy it into LinkedIn."))
    try:
        data = eml_bytes(message, require_profile(), date=message.sent_at or message.scheduled_at or clock.now())
    except InvalidValue as error:
        return _refused(request, message, error.say(language(request)))
    response = HttpResponse(data, content_type="message/rfc822")
    response["Content-Disposition"] = f'attachment; filename="{message.kind}-{message.id}.eml"'
    return response
