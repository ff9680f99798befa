"""A topic as the candidate jotted it, made into what a sentence can hold (blind reviews 120-121).

Right after an interview people note what was said as they can: "plant tour - 2 new Bühler
cells", « rotations A350 Orly en haute saison, turnaround 1h45 », "Just Transition funding ends
2028", "Instagram / TikTok, peu de moyens", "small team, lots of turnover on nights". Pasted
after "our discussion of", such a note broke the sentence in 53 messages of two reviews.
``tidy`` keeps what was talked about and leaves the rest in the user's notes:

- a question put to the candidate (« comment je gère un conflit… ? », "asked how I handle
  pushback", "what would I do if…?") is no subject of theirs: left out, and so is a question the
  candidate noted for later (« véhicule fourni ? »: never turned into a claim);
- of a note and its comment (« la relève, beaucoup de producteurs proches de la retraite »,
  "driver shortages, still leaning on agency"), the subject: its first part;
- an observation ("small team", « grosse charge en mai », « peu de moyens ») is no subject to
  recall: left out; "lots of X" / « beaucoup de X » is said as the X;
- a note said as a clause ("Just Transition funding ends 2028") is said as its subject;
- shorthand in words: "+" and "/" as "and", "vs" as "or", "~20" as "about 20", « expo » as
  « exposition ».

Pure: strings in, a string out ("" when nothing can be recalled). Never re-interprets a topic
typed as a phrase: « la migration vers SAP, puis la refonte du CRM » keeps its first part only
because a comma-joined note is no phrase either.
"""

from __future__ import annotations

import re

from lastimpression.core.compose.phrasing import one_line
from lastimpression.core.folding import fold

__all__ = ["asks_the_candidate", "plain_contribution", "tidy"]

