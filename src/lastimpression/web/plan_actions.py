"""A planned action marked done, skipped or put off, from the dashboard or the interview page.

Without JavaScript the form posts and the browser goes back to the page it came from; with
htmx the answer is the action's line alone, swapped in place."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_headers

from lastimpression import clock
from lastimpression.core.validation import InvalidValue
from lastimpression.phrases import tr
from lastimpression.web.action_line import LinePage, action_line, action_words, page_csrf_token
from lastimpression.web.common import context, language
from lastimpression.web.htmx import back, is_htmx, local_path

CHANGES = ("done", "skip", "snooze")


def _change(action_id: int, change: str) -> None:
    """Apply ``change`` (one of CHANGES). Raises InvalidValue naming the field."""
    from lastimpression.planning.service import complete, snooze

    if change == "done":
        complete(action_id, "done")
    elif change == "skip":
        complete(action_id, "skipped")
    elif change == "snooze":
        snooze(action_id, None)
    else:
        raise InvalidValue("do", tr("expected done, skip or snooze"))


@require_POST
@vary_on_headers("HX-Request")
def action_change(request: HttpRequest, action_id: int) -> HttpResponse:
    from lastimpression.planning.service import AgendaItem, get_action

    problem = ""
    try:
        _change(action_id, request.POST.get("do", ""))
    except InvalidValue as error:
        problem = error.say(language(request))
    if not is_htmx(request):
        if problem:
            return render(request, "web/error.html", context(request, error=problem), status=400)
        return back(request)
    try:
        action = get_action(action_id)
    except InvalidValue as error:
        return render(request, "web/error.html", context(request, error=error.say(language(request))), status=404)
    page = local_path(request.POST.get("next", ""))
    # On the dashboard the line names the interview; on the interview page it does not need to.
    line = LinePage(
        words=action_words(), csrf_token=page_csrf_token(request), back_to=page, now=clock.now(),
        with_interview=not page.startswith("/interviews/"),
    )  # fmt: skip
    return HttpResponse(
        action_line(AgendaItem.of(action), line, problem=problem, swapped=True), status=422 if problem else 200
    )
