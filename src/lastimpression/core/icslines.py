"""The content lines of an `.ics` file, read with their line numbers before icalendar sees them.

icalendar reports no line numbers, and accepts some damage silently (a truncated file reads as
an empty calendar). This pass decodes and unfolds the bytes, checks the BEGIN/END structure,
refuses what cannot be a calendar with an :class:`IcsError` naming the line, and hands icalendar
a calendar cleaned down to what an import uses: the events, and the VTIMEZONE blocks of the
zones the IANA database does not know.

Every TZID is resolved here. Known names (IANA, Windows, vendor paths) are rewritten to their
IANA name; a custom VTIMEZONE gets an identifier derived from its own text. icalendar keeps a
process-wide cache of custom zones by TZID, so without this a zone read from one file would
silently apply to the next file that uses the same name without defining it.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from datetime import datetime

import icalendar
from icalendar.parser.content_line import Contentline
from icalendar.parser.parameter import Parameters
from icalendar.parser.property import unescape_backslash

from lastimpression.core.icslimits import MAX_DEPTH, MAX_EVENTS, MAX_FILE_BYTES, MAX_LINE_BYTES, MAX_LINES
from lastimpression.core.icszones import iana_zone, zone_hints
from lastimpression.phrases import Phrase, ntr, tr

# Properties without which an event has no place in time: when one is broken the file is
# refused, because importing the event at a guessed time would be worse than not importing.
TIMING_PROPERTIES = frozenset({"DTSTART", "DTEND", "DURATION", "RECURRENCE-ID"})

# icalendar and dateutil raise assorted exception types on hostile input (found by fuzzing);
# at the seams with those libraries they all mean "this file is damaged", never a crash.
LIBRARY_ERRORS = (
    ValueError,
    TypeError,
    LookupError,
    AttributeError,
    ArithmeticError,
    AssertionError,
)

_COMPONENT_NAME = re.compile(r"[A-Z0-9-]+")
_LEADING_NAME = re.compile(r"\s*([A-Za-z0-9-]*)")
_LINE_BREAK = re.compile(rb"\r\n|\n|\r")
_IMPORT_PRODID = "-//Last Impression//import//EN"
_BEGIN_CALENDAR = Contentline("BEGIN:VCALENDAR")  # type: ignore[no-untyped-call]
_END_CALENDAR = Contentline("END:VCALENDAR")  # type: ignore[no-untyped-call]
_BEGIN_EVENT = Contentline("BEGIN:VEVENT")  # type: ignore[no-untyped-call]
_END_EVENT = Contentline("END:VEVENT")  # type: ignore[no-untyped-call]
_VERSION = Contentline("VERSION:2.0")  # type: ignore[no-untyped-call]
_PRODID = Contentline(f"PRODID:{_IMPORT_PRODID}")  # type: ignore[no-untyped-call]


class IcsError(Exception):
    """An `.ics` file that cannot be imported.

    ``problem`` says what is wrong in words a user can act on (a ``Phrase`` of the catalogue);
    ``line`` is the 1-based line of the file at fault, or ``None`` when no single line is.
    ``message`` and ``str()`` are the English, the latter with its line.
    """

    def __init__(self, problem: Phrase, line: int | None = None) -> None:
        self.problem, self.line = problem, line
        self.message = problem.say("en")
        super().__init__(self.say("en"))

    @property
    def phrase(self) -> Phrase:
        """The problem with its line ("line 12: ..."), to be said in the user's language."""
        return (
            self.problem
            if self.line is None
            else tr("line %(line)d: %(problem)s", line=self.line, problem=self.problem)
        )

    def say(self, language: str) -> str:
        """The problem, with its line, in ``language`` (fr or en)."""
        return self.phrase.say(language)


class Count(Phrase):
    """A count said with the digit grouping of the language of the sentence holding it
    ("12,345", "12 345")."""

    def __init__(self, number: int) -> None:
        super().__init__(str(number))

    def say(self, language: str) -> str:
        return _count(int(self.msgid), language)


