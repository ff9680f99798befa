"""Reading `.ics` files (Google, Outlook, Apple…) into plain events for the interview import.

Bytes in, an :class:`IcsReport` out, or an :class:`IcsError` naming the line at fault: a file
is imported whole or refused, never half-imported. What the reader decides, and why:

- **Broken events.** A DTSTART, DTEND, DURATION or RECURRENCE-ID that cannot be read refuses
  the whole file, naming its line: importing an interview at a guessed time is worse than
  asking the user to fix one line. An event with no DTSTART at all (allowed with METHOD) is
  skipped with a notice. Any other unreadable property or line is ignored with a notice.
- **Recurrences** (RRULE, RDATE, EXDATE, modified occurrences). With a ``window``, every
  occurrence in it is returned (at most 500), each with its own ``recurrence_id``. Without
  one, only the first occurrence is, with a notice: an interview series is rare, and a weekly
  meeting imported as hundreds of interviews is the worse surprise. A rule too dense to list
  safely (every second, daily since year 1) gives its first date only, with a notice. One-off
  events are returned whatever their date.
- **Time zones.** TZIDs are IANA, Windows (``Romance Standard Time``) or vendor names mapped to
  IANA. A custom VTIMEZONE gives the instant; the event is shown in the zone its name suggests,
  the calendar's or the default zone, whichever clock agrees, else at its fixed offset. An
  unknown TZID without VTIMEZONE, and a floating time, are read in the calendar's X-WR-TIMEZONE,
  else ``default_timezone``, with a notice. UTC times are shown in the calendar's X-WR-TIMEZONE
  when it has one (Google exports every event in UTC), else in UTC. See icstimes.
- **Bytes.** Lines that are not UTF-8 are read as Windows-1252, with a notice.
"""

from __future__ import annotations

import hashlib
import math
import warnings
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

import icalendar
import recurring_ical_events

from lastimpression.core.icsinvite import attendees_of, is_interview, keyword_phrases, video_url
from lastimpression.core.icslimits import MAX_EVENTS, MAX_FILE_INSTANCES
from lastimpression.core.icslines import (
    LIBRARY_ERRORS,
    TIMING_PROPERTIES,
    CleanCalendar,
    Count,
    EventSource,
    IcsError,
    Notice,
    clean_calendar,
    in_language,
    on_line,
)
from lastimpression.core.icsrepeat import MAX_INSTANCES, expansion_cost, occurrences, recurrence_id
from lastimpression.core.icstimes import EventClock, named, single_value, text_value
from lastimpression.core.icszones import is_known_zone
from lastimpression.phrases import tr

__all__ = [
    "DEFAULT_KEYWORDS",
    "IcsAttendee",
    "IcsError",
    "IcsEvent",
    "IcsReport",
    "Notice",
    "in_language",
    "read_events",
]

# Words of an event's title that mark it as an interview, matched whole, ignoring case and
# accents, plural "s" allowed. Only the title is searched: descriptions carry conferencing
# boilerplate ("Join the call", "visio") in every meeting.
DEFAULT_KEYWORDS: tuple[str, ...] = (
    "entretien",
    "entrevue",
    "interview",
    "rencontre",
    "échange",
    "visio",
    "visioconférence",
    "recrutement",
    "RH",
    "embauche",
    "candidature",
    "call",
    "screening",
    "phone screen",
    "recruiter",
    "recruiting",
    "hiring",
    "onsite",
)

# More occurrences than this in a window means a misconfigured window or a runaway rule.
MAX_OCCURRENCES = 500
# Without a window, how far from its start the first occurrence of a series is looked for.
FIRST_OCCURRENCE_HORIZON = timedelta(days=5 * 366)
_RULES = ("RRULE", "RDATE")


@dataclass(frozen=True)
class IcsAttendee:
    """A person invited: ``name`` as the calendar gave it ("" if none), ``email`` without mailto."""

    name: str
    email: str


