"""A proof point typed as a CV line, said as the candidate's own sentence.

Candidates paste their proof points from a CV: "Led the Kyriba migration for 40 bank
accounts", "2024: ran a 10-week oral history project", "Lycée viticole de Rouffach : pendant
deux vendanges, j'ai encadré 8 apprentis", "Réduit de 30 % les délais de livraison". A message
cannot put such a line after "It is familiar ground for me:" nor before ", and I would build
on that experience here" (round 39: CRAFT R19). ``first_person`` gives the line its subject
and turns its label into an opening phrase:

- "Led the migration…" → "I led the migration…"; "Réduit de 30 % les…" → "J’ai réduit de 30 % les…";
- "2024: ran…" → "In 2024, I ran…"; "2023-2026: …" → "From 2023 to 2026, I…"; "Depuis 2023 : j’anime…";
- "Ryanair, 2022: built…" → "At Ryanair in 2022, I built…";
- "Cape Breton Regional Hospital, 2023-2026: charge nurse on a step-down unit" → "At Cape Breton
  Regional Hospital, from 2023 to 2026, I was charge nurse on a step-down unit";
- "Lycée viticole de Rouffach : pendant deux vendanges, j’ai encadré…" → "Au Lycée viticole de
  Rouffach, pendant deux vendanges, j’ai encadré…".

A line it cannot give a subject with confidence keeps its words, its label said last so that
no message puts a second colon after its own: "Université de Neuchâtel, 2026 : mémoire de
Master sur…" → "Mémoire de Master sur… (Université de Neuchâtel, 2026)". Nothing is ever
guessed into a claim.

Pure: one string in, one string out; total on any string.
"""

from __future__ import annotations

import re

from lastimpression.core.compose.phrasing import counted
from lastimpression.core.grammar import company_forms, in_english_sentence, role_in_sentence
from lastimpression.core.placefinder import is_city

__all__ = ["first_person", "has_subject"]

# English verbs a CV line starts with, in the past tense, that do not end in "-ed".
_IRREGULAR_PAST = frozenset(
    ["led", "built", "ran", "grew", "cut", "made", "won", "set", "wrote", "drove", "took", "brought", "oversaw",
     "taught", "sold", "began", "became", "rebuilt", "held", "kept", "gave", "chose", "undertook", "rewrote",
     "spun", "stood", "put", "shot", "co-led", "co-wrote", "sped", "fought", "bought", "met", "spent", "sent",
     "lent", "found", "hit", "did", "overtook"]
)  # fmt: skip
# "-ed" words that open a CV line as adjectives, not as the candidate's action.
_NOT_ACTIONS = frozenset(
    ["based", "located", "certified", "qualified", "experienced", "skilled", "seasoned", "dedicated", "motivated",
     "accredited", "registered", "licensed", "chartered", "detail-oriented", "results-oriented", "self-motivated",
     "bilingual", "interested", "passionate"]
)  # fmt: skip
# French past participles a CV line starts with, when they are not "-é" ("Réduit de 30 %…").
_FRENCH_IRREGULAR = frozenset(
    ["réduit", "conduit", "construit", "produit", "introduit", "traduit", "écrit", "décrit", "inscrit", "mis",
     "remis", "pris", "repris", "appris", "conçu", "obtenu", "maintenu", "soutenu", "tenu", "suivi", "ouvert",
     "couvert", "découvert", "offert", "fait", "refait", "défini", "établi", "bâti", "réussi", "choisi", "atteint",
     "rejoint", "dépassé", "vendu", "rendu", "acquis", "conquis", "promu"]
)  # fmt: skip
_FRENCH_DETERMINERS = frozenset(
    ["le", "la", "les", "l'", "l’", "un", "une", "des", "de", "du", "d'", "d’", "mon", "ma", "mes", "notre", "nos",
     "son", "sa", "ses", "plus", "près", "pour", "en", "à", "au", "aux", "avec", "chaque", "deux", "trois",
     "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"]
)  # fmt: skip
_SUBJECT_EN = re.compile(r"\b(?:I|I['’](?:ve|d|m)|we|We)\b")
_SUBJECT_FR = re.compile(r"(?:^|[\s,;:(])(?:[jJ]['’]|[jJ]e\s|[nN]ous\s|[jJ]['’]ai\b)")
_YEARS = r"(?:19|20)\d\d"
_PERIOD = re.compile(
    rf"^(?P<from>{_YEARS})(?:\s*[-–—]\s*(?P<to>{_YEARS}|\d\d|present|today|now|aujourd['’]hui|auj\.?))?$", re.IGNORECASE
)
# A label that is already an opening phrase: "Depuis 2023", "Since 2021", "In 2024".
_OWN_PERIOD = re.compile(
    rf"^(?:(?:Depuis|En|Dès|Since|In|From)\s+{_YEARS}|(?:De|From|Between)\s+{_YEARS}\s+(?:à|to|and)\s+{_YEARS})$",
    re.IGNORECASE,
)
# "Label: rest" (a colon after a short label, a space before it in French).
_LABELLED = re.compile(r"^(?P<label>[^:;.!?]{2,80}?)\s*:\s+(?P<rest>\S.*)$", re.DOTALL)
# An English opening phrase before a subjectless verb: "In 2024, ran…", "At Ryanair, built…".
_EN_OPENING = re.compile(
    r"^(?P<opening>(?:In|At|For|During|Since|From|Over|While at|With)\b[^,]{1,70},\s+)(?P<rest>.+)$"
)
# "Label – rest" (a dash after a label: "TfW, Machynlleth depot 2021–24 – cut exam overruns…").
_DASHED = re.compile(r"^(?P<label>(?:[^–—:;.!?]|(?<=\d)[–—](?=\d)){2,80}?)\s+[–—]\s+(?P<rest>\S.*)$", re.DOTALL)
# "Project Architect, Reiach and Hall – led RIBA Stages 2–5…" after a period.
_ROLE_AT = re.compile(r"^(?P<role>[^,–—]{2,50}), (?P<employer>[^,–—]{2,60}) [–—] (?P<action>\S.+)$", re.DOTALL)
_ROLE_HEADS = frozenset(
    ["nurse", "manager", "lead", "engineer", "analyst", "officer", "assistant", "coordinator", "director", "head",
     "supervisor", "technician", "consultant", "developer", "designer", "intern", "trainee", "teacher", "lecturer",
     "researcher", "scientist", "accountant", "advisor", "adviser", "specialist", "administrator", "architect",
     "auditor", "buyer", "chef", "clerk", "controller", "curator", "editor", "instructor", "midwife", "operator",
     "paramedic", "pharmacist", "planner", "producer", "programmer", "receptionist", "representative", "secretary",
     "surveyor", "therapist", "tutor", "volunteer", "agent", "associate", "captain", "pilot", "trainer"]
)  # fmt: skip


def has_subject(text: str) -> bool:
    """Whether ``text`` says its first-person subject ("I led…", "j’ai…", "nous avons…")."""
    return bool(_SUBJECT_EN.search(text) or _SUBJECT_FR.search(" " + text))


def first_person(point: str, language: str) -> str:
    """``point`` said as the candidate's sentence in ``language`` ("fr" or "en"), or as typed
    when it already is one or cannot be read (see the module's docstring)."""
    text = point.strip()
    if not text:
        return point
    if language == "fr":
        return _lowered_role(_french_tail(_french(text) or _result_after_colon(text) or point))
    return _english_tail(_articled(_their_own(_english(text) or point)))


# Round 135 (two C's): "…with 18,000 members - reviewed and rewrote the assessment", a second deed
# after a dash: "…with 18,000 members, and reviewed and rewrote…" (the candidate's "I" shared).
_ENGLISH_MORE_DONE = re.compile(
    r"\s+[-–—]\s+(?=(?:[a-z]+ed|ran|led|built|wrote|rewrote|set up|cut|made|took|grew|drove|won|brought|oversaw|"
    r"taught|began|kept|sold|met|spent)\b)"
)


# Round 137 (two C's): "I led a near-miss reporting push in 2025, reports went from…", a comma
# splice: "…, and reports went from…".
_ENGLISH_SPLICE = re.compile(
    r",\s+(?=(?:[a-z][\w-]*|[A-Z]{2,6}) (?:(?:[A-Za-z][\w-]*) ){0,3}(?:went|rose|fell|dropped|grew|increased|decreased|climbed|doubled|tripled|"
    r"halved|jumped)\b)"
)


# A CV line's date after a comma, at its end (rounds 136-137, C's: "…at Shannon, 2022-2027",
# « …pour parents, 2025 »): said in the sentence, "in 2025", "from 2022 to 2027", « en 2025 ».
_DATED_END = re.compile(
    rf"(?:,\s+(?P<start>{_YEARS})(?:\s*[-–]\s*(?P<end>{_YEARS}|\d\d))?|(?:\s(?:en|in))?\s(?P<from>{_YEARS})\s*[-–]\s*(?P<to>{_YEARS}))"
    r"(?P<stop>[.!]?)$"
)


def _dated_end(said: str, language: str) -> str:
    found = _DATED_END.search(said)
    if not found:
        return said
    start, end = found["start"] or found["from"], found["end"] or found["to"]
    if end and len(end) == 2:
        end = start[:2] + end
    if end:
        span = f"de {start} à {end}" if language == "fr" else f"from {start} to {end}"
    else:
        span = f"en {start}" if language == "fr" else f"in {start}"
    return f"{said[: found.start()]} {span}{found['stop']}"


_ENGLISH_COMMA_DONE = re.compile(
    r",\s+(?=(?!(?:based|located|focused|centred|centered|dedicated|specialised|specialized|named|called|rated|"
    r"ranked|certified|qualified|accredited|licensed|registered|used|shared|supported|funded|owned|listed|"
    r"required|needed|including|excluding)\b)(?:[a-z]{3,}ed|kept|cut|ran|led|built|wrote|grew|drove|won|brought|"
    r"oversaw|took|made|sold|taught|set up|cut)\s+(?:it|them|the|a|an|our|my|\d|over|up|down|on|out|[a-z]+s\b))"
)


