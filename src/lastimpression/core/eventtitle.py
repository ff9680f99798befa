"""The company and the role an interview's calendar title names, as far as it names them.

Titles are written in a hurry, in French or English and in any order: "Entretien chez Icsco",
"Entretien – Data engineer – Icsco", "Interview with Acme", "Acme / Data Engineer interview",
"Entretien Icsco : Développeuse Python", "Phone screen - Backend Developer @ Globex". The title
is cut at its separators (" – ", " / ", ":", "|", brackets) and connectors ("chez", "at",
"@", "with", "avec"); each piece loses the words that only say it is a meeting ("2e entretien
technique", "pour le poste de", "interview"); then:

- a piece after "chez", "at" or "@" is the company; one after "with" / "avec" too, unless it
  names a person invited or a group of people ("avec l'équipe data", "with the hiring manager");
- of the other pieces, one holding a word of a job ("développeuse", "engineer", "chargée",
  "stagiaire"…) is the role, and a piece without one is the company;
- failing that, the company is the attendees' e-mail domain (not a webmail's).

What cannot be told stays empty: a role guessed wrong ("Entretien chez Icsco") would be written
into every message, while an empty one is asked for. Pure: no Django, no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass

__all__ = ["GENERIC_DOMAINS", "TitleGuess", "company_from_domain", "guess_from_title"]

GENERIC_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "outlook.fr", "hotmail.com", "hotmail.fr", "live.com", "live.fr",
    "yahoo.com", "yahoo.fr", "icloud.com", "me.com", "free.fr", "orange.fr", "wanadoo.fr", "laposte.net", "sfr.fr",
    "proton.me", "protonmail.com", "gmx.fr", "gmx.com", "videotron.ca", "sympatico.ca", "calendar.google.com",
})  # fmt: skip

# A separator cuts the title into pieces; a connector also says what the next piece is. Times
# ("10:30") are not cut; neither are words joined by a hyphen or a slash without spaces
# ("CI/CD", "Saint-Gobain").
_CUT = re.compile(
    r"(\s+[-–—/]\s+|(?<!\d)\s*[|:]\s*|\s*[()\[\]]\s*|\s+(?:chez|at|@|with|avec)\s+|\s*@\s*)",
    re.IGNORECASE,
)
_COMPANY_AFTER = frozenset({"chez", "at", "@"})
_COMPANY_OR_PEOPLE_AFTER = frozenset({"with", "avec"})

# Words that only say the event is a meeting, in front of a piece or, for the nouns, behind it.
_MEETING_NOUNS = frozenset({
    "entretien", "entretiens", "entrevue", "entrevues", "interview", "interviews", "call", "meeting", "rdv",
    "rendez", "vous", "visio", "visioconference", "reunion", "screening", "screen", "onsite", "echange",
})  # fmt: skip
_QUALIFIERS = frozenset({
    "1er", "1st", "2e", "2eme", "2nd", "3e", "3eme", "3rd", "premier", "second", "seconde", "deuxieme",
    "troisieme", "dernier", "final", "finale", "first", "third", "last", "tour", "round", "rh", "hr", "technique",
    "technical", "tech", "telephonique", "phone", "video", "teams", "zoom", "recrutement", "recruiting",
    "recruiter", "hiring", "embauche", "candidature", "job", "d", "de", "du", "des", "l", "le", "la", "les",
    "the", "a", "an", "un", "une", "pour", "for", "poste", "position", "role", "offre", "avec", "with",
})  # fmt: skip
_POSITION_NOUNS = frozenset({"poste", "position", "role", "job", "offre"})
_TRAILING_NOUNS = frozenset({"position", "role"})  # "Data Engineer role"; not "La Poste"
_CLOCK_TIME = re.compile(r"^\d{1,2}(?:[:h.]\d{2}|h)$", re.IGNORECASE)
# Behind a piece, before a meeting noun ("Data Engineer technical interview"); not "RH" nor
# "recrutement", which end roles ("Responsable RH", "Chargée de recrutement").
_TRAILING_QUALIFIERS = frozenset({
    "1er", "1st", "2e", "2eme", "2nd", "3e", "3rd", "first", "second", "third", "final", "finale", "last",
    "technique", "technical", "tech", "telephonique", "phone", "video", "onsite", "job",
})  # fmt: skip

# A piece with one of these words names a job, not a company.
_ROLE_WORDS = frozenset({
    "dev", "chef", "cdi", "cdd", "stage", "intern", "interne", "internship", "qa", "ux", "ui", "sre", "pm", "po",
    "cto", "cio", "vp", "juriste", "lawyer", "nurse", "teacher", "buyer", "writer", "editor", "owner", "lead",
    "head", "senior", "junior", "freelance",
})  # fmt: skip
_ROLE_STEMS = (
    "develop", "ingenieu", "engineer", "analys", "consultan", "manager", "directeur", "directrice", "director",
    "architect", "technicien", "administrat", "coordinat", "responsable", "comptable", "accountant", "assistant",
    "commercial", "gestionnaire", "conseill", "charge", "designer", "scientist", "stagiaire", "alternan",
    "apprenti", "specialist", "officer", "devops", "fullstack", "backend", "frontend", "programm", "vendeu",
    "acheteu", "auditeu", "auditor", "controleu", "redact", "infirmi", "enseignan", "professeu", "product",
    "recruteu", "leader", "tester", "testeu", "support",
)  # fmt: skip
# After "avec" / "with", these name people met rather than a company.
_PEOPLE_WORDS = frozenset({
    "equipe", "team", "recruteur", "recruteuse", "recruiter", "rh", "hr", "drh", "manager", "managers", "ceo",
    "cto", "cfo", "coo", "fondateur", "fondatrice", "founder", "founders", "panel", "jury", "directeur",
    "directrice", "director", "responsable", "lead", "head",
})  # fmt: skip
_DETERMINERS = frozenset({"l", "la", "le", "les", "the", "our", "notre", "nos", "mon", "ma", "mes", "my", "un", "une"})
_ELIDED = re.compile(r"^([dlDL])['’](.+)$")


@dataclass(frozen=True)
class TitleGuess:
    """What a title says: ``company`` and ``role``, each "" when it does not say it."""

    company: str
    role: str


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _words(text: str) -> list[str]:
    return re.findall(r"[\w@]+", _fold(text))


def _has_role_word(text: str) -> bool:
    return any(word in _ROLE_WORDS or word.startswith(_ROLE_STEMS) for word in _words(text))


def _strip_meeting_words(piece: str, keywords: frozenset[str]) -> str:
    """``piece`` without the words in front that say it is a meeting ("2e entretien technique
    pour le poste de"), and without a meeting noun behind it ("Data Engineer interview")."""
    tokens = piece.split()
    stripped: list[str] = []
    while tokens:
        token = tokens[0]
        elided = _ELIDED.match(token)
        if elided:  # "d’embauche" is a meeting word; "d’Ingénieure" after "poste" is the role
            rest = _fold(elided.group(2))
            if rest in keywords or rest in _MEETING_NOUNS:
                stripped.append(tokens.pop(0))
                continue
            if stripped and _fold(stripped[-1]) in _POSITION_NOUNS and elided.group(1).lower() == "d":
                tokens[0] = elided.group(2)
            break
        words = _words(token)
        if not words or _CLOCK_TIME.match(token):
            stripped.append(tokens.pop(0))
            continue
        meeting = all(word in keywords or word in _MEETING_NOUNS for word in words)
        # An article or "pour" starts a company's name ("Le Monde") unless a meeting word came first.
        filler = bool(stripped) and all(word in _QUALIFIERS for word in words)
        if not (
            meeting or filler or (all(word in _QUALIFIERS for word in words) and _leads_to_meeting(tokens, keywords))
        ):
            break
        stripped.append(tokens.pop(0))
    while tokens and all(word in _MEETING_NOUNS or word in _TRAILING_NOUNS for word in _words(tokens[-1])):
        tokens.pop()
        while tokens and all(word in _TRAILING_QUALIFIERS for word in _words(tokens[-1])):
            tokens.pop()
    return " ".join(tokens).strip(" -–—,.;")


def _leads_to_meeting(tokens: list[str], keywords: frozenset[str]) -> bool:
    """Whether the qualifiers at the start of ``tokens`` lead to a meeting word ("2e entretien")."""
    for token in tokens:
        words = _words(token)
        if words and all(word in keywords or word in _MEETING_NOUNS for word in words):
            return True
        if not words or not all(word in _QUALIFIERS for word in words):
            return False
    return False


def _is_invited(piece: str, people: Sequence[str]) -> bool:
    """Whether ``piece`` is (part of) the name of someone invited ("Claire", "Claire Martin")."""
    words = set(_words(piece))
    return bool(words) and any(words <= set(_words(name)) for name in people if name)


def _is_people(piece: str, people: Sequence[str]) -> bool:
    """Whether ``piece``, after "avec" / "with", names people rather than a company."""
    words = _words(piece)
    if not words or words[0] in _DETERMINERS or any(word in _PEOPLE_WORDS for word in words):
        return True
    return _is_invited(piece, people)


def guess_from_title(
    title: str, keywords: Collection[str], people: Sequence[str] = (), domain_company: str = ""
) -> TitleGuess:
    """The company and the role ``title`` names ("" for what it does not).

    ``keywords`` are the words that make an event an interview; ``people`` the names of those
    invited (a title "Entretien avec Claire Martin" names a person, not a company);
    ``domain_company`` the company the attendees' addresses name, which picks the company
    among several pieces. A role is only a piece with a word of a job in it. Each is at most
    200 characters.
    """
    folded_keywords = frozenset(word for keyword in keywords for word in _words(keyword))
    company = ""
    maybe_company = ""
    others: list[tuple[str, bool]] = []  # (piece, written in brackets)
    connector = ""
    for index, part in enumerate(_CUT.split(" ".join(title.split()))):
        if index % 2:  # a separator: remember whether it says what comes next
            connector = _fold(part.strip())
            continue
        piece = _strip_meeting_words(part.strip(), folded_keywords)
        if not piece:
            continue
        if connector in _COMPANY_AFTER and not company:
            company = piece
        elif connector in _COMPANY_OR_PEOPLE_AFTER:
            if not maybe_company and not _is_people(piece, people):
                maybe_company = piece
        elif not _is_invited(piece, people):
            others.append((piece, connector in ("(", "[")))
    company = company or maybe_company
    pieces = [(piece, aside) for piece, aside in others if _fold(piece) != _fold(company)]
    roles = [piece for piece, _ in pieces if _has_role_word(piece)]
    if not company:
        rest = [(piece, aside) for piece, aside in pieces if piece not in roles]
        named = [piece for piece, _ in rest if domain_company and _same_name(piece, domain_company)]
        # "Entretien – Growth – Icsco": the company comes last, and an aside in brackets
        # ("Entretien Icsco (Lyon)") is a place or a detail before it is a company.
        plain = [piece for piece, aside in rest if not aside]
        company = next(iter(named), "") or (plain[-1] if plain else (rest[-1][0] if rest else ""))
    return TitleGuess(company[:200], (roles[0] if roles else "")[:200])


def _same_name(piece: str, company: str) -> bool:
    """Whether ``piece`` and ``company`` name the same company ("Lumière" and "Lumiere Analytique")."""
    a, b = ("".join(_words(text)) for text in (piece, company))
    return bool(a and b) and (a in b or b in a)


def company_from_domain(emails: Sequence[str], own: Collection[str]) -> str:
    """The company the attendees' e-mail domain names ("lumiere-analytique.fr" → "Lumiere
    Analytique"), leaving out the user's own addresses and webmails; "" when none does."""
    for email in emails:
        domain = email.rpartition("@")[2].lower()
        if domain and email.lower() not in own and domain not in GENERIC_DOMAINS:
            label = domain.split(".")[-2] if domain.count(".") >= 1 else domain
            return " ".join(word.capitalize() for word in re.split(r"[-_]", label) if word)
    return ""
