"""A request's checklists as they stand: steps, due dates, transit States, the transfer clock.

Due dates are worked out when read, from the rule each step carries, so they follow the
request when its final due date moves (extension, consultation) or the transfer is
rescheduled; only a date a user sets by hand is stored. Each date explains itself, like
the request's own clocks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from desktop.core.checklists import TRANSFER_KINDS, DueRule, KeyDate, Phase
from desktop.core.deadlines import WorkingCalendar, fmt
from desktop.core.statuses import Status
from desktop.core.translation import translate
from desktop.core.vocabulary import Confidentiality, Kind

WEEK_DAYS = 7


class StepState(StrEnum):
    OPEN = "open"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"


class OwnerType(StrEnum):
    AUTHORITY = "authority"
    USER = "user"


class TransitStatus(StrEnum):
    """Art. 89(3): each State on the route authorises the transit (or overflight)."""

    REQUESTED = "requested"
    GRANTED = "granted"
    REFUSED = "refused"


TRANSIT_STATUS_LABELS: dict[TransitStatus, str] = {
    TransitStatus.REQUESTED: "Requested",
    TransitStatus.GRANTED: "Granted",
    TransitStatus.REFUSED: "Refused",
}


class DueBucket(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    THIS_WEEK = "this_week"
    LATER = "later"


# How a key date reads inside a sentence ("5 working days before the planned transfer").
def _anchor_phrase(key: KeyDate) -> str:
    if key is KeyDate.RECEIVED:
        return translate("ChecklistDue", "receipt")
    if key is KeyDate.FINAL_DUE:
        return translate("ChecklistDue", "the final due date")
    return translate("ChecklistDue", "the planned transfer")


def _origin(key: KeyDate, start: date) -> str:
    if key is KeyDate.RECEIVED:
        return translate("ChecklistDue", "Received {0}").format(fmt(start))
    if key is KeyDate.FINAL_DUE:
        return translate("ChecklistDue", "Final due {0}").format(fmt(start))
    return translate("ChecklistDue", "Planned transfer {0}").format(fmt(start))


@dataclass(frozen=True)
class KeyDates:
    received: date
    final_due: date
    planned_transfer: datetime | None = None

    def on(self, key: KeyDate) -> date | None:
        if key is KeyDate.RECEIVED:
            return self.received
        if key is KeyDate.FINAL_DUE:
            return self.final_due
        return self.planned_transfer.date() if self.planned_transfer else None


@dataclass(frozen=True)
class StepDue:
    on: date | None
    explanation: str


def _span(rule: DueRule, anchor: str) -> str:
    if rule.days == 0:
        return translate("ChecklistDue", "on {0}").format(anchor)
    count = abs(rule.days)
    if rule.calendar_days:
        text = (
            translate("ChecklistDue", "%n day(s) before {0}", None, count)
            if rule.days < 0
            else translate("ChecklistDue", "%n day(s) after {0}", None, count)
        )
    elif rule.days < 0:
        text = translate("ChecklistDue", "%n working day(s) before {0}", None, count)
    else:
        text = translate("ChecklistDue", "%n working day(s) after {0}", None, count)
    return text.format(anchor)


def _skipping(calendar: WorkingCalendar, skipped: list[date]) -> str:
    if not skipped:
        return ""
    names = ", ".join(f"{fmt(d)} ({calendar.holiday_name(d)})" for d in skipped)
    if len(skipped) == 1:
        return translate("Deadlines", ", skipping public holiday {0}").format(names)
    return translate("Deadlines", ", skipping public holidays {0}").format(names)


def compute_due(
    rule: DueRule,
    dates: KeyDates,
    done: Mapping[str, tuple[str, date | None]],
    calendar: WorkingCalendar,
) -> StepDue:
    """The due date a rule gives, or None with what it waits for.

    `done` maps step codes to (title, day done) for rules that count from another step.
    """
    target = rule.after_step
    if target is not None:
        title, start = done.get(target, (target, None))
        quoted = translate("ChecklistDue", "'{0}'").format(title)
        if start is None:
            return StepDue(
                None,
                translate("ChecklistDue", "Due {0}, once that step is done").format(
                    _span(rule, quoted)
                ),
            )
        origin = translate("ChecklistDue", "{0} done {1}").format(quoted, fmt(start))
    else:
        key = KeyDate(rule.anchor)
        start = dates.on(key)
        if start is None:
            return StepDue(
                None,
                translate("ChecklistDue", "Due {0}, once the transfer date is set").format(
                    _span(rule, _anchor_phrase(key))
                ),
            )
        origin = _origin(key, start)
    if rule.days == 0:
        return StepDue(start, origin)
    skipped: list[date]
    count = abs(rule.days)
    week = ""  # working days name the week where it is not Monday to Friday
    if rule.calendar_days:
        day, skipped = start + timedelta(days=rule.days), []
        text = (
            translate("ChecklistDue", "{0} minus %n day(s){1} = {2}", None, count)
            if rule.days < 0
            else translate("ChecklistDue", "{0} + %n day(s){1} = {2}", None, count)
        )
    else:
        day, skipped = calendar.shift_working_days(start, rule.days)
        week = calendar.week_phrase()
        text = (
            translate("ChecklistDue", "{0} minus %n working day(s){1} = {2}", None, count)
            if rule.days < 0
            else translate("ChecklistDue", "{0} + %n working day(s){1} = {2}", None, count)
        )
    return StepDue(day, text.format(origin, week + _skipping(calendar, skipped), fmt(day)))


def due_bucket(due_on: date, today: date) -> DueBucket:
    if due_on < today:
        return DueBucket.OVERDUE
    if due_on == today:
        return DueBucket.TODAY
    if due_on <= today + timedelta(days=WEEK_DAYS):
        return DueBucket.THIS_WEEK
    return DueBucket.LATER


@dataclass(frozen=True)
class Step:
    id: int
    checklist_id: int
    number: int  # 1, 2, ... across the request's checklists: what people say and type
    code: str
    title: str
    phase: str
    mandatory: bool
    owner: str
    owner_type: OwnerType | None
    due_on: date | None
    due_explanation: str
    due_rule: DueRule | None
    due_set_by_hand: bool
    state: StepState
    state_on: date | None  # the day it was done or found not applicable
    state_by: str
    not_applicable_reason: str
    note: str
    evidence_attachment_id: int | None
    basis: str = ""
    guidance: str = ""

    @property
    def is_open(self) -> bool:
        return self.state is StepState.OPEN

    def as_dict(self) -> dict[str, Any]:
        rule = self.due_rule
        return {
            "id": self.id,
            "number": self.number,
            "checklist_id": self.checklist_id,
            "code": self.code,
            "title": self.title,
            "phase": self.phase,
            "mandatory": self.mandatory,
            "owner": self.owner,
            "owner_type": self.owner_type.value if self.owner_type else None,
            "due_on": self.due_on.isoformat() if self.due_on else None,
            "due_explanation": self.due_explanation,
            "due_rule": None
            if rule is None
            else {"from": rule.anchor, "days": rule.days, "calendar_days": rule.calendar_days},
            "due_set_by_hand": self.due_set_by_hand,
            "state": self.state.value,
            "state_on": self.state_on.isoformat() if self.state_on else None,
            "state_by": self.state_by,
            "not_applicable_reason": self.not_applicable_reason,
            "note": self.note,
            "evidence_attachment_id": self.evidence_attachment_id,
            "basis": self.basis,
            "guidance": self.guidance,
        }


@dataclass(frozen=True)
class TransitState:
    id: int
    state: str
    status: TransitStatus
    status_on: date
    reference: str
    note: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "state": self.state,
            "status": self.status.value,
            "status_on": self.status_on.isoformat(),
            "reference": self.reference,
            "note": self.note,
        }


@dataclass(frozen=True)
class Countdown:
    """Time left to the planned transfer; negative seconds once it has passed."""

    planned_at: datetime
    seconds: int

    @property
    def passed(self) -> bool:
        return self.seconds < 0

    @property
    def parts(self) -> tuple[int, int, int]:
        """Days, hours and minutes of the distance, whichever side of the transfer."""
        minutes = abs(self.seconds) // 60
        return minutes // 1440, minutes % 1440 // 60, minutes % 60

    def as_dict(self) -> dict[str, Any]:
        days, hours, minutes = self.parts
        return {
            "planned_at": self.planned_at.isoformat(),
            "seconds": self.seconds,
            "passed": self.passed,
            "days": days,
            "hours": hours,
            "minutes": minutes,
        }


def countdown(planned_at: datetime, now: datetime) -> Countdown:
    """Also for the GUI's ticking display, which need not go back to the database."""
    return Countdown(planned_at, int((planned_at - now).total_seconds()))