# A question put to the candidate, as noted: "asked how I…", « m'a demandé comment… », or the
# question itself in the candidate's voice ("how I would…", « comment je… », "why leave…").
_ASKED = re.compile(
    # (Never "customers asked for faster delivery", « la demande croissante »: subjects.)
    r"^(?:(?:he|she|they) )?(?:asked|wanted to know|wondered|quizzed me|grilled me|questions? (?:on|about) my)\b|"
    r"^[a-z-]+ (?:asked|wanted to know) (?:me|how|if|whether|what|why|when|where|about my|about a time)\b|"
    r"^(?:(?:il|elle|ils|elles|on|[a-z-]+) )?m['’ ]?(?:a|ont) (?:demande|interroge|questionne|pose)|"
    r"^(?:il|elle|ils|elles) (?:voulai(?:en)?t savoir|a demande)\b|"
    r"^(?:demande|interroge|questionne) (?:si|comment|pourquoi|ce que|quel|quelle|sur mon|sur ma)\b|"
    r"^(?:sa|ta|votre|leur|une) question (?:sur|de|du|des)\b|"
    r"^(?:how|what|why|would|could|can|do|did|where|when)\b.*\b(?:i|me|my|i['’]d|i['’]ll)\b|"
    r"^(?:comment|pourquoi|que|qu['’]est-ce|est-ce|quel|quelle|quels|quelles|ce que)\b.*\b(?:je|j['’]|me|m['’]|moi|mon|ma|mes)\b|"
    # Round 126 (two C's): « le comment tu gères un producteur qui veut pas changer ».
    r"^(?:le |la )?(?:comment|pourquoi|how|why)\b.*\b(?:tu|te|t['’]|toi|you|your)\b"
)
_ABOUT_SOMETHING = re.compile(
    r"^(?:why|how|what|when|where|pourquoi|comment|quand|ou)\s+(?:the|a|an|our|their|your|this|these|its|"
    r"le|la|les|l['’]|un|une|des|ce|cette|ces|vos|votre|nos|notre|leur|leurs)\b"
)
# An observation rather than a subject: what a note says of the team or the workload.
_OBSERVATION = re.compile(
    # (Never "high-risk patients", "heavy maintenance checks", « petite enfance », « grande
    # distribution », « gros œuvre », "no-show rates": subjects of their own.)
    r"^(?:(?:small|big|large|tiny|huge|young|busy|tight|heavy|high|low|petite?s?|grosse?s?|gros|grande?s?|jeunes?|"
    r"forte?s?|lourde?s?|enorme) (?:team|equipe|staff|budget|charge|workload|turnover|turn-over|effectifs?|moyens|"
    r"pressure|pression|activite)\b|"
    r"(?:lots? of|a lot of|many|few|little|not|no|still|very|peu|pas|que des|tres|trop) |"
    # Round 130 (a C): "struggling to keep subcontractors", a state with no subject.
    r"(?:struggling|battling|finding it hard|having trouble|du mal a|galere) )|"
    # Round 123 (a B): « équipe un peu épuisée » is a state quoted back, no subject.
    r"^\S+(?: \S+)? (?:un peu|a bit|plutot|assez|quite|rather|pretty) \w+$"
)
_PLENTY = re.compile(
    r"^(?:(?:lots of|a lot of|many|beaucoup de|plein de|de nombreux|de nombreuses)\s+|(?:beaucoup|plein) d['’]\s*)",
    re.I,
)
# A heading a note's detail follows ("plant tour - …", « visite du site : … »).
_HEADING = re.compile(r"^(?:[\w-]+ )?(?:tour|visit|walk(?:around|-round)?|demo|visite(?: \S+){0,3}|presentation)$")
# What a note says of its subject's state ("pick rate down since…", "change orders piling up").
_STATE = re.compile(
    r"(?<!\d)(?<!days)(?<!weeks)(?<!hours)(?<!months)(?<!jours)(?<!semaines)(?<!mois)(?<!heures)(?<!ing)\s(?:down|up|slipping|falling|dropping|rising|stalled|piling up|behind|late|lagging|high|low|"
    # Round 143 (a C): "TripAdvisor scores slipped last year".
    r"slipped|dropped|fell|fallen|declined|rose|risen|stalled|plateaued|"
    r"en baisse|en hausse|en retard|"
    # Round 145 (two C's): "the rent arrears up 20% since last year", a change noted with its figure.
    r"(?:up|down|en hausse de|en baisse de) (?:by )?\d+(?:[.,]\d+)? ?%(?: since (?:last )?\w+)?)"
    r"\b(?=\s+(?:since|after|because|from|depuis|due|last|this|over|in)\b|\s*$)"
)
# What is done for the people a note names ("Irish Traveller families – outreach").
_ACTIVITY_TO = {"outreach": "to", "engagement": "with", "support": "for", "retention": "of", "recruitment": "of",
                "onboarding": "of", "training": "of", "inclusion": "of", "accompagnement": "des", "suivi": "des"}  # fmt: skip
