"""What a message may say beyond the fixed parts: the proof it shows, and when it speaks from.

CRAFT R03 (motivation shown, not asserted): a proof point of the candidate's, tied to what the
person cares about. R22 (no invented facts): every detail comes from the user's input: the
person's topics, the candidate's proof points, the interview's "what I can bring"; nothing
else is ever claimed. R24: a thank-you sent the same day says "ce matin" / "this morning",
the next day "hier" / "yesterday".

Pure: plain values in, phrases out; total on any string.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from lastimpression.core.compose.phrasing import one_line

__all__ = ["Proof", "as_sentence", "choose_proofs", "inline", "when_phrases"]

_WORD = re.compile(r"[^\W\d_]{4,}")
# Words too common to tie a proof point to a topic.
_COMMON = frozenset(
    [
        "avec",
        "dans",
        "pour",
        "plus",
        "leur",
        "leurs",
        "nous",
        "vous",
        "elle",
        "elles",
        "sont",
        "avoir",
        "faire",
        "cette",
        "votre",
        "notre",
        "sur",
        "des",
        "les",
        "une",
        "that",
        "this",
        "with",
        "from",
        "have",
        "your",
        "their",
        "about",
        "which",
        "what",
        "when",
        "were",
        "into",
        "projet",
        "project",
        "travail",
        "work",
    ]
)
_SENTENCE_END = ".!?…"
_FRENCH_CODES = re.compile(r"\b(?:je|j’|j'|nous|chez|avec|le|la|les|des|une|pour)\b", re.IGNORECASE)
_ENGLISH_CODES = re.compile(r"\b(?:i|we|my|the|with|and|for|at|our)\b", re.IGNORECASE)


def _stems(text: str) -> set[str]:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return {word[:6] for word in _WORD.findall(plain) if word not in _COMMON}


def _language_of(text: str) -> str:
    french = len(_FRENCH_CODES.findall(text))
    english = len(_ENGLISH_CODES.findall(text))
    if french == english:
        return ""
    return "fr" if french > english else "en"


@dataclass(frozen=True)
class Proof:
    """A proof point chosen for a message: its ``sentence`` ("" for none), and whether it shares
    words with the person's topics (``tied``: then the message may link the two; otherwise it
    links the proof to the role only, never claiming a link the input does not show)."""

    sentence: str = ""
    tied: bool = False


def as_sentence(text: str) -> str:
    """``text`` on one line, starting with a capital and ending with a full stop (a user's
    "cut the close from 6 days to 2" becomes "Cut the close from 6 days to 2.")."""
    flat = one_line(text).rstrip(" ,;:")
    if not flat:
        return ""
    if flat[0].islower():
        flat = flat[0].upper() + flat[1:]
    return flat if flat[-1] in _SENTENCE_END else flat + "."


# Words a proof point may start with that take a lower case after a colon ("…intéressée : chez
# Vinci, j’ai…"); a proper noun ("Datalyse", "Ocado") or "I" keeps its capital.
_LOWER_AFTER_COLON = frozenset(
    [
        "chez",
        "à",
        "au",
        "aux",
        "en",
        "dans",
        "pour",
        "pendant",
        "avec",
        "lors",
        "sur",
        "depuis",
        "j’ai",
        "j'ai",
        "je",
        "nous",
        "comme",
        "at",
        "in",
        "as",
        "while",
        "when",
        "during",
        "with",
        "for",
        "on",
        "over",
        "since",
        "by",
        "after",
    ]
)


def inline(sentence: str) -> str:
    """A proof point's ``sentence`` as it reads after a colon: its first word lowered when it
    is a common word ("Chez Vinci, j’ai…" → "chez Vinci, j’ai…"), as written otherwise."""
    first = sentence.split(" ", 1)[0].rstrip(",")
    acronym = len(first) > 1 and first.isupper()
    if first.lower() in _LOWER_AFTER_COLON and first[:1].isupper() and not acronym:
        return sentence[:1].lower() + sentence[1:]
    return sentence


def choose_proofs(
    proof_points: Sequence[str],
    contribution: str,
    topics: Sequence[str],
    language: str,
    position: int = 0,
) -> tuple[Proof, Proof]:
    """Two different proofs for one person (the thank-you's, then the follow-up's), empty
    when there is none: the candidate's proof points written in ``language``
    (or in no clear language), the one sharing most words with the person's ``topics`` first;
    ties are broken by the person's ``position`` in the panel, so that a panel's messages do
    not all show the same one. The interview's ``contribution`` comes after the proof points
    tied to a topic and before the others."""
    usable = [
        sentence
        for sentence in (as_sentence(point) for point in proof_points)
        if sentence and _language_of(sentence) in ("", language)
    ]
    wanted = set().union(*(_stems(topic) for topic in topics)) if topics else set()
    scored = [(len(_stems(sentence) & wanted), index, sentence) for index, sentence in enumerate(usable)]
    tied = [item for item in scored if item[0] > 0]
    untied = [item for item in scored if item[0] == 0]
    tied.sort(key=lambda item: (-item[0], item[1]))
    if untied:
        shift = position % len(untied)
        untied = untied[shift:] + untied[:shift]
    ordered = [Proof(sentence, True) for _, _, sentence in tied]
    extra = as_sentence(contribution)
    if extra and _language_of(extra) in ("", language):
        ordered.append(Proof(extra, bool(_stems(extra) & wanted)))
    ordered += [Proof(sentence, False) for _, _, sentence in untied]
    unique: list[Proof] = []
    for proof in ordered:  # the first time a sentence comes (a contribution may repeat a proof point)
        if all(proof.sentence != kept.sentence for kept in unique):
            unique.append(proof)
    first = unique[0] if unique else Proof()
    second = unique[1] if len(unique) > 1 else Proof()
    return first, second


def when_phrases(
    interview_day: date, start: time | None, sent_on: date | None, language: str, dated: str
) -> tuple[str, str]:
    """How a message sent on ``sent_on`` refers to the interview of ``interview_day`` begun at
    ``start``: (adverbial, complement). The same day: "ce matin" / "de ce matin" (before noon),
    "cet après-midi" / "de cet après-midi" (before 18:00), else "aujourd’hui" / "d’aujourd’hui";
    the next day: "hier" / "d’hier"; otherwise the date ``dated`` (in words): "le mardi 23 mars" /
    "du mardi 23 mars". English: "this morning", "this afternoon", "today", "yesterday", "on
    Tuesday 23 March" (the complement is the same as the adverbial)."""
    if sent_on == interview_day:
        if start is not None and start.hour < 12:
            french, english = ("ce matin", "de ce matin"), "this morning"
        elif start is not None and start.hour < 18:
            french, english = ("cet après-midi", "de cet après-midi"), "this afternoon"
        else:
            french, english = ("aujourd’hui", "d’aujourd’hui"), "today"
    elif sent_on is not None and sent_on == interview_day + timedelta(days=1):
        french, english = ("hier", "d’hier"), "yesterday"
    else:
        french, english = (f"le {dated}", f"du {dated}"), f"on {dated}"
    return french if language == "fr" else (english, english)


