from datetime import date

from desktop.core import translation
from desktop.core.deadlines import (
    DeadlineInputs,
    DeadlinePolicy,
    WorkingCalendar,
    compute_deadlines,
    days_left,
)
from desktop.core.vocabulary import Kind

NL = WorkingCalendar("NL")
FR = WorkingCalendar("FR")


def test_weekends_are_skipped_backwards_and_forwards():
    cal = WorkingCalendar(None)
    # Monday 7 Dec 2026 minus 1 working day is Friday 4 Dec.
    assert cal.shift_working_days(date(2026, 12, 7), -1) == (date(2026, 12, 4), [])
    # Friday + 1 working day is Monday.
    assert cal.shift_working_days(date(2026, 12, 4), 1) == (date(2026, 12, 7), [])


def test_public_holidays_of_the_state_are_skipped_and_named():
    # King's Day, Monday 27 April 2026 in the Netherlands.
    day, skipped = NL.shift_working_days(date(2026, 4, 24), 1)
    assert day == date(2026, 4, 28)
    assert skipped == [date(2026, 4, 27)]
    # In France that Monday is an ordinary working day.
    assert FR.shift_working_days(date(2026, 4, 24), 1)[0] == date(2026, 4, 27)


def test_final_due_is_the_court_deadline_and_internal_due_keeps_the_margin():
    d = compute_deadlines(
        DeadlineInputs(date(2026, 12, 1), Kind.JUDICIAL_ASSISTANCE, date(2026, 12, 31)),
        DeadlinePolicy(margin_working_days=5),
        FR,
    )
    assert d.final.on == date(2026, 12, 31)
    # 31 Dec back 5 working days skipping Christmas (Fri 25 Dec) and the weekend: 23 Dec.
    assert d.internal.on == date(2026, 12, 23)
    assert "25 Dec 2026" in d.internal.explanation
    assert "minus 5 working days margin" in d.internal.explanation


def test_without_court_deadline_the_default_for_the_kind_applies():
    d = compute_deadlines(
        DeadlineInputs(date(2026, 3, 2), Kind.PROVISIONAL_ARREST, arrested_on=date(2026, 3, 2)),
        DeadlinePolicy(),
        NL,
    )
    assert d.final.on == date(2026, 5, 1)  # Rule 188: 60 days from the arrest
    assert "60 days" in d.final.explanation
    visa = compute_deadlines(
        DeadlineInputs(date(2026, 3, 2), Kind.EMERGENCY_VISA), DeadlinePolicy(), NL
    )
    assert visa.final.on == date(2026, 3, 4)


def test_paused_days_move_the_final_due_date_and_say_so():
    d = compute_deadlines(
        DeadlineInputs(
            date(2026, 11, 2), Kind.JUDICIAL_ASSISTANCE, date(2026, 12, 15), paused_days=6
        ),
        DeadlinePolicy(),
        NL,
    )
    assert d.final.on == date(2026, 12, 21)
    assert "+6 days paused in consultation" in d.final.explanation


def test_an_agreed_extension_replaces_the_court_deadline():
    d = compute_deadlines(
        DeadlineInputs(
            date(2026, 11, 2),
            Kind.JUDICIAL_ASSISTANCE,
            date(2026, 12, 15),
            extended_to=date(2027, 1, 15),
            extension_reason="letter of 3 Dec",
        ),
        DeadlinePolicy(),
        NL,
    )
    assert d.final.on == date(2027, 1, 15)
    assert "letter of 3 Dec" in d.final.explanation


def test_internal_due_never_falls_before_receipt():
    d = compute_deadlines(
        DeadlineInputs(date(2026, 12, 1), Kind.EMERGENCY_VISA, date(2026, 12, 2)),
        DeadlinePolicy(margin_working_days=5),
        NL,
    )
    assert d.internal.on == date(2026, 12, 1)


def test_acknowledgement_counts_working_days_from_receipt():
    d = compute_deadlines(
        DeadlineInputs(date(2026, 12, 24), Kind.OTHER),
        DeadlinePolicy(acknowledgement_working_days=3),
        NL,
    )
    # 25 and 26 Dec are holidays in NL, 27 is Sunday: 28, 29, 30.
    assert d.acknowledgement.on == date(2026, 12, 30)


def test_days_left_freeze_while_paused():
    assert days_left(date(2026, 12, 10), date(2026, 12, 1)) == 9
    assert days_left(date(2026, 12, 10), date(2026, 12, 20), paused_since=date(2026, 12, 5)) == 5


def test_a_shift_asked_again_gives_the_same_answer_and_its_own_list():
    """Shifts are remembered per calendar (an import asks the same ones thousands of
    times); a caller changing the list it got does not change the next answer."""
    first = NL.shift_working_days(date(2026, 4, 24), 1)
    first[1].append(date(2000, 1, 1))
    assert NL.shift_working_days(date(2026, 4, 24), 1) == (date(2026, 4, 28), [date(2026, 4, 27)])
    assert NL.is_working_day(date(2026, 4, 28)) and not NL.is_working_day(date(2026, 4, 27))


def test_dates_in_explanations_follow_the_language_installed_since():
    day = date(2026, 12, 15)
    assert translation.fmt_date(day) == "15 Dec 2026"
    with translation.speaking(None, lambda d: f"{d.day}/{d.month}/{d.year}", "fr"):
        assert translation.fmt_date(day) == "15/12/2026"
    assert translation.fmt_date(day) == "15 Dec 2026"
