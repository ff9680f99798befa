"""The fast split of content lines agrees with icalendar's own parser on every line."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar.parser.content_line import Contentline

from lastimpression.core.icslines import split_content_line


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
        st.sampled_from([":", ";", ";TZID=Europe/Paris:", ';CN="Durand, Émilie":', "::", ": "]),
        st.text(max_size=30),
    ),
).filter(lambda text: "\n" not in text and "\r" not in text)


@settings(max_examples=500, deadline=None)
@given(LINES)
def test_the_fast_split_agrees_with_icalendar(text: str) -> None:
    ours, theirs = parse_both(text)
    assert ours == theirs