def _english_tail(said: str) -> str:
    if not said.startswith("I ") or " and I " in said:
        return said
    said = _dated_end(said, "en")
    # (Round 140: "…base 2022–2026, up to 14 CTVs…" → "…base from 2022 to 2026, with up to 14 CTVs…".)
    said = re.sub(rf",?\s({_YEARS})\s*[-–]\s*({_YEARS})(?=,)", r" from \1 to \2", said)
    said = re.sub(r",\s+(?=up to \d)", ", with ", said)
    said = _ENGLISH_SPLICE.sub(", and ", said, count=1)
    said = _ENGLISH_MORE_DONE.sub(", and ", said, count=1)
    if ", and " not in said:
        # Round 143 (three C's): "…at a Houston hospital, kept it open 24/7 during construction".
        said = _ENGLISH_COMMA_DONE.sub(", and ", said, count=1)
    return said


# What a French CV line adds after its first deed (round 130, three C's): « …, formé 60 opérateurs »
# (the candidate's own « j’ai » shared: « … et formé 60 opérateurs »), « … et formation de 11
# collaborateurs » (a second noun with its article: « et la formation de… »).
_FRENCH_MORE_DONE = re.compile(
    r",\s+(?=(?:formé|encadré|géré|piloté|déployé|recruté|accompagné|lancé|créé|animé|coordonné|réduit|supervisé|"
    r"conduit|rédigé|organisé|mis en place|ouvert|fermé|négocié|audité|intégré)\s+(?!par\b))"
)
_FRENCH_MORE_NOUN = {
    "formation": "la", "mise en place": "la", "création": "la", "refonte": "la", "migration": "la",
    "recrutement": "le", "déploiement": "le", "suivi": "le", "pilotage": "le", "lancement": "le",
    "rédaction": "la", "gestion": "la", "coordination": "la", "animation": "l’", "encadrement": "l’",
    "organisation": "l’", "intégration": "l’", "ouverture": "l’", "accompagnement": "l’",
}  # fmt: skip


# What a French CV line lists after its deed, with no verb (round 136, three C's): « …à Québec,
# estimation et suivi de chantier » (never « estimation et le suivi »), « …à Saint-Pierre, 45
# intervenants et environ 220 bénéficiaires »: said in brackets.
_FRENCH_LIST_END = re.compile(r",\s+(?P<list>(?P<first>[^\W_][\w’'-]*)[^,;:()]*? et [^,;:()]+?)(?P<stop>[.!]?)$")
_NOT_A_LIST_HEAD = frozenset(
    """le la les l un une des du de d où dont avec pour soit puis et mais qui que sans sur dans en au aux à ce cet
    cette ces mon ma mes son sa ses notre nos leur leurs j je nous""".split()  # noqa: SIM905
)


def _bracketed_list(found: re.Match[str]) -> str:
    first = found["first"].lower().split("’")[0].split("'")[0]
    words = re.findall(r"[^\W\d_][\w-]*", found["list"].lower())
    if (
        first in _NOT_A_LIST_HEAD
        or first in _FRENCH_MORE_DONE.pattern
        or any(word.endswith(("é", "ée", "és", "ées")) and word not in _FRENCH_MORE_NOUN for word in words)
    ):
        return found[0]
    return f" ({found['list']}){found['stop']}"


def _lowered_role(said: str) -> str:
    """« (Animateur au Musée de la Boverie…) » → « (animateur au Musée…) »: a job noun in brackets
    is no name (round 137, a B)."""

    def lowered(found: re.Match[str]) -> str:
        word = found[1]
        # (Round 145, a C: « (Passage de mon équipe en 12 h en 2025) », a deed's noun too.)
        deed = word.lower() in _NOMINAL_VERBS or word.lower() in ("passage", "migration", "mise", "ouverture")
        return f"({word[:1].lower()}{word[1:]}" if word.lower() in _FRENCH_ROLES or deed else found[0]

    return re.sub(r"\(([A-ZÉ][a-zéèêàâîôûç]+)(?= )", lowered, said)


def _french_tail(said: str) -> str:
    if not said.startswith(("J’ai ", "j’ai ")):
        return said
    # Round 141 (a C): « …avec la PMI de Trinité, 2025-2026, 14 familles » → « … de 2025 à 2026 (14
    # familles) »: the date in the sentence, the count in brackets.
    counted_end = re.search(
        rf",\s+(?P<when>{_YEARS}(?:\s*[-–]\s*(?:{_YEARS}|\d\d))?),\s+(?P<count>\d[\d  ]*\s\S+(?: \S+)?)[.!]?$", said
    )
    if counted_end:
        said = f"{_dated_end(said[: counted_end.start()] + ', ' + counted_end['when'], 'fr')} ({counted_end['count']})"
    said = _dated_end(said, "fr")
    listed = _FRENCH_LIST_END.search(said)
    if listed and (
        said.startswith(("J’ai passé ", "J’ai été ", "j’ai passé ", "j’ai été ")) or listed["first"][:1].isdigit()
    ):
        bracketed = _bracketed_list(listed)
        if bracketed != listed[0]:
            return said[: listed.start()] + bracketed
    # Round 134 (two C's): « …au CPAS d’Anderlecht, suivi d’environ 60 dossiers » (a noun, never
    # « followed by »): « …, où j’ai assuré le suivi d’environ 60 dossiers ».
    said = re.sub(r",\s+suivi (?=d['’]|de |des |du )", ", où j’ai assuré le suivi ", said, count=1)
    if " et " not in said:
        said = _FRENCH_MORE_DONE.sub(" et ", said, count=1)
    nouns = "|".join(_FRENCH_MORE_NOUN)

    def article(found: re.Match[str]) -> str:
        noun = found[1]
        the = _FRENCH_MORE_NOUN[noun.lower()]
        return f" et {the}{noun}" if the.endswith("’") else f" et {the} {noun}"

    return re.sub(rf" et ({nouns})(?= (?:de|des|du|d’|d'))", article, said, count=1)


# A CV's object without its article: "I cut deferred items backlog by…", "I ran night shift of
# 22 pickers" (round 123, two C's), "I led 2nd shift of 38 associates" (round 135b, a B): "the"
# before a singular head that takes one.
_BARE_OBJECT = re.compile(
    r"^(?P<verb>I [a-z]+(?: up| out| down)?) (?!(?:the|a|an|my|our|their|its|his|her|this|that|every|each|all|"
    r"two|three|four|five|six|seven|eight|nine|ten|over|more|about|around|up|down|out|from|to|by|on|in|at)\b)"
    r"(?P<object>(?:\d+(?:st|nd|rd|th) |[A-Z]{2,5} )?[a-z][\w-]*(?: [a-z][\w-]*){0,3}?)(?P<rest>(?: (?:by|of|for|at|in|from|with|to|on|across|within|"
    r"under|and|[a-z]+ed)\b.*)?[.!…]?)$"
)


_PASSIVE = re.compile(
    r"^I (admitted|appointed|elected|called|promoted|seconded|shortlisted|nominated|selected) (to|as|for)\b"
)


def _articled(text: str) -> str:
    # Round 129 (three C's): "I was admitted to the Roll of Solicitors", never "I admitted to…".
    text = _PASSIVE.sub(r"I was \1 \2", text)
    found = _BARE_OBJECT.match(text)
    head = found["object"].rsplit(" ", 1)[-1] if found else ""
    if not found or not (counted(head) or head in ("team", "desk")):
        return text
    # "a team of 12 nurses", "a budget of £2m": one of its kind, counted; "the" otherwise.
    article = "the"
    if re.match(r" of [\d£$€]", found["rest"]) and not found["object"][:1].isdigit():
        article = "an" if found["object"][:1] in "aeio" else "a"
    return f"{found['verb']} {article} {found['object']}{found['rest']}"


# Round 54 (two C's): "I wrote the museum's first emergency salvage plan" read, in a message to a
# museum, as that museum's plan: the candidate's workplace is "my museum" when the line names none.
_THE_WORKPLACE = re.compile(
    r"\bthe (museum|hospital|library|school|firm|bank|hotel|store|plant|clinic|charity|gallery|council|practice)(['’]s)\b"
)
_NAMED_PLACE = re.compile(r"\b(?i:at|with|for) (?:the )?[A-Z][\w&’'-]+")


def _their_own(text: str) -> str:
    if _NAMED_PLACE.search(text):
        return text
    return _THE_WORKPLACE.sub(lambda found: f"my {found[1]}{found[2]}", text, count=1)


# A title held since a year before the candidate's clause: "Chartered Engineer (IET) since 2024,
# I mentor…" → "A Chartered Engineer (IET) since 2024, I mentor…" (round 87).
_TITLE_SINCE = re.compile(
    r"^(?!(?:At|In|With|For|From|On|During|Since|As|After|Before|Across|Over|Under|By|My|Our|The)\b)"
    r"(?P<what>(?:[A-Z][\w&/.’'-]*)(?: (?:[A-Z][\w&/.’'-]*|\([^()]{1,20}\)|of|and|in)){0,5}) since "
    r"(?P<year>(?:19|20)\d\d), (?P<rest>(?:I|we|with) \S.+)$"
)


def _english_title_since(text: str) -> str:
    found = _TITLE_SINCE.match(text)
    if not found:
        return ""
    what = found["what"]
    article = _indefinite(what.split(" ", 1)[0])
    if found["rest"].startswith("with "):
        # Round 108 (a B): "Chartered Engineer (Engineers Ireland) since 2024, with six years in
        # distribution design." → "I have been a Chartered Engineer… since 2024, with six years…".
        return f"I have been {article} {what} since {found['year']}, {found['rest']}"
    return f"{article.capitalize()} {what} since {found['year']}, {found['rest']}"


# A result typed as its measure and where it went: "OTP up from 78% to 86% over summer 2025"
# (round 131, a C: pasted as a headline) → "I brought OTP up from 78% to 86% over summer 2025".
_ENGLISH_MOVED = re.compile(
    r"^(?P<thing>(?!(?:I|We|My|Our)\b)[A-Za-z][\w/&’'-]*(?: [\w/&’'-]+){0,4}?) (?P<way>up|down) "
    r"(?P<rest>from [$€£]?[\d.,]+\S* to [$€£]?[\d.,]+.*)$"
)


