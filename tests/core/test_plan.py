"""The follow-up plan (PRODUCT.md §4). Holiday dates were checked against `holidays` 0.109."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lastimpression.core.calendar import BusinessCalendar
from lastimpression.core.plan import (
    PlanInterview,
    PlannedAction,
    PlanPerson,
    PlanSettings,
    StoredAction,
    build_plan,
    reconcile,
    waits_longer,
)

NOW = datetime(2020, 1, 1, tzinfo=UTC)  # the plan never depends on it
PARIS_USER = PlanSettings(user_timezone="Europe/Paris")
CLAIRE = PlanPerson(1, has_email=True)
MARC = PlanPerson(2, has_email=True)
RECEPTIONIST = PlanPerson(3, has_email=False)

PLACES = {
    "paris": ("FR", "", "Europe/Paris"),
    "metz": ("FR", "57", "Europe/Paris"),
    "strasbourg": ("FR", "6AE", "Europe/Paris"),
    "montreal": ("CA", "QC", "America/Montreal"),
    "montreal-toronto-zone": ("CA", "QC", "America/Toronto"),
    "toronto": ("CA", "ON", "America/Toronto"),
    "neuchatel": ("CH", "NE", "Europe/Zurich"),
    "sydney": ("AU", "NSW", "Australia/Sydney"),
}


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def interview(place: str, end: str, *, hours: float = 1, decision_by: date | None = None) -> PlanInterview:
    country, subdivision, timezone = PLACES[place]
    finish = at(end)
    return PlanInterview(
        id=1,
        start=finish - timedelta(hours=hours),
        end=finish,
        country=country,
        subdivision=subdivision,
        timezone=timezone,
        decision_by=decision_by,
    )


def due(actions: list[PlannedAction], kind: str, person_id: int | None = None) -> str:
    (found,) = [a for a in actions if a.kind == kind and a.person_id == person_id]
    return found.due.isoformat()


def plan(
    place: str,
    end: str,
    *,
    decision_by: date | None = None,
    people: tuple[PlanPerson, ...] = (CLAIRE,),
    plan_settings: PlanSettings = PARIS_USER,
    promised_follow_up: date | None = None,
) -> list[PlannedAction]:
    return build_plan(
        interview(place, end, decision_by=decision_by),
        people,
        plan_settings,
        NOW,
        promised_follow_up=promised_follow_up,
    )


# -- thank-you --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("place", "end", "expected"),
    [
        # The spec's example: 18:00 is closed and 24 June is Québec's Fête nationale.
        ("montreal", "2027-06-23T17:00-04:00", "2027-06-25T09:00:00-04:00"),
        ("montreal-toronto-zone", "2027-06-23T17:00-04:00", "2027-06-25T09:00:00-04:00"),
        ("toronto", "2027-06-23T17:00-04:00", "2027-06-24T09:00:00-04:00"),
        # An hour after the end, inside business hours: that very instant.
        ("paris", "2026-06-09T15:00+02:00", "2026-06-09T16:00:00+02:00"),
        # Ending at 17:30: 18:30 is closed, so the next morning.
        ("paris", "2026-06-09T17:30+02:00", "2026-06-10T09:00:00+02:00"),
        # A Friday-evening interview: Monday morning.
        ("paris", "2026-06-12T18:00+02:00", "2026-06-15T09:00:00+02:00"),
        # Christmas Eve: Moselle and Alsace also rest on 26 December.
        ("metz", "2025-12-24T17:30+01:00", "2025-12-29T09:00:00+01:00"),
        ("strasbourg", "2025-12-24T17:30+01:00", "2025-12-29T09:00:00+01:00"),
        ("paris", "2025-12-24T17:30+01:00", "2025-12-26T09:00:00+01:00"),
        # Good Friday (and Easter Monday) in Moselle and Alsace only.
        ("metz", "2026-04-02T17:30+02:00", "2026-04-07T09:00:00+02:00"),
        ("strasbourg", "2026-04-02T17:30+02:00", "2026-04-07T09:00:00+02:00"),
        ("paris", "2026-04-02T17:30+02:00", "2026-04-03T09:00:00+02:00"),
        # Neuchâtel's 1 March, a Monday in 2027.
        ("neuchatel", "2027-02-26T17:30+01:00", "2027-03-02T09:00:00+01:00"),
        # DST weekends: Monday's opening has the new offset.
        ("paris", "2026-03-27T17:30+01:00", "2026-03-30T09:00:00+02:00"),
        ("paris", "2026-10-23T17:30+02:00", "2026-10-26T09:00:00+01:00"),
        ("toronto", "2026-03-06T17:30-05:00", "2026-03-09T09:00:00-04:00"),
        ("toronto", "2026-10-30T17:30-04:00", "2026-11-02T09:00:00-05:00"),
        # Sydney: DST starts Sunday 4 October 2026, Monday 5 October is Labour Day in NSW.
        ("sydney", "2026-10-02T17:30+10:00", "2026-10-06T09:00:00+11:00"),
    ],
)
def test_thank_you_is_the_first_business_slot_an_hour_after_the_end(place, end, expected):
    assert due(plan(place, end), "thank_you", CLAIRE.id) == expected


def test_thank_you_due_is_expressed_in_the_recipients_zone():
    actions = plan("montreal", "2027-06-23T23:00+02:00")  # the end given in Paris time
    (thank_you,) = [a for a in actions if a.kind == "thank_you"]
    assert str(thank_you.due.tzinfo) == "America/Montreal"
    assert thank_you.due.isoformat() == "2027-06-25T09:00:00-04:00"


def test_each_person_with_an_email_gets_a_thank_you_at_the_same_slot():
    actions = plan("paris", "2026-06-09T15:00+02:00", people=(CLAIRE, MARC))
    thank_yous = [a for a in actions if a.kind == "thank_you"]
    assert [a.person_id for a in thank_yous] == [CLAIRE.id, MARC.id]
    assert {a.due for a in thank_yous} == {at("2026-06-09T16:00+02:00")}


def test_a_person_without_email_keeps_a_thank_you_step_and_a_linkedin_invitation():
    actions = plan("paris", "2026-06-09T17:30+02:00", people=(CLAIRE, RECEPTIONIST))
    assert [a.person_id for a in actions if a.kind == "thank_you"] == [CLAIRE.id, RECEPTIONIST.id]
    assert due(actions, "thank_you", RECEPTIONIST.id) == due(actions, "thank_you", CLAIRE.id)
    # The thank-you slot she would have had is Wednesday 09:00; LinkedIn the day after, three
    # hours after Claire's (09:00), who comes first in the panel.
    assert due(actions, "linkedin", CLAIRE.id) == "2026-06-11T09:00:00+02:00"
    assert due(actions, "linkedin", RECEPTIONIST.id) == "2026-06-11T12:00:00+02:00"


def test_a_longer_thank_you_delay_is_honoured():
    patient = PlanSettings(user_timezone="Europe/Paris", thank_you_delay=timedelta(hours=3))
    actions = plan("paris", "2026-06-09T14:00+02:00", plan_settings=patient)
    assert due(actions, "thank_you", CLAIRE.id) == "2026-06-09T17:00:00+02:00"


# -- LinkedIn ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("place", "end", "expected"),
    [
        # Thank-you Friday 25 June: LinkedIn Monday 28 June.
        ("montreal", "2027-06-23T17:00-04:00", "2027-06-28T09:00:00-04:00"),
        # Thank-you Friday 26 December in Paris, but Monday 29 in Moselle: then Tuesday.
        ("paris", "2025-12-24T17:30+01:00", "2025-12-29T09:00:00+01:00"),
        ("metz", "2025-12-24T17:30+01:00", "2025-12-30T09:00:00+01:00"),
    ],
)
def test_linkedin_is_the_opening_of_the_business_day_after_the_thank_you(place, end, expected):
    assert due(plan(place, end), "linkedin", CLAIRE.id) == expected


def test_linkedin_comes_at_least_a_day_after_the_interview_and_a_panel_is_invited_hours_apart():
    # Ends Tuesday 11:00, thanked at 12:00: Wednesday's opening would be 22 h later, too soon
    # (CRAFT R30); the first invitation waits for Wednesday 11:00, the others 3 business hours
    # apart: 14:00, 17:00, then past the closing (18:00) Thursday's opening.
    panel = tuple(PlanPerson(number, has_email=True) for number in range(1, 5))
    actions = plan("paris", "2026-06-09T11:00+02:00", people=panel)
    assert [due(actions, "linkedin", person.id) for person in panel] == [
        "2026-06-10T11:00:00+02:00",
        "2026-06-10T14:00:00+02:00",
        "2026-06-10T17:00:00+02:00",
        "2026-06-11T09:00:00+02:00",
    ]


# -- follow-up --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("place", "end", "decision_by", "expected"),
    [
        # A decision on a Friday: the next business day is a Monday, so Tuesday (mid-week,
        # CRAFT R25), at 10:00.
        ("paris", "2026-06-09T11:00+02:00", date(2026, 6, 19), "2026-06-23T10:00:00+02:00"),
        # A decision on the eve of a holiday (Saint-Jean, Thursday 24): Friday 25, off to
        # Tuesday 29 (Monday 28 is no better).
        ("montreal", "2027-06-14T11:00-04:00", date(2027, 6, 23), "2027-06-29T10:00:00-04:00"),
        # Christmas Eve 2025 (a Wednesday): Moselle keeps 25 and 26 off, so Monday 29, then
        # Tuesday 30; Paris works on Friday 26, a Friday, so Tuesday 30 as well.
        ("metz", "2025-12-15T11:00+01:00", date(2025, 12, 24), "2025-12-30T10:00:00+01:00"),
        ("paris", "2025-12-15T11:00+01:00", date(2025, 12, 24), "2025-12-30T10:00:00+01:00"),
        # A decision on a business day: the next one, a Wednesday.
        ("paris", "2026-06-09T11:00+02:00", date(2026, 6, 16), "2026-06-17T10:00:00+02:00"),
        # A decision on a holiday (Christmas, a Friday): Monday 28, so Tuesday 29.
        ("paris", "2026-12-15T11:00+01:00", date(2026, 12, 25), "2026-12-29T10:00:00+01:00"),
        # ... and New Year's Day, a Friday too: Tuesday 5 January.
        ("paris", "2026-12-15T11:00+01:00", date(2027, 1, 1), "2027-01-05T10:00:00+01:00"),
    ],
)
def test_follow_up_is_mid_week_mid_morning_after_the_decision_date(place, end, decision_by, expected):
    assert due(plan(place, end, decision_by=decision_by), "follow_up") == expected


@pytest.mark.parametrize(
    ("place", "end", "expected"),
    [
        # 7 business days after Wednesday 23 June 2027 in Québec, skipping the 24th and
        # Canada Day (Thursday 1 July): 25, 28, 29, 30 June, 2, 5, 6 July.
        ("montreal", "2027-06-23T17:00-04:00", "2027-07-06T10:00:00-04:00"),
        # From Friday 19 December 2025: Moselle skips 25, 26 December and 1 January, which
        # gives Friday 2 January: Tuesday 6.
        ("metz", "2025-12-19T11:00+01:00", "2026-01-06T10:00:00+01:00"),
        ("paris", "2025-12-19T11:00+01:00", "2025-12-31T10:00:00+01:00"),
        # The day before the change to summer time (Saturday 27 March 2027), skipping Easter
        # Monday: the follow-up, after the change, is at 10:00 with the new offset.
        ("paris", "2027-03-27T11:00+01:00", "2027-04-07T10:00:00+02:00"),
        # Counted from the interview's local date: 08:00 Wednesday in Sydney (Tuesday in UTC),
        # which gives Friday 19 June: Tuesday 23.
        ("sydney", "2026-06-10T09:00+10:00", "2026-06-23T10:00:00+10:00"),
    ],
)
def test_follow_up_without_decision_date_is_seven_business_days_later(place, end, expected):
    assert due(plan(place, end), "follow_up") == expected


@pytest.mark.parametrize(
    ("role", "language", "country", "expected"),
    [
        ("Senior Data Scientist", "en", "US", True),
        ("Directrice financière", "fr", "FR", True),
        ("Head of Operations", "en", "GB", True),
        ("Analyste d’affaires", "fr", "CA", True),  # a French-speaking process in Québec
        ("Business Analyst", "en", "CA", False),
        ("Ingénieure data", "fr", "FR", False),
        ("Leader de la planification", "fr", "FR", False),  # "Lead" as a whole word only
    ],
)
def test_senior_roles_and_quebec_wait_longer(role, language, country, expected):
    assert waits_longer(role, language, country) is expected


def test_a_patient_follow_up_without_decision_date_waits_ten_business_days():
    # Tuesday 21 September 2027 in Paris: 10 business days is Tuesday 5 October (7 would be
    # Thursday 30 September); a decision date given keeps its own rule.
    start = datetime.fromisoformat("2027-09-21T13:00+02:00")
    patient = PlanInterview(1, start, start + timedelta(hours=1), "FR", "", "Europe/Paris", patient=True)
    actions = build_plan(patient, [CLAIRE], PARIS_USER, NOW)
    assert due(actions, "follow_up") == "2027-10-05T10:00:00+02:00"
    ordinary = PlanInterview(1, start, start + timedelta(hours=1), "FR", "", "Europe/Paris")
    assert due(build_plan(ordinary, [CLAIRE], PARIS_USER, NOW), "follow_up") == "2027-09-30T10:00:00+02:00"
    decided = PlanInterview(1, start, start + timedelta(hours=1), "FR", "", "Europe/Paris", date(2027, 9, 24), True)
    assert due(build_plan(decided, [CLAIRE], PARIS_USER, NOW), "follow_up") == "2027-09-28T10:00:00+02:00"


def test_follow_up_business_days_are_configurable():
    quick = PlanSettings(user_timezone="Europe/Paris", follow_up_business_days=3)
    actions = plan("montreal", "2027-06-23T17:00-04:00", plan_settings=quick)
    assert due(actions, "follow_up") == "2027-06-29T10:00:00-04:00"


def test_follow_up_waits_for_the_users_later_hours_and_keeps_to_them():
    late = PlanSettings(user_timezone="Europe/Paris", opening=time(11), closing=time(19))
    actions = plan("paris", "2026-06-09T11:00+02:00", decision_by=date(2026, 6, 16), plan_settings=late)
    assert due(actions, "follow_up") == "2026-06-17T11:00:00+02:00"
    short = PlanSettings(user_timezone="Europe/Paris", opening=time(8), closing=time(10))
    actions = plan("paris", "2026-06-09T09:00+02:00", decision_by=date(2026, 6, 16), plan_settings=short)
    assert due(actions, "follow_up") == "2026-06-17T08:00:00+02:00"


def test_follow_up_never_comes_before_the_day_after_the_thank_you():
    # A decision date already past when the interview is recorded must not put the follow-up
    # before, or on the same morning as, the thank-you (Friday 25 June): Monday 28 at the
    # earliest, so Tuesday 29.
    actions = plan("montreal", "2027-06-23T17:00-04:00", decision_by=date(2027, 6, 23))
    assert due(actions, "thank_you", CLAIRE.id) == "2027-06-25T09:00:00-04:00"
    assert due(actions, "follow_up") == "2027-06-29T10:00:00-04:00"


def test_there_is_one_follow_up_per_interview_and_no_second_by_default():
    actions = plan("paris", "2026-06-09T11:00+02:00", people=(CLAIRE, MARC))
    assert [a.person_id for a in actions if a.kind == "follow_up"] == [None]
    assert not [a for a in actions if a.kind == "follow_up_2"]


def test_second_follow_up_is_five_business_days_after_the_first():
    twice = PlanSettings(user_timezone="Europe/Paris", second_follow_up=True)
    actions = plan("montreal", "2027-06-23T17:00-04:00", plan_settings=twice)
    # First follow-up Tuesday 6 July; then 7, 8, 9, 12, 13 July.
    assert due(actions, "follow_up_2") == "2027-07-13T10:00:00-04:00"


def test_a_promised_follow_up_date_stands_and_the_second_counts_from_it():
    twice = PlanSettings(user_timezone="Europe/Paris", second_follow_up=True)
    actions = plan(
        "paris",
        "2026-06-09T11:00+02:00",
        decision_by=date(2026, 6, 26),
        plan_settings=twice,
        promised_follow_up=date(2026, 6, 17),
    )
    (follow_up,) = [a for a in actions if a.kind == "follow_up"]
    assert follow_up.due.isoformat() == "2026-06-17T10:00:00+02:00"
    assert follow_up.rule_due is not None
    # Decision Friday 26 June: Monday 29, so Tuesday 30.
    assert follow_up.rule_due.isoformat() == "2026-06-30T10:00:00+02:00"
    assert due(actions, "follow_up_2") == "2026-06-24T10:00:00+02:00"


# -- debrief ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("end", "user_timezone", "expected"),
    [
        # An afternoon interview: the evening at 19:00.
        ("2026-06-09T15:00+02:00", "Europe/Paris", "2026-06-09T19:00:00+02:00"),
        # Ending at 18:30: an hour later, 19:30, beats 19:00.
        ("2026-06-09T18:30+02:00", "Europe/Paris", "2026-06-09T19:30:00+02:00"),
        # A Montréal interview ending 17:00 is 23:00 in Paris: end + 1 h is past midnight.
        ("2027-06-23T17:00-04:00", "Europe/Paris", "2027-06-24T00:00:00+02:00"),
        ("2027-06-23T17:00-04:00", "America/Montreal", "2027-06-23T19:00:00-04:00"),
        # The debrief is the candidate's: weekends and holidays do not matter.
        ("2026-06-13T11:00+02:00", "Europe/Paris", "2026-06-13T19:00:00+02:00"),
    ],
)
def test_debrief_is_at_19_in_the_users_zone_or_an_hour_after_the_end(end, user_timezone, expected):
    user = PlanSettings(user_timezone=user_timezone)
    actions = plan("paris", end, plan_settings=user)
    assert due(actions, "debrief") == expected


def test_plan_is_sorted_by_due_instant_and_lists_every_kind():
    twice = PlanSettings(user_timezone="Europe/Paris", second_follow_up=True)
    actions = plan("montreal", "2027-06-23T17:00-04:00", people=(CLAIRE, RECEPTIONIST), plan_settings=twice)
    assert [(a.kind, a.person_id) for a in actions] == [
        ("debrief", None),
        ("thank_you", CLAIRE.id),
        ("thank_you", RECEPTIONIST.id),
        ("linkedin", CLAIRE.id),
        ("linkedin", RECEPTIONIST.id),
        ("follow_up", None),
        ("follow_up_2", None),
    ]


def test_the_plan_does_not_depend_on_now():
    early = build_plan(interview("paris", "2026-06-09T11:00+02:00"), [CLAIRE], PARIS_USER, NOW)
    late = build_plan(
        interview("paris", "2026-06-09T11:00+02:00"),
        [CLAIRE],
        PARIS_USER,
        datetime(2030, 1, 1, tzinfo=UTC),
    )
    assert early == late


# -- invalid input ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"follow_up_business_days": 2}, "between 3 and 10"),
        ({"follow_up_business_days": 11}, "between 3 and 10"),
        ({"user_timezone": "Mars/Olympus"}, "time zone"),
        ({"opening": time(18), "closing": time(9)}, "open before"),
        ({"thank_you_delay": timedelta(minutes=-5)}, "thank_you_delay"),
        ({"thank_you_delay": timedelta(hours=25)}, "thank_you_delay"),
    ],
)
def test_settings_out_of_range_raise_value_error(changes, message):
    with pytest.raises(ValueError, match=message):
        PlanSettings(**{"user_timezone": "Europe/Paris", **changes})


@pytest.mark.parametrize("days", [3, 10])
def test_follow_up_business_days_accepts_the_bounds(days):
    assert PlanSettings("Europe/Paris", follow_up_business_days=days).follow_up_business_days == days


def test_naive_interview_times_raise():
    with pytest.raises(ValueError, match="timezone-aware"):
        PlanInterview(1, datetime(2026, 6, 9, 10), datetime(2026, 6, 9, 11), "FR", "", "UTC")


def test_an_interview_ending_before_it_starts_raises():
    with pytest.raises(ValueError, match="before it starts"):
        PlanInterview(1, at("2026-06-09T11:00Z"), at("2026-06-09T10:00Z"), "FR", "", "UTC")


def test_a_naive_now_raises():
    with pytest.raises(ValueError, match="now"):
        build_plan(interview("paris", "2026-06-09T11:00+02:00"), [], PARIS_USER, datetime(2026, 1, 1))


def test_duplicate_people_raise():
    with pytest.raises(ValueError, match="duplicate"):
        plan("paris", "2026-06-09T11:00+02:00", people=(CLAIRE, CLAIRE))


def test_an_unknown_subdivision_raises_value_error():
    bad = PlanInterview(1, at("2026-06-09T10:00Z"), at("2026-06-09T11:00Z"), "FR", "99", "UTC")
    with pytest.raises(ValueError, match="99"):
        build_plan(bad, [], PARIS_USER, NOW)


ZONED_PLACES = ["paris", "metz", "montreal", "toronto", "neuchatel", "sydney"]


@settings(deadline=None, max_examples=150)
@given(
    place=st.sampled_from(ZONED_PLACES),
    end=st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2030, 12, 31)),
    decision_in=st.one_of(st.none(), st.integers(min_value=-5, max_value=40)),
    second=st.booleans(),
)
def test_recipient_actions_always_fall_in_business_hours(place, end, decision_in, second):
    country, subdivision, timezone = PLACES[place]
    finish = end.replace(tzinfo=UTC)
    decision_by = None if decision_in is None else finish.date() + timedelta(days=decision_in)
    meeting = PlanInterview(1, finish - timedelta(hours=1), finish, country, subdivision, timezone, decision_by)
    user = PlanSettings(user_timezone="Europe/Paris", second_follow_up=second)
    actions = build_plan(meeting, [CLAIRE, RECEPTIONIST], user, NOW)
    calendar = BusinessCalendar(country, subdivision, timezone)
    by_kind = {a.kind: a.due for a in actions if a.person_id in (None, CLAIRE.id)}
    for action in actions:
        if action.kind != "debrief":
            assert calendar.is_business_time(action.due), action
    assert by_kind["thank_you"] >= finish + timedelta(hours=1)
    assert by_kind["thank_you"] < by_kind["follow_up"]
    assert by_kind["thank_you"] < by_kind["linkedin"]
    assert by_kind["linkedin"] >= finish + timedelta(hours=24)
    # Mid-week (CRAFT R25): ten business days always hold a Tuesday, Wednesday or Thursday.
    assert calendar.local_date(by_kind["follow_up"]).weekday() in (1, 2, 3)
    if decision_by is not None:
        assert calendar.local_date(by_kind["follow_up"]) > decision_by
    if second:
        assert by_kind["follow_up_2"] > by_kind["follow_up"]


# -- reconciliation ---------------------------------------------------------------------------


def stored_from(actions: list[PlannedAction], **statuses: str) -> list[StoredAction]:
    """The plan as stored, every action pending unless ``statuses`` says otherwise."""
    return [
        StoredAction(a.kind, a.person_id, a.due, statuses.get(f"{a.kind}_{a.person_id}", "pending")) for a in actions
    ]


def test_reconciling_an_unchanged_plan_changes_nothing():
    actions = plan("paris", "2026-06-09T11:00+02:00", people=(CLAIRE, MARC))
    result = reconcile(stored_from(actions), actions, None)
    assert (result.rescheduled, result.added, result.obsolete, result.warnings) == ((), (), (), ())


def test_a_done_thank_you_never_moves_but_pending_actions_follow_the_new_end():
    before = plan("paris", "2026-06-09T11:00+02:00")
    after = plan("paris", "2026-06-09T17:30+02:00")  # the end was corrected
    stored = stored_from(before, thank_you_1="done")
    result = reconcile(stored, after, None)
    moved = {(r.action.kind, r.action.person_id): r.due.isoformat() for r in result.rescheduled}
    # The thank-you stays where it was done; only LinkedIn follows Wednesday's new slot.
    assert moved == {("linkedin", CLAIRE.id): "2026-06-11T09:00:00+02:00"}


def test_a_promised_follow_up_never_moves_and_warns_when_the_decision_date_changes():
    promised = date(2026, 6, 17)
    before = plan("paris", "2026-06-09T11:00+02:00", decision_by=date(2026, 6, 16))
    assert due(before, "follow_up") == "2026-06-17T10:00:00+02:00"
    stored = stored_from(before, thank_you_1="done")
    after = plan(
        "paris",
        "2026-06-09T11:00+02:00",
        decision_by=date(2026, 6, 26),  # the recruiter called: a week later
        promised_follow_up=promised,
    )
    result = reconcile(stored, after, promised)
    assert [r.action.kind for r in result.rescheduled] == []
    assert result.added == ()
    ((code, message, _dates, _french),) = result.warnings
    assert code == "promise_kept"
    assert "2026-06-30" in message  # Friday 26 + a business day is a Monday: Tuesday 30
    assert "2026-06-17" in message


def test_a_kept_promise_without_a_date_change_gives_no_warning():
    promised = date(2026, 6, 17)
    actions = plan(
        "paris",
        "2026-06-09T11:00+02:00",
        decision_by=date(2026, 6, 16),
        promised_follow_up=promised,
    )
    result = reconcile(stored_from(actions, thank_you_1="done"), actions, promised)
    assert result.warnings == ()
    assert result.rescheduled == ()


def test_a_cancelled_follow_up_is_not_revived_nor_warned_about():
    promised = date(2026, 6, 17)
    before = plan("paris", "2026-06-09T11:00+02:00", decision_by=date(2026, 6, 16))
    stored = stored_from(before, thank_you_1="done", follow_up_None="cancelled")
    after = plan(
        "paris",
        "2026-06-09T11:00+02:00",
        decision_by=date(2026, 6, 26),
        promised_follow_up=promised,
    )
    result = reconcile(stored, after, promised)
    assert (result.rescheduled, result.added, result.warnings) == ((), (), ())


def test_a_fresh_plan_that_ignores_the_promise_is_refused():
    before = plan("paris", "2026-06-09T11:00+02:00", decision_by=date(2026, 6, 16))
    after = plan("paris", "2026-06-09T11:00+02:00", decision_by=date(2026, 6, 26))
    with pytest.raises(ValueError, match="promised"):
        reconcile(stored_from(before), after, date(2026, 6, 17))


def test_a_removed_persons_pending_actions_become_obsolete_but_done_ones_stay():
    before = plan("paris", "2026-06-09T11:00+02:00", people=(CLAIRE, MARC))
    after = plan("paris", "2026-06-09T11:00+02:00", people=(CLAIRE,))
    stored = stored_from(before, thank_you_2="done")
    result = reconcile(stored, after, None)
    assert [(a.kind, a.person_id) for a in result.obsolete] == [("linkedin", MARC.id)]
    assert result.rescheduled == ()
    assert result.added == ()


def test_a_new_person_and_a_newly_enabled_second_follow_up_are_added():
    before = plan("paris", "2026-06-09T11:00+02:00", people=(CLAIRE,))
    twice = PlanSettings(user_timezone="Europe/Paris", second_follow_up=True)
    after = plan("paris", "2026-06-09T11:00+02:00", people=(CLAIRE, MARC), plan_settings=twice)
    result = reconcile(stored_from(before), after, None)
    assert sorted((a.kind, a.person_id or 0) for a in result.added) == [
        ("follow_up_2", 0),
        ("linkedin", MARC.id),
        ("thank_you", MARC.id),
    ]


def test_a_stored_action_with_an_unknown_status_raises():
    with pytest.raises(ValueError, match="status"):
        StoredAction("thank_you", 1, at("2026-06-09T11:00+02:00"), "sent")


def test_duplicate_stored_actions_raise():
    actions = plan("paris", "2026-06-09T11:00+02:00")
    with pytest.raises(ValueError, match="two stored"):
        reconcile(stored_from(actions) * 2, actions, None)
