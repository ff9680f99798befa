"""An interview invitation pasted as the text of an e-mail, read pragmatically: the subject
("Objet :", "Subject:"), the people in its From, To and Cc lines, the first day written in the
body (French or English: "jeudi 10 décembre 2026", "10/12/2026", "December 10, 2026",
"2026-12-10", "demain" is not read), the time after it ("14h", "14 h 30", "14:00", "2 pm") and
the end of a range ("de 14h à 15h", "2:00–3:00 PM"), the place ("Lieu :", "Adresse :",
"Location:", "Where:") or a video link. What it cannot tell stays empty: the user sees the form
filled and corrects it before anything is saved. Pure and total."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta

from lastimpression.core.folding import fold
from lastimpression.core.icsinvite import person_name

__all__ = ["MailInvitation", "read_invitation_mail"]

_MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12, "january": 1, "february": 2, "march": 3,
    "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12, "janv": 1, "jan": 1, "feb": 2, "fev": 2, "fevr": 2, "mar": 3, "apr": 4, "avr": 4,
    "jun": 6, "jul": 7, "juil": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# Header lines: the name as mail programs write it in French and English, then its value.
_HEADER = re.compile(r"^\s*(objet|sujet|subject|de|from|a|to|cc|cci|bcc|lieu|adresse|ou|location|where|address"
                     r"|date|envoye|sent|quand|when)\s*:\s*(.*)$")  # fmt: skip
_PEOPLE_HEADERS = {"de", "from", "a", "to", "cc"}
_SUBJECT_HEADERS = {"objet", "sujet", "subject"}
_PLACE_HEADERS = {"lieu", "adresse", "ou", "location", "where", "address"}
_SENT_HEADERS = {"date", "envoye", "sent"}  # when the e-mail was sent: not the interview's day
_NAMED_ADDRESS = re.compile(r"([^<>;]*?)\s*<\s*(?:mailto:)?([^<>\s@]+@[^<>\s]+?)\s*>")
_BARE_ADDRESS = re.compile(r"(?<![^\s,;:(\[])(?:mailto:)?([^\s<>,;()\[\]\"']+@[^\s<>,;()\[\]\"']+)")
_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NUMERIC_DAY = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:de\s+)?({_MONTH})\.?(?:,?\s+(\d{{4}}))?\b")
_MONTH_DAY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b")
_TIME = re.compile(
    r"\b(\d{1,2})\s*h\s*(\d{2})?(?!\w)"  # 14h, 14 h 30, 14h00
    r"|\b(\d{1,2}):(\d{2})(?:\s*([ap])\.?\s?m\b\.?)?"  # 14:00, 2:00 pm
    r"|\b(\d{1,2})\s*([ap])\.?\s?m\b\.?"  # 2pm, 2 p.m.
)
# What joins the two ends of a range: "14h – 15h", "de 14h à 15h", "2pm to 3pm", "until".
_UNTIL = re.compile(r"^\s*(?:-|–|—|a|to|until|till|jusqu'a|et)\s*$")
_VIDEO = re.compile(
    r"https://[\w.-]*(?:zoom\.us/(?:j|my|w|s|wc)/|meet\.google\.com/[a-z]{3}-"
    r"|teams\.microsoft\.com/l/meetup-join/|teams\.live\.com/meet/)[^\s<>\"'\[\]]*",
    re.IGNORECASE,
)
_LONGEST_LINE = 2000  # a header or body line read at most this long (a pasted text is no book)


@dataclass(frozen=True)
class MailInvitation:
    """What a pasted e-mail says: each part empty (or None) when it does not say it.
    ``people`` are (name, address) in the order written, the name "" when none is given."""

    subject: str = ""
    day: date | None = None
    start: time | None = None
    end: time | None = None
    location: str = ""
    video_url: str = ""
    people: tuple[tuple[str, str], ...] = ()

    @property
    def minutes(self) -> int | None:
        """How long the interview lasts when the text gives its end (None otherwise)."""
        if self.start is None or self.end is None:
            return None
        length = (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)
        return length if length > 0 else None

    @property
    def found(self) -> bool:
        return bool(self.subject or self.day or self.start or self.location or self.video_url or self.people)


def read_invitation_mail(text: str, today: date, own: frozenset[str] = frozenset()) -> MailInvitation:
    """What ``text`` says of an interview; a day without a year is the next one from ``today``;
    ``own`` (lower-case addresses) are the user's, left out of the people."""
    subject, location = "", ""
    people: dict[str, tuple[str, str]] = {}  # by address in lower case: (name, address as written)
    body: list[str] = []
    for raw in (text or "").splitlines():
        line = " ".join(raw.split())[:_LONGEST_LINE]
        header = _HEADER.match(fold(line))
        if header is None:
            body.append(line)
            continue
        name, value = header.group(1), line.partition(":")[2].strip()
        if name in _SUBJECT_HEADERS and not subject:
            subject = re.sub(r"^(?:(?:re|tr|fw|fwd|rappel|reminder)\s*:\s*)+", "", value, flags=re.IGNORECASE)
        elif name in _PEOPLE_HEADERS:
            for who, address in _addresses(value):
                if address.casefold() not in own:
                    people.setdefault(address.casefold(), (who, address))
        elif name in _PLACE_HEADERS and not location:
            location = value
        elif name not in _SENT_HEADERS:
            body.append(value)
    written = "\n".join(body)
    day, after = _first_day(fold(written), today)
    start, end = _times(fold(written), after)
    video = _VIDEO.search(written)
    return MailInvitation(subject, day, start, end, location, video.group(0) if video else "", tuple(people.values()))