# The same by how much (round 136, a C): "mispicks down 41% after re-slotting project in
# Manhattan Associates WMS" → "I brought mispicks down by 41% through a re-slotting project…".
_ENGLISH_MOVED_BY = re.compile(
    r"^(?P<thing>(?!(?:I|We|My|Our)\b)[A-Za-z][\w/&’'-]*(?: [\w/&’'-]+){0,4}?) (?P<way>up|down) (?:by )?"
    r"(?P<by>[\d.,]+ ?%)(?P<rest>(?: (?:after|with|through|via|thanks to|following) .*)?)$"
)


def _english_moved(text: str) -> str:
    found = _ENGLISH_MOVED.match(text) or _ENGLISH_MOVED_BY.match(text)
    if not found:
        return ""
    thing = found["thing"]
    if not thing.split(" ", 1)[0].isupper():
        thing = thing[:1].lower() + thing[1:]
    if "by" not in found.groupdict():
        return f"I brought {thing} {found['way']} {found['rest']}"
    rest = re.sub(r"^ (?:after|with|via|thanks to|following)\b", " through", found["rest"])
    rest = re.sub(
        r"^ through (?!(?:a|an|the|my|our)\b)(?=(?:[\w-]+ ){0,2}(?:project|programme|program|initiative|rollout|"
        r"overhaul|review|redesign)\b)",
        " through a ",
        rest,
    )
    return f"I brought {thing} {found['way']} by {found['by']}{rest}"


def _english(text: str) -> str:
    said = (
        _english_moved(text)
        or _english_title_since(text)
        or _english_held(text)
        or _english_years(text)
        or _english_held_since(text)
        or _english_holder(text)
        or _english_role_deed(text)
        or _english_licensed(text)
        or _english_role_line(text)
        or _english_role_since(text)
        or _english_handled(text)
        or _english_field_deed(text)
        or _english_holder_doing(text)
        or _english_counted(text)
    )
    if said:
        return said
    dashed = _DASHED.match(text)
    if dashed and not _SUBJECT_EN.search(dashed["label"]):
        # "TfW, Machynlleth depot 2021–24 – cut exam overruns…" (round 46)
        action, opening = _english_action(dashed["rest"]), _english_opening(dashed["label"])
        if action and opening:
            return f"{opening}, {action}"
    labelled = _LABELLED.match(text)
    if labelled and not _SUBJECT_EN.search(labelled["label"]):
        opening = _english_opening(labelled["label"])
        rest = labelled["rest"]
        if opening:
            said = _english_clause(rest)
            if said and opening.lower().startswith("since "):
                said = _present_perfect(said)
            if said:
                return f"{opening}, {said}"
        return _label_last(labelled["label"], _english_clause(rest) or rest)
    if _SUBJECT_EN.search(text):
        return ""
    opened = _EN_OPENING.match(text)
    if opened:
        said = _english_action(opened["rest"])
        return f"{opened['opening']}{said}" if said else ""
    said = _english_action(text)
    return said[:1].upper() + said[1:] if said else ""


# A clause whose subject is the candidate's own work: "my shift handover sheet cut…", "my team
# delivered…" (a subject of its own, said after the label's opening).
_MY_THING_DID = re.compile(
    r"^[Mm]y (?:[\w&/-]+ ){1,4}?(?:\w+ed|cut|led|ran|built|brought|kept|made|won|set|grew|drove|took)\b"
)
_DATED = re.compile(rf"^(?P<when>(?:En|Depuis|Dès) {_YEARS}, )(?P<rest>\S.+)$")
# A season typed as a CV label, with its year ("Saison 2024 à Mirabel", "Saison d’hiver
# 2023-2024 à Gstaad", "Summer 2024 at Alton Towers").
_FRENCH_SEASON = re.compile(
    rf"^(?P<word>[Ss]aison|[Cc]ampagne|[ÉéEe]té|[Hh]iver)(?P<rest>(?: d[’'][^\W\d_]+)? {_YEARS}\b.*)$"
)
_ENGLISH_SEASON = re.compile(rf"^(?P<word>[Ss]ummer|[Ww]inter|[Ss]pring|[Aa]utumn)(?P<rest> {_YEARS}\b.*)$")
# What the candidate had in their charge: "3 200 m² de tomates et 11 saisonniers sous ma
# supervision" → "j’ai eu … sous ma supervision" (round 58: a line with no verb).
_FRENCH_IN_CHARGE = re.compile(
    r"^(?P<what>[^:;]+?) (?P<how>sous ma (?:supervision|responsabilité|direction))(?P<rest>\W*)$"
)
_ENGLISH_IN_CHARGE = re.compile(
    r"^(?P<what>[^:;]+?) (?P<how>under my (?:supervision|management|responsibility|leadership))(?P<rest>\W*)$"
)


def _english_clause(rest: str) -> str:
    """The part after a label: kept when it has its subject, given "I" before its verb, "I was"
    before a role ("charge nurse on a 24-bed unit"); "" otherwise."""
    if _MY_THING_DID.match(rest):
        return rest[:1].lower() + rest[1:]  # "my shift handover sheet cut repeat defects by 22%" (round 60)
    charge = _ENGLISH_IN_CHARGE.match(rest)
    if charge and not _SUBJECT_EN.search(charge["what"]):
        return f"I had {charge['what'][:1].lower() + charge['what'][1:]} {charge['how']}{charge['rest']}"
    first = rest.split(" ", 1)[0]
    if first in ("I", "We", "we") or first.startswith(("I’", "I'")):
        return rest
    if _SUBJECT_EN.search(rest):
        return ""
    action = _english_action(rest) or _english_years(rest) or _english_counted(rest)
    if action:
        return action  # round 70: "2018-2023: five years on the hangar floor…" → "…, I spent five years…"
    role_first = re.match(r"^(?P<role>[^,;:]{3,50}), (?P<action>\S.+)$", rest)
    if role_first and _is_role(role_first["role"]) and not _SUBJECT_EN.search(role_first["role"]):
        done = _english_action(role_first["action"])
        if done:
            # Round 96 (a C): "NEBOSH-certified trainer, ran GWO refreshers…" → "as a NEBOSH-certified
            # trainer, I ran GWO refreshers…".
            role = role_first["role"]
            return f"as {_indefinite(role.split(' ', 1)[0])} {role}, {done}"
    role_at = _ROLE_AT.match(rest)
    if role_at and _is_role(role_at["role"]) and _name_like(role_at["employer"]):
        done = _english_action(role_at["action"])
        if done:
            return f"as {role_at['role']} at {in_english_sentence(role_at['employer'])}, {done}"
    head = re.split(r"\s+(?:on|of|for|in|at|with|across|to|,)\s+|,", rest, maxsplit=1)[0].split()
    if head and len(head) <= 4 and head[-1].lower().rstrip(",") in _ROLE_HEADS:
        return f"I was {rest}"
    return ""


_PARTICIPLES = {
    "ran": "run", "grew": "grown", "wrote": "written", "drove": "driven", "took": "taken", "gave": "given",
    "chose": "chosen", "began": "begun", "became": "become", "oversaw": "overseen", "undertook": "undertaken",
    "rewrote": "rewritten", "overtook": "overtaken", "did": "done", "co-wrote": "co-written", "spun": "spun",
}  # fmt: skip


def _present_perfect(clause: str) -> str:
    """ "I led the team" → "I have led the team" (after "since")."""
    found = re.match(r"^I (\S+) ", clause)
    if not found:
        return clause
    verb = found[1]
    if verb not in _IRREGULAR_PAST and not verb.endswith("ed"):
        return clause
    return f"I have {_PARTICIPLES.get(verb, verb)} {clause[found.end() :]}"


def _english_action(text: str) -> str:
    """ "Led the migration…" → "I led the migration…"; "" when ``text`` does not open with a
    verb in the past tense."""
    first, _, rest = text.partition(" ")
    word = first.lower()
    if word in ("responsible", "accountable") and rest.startswith("for "):
        return f"I was {word} {rest}"  # "Responsible for payroll…" (round 43)
    if not rest or word in _NOT_ACTIONS or not first[:1].isalpha():
        return ""
    if word in _IRREGULAR_PAST:
        return f"I {word} {rest}"
    qualifier, hyphen, participle = first.rpartition("-")
    predicate = first.endswith(",") or rest.split(" ", 1)[0] in ("and", "with", "since", "in", "through", "by")
    qualified = qualifier.isupper() or any(char.isdigit() for char in qualifier)
    if hyphen and participle.rstrip(",").endswith("ed") and qualified:
        # Round 81: "GWO-certified and BOSIET-trained" is what the candidate was, not a deed;
        # "ISO-certified 3 plants" is one, "PRINCE2-qualified project manager" neither.
        if predicate:
            return f"I {'have been' if rest.startswith('since ') else 'was'} {first} {rest}"
        deed = rest[:1].isdigit() or rest.split(" ", 1)[0] in ("a", "an", "the", "my", "our", "all", "every")
        return f"I {first} {rest}" if deed else ""
    # "Automated 18 reconciliations", never "United Way campaign…" (a name) nor "Speed…".
    # Round 62: "Planned CityJet's first A320neo campaign" (an object that is a brand, an
    # acronym or someone's) is an action too.
    owner = rest.split(" ", 1)[0]
    # Round 137 (a C): "Planned A-checks and C-checks…", an object whose first part is a letter.
    named_object = (
        owner.endswith(("'s", "’s"))
        or any(char.isupper() for char in owner[1:])
        or bool(re.match(r"[A-Z0-9]+-", owner))
    )
    if word.endswith("ed") and len(word) > 4 and word not in _ED_NOUNS and (not rest[:1].isupper() or named_object):
        return f"I {word} {rest}"
    return ""


# A standing held (round 138, two C's): "Licensed in Illinois since 2023" → "I have been
# licensed in Illinois since 2023", "Certified in AMOS" → "I am certified in AMOS".
_LICENSED = re.compile(
    r"^(?P<held>Licensed|Certified|Registered|Accredited|Chartered|Qualified)\s+(?P<rest>(?:in|as|with|to|by|for)\s.+?)[.!]?$"
)


def _english_licensed(text: str) -> str:
    found = _LICENSED.match(text)
    if not found:
        return ""
    held, rest = found["held"].lower(), found["rest"]
    if re.search(r"\bsince (?:19|20)\d\d\b", rest):
        return f"I have been {held} {rest}"
    return f"I am {held} {rest}"