_ACTIVITY = re.compile("|".join(_ACTIVITY_TO))
_PEOPLE_HEAD = re.compile(
    r"\b(?:families|people|patients|clients|students|customers|communities|members|tenants|users|staff|volunteers|"
    r"carers|growers|farmers|residents|parents|youth|young people)$",
    re.IGNORECASE,
)
# A part that is a clause about someone ("they're still on spreadsheets for tooling", « ils sont
# encore sur Excel »): a remark, no subject to recall (round 139, two C's: "the you're still…").
_CLAUSE = re.compile(
    r"^(?:they|we|you|he|she|it)(?:['’](?:re|ve|ll|d|s)\b| (?:are|were|have|had|will|would|want|need|use|still|"
    r"do|don['’]t|can['’]t|didn['’]t|won['’]t)\b)|^(?:wants?|needs?|hopes?|hoping|trying|would like|looking) to\b|"
    # Round 143 (two C's): "mentioned you lost two APMs last year", what someone said.
    r"^(?:(?:he|she|they) )?(?:mentioned|said|told me|explained|noted|admitted|complained|warned)\b|"
    r"^(?:ils|elles|on|nous|il|elle) (?:sont|ont|est|a|veulent|doivent|"
    r"font|utilisent|voudraient|n['’]|ne )",
    re.IGNORECASE,
)
# A remark on the subject's state after it, said by a degree adverb ("nearly full", "still half
# done", "basically dead", « presque terminé », « toujours pas déployé »); never before a figure.
_REMARK = re.compile(
    r"\s(?:nearly|almost|basically|still|already|totally|completely|pretty much|mostly|largely|barely|hardly|"
    r"kind of|kinda|half|presque|quasi|quasiment|toujours|encore|déjà|complètement|totalement|à moitié|"
    r"pratiquement|carrément)\s(?![\d~≈<>])",
    re.IGNORECASE,
)
# What a person showed the candidate ("walked me through the freezer", « m'a fait visiter
# l'atelier »): the thing shown is the subject.
_SHOWN = re.compile(
    r"^(?:(?:he|she|they) )?(?:walked me (?:through|around)|showed me(?: around)?|took me (?:through|around)|"
    r"gave me a tour of|toured me (?:through|around)|(?:il |elle )?m['’]a fait (?:visiter|découvrir))\s+(?P<what>\S.*)$",
    re.IGNORECASE,
)
# The employer noted as "they" ("since they moved to the new WMS"): "you" to its people.
_THEY = re.compile(r"\b(?:they|their|them|theirs)\b", re.IGNORECASE)
_YOU = {"they": "you", "their": "your", "them": "you", "theirs": "yours"}
# A finite verb after a note's subject ("funding ends 2028", « le budget est serré »).
_ENGLISH_VERB = re.compile(
    r"\s(?:is|are|was|were|ends|ended|starts|started|begins|began|opens|opened|closes|closed|has|have|had|"
    r"will|won['’]t|isn['’]t|aren['’]t|wasn['’]t|doesn['’]t|don['’]t|can['’]t|needs|lacks|remains|stays|runs|goes|"
    r"went|looks|seems|struggles|would be|will be|could be|might be|should be)\b"
)
_FRENCH_VERB = re.compile(
    r"\s(?:est|sont|était|étaient|sera|seront|va|vont|doit|doivent|reste|restent|manque|manquent|semble|semblent|"
    r"n['’]est|n['’]a|ne sont|ne [a-zé]+ (?:pas|plus|jamais|guère)|n['’][a-zé]+ (?:pas|plus|jamais|guère))\b"
)
# The parts of a note: a dash, a semicolon, a comma that is no list (the part after it starts
# no "and", "which", « et », « dont »…), a bracket aside.
_DASH = re.compile(r"\s+[—–-]+\s+|\s*;\s+|\s*:\s+|\s*(?:→|->|=>)\s*|(?<=\?)\s+(?=\S)")
_COMMA = re.compile(r",\s+")
_JOINED = re.compile(
    r"(?:and|or|et|ou|which|who|where|including|notamment|dont|qui|que|with|avec|puis|then|but|mais)\b", re.I
)
_ONLY = re.compile(r"(?:que des|que du|only)\b", re.I)
# A person's own news, never recalled to them (round 125: « départ à la retraite dans 2 ans »).
_PERSONAL = re.compile(
    r"\b(?:depart a la retraite|part a la retraite|partira|retiring|retirement|retires|conge (?:maternite|parental)|"
    r"maternity leave|leaving (?:in|next|at)|on leave)\b"
)
# A size noted ("équipe de 3", "team of 4"): an observation, no subject.
_SIZE = re.compile(r"^(?:\S+(?: \S+)? (?:de|of) \d+$|(?:[eé]quipes?|teams?|staff|effectifs?) (?:de|of) \d+\b)")
_LISTED = re.compile(r"\b(?:and|or|et|ou)\b")
_FRENCH_WORDS = {"expo": "exposition", "expos": "expositions", "appli": "application", "applis": "applications",
                 "infos": "informations", "dispo": "disponibilité", "pb": "problème", "pbs": "problèmes",
                 "rdv": "rendez-vous", "qq": "quelques", "asso": "association", "assos": "associations",
                 "compta": "comptabilité", "prépa": "préparation", "turnover": "turn-over", "éduc": "éducateur",
                 "éducs": "éducateurs"}  # fmt: skip
_ENGLISH_WORDS = {"mgmt": "management", "govt": "government", "dept": "department", "approx": "about",
                  "w/": "with", "ops": "operations", "reqs": "requirements"}  # fmt: skip


