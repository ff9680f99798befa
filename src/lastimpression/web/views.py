"""Views: parse the request, call the services, render. No SQL in templates, no SMTP here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from lastimpression.core.validation import InvalidValue
from lastimpression.interviews import services
from lastimpression.interviews.models import STATUSES, Interview
from lastimpression.words import STATUS_WORDS, WORDS

STATIC_ROOT = Path(__file__).resolve().parent / "static"


def _language() -> str:
    owner = services.profile()
    return owner.language if owner else "en"


def _context(language: str, **extra: Any) -> dict[str, Any]:
    status_words = STATUS_WORDS[language]
    return {
        "lang": language,
        "t": WORDS[language],
        "statuses": [(code, status_words[code]) for code, _ in STATUSES],
        "status_words": status_words,
        **extra,
    }


@require_GET
def interview_list(request: HttpRequest) -> HttpResponse:
    language = _language()
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
        _context(language, interviews=rows, query=query, status=status, total=Interview.objects.count()),
    )  # fmt: skip


@require_GET
def interview_detail(request: HttpRequest, interview_id: int) -> HttpResponse:
    language = _language()
    try:
        interview = services.get_interview(interview_id)
    except InvalidValue:
        return render(request, "web/not_found.html", _context(language), status=404)
    return render(
        request, "web/interview_detail.html",
        _context(language, interview=interview, people=list(interview.people.all()),
                 start=interview.local_start(), end=interview.local_end()),
    )  # fmt: skip


@require_POST
def interview_outcome(request: HttpRequest, interview_id: int) -> HttpResponse:
    language = _language()
    try:
        services.set_outcome(interview_id, request.POST.get("status", ""), request.POST.get("note"))
    except InvalidValue as error:
        return render(request, "web/error.html", _context(language, error=error.say(language)), status=400)
    return HttpResponseRedirect(reverse("interview-detail", args=[interview_id]))