# A role held, and where (round 140, two C's): "Meitheal lead practitioner on 14 cases in Finglas
# 2023-2026" → "I was a Meitheal lead practitioner on 14 cases in Finglas from 2023 to 2026" (never
# lowered to "meitheal" after a colon).
_ROLE_LINE = re.compile(
    r"^(?P<role>(?:[A-Z][\w’'-]*\s)?(?:[a-z][\w-]*\s){0,3}(?:practitioner|coordinator|manager|lead|officer|engineer|"
    r"analyst|planner|supervisor|nurse|worker|advisor|adviser|specialist|consultant|technician|assistant|"
    r"representative|paralegal|dispatcher|scheduler|buyer|inspector|surveyor|teacher|trainer))\s(?P<prep>on|at|for|in)\s"
    r"(?P<rest>\S.+?)[.!]?$"
)


def _english_role_line(text: str) -> str:
    found = _ROLE_LINE.match(text)
    if not found or _SUBJECT_EN.search(found["rest"]) or "," in found["role"]:
        return ""
    return f"I was {_a_role(found['role'])} {found['prep']} {found['rest']}"


# A role held to this day (round 143b, two C's): "deputy front office manager, 210-room hotel in
# Killarney, 2023-now" → "Since 2023, I have been a deputy front office manager at a 210-room hotel
# in Killarney".
_ROLE_SINCE = re.compile(
    rf"^(?P<role>[A-Za-z][\w &/-]{{2,50}}?(?:manager|coordinator|officer|lead|supervisor|engineer|analyst|planner|"
    rf"nurse|advisor|adviser|specialist|consultant|technician|assistant|director|head of [\w ]+)),\s+"
    rf"(?P<org>[^,]{{3,60}}),\s+(?P<start>{_YEARS})\s*[-–]\s*(?:now|present|today|date|current)[.!]?$",
    re.IGNORECASE,
)


def _english_role_since(text: str) -> str:
    found = _ROLE_SINCE.match(text)
    if not found or _SUBJECT_EN.search(text):
        return ""
    org = found["org"]
    if org[:1].isdigit() or org[:1].islower():
        org = f"{_indefinite(org.split(' ', 1)[0])} {org}"
    return f"Since {found['start']}, I have been {_a_role(found['role'])} at {org}"


# A duty typed as its noun (round 140, three C's): "Marine coordination for 84-turbine site, 2020-2026"
# → "I handled marine coordination for an 84-turbine site from 2020 to 2026".
_HANDLED = re.compile(
    r"^(?P<what>(?:[A-Za-z][\w-]* ){0,2}(?:coordination|management|planning|supervision|scheduling|dispatch|"
    r"administration)) (?P<prep>for|of|at|on|across) (?P<rest>\S.+?)[.!]?$"
)


def _english_handled(text: str) -> str:
    found = _HANDLED.match(text)
    if not found or _SUBJECT_EN.search(text):
        return ""
    what = found["what"]
    what = what if what.split(" ", 1)[0].isupper() else what[:1].lower() + what[1:]
    rest = re.sub(r"^(\d[\d,]*-[a-z]+ )", r"a \1", found["rest"])  # "for 84-turbine site" → "for a(n) 84-turbine site"
    return f"I handled {what} {found['prep']} {rest}"


# A field, then a deed done in it (round 141, a C): "seed & crop protection sales, grew territory
# revenue 17% in 2025" → "In seed & crop protection sales, I grew territory revenue 17% in 2025".
_FIELD_DEED = re.compile(
    r"^(?P<field>[^,;:]{2,50}?\b(?:sales|marketing|operations|logistics|procurement|retail|banking|finance|"
    r"recruitment|recruiting|customer service|support|maintenance|construction|hospitality|manufacturing)),\s+"
    r"(?P<verb>[a-z]+ed|grew|ran|led|built|cut|won|brought|drove|made|kept|set up|sold|took)\b(?P<rest>.*)$",
    re.IGNORECASE,
)


def _english_field_deed(text: str) -> str:
    found = _FIELD_DEED.match(text)
    if not found or _SUBJECT_EN.search(found["field"]):
        return ""
    field = found["field"]
    field = field if field.split(" ", 1)[0].isupper() else field[:1].lower() + field[1:]
    return f"In {field}, I {found['verb']}{found['rest']}"


# A role, then a deed done in it (round 137, a C): "AMOS super-user, wrote my team's work package
# templates" → "As an AMOS super-user, I wrote my team's work package templates".
_ROLE_DEED = re.compile(
    r"^(?P<what>(?:[A-Za-z][\w/&.+-]* ){0,3}(?:super-?users?|champion|lead|coordinator|trainer|instructor|mentor|"
    r"rep|representative|admin|administrator|owner|specialist|manager|supervisor|officer|planner|engineer|analyst|"
    r"assessor|auditor|first aider)),\s+(?P<verb>[a-z]+ed|wrote|rewrote|ran|led|built|set up|cut|made|taught|kept|"
    r"grew|drove|won|brought|oversaw)\b(?P<rest>.*)$"
)


def _english_role_deed(text: str) -> str:
    found = _ROLE_DEED.match(text)
    if not found or found["what"].split(" ", 1)[0].lower() in ("the", "a", "an", "my", "our"):
        return ""
    return f"As {_a_role(found['what'])}, I {found['verb']}{found['rest']}"


def _a_role(role: str) -> str:
    """``role`` with its article, its first word lowered when it is a common word capitalised by
    habit ("Team lead" → "a team lead", "Marine coordinator" → "a marine coordinator"; "an AMOS
    super-user", "a Meitheal lead practitioner" kept)."""
    if role.split(" ", 1)[0].lower() in _COMMON_ROLE_WORDS:
        role = role[:1].lower() + role[1:]
    return f"{_indefinite(role.split(' ', 1)[0])} {role}"


_COMMON_ROLE_WORDS = frozenset(
    """team shift site project safety quality night day senior junior lead store warehouse floor area account
    product training health fire first deputy assistant super marine sales customer care support social maintenance
    planning logistics operations staff charge clinical ward community field""".split()  # noqa: SIM905
)


# "Part-66 B1.1 licence holder; I mentored five apprentices…" → "As a Part-66 B1.1 licence holder,
# I mentored five apprentices…" (round 62).
_HOLDER = re.compile(r"^(?P<what>[^;:,]{3,60}? holder)\s*[;:,]\s*(?P<rest>I\b.+)$")


def _english_holder(text: str) -> str:
    found = _HOLDER.match(text)
    return f"{_as_holder(found['what'])}, {found['rest']}" if found else ""


def _as_holder(what: str) -> str:
    """ "As a Part-66 B1.1 licence holder", "As an FAA A&P certificate holder"."""
    first = what.split(" ", 1)[0]
    if not (first.isupper() or any(c.isdigit() for c in first)) and first.isalpha() and first[1:].islower():
        what = first.lower() + what[len(first) :]
    return f"As {_indefinite(first)} {what}"


# "B1 licence holder certifying around 40 line checks a month (Eastern Airways, 2021-2026)." →
# "As a B1 licence holder at Eastern Airways, from 2021 to 2026, I certified around 40 line checks
# a month." (round 68).
_HOLDER_DOING = re.compile(
    r"^(?P<what>[^;:,()]{3,60}? holder) (?P<verb>[a-z]{3,}ing) (?P<rest>[^()]+?)"
    r"(?:\s*\((?P<label>[^()]+)\))?\.?$"
)
_ING_PAST = {
    "leading": "led", "running": "ran", "overseeing": "oversaw", "building": "built", "teaching": "taught",
    "making": "made", "writing": "wrote", "keeping": "kept", "doing": "did", "setting": "set", "holding": "held",
    "bringing": "brought", "selling": "sold", "giving": "gave", "taking": "took", "cutting": "cut",
    "planning": "planned", "signing": "signed", "getting": "got",
}  # fmt: skip


def _english_past(verb: str) -> str:
    """ "certifying" → "certified", "managing" → "managed", "leading" → "led"."""
    if verb in _ING_PAST:
        return _ING_PAST[verb]
    stem = verb[:-3]
    if stem.endswith("y"):
        return f"{stem[:-1]}ied"
    return f"{stem}ed"


def _english_holder_doing(text: str) -> str:
    found = _HOLDER_DOING.match(text.strip())
    if not found or found["verb"] in ("during", "including", "following"):
        return ""
    opening = _as_holder(found["what"])
    where = ""
    if found["label"]:
        place, when = _split_label(found["label"])
        period = _period(when.strip(), "en") if when.strip() else ""
        if (when.strip() and not period) or not (place.strip() and _name_like(place.strip())):
            return ""
        where = f" at {_english_place(place.strip())}" + (f", {period}" if period else "")
    return f"{opening}{where}, I {_english_past(found['verb'])} {found['rest'].strip()}."


# "40 engineers trained in borescope inspection" → "I trained 40 engineers in borescope
# inspection" (a count, what was counted and what the candidate did to it).
_COUNTED_DONE = re.compile(
    r"^(?P<count>\d[\d,]*\+?) (?P<what>(?:[A-Za-z][\w-]* ){0,2}[a-z][\w-]*s) (?P<verb>trained|hired|recruited|"
    r"onboarded|mentored|coached|assessed|supported|placed|audited|installed|repaired|treated|inspected|screened|"
    r"vaccinated|interviewed|resolved|processed|migrated|deployed|launched|opened|renovated|built|taught|housed|"
    r"rehoused|evaluated|counsel+ed|handled|shipped|sold|signed|certified|upskilled|retrained|triaged|delivered)"
    r"(?P<rest> (?:in|on|across|over|per|a|an|each|every|within|at|for|during|from|to|through|by|under|with|into|"
    r"since|between)\b.*|\.?)$"
)


def _english_counted(text: str) -> str:
    found = _COUNTED_DONE.match(text.strip())
    if not found:
        return ""
    rest = found["rest"].rstrip(".")
    return f"I {found['verb']} {found['count']} {found['what']}{rest}."


_ED_NOUNS = frozenset(["speed", "need", "needs", "feed", "breed", "hundred", "united", "limited", "seed"])


# A stint typed as a label: "Six-month secondment to ScottishPower Renewables".
_STINT = re.compile(
    r"^(?:\w+|\d+)-(?:month|year|week)s? (?:secondment|placement|internship|contract|assignment|posting|rotation)"
    r"\b[^,:;]{0,60}$",
    re.IGNORECASE,
)