_ENGLISH_MONTHS = {
    short: name
    for name in (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    )
    for short in {name.casefold(), name[:3].casefold(), name[:4].casefold()}
}
_FRENCH_MONTHS = {
    short: name
    for name, shorts in (("janvier", "janv jan"), ("février", "févr fév fevr fev"), ("mars", ""), ("avril", "avr"),
                         ("mai", ""), ("juin", ""), ("juillet", "juil"), ("août", "aout"), ("septembre", "sept sep"),
                         ("octobre", "oct"), ("novembre", "nov"), ("décembre", "déc dec"))
    for short in [name, *shorts.split()]
}  # fmt: skip
# What a note compares its subject with (« brasseurs d'air plutôt que clim »): a comment.
_RATHER = re.compile(r"\s+(?:plutôt que|plutot que|au lieu de|au lieu d['’]|rather than|instead of)\s.*$", re.I)


_NAME = r"[A-ZÀ-Ý][\w'’]*(?:-[A-ZÀ-Ý][\w'’]*)*"
_NAMES_BY_DASH = re.compile(rf"\b{_NAME}(?:\s+[-–]\s+{_NAME}){{2,}}(?![\w'’-])")


def _listed(names: list[str], language: str) -> str:
    # (A word joiner after each comma keeps the list one part for ``_parts``; taken out at the end.)
    joined = _KEPT_COMMA.join(names[:-1])
    return f"{joined} {'et' if language == 'fr' else 'and'} {names[-1]}"


_KEPT_COMMA = ",\u2060 "


# The answer to a question noted (« non, 7h36 du lundi au vendredi »): the answer and its detail.
_ANSWER = re.compile(r"^(?:non|oui|no|yes|nope|yep|pas encore|not yet|peut-etre|maybe|ok|bof)(?![\w-])")
_EAST_SIDE = re.compile(r"\b(?:aile|bâtiment|côté|façade|partie|zone|secteur|quartier|rive|pavillon|entrée|hall|gare|"
                        r"parking|sortie|couloir|unité|site)$", re.IGNORECASE)  # fmt: skip


def _the_employer(part: str) -> bool:
    """Whether the "they" of a note is the employer: no plural noun comes before it ("pick rate
    down since they moved…"; never "how patients feel about their discharge")."""
    they = _THEY.search(part)
    if they is None:
        return False
    before = re.findall(r"[a-z]{4,}", part[: they.start()].casefold())
    return not any(word.endswith("s") and not word.endswith(("ss", "us", "is")) for word in before)


def asks_the_candidate(part: str) -> bool:
    """Whether a note's ``part`` is a question: one put to the candidate ("asked how I handle
    pushback", « comment je gère un conflit… ? », "pourquoi quitter le privé ?") or one the
    candidate kept for later (« véhicule fourni ? »)."""
    text = fold(one_line(part)).lstrip("«\"' ")
    if _ASKED.match(text):
        return True
    # A question about something ("why the team moved to Rust?") names its subject: kept.
    return text.endswith("?") and not _ABOUT_SOMETHING.match(text)


def _parts(text: str) -> list[str]:
    """The parts of a jotted note, in order (a list joined by commas stays one part)."""
    parts: list[str] = []
    for piece in _DASH.split(_aside_slash(text)):
        head, *tails = _COMMA.split(piece)
        for tail in tails:
            if (
                (_JOINED.match(tail) and not _ONLY.match(tail))
                or _LISTED.search(tail)
                or head.count("(") > head.count(")")
            ):
                head = f"{head}, {tail}"
            else:
                parts.append(head)
                head = tail
        parts.append(head)
    return [part.strip(" .!…") for part in parts if part.strip(" .!…")]


def _aside_slash(text: str) -> str:
    """« programmation opératoire / Mercy vs Bel-Air »: a slash before an aside (either side over
    two words, or a "vs") parts the note like a dash; "Instagram / TikTok" stays a pair."""
    pieces = text.split(" / ")
    if (
        len(pieces) == 2
        and re.search(r"\b[A-ZÀ-Ý][a-zà-ÿ][\w'’-]*$", pieces[0])
        and re.match(r"[A-ZÀ-Ý][a-zà-ÿ]", pieces[1])
    ):
        return "/".join(pieces)  # round 130 (a C): « les blocs Mercy / Bel-Air », two names, one pair
    sides = [pieces[0].rsplit(", ", 1)[-1], pieces[-1].split(", ", 1)[0]]
    if len(pieces) == 2 and (
        max(len(side.split()) for side in sides) > 2 or re.search(r"\bvs\b|\bversus\b", sides[1], re.I)
    ):
        return " – ".join(pieces)
    return text