@dataclass(frozen=True)
class IcsEvent:
    """One event, or one occurrence of a recurring event, as read from a file.

    ``start`` and ``end`` are aware datetimes in ``ZoneInfo(timezone)``; ``end >= start``.
    All-day events start at 00:00 in the default zone. ``key`` identifies the event across
    imports of the same or an updated file.
    """

    uid: str
    recurrence_id: str | None
    summary: str
    description: str
    location: str
    start: datetime
    end: datetime
    timezone: str
    all_day: bool
    cancelled: bool
    sequence: int
    attendees: list[IcsAttendee]
    is_interview: bool
    video_url: str | None = None

    @property
    def key(self) -> str:
        """The UID, with the RECURRENCE-ID of an occurrence so that each one is distinct."""
        if self.recurrence_id is None:
            return self.uid
        return f"{self.uid};RECURRENCE-ID={self.recurrence_id}"


@dataclass(frozen=True)
class IcsReport:
    """What a file holds: its events by start, what the reader noticed (each a string, in
    English, most of them a :class:`Notice` that says it in any language), its METHOD if any."""

    events: list[IcsEvent]
    notices: list[str]
    method: str | None


def read_events(
    data: bytes,
    *,
    own_addresses: Collection[str] = (),
    keywords: Collection[str] = DEFAULT_KEYWORDS,
    default_timezone: str = "Europe/Paris",
    window: tuple[datetime, datetime] | None = None,
) -> IcsReport:
    """Read the events of an `.ics` file.

    ``own_addresses`` are the user's e-mail addresses, left out of the attendees.
    ``keywords`` mark interviews (see DEFAULT_KEYWORDS). ``window`` (two aware datetimes)
    bounds the expansion of recurring events: the occurrences returned start before its end
    and end after its start.

    Returns an :class:`IcsReport`; every warning icalendar raised while reading is one of its
    notices. Raises :class:`IcsError` for a file that cannot be imported, and nothing else
    whatever the bytes; raises ValueError for an unknown ``default_timezone`` or a naive
    ``window`` (programming errors, not file errors).
    """
    if not is_known_zone(default_timezone):
        raise ValueError(f"unknown time zone: {default_timezone!r}")
    if window is not None and (window[0].tzinfo is None or window[1].tzinfo is None):
        raise ValueError("window must be two aware datetimes")
    # Warnings are recorded for this file only, never silenced for the whole process.
    # (catch_warnings swaps the process-wide filters while it runs: imports are meant to run
    # one at a time, from the CLI or one web request.)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        source = clean_calendar(bytes(data))
        try:
            calendar = source.parse()
        except LIBRARY_ERRORS as exc:
            raise IcsError(tr("the calendar could not be read: %(reason)s", reason=str(exc))) from exc
        reader = _Reader(source, own_addresses, keywords, default_timezone, window)
        events = reader.read(calendar)
    library = (Notice(tr("icalendar: %(warning)s", warning=str(w.message))) for w in caught)
    notices = [*source.notices, *reader.notices, *library]
    return IcsReport(events=events, notices=list(dict.fromkeys(notices)), method=source.method)


@dataclass(frozen=True)
class _Member:
    component: icalendar.Event
    source: EventSource


