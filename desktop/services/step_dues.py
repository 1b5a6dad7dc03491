"""Each open step's due date, kept in the database so the dashboard lets SQL pick what is due.

The date is worked out from the same rule the checklist view explains (a date set by
hand wins; otherwise days from a key date or from another step's completion) and kept in
`checklist_steps.open_due_on` only while the step is open on a request still open. The
storage layer marks a request stale whenever one of those inputs changes; `refresh_stale`
runs just before that change commits, so what is committed always agrees.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from itertools import groupby
from operator import itemgetter
from typing import Any

from desktop.core.checklist_progress import KeyDates, StepState
from desktop.core.checklists import DueRule, KeyDate
from desktop.core.deadlines import WorkingCalendar
from desktop.core.statuses import OPEN_STATUSES
from desktop.storage.checklist_store import ChecklistStore
from desktop.storage.store import Store

_OPEN = frozenset(s.value for s in OPEN_STATUSES)
_BATCH = 500


class DueCalculator:
    """Due dates without their explanation, remembering working-day shifts: an import of
    thousands of requests asks for the same few hundred shifts over and over."""

    def __init__(self, calendar: WorkingCalendar) -> None:
        self.calendar = calendar
        self._shifts: dict[tuple[date, int], date] = {}
        self._texts: dict[tuple[date, int, bool], str] = {}

    def rule_day(
        self, rule: DueRule, dates: KeyDates, done: Mapping[str, date | None]
    ) -> date | None:
        """The day `rule` gives (as `compute_due` does), or None while it waits."""
        target = rule.after_step
        start = done.get(target) if target is not None else dates.on(KeyDate(rule.anchor))
        return None if start is None else self.shift(start, rule.days, rule.calendar_days)

    def shift_iso(self, start: date, days: int, calendar_days: bool) -> str:
        """`shift` as ISO text, remembered too: registration stores thousands of them."""
        key = (start, days, calendar_days)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self.shift(start, days, calendar_days).isoformat()
        return text

    def shift(self, start: date, days: int, calendar_days: bool) -> date:
        if days == 0:
            return start
        if calendar_days:
            return start + timedelta(days=days)
        key = (start, days)
        day = self._shifts.get(key)
        if day is None:
            day = self._shifts[key] = self.calendar.shift_working_days(start, days)[0]
        return day


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _request_dues(steps: list[dict[str, Any]], calc: DueCalculator) -> list[tuple[str | None, int]]:
    """(open_due_on, step id) for the steps of one request whose kept date must change."""
    first = steps[0]
    counts = first["status"] in _OPEN
    if counts:
        dates = KeyDates(
            datetime.fromisoformat(first["received_at"]).date(),
            date.fromisoformat(first["final_due"]),
            datetime.fromisoformat(first["planned_at"]) if first["planned_at"] else None,
        )
        done = {
            s["code"]: _date(s["state_on"]) if s["state"] == StepState.DONE else None for s in steps
        }
    changes = []
    for step in steps:
        due: str | None = None
        if counts and step["state"] == StepState.OPEN:
            if step["due_on"]:
                due = step["due_on"]
            elif step["due_from"] is not None and step["due_days"] is not None:
                rule = DueRule(step["due_from"], step["due_days"], bool(step["due_calendar_days"]))
                day = calc.rule_day(rule, dates, done)
                due = day.isoformat() if day else None
        if due != step["open_due_on"]:
            changes.append((due, step["id"]))
    return changes


def refresh_stale(store: Store, calendar: WorkingCalendar) -> None:
    """Work out again the step due dates of every request marked stale, then unmark it."""
    checklists = ChecklistStore(store)
    calc = DueCalculator(calendar)
    while ids := checklists.stale_request_ids(_BATCH):
        changes: list[tuple[str | None, int]] = []
        for _, steps in groupby(checklists.due_inputs(ids), key=itemgetter("request_id")):
            changes += _request_dues(list(steps), calc)
        checklists.keep_dues(ids, changes)


def catch_up(store: Store, calendar: Callable[[], WorkingCalendar]) -> None:
    """On opening: dates left stale by an upgrade or by a writer without the workspace.

    The calendar is asked for only when a date is stale: building it loads the holiday
    tables, which nothing else needs before the register is on screen.
    """
    if ChecklistStore(store).stale_request_ids(1):
        with store.transaction():
            refresh_stale(store, calendar())
