"""The dashboard and the interviews (their messages: ``web/message_views.py``). Views parse the
request, call the services, render; every form works without JavaScript."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from csp.decorators import csp_update
from django.conf import settings
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lastimpression import clock
from lastimpression.core.perks import lacking, listed
from lastimpression.core.validation import InvalidValue
from lastimpression.interviews import services
from lastimpression.interviews.models import STATUSES, Interview, Profile
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
    """The dashboard in five statements whatever the home's size (the profile, the agenda's
    counts and lines, what else it needs to know, the next interviews), plus "Needs you"'s when
    something needs the user (issue 17: at most 5 ms at 2,000 interviews)."""
    from django.contrib.messages import get_messages

    from lastimpression.outbox.notices import attention
    from lastimpression.planning.service import agenda_sections
    from lastimpression.web.action_line import LinePage, action_words, page_csrf_token
    from lastimpression.web.dashboard_agenda import agenda
    from lastimpression.web.dashboard_reads import read_state, upcoming
    from lastimpression.web.mail_settings import is_set_up
    from lastimpression.web.next_step import next_step

    now = clock.now()
    zone = timezone.get_current_timezone()  # the user's: LanguageMiddleware activated it
    sections = agenda_sections(now, zone, limit=SHOWN)
    state = read_state(now)
    # Worded by the template (web/_attention.html), with links and buttons: the CLI's notices
    # name commands to type.
    alerts = attention(now, state.worker) if state.alerts else []
    coming = upcoming(now)
    has_interviews = state.has_interviews
    lead = next_step(
        has_profile=state.has_profile, has_interviews=has_interviews, mail_ready=is_set_up(),
        alerts=alerts, due=[*sections["overdue"][0], *sections["today"][0]],
    )  # fmt: skip
    page = LinePage(action_words(), page_csrf_token(request), back_to=request.path, with_interview=True)
    lines = {name: items for name, (items, _) in sections.items()}
    more = {name: count - SHOWN for name, (_, count) in sections.items()}
    return render(
        request, "web/dashboard.html",
        context(request, insights=dashboard_insights(request, now, state.version), alerts=alerts,
                agenda=agenda(lines, more, page, has_interviews=has_interviews), lead=lead,
                said=list(get_messages(request)), imap_ready=bool(settings.CONFIG.get("imap", "host")),
                upcoming=coming, has_interviews=has_interviews),
    )  # fmt: skip


def dashboard_insights(request: HttpRequest, now: datetime, version: tuple[str, ...]) -> SafeString:
    """The dashboard's insights section, rendered when the insights are computed: they change
    only with the data (``version``, ``journal.cards.data_version``) or the hour, and the section
    depends on nothing else but the language and the time zone, so it is kept under those."""
    from django.core.cache import cache

    from lastimpression.core.insights import FORMULA, HABITS
    from lastimpression.journal.cards import cached_insights

    lang, zone = language(request), timezone.get_current_timezone_name()
    key = "insights-html:" + str(
        hash((version, now.replace(minute=0, second=0, microsecond=0).isoformat(), lang, zone))
    )
    html: str | None = cache.get(key)
    if html is None:
        found = cached_insights(now, version)
        title = gettext("Last-impression score")
        html = render_to_string("web/_insights.html", {
            "lang": lang, "insights": found, "chart": mark_safe(score_chart(found["scores"], title)),
            "score_items": mark_safe(score_items(found["scores"])),
            # The formula in the page's language, from the catalogue (the JSON holds both).
            "habits": [(habit.label(lang), habit.weight) for habit in HABITS], "formula": FORMULA.say(lang),
        }).rstrip("\n")  # fmt: skip
        cache.set(key, html, timeout=3600)
    return mark_safe(html)  # rendered by the template, which escapes


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

    from lastimpression.outbox.drafting import has_something_to_show, main_contact_id
    from lastimpression.planning.service import plan_items
    from lastimpression.web.leaving import span_words
    from lastimpression.web.ready_views import TAG, can_draft, ready_lines, sending_mode

    lang, now = language(request), clock.now()
    messages = message_cards(interview, lang, instead)
    plan = plan_items(interview)
    said = list(get_messages(request))
    ready = ready_lines(interview, lang, now)
    people = list(interview.people.all())
    main_id = main_contact_id(people)
    profile = Profile.objects.first()
    return render(
        request, "web/interview_detail.html",
        context(request, interview=interview, people=people, actions=plan, messages=messages,
                main_contact=next((person for person in people if person.id == main_id), None),
                main_guessed=not any(person.main_contact for person in people),
                no_proof=profile is not None and not has_something_to_show(profile, interview),
                lacking=[(person, lack, listed(person.topics)) for person in people
                         if (lack := lacking(person.topics, interview.role))],
                drafting_notes=[note for note in said if not {TAG, "people"} & set(note.tags.split())],
                ready_notes=[note for note in said if TAG in note.tags.split()], ready=ready,
                people_notes=[note for note in said if "people" in note.tags.split()],
                clean_count=sum(1 for line in ready if line.item.clean), can_draft=can_draft(interview),
                mode=sending_mode(), now=now, imap_ready=bool(settings.CONFIG.get("imap", "host")),
                interview_when=span_words(interview.start, interview.end, interview.timezone,
                                          timezone.get_current_timezone_name(), lang),
                country_name=country_name(interview.country, lang)),
        status=status,
    )  # fmt: skip


def country_name(code: str, lang: str) -> str:
    """The country ``code`` (FR) in ``lang``'s words (France); the code when Babel has no name."""
    from babel import Locale

    return str(Locale.parse(lang).territories.get(code.upper(), code))


@require_POST
def interview_outcome(request: HttpRequest, interview_id: int) -> HttpResponse:
    try:
        _, changes = services.set_outcome(interview_id, request.POST.get("status", ""), request.POST.get("note"))
    except InvalidValue as error:
        return _error(request, error)
    from django.contrib import messages as notes

    from lastimpression.web.editing import plan_warning_text

    for change in changes:
        notes.warning(request, plan_warning_text(change))
    return HttpResponseRedirect(f"/interviews/{interview_id}/")


@require_http_methods(["GET", "POST"])
def interview_delete(request: HttpRequest, interview_id: int) -> HttpResponse:
    """A page asking to confirm, then the deletion: the interview with its people, plan, notes
    and messages (``interviews.services.delete_interview``, as ``interview delete``)."""
    from django.contrib import messages as notes

    try:
        interview = services.get_interview(interview_id)
    except InvalidValue:
        return not_found(request)
    if request.method == "POST":
        removed, people = services.delete_interview(interview.id)
        said = ngettext(
            "Deleted: %(interview)s, with the %(count)s person recorded for it.",
            "Deleted: %(interview)s, with the %(count)s people recorded for it.",
            people,
        )
        notes.success(request, said % {"interview": f"{removed.company} — {removed.role}", "count": people})
        return HttpResponseRedirect("/")
    return render(
        request, "web/interview_delete.html",
        context(request, interview=interview, people=interview.people.count(),
                messages=interview.messages.count(), sent=interview.messages.filter(status="sent").count()),
    )  # fmt: skip


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