def _english_opening(label: str) -> str:
    """ "2024" → "In 2024"; "2023-2026" → "From 2023 to 2026"; "Ryanair, 2022" → "At Ryanair in
    2022"; "Cape Breton Regional Hospital, 2023-2026" → "At Cape Breton Regional Hospital, from
    2023 to 2026"; "" for a label that is neither a period nor a name."""
    stint = _STINT.match(label.strip())
    if stint:  # round 97 (a C): never "At Six-month secondment to…"
        return f"During a {stint[0][:1].lower()}{stint[0][1:]}"
    season = _ENGLISH_SEASON.match(label.strip())
    if season:  # "Summer 2024 at Alton Towers" → "In summer 2024 at Alton Towers"
        return f"In {season['word'].lower()}{season['rest']}"
    place, when = _split_label(label)
    period = _period(when.strip(), "en")
    if period and not place:
        return period[:1].upper() + period[1:]
    name = (place if period else label).strip()
    role, _, employer = name.partition(" at ")
    if employer and _name_like(employer) and _is_role(role):
        # "Export Manager at Domaines Rouvinez (2021-2026)" → "As Export Manager at…, from…"
        return f"As {role} at {_english_place(employer)}" + (f", {period}" if period else "")
    name = re.sub(r"^(?:At|In)\s+", "", name)
    if is_city(name):
        # Round 73: "Chicago, 2024:" is a town, never "At Chicago".
        return f"In {name}" + (f" {period}" if period.startswith("in ") else f", {period}" if period else "")
    if not _name_like(name) and not (_name_like(name.rsplit(" ", 1)[0]) and name.split()[-1] in _PLACE_NOUNS):
        return ""
    at = f"At {_english_place(name)}"
    if not period:
        return at
    return f"{at} {period}" if period.startswith("in ") and "," not in at else f"{at}, {period}"


def _place_and_town(name: str) -> tuple[str, str]:
    """A CV label's place and its town after the last comma ("Taylor Farms, Yuma" → ("Taylor
    Farms", "Yuma")); the whole label and "" when the part after the comma is no town."""
    place, _, town = name.rpartition(",")
    if place and _town_like(town.strip()):
        return place.strip(), town.strip()
    return name.strip(), ""


def _english_place(name: str) -> str:
    """A CV label's place as said after "at": its town after "in" ("Taylor Farms in Yuma"), a
    site of a named employer with its possessive ("TfW's Machynlleth depot"), a name that ends on
    a common noun with "the" ("the Enbridge Gas contact centre")."""
    employer, _, site = name.rpartition(",")
    if employer and _name_like(employer) and site.split()[-1:] and site.split()[-1] in _PLACE_NOUNS:
        return f"{in_english_sentence(employer.strip())}'s {site.strip()}"
    place, town = _place_and_town(name)
    said = in_english_sentence(place)
    if said == place and place.split()[-1].islower() and not place.lower().startswith("the "):
        said = f"the {place}"
    return f"{said} in {town}" if town else said


# Common nouns an English place of work may end on ("Machynlleth depot", "contact centre").
_PLACE_NOUNS = frozenset(
    ["depot", "centre", "center", "site", "plant", "office", "branch", "store", "hospital", "unit", "ward",
     "warehouse", "hub", "campus", "school", "factory", "mill", "yard", "terminal", "station", "clinic", "lab"]
)  # fmt: skip


def _is_role(text: str) -> bool:
    """Whether ``text`` names a job ("Export Manager", "infirmière coordinatrice")."""
    words = {word.lower() for word in re.findall(r"[^\W\d_]+", text)}
    return 0 < len(text.split()) <= 6 and bool(words & (_ROLE_HEADS | _FRENCH_ROLES))


def _town_like(text: str) -> bool:
    """One to three capitalised words, no figure: "Haguenau", "Pointe-à-Pitre", "Milton Keynes"."""
    words = text.split()
    return 0 < len(words) <= 3 and all(word[:1].isupper() for word in words) and not any(c.isdigit() for c in text)


def _split_label(label: str) -> tuple[str, str]:
    """A label's place and period: "Ryanair, 2022" and "Taylor Farms, Yuma (2020-2025)" (the
    period in brackets), "" for a missing part."""
    bracketed = re.match(r"^(?P<place>.+?)\s*\((?P<when>[^()]+)\)$", label.strip())
    if bracketed and _PERIOD.match(bracketed["when"].strip()):
        return bracketed["place"].strip(" ,"), bracketed["when"]
    place, _, when = label.rpartition(",")
    if _PERIOD.match(place.strip()) and not _PERIOD.match(when.strip()):
        return when.strip(), place.strip()  # "2021-2023, Deloitte Houston"
    trailing = re.match(rf"^(?P<place>.*\D)\s+(?P<when>{_YEARS}(?:\s*[-–—]\s*\d\d(?:\d\d)?)?)$", label.strip())
    if not _PERIOD.match(when.strip()) and trailing and "," in trailing["place"]:
        return trailing["place"].strip(" ,"), trailing["when"]  # "TfW, Machynlleth depot 2021–24"
    return place, when


def _period(text: str, language: str) -> str:
    if _OWN_PERIOD.match(text):
        return text[:1].lower() + text[1:]
    found = _PERIOD.match(text)
    if not found:
        return ""
    start, end = found["from"], found["to"]
    if end and len(end) == 2 and end.isdigit():
        end = start[:2] + end  # "2021–24"
    if language == "fr":
        if not end:
            return f"en {start}"
        return f"depuis {start}" if not end[0].isdigit() else f"de {start} à {end}"
    if not end:
        return f"in {start}"
    return f"since {start}" if not end[0].isdigit() else f"from {start} to {end}"


def _name_like(text: str) -> bool:
    """A label that names a place or an employer: a capital, at most eight words, no number
    ("Été 2024" is a period this module does not read), and a proper noun last ("Lycée viticole
    de Rouffach", never "Prévisions hebdomadaires des groupes séminaires", round 46)."""
    words = text.split()
    last = words[-1].strip("()[],.") if words else ""
    return (
        bool(words)
        and len(words) <= 8
        and text[:1].isupper()
        and not any(char.isdigit() for char in text)
        and (len(words) == 1 or last[:1].isupper())
    )


# « 140 patients évalués chaque mois en consultation de la douleur » → « J’ai évalué 140 patients
# chaque mois… » (a count, what was counted and what the candidate did to it; round 68).
_FRENCH_COUNTED = re.compile(
    r"^(?P<count>\d[\d\u202f\u00a0 ]*) (?P<what>[^\W\d_]+s(?: [^\W\d_]+s)?) "
    r"(?P<done>(?:évalu|form|accompagn|recrut|trait|encadr|install|livr|répar|contrôl|audit|sign|plac|vaccin|opér|"
    r"intégr|gér|prépar|rénov|lanc|déploy|migr|négoci|conseill|orient|dépist|soign|examin|relog|tutor|coach|"
    r"inspect|diagnostiqu|vérifi|rencontr|embauch|titularis|reclass|hospitalis|dossi)ée?s|(?:suivi|accueilli|reçu|"
    r"vendu|construit|produit|ouvert|conduit|remis|instruit)e?s)"
    r"(?P<rest>(?: [^\W\d_].*)?)\.?$"
)


# « Avec l’association Lantant à Saint-Pierre, 12 visites en créole réunionnais… » → « …, j’ai animé
# 12 visites… » (round 70: sessions the candidate ran, typed with no verb).
_FRENCH_SESSIONS = re.compile(
    r"^(?:(?P<where>(?:[Aa]vec|[Cc]hez|[ÀA]|[Aa]u|[Aa]ux|[Pp]our) [^,:;]{2,80}), )?(?P<count>\d[\d\u202f\u00a0 ]*) "
    r"(?P<what>(?:visites|ateliers|animations|séances|sessions|formations|conférences|webinaires|balades|"
    r"rencontres|réunions)(?: [^\W\d_].*)?)\.?$"
)


def _french_counted(text: str) -> str:
    sessions = _FRENCH_SESSIONS.match(text.strip())
    if sessions and not _SUBJECT_FR.search(" " + sessions["what"]):
        said = f"j’ai animé {sessions['count'].strip()} {sessions['what'].rstrip('.')}."
        return f"{sessions['where']}, {said}" if sessions["where"] else said[:1].upper() + said[1:]
    found = _FRENCH_COUNTED.match(text.strip())
    if not found:
        return ""
    done = found["done"].removesuffix("s").removesuffix("e")  # « évaluées », « suivies » → « évalué », « suivi »
    rest = found["rest"].rstrip(".")
    return f"J’ai {done} {found['count'].strip()} {found['what']}{rest}."


# CV lines that open on what the candidate took part in, followed or was trained on, said with
# the verb they need: « Participation au passage… » → « J’ai participé au passage… » (round
# 132), « Suivi agronomique de 45 fermes » → « J’ai assuré le suivi agronomique de 45 fermes »
# (round 135), « formée sur le robot Da Vinci Xi » → « J’ai été formée sur… » (round 133, a C).
_FRENCH_OPENINGS = (
    (re.compile(r"^Participation (?P<to>à la |à l['’]|au |aux |à )(?P<rest>\S.+)$"), "J’ai participé {to}{rest}"),
    (
        re.compile(r"^Suivi (?P<kind>[a-zéè]+(?:ique|if|ier|al|el|aire|é)) (?P<rest>(?:de|des|du|d['’])\s?\S.+)$"),
        "J’ai assuré le suivi {kind} {rest}",
    ),
    (
        re.compile(r"^(?P<done>Form[ée]e?s?|Certifi[ée]e?s?|Habilit[ée]e?s?) (?P<rest>(?:sur|à|au|aux|en) \S.+)$"),
        "J’ai été {done} {rest}",
    ),
    # Round 139 (two C's): « Note de 4,7/5 dans les commentaires clients… » after a colon.
    (re.compile(r"^Note (?P<rest>(?:de|moyenne de) [\d,./ ]+\S*.*)$"), "J’ai obtenu une note {rest}"),
)


def _french_opening_deed(text: str) -> str:
    text = text[:1].upper() + text[1:]
    for pattern, said in _FRENCH_OPENINGS:
        found = pattern.match(text)
        if found:
            parts = found.groupdict()
            return said.format(**{**parts, "done": parts.get("done", "").lower()})
    return ""