_EXECUTION_REPORTED = frozenset({Status.EXECUTED, Status.PARTIALLY_EXECUTED})


def execution_blockers(
    kind: Kind, new_status: Status, steps: Iterable[Step], current: Status | None = None
) -> list[Step]:
    """Mandatory steps still open that stop a transfer or arrest being executed or closed.

    A transfer that the register calls executed while, say, the handover record is
    missing is exactly the gap Rec. 19's checklist exists to close; closing the file after
    (partial) execution is the same claim. Partial execution itself stays open to report,
    and a file refused or withdrawn by the Court closes without the steps.
    """
    if kind not in TRANSFER_KINDS:
        return []
    closing_after_execution = new_status is Status.CLOSED and current in _EXECUTION_REPORTED
    if new_status is not Status.EXECUTED and not closing_after_execution:
        return []
    return [step for step in steps if step.mandatory and step.is_open]


def blockers_message(
    registry_no: str, blockers: Sequence[Step], new_status: Status = Status.EXECUTED
) -> str:
    listed = translate("ChecklistProgressMessages", "; ", "between steps").join(
        f"{step.number}. {step.title}" for step in blockers
    )
    if new_status is Status.CLOSED:
        return translate(
            "ChecklistProgressMessages",
            "{0} cannot be closed while mandatory checklist steps "
            "are open: {1}. Mark each one done, or not applicable with the reason.",
        ).format(registry_no, listed)
    return translate(
        "ChecklistProgressMessages",
        "{0} cannot be marked executed while mandatory checklist "
        "steps are open: {1}. Mark each one done, or not applicable with the reason.",
    ).format(registry_no, listed)


