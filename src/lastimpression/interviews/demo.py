"""A realistic example for an empty home: a French panel in Lyon, an English video call in Montréal."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from lastimpression.core.validation import InvalidValue
from lastimpression.interviews import services
from lastimpression.interviews.models import Interview
from lastimpression.phrases import tr


def _previous_weekday(day: datetime) -> datetime:
    day -= timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def _next_weekday(day: datetime, skip: int) -> datetime:
    for _ in range(skip):
        day += timedelta(days=1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
    return day


def fill(now: datetime) -> list[Interview]:
    """Create the demo profile and interviews; refuse a home that is not empty."""
    if not services.is_empty():
        raise InvalidValue(
            "home", tr("is not empty: the demo only fills an empty home (set LASTIMPRESSION_HOME to a new folder)")
        )
    services.save_profile({
        "name": "Camille Durand", "email": "camille.durand@example.org", "phone": "+33 6 12 34 56 78",
        "linkedin": "https://www.linkedin.com/in/camille-durand-data", "language": "fr", "country": "FR",
        "timezone": "Europe/Paris", "agreement": "feminine",
        # What the messages show instead of asserting motivation (CRAFT R03): an achievement with
        # its figure, in each language the demo's interviews are held in.
        "proof_points": [
            "Chez Datalyse, j’ai migré l’entrepôt de données vers PostgreSQL en quatre mois, sans interruption de service.",
            "J’ai mis sous tests de bout en bout nos 40 pipelines de données, ce qui a divisé par trois les incidents en production.",
            "At Datalyse I moved a 2 TB data warehouse to PostgreSQL in four months, with no downtime.",
            "I built a Kafka ingestion pipeline that handles 50,000 events a second, and set up its on-call rotation.",
        ],
    })  # fmt: skip
    paris = now.astimezone(ZoneInfo("Europe/Paris"))
    lyon_day = _previous_weekday(paris).date()
    lyon = services.add_interview(
        {"company": "Lumière Analytique", "role": "Ingénieure data", "start": datetime.combine(lyon_day, time(14, 0)).isoformat(),
         "duration": "75", "country": "FR", "timezone": "Europe/Paris", "language": "fr", "mode": "onsite",
         "location": "12 quai Saint-Antoine, 69002 Lyon", "decision_in": "2 semaines",
         "contribution": "Je peux aider l’équipe à fiabiliser ses pipelines de données, avec des tests automatisés à chaque étape."},
        [
            {"name": "Claire Martin", "email": "claire.martin@lumiere-analytique.example.org", "title": "Directrice des ressources humaines",
             "salutation": "madame", "register": "vous", "greeted": True},
            {"name": "Julien Moreau", "email": "julien.moreau@lumiere-analytique.example.org", "title": "Responsable de l'équipe data",
             "salutation": "monsieur", "register": "tu", "greeted": True,
             "topics": ["la migration de l'entrepôt vers PostgreSQL", "les tests de bout en bout des pipelines"]},
        ],
    )  # fmt: skip
    montreal_day = _next_weekday(now.astimezone(ZoneInfo("America/Toronto")), 3).date()
    montreal = services.add_interview(
        {"company": "Northwind Labs", "role": "Data Engineer", "start": datetime.combine(montreal_day, time(10, 30)).isoformat(),
         "duration": "45", "country": "CA", "subdivision": "QC", "timezone": "America/Toronto", "language": "en",
         "mode": "video", "location": "https://meet.example.org/northwind-data", "decision_by": None,
         "contribution": "I can help the team make its Kafka ingestion easier to run, with alerts that page only when action is needed."},
        [
            {"name": "Sarah Thompson", "email": "sarah.thompson@northwind.example.com", "title": "Head of Data Platform",
             "salutation": "madame", "register": "vous", "topics": ["streaming ingestion with Kafka", "on-call rotations"]},
        ],
    )  # fmt: skip
    return [lyon, montreal]