def _french(text: str) -> str:
    said = _french_years(text) or _french_event(text) or _french_counted(text) or _french_opening_deed(text)
    if said:
        return said
    dated = _DATED.match(text)
    if dated and not _SUBJECT_FR.search(" " + dated["rest"]):
        # Round 65: "En 2024, migration de 14 000 ordres de travail…" → "En 2024, j’ai mené la
        # migration de 14 000 ordres de travail…".
        action = _french_action(dated["rest"])
        if action:
            return f"{dated['when']}{action[:1].lower()}{action[1:]}"
    if _FRENCH_NOMINAL.match(text):  # "Mise en place d’une checklist : retards ramenés de 14 % à 6 %"
        return _french_action(text)
    labelled = _LABELLED.match(text)
    if labelled and not _SUBJECT_FR.search(" " + labelled["label"]):
        rest = labelled["rest"]
        said = _french_clause(rest)
        opening = _french_opening(labelled["label"])
        if said and opening:
            return f"{opening}, {said[:1].lower() + said[1:] if not _keeps_capital(said) else said}"
        return _label_last(labelled["label"], said or rest)
    if _SUBJECT_FR.search(" " + text):
        return ""
    return _french_action(text)


def _label_last(label: str, rest: str) -> str:
    """A line this module cannot give a subject, its label said last so that no message puts
    a second colon after its own ("C’est un terrain que je connais : Université de Neuchâtel,
    2026 : mémoire…" → "… : mémoire de Master sur… (note 5,5), Université de Neuchâtel, 2026.")."""
    body = rest.strip().rstrip(".")
    if not body or ":" in body or not re.search(_YEARS, label):  # "Key result: 30% fewer delays"
        return ""
    body = body[:1].upper() + body[1:]
    label = label.strip()
    # Round 130 (two C's): « (stage d’été 2025 au MAPAQ…) », a CV's label noun in lower case.
    if (
        _OPENING_WORD.match(label)
        or _FRENCH_SEASON.match(label)
        or _ENGLISH_SEASON.match(label)
        or _LABEL_NOUN.match(label)
    ):
        label = label[:1].lower() + label[1:]  # "(since 2022 at PCL Constructors)", "(saison d’hiver 2023-2024…)"
    return f"{body}, {label}." if body.endswith(")") else f"{body} ({label})."


_LABEL_NOUN = re.compile(
    r"^(?:Stage|Stages|Alternance|Mission|Missions|Poste|Contrat|Mémoire|Projet|Saison|Saisons|Bénévolat|Service|"
    r"Emploi|Job|Remplacement|Intérim|Vacation|Vacations|Internship|Placement|Summer|Volunteer|Volunteering|Contract|"
    r"Project|Thesis|Dissertation|Secondment|Apprenticeship)\b(?! [A-Z])"
)
_OPENING_WORD = re.compile(r"^(?:Since|In|At|From|During|Between|Depuis|En|Dès|Pendant|De)\b")


def _french_clause(rest: str) -> str:
    if _SUBJECT_FR.search(" " + rest):
        return rest
    charge = _FRENCH_IN_CHARGE.match(rest)
    if charge:
        what = charge["what"] if _keeps_capital(charge["what"]) else charge["what"][:1].lower() + charge["what"][1:]
        return f"j’ai eu {what} {charge['how']}{charge['rest']}"
    first = re.split(r"[\s,]", rest, maxsplit=1)[0].lower()
    if first in _FRENCH_ROLES:
        return f"j’ai été {rest[:1].lower() + rest[1:]}"  # "2020-2023 : conseillère clientèle…" (round 43)
    return _french_action(rest)


# French job nouns a CV line after a period or a place may start with (said "j’ai été …").
_FRENCH_ROLES = frozenset(
    ["technicien", "technicienne", "conseiller", "conseillère", "agent", "agente", "coordinateur", "coordinatrice",
     "chef", "cheffe", "directeur", "directrice", "ingénieur", "ingénieure", "infirmier", "infirmière",
     "assistant", "assistante", "gestionnaire", "chargé", "chargée", "analyste", "comptable", "contrôleur",
     "contrôleuse", "acheteur", "acheteuse", "vendeur", "vendeuse", "formateur", "formatrice", "animateur",
     "animatrice", "juriste", "avocat", "avocate", "architecte", "vétérinaire", "pharmacien", "pharmacienne",
     "préparateur", "préparatrice", "éducateur", "éducatrice", "consultant", "consultante", "stagiaire",
     "apprenti", "apprentie", "responsable", "adjoint", "adjointe", "superviseur", "superviseure", "opérateur",
     "opératrice", "camionneur", "camionneuse", "chauffeur", "chauffeuse", "répartiteur", "répartitrice",
     "cuisinier", "cuisinière", "serveur", "serveuse", "caissier", "caissière", "magasinier", "magasinière",
     "cariste", "soudeur", "soudeuse", "électricien", "électricienne", "mécanicien", "mécanicienne", "plombier",
     "maçon", "réceptionniste", "secrétaire", "aide-soignant", "aide-soignante", "IDE", "sage-femme", "kiné",
     "kinésithérapeute", "ergothérapeute", "psychologue", "éducateur", "moniteur", "monitrice", "surveillant",
     "surveillante", "gardien", "gardienne", "concierge", "commercial", "commerciale", "développeur",
     "développeuse", "auditeur", "auditrice", "inspecteur", "inspectrice", "contremaître", "conducteur",
     "conductrice", "agronome", "géomètre", "dessinateur", "dessinatrice", "estimateur", "estimatrice"]
)  # fmt: skip


def _keeps_capital(text: str) -> bool:
    first = text.split(" ", 1)[0]
    return len(first) > 1 and first.isupper()


def _french_action(text: str) -> str:
    """ "Réduit de 30 % les délais" → "J’ai réduit de 30 % les délais"; "" when ``text`` does
    not open with a past participle followed by its object."""
    text = text[:1].upper() + text[1:]  # "2019-2023 : gestion d’une équipe…"
    nominal = _FRENCH_NOMINAL.match(text)
    if nominal:
        # "Mise en place d’un tableau de bord" → "J’ai mis en place un tableau de bord"; "Pilotage
        # de la migration" → "J’ai piloté la migration" (round 43).
        done = _NOMINAL_VERBS[nominal["noun"].lower().replace("oeuvre", "œuvre")]
        article = _OBJECT_ARTICLE[nominal["article"].lower().replace("'", "’")]  # "d’IDeaS" → "IDeaS"
        rest = text[nominal.end() :]
        if nominal["article"] == "de " and re.match(r"[A-Z]{2,}\b.* et de ", rest):
            # Round 135 (a B): « Rédaction de PAEF et de bilans phosphore » → « J’ai rédigé des PAEF
            # et des bilans phosphore », never « J’ai rédigé PAEF et de bilans ».
            return f"J’ai {done} des {rest.replace(' et de ', ' et des ', 1)}"
        return f"J’ai {done} {article}{rest}"
    if re.match(r"^Responsable (?:de|du|des|d['’])\s?\S", text):
        return f"J’ai été r{text[1:]}"  # "Responsable de la paie pour 400 salariés"
    said = _french_led(text) or _french_result(text) or _french_held(text)
    if said:
        return said
    first, _, rest = text.partition(" ")
    word = first.lower()
    following = rest.split(" ", 1)[0].lower() if rest else ""
    if not rest or not (word in _FRENCH_IRREGULAR or (word.endswith("é") and len(word) > 3)):
        return ""
    if (
        following not in _FRENCH_DETERMINERS
        and not following[:1].isdigit()
        and not following.startswith(("l'", "l’", "d'", "d’"))
    ):
        return ""
    if (following in ("de", "d'", "d’") or following.startswith(("d'", "d’"))) and word not in _BY_HOW_MUCH:
        return ""  # "suivi de 60 troupeaux" is a noun; "réduit de 30 %" a verb
    return f"J’ai {word} {rest}"


# French CV nouns of an action, and the candidate's verb for it.
_NOMINAL_VERBS = {
    "mise en place": "mis en place", "mise en œuvre": "mis en œuvre", "pilotage": "piloté", "gestion": "géré",
    "création": "créé", "animation": "animé", "conception": "conçu", "encadrement": "encadré",
    "coordination": "coordonné", "réalisation": "réalisé", "déploiement": "déployé", "lancement": "lancé",
    "refonte": "refondu", "automatisation": "automatisé", "rédaction": "rédigé", "négociation": "négocié",
    "recrutement": "recruté", "organisation": "organisé", "supervision": "supervisé", "structuration": "structuré",
    "suivi": "suivi", "implantation": "implanté", "accompagnement": "accompagné",
    # Round 87: « Planification des livraisons de 85 planteurs… » was left verbless.
    "planification": "planifié", "préparation": "préparé", "optimisation": "optimisé", "sécurisation": "sécurisé",
    "modernisation": "modernisé", "élaboration": "élaboré", "installation": "installé", "construction": "construit",
    "développement": "développé", "formation": "formé", "renégociation": "renégocié",
    "co-animation": "co-animé", "co-construction": "co-construit", "co-pilotage": "co-piloté",
    # Round 145 (a C): « Réduction de l’absentéisme de 9 % à 6 % (…) ».
    "réduction": "réduit", "amélioration": "amélioré", "augmentation": "augmenté", "diminution": "diminué",
    "harmonisation": "harmonisé",
}  # fmt: skip
_FRENCH_NOMINAL = re.compile(
    r"^(?P<noun>Mise en place|Mise en (?:œuvre|oeuvre)|Pilotage|Gestion|Création|Animation|Conception|Encadrement|"
    r"Coordination|Réalisation|Déploiement|Lancement|Refonte|Automatisation|Rédaction|Négociation|Recrutement|"
    r"Organisation|Supervision|Structuration|Suivi|Implantation|Accompagnement|Planification|Préparation|"
    r"Optimisation|Sécurisation|Modernisation|Élaboration|Installation|Construction|Développement|Formation|"
    r"Renégociation|Co-animation|Co-construction|Co-pilotage|Réduction|Amélioration|Augmentation|Diminution|"
    r"Harmonisation) "
    # (Round 135, three C's: « suivi d’environ 35 contrats » → « j’ai suivi environ 35 contrats ».)
    r"(?P<article>de la |de l['’]|du |des |d['’]un |d['’]une |de (?=\d)|d['’](?=[A-ZÉÈÀ])|d['’](?=environ )|"
    r"de (?=[A-ZÉÈÀ]|plus de |près de ))(?=\S)"
)
# The article of the object once the noun is a verb: "de la" → "la", "du" → "le", "d’un" → "un".
_OBJECT_ARTICLE = {
    "de la ": "la ", "de l’": "l’", "du ": "le ", "des ": "les ", "d’un ": "un ", "d’une ": "une ", "de ": "",
    "d’": "",
}  # fmt: skip


