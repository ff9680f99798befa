"""Importing interviews from calendar files: created, updated, cancelled, never duplicated."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import Result

from lastimpression.interviews.models import Interview, Person
from lastimpression.outbox.models import Message
from lastimpression.planning.models import Action
from tests.conftest import Clock

Cli = Callable[..., Result]
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "ics-wild"

OUTLOOK_ZONE = """BEGIN:VTIMEZONE\r
TZID:Romance Standard Time\r
BEGIN:STANDARD\r
DTSTART:16011028T030000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:16010325T020000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
END:DAYLIGHT\r
END:VTIMEZONE\r
"""


def calendar(*events: str, method: str = "REQUEST", zone: str = OUTLOOK_ZONE) -> bytes:
    body = "".join(events)
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
        f"METHOD:{method}\r\n{zone}{body}END:VCALENDAR\r\n"
    ).encode()


def event(
    uid: str = "outlook-1",
    summary: str = "Entretien – Ingénieure data – Lumière Analytique",
    start: str = "DTSTART;TZID=Romance Standard Time:20261210T140000",
    end: str = "DTEND;TZID=Romance Standard Time:20261210T151500",
    extra: str = "",
) -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{summary}\r\n{start}\r\n{end}\r\n"
        'ORGANIZER;CN="Martin, Claire":mailto:claire.martin@lumiere-analytique.fr\r\n'
        'ATTENDEE;CN="Durand, Camille":mailto:camille.durand@example.org\r\n'
        'ATTENDEE;CN="Moreau, Julien":mailto:julien.moreau@lumiere-analytique.fr\r\n'
        f"{extra}END:VEVENT\r\n"
    )


@pytest.fixture(autouse=True)
def _clock(clock: Clock) -> None:
    clock.at(datetime(2026, 12, 3, 15, 40, tzinfo=UTC))


@pytest.fixture
def importer(cli: Cli, candidate: None, tmp_path: Path) -> Callable[..., Result]:
    def run(data: bytes, *options: str) -> Result:
        path = tmp_path / "calendar.ics"
        path.write_bytes(data)
        return cli("import", str(path), *options)

    return run


def test_an_outlook_invitation_becomes_an_interview_with_its_attendees(importer: Callable[..., Result]) -> None:
    result = importer(calendar(event()), "--json")
    assert result.exit_code == 0, result.stderr
    (created,) = json.loads(result.stdout)["created"]
    assert (created["company"], created["role"]) == ("Lumière Analytique", "Ingénieure data")
    assert created["start"] == "2026-12-10T14:00:00+01:00" and created["timezone"] == "Europe/Paris"
    assert [(person["name"], person["email"]) for person in created["people"]] == [
        ("Claire Martin", "claire.martin@lumiere-analytique.fr"),
        ("Julien Moreau", "julien.moreau@lumiere-analytique.fr"),
    ]
    assert Action.objects.filter(interview_id=created["id"], kind="thank_you").count() == 2


def test_a_second_import_updates_and_never_duplicates(importer: Callable[..., Result]) -> None:
    importer(calendar(event()))
    again = importer(calendar(event()))
    assert "0 nouveaux, 0 modifiés, 0 annulés, 1 inchangés" in again.stdout
    assert Interview.objects.count() == 1 and Person.objects.count() == 2


def test_a_moved_event_moves_its_interview_and_re_plans_it(importer: Callable[..., Result]) -> None:
    importer(calendar(event()))
    moved = importer(calendar(event(start="DTSTART;TZID=Romance Standard Time:20261211T100000",
                                    end="DTEND;TZID=Romance Standard Time:20261211T110000", extra="SEQUENCE:1\r\n")))  # fmt: skip
    assert "~ modifié" in moved.stdout and "déplacé du 2026-12-10 14:00 au 2026-12-11 10:00" in moved.stdout
    interview = Interview.objects.get()
    assert interview.local_start().isoformat() == "2026-12-11T10:00:00+01:00"
    thank_you = Action.objects.filter(kind="thank_you").first()
    assert thank_you is not None and thank_you.local_due().isoformat() == "2026-12-11T12:00:00+01:00"


def scheduled_thank_yous(cli: Cli) -> list[int]:
    interview = Interview.objects.get()
    cli("interview", "edit", str(interview.id), "--role", "Ingénieure data")
    drafted = json.loads(cli("draft", str(interview.id), "--json").stdout)
    for message in drafted:
        assert cli("send", str(message["id"])).exit_code == 0
    return [message["id"] for message in drafted]


def test_a_moved_event_moves_and_rewrites_its_scheduled_thank_yous(importer: Callable[..., Result], cli: Cli) -> None:
    importer(calendar(event()))
    ids = scheduled_thank_yous(cli)
    # Thursday 14:00, thanked the same afternoon: "cet après-midi", no date (issue 15).
    assert all("cet après-midi" in body for body in Message.objects.filter(pk__in=ids).values_list("body", flat=True))
    moved = importer(calendar(event(start="DTSTART;TZID=Romance Standard Time:20261211T100000",
                                    end="DTEND;TZID=Romance Standard Time:20261211T110000", extra="SEQUENCE:1\r\n")))  # fmt: skip
    assert "2 messages non envoyés mis à jour" in moved.stdout
    for message in Message.objects.filter(pk__in=ids):
        # Friday 10:00-11:00, thanked at 12:00 the same day: now "ce matin", and no date.
        assert message.status == "scheduled" and "ce matin" in message.body, message.body
        assert "cet après-midi" not in message.body and "vendredi 11 décembre" not in message.body
        assert message.scheduled_at is not None and message.scheduled_at.isoformat() == "2026-12-11T11:00:00+00:00"


def test_a_cancelled_event_cancels_its_scheduled_thank_yous(importer: Callable[..., Result], cli: Cli) -> None:
    importer(calendar(event()))
    ids = scheduled_thank_yous(cli)
    importer(calendar(event(extra="STATUS:CANCELLED\r\nSEQUENCE:2\r\n")))
    assert set(Message.objects.filter(pk__in=ids).values_list("status", flat=True)) == {"cancelled"}


@pytest.mark.parametrize(
    "cancellation",
    [
        calendar(event(extra="STATUS:CANCELLED\r\nSEQUENCE:2\r\n")),
        calendar(event(extra="SEQUENCE:2\r\n"), method="CANCEL"),
    ],
    ids=["status-cancelled", "method-cancel"],
)
def test_a_cancelled_event_cancels_its_interview_and_what_was_pending(
    importer: Callable[..., Result], cancellation: bytes
) -> None:
    importer(calendar(event()))
    result = importer(cancellation)
    assert "x annulé  Lumière Analytique" in result.stdout
    assert Interview.objects.get().status == "cancelled"
    assert set(Action.objects.values_list("status", flat=True)) == {"cancelled"}


def test_dry_run_shows_what_would_happen_and_writes_nothing(importer: Callable[..., Result]) -> None:
    result = importer(calendar(event()), "--dry-run")
    assert result.exit_code == 0
    assert (
        "Essai à blanc" in result.stdout
        and "+ nouveau  2026-12-10 14:00 Europe/Paris  Lumière Analytique" in result.stdout
    )
    assert not Interview.objects.exists() and not Person.objects.exists() and not Action.objects.exists()


@pytest.mark.parametrize(
    ("summary", "start", "zone_name", "expected_start"),
    [
        (
            "Interview at Northwind Labs",
            "DTSTART;TZID=Eastern Standard Time:20261210T103000",
            "America/New_York",
            "2026-12-10T10:30:00-05:00",
        ),
        # A UTC time is shown in the candidate's zone: the same instant.
        ("Entretien RH chez Acier SA", "DTSTART:20261210T130000Z", "Europe/Paris", "2026-12-10T14:00:00+01:00"),
        ("Échange avec l'équipe data", "DTSTART:20261210T140000", "Europe/Paris", "2026-12-10T14:00:00+01:00"),
    ],
    ids=["windows-eastern", "utc", "floating"],
)
def test_time_zones_from_the_wild(
    importer: Callable[..., Result], summary: str, start: str, zone_name: str, expected_start: str
) -> None:
    data = calendar(event(summary=summary, start=start, end="DURATION:PT1H"), zone="")
    result = importer(data, "--json")
    assert result.exit_code == 0, result.stderr
    (created,) = json.loads(result.stdout)["created"]
    assert created["start"] == expected_start
    assert created["timezone"] == zone_name
    company = {"Interview at Northwind Labs": "Northwind Labs", "Entretien RH chez Acier SA": "Acier SA"}
    # Without a company in the title, the attendees' domain names it.
    assert created["company"] == company.get(summary, "Lumiere Analytique")


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        ("Entretien chez Icsco", "Icsco", ""),
        ("Entretien – Data engineer – Icsco", "Icsco", "Data engineer"),
        ("Interview with Acme", "Acme", ""),
        ("Acme / Data Engineer interview", "Acme", "Data Engineer"),
        ("Entretien Icsco : Développeuse Python", "Icsco", "Développeuse Python"),
        ("Entretien RH chez Acier SA", "Acier SA", ""),
        ("Interview at Northwind Labs", "Northwind Labs", ""),
        ("Entretien pour le poste d’Ingénieure data chez Icsco", "Icsco", "Ingénieure data"),
        ("Phone screen - Backend Developer @ Globex", "Globex", "Backend Developer"),
        ("2e entretien technique – Icsco", "Icsco", ""),
        ("Entretien Développeuse Python", "Lumiere Analytique", "Développeuse Python"),
        ("Visio Icsco", "Icsco", ""),
        # "avec" a person met is not a company: the attendees' domain names it.
        ("Entretien avec Claire Martin", "Lumiere Analytique", ""),
        ("Call", "Lumiere Analytique", ""),
    ],
)
def test_the_company_and_the_role_are_read_from_common_titles(
    importer: Callable[..., Result], summary: str, company: str, role: str
) -> None:
    result = importer(calendar(event(summary=summary)), "--json")
    assert result.exit_code == 0, result.stderr
    (created,) = json.loads(result.stdout)["created"]
    assert (created["company"], created["role"]) == (company, role)


def test_a_title_without_a_role_leaves_it_empty_says_so_and_the_thank_you_invents_none(
    cli: Cli, importer: Callable[..., Result]
) -> None:
    result = importer(calendar(event(summary="Entretien chez Icsco")))
    assert result.exit_code == 0, result.stderr
    interview = Interview.objects.get()
    assert (interview.company, interview.role) == ("Icsco", "")
    assert "Icsco — (poste à préciser)" in result.stdout
    assert (
        "remarque\u00a0: «\u00a0Entretien chez Icsco\u00a0»\u00a0: aucun poste dans le titre\u202f; précisez-le "
        f"avec «\u00a0lastimpression interview edit {interview.id} --role …\u00a0»\n" in result.stderr
    )
    drafted = cli("draft", str(interview.id), "--json")
    assert drafted.exit_code == 0, drafted.stderr
    for message in json.loads(drafted.stdout):
        # No role: the subject names the interview by its date alone (CRAFT R12).
        assert message["subject"] == "Merci pour notre entretien du 10 décembre"
        # No "poste de …" / "poste d’…" naming a role the title did not give ("ce poste dès le
        # départ" is not one).
        assert "Entretien chez" not in message["body"]
        assert "poste de " not in message["body"] and "poste d’" not in message["body"]
        assert "Icsco" in message["body"]


def test_all_day_events_and_other_meetings_are_not_interviews(importer: Callable[..., Result]) -> None:
    data = calendar(
        event(
            uid="a",
            summary="Entretien annuel Acme",
            start="DTSTART;VALUE=DATE:20261210",
            end="DTEND;VALUE=DATE:20261211",
        ),
        event(uid="b", summary="Dentiste", start="DTSTART:20261211T090000Z", end="DTEND:20261211T093000Z"),
    )
    result = importer(data)
    assert result.exit_code == 0
    assert "0 nouveaux" in result.stdout and "1 autres événements ignorés" in result.stdout
    assert "l’événement 'Entretien annuel Acme' dure toute la journée, sans heure" in result.stderr
    assert not Interview.objects.exists()


def test_a_broken_file_is_refused_naming_the_line_and_nothing_is_written(importer: Callable[..., Result]) -> None:
    data = calendar(event(), event(uid="2", start="DTSTART;TZID=Romance Standard Time:2026-12-10 14h"))
    result = importer(data)
    assert result.exit_code == 1
    assert result.stderr.startswith("Erreur : FILE: ligne 32\u00a0: DTSTART illisible (selon icalendar\u00a0: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert not Interview.objects.exists()


ENGLISH_WORDS = re.compile(r"\b(?:the|is|has|have|ignored|line|lines|read|only|cannot|not|with|and)\b")


def test_notices_and_errors_speak_the_french_profiles_language(importer: Callable[..., Result]) -> None:
    todo = "BEGIN:VTODO\r\nUID:todo-1\r\nSUMMARY:Relancer Acme\r\nEND:VTODO\r\n"
    all_day = event(uid="a", summary="Entretien annuel Acme", start="DTSTART;VALUE=DATE:20261210",
                    end="DTEND;VALUE=DATE:20261211")  # fmt: skip
    no_uid = event(uid="", summary="Entretien chez Icsco").replace("UID:\r\n", "")
    no_end = event(uid="e", summary="Entretien – Data engineer – Globex", start="DTSTART:20261211T100000", end="")
    data = calendar(all_day, no_uid, no_end, todo) + b"X-BROKEN-AFTER-THE-END\r\n"
    result = importer(data)
    assert result.exit_code == 0, result.stderr
    notices = result.stderr.splitlines()
    assert len(notices) == 7, "\n".join(notices)
    for notice in notices:
        assert notice.startswith("remarque\u00a0: ") and not ENGLISH_WORDS.search(notice), notice
    assert "remarque\u00a0: 1 composant VTODO ignoré\u00a0: seuls les événements sont importés" in notices
    assert any(
        "l’événement 'Entretien chez Icsco' n’a pas d’UID\u00a0: il reçoit lastimpression-" in n for n in notices
    )
    assert any(n.endswith("ignoré, après la fin du calendrier") for n in notices)
    assert any(n.endswith("'Entretien – Data engineer – Globex' n’a pas de fin\u00a0: une durée d’une heure est supposée")
               for n in notices)  # fmt: skip
    assert any("n’a pas de fuseau horaire (heure flottante)\u00a0: ses heures sont lues dans le fuseau Europe/Paris" in n
               for n in notices)  # fmt: skip

    document = json.loads(importer(data, "--dry-run", "--json").stdout)
    assert len(document["notices"]) == len(document["notices_fr"]) == 6  # imported: no more role notice
    assert "ignored 1 VTODO component(s): only events are imported" in document["notices"]
    assert "1 composant VTODO ignoré\u00a0: seuls les événements sont importés" in document["notices_fr"]


def test_a_file_refused_is_said_in_french_naming_the_line(importer: Callable[..., Result]) -> None:
    result = importer(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:cut\r\n")
    assert result.exit_code == 1
    assert (
        result.stderr
        == "Erreur : FILE: ligne 3\u00a0: BEGIN:VEVENT n’est jamais fermé\u00a0: le fichier semble tronqué\n"
    )
    assert importer(b"Bonjour").stderr == (
        "Erreur : FILE: ligne 1\u00a0: ce n’est pas un fichier iCalendar\u00a0: BEGIN:VCALENDAR attendu, 'Bonjour' trouvé\n"
    )


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.ics")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the corpus is not beside the checkout ({CORPUS})")
@pytest.mark.parametrize("path", corpus_files(), ids=lambda path: path.name)
def test_every_calendar_of_the_corpus_imports_or_is_refused_with_one_clear_line(
    cli: Cli, candidate: None, path: Path
) -> None:
    result = cli("import", str(path), "--dry-run")
    assert result.exit_code in (0, 1), result.output
    if result.exit_code == 1:
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Erreur : FILE: "), result.stderr
    assert not Interview.objects.exists()


APPLE_CALENDAR = (
    "BEGIN:VCALENDAR\r\n"
    "METHOD:PUBLISH\r\n"
    "VERSION:2.0\r\n"
    "X-WR-CALNAME:Recherche d’emploi\r\n"
    "PRODID:-//Apple Inc.//macOS 14.4.1//EN\r\n"
    "X-APPLE-CALENDAR-COLOR:#1BADF8\r\n"
    "X-WR-TIMEZONE:Europe/Paris\r\n"
    "CALSCALE:GREGORIAN\r\n"
    "BEGIN:VTIMEZONE\r\n"
    "TZID:Europe/Paris\r\n"
    "BEGIN:DAYLIGHT\r\n"
    "TZOFFSETFROM:+0100\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
    "DTSTART:19810329T020000\r\n"
    "TZNAME:UTC+2\r\n"
    "TZOFFSETTO:+0200\r\n"
    "END:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\n"
    "TZOFFSETFROM:+0200\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
    "DTSTART:19961027T030000\r\n"
    "TZNAME:UTC+1\r\n"
    "TZOFFSETTO:+0100\r\n"
    "END:STANDARD\r\n"
    "END:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\n"
    "TRANSP:OPAQUE\r\n"
    "DTEND;TZID=Europe/Paris:20261210T153000\r\n"
    "UID:6B29FC40-CA47-1067-B31D-00DD010662DA\r\n"
    "DTSTAMP:20261125T093012Z\r\n"
    "LOCATION:Lumière Analytique\\n12 quai Saint-Antoine\\n69002 Lyon\\nFrance\r\n"
    "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC\r\n"
    "SEQUENCE:1\r\n"
    "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=12 quai Saint-Antoine\\\\n69\r\n"
    " 002 Lyon\\\\nFrance;X-APPLE-RADIUS=70.5;X-TITLE=Lumière Analytique:geo:45.7\r\n"
    " 63,4.830\r\n"
    "SUMMARY:Entretien – Ingénieure data – Lumière Analytique\r\n"
    "LAST-MODIFIED:20261125T093010Z\r\n"
    "CREATED:20261124T180233Z\r\n"
    "DTSTART;TZID=Europe/Paris:20261210T140000\r\n"
    "ATTENDEE;CN=Claire Martin;CUTYPE=INDIVIDUAL;EMAIL=claire.martin@lumiere-an\r\n"
    " alytique.fr;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:claire.martin@lu\r\n"
    " miere-analytique.fr\r\n"
    "ATTENDEE;CN=Camille Durand;CUTYPE=INDIVIDUAL;EMAIL=camille.durand@example.o\r\n"
    " rg;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:camille.durand@example.org\r\n"
    "ORGANIZER;CN=Camille Durand;EMAIL=camille.durand@example.org:mailto:camill\r\n"
    " e.durand@example.org\r\n"
    "BEGIN:VALARM\r\n"
    "X-WR-ALARMUID:0B7B4A3C-1C0B-4F0F-9B53-2A4D7C1E0F11\r\n"
    "UID:0B7B4A3C-1C0B-4F0F-9B53-2A4D7C1E0F11\r\n"
    "TRIGGER:-PT30M\r\n"
    "ACTION:DISPLAY\r\n"
    "DESCRIPTION:Rappel\r\n"
    "END:VALARM\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n"
).encode()


def test_an_apple_calendar_export_imports_with_its_place_and_attendee(importer: Callable[..., Result]) -> None:
    result = importer(APPLE_CALENDAR, "--json")
    assert result.exit_code == 0, result.stderr
    (created,) = json.loads(result.stdout)["created"]
    assert (created["company"], created["role"]) == ("Lumière Analytique", "Ingénieure data")
    assert (created["start"], created["end"]) == ("2026-12-10T14:00:00+01:00", "2026-12-10T15:30:00+01:00")
    assert created["location"].startswith("Lumière Analytique\n12 quai Saint-Antoine")
    # The candidate is the organizer and an attendee: left out; Claire Martin is the person met.
    assert [(person["name"], person["email"]) for person in created["people"]] == [
        ("Claire Martin", "claire.martin@lumiere-analytique.fr")
    ]
