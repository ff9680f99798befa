"""The insights (``stats``) as lines of text in the user's language: every figure with the
counts behind it, and "not enough data yet" where the data does not support a figure.

The words come from the one catalogue (``lastimpression.phrases``); a terminal line is written
as it is typed (plain spaces, the apostrophe '), the values it holds (a habit's label, the
formula) as they are.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from lastimpression.phrases import Phrase, fill, tr

# The catalogue's French typography, as a terminal line is typed.
_TERMINAL = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2019": "'"})


def _say(phrase: Phrase, language: str) -> str:
    """``phrase`` in ``language``: its own words (and those of the phrases it holds) as typed in
    a terminal, its other values as they are."""
    bare = dataclasses.replace(phrase, values=())  # said with no values: not %-formatted
    values = {name: _say(value, language) if isinstance(value, Phrase) else value for name, value in phrase.values}
    return fill(bare.say(language).translate(_TERMINAL), values, language)


def _share(share: dict[str, Any]) -> Phrase:
    if not share["enough"]:
        return tr(
            "not enough data yet (%(total)d of %(threshold)d needed)",
            total=share["total"],
            threshold=share["threshold"],
        )
    return tr(
        "%(percent)d%% (%(count)d/%(total)d)",
        percent=round(100 * share["rate"]),
        count=share["count"],
        total=share["total"],
    )


def _habit_row(name: str, row: dict[str, Any]) -> Phrase:
    with_, without = row["with"], row["without"]
    if not row["enough"]:
        return tr(
            "%(habit)s: not enough data yet (with %(with_total)d, without %(without_total)d; %(threshold)d each needed)",
            habit=name,
            with_total=with_["total"],
            without_total=without["total"],
            threshold=row["threshold"],
        )
    return tr(
        "%(habit)s: %(with_rate)d%% positive with it (%(with_count)d/%(with_total)d), "
        "%(without_rate)d%% without (%(without_count)d/%(without_total)d)",
        habit=name,
        with_rate=round(100 * with_["rate"]),
        with_count=with_["count"],
        with_total=with_["total"],
        without_rate=round(100 * without["rate"]),
        without_count=without["count"],
        without_total=without["total"],
    )


def describe(document: dict[str, Any], language: str) -> Iterator[str]:
    language = "fr" if language == "fr" else "en"  # the document holds the texts of both
    labels = {habit["code"]: habit[f"label_{language}"] for habit in document["formula"]["habits"]}
    yield _say(tr("Last-impression score — the formula:"), language)
    for habit in document["formula"]["habits"]:
        yield f"  {habit['weight']:>3}  {labels[habit['code']]}"
    yield "  " + document["formula"][f"text_{language}"]
    yield ""
    yield _say(tr("Scores by interview:"), language)
    if not document["scores"]:
        yield "  " + _say(tr("none yet: debrief an interview (lastimpression debrief ID)"), language)
    for scored in document["scores"]:
        value = "—" if scored["value"] is None else str(scored["value"])
        yield f"  {value:>3}  {scored['end'][:10]}  {scored['company']} — {scored['role']}"
    trend = document["trend"]
    if trend["enough"]:
        change = f"{trend['change']:+.0f}"
        recent, previous = trend["recent"]["count"], trend["previous"]["count"]
        said = tr(
            "Trend: %(change)s points (last %(recent)d vs the %(previous)d before)",
            change=change,
            recent=recent,
            previous=previous,
        )
        yield _say(said, language)
    else:
        yield _say(tr("Trend: not enough data yet"), language)
    yield ""
    yield _say(tr("Thank-yous sent within 24 h: %(share)s", share=_share(document["thank_you_within_24h"])), language)
    yield _say(tr("Promises kept: %(share)s", share=_share(document["promises_kept"])), language)
    yield _say(tr("Reply rate: %(share)s", share=_share(document["reply_rate"])), language)
    yield ""
    yield _say(tr("Habits and positive outcomes (next round, offer):"), language)
    for row in document["habits_and_outcomes"]:
        yield "  " + _say(_habit_row(labels.get(row["habit"], row["habit"]), row), language)
