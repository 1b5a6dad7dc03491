"""Due dates of checklist steps, the transfer countdown and the executed rule (pure core)."""

from __future__ import annotations

from datetime import date, datetime

from desktop.core.checklist_progress import (
    DueBucket,
    KeyDates,
    Step,
    StepState,
    compute_due,
    countdown,
    due_bucket,
    execution_blockers,
)
from desktop.core.checklists import DueRule, KeyDate
from desktop.core.deadlines import WorkingCalendar
from desktop.core.statuses import Status
from desktop.core.vocabulary import Kind

NL = WorkingCalendar("NL")
DATES = KeyDates(
    received=date(2026, 11, 2),
    final_due=date(2026, 12, 15),
    planned_transfer=datetime(2026, 12, 28, 9, 30),
)


def test_working_days_before_the_transfer_skip_weekends_and_public_holidays():
    # Monday 28 Dec back 2 working days: the weekend, then Christmas (Fri 25 Dec) are skipped.
    due = compute_due(DueRule(KeyDate.PLANNED_TRANSFER, -2), DATES, {}, NL)
    assert due.on == date(2026, 12, 23)
    assert due.explanation.startswith("Planned transfer 28 Dec 2026 minus 2 working days")
    assert "skipping public holiday 25 Dec 2026" in due.explanation
    assert due.explanation.endswith("= 23 Dec 2026")
    # Without the State's holidays only the weekend counts.
    assert compute_due(
        DueRule(KeyDate.PLANNED_TRANSFER, -2), DATES, {}, WorkingCalendar(None)
    ).on == date(2026, 12, 24)


def test_working_days_after_receipt_and_before_the_final_due_date():
    # King's Day, Monday 27 April 2026, is not a working day in the Netherlands.
    dates = KeyDates(received=date(2026, 4, 24), final_due=date(2026, 5, 1))
    assert compute_due(DueRule(KeyDate.RECEIVED, 1), dates, {}, NL).on == date(2026, 4, 28)
    assert compute_due(DueRule(KeyDate.FINAL_DUE, -3), dates, {}, NL).on == date(2026, 4, 28)
    same_day = compute_due(DueRule(KeyDate.FINAL_DUE, 0), dates, {}, NL)
    assert (same_day.on, same_day.explanation) == (date(2026, 5, 1), "Final due 1 May 2026")


def test_a_rule_waiting_for_its_date_says_what_it_waits_for():
    no_plan = KeyDates(received=date(2026, 11, 2), final_due=date(2026, 12, 15))
    due = compute_due(DueRule(KeyDate.PLANNED_TRANSFER, -5), no_plan, {}, NL)
    assert due.on is None
    assert due.explanation == (
        "Due 5 working days before the planned transfer, once the transfer date is set"
    )


def test_rule_188_counts_sixty_calendar_days_from_the_arrest():
    rule = DueRule("step:person_arrested", 60, calendar_days=True)
    waiting = compute_due(rule, DATES, {"person_arrested": ("Person arrested", None)}, NL)
    assert waiting.on is None
    assert waiting.explanation == "Due 60 days after 'Person arrested', once that step is done"
    arrested = {"person_arrested": ("Person arrested", date(2026, 11, 3))}
    due = compute_due(rule, DATES, arrested, NL)
    assert due.on == date(2027, 1, 2)  # a Saturday: the Court's clock is in calendar days
    assert due.explanation == "'Person arrested' done 3 Nov 2026 + 60 days = 2 Jan 2027"


def test_due_buckets_for_the_dashboard():
    today = date(2026, 11, 25)
    assert due_bucket(date(2026, 11, 24), today) is DueBucket.OVERDUE
    assert due_bucket(today, today) is DueBucket.TODAY
    assert due_bucket(date(2026, 12, 2), today) is DueBucket.THIS_WEEK
    assert due_bucket(date(2026, 12, 3), today) is DueBucket.LATER


def test_countdown_to_the_planned_transfer():
    ahead = countdown(datetime(2026, 12, 4, 9, 30), datetime(2026, 11, 25, 10, 0))
    assert ahead.seconds == 8 * 86400 + 23 * 3600 + 30 * 60
    assert (ahead.parts, ahead.passed) == ((8, 23, 30), False)
    behind = countdown(datetime(2026, 11, 25, 8, 0), datetime(2026, 11, 25, 10, 15))
    assert (behind.parts, behind.passed) == ((0, 2, 15), True)


def step(number: int, mandatory: bool, state: StepState) -> Step:
    return Step(
        id=number,
        checklist_id=1,
        number=number,
        code=f"s{number}",
        title=f"Step {number}",
        phase="",
        mandatory=mandatory,
        owner="",
        owner_type=None,
        due_on=None,
        due_explanation="",
        due_rule=None,
        due_set_by_hand=False,
        state=state,
        state_on=None,
        state_by="",
        not_applicable_reason="",
        note="",
        evidence_attachment_id=None,
    )


def test_open_mandatory_steps_block_only_executing_a_transfer():
    steps = [
        step(1, True, StepState.DONE),
        step(2, True, StepState.NOT_APPLICABLE),
        step(3, True, StepState.OPEN),
        step(4, False, StepState.OPEN),
    ]
    for kind in (Kind.TRANSIT_TRANSFER, Kind.ARREST_SURRENDER):
        assert [s.number for s in execution_blockers(kind, Status.EXECUTED, steps)] == [3]
        assert execution_blockers(kind, Status.PARTIALLY_EXECUTED, steps) == []
    assert execution_blockers(Kind.JUDICIAL_ASSISTANCE, Status.EXECUTED, steps) == []
    assert execution_blockers(Kind.TRANSIT_TRANSFER, Status.EXECUTED, steps[:2]) == []


def test_closing_a_transfer_after_execution_is_blocked_but_not_after_withdrawal():
    steps = [step(1, True, StepState.OPEN), step(2, False, StepState.OPEN)]
    for current in (Status.PARTIALLY_EXECUTED, Status.EXECUTED):
        blocked = execution_blockers(Kind.TRANSIT_TRANSFER, Status.CLOSED, steps, current)
        assert [s.number for s in blocked] == [1]
    for current in (Status.WITHDRAWN, Status.REFUSED):
        assert execution_blockers(Kind.ARREST_SURRENDER, Status.CLOSED, steps, current) == []