def _in_words(part: str, language: str) -> str:
    """Shorthand said in words: "+" and "/" between words, "vs", "~20", abbreviations."""
    joined = " et " if language == "fr" else " and "
    part = re.sub(r"\s+\+\s+|\s+/\s+|(?<=[^\W\d_]{3})/(?=[^\W\d_]{3})", joined, part)
    part = re.sub(r"\s+(?:vs\.?|versus)\s+", " ou " if language == "fr" else " or ", part, flags=re.I)
    part = re.sub(r"~\s?(?=\d)", "environ " if language == "fr" else "about ", part)
    # Round 137 (two B's): « temps d’attente > 6h » → « de plus de 6 h », "< 2 days" → "under 2 days".
    part = re.sub(r"\s*>\s*(?=\d)", " de plus de " if language == "fr" else " over ", part)
    part = re.sub(r"\s*<\s*(?=\d)", " de moins de " if language == "fr" else " under ", part)
    # Rounds 130-131 (a C, B's): a span of months, "Dec–Feb", « juin-juillet », « nov-déc ».
    months = _FRENCH_MONTHS if language == "fr" else _ENGLISH_MONTHS
    span = r"\b({0})\.?\s*[-–/]\s*({0})\b\.?".format("|".join(sorted(months, key=len, reverse=True)))
    said = "en {} et en {}" if language == "fr" else "from {} to {}"
    part = re.sub(span, lambda found: said.format(months[found[1].casefold()], months[found[2].casefold()]), part,
                  flags=re.I)  # fmt: skip
    if language == "fr":
        # Round 141b (five C's): « reprise de ses mandats » (whose, once the note's first part is
        # left out?): « la reprise des mandats ».
        part = re.sub(r"\bde (?:ses|leurs)\b", "des", part)
        part = re.sub(r"\bde son\b(?= [aeiouhéèêàâîôû])", "de l’", part)
        part = re.sub(r"\bde (?:son|leur)\b", "du", part)
        part = re.sub(r"\bde sa\b", "de la", part)
    # Round 143 (two C's): « les publics éloignés et 15-20 ans », the second group with its article.
    part = re.sub(r"\s(et|ou)\s+(?=\d+\s*[-–]\s*\d+ ans\b)", r" \1 les ", part)
    # Round 138 (two C's): « la clientèle métropole + beaucoup d'Allemands », a count in passing.
    part = re.sub(r"\s(et|ou)\s+(?:beaucoup|plein) d(?:e\s+|['’]\s*)", r" \1 les ", part)
    part = re.sub(r"\s(and|or)\s+(?:lots of|a lot of|plenty of|many)\s+", r" \1 ", part)
    if language == "en":
        # Round 140 (three C's): "SOV arriving spring 2028" → "arriving in spring 2028".
        part = re.sub(r"\b(arriving|starting|opening|launching|coming|due|going live|expected|landing) "
                      r"(spring|summer|autumn|fall|winter) ((?:19|20)\d\d)\b", r"\1 in \2 \3", part)  # fmt: skip
        # Round 139 (a C): "tar spot last 2 seasons" → "tar spot over the last 2 seasons".
        part = re.sub(r"(?<=[a-z])\s+(?:over |in )?(?:the )?last (\d+|two|three|four|five|few|several) "
                      r"(seasons|years|months|weeks|quarters|harvests|winters|summers)$", r" over the last \1 \2", part)  # fmt: skip
        # Round 137 (a C): "the export to US" → "to the US"; a country said with its article.
        part = re.sub(r"\b(to|in|from|into|across|for|with|within|outside|throughout) (US|UK|USA|EU|UAE)\b", r"\1 the \2",
                      part)  # fmt: skip
    words = _FRENCH_WORDS if language == "fr" else _ENGLISH_WORDS
    return re.sub(r"(?<![\w-])([^\W\d_]+/?)(?![\w-])", lambda found: words.get(found[1], found[1]), part)