# Verbs a measure follows with "de" ("réduit de 30 % les délais").
_BY_HOW_MUCH = frozenset(
    ["réduit", "augmenté", "diminué", "accru", "baissé", "amélioré", "abaissé", "relevé", "allégé", "raccourci"]
)


def _french_opening(label: str) -> str:
    """ "2021" → "En 2021"; "2023-2026" → "De 2023 à 2026"; "Lycée viticole de Rouffach" → "Au
    Lycée viticole de Rouffach"; "Decathlon, 2024" → "Chez Decathlon, en 2024"; "" otherwise."""
    season = _FRENCH_SEASON.match(label.strip())
    if season:  # "Saison 2024 à Mirabel" → "Pendant la saison 2024 à Mirabel" (round 58)
        word = season["word"].lower()
        article = "l’" if word[:1] in "aeéiou" else "la "
        return f"Pendant {article}{word}{season['rest']}"
    place, when = _split_label(label)
    period = _period(when.strip(), "fr")
    if period and not place:
        return period[:1].upper() + period[1:]
    name = (place if period else label).strip()
    role, _, employer = name.partition(" chez ")
    if employer and _name_like(employer) and _is_role(role):
        # "Export Manager chez Domaines Rouvinez (2021-2026)" → "En tant qu’export manager chez
        # Domaines Rouvinez, de 2021 à 2026" (round 47).
        role = role_in_sentence(role, "fr")
        said = f"En tant qu’{role}" if role[:1].lower() in "aeiouéèêâîôûh" else f"En tant que {role}"
        return f"{said} chez {employer.strip()}" + (f", {period}" if period else "")  # as typed
    placed = _PLACED_LABEL.match(name)
    if placed and not period:
        # Round 65: "À la SNCB, atelier de Forest" (the place as the user said it, a site after it).
        return name
    name = re.sub(r"^(?:[Cc]hez|[Àà]|[Aa]u|[Aa]ux)\s+", "", name)  # "Chez Cise Réunion (2018-2022)"
    if is_city(name):
        return f"À {name}" + (f", {period}" if period else "")  # never « Chez Lyon »
    if not _name_like(name):
        return ""
    at = _french_at(name)
    at = at[:1].upper() + at[1:]
    return f"{at}, {period}" if period else at


_PLACED_LABEL = re.compile(
    r"^(?:[Àà] la|[Àà] l['’]|[Aa]u|[Aa]ux|[Cc]hez) [A-ZÉ][^,:;]{1,40}, (?:atelier|site|agence|usine|dépôt|entrepôt|service|unité|centre|magasin|plateforme|bureau) [^,:;]{2,40}$"
)


def _french_at(name: str) -> str:
    """ "au Lycée viticole de Rouffach", "à la Banque de France", "chez Decathlon", "à l’EHPAD
    Les Tilleuls, à Haguenau"."""
    core, town = _place_and_town(name)
    forms = company_forms(core)
    at = forms.a if forms.article else forms.chez
    return f"{at}, à {town}" if town else at


# French CV nouns of a piece of work the candidate led or carried out, said with the noun kept
# (round 46: "Passage au plein-vide sur 42 unités…" → "J’ai mené le passage au plein-vide…";
# "Cartographie des îlots de chaleur…" → "J’ai réalisé la cartographie des îlots de chaleur…").
_LED_NOUNS = {
    "passage": ("mené", "le"), "migration": ("mené", "la"), "transition": ("mené", "la"),
    "transformation": ("mené", "la"), "réorganisation": ("mené", "la"), "restructuration": ("mené", "la"),
    "modernisation": ("mené", "la"), "rénovation": ("mené", "la"), "digitalisation": ("mené", "la"),
    "dématérialisation": ("mené", "la"), "ouverture": ("mené", "l’"), "fermeture": ("mené", "la"),
    "intégration": ("mené", "l’"), "fusion": ("mené", "la"), "relocalisation": ("mené", "la"),
    "cartographie": ("réalisé", "la"), "audit": ("réalisé", "l’"), "étude": ("réalisé", "l’"),
    "diagnostic": ("réalisé", "le"), "analyse": ("réalisé", "l’"), "inventaire": ("réalisé", "l’"),
    "plan": ("mis en place", "un"), "astreinte": ("assuré", "l’"), "permanence": ("assuré", "la"),
}  # fmt: skip
_LED = re.compile(
    r"^(?P<noun>[^\W\d_]+)(?P<rest> (?:de|des|du|d['’]|au|aux|à|en|sur|vers|pour|chez)\b.+"
    # Round 130: « Migration Reflex vers Manhattan WMS en 2025 », a named system after the noun.
    r"| [A-Z][\w-]*(?: [A-Z][\w-]*)? (?:vers|à|en|sur)\b.+)$"
)


def _french_led(text: str) -> str:
    """ "Passage au plein-vide sur 42 unités" → "J’ai mené le passage au plein-vide sur 42
    unités"; "Plan de prévention des chutes, -31 %…" → "J’ai mis en place un plan de prévention
    des chutes, -31 %…"; "" for another line."""
    found = _LED.match(text)
    if not found:
        return ""
    noun = found["noun"].lower()
    if noun not in _LED_NOUNS:
        return ""
    verb, article = _LED_NOUNS[noun]
    if noun == "plan" and not found["rest"].startswith(" de "):
        return ""
    joined = f"{article}{noun}" if article.endswith("’") else f"{article} {noun}"
    return f"J’ai {verb} {joined}{found['rest']}"


# A result typed as its measure and a past participle: "NPS de l’agence passé de +12 à +38",
# "Ventes de vins … passées de 180 000 à 410 000 bouteilles", "Délais ramenés de 14 à 6 jours"
# (round 46: said by the candidate, "J’ai fait passer le NPS de l’agence de +12 à +38").
_RESULT = re.compile(
    r"^(?P<thing>[^\d:;]{3,90}?) (?P<verb>passé|ramené|réduit|abaissé|divisé|doublé|triplé|porté)"
    r"(?P<agreement>e?s?) (?P<rest>(?:de|par|à|sous|en) .+)$"
)


def _french_result(text: str) -> str:
    found = _RESULT.match(text)
    if not found or _SUBJECT_FR.search(" " + found["thing"]) or "," in found["thing"]:
        return ""
    thing, verb, agreement, rest = found["thing"], found["verb"], found["agreement"], found["rest"]
    thing = _with_article(thing, agreement)
    if not thing:
        return ""  # "Le NPS est passé…" is a sentence, "Les ventes passées…" left as typed
    if verb == "passé":
        if not rest.startswith("de "):
            return ""
        return f"J’ai fait passer {thing} {rest}"
    return f"J’ai {verb} {thing} {rest}"


# A qualification held: "Licence TEA M1 obtenue, avec un stage…" → "J’ai obtenu la licence TEA
# M1, avec un stage…".
_HELD = re.compile(
    r"^(?P<thing>[^\W\d_][^,:;]{2,60}?) (?P<verb>obtenu|validé|décroché)(?P<agreement>e?s?)(?P<rest>[ ,].*|)$"
)


def _french_held(text: str) -> str:
    found = _HELD.match(text)
    if not found or _SUBJECT_FR.search(" " + found["thing"]):
        return ""
    thing = _with_article(found["thing"], found["agreement"])
    return f"J’ai {found['verb']} {thing}{found['rest']}" if thing else ""


def _with_article(thing: str, agreement: str) -> str:
    """A noun phrase typed without its article, given the one its participle's agreement tells
    ("e", "s", "es"): "NPS de l’agence" + "" → "le NPS de l’agence", "licence TEA" + "e" → "la
    licence TEA", "écart" + "" → "l’écart"; "" when it already opens with a determiner."""
    first = thing.split(" ", 1)[0]
    if first.lower() in _FRENCH_DETERMINERS and not first.isupper():  # (round 132: « le DE IBODE »)
        return ""
    plural = agreement.endswith("s")
    article = "les " if plural else "la " if agreement.startswith("e") else "le "
    kept = _keeps_capital(first)
    word = first if kept else first[:1].lower() + first[1:]
    if not plural and not kept and word[:1].lower() in "aeiouéèêhâîôû":
        article = "l’"
    return f"{article}{word}{thing[len(first) :]}"


# A qualification typed alone: "NEBOSH National Diploma, 2022." → "I hold the NEBOSH National
# Diploma (2022)." (round 47).
_QUALIFICATION = re.compile(
    r"^(?P<what>[A-Z][^,:;()]{2,70}? (?:Diploma|Certificate|Degree|Certification|Qualification|Licence|License))"
    rf"(?:,?\s*\(?(?P<year>{_YEARS})\)?)?\.?$"
)


def _english_held(text: str) -> str:
    found = _QUALIFICATION.match(text.strip())
    if not found:
        return ""
    year = f" ({found['year']})" if found["year"] else ""
    return f"I hold the {found['what']}{year}."


_NUMBERS_EN = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
               "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]  # fmt: skip
# "Eight years as cabin crew with easyJet…" → "I spent eight years as cabin crew…"; "12 years of
# experience in…" → "I have 12 years of experience in…" (round 47).
_YEARS_AS = re.compile(
    rf"^(?P<count>\d{{1,2}}\+?|{'|'.join(_NUMBERS_EN)}) years? (?P<how>as|in|at|with|on|of) (?P<rest>.+)$",
    re.IGNORECASE,
)


def _english_years(text: str) -> str:
    found = _YEARS_AS.match(text)
    if not found:
        return ""
    count = found["count"] if found["count"][:1].isdigit() else found["count"].lower()
    if found["how"].lower() == "of":
        if not found["rest"].lower().startswith("experience"):
            return ""
        return f"I have {count} years of {found['rest']}"
    return f"I spent {count} years {found['how'].lower()} {found['rest']}"


