"""The interview page's first action after capture: "Draft and schedule all", then "Schedule all
clean messages" (``outbox.ready``), and the list between the two that shows each message with
its checks, when it leaves and how, and what it still needs from the user.

Both forms work without JavaScript (they post, then the browser goes back to the list, the
notes above it saying what was done); with htmx the same answer replaces the page's main part
in place (``hx-select``), without a page load.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib import messages as notes
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.views.decorators.http import require_POST

from lastimpression import clock
from lastimpression.core.validation import InvalidValue
from lastimpression.interviews.models import Interview
from lastimpression.outbox.ready import Ready, draft_all, readiness, schedule_clean
from lastimpression.web.common import language, not_found
from lastimpression.web.leaving import leaving_words
from lastimpression.words import labels

# The notes of these views carry this tag: the page shows them above the list, not elsewhere.
TAG = "ready"


@dataclass(frozen=True)
class Line:
    """One line of the list, in the user's words: ``what`` ("e-mail de remerciement — Claire
    Martin"), ``when`` it leaves (``leaving_words``), and the findings to show (errors and
    warnings: code, severity, text)."""

    item: Ready
    what: str
    when: str
    findings: Sequence[tuple[str, str, str]]

    @property
    def anchor(self) -> str:
        return f"#message-{self.item.message.pk}" if self.item.message is not None else ""

    @property
    def no_problem(self) -> bool:
        """An e-mail not sent yet whose checks found nothing to show."""
        message = self.item.message
        return message is not None and message.kind != "linkedin" and message.status == "draft" and not self.findings


def sending_mode() -> str:
    """ "smtp", "drafts" or "remind" (``outbox.drafts.sending_mode``)."""
    from lastimpression.outbox.drafts import sending_mode as mode

    return mode(settings.CONFIG)


def ready_lines(interview: Interview, lang: str, now: datetime) -> list[Line]:
    """The list of ``interview``'s messages as the page shows it."""
    kinds = labels("kind")
    here = timezone.get_current_timezone_name()
    lines = []
    for item in readiness(interview, now):
        when = leaving_words(item.leaves_at, interview.timezone, here, lang) if item.leaves_at is not None else ""
        shown = [(f.code, f.severity, f.text(lang)) for f in item.findings if f.severity in ("error", "warning")]
        lines.append(Line(item, f"{kinds.get(item.kind, item.kind)} — {item.person.name}", when, shown))
    return lines


def can_draft(interview: Interview) -> bool:
    """Whether "Draft and schedule all" would write something: someone met has no thank-you
    (and an address) or no LinkedIn note yet."""
    written = set(interview.messages.exclude(status="cancelled").values_list("person_id", "kind"))
    for person in interview.people.all():
        if (person.pk, "linkedin") not in written or (person.email and (person.pk, "thank_you") not in written):
            return True
    return False


def _interview(interview_id: int) -> Interview | None:
    from lastimpression.interviews.services import get_interview

    try:
        return get_interview(interview_id)
    except InvalidValue:
        return None


def _back(interview: Interview) -> HttpResponseRedirect:
    return HttpResponseRedirect(f"/interviews/{interview.pk}/#ready")


@require_POST
def draft_everything(request: HttpRequest, interview_id: int) -> HttpResponse:
    """Draft the thank-yous and LinkedIn notes of everyone met, then back to the list."""
    interview = _interview(interview_id)
    if interview is None:
        return not_found(request)
    draft_and_tell(request, interview)
    return _back(interview)


def draft_and_tell(request: HttpRequest, interview: Interview) -> None:
    """Draft every message of ``interview`` (``outbox.ready.draft_all``); the notes above the
    list say what was drafted and what was refused, and why."""
    lang = language(request)
    done = draft_all(interview.pk, clock.now())
    count = len(done.drafted)
    if count:
        drafted = ngettext(
            "%(count)s message drafted: read it below, then schedule it.",
            "%(count)s messages drafted: read them below, then schedule them.",
            count,
        )
        notes.success(request, drafted % {"count": count}, extra_tags=TAG)
    elif not interview.people.exists():
        notes.warning(request, gettext("No one to write to yet: add the people you met."), extra_tags=TAG)
    else:
        notes.info(request, gettext("Nothing new to draft: every message is below."), extra_tags=TAG)
    kinds = labels("kind")
    for kind, error in done.refused:
        refused = gettext("%(kind)s: nothing drafted (%(reason)s).")
        notes.error(request, refused % {"kind": kinds.get(kind, kind), "reason": error.say(lang)}, extra_tags=TAG)
    if "linkedin_quota" in done.notices:
        quota = gettext(
            "LinkedIn: this month's quota of personalised notes is used up: send the invitations without a note."
        )
        notes.warning(request, quota, extra_tags=TAG)


@require_POST
def schedule_everything(request: HttpRequest, interview_id: int) -> HttpResponse:
    """Schedule every clean message at its plan's time; the notes name each time, and what
    was refused and why."""
    interview = _interview(interview_id)
    if interview is None:
        return not_found(request)
    lang = language(request)
    here = timezone.get_current_timezone_name()
    kinds = labels("kind")
    outcomes = schedule_clean(interview, clock.now())
    if not outcomes:
        notes.warning(request, gettext("Nothing was scheduled: each message below says what it needs."), extra_tags=TAG)
    for outcome in outcomes:
        kind, person = kinds.get(outcome.message.kind, outcome.message.kind), outcome.message.person.name
        what = f"{kind} — {person}"
        if outcome.at is not None:
            when = leaving_words(outcome.at, interview.timezone, here, lang)
            said = gettext("Scheduled: %(when)s, the %(kind)s to %(person)s.")
            notes.success(request, said % {"when": when, "kind": kind, "person": person}, extra_tags=TAG)
            continue
        if outcome.problem is not None:
            reason = outcome.problem.say(lang)
        else:
            reason = "; ".join(f.text(lang) for f in outcome.findings if f.severity == "error")
        notes.error(request, gettext("%(what)s: not scheduled (%(reason)s).") % {"what": what, "reason": reason},
                    extra_tags=TAG)  # fmt: skip
    return _back(interview)
