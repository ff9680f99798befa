"""The fast split of content lines agrees with icalendar's own parser on every line, and the
calendar read from the lines split once is the one icalendar reads from the text."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar.parser.content_line import Contentline

from lastimpression.core.icslines import IcsError, clean_calendar, split_content_line

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "ics-wild"
CORPUS_FILES = sorted(CORPUS.glob("*.ics")) if CORPUS.is_dir() else []


def parse_both(text: str) -> tuple[object, object]:
    def shape(parser: object) -> object:
        try:
            name, params, value = parser(text)  # type: ignore[operator]
        except ValueError:
            return "refused"
        return name, dict(params), value

    return shape(lambda line: Contentline(line).raw_parts()), shape(split_content_line)


# Logical lines: unfolded, so never a line break inside.
LINES = st.one_of(
    st.text(max_size=60),
    st.builds(
        lambda name, sep, value: f"{name}{sep}{value}",
        st.sampled_from(["UID", "SUMMARY", " DTSTART ", "X-WR-CALNAME", "Ünïcode", "BAD NAME", "", "A\\B", '"Q"']),
        st.sampled_from(
            [
                ":",
                ";",
                ";TZID=Europe/Paris:",
                ';CN="Durand, Émilie":',
                "::",
                ": ",
                ';TZID="Romance Standard Time":',
                ';ALTREP="http://x.example/a:b";LANGUAGE=fr:',
                ';A="x:y";B=c',
                ';A="unterminated:',
                ";A=b\\;c:",
                '; A = b ;C= "d,e":',
                ';A=b,c,"d,e":',
                ";=x:",
                ";A:",
                ';"Q"=1:',
                ";A=b;:",
                ";A=b\\:c:",
                ";A=^n^':",
            ]
        ),
        st.text(max_size=30),
    ),
).filter(lambda text: "\n" not in text and "\r" not in text)


@settings(max_examples=500, deadline=None)
@given(LINES)
def test_the_fast_split_agrees_with_icalendar(text: str) -> None:
    ours, theirs = parse_both(text)
    assert ours == theirs


@settings(max_examples=300, deadline=None)
@given(st.lists(LINES, min_size=1, max_size=6))
def test_parameters_read_once_are_each_lines_own(texts: list[str]) -> None:
    known: dict = {}
    for text in texts * 2:  # the second time from what the first kept
        try:
            name, params, value = split_content_line(text, known)
        except ValueError:
            continue
        assert (name, dict(params), value) == parse_both(text)[0]
        params["X-CHANGED"] = "1"  # one line's parameters never leak into the next
        assert "X-CHANGED" not in dict(split_content_line(text, known)[1])


@pytest.mark.parametrize("path", CORPUS_FILES or [None], ids=lambda p: p.name if p else "absent")
def test_the_lines_split_once_give_the_calendar_icalendar_reads_from_the_text(path):
    if path is None:
        pytest.skip(f"corpus of real .ics files not found at {CORPUS}")
    try:
        clean = clean_calendar(path.read_bytes())
    except IcsError:
        return
    try:
        expected = icalendar.Calendar.from_ical(clean.text)
    except ValueError:
        with pytest.raises(ValueError):
            clean.parse()
        return
    parsed = clean.parse()
    assert parsed == expected
    for ours, theirs in zip(parsed.walk(), expected.walk(), strict=True):
        assert ours.errors == theirs.errors
