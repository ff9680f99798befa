"""What a message shows, beyond what it says: the details the user recorded that it cites, the
candidate's proof points it uses, and any achievement of the candidate (a first-person action
verb in the past, or a figure). Shared by LI006, LI018 and LI021.

Words are compared by a crude stem (folded, a plural "s"/"x" dropped, the first six letters
kept): "attentes" matches "attente", "reporting" matches "reports". The comparison is lenient
on purpose: these rules warn about a claim that nothing supports, and must not fire on one
that something does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from lastimpression.core.folding import fold
from lastimpression.core.lint.patterns import lazy
from lastimpression.core.lint.text import LETTER_WORD, MessageText

STEM_LENGTH = 6
# Function words of both languages, and words that name no detail of a conversation.
_NOT_CONTENT_WORDS = (
    # French function words
    "le la les l un une des du de d au aux et ou en à a y pour par sur dans avec sans vers chez sous entre "
    "votre vos notre nos mon ma mes ton ta tes son sa ses leur leurs ce cet cette ces qui que qu quoi dont "
    "où il elle ils elles on nous vous je j tu me m te t se s lui eux est sont été être avoir avez as ai "
    "a ont était plus très bien aussi tout tous toute toutes comme mais ne pas n si ici là cela ça "
    # English function words
    "the a an and or of to in on for with at by from into about as is are was were be been being have has "
    "had do does did my your our their its this that these those it they we i you me us them he she his "
    "her how what which who whom why when where all any more most very so such also just than then there "
    "here up out over only"
    # words that name no detail: the role, the company, the conversation itself, time
    " équipe équipes team teams poste postes rôle role position job jobs entreprise entreprises company "
    "companies société travail work sujet sujets subject subjects topic topics chose choses thing things "
    "mission missions projet projets project projects organisation organization structure candidature "
    "application entretien interview échange échanges exchange conversation discussion rencontre meeting "
    "temps time jour jours day days semaine semaines week weeks mois month months année années year years "
    "aujourd hier demain today yesterday tomorrow lundi mardi mercredi jeudi vendredi samedi dimanche monday "
    "tuesday wednesday thursday friday saturday sunday janvier février mars avril mai juin juillet août "
    "septembre octobre novembre décembre january february march april june july august september october "
    "november december plaisir pleasure chance opportunity opportunité intéressant interesting passionnant "
    "détail détails detail details point points aspect aspects élément éléments manière façon way"
)


@cache
def _not_content() -> frozenset[str]:
    """The words of ``_NOT_CONTENT_WORDS``, folded (on first need: issue 17)."""
    return frozenset(fold(word) for word in _NOT_CONTENT_WORDS.split())


# A claim about the recruiter's timeline is backed by the interview's decision date, not a topic.
_TIMELINE = ("decid", "decision", "timeline", "calendr", "delai", "etape", "steps", "process", "prochain", "next")
_URL = lazy(r"https?://\S+|www\.\S+", re.IGNORECASE)
_ACHIEVEMENT = {
    "fr": lazy(
        r"\b(?:j['’]ai|(?:nous|moi)\s+avons|avons)\s+(?:\w+\s+){0,2}?(?:conduit|mené|piloté|dirigé|développé|"
        r"conçu|créé|mis\s+en\s+(?:place|œuvre|production|oeuvre)|lancé|réduit|augmenté|amélioré|automatisé|migré|"
        r"livré|construit|déployé|rédigé|écrit|publié|obtenu|géré|encadré|formé|organisé|optimisé|réalisé|fondé|"
        r"animé|négocié|doublé|triplé|divisé|économisé|remporté|refondu|industrialisé|accéléré|diminué|résolu|"
        r"modernisé|sécurisé|recruté|coordonné|structuré|supervisé|implémenté|intégré|préparé|contribué|"
        r"participé|travaillé|accompagné|fait\s+passer|fait\s+gagner)(?!\w)",
        re.IGNORECASE,
    ),
    "en": lazy(
        r"\b(?:I|we|my\s+team\s+and\s+I)(?:\s+have|\s+had|['’]ve)?\s+(?:\w+\s+)?(?:led|built|designed|created|"
        r"developed|launched|reduced|increased|improved|automated|migrated|delivered|shipped|deployed|wrote|"
        r"written|published|managed|ran|run|grew|grown|cut|saved|won|founded|organi[sz]ed|optimi[sz]ed|implemented|"
        r"introduced|drove|driven|headed|scaled|trained|mentored|rebuilt|redesigned|halved|doubled|tripled|"
        r"negotiated|secured|set\s+up|rolled\s+out|worked|contributed|helped|supported|completed|achieved)(?!\w)",
        re.IGNORECASE,
    ),
}
# A figure: a number with a unit, a currency or a count of something ("40 %", "2 M€", "3x",
# "six days to two" is not caught: the action verb usually is).
_FIGURE = lazy(
    # a run of digits is read from its first digit only (the look-behinds): linear on "1 1 1 1…"
    r"(?:[€$£]\s?\d|(?<![\w/.:,-])(?<!\d[\u00a0\u202f ])\d[\d\u00a0\u202f .,]*+\s?(?:%|€|k€|m€|\$|£|x(?!\w)|fois|times|ms(?!\w)|"
    r"secondes|seconds|minutes|heures|hours|jours|days|semaines|weeks|mois|months|ans(?!\w)|years|clients|"
    r"customers|utilisateurs|users|personnes|people|collaborateurs|employees|projets|projects|millions?|"
    r"milliards?|billions?|k(?!\w)|m(?!\w)))",
    re.IGNORECASE,
)


_PART = lazy(r"[^\W\d_]{3,}")


def stem(word: str) -> str:
    """The crude stem two words are compared by (see the module's docstring)."""
    return _stem_folded(fold(word))


def _stem_folded(word: str) -> str:
    if len(word) > 3 and word[-1] in "sx":
        word = word[:-1]
    return word[:STEM_LENGTH]


@lru_cache(maxsize=4096)
def content_stems(text: str) -> frozenset[str]:
    """The stems of ``text``'s words that say something: not function words, not the words
    that name no detail (the team, the role, a day), not one or two letters. The parts of an
    elided or hyphenated word count apart ("l'équipe": "equipe")."""
    return frozenset(_stem_folded(part) for part in _PART.findall(fold(text)) if part not in _not_content())


@lru_cache(maxsize=64)
def _folded(text: str) -> str:
    return fold(text)


def is_timeline(text: str) -> bool:
    """Whether ``text`` speaks of the recruiter's timeline (the decision, the next steps)."""
    return any(word.startswith(_TIMELINE) for word in (match.group() for match in LETTER_WORD.finditer(fold(text))))


def proof_points(message: MessageText) -> tuple[str, ...]:
    """The candidate's proof points: the context's, then the candidate's own, once each."""
    context = message.context
    own = context.candidate.proof_points if context.candidate is not None else ()
    return tuple(dict.fromkeys(point for point in (*context.proof_points, *own) if point.strip()))


def known_details(message: MessageText) -> Iterator[str]:
    """Every detail the user recorded that a message may say was part of the conversation."""
    context = message.context
    if context.recipient is not None:
        yield from context.recipient.topics
        yield context.recipient.title
    yield from context.known_details
    yield from proof_points(message)
    if context.occasion is not None:
        yield context.occasion.role
        yield context.occasion.company
        yield context.occasion.contribution


def shown_proof_point(message: MessageText) -> str | None:
    """The first proof point (or what the candidate can bring to this interview) the body
    uses: its link appears, or at least half of its content words (at least one)."""
    body_stems = content_stems(message.body)
    contribution = message.context.occasion.contribution if message.context.occasion is not None else ""
    for point in (*proof_points(message), contribution):
        links = [link.rstrip(".,;:)»”") for link in _URL.findall(point)]
        if any(fold(link) in _folded(message.body) for link in links if link):
            return point
        stems = content_stems(_URL.sub(" ", point))
        if stems and 2 * len(stems & body_stems) >= len(stems):
            return point
        # "mon expérience chez Leroy Merlin" / "my work at Zillow": the point named by its place,
        # as a follow-up points back to the proof its thank-you showed.
        place = _PLACE.match(point.strip())
        if place and f"{place.group(1)} {place.group(2)}".casefold() in _experiences(message.body):
            return point
    return None


_PLACE = lazy(r"(chez|à|au|aux|at|in)\s+([^,]{1,60}?),?\s+(?:j['’]|je\s|nous\s|I\s|we\s)", re.IGNORECASE)
# "mon travail sur le planning au Grand Hôtel du Lac", "my work on FX hedging at PwC Dublin" too.
_EXPERIENCE = lazy(
    r"\b(?:mon expérience|my work|mon travail sur [^,.;:]{1,80}?|my work on [^,.;:]{1,80}?)\s+"
    r"((?:chez|à|au|aux|at|in)\s+[^,.;:]{1,60})",
    re.IGNORECASE,
)


def _experiences(body: str) -> str:
    """The places the body names as the candidate's experience ("chez leroy merlin"), folded
    to lower case, one per line."""
    return "\n".join(" ".join(match.group(1).split()).casefold() for match in _EXPERIENCE.finditer(body))


def shows_achievement(message: MessageText) -> bool:
    """Whether the body tells of something the candidate did, or gives a figure."""
    language = "fr" if message.language == "fr" else "en"
    return bool(_ACHIEVEMENT[language].search(message.body) or _FIGURE.search(message.body))
