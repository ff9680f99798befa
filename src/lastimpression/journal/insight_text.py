"""The insights (``stats``) as lines of text in the user's language: every figure with the
counts behind it, and "not enough data yet" where the data does not support a figure."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def _say(language: str, english: str, french: str) -> str:
    return french if language == "fr" else english


def _share(share: dict[str, Any], language: str) -> str:
    if not share["enough"]:
        return _say(language, f"not enough data yet ({share['total']} of {share['threshold']} needed)",
                    f"pas encore assez de données ({share['total']} sur {share['threshold']} nécessaires)")  # fmt: skip
    percent = round(100 * share["rate"])
    return (
        f"{percent} % ({share['count']}/{share['total']})"
        if language == "fr"
        else f"{percent}% ({share['count']}/{share['total']})"
    )


def describe(document: dict[str, Any], language: str) -> Iterator[str]:
    labels = {
        habit["code"]: habit[f"label_{'fr' if language == 'fr' else 'en'}"] for habit in document["formula"]["habits"]
    }
    yield _say(language, "Last-impression score — the formula:", "Score de dernière impression — la formule :")
    for habit in document["formula"]["habits"]:
        yield f"  {habit['weight']:>3}  {labels[habit['code']]}"
    yield "  " + document["formula"]["text_fr" if language == "fr" else "text_en"]
    yield ""
    yield _say(language, "Scores by interview:", "Scores par entretien :")
    if not document["scores"]:
        yield _say(language, "  none yet: debrief an interview (lastimpression debrief ID)",
                   "  aucun pour l'instant : débriefez un entretien (lastimpression debrief ID)")  # fmt: skip
    for scored in document["scores"]:
        value = "—" if scored["value"] is None else str(scored["value"])
        yield f"  {value:>3}  {scored['end'][:10]}  {scored['company']} — {scored['role']}"
    trend = document["trend"]
    if trend["enough"]:
        yield _say(language, f"Trend: {trend['change']:+.0f} points (last {trend['recent']['count']} vs the {trend['previous']['count']} before)",
                   f"Tendance : {trend['change']:+.0f} points ({trend['recent']['count']} derniers contre les {trend['previous']['count']} précédents)")  # fmt: skip
    else:
        yield _say(language, "Trend: not enough data yet", "Tendance : pas encore assez de données")
    yield ""
    yield _say(language, "Thank-yous sent within 24 h: ", "Remerciements envoyés dans les 24 h : ") + _share(
        document["thank_you_within_24h"], language
    )
    yield _say(language, "Promises kept: ", "Promesses de relance tenues : ") + _share(
        document["promises_kept"], language
    )
    yield _say(language, "Reply rate: ", "Taux de réponse : ") + _share(document["reply_rate"], language)
    yield ""
    yield _say(
        language,
        "Habits and positive outcomes (next round, offer):",
        "Habitudes et issues positives (tour suivant, offre) :",
    )
    for row in document["habits_and_outcomes"]:
        name = labels.get(row["habit"], row["habit"])
        if not row["enough"]:
            yield "  " + name + _say(language, f": not enough data yet (with {row['with']['total']}, without {row['without']['total']}; {row['threshold']} each needed)",
                                     f" : pas encore assez de données (avec {row['with']['total']}, sans {row['without']['total']} ; {row['threshold']} de chaque nécessaires)")  # fmt: skip
            continue
        with_, without = row["with"], row["without"]
        yield "  " + name + _say(language, f": {round(100 * with_['rate'])}% positive with it ({with_['count']}/{with_['total']}), {round(100 * without['rate'])}% without ({without['count']}/{without['total']})",
                                 f" : {round(100 * with_['rate'])} % d'issues positives avec ({with_['count']}/{with_['total']}), {round(100 * without['rate'])} % sans ({without['count']}/{without['total']})")  # fmt: skip
