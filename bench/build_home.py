"""Build (once) a home of 200, 2,000 or 20,000 interviews, three people each, and their plans.

The schema comes from the real CLI (`lastimpression init` in a child process); the rows are then
written with Django's ``bulk_create`` in a second child process, which is much faster than 2,000
`interview add` commands. Each interview's plan is then stored by the real
``lastimpression.planning.service.replan`` (second follow-ups on, so five kinds of action: about
16,000 actions), and the home is aged to ``AS_OF``: most actions due before it are marked done
or skipped, as a user would have, a few are left overdue. The result is cached in
``bench/.out/home-N/`` (N the number of interviews; 2,000 unless said) and rebuilt when its
recipe changes: this script, the project's migrations, the planning code, or the ``holidays``
package. Every size spreads its interviews over the same three years (20,000 is a coach's
caseload, or a heavy user's): ten times the interviews is ten times the rows on any day, so
that comparing sizes measures how each command grows.

Run alone: .venv/bin/python bench/build_home.py [--size 2000] [--force]
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

from benchlib import OUT, PYTHON, ROOT, child_environment, package_version, run

INTERVIEWS = 2000
SIZES = (200, 2000, 20000)
PEOPLE_PER_INTERVIEW = 3
HOME = OUT / f"home-{INTERVIEWS}"
MARKER = "bench-home.json"
SEED = 20261126
# The home is aged to this instant (inside the three years of interviews): actions due before it
# are done (92 %) or skipped (5 %), the rest are left pending, overdue. Benchmarks that read the
# plan set LASTIMPRESSION_NOW to it.
AS_OF = "2026-11-26T09:00:00+01:00"
PAST_DONE, PAST_SKIPPED = 0.92, 0.05
# The stored plans depend on this code and data as much as on this script.
PLANNING_SOURCES = (
    "lastimpression/core/plan.py",
    "lastimpression/core/calendar.py",
    "lastimpression/core/places.py",
    "lastimpression/planning/service.py",
    "lastimpression/planning/models.py",
)

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
    """Changes when the recipe changes: this script, a migration, the planning code, ``holidays``."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    sources = sorted((ROOT / "src").glob("lastimpression/*/migrations/*.py"))
    sources += [ROOT / "src" / name for name in PLANNING_SOURCES]
    for path in sources:
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes() if path.exists() else b"(absent)")
    digest.update(f"holidays {package_version('holidays')}".encode())
    return digest.hexdigest()[:16]


def home_path(size: int = INTERVIEWS) -> Path:
    return OUT / f"home-{size}"


def _rows(rng: random.Random, size: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Plain field values of the interviews and people: varied, valid, reproducible."""
    interviews: list[dict[str, Any]] = []
    people: list[dict[str, Any]] = []
    first_day = date(2025, 1, 6)
    for number in range(1, size + 1):
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


def populate(home: Path, size: int) -> dict[str, int]:
    """Write the rows into ``home`` (whose schema exists); run in a child process of its own."""
    os.environ["LASTIMPRESSION_HOME"] = str(home)
    os.environ["DJANGO_SETTINGS_MODULE"] = "lastimpression.settings"
    # Second follow-ups on for this build only (no config.toml is written): five kinds of action.
    os.environ["LASTIMPRESSION_PLAN_SECOND_FOLLOW_UP"] = "true"
    import django

    django.setup()
    from django.db import connection, transaction

    from lastimpression.interviews.models import Interview, Person
    from lastimpression.planning.models import Action
    from lastimpression.planning.service import replan

    rng = random.Random(SEED)
    interviews, people = _rows(rng, size)
    seconds: dict[str, float] = {}
    started = perf_counter()
    with transaction.atomic():
        Interview.objects.bulk_create([Interview(**fields) for fields in interviews], batch_size=500)
        Person.objects.bulk_create([Person(**fields) for fields in people], batch_size=500)
        seconds["rows"] = perf_counter() - started
        for interview in Interview.objects.order_by("id"):
            replan(interview)  # the real service: what `interview add` stores
        seconds["plans"] = perf_counter() - started - seconds["rows"]
        _age(Action, rng)
        seconds["ageing"] = perf_counter() - started - seconds["rows"] - seconds["plans"]
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.execute("ANALYZE")
    counts = {"interviews": Interview.objects.count(), "people": Person.objects.count()}
    counts["actions"] = Action.objects.count()
    for status in ("pending", "done", "skipped", "cancelled"):
        counts[f"actions_{status}"] = Action.objects.filter(status=status).count()
    return {**counts, **{f"{name}_seconds": round(value, 1) for name, value in seconds.items()}}


def _age(action_model: Any, rng: random.Random) -> None:
    """Mark the actions due before AS_OF done or skipped, as a user would have (few stay overdue).

    As ``planning.service.complete`` does, a thank-you marked done pins its interview's
    follow-up to the date it promised.
    """
    as_of = datetime.fromisoformat(AS_OF)
    changed = []
    pinned: set[int] = set()
    past = action_model.objects.filter(status="pending", due__lt=as_of).order_by("id")
    for action in past:
        draw = rng.random()
        if draw < PAST_DONE:
            action.status, action.completed_at = "done", action.due + timedelta(minutes=rng.randrange(0, 240))
            if action.kind == "thank_you":
                pinned.add(action.interview_id)
        elif draw < PAST_DONE + PAST_SKIPPED:
            action.status, action.completed_at = "skipped", action.due
        else:
            continue
        changed.append(action)
    action_model.objects.bulk_update(changed, ["status", "completed_at"], batch_size=500)
    follow_ups = list(action_model.objects.filter(kind="follow_up", interview_id__in=pinned, promised__isnull=True))
    for follow_up in follow_ups:
        follow_up.promised = follow_up.local_due().date()
    action_model.objects.bulk_update(follow_ups, ["promised"], batch_size=500)


def _cached(home: Path, expected: str) -> bool:
    try:
        marker = json.loads((home / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(marker, dict) and marker.get("fingerprint") == expected


def ensure_home(size: int = INTERVIEWS, *, force: bool = False) -> tuple[Path, dict[str, Any]]:
    """The benchmark home of ``size`` interviews, built when missing or stale; returns it and
    how it was obtained."""
    home = home_path(size)
    expected = fingerprint()
    if not force and _cached(home, expected):
        marker: dict[str, Any] = json.loads((home / MARKER).read_text(encoding="utf-8"))
        return home, {**marker, "built_now": False}
    OUT.mkdir(parents=True, exist_ok=True)
    started = perf_counter()
    # Built aside, then moved into place: an interrupted build never leaves a half-filled cache.
    staging = Path(tempfile.mkdtemp(prefix="home-building-", dir=OUT))
    try:
        env = child_environment(staging)
        run([PYTHON, "-m", "lastimpression", "init", "--name", "Camille Durand", "--email", "camille@example.org",
             "--language", "fr", "--country", "FR"], env)  # fmt: skip
        filled = run([PYTHON, __file__, "--populate", str(staging), "--size", str(size)], env, capture_stdout=True)
        counts: dict[str, int] = json.loads(filled.stdout.strip().splitlines()[-1])
        marker = {"fingerprint": expected, **counts, "build_seconds": round(perf_counter() - started, 1)}
        (staging / MARKER).write_text(json.dumps(marker, indent=2) + "\n", encoding="utf-8")
        if home.exists():
            shutil.rmtree(home)
        staging.rename(home)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return home, {**marker, "built_now": True}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Build a benchmark home (interviews, three people each, plans).")
    parser.add_argument("--size", type=int, choices=SIZES, default=INTERVIEWS, help="Number of interviews.")
    parser.add_argument("--force", action="store_true", help="Rebuild even when the cached home is current.")
    parser.add_argument("--populate", metavar="HOME", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.populate:
        print(json.dumps(populate(Path(arguments.populate), arguments.size)))
        sys.exit(0)
    path, info = ensure_home(arguments.size, force=arguments.force)
    state = "built" if info["built_now"] else "cached"
    print(f"{path} ({state}): {info['interviews']} interviews, {info['people']} people, {info['actions']} actions")
