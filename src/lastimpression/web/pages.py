"""The dashboard, the interviews and their messages. Views parse the request, call the
services, render; every form works without JavaScript."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from csp.decorators import csp_update
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers

from lastimpression import clock
from lastimpression.core.validation import InvalidValue
from lastimpression.interviews import services
from lastimpression.interviews.models import STATUSES, Interview
from lastimpression.web.charts import score_chart
from lastimpression.web.common import LANGUAGE_COOKIE, context, language, user_zone
from lastimpression.web.htmx import is_htmx, local_path
from lastimpression.words import labels

if TYPE_CHECKING:
    from lastimpression.outbox.models import Message

# Items shown per agenda section on the dashboard; the rest is counted ("and 12 more").
SHOWN = 20


def _error(request: HttpRequest, error: InvalidValue) -> HttpResponse:
    return render(request, "web/error.html", context(request, error=error.say(language(request))), status=400)


@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    from lastimpression.journal.cards import cached_insights
    from lastimpression.planning.service import agenda_sections

    now = clock.now()
    zone = user_zone()
    sections = agenda_sections(now, zone, limit=SHOWN)
    (overdue, overdue_count), (today, today_count), (week, week_count) = (
        sections["overdue"],
        sections["today"],
        sections["week"],
    )
    found = cached_insights(now)
    from lastimpression.outbox.notices import notices
    from lastimpression.outbox.worker import describe, worker_status

    lang = language(request)
    alerts = [notice.text(lang) for notice in notices(now, zone)]
    worker_line = describe(worker_status(now), lang, zone)
    title = gettext("Last-impression score")
    return render(
        request, "web/dashboard.html",
        context(request, overdue=overdue, today=today, week=week, insights=found, zone=zone, alerts=alerts,
                worker_line=worker_line,
                more={"overdue": overdue_count - SHOWN, "today": today_count - SHOWN, "week": week_count - SHOWN},
                chart=mark_safe(score_chart(found["scores"], title)),
                upcoming=Interview.objects.filter(end__gte=now).exclude(status="cancelled").order_by("start")[:5]),
    )  # fmt: skip


@require_GET
def interview_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:200]
    status = request.GET.get("status", "")
    found = Interview.objects.annotate(people_count=Count("people")).order_by("-start", "-id")
    if query:
        found = found.filter(
            Q(company__icontains=query) | Q(role__icontains=query) | Q(people__name__icontains=query)
        ).distinct()
    if status in dict(STATUSES):
        found = found.filter(status=status)
    rows = list(found[:500])
    return render(
        request, "web/interview_list.html",
        context(request, interviews=rows, query=query, status=status, total=Interview.objects.count()),
    )  # fmt: skip


def _message_card(message: Message, lang: str) -> dict[str, Any]:
    """What ``web/_message.html`` shows of a message: it, its lint findings, its mailto link."""
    from lastimpression.outbox.drafting import lint_message
    from lastimpression.outbox.mime import mailto_link

    return {"message": message, "findings": [(f.code, f.severity, f.text(lang)) for f in lint_message(message)],
            "mailto": mailto_link(message) if message.to else ""}  # fmt: skip


@require_GET
def interview_detail(request: HttpRequest, interview_id: int) -> HttpResponse:
    try:
        interview = services.get_interview(interview_id)
    except InvalidValue:
        return render(request, "web/not_found.html", context(request), status=404)
    lang = language(request)
    messages = [
        _message_card(message, lang)
        for message in interview.messages.select_related("person", "interview").order_by("kind", "person_id")
    ]
    return render(
        request, "web/interview_detail.html",
        context(request, interview=interview, people=list(interview.people.all()),
                actions=list(interview.actions.select_related("person").order_by("due")),
                messages=messages, now=clock.now()),
    )  # fmt: skip


def _back(interview_id: int, anchor: str = "") -> HttpResponseRedirect:
    return HttpResponseRedirect(f"/interviews/{interview_id}/{anchor}")


@require_POST
def interview_outcome(request: HttpRequest, interview_id: int) -> HttpResponse:
    try:
        services.set_outcome(interview_id, request.POST.get("status", ""), request.POST.get("note"))
    except InvalidValue as error:
        return _error(request, error)
    return _back(interview_id)


@require_POST
def draft_messages(request: HttpRequest, interview_id: int) -> HttpResponse:
    from lastimpression.outbox.drafting import draft

    kind = request.POST.get("kind", "thank_you")
    if kind not in ("thank_you", "follow_up", "follow_up_2", "linkedin"):
        return _error(request, InvalidValue("kind", gettext("unknown kind %(kind)s") % {"kind": repr(kind)}))
    try:
        draft(interview_id, kind, None, clock.now())
    except InvalidValue as error:
        return _error(request, error)
    return _back(interview_id, "#messages")


@require_POST
@vary_on_headers("HX-Request")
def message_save(request: HttpRequest, message_id: int) -> HttpResponse:
    """Save the subject and text. Without JavaScript: back to the message on its page; to htmx:
    the message's card alone, with its new findings (422 with the reason when refused)."""
    from lastimpression.core.validation import text
    from lastimpression.outbox.manual import get_message

    try:
        message = get_message(message_id)
    except InvalidValue as error:
        return _error(request, error)
    try:
        if message.status not in ("draft", "scheduled", "failed", "unknown"):
            status = labels("message_status").get(message.status, message.status)
            raise InvalidValue(
                "message", gettext("message %(id)s is %(status)s") % {"id": message.id, "status": status}
            )
        subject = text(request.POST.get("subject", ""), "subject", required=False, max_length=300)
        body = text(request.POST.get("body", ""), "body", required=False, max_length=20_000, multiline=True)
    except InvalidValue as error:
        if not is_htmx(request):
            return _error(request, error)
        message.refresh_from_db()
        return _card(request, message, problem=error.say(language(request)), status=422)
    message.subject, message.body = subject, body
    message.save(update_fields=["subject", "body", "updated_at"])
    if is_htmx(request):
        return _card(request, message)
    return _back(message.interview_id, f"#message-{message.id}")


