"""What a message may recall of a conversation: never pay, benefits or perks (CRAFT R08, a MUST★).

A candidate may note with HR that they talked about remote work, the salary or the start of
the holidays; a thank-you or a LinkedIn note that recalls it ("notre échange sur le
télétravail") reads as haggling. Such a topic stays in the user's notes and is never used as a
message's hook (``compose`` leaves it out, as if nothing were recorded for it). ``lacking`` says
what the recorded topics lack for a message of its own, so that the pages ask the user for it:
nothing recorded, only perks, or only the role's own words.

Pure: strings in, a verdict out. Matched on the folded text (``core.folding``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lastimpression.core.folding import fold

_PERKS = re.compile(
    r"\b(?:"
    # French. Not the words that also name business topics: "les primes d'assurance", "les
    # avantages concurrentiels", "un package npm", "la saison des vacances", "Harmonie Mutuelle".
    # (Round 113: « la masse salariale » is a business topic, never the candidate's pay.)
    r"salaires?|(?<!masse )(?<!masses )salarial\w*|remunerations?|package (?:salarial|de remuneration)|interessement|"
    r"participation aux benefices|avantages (?:sociaux|en nature)|rtt|conges?(?: payes)?|jours? de conge|"
    r"teletravail|travail a distance|tickets?[- ]restaurants?|titres?[- ]restaurants?|"
    r"(?:voiture|vehicule) de fonction|stock[- ]options?|actions gratuites|prise de poste|date de debut|"
    r"date d.arrivee|preavis|la mutuelle|mutuelle (?:d.entreprise|sante)|complementaire sante|13e mois|"
    r"treizieme mois|primes? (?:annuelles?|de fin d.annee|sur objectifs)|part variable|cheques?[- ]vacances|"
    r"(?:les|mes|vos|nos|tes) vacances|horaires (?:flexibles|variables|amenages)|semaine de (?:4|quatre) jours|"
    r"creche d.entreprise|mobilite interne|mobilite entre (?:les |nos |vos )?(?:agences|sites|services|filiales|entites)|"
    r"evolution de carriere|perspectives d.evolution|"
    # Round 27 (two C's): "la prime de travail de nuit", "le mode de travail hybride".
    r"primes? (?:de (?:travail de )?nuit|d.equipe|d.anciennete|d.astreinte|de panier|de transport|de vacances)|"
    r"majorations? (?:de nuit|du dimanche|des heures)|heures supplementaires|"
    r"indemnites? (?:kilometriques?|de (?:deplacement|repas|transport|teletravail))|"
    r"(?:mode de |organisation du )?travail hybride|mode hybride|"
    # Round 31: the candidate's own move ("le déménagement à Lyon"), not a site's ("le
    # déménagement vers le nouvel entrepôt").
    # Round 31: "les horaires de soir" with the recruiter (the candidate's own hours).
    r"horaires (?:de soir|du soir|de week-end|du week-end)|"
    r"(?:le )?travail sur site|presence sur site|jours (?:de presence|sur site)|gardes? (?:de|du) week-end|"
    r"(?:demenagement|installation|relocalisation) (?:a|en|au|dans la region de) (?!l'|l’|la |le |les |un |une |nos |notre |vos |votre )\w+|"
    # English. Not "paid search", "the holiday season", "hybrid cloud", "remote monitoring",
    # "diversity, equity and inclusion", "the relocation of the warehouse", "pension funds",
    # "health insurance claims" is still caught: a wrong catch only makes a message general.
    # Round 67: never "pay applications" (a contractor's billing) nor "pay app".
    r"salary|salaries|pay(?! app)|compensation|remuneration|(?:employee |health )?benefits package|employee benefits|"
    r"perks?|equity package|stock options?|rsus?|pto|paid time off|annual leave|holiday pay|"
    r"remote (?:work|working|days?|policy)|working remotely|work(?:ing)? from home|wfh|hybrid work(?:ing)?|"
    # Round 113 (two C's, R08): « le full remote ».
    r"full[- ]remote|fully remote|remote[- ]first|100 ?% (?:remote|(?:en )?teletravail)|"
    # Round 74 (two C's): "the firm's agile working policy" (flexible working, a perk).
    r"(?:agile|flexible|smart) working(?! (?:methods?|practices?|processes|ways?|teams?|groups?))|flexi-?time|"
    # Round 31: the candidate's own move ("relocation to Belfast"), not a site's ("the relocation
    # to the new warehouse").
    r"(?:evening|weekend) hours|"
    # Round 35 (a C, R08): where the work is done, "working on site at the Texas Medical Center".
    r"(?:working|work|based) on[- ]site|on[- ]site (?:work(?:ing)?|days?|presence)|in[- ]office days|office attendance|"
    r"(?:relocation|relocating|moving) to (?!the |a |an |our |their |new |your )\w+|"
    r"start date|notice period|relocation (?:package|assistance)|sign[- ]on bonus|401 ?\(?k\)?|bonus(?:es)?|"
    r"health (?:insurance|plan|cover(?:age)?)|dental (?:plan|insurance|cover(?:age)?)|"
    r"pension (?:scheme|plan|contributions?)|hybrid (?:schedule|model|arrangement|policy|pattern|set-?up)|"
    # Round 51 (two C's, R08): "the hybrid pattern, three days a week in Warwick".
    r"(?:one|two|three|four|[1-4]) days? (?:a|per) week (?:in|at|on|from)\b|days? in the office|office days|"
    # Round 93 (three C's, R08): "working from the Dublin office three days a week".
    r"(?:working|work|based) (?:from|in|at) the (?:[\w'’-]+ ){0,3}office(?! of)|"
    r"office,? (?:[\w'’-]+ ){0,2}(?:one|two|three|four|[1-4]) days? (?:a|per) week|"
    r"(?:un|deux|trois|quatre|[1-4]) jours? par semaine (?:au|a|en|sur|sur site)\b|jours? au bureau|"
    # Round 52 (R08): "l'horaire de 4 jours de 10 heures", a compressed week.
    r"horaires? (?:de|sur) (?:4|quatre|4,5|quatre et demi) jours|(?:4|quatre) jours de (?:10|dix) ?h(?:eures)?|"
    # Round 100 (three C's, R08): "the team's compressed-hours rota".
    r"compressed (?:work ?)?(?:week|schedule)|compressed[- ]hours?|4x10s?|four tens|"
    r"flexible (?:hours|working|schedule)|(?:four|4)[- ]day (?:work ?)?week|(?:parental|maternity|paternity|sick) leave|"
    r"sick pay|vacation (?:days|time|policy|allowance)|time off|childcare|company car|internal mobility|"
    r"career (?:progression|prospects)|promotion prospects|(?:shift|night) (?:differential|premium|allowance)s?|"
    r"overtime pay|on-call (?:pay|allowance)|(?:mileage|travel|meal) allowances?|"
    # Round 98 (seven C's, R08): the candidate's own working time and lodging, « le temps partiel
    # à 80 % », "staff accommodation in Auchterarder".
    # (Never « le recours au temps partiel dans les équipes », « les mi-temps thérapeutiques », « 90 %
    # du temps », "rostering for part-time nurses", "reduced hours of downtime": staffing and results.)
    r"(?<!recours au )temps partiel(?! dans| des| chez| pour les)|mi-temps(?! therapeutique)|"
    r"temps (?:de travail )?(?:reduit|choisi)|"
    r"logement (?:du personnel|de fonction|des (?:saisonniers|employes|salaries))|hebergement du personnel|"
    r"(?<!for )part[- ]time(?! (?:staff|workers|employees|colleagues|teams?|students|roles|nurses|drivers|agents|operatives|cashiers|contracts|positions|hires))|reduced hours(?! of)|job[- ]share|staff (?:accommodation|housing)|live-in accommodation|"
    r"accommodation for (?:staff|employees)|housing allowance|"
    # Rounds 120-121 (C's, R08): the conditions of the job noted with HR, « véhicule fourni ? »,
    # « permis B obligatoire, véhicule de service », « reprise d'ancienneté FPH », "relocation not
    # needed" (never "the relocation of the warehouse").
    r"(?:vehicule|voiture|camionnette|vehicle|car|van) (?:fourni|fournie|de service|de societe|provided)|"
    r"company (?:car|vehicle|van)|permis (?:b|c|ce|c1|d|be|de conduire)|driv(?:ing|er['’]?s?) licen[cs]e|"
    r"reprise (?:d.anciennete|de l.anciennete)|anciennete (?:reprise|fph)|grille (?:salariale|indiciaire)|"
    # Round 126: a probation period, the Ségur bonus, overtime said short.
    r"periode d.essai|probation(?:ary)? period|primes? (?:segur|grand age|d.attractivite|de fidelisation)|"
    # Rounds 128-129 (C's): "hybrid" alone, "van and fuel card", the firm paying the PII and the
    # practising certificate, « classe de fonction » (a pay class).
    # Round 139 (three C's): "hybrid possible after probation", "remote after probation".
    r"hybrid(?=\s*(?:$|[,;(]|\d|one|two|three|days?|possible|available|allowed|offered|option|after))|"
    r"(?:remote|hybrid|home working|wfh|telework\w*) (?:\w+ )?after (?:the )?probation|fuel cards?|(?:company |works )?van (?:and|&) fuel|"
    r"practi[sc]ing cert(?:ificate)?|pii (?:and|&|paid|covered)|(?:paid|covered|funded) (?:for )?by the (?:firm|company|employer)|"
    r"classe de (?:fonction|traitement)|"
    r"heures sup\b|bareme (?:[a-z]\d|salarial|des salaires)\b|"
    # Rounds 130-131 (C's, R08): the Alsace-Moselle health scheme, lodging offered, the hotel
    # trade's collective agreement (wages and hours), when to start.
    # Round 141 (three C's): training paid by the employer.
    r"formations? (?:continues? )?(?:prises? en charge|payees?|financees?)|prise en charge de (?:la )?formation|"
    r"training (?:budget|allowance|paid|funded)|(?:paid|funded) training|"
    r"regime local(?: d.assurance maladie)?|(?:logement|hebergement)(?: temporaire| de fonction| sur place)? (?:possible|fourni|offert|propose|"
    r"a disposition|inclus|compris)|convention collective|ccnt|cct(?: \w+)?|"
    # Rounds 140b-142 (C's): the start date, the contract's status, a drug-testing policy.
    # Round 144 (five C's): a summer four-day week, a car and a phone provided.
    r"horaires? (?:de )?\d jours|semaine de (?:4|quatre) jours|(?:4|four)[- ]day (?:week|schedule)|"
    r"(?:car|phone|laptop|mobile|vehicle)(?:,? (?:and|&|\\+) (?:a )?(?:car|phone|laptop|mobile|vehicle))? (?:provided|supplied|included)|"
    r"entree en fonction|date (?:d.entree|de prise de poste|de debut)|prise de poste (?:au|le|en|debut|mi|fin)|"
    r"statut(?: (?:de fonctionnaire|contractuel|cadre|de la fonction publique|hospitalier))?$|titularisation|"
    r"drug (?:test(?:ing)?|screen(?:ing)?) polic(?:y|ies)|"
    # Round 132 (four C's, R08): "benefits start after 60 days".
    r"benefits(?! (?:of|for|to|realis|realiz|case|tracking|management|administration|team|claims?)\b)|"
    r"(?<![a-z] )start(?:ing)? (?:ideally|asap|as soon as|early|mid|late|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)|"
    r"(?:earliest|ideal|possible) start|"
    r"relocation (?:(?:is |isn.t |not )?(?:needed|required|necessary|possible|covered|paid)|support|costs?)|no relocation"
    r")\b"
)


# The hiring process itself: what any candidate of the same process could recall ("les étapes du
# processus", "the next steps"). Matched on the whole topic: "le processus de clôture mensuelle"
# or "the hiring plan for 2027" are business topics.
_PROCESS = re.compile(
    r"(?:(?:les?|la|l'|nos|vos|mes) ?)?(?:"
    r"(?:prochaines? |suite des |differentes )?etapes?(?: (?:suivantes|a venir))?"
    r"(?: (?:du|de mon|de la) (?:processus|recrutement|candidature|selection))?(?: de (?:recrutement|selection))?|"
    r"(?:suite|deroulement|calendrier|duree|delais?)(?: (?:du|de mon|de la) (?:processus|recrutement|candidature|selection))"
    r"(?: de (?:recrutement|selection))?|"
    r"suite|calendrier de (?:recrutement|selection)|processus(?: de (?:recrutement|selection|candidature|decision))?|"
    # Round 28: the interviews to come ("le prochain entretien", "la date du second entretien").
    r"(?:(?:date|calendrier|organisation) (?:du|des) )?(?:prochains?|derniers?|second|deuxieme|troisieme|dernier) "
    r"(?:entretiens?|entrevues?|tours?)|calendrier des (?:entretiens|entrevues)"
    r")"
    r"|(?:the |my |our )?(?:[\w-]+['’]s )?(?:"
    # Round 125 (a C): the pre-employment checks ("the drug test and background check timeline").
    r"(?:(?:drug (?:test|screen(?:ing)?)|background (?:check|screening)|reference checks?|pre-employment "
    r"(?:checks?|screening))(?:,? and )?)+(?: (?:timeline|process|results?|dates?))?|"
    # Round 33: "the city's hiring panel process".
    r"next steps?|(?:hiring|recruitment|recruiting|interview|selection|application) (?:(?:panel|committee|board) )?"
    r"(?:process|timeline|steps|stages)|"
    r"process|timeline|(?:the )?steps in the process|stages of the process|"
    # Round 28: "the timeline for the final round", "the next interview", "the second round".
    r"(?:(?:timeline|schedule|dates?|format|logistics) (?:for|of) (?:the )?)?(?:final|next|second|third|last|onsite) "
    r"(?:rounds?|interviews?|stages?|steps?)|interview schedule"
    r")(?: (?:for|of) (?:the|this) (?:role|position|process))?"
)


# Working time: rotas, shift patterns, hours. A fair topic of the conversation, but a poor hook
# for a note to someone who did not raise it (round 58: "in particular talking with Niamh
# Kavanagh about the team's weekend rota", to HR, read as interest in the conditions).
_SCHEDULE = re.compile(
    r"\b(?:rotas?|rosters?|shift (?:patterns?|work|cover)|night shifts?|weekend (?:shifts?|work(?:ing)?)|"
    # Round 73: "working hours including some Saturdays", "Saturday working".
    r"working hours|(?:some )?(?:saturdays|sundays)|(?:saturday|sunday) (?:work(?:ing)?|shifts?)|"
    r"fins? de semaine travaill\w+|travail (?:le|du) (?:samedi|dimanche)|samedis travailles|"
    r"\d+[- ]on[ /,-]+\d+[- ]off|(?:shift|weekend|night) cover(?:age)?|cover(?:ing)? (?:weekends|nights|shifts)|"
    r"(?:1st|2nd|3rd|first|second|third|swing|graveyard) shifts?|"
    # Round 138 (a B): « shift de nuit 18h-6h, 4 nuits/3 off ».
    r"horaires? (?:en|de) \d+ ?h ?\d*|"
    r"shifts? de (?:nuit|jour|soir|week-end)|overtime (?:on |at )?weekends?|weekend overtime|\d+ nuits? ?/ ?\d+ (?:off|repos)|"
    r"(?:one|two|three|four)[- ]weeks?[- ]on|on[- ]call|"
    r"horaires? (?:de travail|en rotation|de nuit|du week-end|de week-end|decales|coupes|postes|de (?:\d+|douze) ?h\w*)|"
    r"roulements? en (?:12|douze)|rotations? du week-end|travail (?:poste|de nuit|du week-end|en \w+ (?:pauses|postes|equipes))|"
    r"horaires? d.(?:ete|hiver)|(?:2|3)x8|postes? de (?:12|douze) ?h|cycles? de (?:12|douze) heures|gardes?|astreintes?|planning des (?:gardes|astreintes))\b"
)


# An incident, a dispute or a loss: a fair subject of the interview, never the hook of a note that
# says the candidate enjoyed it (round 138, a C: "I enjoyed our conversation…, especially the
# near-miss in March").
# The word names one event, not a trade's process (never "incident response", « la gestion des
# incidents », "near-miss reporting", "complaint handling": subjects of the job).
_DELICATE = re.compile(
    r"(?<!gestion des )(?<!gestion d.)(?<!prevention des )(?<!analyse des )(?<!suivi des )(?<!declaration des )"
    r"(?<!management of )\b(?:near[- ]miss(?:es)?|accidents?|incidents?|injur(?:y|ies)|fatalit(?:y|ies)|deaths?|deces|"
    r"blessures?|plaintes?|complaints?|grievances?|lawsuits?|litiges?|strikes?|greves?|layoffs?|licenciements?|"
    r"redundanc(?:y|ies)|sinistres?|harcelement|harassment|burn-?out|suicides?|agressions?|violences?)\b"
    r"(?![- ](?:management|response|reporting|rates?|culture|prevention|investigations?|reviews?|process|handling|"
    r"tracking|free|logs?|system|desk|team|procedures?|policy|taux|analysis))"
)


def is_delicate(topic: str) -> bool:
    """Whether ``topic`` is an incident, a dispute or a loss (``_DELICATE``): a LinkedIn note,
    which says the conversation was enjoyed, never hooks on one."""
    return bool(_DELICATE.search(fold(topic)))


def is_schedule(topic: str) -> bool:
    """Whether ``topic`` is about working time (a rota, shifts, hours, on-call duty): a message
    hooks on one only when nothing else was recorded (``_SCHEDULE``)."""
    return bool(_SCHEDULE.search(fold(topic)))


def mentions(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that speak of pay, benefits or perks (for the linter's LI023).
    Folding keeps every character in place for the letters these words use, so the spans point
    into ``text`` itself when it is in NFC (as the composer and the web write it)."""
    folded = fold(text)
    if len(folded) != len(text):
        return [(0, len(text))] if _PERKS.search(folded) else []
    return [match.span() for match in _PERKS.finditer(folded)]


