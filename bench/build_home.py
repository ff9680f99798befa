"""Build (once) a home with 2,000 interviews and 6,000 people for the list benchmarks.

The schema comes from the real CLI (`lastimpression init` in a child process); the rows are then
written with Django's ``bulk_create`` in a second child process, which is much faster than 2,000
`interview add` commands. The result is cached in ``bench/.out/home-2000/`` and rebuilt when this
script or the project's migrations change.

Run alone: .venv/bin/python bench/build_home.py [--force]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import sys
import tempfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from time import perf_counter
from typing import Any
from zoneinfo import ZoneInfo

from benchlib import OUT, PYTHON, ROOT, child_environment, run

INTERVIEWS = 2000
PEOPLE_PER_INTERVIEW = 3
HOME = OUT / f"home-{INTERVIEWS}"
MARKER = "bench-home.json"
SEED = 20261126

COMPANIES = {
    "FR": ["Lumière SA", "Boulangeries Ducasse", "Banque Rhône-Alpes", "Hexagone Logiciels", "Mistral Énergie",
           "Caisse d'Épargne Alsace", "Thalès Systèmes", "Vélo Libre", "Atelier Numérique", "Groupe Beaumont",
           "Dupont & Fils", "Nova Assurances", "Cloudière", "Datapoint"],
    "CA": ["Desjardins Innovation", "Cirque Nordique", "Hydro Laurentides", "Pharmaprix Labs", "Érable Analytique",
           "Ocean Freight North America"],
    "CH": ["Helvetia Données", "Banque Lémanique", "Chronométrie Jura", "Alpes Robotique", "Genève Santé"],
    "BE": ["Bruxelles Mobilité", "Brasserie des Flandres", "Wallonie Ingénierie", "Anvers Logistique", "Liège Pharma"],
}  # fmt: skip
ROLES = [
    "Data engineer", "Ingénieure données", "Développeur backend", "Product manager", "Cheffe de projet",
    "Analyste financier", "Responsable RH", "Designer UX", "Architecte cloud", "Juriste", "Comptable",
    "Directrice commerciale", "Ingénieur DevOps", "Data scientist", "Consultante SAP", "Technicien support",
]  # fmt: skip
# (country, subdivision, time zone, language of the interview, city)
PLACES = [
    ("FR", "", "Europe/Paris", "fr", "Paris"),
    ("FR", "", "Europe/Paris", "fr", "Lyon"),
    ("FR", "", "Europe/Paris", "en", "Paris"),
    ("FR", "57", "Europe/Paris", "fr", "Metz"),
    ("FR", "6AE", "Europe/Paris", "fr", "Strasbourg"),
    ("FR", "974", "Indian/Reunion", "fr", "Saint-Denis"),
    ("CA", "QC", "America/Toronto", "fr", "Montréal"),
    ("CA", "ON", "America/Toronto", "en", "Toronto"),
    ("CA", "BC", "America/Vancouver", "en", "Vancouver"),
    ("CH", "GE", "Europe/Zurich", "fr", "Genève"),
    ("CH", "VD", "Europe/Zurich", "fr", "Lausanne"),
    ("CH", "ZH", "Europe/Zurich", "en", "Zürich"),
    ("CH", "NE", "Europe/Zurich", "fr", "Neuchâtel"),
    ("BE", "", "Europe/Brussels", "fr", "Bruxelles"),
    ("BE", "French", "Europe/Brussels", "fr", "Namur"),
    ("BE", "Flemish", "Europe/Brussels", "en", "Gent"),
]
STREETS = ["rue de la République", "avenue des Champs", "boulevard Saint-Laurent", "rue du Rhône", "place Flagey"]
MODES = ["onsite", "onsite", "video", "video", "phone"]
STATUSES = ["scheduled"] * 5 + ["done"] * 6 + ["next_round", "offer", "accepted", "rejected", "rejected", "withdrawn", "cancelled"]  # fmt: skip
FIRST_NAMES = [
    ("Camille", "madame"), ("Léa", "madame"), ("Chloé", "madame"), ("Inès", "madame"), ("Manon", "madame"),
    ("Sophie", "madame"), ("Émilie", "madame"), ("Nathalie", "madame"), ("Lucas", "monsieur"),
    ("Hugo", "monsieur"), ("Théo", "monsieur"), ("Étienne", "monsieur"), ("François", "monsieur"),
    ("Jérôme", "monsieur"), ("Mathis", "monsieur"), ("Noël", "monsieur"), ("Alex", "none"), ("Dominique", "none"),
]  # fmt: skip
LAST_NAMES = [
    "Martin", "Bernard", "Dubois", "Lefèvre", "Girard", "Lambert", "Rousseau", "Tremblay", "Gagnon", "Côté",
    "Bouchard", "Müller", "Favre", "Peeters", "Janssens", "Maes", "De Smet", "N'Diaye", "Nguyen", "O'Connor",
]  # fmt: skip
TITLES = [
    "Responsable recrutement", "Talent acquisition partner", "CTO", "Directrice technique", "Engineering manager",
    "Lead developer", "Chargée RH", "VP Engineering", "Head of Data", "Product owner", "Future collègue",
]  # fmt: skip
TOPICS = [
    "migration vers PostgreSQL", "l'équipe de 8 personnes", "télétravail deux jours par semaine",
    "the on-call rotation", "le plan de formation", "pipeline de données temps réel", "their Kubernetes move",
    "the roadmap for 2027", "la culture du feedback", "le vélo-boulot", "open source contributions",
    "l'ouverture d'un bureau à Montréal", "a recent outage and its post-mortem", "les tests de bout en bout",
]  # fmt: skip


def _slug(text: str) -> str:
    table = str.maketrans("àâäéèêëîïôöùûüçÉÈÀ' &", "aaaeeeeiioouuucEEA---")
    return "-".join(part for part in text.lower().translate(table).split("-") if part)


def fingerprint() -> str:
    """Changes when this script or any migration of the project changes."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for path in sorted((ROOT / "src").glob("lastimpression/*/migrations/*.py")):
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _rows(rng: random.Random) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Plain field values of the interviews and people: varied, valid, reproducible."""
    interviews: list[dict[str, Any]] = []
    people: list[dict[str, Any]] = []
    first_day = date(2025, 1, 6)
    for number in range(1, INTERVIEWS + 1):
        country, subdivision, zone, language, city = rng.choice(PLACES)
        company = rng.choice(COMPANIES[country])
        day = first_day + timedelta(days=rng.randrange(0, 3 * 365))
        while day.weekday() >= 5:
            day += timedelta(days=1)
        local = datetime.combine(day, time(rng.randrange(8, 18), rng.choice([0, 15, 30, 45])), ZoneInfo(zone))
        start = local.astimezone(UTC)
        mode = rng.choice(MODES)
        if mode == "video":
            location = f"https://meet.example.org/{_slug(company)}-{number}"
        elif mode == "phone":
            location = ""
        else:
            location = f"{rng.randrange(1, 200)} {rng.choice(STREETS)}, {city}"
        status = rng.choice(STATUSES)
        decision = day + timedelta(days=rng.choice([7, 10, 14, 21])) if rng.random() < 0.6 else None
        interviews.append(
            {
                "id": number,
                "company": company,
                "role": rng.choice(ROLES),
                "start": start,
                "end": start + timedelta(minutes=rng.choice([30, 45, 60, 60, 90, 120])),
                "mode": mode,
                "location": location,
                "language": language,
                "country": country,
                "subdivision": subdivision,
                "timezone": zone,
                "decision_by": decision,
                "status": status,
                "outcome_note": "Deuxième tour avec le CTO la semaine prochaine." if status == "next_round" else "",
                "ics_uid": f"{number}-{rng.getrandbits(48):012x}@calendar.example.org" if rng.random() < 0.4 else None,
            }
        )
        domain = _slug(company).replace("-", "") + ".example"
        for _ in range(PEOPLE_PER_INTERVIEW):
            first, salutation = rng.choice(FIRST_NAMES)
            last = rng.choice(LAST_NAMES)
            people.append(
                {
                    "interview_id": number,
                    "name": f"{first} {last}",
                    "email": f"{_slug(first)}.{_slug(last)}@{domain}" if rng.random() < 0.85 else "",
                    "title": rng.choice(TITLES),
                    "linkedin": f"https://www.linkedin.com/in/{_slug(first)}-{_slug(last)}-{rng.randrange(100, 999)}"
                    if rng.random() < 0.5
                    else "",
                    "salutation": salutation,
                    "register": "tu" if rng.random() < 0.15 else "vous",
                    "topics": rng.sample(TOPICS, rng.randrange(0, 5)),
                    "greeted": rng.random() < 0.3,
                }
            )
    return interviews, people


def populate(home: Path) -> dict[str, int]:
    """Write the rows into ``home`` (whose schema exists); run in a child process of its own."""
    os.environ["LASTIMPRESSION_HOME"] = str(home)
    os.environ["DJANGO_SETTINGS_MODULE"] = "lastimpression.settings"
    import django

    django.setup()
    from django.db import connection, transaction

    from lastimpression.interviews.models import Interview, Person

    interviews, people = _rows(random.Random(SEED))
    with transaction.atomic():
        Interview.objects.bulk_create([Interview(**fields) for fields in interviews], batch_size=500)
        Person.objects.bulk_create([Person(**fields) for fields in people], batch_size=500)
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.execute("ANALYZE")
    return {"interviews": Interview.objects.count(), "people": Person.objects.count()}


def _cached(home: Path, expected: str) -> bool:
    try:
        marker = json.loads((home / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(marker, dict) and marker.get("fingerprint") == expected


def ensure_home(*, force: bool = False) -> tuple[Path, dict[str, Any]]:
    """The benchmark home, built when missing or stale; returns it and how it was obtained."""
    expected = fingerprint()
    if not force and _cached(HOME, expected):
        marker: dict[str, Any] = json.loads((HOME / MARKER).read_text(encoding="utf-8"))
        return HOME, {**marker, "built_now": False}
    OUT.mkdir(parents=True, exist_ok=True)
    started = perf_counter()
    # Built aside, then moved into place: an interrupted build never leaves a half-filled cache.
    staging = Path(tempfile.mkdtemp(prefix="home-building-", dir=OUT))
    try:
        env = child_environment(staging)
        run([PYTHON, "-m", "lastimpression", "init", "--name", "Camille Durand", "--email", "camille@example.org",
             "--language", "fr", "--country", "FR"], env)  # fmt: skip
        filled = run([PYTHON, __file__, "--populate", str(staging)], env, capture_stdout=True)
        counts: dict[str, int] = json.loads(filled.stdout.strip().splitlines()[-1])
        marker = {"fingerprint": expected, **counts, "build_seconds": round(perf_counter() - started, 1)}
        (staging / MARKER).write_text(json.dumps(marker, indent=2) + "\n", encoding="utf-8")
        if HOME.exists():
            shutil.rmtree(HOME)
        staging.rename(HOME)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return HOME, {**marker, "built_now": True}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Build the benchmark home (2,000 interviews, 6,000 people).")
    parser.add_argument("--force", action="store_true", help="Rebuild even when the cached home is current.")
    parser.add_argument("--populate", metavar="HOME", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.populate:
        print(json.dumps(populate(Path(arguments.populate))))
        sys.exit(0)
    path, info = ensure_home(force=arguments.force)
    state = "built" if info["built_now"] else "cached"
    print(f"{path} ({state}): {info['interviews']} interviews, {info['people']} people")
