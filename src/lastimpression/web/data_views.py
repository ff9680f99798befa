"""Your data, from the browser, as the command line has it: the whole export to download
(``export``), an export uploaded to restore (``restore``, with every check of the archive),
and the plan and the upcoming interviews as a calendar file (``ics``)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext, ngettext
from django.views.decorators.http import require_GET, require_http_methods

from lastimpression import clock
from lastimpression.core.validation import InvalidValue
from lastimpression.web.common import context, language

# An export of thousands of interviews weighs a few megabytes; far past that is not one.
MAX_RESTORE_BYTES = 100 * 1024 * 1024


def _stamp() -> str:
    return clock.now().strftime("%Y-%m-%d")


@require_GET
def export_file(request: HttpRequest) -> HttpResponse:
    """Everything, as one JSON file to keep (``archive.export_bytes``)."""
    from lastimpression.archive import export_bytes

    data, _ = export_bytes()
    response = HttpResponse(data, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="last-impression-{_stamp()}.json"'
    return response


@require_GET
def calendar_file(request: HttpRequest) -> HttpResponse:
    """The plan's pending steps and the upcoming interviews, with their alarms, as an ``.ics``
    file a calendar imports (``planning.calendar_export``); importing it again updates it."""
    from lastimpression.planning.calendar_export import calendar_bytes

    data, _, _ = calendar_bytes(clock.now())
    response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="last-impression.ics"'
    return response


def _restore(request: HttpRequest) -> tuple[str, str]:
    """Restore the uploaded export: (what was done, the problem), one of them empty. The
    archive's own words name the file by the name the user chose, not a temporary path."""
    from lastimpression.archive import restore

    upload = request.FILES.get("file")
    if upload is None or isinstance(upload, list):
        return "", gettext("Choose the export file to restore (a .json file).")
    if upload.size is not None and upload.size > MAX_RESTORE_BYTES:
        return "", gettext("This file is larger than 100 MB: it is not an export of Last Impression.")
    name = Path(upload.name or "export.json").name
    with tempfile.TemporaryDirectory(prefix="lastimpression-restore-") as folder:
        path = Path(folder) / "export.json"
        with path.open("wb") as written:
            for chunk in upload.chunks():
                written.write(chunk)
        try:
            counts = restore(path, replace=request.POST.get("replace") == "1")
        except InvalidValue as error:
            if error.field == "--replace":
                return "", gettext(
                    "Nothing was restored: Last Impression already holds data. Tick “Replace what is here” to "
                    "restore over it (export it first to keep a copy)."
                )
            lang = language(request)
            # "FILE" is the file itself: its words suffice; another field names the record.
            said = error.problem_in(lang) if error.field == "FILE" else error.say(lang)
            said = said.replace(str(path), name)
            return "", gettext("Nothing was restored: %(reason)s") % {"reason": said}
    total = sum(counts.values())
    return ngettext(
        "Restored: %(count)s record from %(name)s.", "Restored: %(count)s records from %(name)s.", total
    ) % {"count": total, "name": name}, ""


@require_http_methods(["GET", "POST"])
def data_page(request: HttpRequest) -> HttpResponse:
    from lastimpression.archive import is_empty

    done, problem = _restore(request) if request.method == "POST" else ("", "")
    return render(
        request, "web/data.html", context(request, done=done, problem=problem, empty=is_empty()),
        status=400 if problem else 200,
    )  # fmt: skip
