"""The candidate's own lessons, learnt from past debriefs and the observation journal (PRODUCT.md
§1.3, §3 C2–C3). Pure: no Django, no I/O, no clock.

A lesson is a failure that repeats (a person not greeted, attention dropped before the door, an
interview that did not end on an invitation to continue), the last "what I will do differently",
or the ingredients of the candidate's best meetings. A lesson's sentences are ``Phrase``s of the one
catalogue (``lastimpression.phrases``), worded without grammatical agreement with the candidate,
the French typeset as in France (the card adapts it for Québec); notes and names are values,
inserted as written.

This module also holds the checks of observation data (``check_ratings``, ``check_debrief``,
``check_journal``): the web form and the CLI call them on input, and ``lessons`` and
``insights.insights`` call them again before computing, so a bad rating never becomes a figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from babel.lists import format_list

from lastimpression.core.observation import INGREDIENTS, PARTINGS, DebriefFacts, InterviewRecord, JournalFacts
from lastimpression.core.validation import InvalidValue
from lastimpression.phrases import Phrase, ptr, say, tr

__all__ = [
    "BEST_MEETING_RATING",
    "DECAY",
    "INGREDIENT_NAMES",
    "MIN_WEIGHT",
    "NOTE_LIMIT",
    "IngredientAverage",
    "Lesson",
    "best_ingredients",
    "best_meetings",
    "check_debrief",
    "check_journal",
    "check_ratings",
    "lessons",
    "shorten",
]

# A failure weighs DECAY**k, k being the number of debriefs written since, and half that once
# the habit has been regained (a success came after it): repeated and recent failures come first,
# a habit regained fades. A lesson lighter than MIN_WEIGHT is not worth a line on the card.
DECAY = 0.8
REGAINED = 0.5
MIN_WEIGHT = 0.3
# The last "what I will do differently" weighs a little less than one recent failure, the journal
# a little less again: the candidate's own failures are the most useful reminder.
DO_DIFFERENTLY_WEIGHT = 0.9
JOURNAL_WEIGHT = 0.8
# A journal entry is one of the best meetings when it ended on a continuation or its ratings
# average at least this much; an ingredient is named when it averages at least this much there.
BEST_MEETING_RATING = 4.0
# How many ingredients a lesson names, and how long a note may be once quoted in a lesson.
INGREDIENTS_NAMED = 3
NOTE_LIMIT = 160

# Each ingredient as a noun (French with its article).
INGREDIENT_NAMES: dict[str, Phrase] = {
    "serious": ptr("an ingredient, as a noun", "seriousness"),
    "cheerful": ptr("an ingredient, as a noun", "cheerfulness"),
    "convinced": ptr("an ingredient, as a noun", "conviction"),
    "enthusiastic": ptr("an ingredient, as a noun", "enthusiasm"),
    "professional": ptr("an ingredient, as a noun", "professionalism"),
    "responsive": ptr("an ingredient, as a noun", "responsiveness"),
    "confident": ptr("an ingredient, as a noun", "confidence"),
    "balanced_rapport": ptr("an ingredient, as a noun", "a balanced rapport"),
}

# The people crossed on the way out, under the names users give them: canonical role, then
# the role as the object of "greet" / "saluer".
_ROLES: dict[str, Phrase] = {
    "receptionist": ptr("whom to greet", "the receptionist"),
    "assistant": ptr("whom to greet", "the assistant"),
    "security": ptr("whom to greet", "the security staff"),
}
_ROLE_ALIASES: dict[str, str] = {
    **{alias: "receptionist" for alias in ("receptionist", "reception", "front desk", "accueil", "réception")},
    **{alias: "receptionist" for alias in ("réceptionniste", "hôte d'accueil", "hôtesse d'accueil", "standard")},
    **{alias: "assistant" for alias in ("assistant", "assistante", "secretary", "secrétaire", "pa")},
    **{alias: "assistant" for alias in ("executive assistant", "assistant de direction", "assistante de direction")},
    **{alias: "security" for alias in ("security", "security guard", "guard", "sécurité", "agent de sécurité")},
    **{alias: "security" for alias in ("gardien", "gardienne", "vigile")},
}

# "The last three times", "trois fois sur les cinq dernières" (French counts "fois": "une").
_NUMBERS = (
    ptr("how many times", "zero"),
    ptr("how many times", "one"),
    ptr("how many times", "two"),
    ptr("how many times", "three"),
    ptr("how many times", "four"),
    ptr("how many times", "five"),
    ptr("how many times", "six"),
    ptr("how many times", "seven"),
    ptr("how many times", "eight"),
    ptr("how many times", "nine"),
    ptr("how many times", "ten"),
)


@dataclass(frozen=True)
class _Listed(Phrase):
    """Several phrases as one value, listed as ``language`` lists them ("a, b and c", "a, b et c")."""

    items: tuple[Phrase, ...] = ()

    def say(self, language: str) -> str:
        return format_list([item.say(language) for item in self.items], locale=language)


@dataclass(frozen=True)
class Lesson:
    """One lesson: ``code`` is stable (e.g. ``not_greeted:receptionist``), ``weight`` orders the
    lessons (higher first), ``count`` is how many debriefs or journal entries it rests on;
    ``sentences`` say it (a plain string is shown as it is)."""

    code: str
    sentences: tuple[Phrase | str, ...]
    weight: float
    count: int

    def text(self, language: str) -> str:
        """The lesson in ``language``, its first letter a capital."""
        text = " ".join(say(sentence, language) for sentence in self.sentences)
        return text[:1].upper() + text[1:]

    @property
    def text_en(self) -> str:
        return self.text("en")

    @property
    def text_fr(self) -> str:
        return self.text("fr")


@dataclass(frozen=True)
class IngredientAverage:
    """An ingredient's average rating over the best meetings that rated it (``count`` of them)."""

    ingredient: str
    average: float
    count: int


