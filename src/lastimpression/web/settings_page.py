"""Settings: the profile, the SMTP and IMAP servers (web/mail_settings.py) with a test of the saved
ones, and a preview of the messages the templates write (the demo-like sample of the interview chosen)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.views.decorators.http import require_http_methods
from django.views.decorators.vary import vary_on_headers

from lastimpression.core.validation import InvalidValue
from lastimpression.interviews import services
from lastimpression.web import mail_settings
from lastimpression.web.common import context, language
from lastimpression.web.htmx import is_htmx

PROFILE_FIELDS = ("name", "email", "phone", "linkedin", "language", "country", "subdivision", "timezone", "agreement")


def _preview(interview_id: str, kind: str) -> dict[str, Any] | None:
    """The message the templates would write for the first person of an interview (nothing
    is saved)."""
    from lastimpression.core.compose import compose
    from lastimpression.outbox.drafting import (
        candidate_of,
        linkedin_limit,
        occasion_of,
        recipient_of,
        user_templates,
    )

    interview = services.get_interview(interview_id)
    profile = services.require_profile()
    people = list(interview.people.all())
    if not people:
        return None
    panel = tuple(recipient_of(person) for person in people)
    draft = compose(kind, candidate_of(profile), panel[0], occasion_of(interview), panel=panel,
                    user_templates=user_templates(), linkedin_limit=linkedin_limit(profile))  # fmt: skip
    return {"person": people[0].name, "subject": draft.subject, "body": draft.body, "language": interview.language}


@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
def settings_page(request: HttpRequest) -> HttpResponse:
    """The settings page; a connection test asked by htmx answers its result line alone."""
    from lastimpression.interviews.models import Interview

    lang = language(request)
    owner = services.profile()
    error, tested, preview = "", None, None
    values = {field: str(getattr(owner, field, "") or "") for field in PROFILE_FIELDS} if owner else {}
    if owner:
        values["proof_points"] = "\n".join(owner.proof_points)
    mail_values = mail_settings.file_values(mail_settings.config_path())
    mail_problems: dict[str, InvalidValue] = {}
    if request.method == "POST":
        action = request.POST.get("action", "profile")
        if action in ("smtp", "imap"):
            tested = mail_settings.connection_test(action, lang)
            if is_htmx(request):
                return render(request, "web/_connection.html", {"tested": tested})
        elif action == "mail":
            mail_problems = mail_settings.save(request.POST)
            if not mail_problems:
                return HttpResponseRedirect("/settings/?saved=mail#mail-title")
            mail_values = {name: request.POST.get(name, "") for name in mail_values}
        elif action == "profile":
            raw: dict[str, Any] = {field: request.POST.get(field, "").strip() or None for field in PROFILE_FIELDS}
            raw["linkedin_premium"] = request.POST.get("linkedin_premium") == "on"
            # One proof point a line; an empty box clears them.
            raw["proof_points"] = [line for line in request.POST.get("proof_points", "").splitlines() if line.strip()]
            try:
                services.save_profile(raw)
            except InvalidValue as problem:
                error = problem.say(lang)
                values = {field: request.POST.get(field, "") for field in (*PROFILE_FIELDS, "proof_points")}
            else:
                return HttpResponseRedirect("/settings/?saved=1")
    interviews = list(Interview.objects.order_by("-start")[:50])
    chosen, kind = request.GET.get("interview", ""), request.GET.get("kind", "thank_you")
    if chosen and kind in ("thank_you", "follow_up", "follow_up_2", "linkedin"):
        try:
            preview = _preview(chosen, kind)
        except (InvalidValue, ValueError) as problem:
            error = problem.say(lang) if isinstance(problem, InvalidValue) else str(problem)
    return render(
        request, "web/settings.html",
        context(request, values=values, premium=bool(owner and owner.linkedin_premium), error=error, tested=tested,
                saved=request.GET.get("saved") == "1", interviews=interviews, chosen=chosen, kind=kind, preview=preview,
                mail_saved=request.GET.get("saved") == "mail", mail_problems=[p.say(lang) for p in mail_problems.values()],
                mail_sections=mail_settings.sections(mail_values, mail_problems, lang)),
        status=400 if (error or mail_problems) and request.method == "POST" else 200,
    )  # fmt: skip