@dataclass(frozen=True)
class Hooks:
    """What a message can say of this interview, all of it from the user's input: the
    person's own topic phrases, another panel member with theirs ("M. Masson sur la
    maintenance"), the panel's other people ("M. Masson et Mme Dumas"), and the proof."""

    topic: str = ""
    topic2: str = ""
    other_hook: str = ""
    others: str = ""
    proof: Proof = Proof()
    # The proof point that answers what another person met talked about (``other_hook``).
    other_proof: Proof = Proof()
    # For someone with no topic: a sentence tying a proof point to their job title ("Votre
    # fonction de chef de rayon me parle tout particulièrement : j’ai formé…"), "" when none.
    title_proof: str = ""
    # The follow-up's proof (not the thank-you's) and the topic of the interview it answers.
    follow_proof: str = ""
    follow_topic: str = ""


def _agreed(language: str, agreement: str, masculine: str, feminine: str, neutral: str) -> str:
    if language != "fr":
        return masculine
    return {"feminine": feminine, "masculine": masculine}.get(agreement, neutral)


# A proof point that reads as a clause after "que" / "because": "que j’ai formé…", "que, chez
# Decathlon, j’ai réduit…"; "because I cut…", "because at Tesco I cut…".
_FRENCH_SUBJECT = re.compile(r"^(?:j[’']|je |nous )", re.IGNORECASE)
_FRENCH_FRONTED = re.compile(r"^(?:chez|à|au|aux|en|dans|pendant|lors|depuis|avec|pour) [^,]{1,60}, (?:j[’']|je |nous )",
                             re.IGNORECASE)  # fmt: skip