class _Reader:
    """Turns the parsed components of one file into events; collects its notices."""

    def __init__(
        self,
        source: CleanCalendar,
        own_addresses: Collection[str],
        keywords: Collection[str],
        default_zone: str,
        window: tuple[datetime, datetime] | None,
    ) -> None:
        self.source = source
        self.own_addresses = own_addresses
        self.keywords = keyword_phrases(keywords)
        self.window = window
        self.notices: list[str] = []
        self.clock = EventClock(source, default_zone, self.notices)
        # What the series expanded so far cost (icslimits.MAX_FILE_INSTANCES bounds the file).
        self.expanded = 0.0

    def read(self, calendar: icalendar.Calendar) -> list[IcsEvent]:
        components = [c for c in calendar.subcomponents if isinstance(c, icalendar.Event)]
        if len(components) != len(self.source.events):
            raise IcsError(tr("the events of this file could not be told apart"))
        # Every event counts towards the file's bound, occurrences of a series included.
        self.listed = len(components)
        series: dict[str, list[_Member]] = {}
        for component, source in zip(components, self.source.events, strict=True):
            if self.usable(component, source):
                uid = self.uid(component)
                series.setdefault(uid, []).append(_Member(component, source))
        kept: dict[str, IcsEvent] = {}
        for uid, members in series.items():
            for event in self.series_events(uid, members):
                self.keep(kept, event)
        return sorted(kept.values(), key=lambda e: (e.start, e.uid, e.recurrence_id or ""))

    def usable(self, component: icalendar.Event, source: EventSource) -> bool:
        """Report the event's unreadable properties; False if it has no start to import."""
        for name, message in component.errors:
            upper = (name or "").upper()
            line = source.property_lines.get(upper, source.line)
            if upper in TIMING_PROPERTIES:
                raise IcsError(tr("%(name)s cannot be read: %(reason)s", name=upper, reason=str(message)), line)
            reason = str(message)
            if upper in _RULES:
                component.pop(upper, None)
                ignored = tr(
                    "ignored %(name)s (%(reason)s): only its first date is imported", name=upper, reason=reason
                )
            elif upper == "EXDATE":
                component.pop(upper, None)
                ignored = tr(
                    "ignored %(name)s (%(reason)s): dates it excluded may be imported", name=upper, reason=reason
                )
            elif upper:
                ignored = tr("ignored %(name)s (%(reason)s)", name=upper, reason=reason)
            else:
                ignored = tr("ignored a line (%(reason)s)", reason=reason)
            self.notices.append(on_line(line, ignored))
        if single_value(component, "DTSTART") is None:
            self.notices.append(
                on_line(source.line, tr("skipped %(event)s: it has no start (DTSTART)", event=named(component)))
            )
            return False
        return True

    def uid(self, component: icalendar.Event) -> str:
        uid = text_value(component, "UID")
        if uid:
            return uid
        # Derived from what identifies the event in the file (not DTSTAMP, which changes with
        # each export), so that importing the same file twice stays idempotent.
        parts = [text_value(component, name) for name in ("SUMMARY", "LOCATION")]
        for name in ("DTSTART", "DTEND", "DURATION"):
            parts.append(str(getattr(single_value(component, name), "dt", "")))
        digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "replace")).hexdigest()
        uid = f"lastimpression-{digest[:24]}"
        self.notices.append(Notice(tr("%(event)s has no UID: it was given %(uid)s", event=named(component), uid=uid)))
        component["UID"] = icalendar.vText(uid)
        return uid

    def keep(self, kept: dict[str, IcsEvent], event: IcsEvent) -> None:
        previous = kept.get(event.key)
        if previous is not None:
            self.notices.append(
                Notice(
                    tr(
                        "%(event)s appears more than once: the copy with the highest SEQUENCE, the last one on a tie, "
                        "is kept",
                        event=repr(event.summary or event.uid),
                    )
                )
            )
            if previous.sequence > event.sequence:
                return
        kept[event.key] = event

    def series_events(self, uid: str, members: list[_Member]) -> list[IcsEvent]:
        master = next((m for m in members if "RECURRENCE-ID" not in m.component), None)
        if master is None or not any(rule in master.component for rule in _RULES):
            # One-off events, copies of one (kept by SEQUENCE), or modified occurrences of a
            # series the file does not hold: each stands alone, whatever the window.
            return [self.event(uid, m.component, m.source, self.own_recurrence_id(m.component)) for m in members]
        starts = []
        for member in members:
            times = self.clock.times(member.component, member.source)  # refuses bad values first
            starts.append(times.start)
            if "DTEND" not in member.component and "DURATION" not in member.component:
                member.component.add("DURATION", times.end - times.start)
            if member is master:
                duration = times.end - times.start
        line, event_named = master.source.line, named(master.component)
        first_date = [self.event(uid, master.component, master.source, recurrence_id(master.component))]
        earliest = min(starts)
        end = self.window[1] if self.window else earliest + FIRST_OCCURRENCE_HORIZON
        try:
            cost = expansion_cost(master.component, end, duration)
        except LIBRARY_ERRORS:
            cost = math.inf
        if cost > MAX_INSTANCES:
            self.notices.append(
                on_line(
                    line,
                    tr(
                        "%(event)s repeats too often to list its occurrences: only its first date is imported",
                        event=event_named,
                    ),
                )
            )
            return first_date
        if self.expanded + cost > MAX_FILE_INSTANCES or self.listed >= MAX_EVENTS:
            self.notices.append(
                on_line(
                    line,
                    tr(
                        "%(event)s: the file's recurring events together repeat too often to list them all: only its "
                        "first date is imported",
                        event=event_named,
                    ),
                )
            )
            return first_date
        self.expanded += cost
        calendar = icalendar.Calendar()
        for member in members:
            calendar.add_component(member.component)
        try:
            query = recurring_ical_events.of(calendar)
            found = occurrences(query, self.window[0] if self.window else earliest, end)
            if self.window is None:
                first = next(found, None)
                if first is None:
                    self.notices.append(
                        on_line(line, tr("%(event)s repeats but every occurrence is excluded", event=event_named))
                    )
                    return []
                event = self.event(uid, first, master.source, recurrence_id(first))
                first_day = event.start.date().isoformat()
                self.notices.append(
                    on_line(
                        line,
                        tr(
                            "%(event)s repeats: without a date window only its first occurrence (%(day)s) is imported",
                            event=event_named, day=first_day,
                        ),
                    )
                )  # fmt: skip
                return [event]
            events: list[IcsEvent] = []
            for occurrence in found:
                event = self.event(uid, occurrence, master.source, recurrence_id(occurrence))
                if event.start >= end:
                    continue
                if len(events) == MAX_OCCURRENCES:
                    self.notices.append(
                        on_line(
                            line,
                            tr(
                                "%(event)s has more than %(limit)d occurrences in the window: only the first "
                                "%(limit)d are imported",
                                event=event_named, limit=MAX_OCCURRENCES,
                            ),
                        )
                    )  # fmt: skip
                    break
                if self.listed + len(events) >= MAX_EVENTS:
                    self.notices.append(
                        on_line(
                            line,
                            tr(
                                "%(event)s: the file holds more than %(limit)s events with its repetitions: only the "
                                "first %(count)d occurrences of this one are imported",
                                event=event_named, limit=Count(MAX_EVENTS), count=len(events),
                            ),
                        )
                    )  # fmt: skip
                    break
                events.append(event)
            self.listed += len(events)
        except LIBRARY_ERRORS as exc:
            self.notices.append(
                on_line(
                    line,
                    tr(
                        "%(event)s: its repetition could not be computed (%(reason)s): only its first date is imported",
                        event=event_named, reason=str(exc),
                    ),
                )
            )  # fmt: skip
            return first_date
        return events

    @staticmethod
    def own_recurrence_id(component: icalendar.Component) -> str | None:
        return recurrence_id(component) if "RECURRENCE-ID" in component else None

    def event(
        self,
        uid: str,
        component: icalendar.Component,
        source: EventSource,
        recurrence_id: str | None,
    ) -> IcsEvent:
        times = self.clock.times(component, source)
        summary = text_value(component, "SUMMARY")
        sequence = single_value(component, "SEQUENCE")
        return IcsEvent(
            uid=uid,
            recurrence_id=recurrence_id,
            summary=summary,
            description=text_value(component, "DESCRIPTION"),
            location=text_value(component, "LOCATION"),
            start=times.start,
            end=times.end,
            timezone=times.zone,
            all_day=times.all_day,
            cancelled=text_value(component, "STATUS").upper() == "CANCELLED" or source.method == "CANCEL",
            sequence=max(sequence, 0) if isinstance(sequence, int) else 0,
            attendees=[IcsAttendee(name, email) for name, email in attendees_of(component, self.own_addresses)],
            is_interview=is_interview(summary, self.keywords),
            video_url=video_url(component),
        )
