"""Changing an interview after it was recorded: its details and its people, through the services
`interview edit` and `person add|edit|remove` call (they check every value and re-plan). Each form
is its own: every bad value of it is said beside its field, with its label, and nothing changes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.formats import date_format
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_http_methods, require_POST

from lastimpression.core import validation
from lastimpression.core.decision import read_decision
from lastimpression.core.plan import PlanWarning
from lastimpression.core.validation import InvalidValue
from lastimpression.core.when import Delay, Notice, read_instant, repeated_times
from lastimpression.interviews import services
from lastimpression.interviews.models import Interview
from lastimpression.web import capture, capture_form, person_form, place_field
from lastimpression.web.common import context, language, not_found
from lastimpression.web.form_errors import Problems, said

DETAIL_FIELDS = ("company", "role", "start", "end", "mode", "location", "decision", "contribution")
LOCAL_MINUTE = "%Y-%m-%dT%H:%M"  # what <input type="datetime-local"> shows and sends


def _details(interview: Interview) -> dict[str, str]:
    values = {field: str(getattr(interview, field, "") or "") for field in DETAIL_FIELDS}
    values["start"] = interview.local_start().strftime(LOCAL_MINUTE)
    values["end"] = interview.local_end().strftime(LOCAL_MINUTE)
    values["decision"] = interview.decision_by.isoformat() if interview.decision_by else ""
    return values


def _base(interview: Interview) -> place_field.Base:
    return place_field.Base(interview.country, interview.subdivision, interview.timezone, interview.language)


def plan_warning_text(warning: PlanWarning) -> str:
    """A plan warning in the page's language, its dates as the page writes them."""
    if warning.code == "promise_kept":
        rule_day, promised = warning.dates
        return gettext(
            "The decision date moved: the plan would now follow up on %(rule_day)s, but the thank-you already "
            "sent promised %(promised)s. The promised date stands."
        ) % {"rule_day": date_format(rule_day, "DATE_FORMAT"), "promised": date_format(promised, "DATE_FORMAT")}
    if warning.phrase is not None:
        return warning.phrase.say("fr" if get_language() == "fr" else "en")
    return warning.message


@dataclass
class _Refused:
    """A form sent back refused: which one (``form``: "details", a person's id, "new"), what
    was typed, and what is wrong."""

    form: str | int
    values: dict[str, str]
    problems: Problems
    place: place_field.PlaceChoice | None = None


def _page(
    request: HttpRequest,
    interview: Interview,
    *,
    refused: _Refused | None = None,
    warnings: list[str] | None = None,
    status: int = 200,
) -> HttpResponse:
    """The edit page; ``refused`` carries the values typed into a refused form and its problems."""
    problems = refused.problems if refused is not None else Problems()
    people = []
    for someone in interview.people.all():
        typed = refused is not None and refused.form == someone.id
        people.append({
            "id": someone.id, "name": someone.name, "prefix": f"person-{someone.id}",
            "values": refused.values if refused is not None and typed else person_form.values_of(someone),
            "problems": problems if typed else Problems(),
        })  # fmt: skip
    details = refused is not None and refused.form == "details"
    home = request_owner_country()
    place = refused.place if refused is not None and refused.place is not None else place_field.choose(
        None, interview.location, _base(interview), home, follow=False)  # fmt: skip
    new = refused is not None and refused.form == "new"
    page = capture.place_page(request, place, problems if details else Problems(), home)
    page["place_problems"] = page.pop("problems")
    return render(
        request, "web/interview_edit.html",
        context(request, interview=interview, values=refused.values if details and refused else _details(interview),
                problems=problems, details_problems=problems if details else Problems(), people=people,
                new_person=refused.values if new and refused else person_form.blank(),
                new_problems=problems if new else Problems(),
                warnings=warnings or [], saved=request.GET.get("saved") == "1",
                removed=request.GET.get("removed") == "1", **page),
        status=status,
    )  # fmt: skip


def request_owner_country() -> str:
    owner = services.profile()
    return owner.country if owner is not None else "FR"


