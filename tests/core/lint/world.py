"""The linter's fixture world: Camille Durand (feminine agreement) interviewed in Lyon by
Claire Martin (Madame, vous) and Julien Moreau (Monsieur, tu), and in Montréal by Sarah
Thompson (Ms); and a correct message of every kind for them, written to PRODUCT.md §4.

French texts use U+202F before ; ! ? and U+00A0 before :, as a French reader expects.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from lastimpression.core.messages import Candidate, Draft, LintContext, Occasion, Recipient

NNBSP = "\u202f"
NBSP = "\u00a0"

CAMILLE = Candidate(
    name="Camille Durand",
    email="camille.durand@example.org",
    phone="06 12 34 56 78",
    linkedin="https://www.linkedin.com/in/camille-durand",
    agreement="feminine",
)
CLAIRE = Recipient(
    id=1,
    name="Claire Martin",
    email="claire.martin@example.org",
    title="Directrice des données",
    salutation="madame",
    register="vous",
    topics=("la migration vers PostgreSQL",),
)
JULIEN = Recipient(
    id=2,
    name="Julien Moreau",
    email="julien.moreau@example.org",
    title="Lead développeur",
    salutation="monsieur",
    register="tu",
    topics=("les tests de bout en bout",),
)
SARAH = Recipient(
    id=3,
    name="Sarah Thompson",
    email="sarah@example.com",
    title="Head of Data",
    salutation="madame",
    register="vous",
    topics=("moving the reporting pipeline to streaming",),
)
LYON = Occasion(
    company="Lumière Analytique",
    role="Ingénieure data",
    language="fr",
    country="FR",
    interview_date=date(2027, 3, 11),  # a Thursday
    decision_by=date(2027, 3, 25),  # Thursday
    promise_date=date(2027, 3, 30),  # Tuesday
)
MONTREAL = Occasion(
    company="Northwind Labs",
    role="Data Engineer",
    language="en",
    country="CA",
    subdivision="QC",
    interview_date=date(2027, 6, 23),  # a Wednesday
    decision_by=date(2027, 7, 8),  # Thursday
    promise_date=date(2027, 7, 12),  # Monday
    mode="video",
)

SIGNATURE_FR = "Camille Durand\n06 12 34 56 78\nhttps://www.linkedin.com/in/camille-durand\n"
SIGNATURE_EN = "Camille Durand\n+1 514 555 0142\nhttps://www.linkedin.com/in/camille-durand\n"

FR_THANK_YOU = Draft(
    kind="thank_you",
    language="fr",
    subject="Merci pour notre entretien – Ingénieure data",
    body=(
        "Madame Martin,\n"
        "\n"
        "Je vous remercie de m’avoir reçue hier pour le poste d’ingénieure data chez Lumière Analytique, "
        "ainsi que pour le temps que vous m’avez accordé.\n"
        "\n"
        "Notre échange sur la migration vers PostgreSQL m’a confortée dans mon envie de rejoindre votre "
        f"équipe{NBSP}: j’ai conduit une migration semblable l’an dernier, sans interruption de service, "
        "et je serais heureuse de mettre cette expérience à votre service.\n"
        "\n"
        f"Vous m’avez indiqué que la décision serait prise d’ici le jeudi 25 mars{NNBSP}; sans nouvelles de votre part, "
        "je me permettrai de vous recontacter le mardi 30 mars.\n"
        "\n"
        "Bien cordialement,\n"
        "\n" + SIGNATURE_FR
    ),
)
FR_THANK_YOU_TU = Draft(
    kind="thank_you",
    language="fr",
    subject="Merci pour notre entretien – Ingénieure data",
    body=(
        "Bonjour Julien,\n"
        "\n"
        "Merci pour ton accueil hier et pour le temps que tu m’as consacré lors de mon entretien pour le poste "
        "d’ingénieure data chez Lumière Analytique.\n"
        "\n"
        "Ce que tu m’as montré des tests de bout en bout m’a donné très envie de rejoindre ton équipe"
        f"{NBSP}: j’ai mis en place une démarche semblable dans mon poste actuel et j’aimerais la poursuivre "
        "chez Lumière Analytique.\n"
        "\n"
        f"La décision doit être prise d’ici le jeudi 25 mars{NNBSP}; sans nouvelles d’ici là, je me permettrai "
        "de te recontacter le mardi 30 mars.\n"
        "\n"
        "Bien cordialement,\n"
        "\n" + SIGNATURE_FR
    ),
)
FR_FOLLOW_UP = Draft(
    kind="follow_up",
    language="fr",
    subject="Re: Merci pour notre entretien – Ingénieure data",
    body=(
        "Madame Martin,\n"
        "\n"
        "Comme annoncé, je reprends contact au sujet du poste d’ingénieure data pour lequel vous m’avez reçue "
        "le jeudi 11 mars. Depuis notre échange sur la migration vers PostgreSQL, j’ai rédigé une courte note "
        "sur la reprise des données historiques, que je vous joins volontiers si elle vous est utile.\n"
        "\n"
        f"Où en est votre réflexion{NNBSP}? Je reste très motivée par ce poste et je vous remercie encore pour "
        "notre échange.\n"
        "\n"
        "Bien cordialement,\n"
        "\n" + SIGNATURE_FR
    ),
)
FR_LINKEDIN = Draft(
    kind="linkedin",
    language="fr",
    subject="",
    body=(
        "Bonjour Julien, merci encore pour notre échange de jeudi sur les tests de bout en bout. "
        "Je serais ravie de rester en contact ici. Camille Durand"
    ),
)
EN_THANK_YOU = Draft(
    kind="thank_you",
    language="en",
    subject="Thank you – Data Engineer interview",
    body=(
        "Dear Ms Thompson,\n"
        "\n"
        "Thank you for taking the time to speak with me yesterday about the Data Engineer role at Northwind "
        "Labs. I appreciated your clear account of how the reporting pipeline works today.\n"
        "\n"
        "Our conversation about moving the reporting pipeline to streaming confirmed my interest in joining "
        "your team: last year I led a similar migration at my current employer, cutting report delays from "
        "hours to minutes, and I would be glad to bring that experience to Northwind Labs.\n"
        "\n"
        "You mentioned that you expect to decide by Thursday, July 8. If I have not heard from you by then, "
        "I will follow up on Monday, July 12.\n"
        "\n"
        "Best regards,\n"
        "\n" + SIGNATURE_EN
    ),
)
EN_FOLLOW_UP = Draft(
    kind="follow_up",
    language="en",
    subject="Re: Thank you – Data Engineer interview",
    body=(
        "Dear Ms Thompson,\n"
        "\n"
        "As promised, I am following up on the Data Engineer role we discussed on Wednesday, June 23. Since "
        "our conversation about moving the reporting pipeline to streaming, I have written a short note on "
        "how I would handle late events, which I would be happy to share.\n"
        "\n"
        "Could you tell me where things stand? Thank you again for your time; I remain very interested in "
        "the role.\n"
        "\n"
        "Best regards,\n"
        "\n" + SIGNATURE_EN
    ),
)
EN_LINKEDIN = Draft(
    kind="linkedin",
    language="en",
    subject="",
    body=(
        "Hi Sarah, thank you again for our conversation about moving the reporting pipeline to streaming. "
        "I would be glad to stay in touch. Camille Durand"
    ),
)


def context_for(draft: Draft, person: Recipient, interview: Occasion, **changes: object) -> LintContext:
    """The context the CLI would build for ``draft`` to ``person`` about ``interview``, with
    ``changes`` to its fields."""
    others = {"Lumière Analytique": ("Claire Martin", "Julien Moreau"), "Northwind Labs": ("Sarah Thompson",)}
    context = LintContext(
        kind=draft.kind,
        language=draft.language,
        recipient=person,
        candidate=CAMILLE,
        occasion=interview,
        other_names=tuple(name for name in others.get(interview.company, ()) if name != person.name),
    )
    return replace(context, **changes)  # type: ignore[arg-type]


MODELS: dict[str, tuple[Draft, Recipient, Occasion]] = {
    "fr_thank_you": (FR_THANK_YOU, CLAIRE, LYON),
    "fr_thank_you_tu": (FR_THANK_YOU_TU, JULIEN, LYON),
    "fr_follow_up": (FR_FOLLOW_UP, CLAIRE, LYON),
    "fr_linkedin": (FR_LINKEDIN, JULIEN, LYON),
    "en_thank_you": (EN_THANK_YOU, SARAH, MONTREAL),
    "en_follow_up": (EN_FOLLOW_UP, SARAH, MONTREAL),
    "en_linkedin": (EN_LINKEDIN, SARAH, MONTREAL),
}