@dataclass(frozen=True)
class Checklist:
    id: int
    template: str
    title: str
    basis: str
    phases: tuple[Phase, ...]
    steps: tuple[Step, ...]

    def phase_title(self, code: str) -> str:
        return next((p.title for p in self.phases if p.code == code), code)

    def by_phase(self) -> list[tuple[str, list[Step]]]:
        """Steps grouped under their phase titles, phases in the template's order."""
        groups: dict[str, list[Step]] = {}
        for step in self.steps:
            groups.setdefault(step.phase, []).append(step)
        order = [p.code for p in self.phases if p.code in groups]
        order += [code for code in groups if code not in order]
        return [(self.phase_title(code) if code else "", groups[code]) for code in order]

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "template": self.template,
            "title": self.title,
            "basis": self.basis,
            "phases": [{"code": p.code, "title": p.title} for p in self.phases],
            "steps": [s.as_dict() for s in self.steps],
        }


@dataclass(frozen=True)
class ChecklistView:
    """Everything a transfer view shows about one request, at one moment."""

    request_id: int
    registry_no: str
    court_reference: str
    subject: str
    kind: Kind
    status: str
    confidentiality: Confidentiality
    persons: tuple[str, ...]
    key_dates: KeyDates
    countdown: Countdown | None
    checklists: tuple[Checklist, ...]
    transit_states: tuple[TransitState, ...]

    @property
    def is_transfer(self) -> bool:
        return self.kind in TRANSFER_KINDS

    @property
    def steps(self) -> list[Step]:
        return [step for checklist in self.checklists for step in checklist.steps]

    @property
    def open_mandatory(self) -> list[Step]:
        return [step for step in self.steps if step.mandatory and step.is_open]

    def as_dict(self) -> dict[str, Any]:
        steps = self.steps
        planned = self.key_dates.planned_transfer
        return {
            "request_id": self.request_id,
            "registry_no": self.registry_no,
            "court_reference": self.court_reference,
            "subject": self.subject,
            "kind": self.kind.value,
            "status": self.status,
            "confidentiality": self.confidentiality.value,
            "persons": list(self.persons),
            "is_transfer": self.is_transfer,
            "key_dates": {
                "received": self.key_dates.received.isoformat(),
                "final_due": self.key_dates.final_due.isoformat(),
                "planned_transfer": planned.isoformat() if planned else None,
            },
            "countdown": self.countdown.as_dict() if self.countdown else None,
            "progress": {"closed": sum(not s.is_open for s in steps), "total": len(steps)},
            "open_mandatory": [s.number for s in self.open_mandatory],
            "checklists": [c.as_dict() for c in self.checklists],
            "transit_states": [t.as_dict() for t in self.transit_states],
        }


def next_phase_blockers(checklist: Checklist) -> tuple[str, list[Step]] | None:
    """The first phase that still has open mandatory steps, and those steps.

    Phases run in order (legal before medical before travel ...): the first one with a
    mandatory step open is what holds the transfer back.
    """
    for title, steps in checklist.by_phase():
        blocking = [step for step in steps if step.mandatory and step.is_open]
        if blocking:
            return title, blocking
    return None
