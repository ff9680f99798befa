"""Words shown to the user by the CLI and the web UI, in English and French."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Last Impression",
        "tagline": "After every interview, an excellent last impression.",
        "interviews": "Interviews",
        "search": "Search",
        "search_placeholder": "Company, role, person",
        "status": "Status",
        "all": "All",
        "filter": "Filter",
        "when": "When",
        "company": "Company",
        "role": "Role",
        "people": "People",
        "none": "No interviews yet. Add one with: lastimpression interview add",
        "no_match": "No interview matches.",
        "back": "All interviews",
        "decision_by": "Decision by",
        "not_given": "not given",
        "name": "Name",
        "job_title": "Title",
        "email": "E-mail",
        "register": "Register",
        "topics": "Topics",
        "greeted": "Greeted",
        "yes": "yes",
        "no": "no",
        "save": "Save",
        "note": "Note",
        "outcome": "Outcome",
        "calendar": "Calendar",
        "mode": "Mode",
    },
    "fr": {
        "title": "Dernière impression",
        "tagline": "Après chaque entretien, une excellente dernière impression.",
        "interviews": "Entretiens",
        "search": "Rechercher",
        "search_placeholder": "Entreprise, poste, personne",
        "status": "Statut",
        "all": "Tous",
        "filter": "Filtrer",
        "when": "Quand",
        "company": "Entreprise",
        "role": "Poste",
        "people": "Personnes",
        "none": "Aucun entretien pour l'instant. Ajoutez-en un : lastimpression interview add",
        "no_match": "Aucun entretien ne correspond.",
        "back": "Tous les entretiens",
        "decision_by": "Décision d'ici",
        "not_given": "non indiquée",
        "name": "Nom",
        "job_title": "Fonction",
        "email": "Adresse",
        "register": "Registre",
        "topics": "Sujets",
        "greeted": "Salué",
        "yes": "oui",
        "no": "non",
        "save": "Enregistrer",
        "note": "Note",
        "outcome": "Issue",
        "calendar": "Calendrier",
        "mode": "Mode",
    },
}

STATUS_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "scheduled": "scheduled", "done": "done", "next_round": "next round", "offer": "offer",
        "accepted": "accepted", "rejected": "rejected", "withdrawn": "withdrawn", "cancelled": "cancelled",
    },
    "fr": {
        "scheduled": "prévu", "done": "passé", "next_round": "tour suivant", "offer": "offre",
        "accepted": "acceptée", "rejected": "refus", "withdrawn": "désistement", "cancelled": "annulé",
    },
}  # fmt: skip

MODE_WORDS: dict[str, dict[str, str]] = {
    "en": {"onsite": "on site", "video": "video", "phone": "phone"},
    "fr": {"onsite": "sur place", "video": "visio", "phone": "téléphone"},
}

KIND_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "debrief": "debrief", "thank_you": "thank-you e-mail", "linkedin": "LinkedIn invitation",
        "follow_up": "follow-up", "follow_up_2": "second follow-up",
    },
    "fr": {
        "debrief": "débriefing", "thank_you": "e-mail de remerciement", "linkedin": "invitation LinkedIn",
        "follow_up": "relance", "follow_up_2": "seconde relance",
    },
}  # fmt: skip

ACTION_STATUS_WORDS: dict[str, dict[str, str]] = {
    "en": {"pending": "to do", "done": "done", "skipped": "skipped", "cancelled": "cancelled"},
    "fr": {"pending": "à faire", "done": "fait", "skipped": "ignoré", "cancelled": "annulé"},
}