class Notice(str):
    """Something the reader noticed in a file, as one line: the string itself is the English
    (what the import's JSON lists and older callers read), ``phrase`` what it says, to be said
    in the user's language. Made only when something is noticed (rarely): never per line."""

    phrase: Phrase

    def __new__(cls, phrase: Phrase) -> Notice:
        notice = super().__new__(cls, phrase.say("en"))
        notice.phrase = phrase
        return notice

    def say(self, language: str) -> str:
        return self.phrase.say(language)


def in_language(notice: str, language: str) -> str:
    """A notice in ``language``: said from the catalogue when it is a Notice, else as written."""
    return notice.say(language) if isinstance(notice, Notice) else notice


def on_line(line: int, phrase: Phrase) -> Notice:
    """A notice about line ``line``: "line 12: …" / "ligne 12 : …"."""
    return Notice(tr("line %(line)d: %(problem)s", line=line, problem=phrase))


@dataclass(frozen=True)
class SourceLine:
    """One unfolded content line and the file line it starts on."""

    number: int
    text: str


@dataclass(frozen=True)
class EventSource:
    """Where a VEVENT came from: its BEGIN line, each property's first line, its calendar."""

    line: int
    property_lines: dict[str, int]
    method: str | None
    calendar_zone: str | None


@dataclass(frozen=True)
class CleanCalendar:
    """A calendar ready for icalendar, and what the cleaning found.

    ``lines`` are its content lines, each event's already split (icalendar reads them without
    parsing them again: ``parse``). ``events`` lists the VEVENTs of ``lines`` in order;
    ``custom_zones`` maps the TZID used in ``lines`` for a custom VTIMEZONE back to the name
    the file gave it, ``zone_hints`` to the IANA zones that name or its X-LIC-LOCATION suggest.
    """

    lines: list[Contentline]
    events: list[EventSource]
    method: str | None
    custom_zones: dict[str, str]
    zone_hints: dict[str, list[str]]
    notices: list[str]

    @property
    def text(self) -> str:
        """The calendar as iCalendar text (what ``parse`` reads)."""
        return "\r\n".join(self.lines) + "\r\n"

    def parse(self) -> icalendar.Calendar:
        """The calendar as icalendar's components, each line parsed once (by this module).

        Raises what icalendar raises on a value it cannot read outside an event (the caller
        turns it into an IcsError).
        """
        # icalendar's own entry point, whose parser takes content lines as well as text: the
        # lines already split are not parsed again.
        calendar = icalendar.Calendar.from_ical(self.lines)  # type: ignore[call-overload]
        if not isinstance(calendar, icalendar.Calendar):
            raise ValueError("the cleaned text is not a calendar")
        return calendar


@dataclass(frozen=True)
class _Property:
    line: SourceLine
    name: str
    params: Parameters
    raw_value: str


@dataclass
class _EventBlock:
    line: int
    calendar: int
    properties: list[_Property] = field(default_factory=list)


@dataclass
class _ZoneBlock:
    line: int
    texts: list[str]
    tzid: str | None = None
    tzid_index: int = 0
    location: str | None = None


@dataclass
class _CalendarInfo:
    method: str | None = None
    zone: str | None = None


def snippet(text: str, limit: int = 60) -> str:
    """``text`` quoted for a message, shortened to ``limit`` characters."""
    return repr(text if len(text) <= limit else text[:limit] + "…")


def _count(number: int, language: str = "en") -> str:
    """12,345 / 12 345 (a narrow no-break space in French)."""
    text = f"{number:,}"
    return text.replace(",", "\u202f") if language == "fr" else text


def _line_list(numbers: list[int]) -> str:
    """The first five of ``numbers``, "…" after them when there are more."""
    return ", ".join(str(number) for number in numbers[:5]) + ("…" if len(numbers) > 5 else "")