_ENGLISH_SUBJECT = re.compile(r"^(?:I|we) ")
_ENGLISH_FRONTED = re.compile(r"^(?:at|in|as|while|during|with|for|on|over|since) [^,]{1,60}?,? (?:I|we) ",
                              re.IGNORECASE)  # fmt: skip


def as_clause(sentence: str, language: str) -> str:
    """``sentence`` as the clause that follows "que" (French, with its leading space or comma)
    or "because" (English, with its leading space): " j’ai formé…", ", chez Decathlon, j’ai…",
    " at Tesco I cut…"; "" when it does not start with the candidate as subject (a noun phrase
    such as "Migration de 40 services" cannot follow "que")."""
    if not sentence:
        return ""
    if language == "fr":
        if _FRENCH_SUBJECT.match(sentence):
            return " " + sentence[:1].lower() + sentence[1:]
        if _FRENCH_FRONTED.match(sentence):
            return ", " + sentence[:1].lower() + sentence[1:]
        return ""
    if _ENGLISH_SUBJECT.match(sentence):
        return " " + sentence
    if _ENGLISH_FRONTED.match(sentence):
        return " " + sentence[:1].lower() + sentence[1:]
    return ""


def detail_sentences(hooks: Hooks, language: str, agreement: str, variant: int, de_topic: str) -> str:
    """The sentences that make a thank-you this person's (CRAFT R02, R03, R05): their topic and
    one proof point, joined by a real link ("m’a d’autant plus intéressée que j’ai…") when they
    share words, the proof otherwise tied to the role ("Ce poste m’intéresse d’autant plus
    que…"); without a topic of their own, their job title when a proof point speaks to it, or
    (for the main contact, who owns the process) what was said with the others met; "" when
    the input holds nothing (the template then thanks for the time, never invents). Every
    branch that shows a proof also renews the interest, so the template need not repeat it.
    ``variant`` picks one of three phrasings so that a panel's messages differ; ``de_topic`` is
    "de" + the topic with its contraction ("du calendrier")."""
    proof = inline(hooks.proof.sentence)
    clause = as_clause(hooks.proof.sentence, language)
    pick = (variant - 1) % 3
    if language == "fr":
        more = _agreed(language, agreement, "m’a d’autant plus intéressé que", "m’a d’autant plus intéressée que",
                       "a d’autant plus retenu mon attention que")  # fmt: skip
        if hooks.topic:
            also = f", ainsi que sur {hooks.topic2}" if hooks.topic2 else ""
            if proof and hooks.proof.tied:
                # The topic is always named (CRAFT R02), even when the proof repeats its words.
                about = f" sur {hooks.topic}{also}"
                linked = (
                    f"Notre échange{about} {more}{clause}" if clause else "",
                    f"Je retiens en particulier notre discussion{about}, qui a renforcé mon intérêt pour le poste : "
                    f"{proof}",
                    f"Notre échange{about} a renforcé mon intérêt pour le poste : {proof}",
                )
                return linked[pick] or linked[2]
            said = (
                f"Merci également pour notre échange sur {hooks.topic}{also}.",
                f"Je retiens en particulier notre discussion sur {hooks.topic}{also}.",
                f"Notre échange sur {hooks.topic}{also} m’a été très utile.",
            )[pick]
            if hooks.other_hook and hooks.other_proof.sentence:
                other = as_clause(hooks.other_proof.sentence, language)
                if other:
                    return f"{said} Mes échanges, notamment avec {hooks.other_hook}, {more.replace('m’a', 'm’ont').replace('a d’autant', 'ont d’autant')}{other}"
            if proof:
                return (
                    f"{said} Ce poste m’intéresse d’autant plus que{clause}"
                    if clause
                    else (f"{said} Ce poste rejoint directement mon expérience : {proof}")
                )
            return said
        if hooks.title_proof and not hooks.other_hook:
            return hooks.title_proof
        if hooks.other_hook:
            chosen = hooks.other_proof.sentence or hooks.proof.sentence
            other = as_clause(chosen, language)
            verb = more.replace("m’a", "m’ont").replace("a d’autant", "ont d’autant")
            if other:
                return f"Mes échanges, notamment avec {hooks.other_hook}, {verb}{other}"
            if chosen:
                return f"Mes échanges, notamment avec {hooks.other_hook}, ont renforcé mon intérêt pour ce poste : {inline(chosen)}"
            return (
                f"Mes échanges, notamment avec {hooks.other_hook}, m’ont permis de mieux mesurer les enjeux du poste."
            )
        if hooks.others:
            if clause:
                return f"Mes échanges avec {hooks.others} ont renforcé mon intérêt pour ce poste, d’autant que{clause}"
            if proof:
                return f"Mes échanges avec {hooks.others} ont renforcé mon intérêt pour ce poste : {proof}"
            return f"Mes échanges avec {hooks.others} m’ont permis de mieux mesurer les enjeux du poste."
        if clause:
            return f"Ce poste m’intéresse d’autant plus que{clause}"
        return f"Ce poste rejoint directement mon expérience : {proof}" if proof else ""
    if hooks.topic:
        also = f" and {hooks.topic2}" if hooks.topic2 else ""
        if proof and hooks.proof.tied:
            linked = (
                f"I particularly enjoyed our conversation about {hooks.topic}{also}: {proof}",
                f"Our discussion of {hooks.topic}{also} strengthened my interest in the role: {proof}",
                f"Our conversation about {hooks.topic}{also} was of particular interest to me: {proof}",
            )
            return linked[pick] or linked[2]
        said = (
            f"I enjoyed our conversation about {hooks.topic}{also}.",
            f"Our discussion of {hooks.topic}{also} gave me a clearer picture of the role.",
            f"Talking about {hooks.topic}{also} helped me see what the role involves.",
        )[pick]
        if hooks.other_hook and hooks.other_proof.sentence:
            other = inline(hooks.other_proof.sentence)
            return f"{said} My conversation with {hooks.other_hook} was of particular interest to me: {other}"
        if proof:
            return f"{said} The role is close to my own experience: {proof}"
        return said
    if hooks.title_proof and not hooks.other_hook:
        return hooks.title_proof
    if hooks.other_hook:
        chosen = hooks.other_proof.sentence or hooks.proof.sentence
        if chosen:
            return f"My conversation with {hooks.other_hook} confirmed my interest in the role: {inline(chosen)}"
        return f"My conversation with {hooks.other_hook} gave me a clearer picture of the role."
    if hooks.others:
        if proof:
            return f"Meeting {hooks.others} confirmed my interest in the role: {proof}"
        return f"Meeting {hooks.others} gave me a clearer picture of the role."
    return f"The role builds directly on my experience, and it interests me all the more: {proof}" if proof else ""