def check_ratings(ratings: Mapping[str, int], field: str = "ratings") -> None:
    """Refuse an unknown ingredient or a rating that is not an integer from 1 to 5.

    Raises ``InvalidValue`` (a ``ValueError``) whose field is ``{field}.{ingredient}``.
    """
    for ingredient, rating in ratings.items():
        name = f"{field}.{ingredient}"
        if ingredient not in INGREDIENTS:
            raise InvalidValue(name, tr("is not an ingredient (one of %(known)s)", known=", ".join(INGREDIENTS)))
        if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5:
            raise InvalidValue(name, tr("%(value)s is not a rating from 1 to 5", value=repr(rating)))


def _check_parting(parting: str | None) -> None:
    if parting is not None and parting not in PARTINGS:
        raise InvalidValue(
            "parting", tr("%(value)s is not one of %(known)s", value=repr(parting), known=", ".join(PARTINGS))
        )


def check_debrief(debrief: DebriefFacts) -> None:
    """Refuse a debrief with a bad rating (field ``ratings[<person>].<ingredient>``), an unknown
    parting, or more people greeted than met. Raises ``InvalidValue``."""
    for person, ratings in debrief.ratings.items():
        check_ratings(ratings, f"ratings[{person}]")
    _check_parting(debrief.parting)
    if debrief.people_met < 0 or not 0 <= debrief.greeted_people <= debrief.people_met:
        raise InvalidValue(
            "greeted_people",
            tr(
                "%(greeted)d greeted out of %(met)d met is not possible",
                greeted=debrief.greeted_people, met=debrief.people_met,
            ),
        )  # fmt: skip


def check_journal(entry: JournalFacts) -> None:
    """Refuse a journal entry with nothing in it (field ``context``), a bad rating (field
    ``ratings.<ingredient>``) or an unknown parting. Raises ``InvalidValue``."""
    if not (entry.context.strip() or entry.who.strip() or entry.why.strip() or entry.ratings or entry.parting):
        raise InvalidValue("context", tr("the entry is empty"))
    check_ratings(entry.ratings)
    _check_parting(entry.parting)


# Runs of white space, except the no-break spaces that French typography puts where they belong.
_WHITE_SPACE = re.compile(r"[^\S\u00a0\u202f]+")


def shorten(text: str, limit: int = NOTE_LIMIT) -> str:
    """``text`` on one line (runs of white space other than no-break spaces collapsed), cut at a word boundary to at most
    ``limit`` characters, an ellipsis marking the cut."""
    flat = _WHITE_SPACE.sub(" ", text).strip(" ")
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" \u00a0\u202f,;:.-–—") + "…"