def _card(request: HttpRequest, message: Message, problem: str = "", status: int = 200) -> HttpResponse:
    return render(
        request, "web/_message.html",
        context(request, item=_message_card(message, language(request)), interview=message.interview, problem=problem),
        status=status,
    )  # fmt: skip


@require_POST
def message_sent(request: HttpRequest, message_id: int) -> HttpResponse:
    from lastimpression.outbox.manual import mark_sent

    try:
        message = mark_sent(message_id, clock.now())
    except InvalidValue as error:
        return _error(request, error)
    return _back(message.interview_id, f"#message-{message.id}")


@require_POST
def message_schedule(request: HttpRequest, message_id: int) -> HttpResponse:
    """Schedule at the plan's slot ("when"=slot) or send now ("when"=now: one dispatch pass).
    Lint errors refuse, as on the command line; the page shows them beside the text."""
    from lastimpression.outbox.dispatch import dispatch
    from lastimpression.outbox.sending import LintRefusal, schedule
    from lastimpression.outbox.worker import beat

    now = clock.now()
    immediately = request.POST.get("when") == "now"
    try:
        done = schedule(message_id, at=now if immediately else None, now=now)
    except LintRefusal as refusal:
        words = gettext("message %(id)s has errors: fix them before sending") % {"id": refusal.message.id}
        return _error(request, InvalidValue("message", words))
    except InvalidValue as problem:
        return _error(request, problem)
    if immediately:
        dispatch(now)
        beat("dispatch", now)
    return _back(done.message.interview_id, f"#message-{done.message.id}")


@require_POST
def message_cancel(request: HttpRequest, message_id: int) -> HttpResponse:
    from lastimpression.outbox.manual import cancel

    try:
        message = cancel(message_id)
    except InvalidValue as error:
        return _error(request, error)
    return _back(message.interview_id, f"#message-{message.id}")


@require_GET
def message_eml(request: HttpRequest, message_id: int) -> HttpResponse:
    from lastimpression.outbox.manual import get_message
    from lastimpression.outbox.mime import eml_bytes

    try:
        message = get_message(message_id)
        data = eml_bytes(
            message, services.require_profile(), date=message.sent_at or message.scheduled_at or clock.now()
        )
    except InvalidValue as error:
        return _error(request, error)
    response = HttpResponse(data, content_type="message/rfc822")
    response["Content-Disposition"] = f'attachment; filename="{message.kind}-{message.id}.eml"'
    return response


@require_GET
@csp_update({"style-src": ["'unsafe-inline'"]})  # type: ignore[arg-type]  # the card is a standalone page with its print styles inline
def card(request: HttpRequest, interview_id: int) -> HttpResponse:
    from lastimpression.core.card import card_html
    from lastimpression.journal.cards import card_facts, lessons_before

    try:
        interview = services.get_interview(interview_id)
    except InvalidValue:
        return render(request, "web/not_found.html", context(request), status=404)
    # The card speaks the UI's language (the switch in the header), as every other page.
    facts = replace(card_facts(interview, services.profile()), user_language=language(request))
    return HttpResponse(card_html(facts, lessons_before(interview)))


@require_GET
def switch_language(request: HttpRequest, code: str) -> HttpResponse:
    response = HttpResponseRedirect(local_path(request.GET.get("next", "/")))
    if code in ("fr", "en"):
        response.set_cookie(LANGUAGE_COOKIE, code, samesite="Strict", httponly=True, max_age=365 * 24 * 3600)
    return response


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """Any page that does not exist, in the user's language (Django's handler404)."""
    return render(request, "web/not_found.html", context(request), status=404)


@require_GET
def favicon(request: HttpRequest) -> HttpResponse:
    """No icon: an empty answer rather than a 404 in the log on every page."""
    return HttpResponse(status=204)