def tidy(topic: str, language: str) -> str:
    """``topic`` as a subject a sentence can recall ("" when it holds none): see the module."""
    text = one_line(topic)
    if not text:
        return ""
    # Round 125 (two C's): an aside the candidate asked themselves, "(Manhattan?)", « (article 9 ?) ».
    text = re.sub(r"\s*\([^()]*\?\s*\)", "", text).strip()
    # Round 135 (two C's): « le territoire Victoriaville - Warwick - Princeville », a list of
    # places, never cut at its first dash.
    text = _NAMES_BY_DASH.sub(lambda found: _listed(re.split(r"\s+[-–]\s+", found[0]), language), text)
    parts = []
    for part in _parts(text):
        if _ANSWER.match(fold(part)):
            break  # round 135 (three C's): « poste en 12h ? non, 7h36… », never « le sujet « non » »
        if not asks_the_candidate(part) and not _PERSONAL.search(fold(part)) and not _CLAUSE.match(part):
            parts.append(part)
    if not parts:
        return ""
    part = parts[0]
    activity = _ACTIVITY.fullmatch(fold(parts[1])) if len(parts) > 1 else None
    if activity and _PEOPLE_HEAD.search(part):
        # Round 140 (two C's): "Irish Traveller families – outreach" is outreach to those families,
        # never the families themselves "talked through".
        return f"{parts[1].strip()} {_ACTIVITY_TO[activity[0]]} {part}"
    if part.count("(") > part.count(")"):
        # Round 140 (two C's): « réhospitalisations à 30 jours (chiffre 2026 : 18 %) » cut at its colon
        # leaves a bracket open: the aside goes.
        part = part[: part.rfind("(")].rstrip()
    if len(parts) > 1 and _HEADING.match(fold(part)):
        # "plant tour - 2 new Bühler cells": what was seen says more than the visit.
        part = parts[1]
    plenty = _PLENTY.match(part)
    if plenty:
        # "lots of turnover on nights" → "turnover on nights"; « beaucoup de marchés de
        # travaux » → « les marchés de travaux »; « beaucoup de route » is no subject.
        rest = part[plenty.end() :]
        if language == "fr":
            if not re.match(r"\w+[sx]\b", rest):
                return ""
            rest = "les " + rest
        part = rest
    elif _OBSERVATION.search(fold(part)) or _SIZE.match(part):
        return ""
    state = _STATE.search(part)
    if state and part[: state.start()].strip():
        # "pick rate down since they moved…", "owner change orders piling up": the subject, and
        # when it was noted ("the pick rate since you moved to the new WMS").
        after = part[state.end() :]
        # ("TripAdvisor scores slipped last year": the subject, never "the scores last year".)
        part = part[: state.start()] + ("" if re.match(r"\s+(?:last|this|over|in)\b", after) else after)
    shown = _SHOWN.match(part)
    if shown:
        part = shown["what"]  # round 136 (a C): "walked me through the freezer", the freezer
    # Round 141 (three C's): « taux de chutes trop élevé en UCC », a judgement in passing: the subject.
    part = re.sub(r"\s(?:beaucoup |bien |un peu )?(?:trop|très|assez) (?:élevée?s?|haute?s?|basse?s?|faibles?|longue?s?|"
                  r"lente?s?|chère?s?|importante?s?|fréquente?s?|nombreu(?:x|ses?)|lourde?s?)\b", "", part)  # fmt: skip
    # Round 141b (a B): « subside FWB renouvelé jusqu’en 2030 mais « sous conditions… » », the
    # subject before the contrast noted after it.
    contrast = re.search(r"\s+(?:mais|but)\s+", part)
    if contrast and len(part[: contrast.start()].split()) > 1:
        part = part[: contrast.start()]
    remark = _REMARK.search(part)
    if remark and len(part[: remark.start()].split()) > 1:
        # Round 137 (six C's): "bonded warehouse in Broxburn nearly full", "AMOS migration still
        # half done", "near-miss reporting basically dead since last year": the subject noted.
        part = part[: remark.start()]
    if language == "en" and _the_employer(part):
        part = _THEY.sub(lambda found: _YOU[found[0].casefold()], part)
    part = _RATHER.sub("", part)
    if language == "en":
        # Round 131 (three C's): "the OTP target 90%" → "the OTP target of 90%".
        part = re.sub(r"\b(target|goal|budget|cap|limit|threshold|ceiling|quota|score)\s+(?=[£$€]?\d[\d.,]*\s?(?:%|k|m|bn)?$)",
                      r"\1 of ", part)  # fmt: skip
    approximate = re.search(r"\s(?:~\s?|around |about |approx\.? |environ |autour de |vers )\d", part)
    cut = approximate.start() if approximate else 0
    before = part[:cut].split()
    if before and not re.fullmatch(r"(?:of|de|d['’]|by|par|to|à|at|the|le|la|les|a|an|un|une)", before[-1], re.I):
        part = part[:cut]  # « turnover IDE ~20 %/an »: the figure is a comment
    verb = (_FRENCH_VERB if language == "fr" else _ENGLISH_VERB).search(part)
    if verb and language == "fr" and re.match(r"\s*est\b", verb.group()) and _EAST_SIDE.search(part[: verb.start()]):
        verb = None  # round 131 (a B): « la rénovation de l’aile est en 2028 », the east wing
    if verb and verb.start() > 0 and not re.match(r"(?:what|how|ce qui|ce que|comment)\b", part, re.I):
        # Round 128 (a C): « le dispositif d’annonce, qui est débordé » → « le dispositif d’annonce »,
        # never « …, qui » left before the sentence's own verb.
        part = re.sub(r",?\s+(?:qui|que|dont|which|that|who)\s*$", "", part[: verb.start()], flags=re.I)
        if language == "en" and re.fullmatch(r"[a-z]+", part.strip()):
            return ""  # round 132 (four C's): "area would be West Limerick", never "about area"
    return _in_words(part, language).replace("\u2060", "").strip(" ,.")