def _quoted(text: str, limit: int = NOTE_LIMIT) -> str:
    """A note fit for quoting inside a sentence: shortened, without its own final full stop."""
    note = shorten(text, limit)
    return note[:-1].rstrip() if note.endswith(".") and not note.endswith("..") else note


def _number(n: int) -> Phrase | str:
    return _NUMBERS[n] if n < len(_NUMBERS) else str(n)


def _frequency(streak: int, failures: int, window: int) -> Phrase:
    """How often, as the opening of a sentence."""
    if streak >= 2:
        return tr("the last %(number)s times", number=_number(streak))
    if streak == 1:
        return tr("last time")
    return tr("%(failures)s of the last %(window)s times", failures=_number(failures), window=_number(window))


@dataclass(frozen=True)
class _Habit:
    """A failure to look for in each debrief: ``observe`` says True (failed), False (done) or
    None (not observed that time); ``sentence`` says the failure, how often given as ``when``
    (``_frequency``), and ``detail`` an optional sentence from the most recent failing debrief."""

    code: str
    observe: Callable[[DebriefFacts], bool | None]
    sentence: Callable[[Phrase], Phrase]
    detail: Callable[[DebriefFacts], Phrase | None] | None = None


def _role(name: str) -> tuple[str, Phrase]:
    key = re.sub(r"\s+", " ", name.replace("’", "'")).strip().casefold()
    role = _ROLE_ALIASES.get(key)
    if role is not None:
        return role, _ROLES[role]
    return key, ptr("whom to greet", "someone you passed on the way out (%(name)s)", name=shorten(name, 60))


def _last_minutes(debrief: DebriefFacts) -> Phrase | None:
    note = _quoted(debrief.last_minutes)
    return tr("You noted: “%(note)s”.", note=note) if note else None


def _parting_words(debrief: DebriefFacts) -> Phrase | None:
    words = _quoted(debrief.parting_words)
    return tr("The words exchanged: “%(words)s”.", words=words) if words else None


def _habits(debriefs: Sequence[DebriefFacts]) -> list[_Habit]:
    habits = [
        _Habit(
            "lost_focus",
            lambda d: None if d.focused_to_door is None else not d.focused_to_door,
            lambda when: tr("%(when)s, your attention dropped before the door.", when=when),
            _last_minutes,
        ),
        _Habit(
            "people_not_greeted",
            lambda d: d.greeted_people < d.people_met if d.people_met > 0 else None,
            lambda when: tr("%(when)s, you did not greet everyone you met on the way out.", when=when),
        ),
        _Habit(
            "no_continuation",
            lambda d: None if d.parting is None else d.parting != "continuation",
            lambda when: tr(
                "%(when)s, the interview did not end on an invitation to continue; say the sentence at the door.",
                when=when,
            ),
            _parting_words,
        ),
    ]
    seen: dict[str, Phrase] = {}
    for debrief in debriefs:
        for name in debrief.others:
            key, words = _role(name)
            seen.setdefault(key, words)
    for key, whom in seen.items():

        def observe(debrief: DebriefFacts, key: str = key) -> bool | None:
            greeted = [ok for name, ok in debrief.others.items() if _role(name)[0] == key]
            return (not all(greeted)) if greeted else None

        def sentence(when: Phrase, whom: Phrase = whom) -> Phrase:
            return tr("%(when)s, you did not greet %(whom)s.", when=when, whom=whom)

        habits.append(_Habit(f"not_greeted:{key}", observe, sentence))
    return habits


def _failure_lesson(habit: _Habit, debriefs: Sequence[DebriefFacts]) -> Lesson | None:
    """The lesson of one habit over ``debriefs`` (oldest first), or None when it is not failing."""
    # (debrief, age, failed), most recent first, for the debriefs where the habit was observed.
    observed = [
        (debrief, age, failed)
        for age, debrief in enumerate(reversed(debriefs))
        if (failed := habit.observe(debrief)) is not None
    ]
    failing = [index for index, (_, _, failed) in enumerate(observed) if failed]
    streak = next((index for index, (_, _, failed) in enumerate(observed) if not failed), len(observed))
    weight = sum(DECAY ** observed[index][1] * (1.0 if index < streak else REGAINED) for index in failing)
    if weight < MIN_WEIGHT:
        return None
    streak = next((index for index, (_, _, failed) in enumerate(observed) if not failed), len(observed))
    # The window runs from the most recent observation back to the oldest failure.
    sentences: list[Phrase | str] = [habit.sentence(_frequency(streak, len(failing), failing[-1] + 1))]
    detail = habit.detail(observed[failing[0]][0]) if habit.detail is not None else None
    if detail is not None:
        sentences.append(detail)
    return Lesson(habit.code, tuple(sentences), round(weight, 6), len(failing))


