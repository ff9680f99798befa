"""A large Outlook-style `.ics` export, reproducible from a seed, for the import benchmark.

What Outlook 2016+ writes with "Save Calendar" / "Save as iCalendar": CRLF lines folded at 75
octets (never inside a UTF-8 character), a VTIMEZONE per Windows zone name used
("Romance Standard Time", and "Eastern Standard Time" for the few Montréal events), UIDs in
Outlook's hexadecimal GlobalObjectId form, DTSTART/DTEND with a quoted TZID, ORGANIZER and
ATTENDEEs with a CN, a DESCRIPTION (Teams boilerplate on video meetings), the
X-MICROSOFT-CDO-* and X-MS-OLK-* properties, and a reminder (VALARM) on most events. All the
events are one-off: no RRULE.

Run alone: .venv/bin/python bench/outlook_calendar.py [--events 5000] [--interviews 200]
"""

from __future__ import annotations

import argparse
import random
from datetime import date, datetime, time, timedelta

from benchlib import OUT

EVENTS = 5000
INTERVIEWS = 200
SEED = 20261126
OWN_ADDRESS = "x@example.org"
OWN_NAME = "X"
FILE = OUT / f"outlook-{EVENTS}.ics"

ROMANCE = "Romance Standard Time"
EASTERN = "Eastern Standard Time"
VTIMEZONES = {
    ROMANCE: [
        "BEGIN:VTIMEZONE", f"TZID:{ROMANCE}",
        "BEGIN:STANDARD", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ],
    EASTERN: [
        "BEGIN:VTIMEZONE", f"TZID:{EASTERN}",
        "BEGIN:STANDARD", "DTSTART:16011104T020000", "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
        "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010311T020000", "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
        "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ],
}  # fmt: skip

COMPANIES = [
    ("Acme", "acme.example"), ("Lumière SA", "lumiere-sa.example"), ("Hexagone Logiciels", "hexagone.example"),
    ("Mistral Énergie", "mistral-energie.example"), ("Banque Rhône-Alpes", "bra.example"),
    ("Datapoint", "datapoint.example"), ("Nova Assurances", "nova-assurances.example"),
    ("Cloudière", "cloudiere.example"), ("Groupe Beaumont", "beaumont.example"), ("Vélo Libre", "velolibre.example"),
]  # fmt: skip
MONTREAL_COMPANIES = [
    ("Desjardins Innovation", "desjardins-innovation.example"),
    ("Érable Analytique", "erable.example"),
]
ROLES = [
    "Data engineer", "Ingénieure données", "Développeur backend", "Product manager", "Cheffe de projet",
    "Architecte cloud", "Data scientist", "Ingénieur DevOps", "Designer UX", "Engineering manager",
]  # fmt: skip
INTERVIEW_TITLES = [
    "Entretien – {role} – {company}", "Entretien – {role} – {company}", "Interview – {role} – {company}",
    "Entretien RH chez {company}", "Visio avec {company} — {role}", "2e entretien – {role} – {company}",
    "Phone screen – {company}", "Échange avec {company} ({role})", "Rencontre équipe {company}",
]  # fmt: skip
# Titles without any import keyword (entretien, interview, rencontre, échange, visio, RH, call…).
OTHER_TITLES = [
    "Point hebdo", "Point hebdo", "Point hebdo", "Dentiste", "Déjeuner avec Paul", "Revue de sprint", "Stand-up",
    "Réunion budget 2027", "Comité de pilotage", "Rétrospective", "1:1 Sophie / X", "Formation sécurité", "Kiné",
    "Anniversaire de Léa", "Démo produit", "Atelier roadmap", "Point projet Atlas", "Banque – rendez-vous conseiller",
    "Webinaire : les nouveautés PostgreSQL 18", "Sortie d'école", "Garage – révision", "Sport",
]  # fmt: skip
PEOPLE = [
    "Émilie Durand", "Léa Martin", "Hugo Bernard", "Chloé Lefèvre", "Étienne Girard", "Sophie Lambert",
    "Noël Rousseau", "Inès N'Diaye", "François Côté", "Manon Tremblay", "Jérôme Müller", "Camille O'Connor",
]  # fmt: skip
LOCATIONS = ["Microsoft Teams Meeting", "Salle Jura (3e étage)", "", "12 rue de la République, Lyon", "Zoom"]
TEAMS = (
    "________________________________________________________________________________\n"
    "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
    "Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{token}%40thread.v2/0"
    "?context=%7b%22Tid%22%3a%22{tid}%22%7d>\nID de la réunion : {meeting}\nCode secret : {secret}\n"
    "Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | "
    "Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
    "Pour en savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/"
    "meetingOptions/?organizerId={tid}>\n"
    "________________________________________________________________________________\n"
)
AGENDAS = [
    "Bonjour X,\n\nComme convenu, je vous propose ce créneau pour faire connaissance et parler du poste.\n"
    "Vous rencontrerez {name}, responsable de l'équipe, puis moi-même.\n\nBien cordialement,\n{organizer}\n",
    "Ordre du jour :\n- tour de table\n- avancement\n- points bloquants\n- prochaines étapes\n",
    "Merci de confirmer votre présence.\n",
    "",
]


def fold(line: str) -> list[str]:
    """RFC 5545 folding at 75 octets, continuation lines starting with a space, between characters."""
    parts: list[str] = []
    current = ""
    size = 0
    limit = 75
    for character in line:
        width = len(character.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = " ", 1, 75
        current += character
        size += width
    parts.append(current)
    return parts


def _escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _address(name: str, domain: str) -> str:
    table = str.maketrans("éèêëàçôîïüÉ' ", "eeeeacoiiuE-.")
    return f"{name.lower().translate(table)}@{domain}"


def _uid(rng: random.Random) -> str:
    """Outlook's GlobalObjectId in hexadecimal, as its exports write UIDs."""
    return f"040000008200E00074C5B7101A82E00800000000{rng.getrandbits(128):032X}0000000010000000{rng.getrandbits(128):032X}"


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%SZ")


def _event(rng: random.Random, interview: bool, day: date) -> list[str]:
    montreal = interview and rng.random() < 0.1
    zone = EASTERN if montreal else ROMANCE
    company, domain = rng.choice(MONTREAL_COMPANIES if montreal else COMPANIES)
    if interview:
        summary = rng.choice(INTERVIEW_TITLES).format(role=rng.choice(ROLES), company=company)
        length = rng.choice([30, 45, 60, 60, 90])
    else:
        summary = rng.choice(OTHER_TITLES)
        domain = "lumiere-sa.example"
        length = rng.choice([15, 30, 30, 60, 60, 120])
    start = datetime.combine(day, time(rng.randrange(8, 18), rng.choice([0, 0, 15, 30, 45])))
    end = start + timedelta(minutes=length)
    created = datetime.combine(
        day - timedelta(days=rng.randrange(1, 40)), time(rng.randrange(7, 20), rng.randrange(60))
    )
    names = rng.sample(PEOPLE, rng.randrange(1, 4))
    organizer = names[0]
    lines = ["BEGIN:VEVENT"]
    for name in names[1:]:
        lines.append(f'ATTENDEE;CN="{name}";RSVP=TRUE:mailto:{_address(name, domain)}')
    lines.append(f"ATTENDEE;CN={OWN_ADDRESS};RSVP=TRUE:mailto:{OWN_ADDRESS}")
    lines.append("CLASS:PUBLIC")
    lines.append(f"CREATED:{_stamp(created)}")
    location = rng.choice(LOCATIONS)
    description = rng.choice(AGENDAS).format(name=names[-1], organizer=organizer)
    if location == "Microsoft Teams Meeting":
        description += TEAMS.format(
            token=f"{rng.getrandbits(160):040x}",
            tid=f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-{rng.getrandbits(16):04x}",
            meeting=f"{rng.randrange(100, 999)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}",
            secret=f"{rng.getrandbits(24):06x}",
        )
    if description:
        lines.append(f"DESCRIPTION:{_escape(description)}")
    lines.append(f'DTEND;TZID="{zone}":{end:%Y%m%dT%H%M%S}')
    lines.append(f"DTSTAMP:{_stamp(datetime(2026, 11, 26, 7, 30))}")
    lines.append(f'DTSTART;TZID="{zone}":{start:%Y%m%dT%H%M%S}')
    lines.append(f"LAST-MODIFIED:{_stamp(created + timedelta(hours=rng.randrange(0, 48)))}")
    if location:
        lines.append(f"LOCATION:{_escape(location)}")
    lines.append(f'ORGANIZER;CN="{organizer}":mailto:{_address(organizer, domain)}')
    lines.append("PRIORITY:5")
    lines.append(f"SEQUENCE:{rng.choice([0, 0, 0, 1, 2])}")
    lines.append(f"SUMMARY;LANGUAGE=fr-fr:{_escape(summary)}")
    lines.append("TRANSP:OPAQUE")
    lines.append(f"UID:{_uid(rng)}")
    lines.append("X-MICROSOFT-CDO-BUSYSTATUS:BUSY")
    lines.append("X-MICROSOFT-CDO-IMPORTANCE:1")
    lines.append("X-MICROSOFT-DISALLOW-COUNTER:FALSE")
    lines.append("X-MS-OLK-AUTOFILLLOCATION:FALSE")
    lines.append(f"X-MS-OLK-CONFTYPE:{1 if location == 'Microsoft Teams Meeting' else 0}")
    if rng.random() < 0.8:
        lines += ["BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM"]
    lines.append("END:VEVENT")
    return lines


def calendar_bytes(events: int = EVENTS, interviews: int = INTERVIEWS, seed: int = SEED) -> bytes:
    """The whole file: ``events`` one-off events on weekdays from December 2025 to mid-2027,
    ``interviews`` of them with an interview title (spread evenly through the file)."""
    rng = random.Random(seed)
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        "METHOD:PUBLISH",
        "X-CALSTART:20251201T070000Z",
        "X-CALEND:20270630T160000Z",
        "X-CLIPSTART:20251130T230000Z",
        "X-CLIPEND:20270630T220000Z",
        "X-WR-RELCALID:{0000002E-9D8C-1C2B-3A4F-5E6D7C8B9A00}",
        "X-WR-CALNAME:Calendrier",
        "X-PRIMARY-CALENDAR:TRUE",
        "X-OWNER;CN=X:mailto:x@example.org",
        'X-MS-OLK-WKHRSTART;TZID="Romance Standard Time":090000',
        'X-MS-OLK-WKHREND;TZID="Romance Standard Time":180000',
        "X-MS-OLK-WKHRDAYS:MO,TU,WE,TH,FR",
        *VTIMEZONES[ROMANCE],
        *VTIMEZONES[EASTERN],
    ]
    first = date(2025, 12, 1)
    every = events // interviews if interviews else events + 1
    for number in range(events):
        day = first + timedelta(days=rng.randrange(0, 577))
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        is_interview = interviews > 0 and number % every == every // 2 and number // every < interviews
        lines += _event(rng, is_interview, day)
    lines.append("END:VCALENDAR")
    folded = [part for line in lines for part in fold(line)]
    return ("\r\n".join(folded) + "\r\n").encode("utf-8")


def ensure_file() -> tuple[bytes, str]:
    """Write the benchmark's file in bench/.out (same bytes every time); return them and its path."""
    data = calendar_bytes()
    OUT.mkdir(parents=True, exist_ok=True)
    if not FILE.exists() or FILE.read_bytes() != data:
        FILE.write_bytes(data)
    return data, str(FILE)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--events", type=int, default=EVENTS)
    parser.add_argument("--interviews", type=int, default=INTERVIEWS)
    arguments = parser.parse_args()
    if (arguments.events, arguments.interviews) == (EVENTS, INTERVIEWS):
        content, path = ensure_file()
    else:
        content = calendar_bytes(arguments.events, arguments.interviews)
        path = str(OUT / f"outlook-{arguments.events}-{arguments.interviews}.ics")
        OUT.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(content)
    print(f"{path}: {len(content):,} bytes, {arguments.events} events, {arguments.interviews} interviews")