# Where the candidate comes from (« je suis du Lamentin », "I'm from Cork"): no contribution alone.
_ORIGIN = re.compile(
    r"^(?:je suis (?:du|de|d['’]|des|originaire)|je viens (?:du|de|d['’]|des)|j['’]ai grandi|I am from|I grew up|"
    r"I come from)\b",
    re.I,
)
# A new clause after a comma: a comma splice ("…autour, j’ai deja monté…", "…halfway, I've done it").
_SPLICE = re.compile(
    r",\s+(?=(?:et |and |so |alors |donc |mais |but )?(?:j['’]|je |nous |on |ils |elles |il |elle |i |i['’]|we |they |my |mon |ma |mes )\S)|\s+pis\s+",
    re.I,
)
_CONTRACTED_I = re.compile(r"^I['’](ve|m|d|ll)\b")
_UNCONTRACTED = {"ve": "I have", "m": "I am", "d": "I would", "ll": "I will"}
# What the first clause of a run-on may start with to be said: the candidate as subject, a
# determiner, an infinitive or a gerund (« aider les producteurs… », "getting parish halls…").
# Words of speech, not of a letter (CRAFT R10): the candidate's sentence is left in the notes.
_FAMILIAR = re.compile(
    r"\b(?:ça|ca (?:aide|brasse|marche|roule)|pis|genre|truc|trucs|boss(?:er|é|ée|e)|boulot|kiffe\w*|y['’]a|t['’]sais|"
    r"gros sujet|clairement leur|derrière moi|ados?|"
    r"gonna|wanna|kinda|gotta|stuff|subbies|clipboard thing|a ton of)\b",
    re.IGNORECASE,
)
_SAID_FIRST = re.compile(
    r"^(?:j['’]|je |nous |i |we |my |mon |ma |mes |un |une |des |le |la |les |l['’]|du |a |an |the |some |"
    r"[a-zéèêàâîôûç-]+(?:er|ir|re|ing)\b)",
    re.I,
)