def is_perk(topic: str) -> bool:
    """Whether ``topic`` is about pay, benefits or perks ("le télétravail", "la rémunération",
    "les RTT", "remote work", "the start date", "benefits")."""
    return bool(_PERKS.search(fold(topic)))


def about_process(topic: str) -> bool:
    """Whether ``topic`` is only the hiring process itself ("les étapes du processus", "la suite
    du recrutement", "the next steps", "the hiring timeline"): any candidate of the process could
    recall it (CRAFT R02), so a message treats it as nothing recorded."""
    said = " ".join(fold(topic).strip(" .").split())
    # Round 132 (four B's): "drug screen next week", the step with when it comes.
    said = re.sub(r"\s+(?:(?:next|this|last) (?:week|month)|tomorrow|on (?:mon|tues|wednes|thurs|fri)day|"
                  r"(?:la )?semaine prochaine|demain)$", "", said)  # fmt: skip
    return bool(_PROCESS.fullmatch(said))


def details(topics: Iterable[str]) -> list[str]:
    """The ``topics`` a message may recall: not blank, not about pay, benefits or perks, not the
    hiring process itself. A person with none gets a general message, and the pages ask the user
    for one detail."""
    return [topic for topic in topics if topic.strip() and not is_perk(topic) and not about_process(topic)]


