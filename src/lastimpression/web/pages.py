"""The dashboard and the interviews (their messages: ``web/message_views.py``). Views parse the
request, call the services, render; every form works without JavaScript."""

from __future__ import annotations

from dataclasses import replace

from csp.decorators import csp_update
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.views.decorators.http import require_GET, require_POST

from lastimpression import clock
from lastimpression.core.validation import InvalidValue
from lastimpression.interviews import services
from lastimpression.interviews.models import STATUSES, Interview
from lastimpression.web.charts import score_chart, score_items
from lastimpression.web.common import LANGUAGE_COOKIE, context, language, not_found
from lastimpression.web.htmx import local_path
from lastimpression.web.message_card import Card, message_cards

# Items shown per agenda section on the dashboard; the rest is counted ("and 12 more").
SHOWN = 20


def _error(request: HttpRequest, error: InvalidValue) -> HttpResponse:
    return render(request, "web/error.html", context(request, error=error.say(language(request))), status=400)


@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    from lastimpression.journal.cards import cached_insights
    from lastimpression.planning.service import agenda_sections

    now = clock.now()
    zone = timezone.get_current_timezone()  # the user's: LanguageMiddleware activated it
    sections = agenda_sections(now, zone, limit=SHOWN)
    (overdue, overdue_count), (today, today_count), (week, week_count) = (
        sections["overdue"],
        sections["today"],
        sections["week"],
    )
    scheduled, scheduled_count = sections["scheduled"]
    found = cached_insights(now)
    from lastimpression.outbox.notices import attention
    from lastimpression.outbox.worker import last_sender, sender_words, worker_status

    # Worded by the template (web/_attention.html), with links and buttons: the CLI's notices
    # name commands to type. The worker's warning is one of them; the heartbeat line only says
    # when the outbox last ran.
    worker = worker_status(now)
    alerts = attention(now, worker)
    worker_last = worker[0]
    beat = last_sender() if worker_last is not None else None
    worker_who = sender_words(beat, language(request)) if beat is not None else ""
    coming = Interview.objects.filter(end__gte=now).exclude(status="cancelled").order_by("start")
    upcoming = list(coming.only("company", "role", "start", "timezone")[:5])
    title = gettext("Last-impression score")
    return render(
        request, "web/dashboard.html",
        context(request, overdue=overdue, today=today, week=week, scheduled=scheduled, insights=found, alerts=alerts,
                worker_last=worker_last, worker_who=worker_who, score_items=mark_safe(score_items(found["scores"])),
                more={"overdue": overdue_count - SHOWN, "today": today_count - SHOWN, "week": week_count - SHOWN,
                      "scheduled": scheduled_count - SHOWN},
                chart=mark_safe(score_chart(found["scores"], title)),
                upcoming=upcoming, has_interviews=bool(upcoming) or Interview.objects.exists()),
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


@require_GET
def interview_detail(request: HttpRequest, interview_id: int) -> HttpResponse:
    try:
        interview = services.get_interview(interview_id)
    except InvalidValue:
        return not_found(request)
    return interview_page(request, interview)


def interview_page(
    request: HttpRequest, interview: Interview, *, instead: Card | None = None, status: int = 200
) -> HttpResponse:
    """The interview page; ``instead`` is shown in place of its message's card (a refused
    action, said there: web/message_views.py), and the notes left by drafting above them."""
    from django.contrib.messages import get_messages

    from lastimpression.planning.service import plan_items

    messages = message_cards(interview, language(request), instead)
    plan = plan_items(interview)
    return render(
        request, "web/interview_detail.html",
        context(request, interview=interview, people=list(interview.people.all()),
                actions=plan,
                messages=messages, drafting_notes=list(get_messages(request)), now=clock.now()),
        status=status,
    )  # fmt: skip


@require_POST
def interview_outcome(request: HttpRequest, interview_id: int) -> HttpResponse:
    try:
        _, changes = services.set_outcome(interview_id, request.POST.get("status", ""), request.POST.get("note"))
    except InvalidValue as error:
        return _error(request, error)
    from django.contrib import messages as notes

    for change in changes:
        french = language(request) == "fr" and change.french
        notes.warning(request, french or change.message)
    return HttpResponseRedirect(f"/interviews/{interview_id}/")


@require_GET
@csp_update({"style-src": ["'unsafe-inline'"]})  # type: ignore[arg-type]  # the card is a standalone page with its print styles inline
def card(request: HttpRequest, interview_id: int) -> HttpResponse:
    from lastimpression.core.card import card_html
    from lastimpression.journal.cards import card_facts, lessons_before

    try:
        interview = services.get_interview(interview_id)
    except InvalidValue:
        return not_found(request)
    # The card speaks the UI's language (the switch in the header), as every other page.
    facts = replace(card_facts(interview, services.profile()), user_language=language(request))
    return HttpResponse(card_html(facts, lessons_before(interview)))


@require_GET
def switch_language(request: HttpRequest, code: str) -> HttpResponse:
    response = HttpResponseRedirect(local_path(request.GET.get("next", "/")))
    if code in ("fr", "en"):
        response.set_cookie(LANGUAGE_COOKIE, code, samesite="Strict", httponly=True, max_age=365 * 24 * 3600)
    return response


@require_GET
def favicon(request: HttpRequest) -> HttpResponse:
    """No icon: an empty answer rather than a 404 in the log on every page."""
    return HttpResponse(status=204)
