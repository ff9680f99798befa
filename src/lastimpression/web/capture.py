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
from django.views.decorators.http import require_GET, require_http_methods

from lastimpression import clock
from lastimpression.core.icslimits import MAX_FILE_BYTES, too_large
from lastimpression.core.validation import InvalidValue
from lastimpression.core.when import repeated_times
from lastimpression.interviews import services
from lastimpression.phrases import tr
from lastimpression.web import capture_form, place_field
from lastimpression.web.common import context, language
from lastimpression.web.form_errors import Problems

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


@require_http_methods(["GET", "POST"])
def new_interview(request: HttpRequest) -> HttpResponse:
    """The capture form (web/capture_form.py): saved at once when every value is right (with
    "Save and draft", every message drafted too), else shown again with every refusal beside
    its field; "Add a person" shows one line more."""
    owner = services.profile()
    form = request.POST if request.method == "POST" else None
    if form is not None and "paste" in form:
        return _pasted(request, owner)
    capture = capture_form.read(form, owner, clock.now())
    refused = False
    if form is not None and "more" not in form:
        if owner is None:
            refused = True  # the page says to create the profile first, with a link to Settings
        else:
            capture_form.check(capture)
            if not capture.problems:
                try:
                    interview = services.add_interview(capture.raw, capture.people)
                except InvalidValue as error:
                    capture_form.service_refusal(capture, error)
                else:
                    # A start that happens twice was saved as the first: said on the interview's page.
                    label, lang = capture_form.labels()["start"], language(request)
                    for notice in repeated_times(capture.raw, interview.zone, ("start",)):
                        said = notice.problem_in(lang)
                        notes.warning(request, gettext("%(label)s: %(problem)s") % {"label": label, "problem": said})
                    if form.get("then") == "draft":  # "Save and draft": the page opens on the messages
                        from lastimpression.web.ready_views import draft_and_tell

                        draft_and_tell(request, interview)
                        return HttpResponseRedirect(f"/interviews/{interview.id}/#ready")
                    return HttpResponseRedirect(f"/interviews/{interview.id}/")
    # The page opens on the company, on the line just added, or on the first refused field.
    focus = "" if capture.problems else capture.lines[-1].names["name"] if form is not None else "company"
    return render(
        request, "web/interview_new.html",
        context(request, **capture_page(request, capture, owner), focus=focus),
        status=400 if capture.problems or refused else 200,
    )  # fmt: skip


def _pasted(request: HttpRequest, owner: Any) -> HttpResponse:
    """The capture form filled from a pasted invitation (web/invitation_paste.py), never saved:
    the user checks it and saves; what could not be read is said beside the paste field."""
    from lastimpression.web.invitation_paste import FIELD, read_paste

    text = str(request.POST.get(FIELD, ""))
    upload = request.FILES.get(f"{FIELD}-file")
    capture = capture_form.read(None, owner, clock.now())
    problem, filled = "", False
    if owner is None:
        problem = gettext("create your profile first")
    elif upload is not None and not isinstance(upload, list) and upload.size is not None and upload.size > MAX_UPLOAD:
        problem = too_large().say(language(request))
    elif not text.strip() and upload is None:
        problem = gettext("required")
    else:
        data = upload.read() if upload is not None and not isinstance(upload, list) else None
        pasted = read_paste(text, data, owner, clock.now())
        problem = pasted.problem
        if not problem:
            capture, filled = capture_form.read(pasted.form, owner, clock.now()), True
    if problem:
        capture.problems.add(FIELD, gettext("Pasted invitation"), problem)
    return render(
        request, "web/interview_new.html",
        context(request, **capture_page(request, capture, owner), focus="" if problem else "company",
                paste_text=text if problem else "", paste_open=bool(problem), pasted=filled),
        status=400 if problem else 200,
    )  # fmt: skip


def place_page(request: HttpRequest, place: place_field.PlaceChoice, problems: Any, home: str) -> dict[str, Any]:
    """What the place block (web/_place.html) shows of ``place``."""
    lang = language(request)
    return {
        "place": place, "place_words": place_field.described(place, lang, home),
        "place_note": place_field.not_found_note(place), "problems": problems,
        "place_open": any(key in problems for key in place_field.PLACE_FIELDS),
        "countries": place_field.country_choices(lang), "zones": place_field.zone_choices(place.values["country"]),
    }  # fmt: skip


def capture_page(request: HttpRequest, capture: capture_form.Capture, owner: Any) -> dict[str, Any]:
    """What the new-interview page shows of ``capture``."""
    home = owner.country if owner is not None else "FR"
    return {
        "values": capture.values, "lines": capture.lines, "rows": len(capture.lines), "main": capture.main,
        "has_profile": owner is not None, **place_page(request, capture.place, capture.problems, home),
    }  # fmt: skip


@require_GET
def place_found(request: HttpRequest) -> HttpResponse:
    """The place block for what the place field holds (``location``), as the form would find
    it: htmx asks for it when the field changes. ``interview``: the id of the interview being
    edited (its own place is the base), else the profile's."""
    owner = services.profile()
    base = capture_form.base_of(owner)
    try:
        interview = services.get_interview(request.GET.get("interview", ""))
        base = place_field.Base(interview.country, interview.subdivision, interview.timezone, interview.language)
    except InvalidValue:
        pass
    home = owner.country if owner is not None else "FR"
    place = place_field.choose(None, request.GET.get("location", "")[:500], base, home)
    return render(request, "web/_place.html", context(request, **place_page(request, place, Problems(), home)))


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
            "FILE", tr("takes longer than %(seconds)d seconds to read: export a shorter period", seconds=seconds)
        ) from None


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
                    raise InvalidValue("FILE", too_large())
                data = upload.read()
                token = secrets.token_urlsafe(16)
                _forget_old_uploads(_upload_folder())
                _keep_upload(_upload_folder() / f"{token}.ics", data)
            else:
                token = request.POST.get("token", "")
                path = _upload_folder() / f"{token}.ics"
                if not token.replace("-", "").replace("_", "").isalnum() or not path.exists():
                    raise InvalidValue("FILE", tr("the upload has expired: choose the file again"))
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
                notices=preview.notices_in(language(request), web=True) if preview is not None else []),
        status=400 if error or (request.method == "POST" and owner is None) else 200,
    )  # fmt: skip