# A qualification held since a year (round 57: "B1 licence with CFM56 and LEAP-1A type ratings
# since 2019" → "I have held a B1 licence with… since 2019"; round 56: "A&P certified since 2012,
# seven years on the line…" → "I have been A&P certified since 2012 and spent seven years on the
# line…").
_HELD_SINCE = re.compile(
    r"^(?P<what>(?:[\w&/+.-]+ ){0,4}?(?:[Ll]icen[cs]e|[Cc]ertificat(?:e|ion)|[Rr]atings?|[Qq]ualification|"
    r"[Dd]iploma|[Cc]ard|[Aa]uthori[sz]ation)\b[^,:;]{0,80}?) since (?P<year>(?:19|20)\d\d)(?P<rest>[,.].*|)$"
)
_CERTIFIED_SINCE = re.compile(
    r"^(?P<what>(?:[\w&/+.-]+ ){0,3}?(?:[\w&/+.]+-)?(?:certified|licensed|licenced)(?: on (?:the )?[\w/ -]{1,30}?)?) "
    r"since (?P<year>(?:19|20)\d\d)(?P<rest>[,.].*| \([^()]{1,30}\)\.?|)$"
)
_THEN_YEARS = re.compile(
    rf"^, (?P<count>\d{{1,2}}\+?|{'|'.join(_NUMBERS_EN)}) years? (?P<how>as|in|at|with|on) (?P<rest>[^,;:]+)\.?$",
    re.IGNORECASE,
)
# Letters whose name starts with a vowel sound: "an EASA licence", "an FAA certificate".
_VOWEL_LETTERS = frozenset("AEFHILMNORSX")


def _indefinite(word: str) -> str:
    """ "a" or "an" before ``word``: by the first letter's name for an acronym or a code said
    letter by letter ("an FAA certificate", "an MBA", "a Part-66 licence"), by its sound for a
    word or an acronym said as one ("a NEBOSH-certified trainer", "an IET member")."""
    letters = word.split("-")[0]
    if letters.isupper() or any(char.isdigit() for char in word):
        said_as_word = letters.isalpha() and len(letters) >= 5 and bool(re.search(r"[AEIOU]", letters[1:3]))
        if not said_as_word:
            return "an" if word[:1] in _VOWEL_LETTERS else "a"
    return "an" if word[:1].lower() in "aeiou" else "a"


def _english_held_since(text: str) -> str:
    certified = _CERTIFIED_SINCE.match(text)
    found = certified or _HELD_SINCE.match(text)
    if not found:
        return ""
    what, rest = found["what"], found["rest"]
    what = what.removesuffix(" holder")  # round 63: "FAA A&P certificate holder since 2016, with…"
    first = what.split(" ", 1)[0]
    if certified:
        said = f"I have been {what} since {found['year']}"
    else:
        if first.lower() in ("a", "an", "the", "my"):
            article = ""
        elif what.split(" with ")[0].split(" on ")[0].rstrip().endswith("s"):
            article = ""  # "type ratings on the A320 family since 2019"
        else:
            article = f"{_indefinite(first)} "
        if first.isalpha() and (first[1:].islower() or first.lower() in ("a", "an")):
            what = first.lower() + what[len(first) :]  # "Driving licence" → "a driving licence"
        said = f"I have held {article}{what} since {found['year']}"
    then = _THEN_YEARS.match(rest)
    if then:
        count = then["count"] if then["count"][:1].isdigit() else then["count"].lower()
        return f"{said} and spent {count} years {then['how'].lower()} {then['rest'].rstrip('.')}."
    if rest.startswith(" ("):
        return f"{said}{rest.rstrip('.')}."  # round 106: "…since 2019 (IAA Part-66)."
    if rest.startswith(", with ") and not re.search(r"[;:]", rest):
        return f"{said}{rest.rstrip('.')}."  # "…, with more than 2,000 line tasks signed off"
    if rest.startswith(","):
        return ""  # what follows the comma is read by nothing here
    return f"{said}."


_NUMBERS_FR = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
               "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt"]  # fmt: skip
# "Chez EDF SEI Martinique, six ans en exploitation des réseaux HTA/BT" → "Chez EDF SEI
# Martinique, j’ai passé six ans en exploitation…" (round 57).
_FRENCH_YEARS = re.compile(
    rf"^(?P<where>(?:[Cc]hez|[Àà]|[Aa]u|[Aa]ux)\s[^,:;]{{1,60}},\s*)?(?P<count>\d{{1,2}}|{'|'.join(_NUMBERS_FR)}) ans "
    r"(?P<how>en|à|au|aux|chez|dans|comme|sur) (?P<rest>.+)$",
    re.IGNORECASE,
)


# A role held for a while (rounds 136, C's): « 5 ans responsable de secteur dans un SAAD à
# Saint-Pierre » → « J’ai été responsable de secteur pendant 5 ans dans un SAAD… »; « faisant
# fonction de cadre 18 mois (…) » → « J’ai été faisant fonction de cadre pendant 18 mois (…) ».
_FRENCH_ROLE_FOR = re.compile(
    rf"^(?P<count>\d{{1,2}}|{'|'.join(_NUMBERS_FR)}) (?P<unit>ans|mois) (?P<role>(?P<head>[^\W\d_]+)(?: [^\s(),;:]+){{0,4}}?)"
    r"(?: (?P<how>dans|chez|à|au|aux|sur|pour)\s(?P<rest>.+))?$"
    r"|^(?P<role2>faisant fonction (?:de|d’|d')\s?[^\W\d_]+(?: de santé)?) (?P<count2>\d{1,2}|"
    + "|".join(_NUMBERS_FR)
    + r") (?P<unit2>ans|mois)\b(?P<rest2>.*)$",
    re.IGNORECASE,
)


def _french_role_for(text: str) -> str:
    found = _FRENCH_ROLE_FOR.match(text)
    if not found:
        return ""
    if found["role2"]:
        role = found["role2"]
        return (
            f"J’ai été {role[:1].lower()}{role[1:]} pendant {found['count2'].lower()} {found['unit2']}{found['rest2']}"
        )
    if found["head"].lower() not in _FRENCH_ROLES or _SUBJECT_FR.search(" " + (found["rest"] or "")):
        return ""
    role = found["role"]
    if not found["how"]:
        # Round 138 (a C): « 8 ans camionneur classe 1 Québec–Ontario » → « J’ai été camionneur
        # classe 1 (Québec–Ontario) pendant huit ans ».
        return f"J’ai été {_role_with_route(role)} pendant {found['count'].lower()} {found['unit']}"
    return f"J’ai été {role} pendant {found['count'].lower()} {found['unit']} {found['how'].lower()} {found['rest']}"


def _role_with_route(role: str) -> str:
    """A role's trailing places in brackets: « camionneur classe 1 Québec–Ontario » → « camionneur
    classe 1 (Québec–Ontario) »."""
    found = re.match(r"^(?P<role>.+?) (?P<places>[A-ZÉ][\w’'-]*(?:\s*[–—/-]\s*[A-ZÉ][\w’'-]*)+)$", role)
    return f"{found['role']} ({found['places']})" if found else role


def _french_years(text: str) -> str:
    found = _FRENCH_YEARS.match(text)
    if not found or _SUBJECT_FR.search(" " + found["rest"]):
        return _french_role_for(text)
    where = found["where"] or ""
    said = f"j’ai passé {found['count'].lower()} ans {found['how'].lower()} {found['rest']}"
    if where:
        return f"{where[:1].upper()}{where[1:]}{said}"
    return said[:1].upper() + said[1:]


# An event followed by what the candidate did there: "En 2024, ouverture de l’hôtel Six Senses
# Crans-Montana, où j’ai recruté…" → "En 2024, lors de l’ouverture de l’hôtel…, j’ai recruté…"
# (round 56: a verbless line before "où").
_EVENTS = {
    "ouverture": "de l’", "réouverture": "de la ", "lancement": "du ", "création": "de la ", "fusion": "de la ",
    "déménagement": "du ", "rénovation": "de la ", "construction": "de la ", "inauguration": "de l’",
    "migration": "de la ", "reprise": "de la ", "rachat": "du ", "passage": "du ", "démarrage": "du ",
    "mise en service": "de la ", "livraison": "de la ", "transformation": "de la ", "restructuration": "de la ",
}  # fmt: skip
_EVENT_WHERE = re.compile(
    r"^(?P<when>(?:En|Dès|Depuis|De)\s[^,]{4,30},\s*)?(?P<event>" + "|".join(_EVENTS) + r") "
    r"(?P<what>(?:de|du|des|d['’])[^,;:]{2,90}), où (?P<rest>(?:j['’]|nous ).+)$",
    re.IGNORECASE,
)


def _french_event(text: str) -> str:
    found = _EVENT_WHERE.match(text)
    if not found:
        return ""
    event = found["event"].lower()
    when = found["when"] or ""
    said = f"lors {_EVENTS[event]}{event} {found['what']}, {found['rest']}"
    return f"{when}{said}" if when else said[:1].upper() + said[1:]


# A sentence of the candidate's followed by a result typed as a measure and a participle:
# "Depuis 2023, je suis référente de la check-list HAS au bloc : taux de complétude passé de 82 %
# à 97 %." → "…au bloc, et le taux de complétude est passé de 82 % à 97 %." (round 59: a
# verbless fragment after a colon).
_COLON_RESULT = re.compile(r"^(?P<head>.+?)\s*:\s+(?P<result>[^:;]+?)(?P<end>[.!]?)$")


def _result_after_colon(text: str) -> str:
    found = _COLON_RESULT.match(text)
    if not found or not _SUBJECT_FR.search(" " + found["head"]):
        return ""
    result = _RESULT.match(found["result"])
    if not result or _SUBJECT_FR.search(" " + result["thing"]) or "," in result["thing"]:
        return ""
    thing = _with_article(result["thing"], result["agreement"])
    if not thing:
        return ""
    plural = result["agreement"].endswith("s")
    verb, agreement = result["verb"], result["agreement"]
    if verb == "passé":
        said = f"{'sont' if plural else 'est'} passé{agreement}"
    else:
        said = f"{'ont' if plural else 'a'} été {verb}{agreement}"
    return f"{found['head']}, et {thing} {said} {result['rest']}{found['end']}"
