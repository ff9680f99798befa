"""The debrief form and the journal: the same questions as the CLI, in the browser."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.functional import Promise
from django.utils.timezone import get_current_timezone as current_zone  # the user's, set by LanguageMiddleware
from django.utils.translation import pgettext_lazy
from django.views.decorators.http import require_http_methods

from lastimpression import clock
from lastimpression.core.observation import INGREDIENTS
from lastimpression.core.validation import InvalidValue
from lastimpression.interviews import services
from lastimpression.web.common import context, language, not_found

# How a person came across (core.observation.INGREDIENTS), as the forms ask it.
INGREDIENT_WORDS: dict[str, Promise] = {
    "serious": pgettext_lazy("how someone came across", "serious"),
    "cheerful": pgettext_lazy("how someone came across", "cheerful"),
    "convinced": pgettext_lazy("how someone came across", "convinced"),
    "enthusiastic": pgettext_lazy("how someone came across", "enthusiastic"),
    "professional": pgettext_lazy("how someone came across", "professional"),
    "responsive": pgettext_lazy("how someone came across", "responsive"),
    "confident": pgettext_lazy("how someone came across", "confident"),
    "balanced_rapport": pgettext_lazy("how someone came across", "balanced rapport"),
}


def _ingredients() -> list[tuple[str, str]]:
    """(code, words) of every ingredient, in the core's order, in the active language."""
    return [(ingredient, str(INGREDIENT_WORDS[ingredient])) for ingredient in INGREDIENTS]


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


@require_http_methods(["GET", "POST"])
def debrief(request: HttpRequest, interview_id: int) -> HttpResponse:
    from lastimpression.journal.models import Debrief
    from lastimpression.journal.service import save_debrief

    try:
        interview = services.get_interview(interview_id)
    except InvalidValue:
        return not_found(request)
    people = list(interview.people.all())
    error = ""
    saved = False
    if request.method == "POST":
        form = request.POST
        focused = {"yes": True, "no": False}.get(form.get("focused", ""))
        raw: dict[str, Any] = {
            "focused": focused,
            "last_minutes": form.get("last_minutes", ""),
            "greeted": [person_id for person_id in form.getlist("greeted")],
            "greeted_others": _split(form.get("greeted_others", "")),
            "missed_others": _split(form.get("missed_others", "")),
            "parting": form.get("parting") or None,
            "parting_words": form.get("parting_words", ""),
            "ratings": [
                f"{person.id}:{ingredient}={form[f'rate-{person.id}-{ingredient}']}"
                for person in people
                for ingredient in INGREDIENTS
                if form.get(f"rate-{person.id}-{ingredient}", "").strip()
            ],
            "state_of_mind": form.get("state_of_mind", ""),
            "do_differently": form.get("do_differently", ""),
        }
        try:
            save_debrief(interview.id, raw, clock.now())
        except InvalidValue as problem:
            error = problem.say(language(request))
        else:
            return HttpResponseRedirect(f"/interviews/{interview.id}/debrief?saved=1")
    saved = request.GET.get("saved") == "1"
    current = Debrief.objects.filter(interview=interview).first()
    ratings = current.ratings if current else {}
    rows = [
        {
            "person": person,
            "scores": [
                (ingredient, words, ratings.get(str(person.id), {}).get(ingredient, ""))
                for ingredient, words in _ingredients()
            ],
        }
        for person in people
    ]
    others = current.others if current else {}
    return render(
        request, "web/debrief.html",
        context(request, interview=interview, people=people, debrief=current, rows=rows, error=error, saved=saved,
                not_ended=interview.end > clock.now(), greeted_others=", ".join(k for k, v in others.items() if v),
                missed_others=", ".join(k for k, v in others.items() if not v)),
        status=400 if error else 200,
    )  # fmt: skip


@require_http_methods(["GET", "POST"])
def journal(request: HttpRequest) -> HttpResponse:
    from lastimpression.journal.models import JournalEntry
    from lastimpression.journal.service import add_entry

    error = ""
    if request.method == "POST":
        form = request.POST
        raw = {
            "when": form.get("when") or None,
            "context": form.get("context", ""),
            "who": form.get("who", ""),
            "ratings": [
                f"{ingredient}={form[f'rate-{ingredient}']}"
                for ingredient in INGREDIENTS
                if form.get(f"rate-{ingredient}", "").strip()
            ],
            "parting": form.get("parting") or None,
            "parting_words": form.get("parting_words", ""),
            "why": form.get("why", ""),
        }
        today = clock.now().astimezone(current_zone()).date()
        try:
            add_entry(raw, today)
        except InvalidValue as problem:
            error = problem.say(language(request))
        else:
            return HttpResponseRedirect("/journal/")
    return render(
        request, "web/journal.html",
        context(request, entries=list(JournalEntry.objects.all()[:200]), error=error, ingredients=_ingredients()),
        status=400 if error else 200,
    )  # fmt: skip