def echoes_role(topics: Iterable[str], role: str) -> bool:
    """Whether every topic a message may recall only says the role's own words again ("les
    relations de travail" for a "conseillère en relations de travail"): any candidate could
    write it, so the user is asked for what was said of it (CRAFT R02). False without topics."""
    from lastimpression.core.lint.evidence import content_stems  # here: core.lint imports this module

    recalled = details(topics)
    if not recalled:
        return False
    said = content_stems(role)
    return all(content_stems(topic) <= said for topic in recalled)


def listed(topics: Iterable[str]) -> str:
    """The recorded ``topics`` as the user typed them, for a notice ("le télétravail, la date de
    prise de poste"); "" for none."""
    return ", ".join(topic.strip() for topic in topics if topic.strip())


def lacking(topics: Iterable[str], role: str) -> str:
    """What the recorded ``topics`` lack for a message of its own: "nothing" (none recorded),
    "process" (only the hiring process, ``about_process``), "perks" (only pay or perks, never
    recalled), "notes" (only questions put to the candidate or remarks, ``jottings.tidy``),
    "role" (only the role's words again, ``echoes_role``); "" when one of them is a detail."""
    topics = list(topics)
    if not details(topics):
        if any(about_process(topic) for topic in topics):
            return "process"
        return "perks" if listed(topics) else "nothing"
    from lastimpression.core.compose.jottings import tidy  # here: only the pages and draft need it

    if not any(tidy(topic, "en") or tidy(topic, "fr") for topic in details(topics)):
        # Rounds 120-121: only a question put to the candidate or a remark ("asked how I handle
        # pushback", "small team"), which no message recalls.
        return "notes"
    return "role" if echoes_role(topics, role) else ""