def interest_sentence(hooks: Hooks, language: str, recall: bool = False) -> str:
    """A follow-up's renewed interest with one hook of the interview (CRAFT R26), worded
    otherwise than the thank-you: the person's topic, else what was said with another person
    met, else the interest alone. ``recall``: the follow-up has nothing new to add, so the
    thank-you's proof shows the interest again, after a colon, never re-sent as news."""
    shown = (hooks.proof.sentence or hooks.other_proof.sentence) if recall else ""
    if language == "fr":
        after = (
            f", en particulier après notre échange sur {hooks.topic}"
            if hooks.topic
            else f", en particulier après mon échange avec {hooks.other_hook}"
            if hooks.other_hook
            else ""
        )
        return f"Le poste m’intéresse toujours vivement{after}" + (f" : {inline(shown)}" if shown else ".")
    after = (
        f", especially after our conversation about {hooks.topic}"
        if hooks.topic
        else f", especially after my conversation with {hooks.other_hook}"
        if hooks.other_hook
        else ""
    )
    return f"I remain very interested in the role{after}" + (f": {inline(shown)}" if shown else ".")


def follow_up_proof(hooks: Hooks, language: str) -> str:
    """The follow-up's concrete addition (CRAFT R03, R26): a proof point not sent in the
    thank-you that answers a topic of the interview, introduced by that topic ("Sur les
    prévisions de ventes, une autre expérience me semble utile : j’ai formé…"); "" when there
    is none (never the thank-you's proof again, never one tied to nothing)."""
    if not hooks.follow_proof or not hooks.follow_topic:
        return ""
    proof = inline(hooks.follow_proof)
    if language == "fr":
        return f"Sur {hooks.follow_topic}, une expérience me semble utile : {proof}"
    return f"On {hooks.follow_topic}, one example may be useful: {proof}"