def _addresses(value: str) -> list[tuple[str, str]]:
    """(name, address) of each address of a header's value: "Claire Martin <claire@…>; Martin,
    Julien <julien@…>, paul@…"."""
    found: list[tuple[str, str]] = []
    for match in _NAMED_ADDRESS.finditer(value):
        name = match.group(1).strip().strip(",;").strip().strip("\"'").strip()
        found.append((person_name(name, match.group(2)), match.group(2).rstrip(".")))
    rest = _NAMED_ADDRESS.sub(" ", value)
    found.extend(("", match.group(1).rstrip(".")) for match in _BARE_ADDRESS.finditer(rest))
    return found


def _first_day(text: str, today: date) -> tuple[date | None, int]:
    """The first day written in ``text`` and where it ends (0 when none)."""
    candidates: list[tuple[int, int, date]] = []
    for pattern in (_ISO_DAY, _NUMERIC_DAY, _DAY_MONTH, _MONTH_DAY):
        for match in pattern.finditer(text):
            day = _day_of(pattern, match.groups(), today)
            if day is not None:
                candidates.append((match.start(), match.end(), day))
                break
    if not candidates:
        return None, 0
    _, end, day = min(candidates)
    return day, end


def _day_of(pattern: re.Pattern[str], groups: tuple[str | None, ...], today: date) -> date | None:
    try:
        if pattern is _ISO_DAY:
            return date(int(groups[0] or 0), int(groups[1] or 0), int(groups[2] or 0))
        if pattern is _NUMERIC_DAY:
            year = int(groups[2] or 0)
            year = year + 2000 if year < 100 else year
            first, second = int(groups[0] or 0), int(groups[1] or 0)
            if second > 12 >= first:  # 12/18/2026: written month first
                first, second = second, first
            return date(year, second, first)
        if pattern is _DAY_MONTH:
            number, month, written = int(groups[0] or 0), _MONTHS[groups[1] or ""], groups[2]
        else:
            month, number, written = _MONTHS[groups[0] or ""], int(groups[1] or 0), groups[2]
        if written:
            return date(int(written), month, number)
        found = date(today.year, month, number)
        return found if found >= today - timedelta(days=1) else date(today.year + 1, month, number)
    except (ValueError, KeyError):
        return None


def _times(text: str, after: int) -> tuple[time | None, time | None]:
    """The first time written after position ``after`` (else anywhere), and the end of the
    range it opens, if any."""
    matches = [match for match in _TIME.finditer(text) if _clock(match) is not None]
    if not matches:
        return None, None
    following = [match for match in matches if match.start() >= after] or matches
    first = following[0]
    start = _clock(first)
    end = None
    later = [match for match in matches if match.start() >= first.end()]
    if later and _UNTIL.match(text[first.end() : later[0].start()]):
        end = _clock(later[0])
        # "2:00–3:00 pm": both in the afternoon.
        afternoon = first.group(5) is None and later[0].group(5) == "p"
        if (
            afternoon
            and end is not None
            and start is not None
            and start.hour < 12
            and (start.hour + 12) * 60 + start.minute < end.hour * 60 + end.minute
        ):
            start = start.replace(hour=start.hour + 12)
    return start, end


def _clock(match: re.Match[str]) -> time | None:
    hour_text = match.group(1) or match.group(3) or match.group(6)
    minute_text = match.group(2) or match.group(4) or "0"
    half = match.group(5) or match.group(7)
    hour, minute = int(hour_text or 0), int(minute_text)
    if half is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)
