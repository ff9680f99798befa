"""Changing an interview after it was recorded: its details and its people, through the services
`interview edit` and `person add|edit|remove` call (they check every value and re-plan). Each form
is its own, so a bad value names its field, is shown beside the form, and changes nothing."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import render
from django.utils.formats import date_format
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_http_methods, require_POST

from lastimpression.core.plan import PlanWarning
from lastimpression.core.validation import InvalidValue
from lastimpression.core.when import repeated_times
from lastimpression.interviews import services
from lastimpression.interviews.models import Interview, Person
from lastimpression.web.common import context, language, not_found

DETAIL_FIELDS = ("company", "role", "start", "end", "mode", "location", "country", "subdivision", "timezone",
                 "language", "decision_by")  # fmt: skip
PERSON_FIELDS = ("name", "email", "title", "linkedin", "salutation", "register", "topics")
LOCAL_MINUTE = "%Y-%m-%dT%H:%M"  # what <input type="datetime-local"> shows and sends


def _details(interview: Interview) -> dict[str, str]:
    values = {field: str(getattr(interview, field) or "") for field in DETAIL_FIELDS}
    values["start"] = interview.local_start().strftime(LOCAL_MINUTE)
    values["end"] = interview.local_end().strftime(LOCAL_MINUTE)
    values["decision_by"] = interview.decision_by.isoformat() if interview.decision_by else ""
    return values


def _person_values(person: Person) -> dict[str, str]:
    values = {field: str(getattr(person, field) or "") for field in PERSON_FIELDS}
    values["topics"] = "\n".join(person.topics)
    return values


def _typed(form: QueryDict, fields: tuple[str, ...]) -> dict[str, str]:
    return {field: form.get(field, "").strip() for field in fields}


def _person_raw(values: dict[str, str]) -> dict[str, Any]:
    """A person's form as the service takes it: every field given (an empty one is cleared),
    the topics one per line."""
    raw: dict[str, Any] = dict(values)
    raw["topics"] = [line.strip() for line in values["topics"].splitlines() if line.strip()]
    return raw


def _warning(warning: PlanWarning) -> str:
    if warning.code == "promise_kept":
        rule_day, promised = warning.dates
        return gettext(
            "The decision date moved: the plan would now follow up on %(rule_day)s, but the thank-you already "
            "sent promised %(promised)s. The promised date stands."
        ) % {"rule_day": date_format(rule_day, "DATE_FORMAT"), "promised": date_format(promised, "DATE_FORMAT")}
    if warning.french and get_language() == "fr":
        return warning.french
    return warning.message


def _page(
    request: HttpRequest,
    interview: Interview,
    *,
    details: dict[str, str] | None = None,
    problem: str = "",
    person: tuple[int, dict[str, str], str] | None = None,
    new_person: tuple[dict[str, str], str] | None = None,
    warnings: list[str] | None = None,
    status: int = 200,
) -> HttpResponse:
    """The edit page; ``person`` and ``new_person`` carry the values typed into a refused form
    and what was wrong with them."""
    people = []
    for someone in interview.people.all():
        typed = person is not None and person[0] == someone.id
        people.append({
            "id": someone.id, "name": someone.name,
            "values": person[1] if person is not None and typed else _person_values(someone),
            "problem": person[2] if person is not None and typed else "",
        })  # fmt: skip
    blank = {field: "" for field in PERSON_FIELDS} | {"salutation": "none", "register": "vous"}
    return render(
        request, "web/interview_edit.html",
        context(request, interview=interview, values=details or _details(interview), problem=problem, people=people,
                new_person=new_person[0] if new_person else blank, new_problem=new_person[1] if new_person else "",
                warnings=warnings or [], saved=request.GET.get("saved") == "1",
                removed=request.GET.get("removed") == "1"),
        status=status,
    )  # fmt: skip


@require_http_methods(["GET", "POST"])
def edit_interview(request: HttpRequest, interview_id: int) -> HttpResponse:
    """The edit page; its first form changes the details (``services.edit_interview``)."""
    try:
        interview = services.get_interview(interview_id)
    except InvalidValue:
        return not_found(request)
    if request.method == "GET":
        return _page(request, interview)
    values = _typed(request.POST, DETAIL_FIELDS)
    raw: dict[str, Any] = dict(values)
    place_moved = (
        values["country"].upper() != interview.country
        or values["subdivision"].casefold() != interview.subdivision.casefold()
    )
    if place_moved and values["timezone"] == interview.timezone:
        raw["timezone"] = None  # the new country or region decides, as for a new interview
    shown = _details(interview)
    if not place_moved and values["timezone"] == interview.timezone and values["start"] == shown["start"]:
        # Sent back as shown, the times stay the instants they are: read again, a second
        # occurrence (the night the clocks go back) would become the first, seconds would go.
        raw["start"] = None
        if values["end"] == shown["end"]:
            raw["end"] = None
    try:
        changed, warnings = services.edit_interview(interview.id, raw)
    except InvalidValue as error:
        return _page(request, interview, details=values, problem=error.say(language(request)), status=400)
    said = [notice.say(language(request)) for notice in repeated_times(raw, changed.zone, ("start", "end"))]
    if warnings or said:
        return _page(request, changed, warnings=said + [_warning(warning) for warning in warnings])
    return HttpResponseRedirect(f"/interviews/{interview.id}/edit?saved=1")


@require_POST
def add_person(request: HttpRequest, interview_id: int) -> HttpResponse:
    try:
        interview = services.get_interview(interview_id)
    except InvalidValue:
        return not_found(request)
    values = _typed(request.POST, PERSON_FIELDS)
    try:
        added = services.add_person(interview.id, _person_raw(values))
    except InvalidValue as error:
        return _page(request, interview, new_person=(values, error.say(language(request))), status=400)
    return HttpResponseRedirect(f"/interviews/{interview.id}/edit?saved=1#person-{added.id}")


@require_POST
def edit_person(request: HttpRequest, person_id: int) -> HttpResponse:
    try:
        person = services.get_person(person_id)
    except InvalidValue:
        return not_found(request)
    values = _typed(request.POST, PERSON_FIELDS)
    try:
        services.edit_person(person.id, _person_raw(values))
    except InvalidValue as error:
        problem = error.say(language(request))
        return _page(request, person.interview, person=(person.id, values, problem), status=400)
    return HttpResponseRedirect(f"/interviews/{person.interview_id}/edit?saved=1#person-{person.id}")


@require_http_methods(["GET", "POST"])
def remove_person(request: HttpRequest, person_id: int) -> HttpResponse:
    """A page asking to confirm, then the removal: the person with their actions and messages."""
    try:
        person = services.get_person(person_id)
    except InvalidValue:
        return not_found(request)
    problem = ""
    if request.method == "POST":
        try:
            services.remove_person(person.id)
        except InvalidValue as error:  # a message to them went out: they stay on record
            problem = error.say(language(request))
        else:
            return HttpResponseRedirect(f"/interviews/{person.interview_id}/edit?removed=1#people-title")
    return render(
        request, "web/person_remove.html",
        context(request, person=person, interview=person.interview, problem=problem,
                pending=person.actions.filter(status="pending").count(), messages=person.messages.count()),
        status=409 if problem else 200,
    )  # fmt: skip