def _check_details(values: dict[str, str], place: place_field.PlaceChoice, problems: Problems) -> dict[str, Any]:
    """Every detail of the form checked at once; the values as services.edit_interview takes
    them (the decision as ``decision_by``, '' to clear it)."""
    names = capture_form.labels()
    raw: dict[str, Any] = {}
    raw["company"] = problems.check("company", names["company"], lambda: validation.text(values["company"], "company"))
    raw["role"] = problems.check("role", names["role"], lambda: validation.text(values["role"], "role"))
    place_raw = place.raw()
    zone = capture_form.check_place(problems, place_raw)
    start = problems.check("start", names["start"], lambda: read_instant(values["start"], zone, "start")[0])
    problems.check("end", names["end"], lambda: read_instant(values["end"], zone, "end"))
    raw.update(start=values["start"], end=values["end"])
    raw["mode"] = problems.check("mode", names["mode"],
                                 lambda: validation.choice(values["mode"], "mode", services.MODE_CHOICES))  # fmt: skip
    raw["location"] = problems.check("location", names["location"], lambda: validation.text(
        values["location"], "location", required=False, max_length=validation.TEXT_MAX))  # fmt: skip
    raw.update(place_raw)
    raw["decision_by"] = ""
    if values["decision"] and start is not None:
        read = problems.check("decision", names["decision"],
                              lambda: read_decision(values["decision"], start.astimezone(zone).date()))  # fmt: skip
        if isinstance(read, Delay):
            raw.pop("decision_by")
            raw["decision_in"] = f"{read.count} {capture_form.UNITS[read.unit]}"
        elif read is not None:
            raw["decision_by"] = read.isoformat()
    raw["contribution"] = problems.check("contribution", names["contribution"], lambda: validation.text(
        values["contribution"], "contribution", required=False, max_length=validation.TEXT_MAX))  # fmt: skip
    return raw


@require_http_methods(["GET", "POST"])
def edit_interview(request: HttpRequest, interview_id: int) -> HttpResponse:
    """The edit page; its first form changes the details (``services.edit_interview``)."""
    try:
        interview = services.get_interview(interview_id)
    except InvalidValue:
        return not_found(request)
    if request.method == "GET":
        return _page(request, interview)
    form = request.POST
    values = {field: form.get(field, "").strip() for field in DETAIL_FIELDS}
    if "decision" not in form:  # the date field of earlier forms
        values["decision"] = form.get("decision_by", "").strip()
    moved_place = values["location"] != interview.location
    place = place_field.choose(form, values["location"], _base(interview), request_owner_country(), follow=moved_place)
    problems = Problems()
    raw = _check_details(values, place, problems)
    shown = _details(interview)
    place_moved = (raw.get("country"), raw.get("subdivision"), raw.get("timezone")) != (
        interview.country, interview.subdivision, interview.timezone)  # fmt: skip
    if not place_moved and values["start"] == shown["start"]:
        # Sent back as shown, the times stay the instants they are: read again, a second
        # occurrence (the night the clocks go back) would become the first, seconds would go.
        raw["start"] = None
        if values["end"] == shown["end"]:
            raw["end"] = None
    if not problems:
        try:
            changed, warnings = services.edit_interview(interview.id, raw)
        except InvalidValue as error:
            names = capture_form.labels()
            key = capture_form.SERVICE_FIELDS.get(error.field, error.field)
            key = "end" if error.field == "end" else key
            problems.add(key if key in names else "company", names.get(key, names["company"]), said(error))
        else:
            said_twice = [_notice(notice) for notice in repeated_times(raw, changed.zone, ("start", "end"))]
            if warnings or said_twice:
                return _page(
                    request, changed, warnings=said_twice + [plan_warning_text(warning) for warning in warnings]
                )
            return HttpResponseRedirect(f"/interviews/{interview.id}/edit?saved=1")
    return _page(request, interview, refused=_Refused("details", values, problems, place), status=400)


def _notice(notice: Notice) -> str:
    """A notice about a time, with its field's label."""
    said_here = notice.problem_in("fr" if get_language() == "fr" else "en")
    return gettext("%(label)s: %(problem)s") % {"label": capture_form.labels()[notice.field], "problem": said_here}


@require_POST
def add_person(request: HttpRequest, interview_id: int) -> HttpResponse:
    try:
        interview = services.get_interview(interview_id)
    except InvalidValue:
        return not_found(request)
    values = person_form.typed(request.POST)
    problems = Problems()
    raw = person_form.check(problems, values, "new", gettext("New person"))
    if not problems:
        try:
            added = services.add_person(interview.id, raw)
        except InvalidValue as error:
            problems.add("new-name", gettext("New person"), said(error))
        else:
            return HttpResponseRedirect(f"/interviews/{interview.id}/edit?saved=1#person-{added.id}")
    return _page(request, interview, refused=_Refused("new", values, problems), status=400)


@require_POST
def edit_person(request: HttpRequest, person_id: int) -> HttpResponse:
    try:
        person = services.get_person(person_id)
    except InvalidValue:
        return not_found(request)
    values = person_form.typed(request.POST)
    problems = Problems()
    raw = person_form.check(problems, values, f"person-{person.id}", person.name)
    if not problems:
        try:
            services.edit_person(person.id, raw)
        except InvalidValue as error:
            problems.add(f"person-{person.id}-name", person.name, said(error))
        else:
            return HttpResponseRedirect(f"/interviews/{person.interview_id}/edit?saved=1#person-{person.id}")
    return _page(request, person.interview, refused=_Refused(person.id, values, problems), status=400)


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