def _do_differently(records: Sequence[InterviewRecord]) -> Lesson | None:
    debriefed = [record for record in records if record.debrief is not None]
    for age, record in enumerate(reversed(debriefed)):
        note = _quoted(record.debrief.do_differently) if record.debrief else ""
        if note:
            company = shorten(record.company, 80)
            noted = tr(
                "After your interview at %(company)s, you noted what you would do differently: “%(note)s”.",
                company=company,
                note=note,
            )
            return Lesson("do_differently", (noted,), round(DO_DIFFERENTLY_WEIGHT * DECAY**age, 6), 1)
    return None


def best_meetings(journal: Sequence[JournalFacts]) -> list[JournalFacts]:
    """The journal entries that ended on a continuation or whose ratings average at least
    ``BEST_MEETING_RATING``, in the journal's order."""
    return [
        entry
        for entry in journal
        if entry.parting == "continuation"
        or (entry.ratings and sum(entry.ratings.values()) / len(entry.ratings) >= BEST_MEETING_RATING)
    ]


def best_ingredients(journal: Sequence[JournalFacts]) -> list[IngredientAverage]:
    """The ingredients that average at least ``BEST_MEETING_RATING`` over the best meetings,
    highest average first (then the most often rated, then the article's order)."""
    best = best_meetings(journal)
    found = []
    for ingredient in INGREDIENTS:
        ratings = [entry.ratings[ingredient] for entry in best if ingredient in entry.ratings]
        if ratings and sum(ratings) / len(ratings) >= BEST_MEETING_RATING:
            found.append(IngredientAverage(ingredient, round(sum(ratings) / len(ratings), 2), len(ratings)))
    order = {name: index for index, name in enumerate(INGREDIENTS)}
    return sorted(found, key=lambda item: (-item.average, -item.count, order[item.ingredient]))


def _journal_lesson(journal: Sequence[JournalFacts]) -> Lesson | None:
    named = best_ingredients(journal)[:INGREDIENTS_NAMED]
    if not named:
        return None
    count = len(best_meetings(journal))
    ingredients = _Listed("", items=tuple(INGREDIENT_NAMES[item.ingredient] for item in named))
    if count == 1:
        had = tr("Your best meeting had: %(ingredients)s.", ingredients=ingredients)
    else:
        had = tr("Your best meetings had in common: %(ingredients)s.", ingredients=ingredients)
    return Lesson("best_meetings", (had,), JOURNAL_WEIGHT, count)


def lessons(history: Sequence[InterviewRecord], journal: Sequence[JournalFacts], *, limit: int = 3) -> list[Lesson]:
    """The candidate's lessons, most important first, at most ``limit`` of them.

    ``history``: past interviews (any order; sorted here by end, oldest first). A failing habit
    weighs ``DECAY**k`` per failure (k: debriefs written since), halved (``REGAINED``) for the
    failures followed by a success, and is kept from ``MIN_WEIGHT`` up. The last "what I will do
    differently" weighs ``DO_DIFFERENTLY_WEIGHT * DECAY**k``, the ingredients of the best journal
    meetings ``JOURNAL_WEIGHT``. Ties keep a stable order by code.

    Raises ``InvalidValue`` (a ``ValueError`` naming the field) for a bad rating or parting.
    """
    records = sorted(history, key=lambda record: record.end)
    debriefs = [record.debrief for record in records if record.debrief is not None]
    for debrief in debriefs:
        check_debrief(debrief)
    for entry in journal:
        check_journal(entry)
    found = [_failure_lesson(habit, debriefs) for habit in _habits(debriefs)]
    found += [_do_differently(records), _journal_lesson(journal)]
    ranked = sorted(
        (lesson for lesson in found if lesson is not None), key=lambda lesson: (-lesson.weight, lesson.code)
    )
    return ranked[: max(limit, 0)]
