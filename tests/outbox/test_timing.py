"""LI016, the schedule's own check (pure: no database, no clock)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from lastimpression.core.calendar import BusinessCalendar
from lastimpression.core.lint.timing import TimingContext, check_timing

PARIS = BusinessCalendar("FR", "", "Europe/Paris")
MONTREAL = BusinessCalendar("CA", "QC", "America/Toronto")
# Wednesday 2 December 2026, 15:15 in Paris.
END = datetime(2026, 12, 2, 14, 15, tzinfo=UTC)


def thank_you(at: datetime, calendar: BusinessCalendar = PARIS, end: datetime = END) -> list[str]:
    return [finding.message for finding in check_timing(at, TimingContext("thank_you", calendar, end))]


def test_a_thank_you_in_business_hours_the_same_day_is_fine() -> None:
    assert thank_you(datetime(2026, 12, 2, 15, 15, tzinfo=UTC)) == []


@pytest.mark.parametrize(
    ("at", "words"),
    [
        (datetime(2026, 12, 2, 19, 30, tzinfo=UTC), "outside the recipient's business hours (09:00–18:00)"),
        (datetime(2026, 12, 5, 9, 0, tzinfo=UTC), "a weekend"),
        (datetime(2026, 12, 3, 7, 59, tzinfo=UTC), "at 08:59 (Europe/Paris)"),
    ],
)
def test_a_thank_you_outside_business_time_is_a_warning(at: datetime, words: str) -> None:
    assert any(words in text for text in thank_you(at)), thank_you(at)


def test_a_thank_you_after_the_end_of_the_next_business_day_is_too_late() -> None:
    assert thank_you(datetime(2026, 12, 3, 16, 59, tzinfo=UTC)) == []  # Thursday 17:59
    late = thank_you(datetime(2026, 12, 4, 9, 0, tzinfo=UTC))  # Friday 10:00
    assert len(late) == 1 and "after the end of Thursday 3 December 2026" in late[0]


def test_a_quebec_holiday_is_named_and_counted() -> None:
    # Montréal: the interview ends Wednesday 23 June 2027 at 17:00; 24 June is a holiday there.
    end = datetime(2027, 6, 23, 21, 0, tzinfo=UTC)
    findings = thank_you(datetime(2027, 6, 24, 14, 0, tzinfo=UTC), MONTREAL, end)
    assert any("public holiday" in text for text in findings)
    assert thank_you(datetime(2027, 6, 25, 13, 0, tzinfo=UTC), MONTREAL, end) == []  # Friday 09:00


def test_a_follow_up_before_the_promised_date_is_an_error_in_both_languages() -> None:
    context = TimingContext("follow_up", PARIS, END, promise_date=date(2026, 12, 18))
    (finding,) = check_timing(datetime(2026, 12, 17, 9, 0, tzinfo=UTC), context)
    assert finding.code == "LI016" and finding.severity == "error" and finding.span is None
    assert "Friday 18 December 2026" in finding.message
    assert "vendredi 18 décembre 2026" in finding.message_fr
    assert check_timing(datetime(2026, 12, 18, 8, 0, tzinfo=UTC), context) == []


def test_linkedin_notes_have_no_timing_rule_and_naive_instants_are_refused() -> None:
    assert check_timing(datetime(2026, 12, 5, 3, 0, tzinfo=UTC), TimingContext("linkedin", PARIS, END)) == []
    with pytest.raises(ValueError, match="aware"):
        check_timing(datetime(2026, 12, 2, 15, 0), TimingContext("thank_you", PARIS, END))


def test_a_follow_up_on_or_before_the_recruiters_date_is_an_error() -> None:
    context = TimingContext("follow_up", PARIS, END, promise_date=date(2026, 12, 18), decision_by=date(2026, 12, 18))
    (finding,) = check_timing(datetime(2026, 12, 18, 9, 0, tzinfo=UTC), context)
    assert finding.severity == "error" and "vendredi 18 décembre 2026" in finding.message_fr
    assert check_timing(datetime(2026, 12, 21, 9, 0, tzinfo=UTC), context) == []


def test_a_thank_you_before_the_interview_has_ended_is_an_error() -> None:
    (finding,) = check_timing(END - timedelta(minutes=5), TimingContext("thank_you", PARIS, END))
    assert finding.severity == "error" and "avant la fin de l’entretien" in finding.message_fr
