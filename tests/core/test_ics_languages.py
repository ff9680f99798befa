"""What the `.ics` reader says, it says in French too: every notice and every refusal."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from lastimpression.core.icsfile import IcsError, Notice, in_language, read_events
from lastimpression.core.icslines import on_line
from lastimpression.phrases import tr

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "ics-wild"
NOW = datetime(2026, 12, 3, 15, 40, tzinfo=UTC)
WINDOW = (NOW - timedelta(days=30), NOW + timedelta(days=366))


def test_a_refusal_names_its_line_in_either_language() -> None:
    with pytest.raises(IcsError) as refused:
        read_events(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:cut\r\n")
    assert str(refused.value) == "line 3: BEGIN:VEVENT is never closed: the file looks cut short"
    assert refused.value.say("en") == str(refused.value)
    assert refused.value.say("fr") == "ligne 3\u00a0: BEGIN:VEVENT n’est jamais fermé\u00a0: le fichier semble tronqué"


def test_a_notice_is_its_english_string_and_says_its_french_from_the_catalogue() -> None:
    notice = on_line(7, tr("ignored a VTIMEZONE without TZID"))
    assert notice == "line 7: ignored a VTIMEZONE without TZID" and in_language(notice, "en") == notice
    assert in_language(notice, "fr") == "ligne 7\u00a0: VTIMEZONE sans TZID ignoré"
    assert in_language("a plain string", "fr") == "a plain string"


def test_the_notices_french_agrees_with_what_it_counts() -> None:
    one = read_events(b"BEGIN:VCALENDAR\r\nX-A:caf\xe9\r\nBEGIN:VTODO\r\nEND:VTODO\r\nEND:VCALENDAR\r\n")
    assert [in_language(notice, "fr") for notice in one.notices] == [
        "ligne 2\u00a0: UTF-8 invalide, lue en Windows-1252",
        "1 composant VTODO ignoré\u00a0: seuls les événements sont importés",
    ]
    many = read_events(
        b"BEGIN:VCALENDAR\r\n" + b"X-A:\xe9\r\n" * 6 + b"BEGIN:VTODO\r\nEND:VTODO\r\n" * 2 + b"END:VCALENDAR\r\n"
    )
    assert [in_language(notice, "fr") for notice in many.notices] == [
        "lignes 2, 3, 4, 5, 6…\u00a0: UTF-8 invalide, lues en Windows-1252",
        "2 composants VTODO ignorés\u00a0: seuls les événements sont importés",
    ]
    assert many.notices == [
        "lines 2, 3, 4, 5, 6…: not valid UTF-8, read as Windows-1252",
        "ignored 2 VTODO component(s): only events are imported",
    ]


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the corpus is not beside the checkout ({CORPUS})")
def test_every_notice_and_refusal_of_the_corpus_has_its_french() -> None:
    said = 0
    for path in sorted(CORPUS.glob("*.ics")):
        try:
            report = read_events(path.read_bytes(), window=WINDOW)
        except IcsError as refused:
            assert refused.say("fr") != refused.say("en"), (path.name, refused.message)
            said += 1
            continue
        for notice in report.notices:
            assert isinstance(notice, Notice) and notice.say("fr") != notice, (path.name, notice)
            said += 1
    assert said > 100  # the corpus exercises most of what the reader can say
