"""Capture without the CLI: a new interview with its people in one keyboard-friendly form, and
an `.ics` upload previewed (dry run) before it is imported."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib import messages as notes
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods

from lastimpression import clock
from lastimpression.core.icslimits import MAX_FILE_BYTES
from lastimpression.core.validation import InvalidValue
from lastimpression.core.when import repeated_times
from lastimpression.interviews import services
from lastimpression.web.common import context, language

PEOPLE_ROWS = 4
MAX_ROWS = 20
MAX_UPLOAD = MAX_FILE_BYTES  # the import's own bound (core.icslimits), refused before reading
# How long reading an uploaded calendar may take: past it the page says so, and no server
# thread stays pinned by a file built to be slow.
READ_SECONDS = 20.0
# The reading, as the import does it, in a child process that can be stopped.
_READ = (
    "import sys\n"
    "from datetime import datetime\n"
    "from lastimpression.core.icsfile import IcsError, read_events\n"
    "zone, start, end = sys.argv[1:]\n"
    "try:\n"
    "    read_events(sys.stdin.buffer.read(), default_timezone=zone,\n"
    "                window=(datetime.fromisoformat(start), datetime.fromisoformat(end)))\n"
    "except IcsError:\n"
    "    pass\n"
)
# An uploaded file waits for its "Import" click this long; older ones go at the next upload.
UPLOAD_KEPT_SECONDS = 24 * 3600
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


def _rows(value: str | None) -> int:
    """The number of person rows the form had (a hidden field): PEOPLE_ROWS when it is not a
    number, never below 1 nor above MAX_ROWS."""
    try:
        return max(1, min(int(value or PEOPLE_ROWS), MAX_ROWS))
    except ValueError:
        return PEOPLE_ROWS


@require_http_methods(["GET", "POST"])
def new_interview(request: HttpRequest) -> HttpResponse:
    owner = services.profile()
    rows = PEOPLE_ROWS
    values: dict[str, str] = {"duration": "60", "timezone": owner.timezone if owner else "", "mode": "onsite"}
    error = ""
    refused = False
    if request.method == "POST":
        form = request.POST
        rows = _rows(form.get("rows"))
        values = {field: form.get(field, "").strip() for field in INTERVIEW_FIELDS}
        if "more" in form:
            rows = min(rows + 2, MAX_ROWS)
        elif owner is None:
            refused = True  # the page says to create the profile first, with a link to Settings
        else:
            raw: dict[str, Any] = {field: value or None for field, value in values.items()}
            if raw.get("timezone") and owner and raw["timezone"] == owner.timezone and raw.get("country"):
                raw["timezone"] = None  # let the country decide when the user changed only the country
            try:
                interview = services.add_interview(raw, _people(form, rows))
            except InvalidValue as problem:
                error = problem.say(language(request))
            else:
                # A start that happens twice was saved as the first: said on the interview's page.
                for notice in repeated_times(raw, interview.zone, ("start",)):
                    notes.warning(request, notice.say(language(request)))
                return HttpResponseRedirect(f"/interviews/{interview.id}/")
    people_rows = [
        {field: request.POST.get(f"person-{index}-{field}", "") for field in PERSON_FIELDS} | {"index": index}
        for index in range(rows)
    ]
    return render(
        request, "web/interview_new.html",
        context(request, values=values, people_rows=people_rows, rows=rows, error=error, has_profile=owner is not None),
        status=400 if error or refused else 200,
    )  # fmt: skip


def _upload_folder() -> Path:
    folder = Path(settings.HOME) / "uploads"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def _keep_upload(path: Path, data: bytes) -> None:
    """Write an upload, dated by the program's clock (the one ``_forget_old_uploads`` reads)."""
    path.write_bytes(data)
    stamp = clock.now().timestamp()
    os.utime(path, (stamp, stamp))


def _forget_old_uploads(folder: Path) -> None:
    """Delete the uploads previewed but never imported, once older than UPLOAD_KEPT_SECONDS."""
    oldest = clock.now().timestamp() - UPLOAD_KEPT_SECONDS
    for path in folder.glob("*.ics"):
        try:
            if path.stat().st_mtime < oldest:
                path.unlink()
        except FileNotFoundError:
            pass  # another request deleted it first


def _with_dates(items: list[dict[str, Any]]) -> None:
    """Add ``starts``, the start as a datetime, to each interview of a preview (its JSON
    shape says it in ISO), for the page to write it in the user's words."""
    for item in items:
        item["starts"] = datetime.fromisoformat(item["start"])


def _read_in_time(data: bytes, zone: str, now: datetime) -> None:
    """Read ``data`` once in a child process, stopped after READ_SECONDS; raise InvalidValue
    naming FILE when it takes longer. The import then reads it again in this process (what the
    file holds is its business): a file read in time here is read in time there."""
    from lastimpression.interviews.calendar_import import WINDOW_AFTER, WINDOW_BEFORE

    window = ((now - WINDOW_BEFORE).isoformat(), (now + WINDOW_AFTER).isoformat())
    try:
        subprocess.run(
            [sys.executable, "-c", _READ, zone, *window], input=data, capture_output=True, timeout=READ_SECONDS,
            check=False, env={**os.environ, "PYTHONPATH": os.pathsep.join(path for path in sys.path if path)},
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        seconds = round(READ_SECONDS)
        raise InvalidValue(
            "FILE", f"takes longer than {seconds} seconds to read: export a shorter period",
            f"prend plus de {seconds}\u00a0secondes à lire\u00a0: exportez une période plus courte",
        ) from None  # fmt: skip


@require_http_methods(["GET", "POST"])
def import_calendar_page(request: HttpRequest) -> HttpResponse:
    from lastimpression.interviews.calendar_import import import_calendar

    preview = None
    error = ""
    token = ""
    done = False
    owner = services.profile()
    if request.method == "POST" and owner is not None:
        try:
            if "file" in request.FILES:
                upload = request.FILES.get("file")
                assert upload is not None and not isinstance(upload, list)
                if upload.size is not None and upload.size > MAX_UPLOAD:
                    raise InvalidValue("FILE", gettext("is larger than 5 MB"))
                data = upload.read()
                token = secrets.token_urlsafe(16)
                _forget_old_uploads(_upload_folder())
                _keep_upload(_upload_folder() / f"{token}.ics", data)
            else:
                token = request.POST.get("token", "")
                path = _upload_folder() / f"{token}.ics"
                if not token.replace("-", "").replace("_", "").isalnum() or not path.exists():
                    raise InvalidValue("FILE", gettext("the upload has expired: choose the file again"))
                data = path.read_bytes()
            confirm = request.POST.get("confirm") == "1"
            _read_in_time(data, owner.timezone, clock.now())
            preview = import_calendar(data, now=clock.now(), dry_run=not confirm)
            _with_dates(preview.created)
            _with_dates(preview.updated)
            if confirm:
                (_upload_folder() / f"{token}.ics").unlink(missing_ok=True)
                done = True
        except InvalidValue as problem:
            error = problem.say(language(request))
    return render(
        request, "web/import.html",
        context(request, preview=preview, error=error, token=token, done=done, has_profile=owner is not None,
                notices=preview.notices_in(language(request)) if preview is not None else []),
        status=400 if error or (request.method == "POST" and owner is None) else 200,
    )  # fmt: skip
