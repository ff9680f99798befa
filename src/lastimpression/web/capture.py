"""Capture without the CLI: a new interview with its people in one keyboard-friendly form, and
an `.ics` upload previewed (dry run) before it is imported."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods

from lastimpression import clock
from lastimpression.core.validation import InvalidValue
from lastimpression.interviews import services
from lastimpression.web.common import context, language

PEOPLE_ROWS = 4
MAX_UPLOAD = 5 * 1024 * 1024
INTERVIEW_FIELDS = ("company", "role", "start", "duration", "timezone", "country", "subdivision", "language", "mode",
                    "location", "decision_by", "decision_in")  # fmt: skip
PERSON_FIELDS = ("name", "email", "title", "salutation", "register", "topics")


def _people(form: Any, rows: int) -> list[dict[str, Any]]:
    people = []
    for index in range(rows):
        values = {field: form.get(f"person-{index}-{field}", "").strip() for field in PERSON_FIELDS}
        if not any(values.values()):
            continue
        person: dict[str, Any] = {key: value or None for key, value in values.items() if key != "topics"}
        person["name"] = values["name"]
        person["topics"] = [topic.strip() for topic in values["topics"].split(";") if topic.strip()] or None
        person["greeted"] = None
        people.append(person)
    return people


@require_http_methods(["GET", "POST"])
def new_interview(request: HttpRequest) -> HttpResponse:
    owner = services.profile()
    rows = PEOPLE_ROWS
    values: dict[str, str] = {"duration": "60", "timezone": owner.timezone if owner else "", "mode": "onsite"}
    error = ""
    if request.method == "POST":
        form = request.POST
        rows = min(int(form.get("rows", PEOPLE_ROWS) or PEOPLE_ROWS), 20)
        values = {field: form.get(field, "").strip() for field in INTERVIEW_FIELDS}
        if "more" in form:
            rows = min(rows + 2, 20)
        else:
            raw: dict[str, Any] = {field: value or None for field, value in values.items()}
            if raw.get("timezone") and owner and raw["timezone"] == owner.timezone and raw.get("country"):
                raw["timezone"] = None  # let the country decide when the user changed only the country
            try:
                interview = services.add_interview(raw, _people(form, rows))
            except InvalidValue as problem:
                error = problem.say(language(request))
            else:
                return HttpResponseRedirect(f"/interviews/{interview.id}/")
    people_rows = [
        {field: request.POST.get(f"person-{index}-{field}", "") for field in PERSON_FIELDS} | {"index": index}
        for index in range(rows)
    ]
    return render(
        request, "web/interview_new.html",
        context(request, values=values, people_rows=people_rows, rows=rows, error=error, has_profile=owner is not None),
        status=400 if error else 200,
    )  # fmt: skip


def _upload_folder() -> Path:
    folder = Path(settings.HOME) / "uploads"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


@require_http_methods(["GET", "POST"])
def import_calendar_page(request: HttpRequest) -> HttpResponse:
    from lastimpression.interviews.calendar_import import import_calendar

    preview = None
    error = ""
    token = ""
    done = False
    if request.method == "POST":
        try:
            if "file" in request.FILES:
                upload = request.FILES.get("file")
                assert upload is not None and not isinstance(upload, list)
                if upload.size is not None and upload.size > MAX_UPLOAD:
                    raise InvalidValue("FILE", gettext("is larger than 5 MB"))
                data = upload.read()
                token = secrets.token_urlsafe(16)
                (_upload_folder() / f"{token}.ics").write_bytes(data)
            else:
                token = request.POST.get("token", "")
                path = _upload_folder() / f"{token}.ics"
                if not token.replace("-", "").replace("_", "").isalnum() or not path.exists():
                    raise InvalidValue("FILE", gettext("the upload has expired: choose the file again"))
                data = path.read_bytes()
            confirm = request.POST.get("confirm") == "1"
            preview = import_calendar(data, now=clock.now(), dry_run=not confirm)
            if confirm:
                (_upload_folder() / f"{token}.ics").unlink(missing_ok=True)
                done = True
        except InvalidValue as problem:
            error = problem.say(language(request))
    return render(
        request, "web/import.html",
        context(request, preview=preview, error=error, token=token, done=done),
        status=400 if error else 200,
    )  # fmt: skip
