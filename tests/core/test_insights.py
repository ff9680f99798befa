"""The last-impression score and the insights on constructed histories with known answers."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from lastimpression.core.insights import HABITS, MIN_SAMPLE, MIN_SHARE, TREND_WINDOW, insights, score
from lastimpression.core.observation import DebriefFacts, InterviewRecord, JournalFacts
from lastimpression.core.validation import InvalidValue

PARIS = ZoneInfo("Europe/Paris")
END = datetime(2026, 9, 1, 11, 0, tzinfo=PARIS)
LATER = datetime(2027, 6, 1, 9, 0, tzinfo=PARIS)


def record(index: int = 0, debrief: DebriefFacts | None = None, **facts: object) -> InterviewRecord:
    """An interview ending ``index`` weeks after ``END``."""
    return InterviewRecord(
        interview_id=index + 1,
        company="Acme",
        role="Data engineer",
        end=END + timedelta(weeks=index),
        status=str(facts.pop("status", "done")),
        debrief=debrief,
        **facts,  # type: ignore[arg-type]
    )


def perfect(index: int, status: str = "done") -> InterviewRecord:
    """Every habit achieved."""
    end = END + timedelta(weeks=index)
    return record(
        index,
        DebriefFacts(
            index + 1, True, people_met=1, greeted_people=1, others={"receptionist": True}, parting="continuation"
        ),
        status=status,
        thank_you_sent_at=end + timedelta(hours=3),
        follow_up_promised=end.date() + timedelta(days=7),
        follow_up_done_on=end.date() + timedelta(days=7),
    )


def failed(index: int, status: str = "done") -> InterviewRecord:
    """Every habit missed."""
    return record(
        index,
        DebriefFacts(
            index + 1, False, people_met=1, greeted_people=0, others={"receptionist": False}, parting="goodbye"
        ),
        status=status,
        follow_up_promised=(END + timedelta(weeks=index, days=7)).date(),
    )


def test_the_habits_state_their_weights_in_one_place_and_add_up_to_100() -> None:
    assert sum(habit.weight for habit in HABITS) == 100
    assert len({habit.code for habit in HABITS}) == len(HABITS)
    assert all(habit.achieved is None and habit.label("fr") != habit.label("en") for habit in HABITS)


def test_a_score_computed_by_hand() -> None:
    # Known: focused 25 (yes), greeted people 20 (1 of 2: no), parted on a continuation 15 (yes),
    # thank-you within 24 h 15 (yes). Unknown: no one else crossed, no promise.
    # 100 × (25 + 15 + 15) / (25 + 20 + 15 + 15) = 73.3
    interview = record(
        debrief=DebriefFacts(1, focused_to_door=True, people_met=2, greeted_people=1, parting="continuation"),
        thank_you_sent_at=END + timedelta(hours=20),
    )

    result = score(interview)

    assert result.value == 73
    assert result.known_weight == 75 and result.achieved_weight == 55
    assert result.achieved("greeted_others") is None and result.achieved("follow_up_kept") is None


def test_unknown_habits_are_left_out_of_the_denominator() -> None:
    only_focus = record(debrief=DebriefFacts(1, focused_to_door=True), thank_you_sent_at=END + timedelta(hours=1))

    assert score(only_focus).value == 100
    assert score(record(), now=END + timedelta(hours=1)).value is None
    assert score(perfect(0)).value == 100
    assert score(failed(0)).value == 0


def test_a_thank_you_is_pending_before_24_hours_and_missed_after() -> None:
    interview = record()

    assert score(interview, now=END + timedelta(hours=23)).achieved("thank_you_24h") is None
    assert score(interview, now=END + timedelta(hours=25)).achieved("thank_you_24h") is False
    assert score(interview).achieved("thank_you_24h") is False
    late = replace(interview, thank_you_sent_at=END + timedelta(hours=24, minutes=1))
    assert score(late).achieved("thank_you_24h") is False
    on_time = replace(interview, thank_you_sent_at=END + timedelta(hours=24))
    assert score(on_time).achieved("thank_you_24h") is True


def test_a_promise_is_kept_on_its_date_or_by_a_reply() -> None:
    promised = date(2026, 9, 10)
    base = record(follow_up_promised=promised)

    assert score(replace(base, follow_up_done_on=promised)).achieved("follow_up_kept") is True
    assert score(replace(base, replied=True)).achieved("follow_up_kept") is True
    assert score(replace(base, follow_up_unnecessary=True)).achieved("follow_up_kept") is True
    assert score(replace(base, follow_up_done_on=date(2026, 9, 11))).achieved("follow_up_kept") is False
    assert score(replace(base, follow_up_done_on=date(2026, 9, 9))).achieved("follow_up_kept") is False
    on_the_day = datetime(2026, 9, 10, 20, 0, tzinfo=PARIS)
    assert score(base, now=on_the_day).achieved("follow_up_kept") is None
    assert score(base, now=on_the_day + timedelta(days=1)).achieved("follow_up_kept") is False
    assert score(record()).achieved("follow_up_kept") is None


def test_the_share_of_thank_yous_sent_within_24_hours() -> None:
    history = [
        record(0, thank_you_sent_at=END + timedelta(hours=2)),
        record(1, thank_you_sent_at=END + timedelta(weeks=1, hours=20)),
        record(2, thank_you_sent_at=END + timedelta(weeks=2, hours=30)),
        record(3),
        record(4),  # ends an hour before now: still pending, not counted
    ]
    now = END + timedelta(weeks=4, hours=1)

    share = insights(history, [], now=now).thank_you_within_24h

    assert (share.count, share.total, share.rate, share.enough) == (2, 4, 0.5, True)


def test_promises_kept_count_a_reply_and_ignore_those_not_yet_due() -> None:
    history = [
        record(0, follow_up_promised=date(2026, 9, 8), follow_up_done_on=date(2026, 9, 8)),
        record(1, follow_up_promised=date(2026, 9, 15), replied=True, people_emailed=1),
        record(2, follow_up_promised=date(2026, 9, 22)),
        record(3, follow_up_promised=date(2026, 12, 1)),  # not due yet
        record(4),  # nothing promised
    ]

    share = insights(history, [], now=datetime(2026, 10, 1, 12, tzinfo=PARIS)).promises_kept

    assert (share.count, share.total, share.threshold, share.enough) == (2, 3, MIN_SHARE, True)


def test_the_reply_rate_counts_interviews_with_an_e_mail_sent() -> None:
    history = [
        record(0, people_emailed=2, replied=True),
        record(1, thank_you_sent_at=END + timedelta(weeks=1, hours=2)),
        record(2, people_emailed=1),
        record(3, replied=True),  # a phone call, no e-mail sent: not in the rate
    ]

    share = insights(history, [], now=LATER).reply_rate

    assert (share.count, share.total, share.enough) == (1, 3, True)
    assert insights(history[:2], [], now=LATER).reply_rate.enough is False


def test_the_trend_compares_the_last_three_scores_with_the_three_before() -> None:
    history = [failed(0), failed(1), perfect(2), perfect(3), perfect(4), failed(5)]

    trend = insights(history, [], now=LATER).trend

    assert trend.previous == (0, 0, 100) and trend.recent == (100, 100, 0)
    assert (trend.previous_average, trend.recent_average, trend.change, trend.enough) == (33.3, 66.7, 33.3, True)
    assert TREND_WINDOW == 3


def test_the_trend_is_not_enough_data_below_two_full_windows() -> None:
    trend = insights([failed(0), perfect(1), perfect(2), perfect(3)], [], now=LATER).trend

    assert trend.enough is False and trend.change is None
    assert (len(trend.previous), len(trend.recent)) == (1, 3)


def test_three_interviews_are_not_enough_data_for_habits_and_outcomes() -> None:
    history = [perfect(0, "offer"), failed(1, "rejected"), perfect(2, "next_round")]

    result = insights(history, [], now=LATER)

    assert all(item.enough is False and item.difference is None for item in result.habits_and_outcomes)
    focus = next(item for item in result.habits_and_outcomes if item.habit.code == "focused_to_door")
    assert (focus.with_habit.count, focus.with_habit.total) == (2, 2)
    assert (focus.without_habit.count, focus.without_habit.total) == (0, 1)


def test_habits_that_go_with_positive_outcomes_with_the_counts_behind_them() -> None:
    statuses_with = ["offer", "next_round", "accepted", "next_round", "rejected"]
    statuses_without = ["rejected", "withdrawn", "rejected", "next_round", "rejected"]
    history = [perfect(i, status) for i, status in enumerate(statuses_with)]
    history += [failed(i + 5, status) for i, status in enumerate(statuses_without)]
    history += [perfect(10, "done"), failed(11, "scheduled")]  # outcome not known: left out

    focus = next(
        item for item in insights(history, [], now=LATER).habits_and_outcomes if item.habit.code == "focused_to_door"
    )

    assert (focus.with_habit.count, focus.with_habit.total) == (4, MIN_SAMPLE)
    assert (focus.without_habit.count, focus.without_habit.total) == (1, MIN_SAMPLE)
    assert focus.enough is True
    assert focus.difference == 0.6


def test_interviews_that_have_not_ended_are_left_out() -> None:
    now = END + timedelta(days=1)

    result = insights([perfect(0), perfect(3)], [], now=now)

    assert [item.interview_id for item in result.scores] == [1]


def test_stats_json_carries_every_figure_with_counts_threshold_and_enough_and_the_formula() -> None:
    journal = [JournalFacts(date(2026, 1, 5), "Salon", ratings={"enthusiastic": 5}, parting="continuation")]
    result = insights([perfect(0, "offer"), failed(1, "rejected")], journal, now=LATER)

    data = json.loads(json.dumps(result.as_json()))

    assert [(h["code"], h["weight"]) for h in data["formula"]["habits"]] == [(h.code, h.weight) for h in HABITS]
    assert data["formula"]["total_weight"] == 100
    assert "\u00a0:" not in data["formula"]["text_en"] and "n’est pas comptée" in data["formula"]["text_fr"]
    assert data["thresholds"] == {"min_sample": MIN_SAMPLE, "min_share": MIN_SHARE, "trend_window": TREND_WINDOW}
    for figure in ("thank_you_within_24h", "promises_kept", "reply_rate"):
        assert set(data[figure]) == {"count", "total", "rate", "threshold", "enough"}
    assert data["thank_you_within_24h"] == {"count": 1, "total": 2, "rate": 0.5, "threshold": 3, "enough": False}
    assert data["trend"]["enough"] is False and data["trend"]["change"] is None
    assert data["scores"][0]["value"] == 100 and data["scores"][0]["end"] == perfect(0).end.isoformat()
    first = data["habits_and_outcomes"][0]
    assert first["with"]["count"] == 1 and first["without"]["total"] == 1 and first["enough"] is False
    assert data["journal"]["entries"] == 1
    assert data["journal"]["best_ingredients"] == [{"ingredient": "enthusiastic", "average": 5.0, "count": 1}]


def test_a_bad_rating_in_a_debrief_is_refused_naming_the_field() -> None:
    bad = record(debrief=DebriefFacts(1, ratings={"Claire Martin": {"enthusiastic": 0}}))

    with pytest.raises(InvalidValue) as raised:
        insights([bad], [], now=LATER)
    assert raised.value.field == "ratings[Claire Martin].enthusiastic"


def test_a_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match=r"^now: "):
        insights([], [], now=datetime(2026, 9, 1))


def test_an_empty_history_has_no_figure_that_claims_enough() -> None:
    result = insights([], [], now=LATER)

    data = result.as_json()
    assert data["interviews"] == 0
    assert data["thank_you_within_24h"]["rate"] is None and data["thank_you_within_24h"]["enough"] is False
    assert data["trend"]["recent"] == {"average": None, "count": 0}
    assert not any(item["enough"] for item in data["habits_and_outcomes"])