def plain_contribution(contribution: str) -> str:
    """What the candidate can bring, as a message may use it: the first clause of a run-on
    ("Je connais bien le secteur de Forbach et les EHPAD autour, j’ai deja monté une filiere…" →
    its first clause; the rest, with its typos, stays in the notes) when it starts as a phrase
    can, else nothing (« rigueur sur la sécurité piste et habituée au rush…, je connais… », "Calm
    head at the desk on a busy night, and I enjoy…"); its first sentence; "I've done…" said "I
    have done…" (rounds 120-121, five C's)."""
    # Round 126 (a C): "i know the A9…" typed in lower case is the candidate's "I".
    text = re.sub(r"(?<![\w'’-])i(?= |['’](?:m|ve|d|ll)\b)", "I", one_line(contribution))
    text = _CONTRACTED_I.sub(lambda found: _UNCONTRACTED[found[1]], text)
    # Round 140 (a C): "…for 6 yrs so I know the weather windows…, could help them cut…": years in
    # words, a comma before "so", and a clause without its subject left in the notes.
    text = re.sub(r"\b(\d+) ?yrs?\b", r"\1 years", text)
    # Round 139 (a B): "grew up on a corn/soy farm near Pontiac…" is the candidate's "I grew up…".
    if re.match(r"(?:grew|spent|worked|ran|led|managed|built|trained|taught|lived|studied|did|used to)\b", text):
        text = "I " + text
    text = re.sub(r"(?<=[a-z]) so (?=I |we |je |j['’])", ", so ", text)
    text = re.sub(r",\s+(?:could|can|would|will|might|should)\s.*$", "", text)
    # Round 132 (a C): ", so fewer empty runs and fewer angry customers", a consequence without
    # its verb, is left in the notes.
    text = re.sub(r",\s+(?:so|donc|alors)\s+(?!that\b|que\b|I\b|we\b|je\b|j['’]|nous\b|on\b)[^,]*$", "", text)
    parts = _SPLICE.split(text, maxsplit=1)
    if len(parts) > 1 and re.match(r"(?:so I|so we|donc je) (?:know|speak|understand|connais|parle)\b", parts[1], re.I):
        # Round 139 (a B): "…near Pontiac, so I speak the growers' language" is one thought.
        reason = _SPLICE.split(parts[1], maxsplit=1)
        parts = [f"{parts[0].rstrip(' ,;:')}, {reason[0].rstrip(' ,;:')}", *reason[1:]]
    if len(parts) > 1 and _ORIGIN.match(parts[0]):
        # Round 134 (a C): « je suis du Lamentin, je connais le terrain…, je peux… » → « je suis du
        # Lamentin et je connais le terrain… », never the origin alone as what the candidate brings.
        rest = _SPLICE.split(parts[1], maxsplit=1)[0].rstrip(" ,;:.")
        french = re.match(r"(?:j['’]|je )", parts[1], re.I)
        if re.match(r"(?:j['’]|je |I )", rest):
            parts = [f"{parts[0].rstrip(' ,;:')} {'et' if french else 'and'} {rest}"]
    text = re.split(r"(?<=[.!?])\s+(?=[A-ZÉ])", parts[0].rstrip(" ,;:"))[0]
    text = text[:1].upper() + text[1:] if text[:2].lower() in ("je", "j'", "j’") else text
    # Round 138 (a C): "…experience in Cook County plus Spanish": "and" in a sentence.
    text = re.sub(r"(?<=[a-z]) plus (?=[A-Z][a-z])", " and ", text)
    # Round 141 (a C): « (j'ai bossé 6 ans à Hayange) », an aside in the notes' register, goes alone.
    text = re.sub(r"\s*\([^()]*\)", lambda found: "" if _FAMILIAR.search(found[0]) else found[0], text)
    familiar = _FAMILIAR.search(text)
    if familiar:
        # Rounds 137-139 (B's, a C): « quand ça brasse », « pis », "subbies": the notes' register;
        # the clause before it, when it says something alone (« Je parle créole avec les familles »).
        head = text[: familiar.start()].rsplit(",", 1)[0].strip() if "," in text[: familiar.start()] else ""
        return (
            head if head and _SAID_FIRST.match(head) and len(head.split()) >= 4 and not _FAMILIAR.search(head) else ""
        )

    if len(parts) > 1 and (not _SAID_FIRST.match(text) or len(text.split()) < 4):
        return ""  # (« Je suis d’ici, je connais… »: a first clause that says nothing alone)
    return text