def logical_lines(data: bytes, notices: list[str]) -> list[SourceLine]:
    """Split, unfold and decode ``data`` into content lines numbered by their first file line.

    Accepts CRLF, LF and CR line ends, a UTF-8 or UTF-16 byte-order mark, and lines that are
    not UTF-8 (read as Windows-1252, the usual culprit, with a notice). Blank lines are dropped.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        data = data.decode("utf-16", errors="replace").encode("utf-8")
    data = data.removeprefix(codecs.BOM_UTF8)
    # Unfold before decoding: Outlook folds at 75 octets, which may split a UTF-8 character.
    unfolded: list[tuple[int, bytearray]] = []
    for number, raw in enumerate(_LINE_BREAK.split(data), start=1):
        if raw[:1] in (b" ", b"\t") and unfolded:
            unfolded[-1][1].extend(raw[1:])
        elif raw.strip():
            unfolded.append((number, bytearray(raw)))
            if len(unfolded) > MAX_LINES:
                raise IcsError(tr("more than %(count)s lines: export a shorter period", count=Count(MAX_LINES)), number)
    lines: list[SourceLine] = []
    not_utf8: list[int] = []
    for number, raw in unfolded:
        if len(raw) > MAX_LINE_BYTES:
            raise IcsError(
                tr(
                    "a line of %(size)s bytes (folded lines included); at most %(limit)s are read",
                    size=Count(len(raw)), limit=Count(MAX_LINE_BYTES),
                ),
                number,
            )  # fmt: skip
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
            not_utf8.append(number)
        lines.append(SourceLine(number, text))
    if not_utf8:
        notices.append(
            Notice(
                ntr(
                    "line %(lines)s: not valid UTF-8, read as Windows-1252",
                    "lines %(lines)s: not valid UTF-8, read as Windows-1252",
                    len(not_utf8), lines=_line_list(not_utf8),
                )
            )
        )  # fmt: skip
    return lines


def clean_calendar(data: bytes) -> CleanCalendar:
    """Check the structure of an `.ics` file and return the calendar an import needs.

    Raises :class:`IcsError` naming the line when the file is not a calendar: no
    BEGIN:VCALENDAR, a BEGIN without its END or the reverse, an unreadable BEGIN/END line or an
    unreadable timing line inside an event. Other unreadable lines, and components an import
    does not use (to-dos, alarms, free/busy…), are dropped with a notice.
    """
    if len(data) > MAX_FILE_BYTES:
        megabytes = MAX_FILE_BYTES // (1024 * 1024)
        raise IcsError(tr("the file is larger than %(size)d MB: export a shorter period", size=megabytes))
    notices: list[str] = []
    walker = _Walker(notices)
    for line in logical_lines(data, notices):
        walker.feed(line)
    return walker.finish()


def _param_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        # icalendar splits a quoted parameter on commas: "(UTC+01:00) Amsterdam, Berlin".
        return ",".join(str(item) for item in value)
    return str(value)


def _rebuild(name: str, params: Parameters, raw_value: str) -> str:
    encoded = params.to_ical(sorted=False)
    rendered = encoded.decode("utf-8") if isinstance(encoded, bytes) else str(encoded)
    return f"{name};{rendered}:{raw_value}" if rendered else f"{name}:{raw_value}"


_TOKEN = re.compile(r"[\w.-]+")
_BLANKS = re.compile(r"[ \t]+")


class ParsedLine(Contentline):
    """A content line already split by this pass: icalendar's parser asks it for its parts
    (``parts``, ``raw_parts``) and gets them without reading the line a second time."""

    __slots__ = ("_name", "_params", "_raw_value")

    _name: str
    _params: Parameters
    _raw_value: str

    @classmethod
    def of(cls, text: str, name: str, params: Parameters, raw_value: str) -> ParsedLine:
        line = str.__new__(cls, text)
        line.strict = False  # type: ignore[attr-defined]
        line._name, line._params, line._raw_value = name, params, raw_value
        return line

    def raw_parts(self) -> tuple[str, Parameters, str]:
        return self._name, self._params, self._raw_value

    def parts(self) -> tuple[str, Parameters, str]:
        return self._name, self._params, unescape_backslash(self._raw_value)


def _fresh(params: Parameters) -> Parameters:
    """A copy of parsed parameters (their keys are upper case already: no re-parsing)."""
    copy = Parameters()
    for key, value in params.items():
        OrderedDict.__setitem__(copy, key, list(value) if isinstance(value, list) else value)
    return copy


def _value_colon(text: str) -> int:
    """The index of the first colon outside double quotes, or -1."""
    start = 0
    while True:
        colon, quote = text.find(":", start), text.find('"', start)
        if quote == -1 or (colon != -1 and colon < quote):
            return colon
        closing = text.find('"', quote + 1)
        if closing == -1:
            return -1
        start = closing + 1


def split_content_line(text: str, known: dict[str, Parameters] | None = None) -> tuple[str, Parameters, str]:
    """(name, parameters, raw value) of a content line, as icalendar's own parser reads it.

    icalendar's parser walks every character of a line, its value included; a line is split
    here at the first colon outside double quotes instead, which is what that parser finds
    whenever the line's name and parameters hold no backslash, and the parameters alone are
    handed to it (``known`` keeps those already parsed: a file repeats ``TZID=…`` and
    ``LANGUAGE=…`` thousands of times). Any other line goes through icalendar's parser whole,
    so that both always agree on what a line is (a test checks it on drawn lines).
    """
    colon = text.find(":")
    if colon > 0 and '"' in text[:colon]:
        colon = _value_colon(text)
    if colon > 0:
        head = text[:colon]
        if "\\" not in head:
            name, separator, parameters = head.partition(";")
            if '"' not in name and (parameters or not separator):
                name = _BLANKS.sub("", name.strip())
                if _TOKEN.fullmatch(name):
                    if not separator:
                        return name, Parameters(), text[colon + 1 :]
                    params = _parameters(parameters, known)
                    if params is not None:
                        return name, params, text[colon + 1 :]
    parsed: tuple[str, Parameters, str] = Contentline(text).raw_parts()  # type: ignore[no-untyped-call]
    return parsed


def _parameters(text: str, known: dict[str, Parameters] | None) -> Parameters | None:
    """The parameters ``text`` (between the name and the colon) as icalendar reads them, or
    None when icalendar refuses them (the whole line then goes through its parser, which says
    why)."""
    parsed = known.get(text) if known is not None else None
    if parsed is None:
        try:
            parsed = Contentline(f"X;{text}:").raw_parts()[1]  # type: ignore[no-untyped-call]
        except LIBRARY_ERRORS:
            return None
        if known is not None:
            known[text] = parsed
    return _fresh(parsed)


class _Walker:
    """Reads content lines in order, keeping the stack of open components."""

    def __init__(self, notices: list[str]) -> None:
        self.notices = notices
        self.stack: list[tuple[str, int]] = []
        self.calendars: list[_CalendarInfo] = []
        self.events: list[_EventBlock] = []
        self.zones: list[_ZoneBlock] = []
        self.event: _EventBlock | None = None
        self.zone: _ZoneBlock | None = None
        self.ignored: Counter[str] = Counter()
        self.zone_notices: set[str] = set()
        self.hints: dict[str, list[str]] = {}
        self.known_parameters: dict[str, Parameters] = {}

    def feed(self, line: SourceLine) -> None:
        try:
            name, params, raw_value = split_content_line(line.text, self.known_parameters)
        except LIBRARY_ERRORS:
            self.unreadable(line)
            return
        upper = name.upper()
        if upper == "BEGIN":
            self.begin(line, raw_value.strip().upper())
        elif upper == "END":
            self.end(line, raw_value.strip().upper())
        else:
            self.property(_Property(line, upper, params, raw_value))

    def unreadable(self, line: SourceLine) -> None:
        match = _LEADING_NAME.match(line.text)
        leading = match.group(1).upper() if match else ""
        depth = len(self.stack)
        if depth == 0:
            self.outside(line)
            return
        text = snippet(line.text)
        if leading in ("BEGIN", "END"):
            raise IcsError(tr("unreadable line %(text)s", text=text), line.number)
        in_event = self.event is not None and depth == 2
        if in_event and leading in TIMING_PROPERTIES:
            raise IcsError(tr("unreadable %(name)s line %(text)s", name=leading, text=text), line.number)
        if in_event or self.zone is not None or depth == 1:
            self.notices.append(on_line(line.number, tr("ignored unreadable line %(text)s", text=text)))

    def outside(self, line: SourceLine) -> None:
        text = snippet(line.text)
        if not self.calendars:
            raise IcsError(
                tr("not an iCalendar file: expected BEGIN:VCALENDAR, found %(text)s", text=text), line.number
            )
        self.notices.append(on_line(line.number, tr("ignored %(text)s after the end of the calendar", text=text)))

    def begin(self, line: SourceLine, name: str) -> None:
        if not _COMPONENT_NAME.fullmatch(name):
            text = snippet(line.text)
            raise IcsError(tr("invalid component name in %(text)s", text=text), line.number)
        depth = len(self.stack)
        if depth >= MAX_DEPTH:
            raise IcsError(
                tr("BEGIN:%(name)s nests components more than %(depth)d deep", name=name, depth=MAX_DEPTH), line.number
            )
        if depth == 1 and name == "VEVENT" and len(self.events) >= MAX_EVENTS:
            raise IcsError(
                tr("more than %(count)s events: export a shorter period", count=Count(MAX_EVENTS)), line.number
            )
        if depth == 0:
            if name != "VCALENDAR":
                raise IcsError(
                    tr("a calendar file starts with BEGIN:VCALENDAR, not BEGIN:%(name)s", name=name), line.number
                )
            self.calendars.append(_CalendarInfo())
        elif name == "VCALENDAR":
            raise IcsError(
                tr("BEGIN:VCALENDAR inside the calendar begun on line %(line)d", line=self.stack[0][1]), line.number
            )
        elif depth == 1 and name == "VEVENT":
            self.event = _EventBlock(line.number, len(self.calendars) - 1)
        elif depth == 1 and name == "VTIMEZONE":
            self.zone = _ZoneBlock(line.number, [])
        elif depth == 1:
            self.ignored[name] += 1
        # Components inside an event (alarms) are not needed; those of a zone are.
        if self.zone is not None:
            self.zone.texts.append(line.text)
        self.stack.append((name, line.number))

    def end(self, line: SourceLine, name: str) -> None:
        if not self.stack:
            raise IcsError(tr("END:%(name)s without a matching BEGIN:%(name)s", name=name), line.number)
        open_name, open_line = self.stack[-1]
        if name != open_name:
            raise IcsError(
                tr(
                    "END:%(name)s does not close BEGIN:%(open)s of line %(line)d",
                    name=name, open=open_name, line=open_line,
                ),
                line.number,
            )  # fmt: skip
        self.stack.pop()
        if self.zone is not None:
            self.zone.texts.append(line.text)
        if len(self.stack) == 1 and self.event is not None:
            self.events.append(self.event)
            self.event = None
        elif len(self.stack) == 1 and self.zone is not None:
            self.zones.append(self.zone)
            self.zone = None

    def property(self, prop: _Property) -> None:
        depth = len(self.stack)
        if depth == 0:
            self.outside(prop.line)
        elif depth == 1:
            calendar = self.calendars[-1]
            if prop.name == "METHOD":
                calendar.method = prop.raw_value.strip().upper() or None
            elif prop.name == "X-WR-TIMEZONE":
                calendar.zone = prop.raw_value.strip()
        elif self.zone is not None:
            self.zone.texts.append(prop.line.text)
            if depth == 2 and prop.name == "TZID" and self.zone.tzid is None:
                self.zone.tzid = prop.raw_value.replace("\\", "").strip()
                self.zone.tzid_index = len(self.zone.texts) - 1
            elif depth == 2 and prop.name == "X-LIC-LOCATION":
                self.zone.location = prop.raw_value.strip()
        elif self.event is not None and depth == 2:
            self.event.properties.append(prop)

    def finish(self) -> CleanCalendar:
        if self.stack:
            name, number = self.stack[-1]
            raise IcsError(tr("BEGIN:%(name)s is never closed: the file looks cut short", name=name), number)
        if not self.calendars:
            raise IcsError(tr("not an iCalendar file: it has no BEGIN:VCALENDAR"))
        for name, count in sorted(self.ignored.items()):
            self.notices.append(
                Notice(
                    ntr(
                        "ignored %(count)d %(name)s component(s): only events are imported",
                        "ignored %(count)d %(name)s component(s): only events are imported",
                        count, name=name,
                    )
                )
            )  # fmt: skip
        custom = self.custom_zones()
        calendar_zones = [self.calendar_zone(calendar) for calendar in self.calendars]
        lines: list[Contentline] = [_BEGIN_CALENDAR, _VERSION, _PRODID]
        for _, zone_text in custom.values():
            lines.extend(Contentline(text) for text in zone_text)  # type: ignore[no-untyped-call]
        sources: list[EventSource] = []
        for block in self.events:
            lines.append(_BEGIN_EVENT)
            lines.extend(self.event_line(prop, custom) for prop in block.properties)
            lines.append(_END_EVENT)
            property_lines: dict[str, int] = {}
            for prop in block.properties:
                property_lines.setdefault(prop.name, prop.line.number)
            calendar = self.calendars[block.calendar]
            sources.append(EventSource(block.line, property_lines, calendar.method, calendar_zones[block.calendar]))
        lines.append(_END_CALENDAR)
        return CleanCalendar(
            lines=lines,
            events=sources,
            method=next((c.method for c in self.calendars if c.method), None),
            custom_zones={identifier: tzid for tzid, (identifier, _) in custom.items()},
            zone_hints=self.hints,
            notices=self.notices,
        )

    def calendar_zone(self, calendar: _CalendarInfo) -> str | None:
        if not calendar.zone:
            return None
        match = iana_zone(calendar.zone)
        if match is None:
            self.notices.append(
                Notice(tr("ignored unknown calendar time zone X-WR-TIMEZONE %(zone)s", zone=repr(calendar.zone)))
            )
            return None
        return match.name

    def custom_zones(self) -> dict[str, tuple[str, list[str]]]:
        """VTIMEZONEs of zones the IANA database does not know, which icalendar can read.

        Maps the file's TZID to (the identifier used in the cleaned text, the block's lines).
        """
        found: dict[str, tuple[str, list[str]]] = {}
        for block in self.zones:
            if block.tzid is None:
                self.notices.append(on_line(block.line, tr("ignored a VTIMEZONE without TZID")))
                continue
            if block.tzid in found or iana_zone(block.tzid) is not None:
                continue
            digest = hashlib.sha256("\n".join(block.texts).encode("utf-8", "replace"))
            identifier = f"LastImpression-{digest.hexdigest()[:20]}"
            texts = list(block.texts)
            texts[block.tzid_index] = f"TZID:{identifier}"
            try:
                component = icalendar.Timezone.from_ical("\r\n".join(texts) + "\r\n")
                if not isinstance(component, icalendar.Timezone):
                    raise ValueError("not a VTIMEZONE")
                component.to_tz(lookup_tzid=False).utcoffset(datetime(2020, 1, 1))
            except LIBRARY_ERRORS as exc:
                self.notices.append(
                    on_line(
                        block.line,
                        tr(
                            "time zone %(zone)s could not be read (%(reason)s); times given in it are read as local time",
                            zone=repr(block.tzid), reason=str(exc),
                        ),
                    )
                )  # fmt: skip
                continue
            found[block.tzid] = (identifier, texts)
            self.hints[identifier] = zone_hints(block.tzid, block.location)
        return found

    def event_line(self, prop: _Property, custom: dict[str, tuple[str, list[str]]]) -> ParsedLine:
        tzid = _param_text(prop.params.get("TZID"))
        if tzid is None:
            return ParsedLine.of(prop.line.text, prop.name, prop.params, prop.raw_value)
        params = Parameters(prop.params)
        if tzid in custom:
            params["TZID"] = custom[tzid][0]
        else:
            match = iana_zone(tzid)
            if match is not None:
                if match.guessed:
                    self.zone_notice(
                        tzid, Notice(tr("time zone %(zone)s read as %(name)s", zone=repr(tzid), name=match.name))
                    )
                if match.name == tzid:
                    return ParsedLine.of(prop.line.text, prop.name, prop.params, prop.raw_value)
                params["TZID"] = match.name
            else:
                self.zone_notice(
                    tzid,
                    on_line(
                        prop.line.number,
                        tr(
                            "unknown time zone %(zone)s and no usable VTIMEZONE: its times are read as local time",
                            zone=repr(tzid),
                        ),
                    ),
                )
                del params["TZID"]
        return ParsedLine.of(_rebuild(prop.name, params, prop.raw_value), prop.name, params, prop.raw_value)

    def zone_notice(self, tzid: str, message: str) -> None:
        if tzid not in self.zone_notices:
            self.zone_notices.add(tzid)
            self.notices.append(message)
