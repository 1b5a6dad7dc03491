"""A request's checklists: created at registration, worked through step by step.

Every change is a user action with its audit entry, in one transaction. A step is named
either by the `Step` the caller holds (the GUI: the row the user selected) or by the text a
person typed (its number as printed, or its code: the CLI, a phone call between colleagues).
A bare int is refused: the first version passed a step's database id where its number was
expected and ticked the wrong step, so the two cannot be confused any more.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

from desktop.core.checklist_progress import (
    WEEK_DAYS,
    Checklist,
    ChecklistView,
    DueBucket,
    KeyDates,
    OwnerType,
    Step,
    StepDue,
    StepState,
    TransitState,
    TransitStatus,
    blockers_message,
    compute_due,
    countdown,
    due_bucket,
    execution_blockers,
)
from desktop.core.checklists import STEP_ANCHOR, DueRule, Phase, new_step_code
from desktop.core.deadlines import WorkingCalendar
from desktop.core.requests import RequestRecord
from desktop.core.statuses import OPEN_STATUSES, Status
from desktop.core.translation import translate
from desktop.services.checklists.registration import blueprint, checklist_language
from desktop.services.checklists.templates import LoadedTemplate, template_for
from desktop.services.errors import NotFound, Refused
from desktop.services.workspace import Workspace
from desktop.storage.checklist_store import ChecklistStore


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _rule(row: dict[str, Any]) -> DueRule | None:
    if row["due_from"] is None or row["due_days"] is None:
        return None
    return DueRule(row["due_from"], row["due_days"], bool(row["due_calendar_days"]))


def _due(
    row: dict[str, Any],
    dates: KeyDates,
    done: dict[str, tuple[str, date | None]],
    calendar: WorkingCalendar,
) -> StepDue:
    if row["due_on"]:
        return StepDue(date.fromisoformat(row["due_on"]), "Set by hand")
    rule = _rule(row)
    return compute_due(rule, dates, done, calendar) if rule else StepDue(None, "")


def _steps(rows: list[dict[str, Any]], dates: KeyDates, calendar: WorkingCalendar) -> list[Step]:
    done = {
        r["code"]: (r["title"], _date(r["state_on"]) if r["state"] == StepState.DONE else None)
        for r in rows
    }
    steps = []
    for number, row in enumerate(rows, 1):
        due = _due(row, dates, done, calendar)
        steps.append(
            Step(
                id=row["id"],
                checklist_id=row["checklist_id"],
                number=number,
                code=row["code"],
                title=row["title"],
                phase=row["phase"],
                mandatory=bool(row["mandatory"]),
                owner=row["owner"],
                owner_type=OwnerType(row["owner_type"]) if row["owner_type"] else None,
                due_on=due.on,
                due_explanation=due.explanation,
                due_rule=_rule(row),
                due_set_by_hand=bool(row["due_on"]),
                state=StepState(row["state"]),
                state_on=_date(row["state_on"]),
                state_by=row["state_by"],
                not_applicable_reason=row["na_reason"],
                note=row["note"],
                evidence_attachment_id=row["evidence_id"],
                basis=row["basis"],
                guidance=row["guidance"],
            )
        )
    return steps


def _planned(ws: Workspace, record: RequestRecord) -> datetime | None:
    text = ChecklistStore(ws.store).planned_transfer(record.id)
    return datetime.fromisoformat(text) if text else None


def view(ws: Workspace, record: RequestRecord) -> ChecklistView:
    """Everything the transfer view shows: checklists, due dates, transit States, countdown."""
    store = ChecklistStore(ws.store)
    planned = _planned(ws, record)
    dates = KeyDates(record.received_at.date(), record.due_on, planned)
    steps = _steps(store.steps(record.id), dates, ws.calendar)
    checklists = tuple(
        Checklist(
            id=row["id"],
            template=row["template"],
            title=row["title"],
            basis=row["basis"],
            phases=tuple(Phase(p["code"], p["title"]) for p in json.loads(row["phases"])),
            steps=tuple(s for s in steps if s.checklist_id == row["id"]),
        )
        for row in store.checklists(record.id)
    )
    transit = tuple(
        TransitState(
            t["id"],
            t["state"],
            TransitStatus(t["status"]),
            date.fromisoformat(t["status_on"]),
            t["reference"],
            t["note"],
        )
        for t in store.transit_states(record.id)
    )
    return ChecklistView(
        request_id=record.id,
        registry_no=record.registry_no,
        court_reference=record.court_reference,
        subject=record.subject,
        kind=record.kind,
        status=record.status,
        confidentiality=record.confidentiality,
        persons=tuple(record.persons),
        key_dates=dates,
        countdown=countdown(planned, ws.clock().replace(microsecond=0)) if planned else None,
        checklists=checklists,
        transit_states=transit,
    )


StepRef = Step | str
"""The selected `Step` itself, or what a person typed: a number as printed, or a code."""


def find_step(checklist_view: ChecklistView, ref: StepRef) -> Step:
    """The step `ref` names in this view; a `Step` is found again by its identity."""
    steps = checklist_view.steps
    if not steps:
        raise NotFound(
            translate("ChecklistsMessages", "{0} has no checklist.").format(
                checklist_view.registry_no
            )
        )
    if isinstance(ref, Step):
        for step in steps:
            if step.id == ref.id:
                return step
        raise NotFound(
            translate("ChecklistsMessages", "Step '{0}' is no longer on {1}.").format(
                ref.title, checklist_view.registry_no
            )
        )
    if not isinstance(ref, str):
        raise TypeError(
            "Name a step by the Step itself or by the text typed for it "
            f"(its number or code), not by {type(ref).__name__}."
        )
    text = ref.strip()
    for step in steps:
        if (str(step.number) == text) or step.code == text.lower():
            return step
    raise NotFound(
        translate(
            "ChecklistsMessages",
            "{0} has no checklist step '{1}': use a number from 1 to {2} or a step's code.",
        ).format(checklist_view.registry_no, text, len(steps))
    )


def _step(ws: Workspace, record: RequestRecord, ref: StepRef) -> Step:
    return find_step(view(ws, record), ref)


def _label(step: Step) -> dict[str, Any]:
    """How the audit trail names a step: its code survives renumbering, its title reads."""
    return {"step": step.code, "title": step.title}


def _refresh(ws: Workspace, record: RequestRecord, step: Step) -> Step:
    return find_step(view(ws, record), step)


def _keep_answered_record(record: RequestRecord, what: str) -> None:
    """An answered request's checklist stays as it was when the State answered."""
    if Status(record.status) not in OPEN_STATUSES:
        raise Refused(
            translate(
                "ChecklistsMessages",
                "{0} is {1}: its checklist is kept as it was when the Court "
                "was answered, so {2} is not possible. Reopen the request first.",
            ).format(record.registry_no, record.status, what)
        )


# -- registration and more checklists ------------------------------------------------------


Event = tuple[str, int | None, str, dict[str, Any]]


def _instantiate(
    ws: Workspace, request_id: int, loaded: LoadedTemplate, taken: set[str], now: str
) -> tuple[int, list[dict[str, Any]], Event]:
    """Insert the checklist row; return its steps and audit entry for the caller to write."""
    plan = blueprint(loaded, taken, checklist_language(ws))
    checklist_id = ChecklistStore(ws.store).add_checklist(
        request_id, plan.template, plan.title, plan.basis, plan.phases, ws.user, now
    )
    rows = [{**step, "checklist_id": checklist_id, "request_id": request_id} for step in plan.steps]
    return (
        checklist_id,
        rows,
        (ws.user, request_id, "checklist.added", {"checklist": checklist_id, **plan.detail}),
    )


def add_checklist(ws: Workspace, record: RequestRecord, key: str) -> Checklist:
    """Another checklist on the same request, e.g. an emergency visa within a relocation."""
    _keep_answered_record(record, translate("ChecklistsMessages", "adding a checklist"))
    loaded = template_for(ws, key)
    store = ChecklistStore(ws.store)
    now = ws.now()
    with ws.store.transaction():
        checklist_id, rows, (user, request_id, action, detail) = _instantiate(
            ws, record.id, loaded, store.step_codes(record.id), now
        )
        store.add_steps(rows)
        ws.store.append_event(user, request_id, action, detail, now)
    return next(c for c in view(ws, record).checklists if c.id == checklist_id)


def _owner(ws: Workspace, authority: str | None, user: str | None) -> tuple[str, OwnerType | None]:
    if authority and user:
        raise Refused(
            translate(
                "ChecklistsMessages", "A step has one owner: an authority or a user, not both."
            )
        )
    if authority:
        found = ws.store.authority_by_name(authority)
        if found is None:
            names = ", ".join(a["name"] for a in ws.store.authorities())
            raise NotFound(
                translate(
                    "ChecklistsMessages", "No authority called '{0}' in the directory. Known: {1}."
                ).format(authority, names)
            )
        return found["name"], OwnerType.AUTHORITY
    if user:
        found = ws.store.user(user)
        if found is None or not found["active"]:
            raise NotFound(
                translate("ChecklistsMessages", "'{0}' is not a user of this workspace.").format(
                    user
                )
            )
        return found["name"], OwnerType.USER
    return "", None


def add_step(
    ws: Workspace,
    record: RequestRecord,
    title: str,
    *,
    checklist_id: int | None = None,
    phase: str = "",
    mandatory: bool = False,
    authority: str | None = None,
    user: str | None = None,
    due_on: date | None = None,
) -> Step:
    """A step the template did not foresee; it joins the end of its phase."""
    title = title.strip()
    if not title:
        raise Refused(translate("ChecklistsMessages", "Say what the step is."))
    if mandatory:
        _keep_answered_record(record, translate("ChecklistsMessages", "adding a mandatory step"))
    current = view(ws, record)
    if not current.checklists:
        raise Refused(
            translate("ChecklistsMessages", "{0} has no checklist yet: add one first.").format(
                record.registry_no
            )
        )
    checklist = next(
        (c for c in current.checklists if checklist_id is None or c.id == checklist_id), None
    )
    if checklist is None:
        raise NotFound(
            translate("ChecklistsMessages", "That checklist does not belong to this request.")
        )
    if phase and phase not in {p.code for p in checklist.phases}:
        known = ", ".join(p.code for p in checklist.phases) or "none"
        raise Refused(
            translate(
                "ChecklistsMessages", "'{0}' is not a phase of this checklist (phases: {1})."
            ).format(phase, known)
        )
    owner, owner_type = _owner(ws, authority, user)
    in_phase = [s for s in checklist.steps if phase and s.phase == phase]
    position = checklist.steps.index(in_phase[-1]) + 2 if in_phase else len(checklist.steps) + 1
    code = new_step_code(title, {s.code for s in current.steps})
    now = ws.now()
    store = ChecklistStore(ws.store)
    with ws.store.transaction():
        step_id = store.insert_step(
            {
                "checklist_id": checklist.id,
                "request_id": record.id,
                "position": position,
                "code": code,
                "title": title,
                "phase": phase,
                "mandatory": int(mandatory),
                "owner": owner,
                "owner_type": owner_type.value if owner_type else None,
                "due_from": None,
                "due_days": None,
                "due_calendar_days": 0,
                "basis": "",
                "guidance": "",
            }
        )
        if due_on:
            store.update_step(step_id, {"due_on": due_on.isoformat()})
        ws.store.append_event(
            ws.user,
            record.id,
            "checklist.step_added",
            {
                "step": code,
                "title": title,
                "checklist": checklist.id,
                "phase": phase,
                "mandatory": mandatory,
                "owner": owner,
                "due_on": due_on.isoformat() if due_on else None,
            },
            now,
        )
    return find_step(view(ws, record), code)


# -- working through the steps --------------------------------------------------------------


def _write(
    ws: Workspace,
    record: RequestRecord,
    step: Step,
    values: dict[str, Any],
    action: str,
    detail: dict[str, Any],
) -> Step:
    with ws.store.transaction():
        ChecklistStore(ws.store).update_step(step.id, values)
        ws.store.append_event(ws.user, record.id, action, {**_label(step), **detail}, ws.now())
    return _refresh(ws, record, step)


def _check_evidence(ws: Workspace, record: RequestRecord, attachment_id: int) -> str:
    for attachment in ws.store.attachments(record.id):
        if attachment["id"] == attachment_id:
            return str(attachment["filename"])
    raise NotFound(
        translate(
            "ChecklistsMessages",
            "Attachment #{0} is not attached to {1}; attach the evidence to the request first.",
        ).format(attachment_id, record.registry_no)
    )


def mark_done(
    ws: Workspace,
    record: RequestRecord,
    ref: StepRef,
    on: date | None = None,
    note: str = "",
    evidence: int | None = None,
) -> Step:
    """Done by the current user, on `on` (default today: a step cannot be done tomorrow)."""
    step = _step(ws, record, ref)
    if step.state is StepState.DONE:
        raise Refused(
            translate(
                "ChecklistsMessages", "Step {0} ('{1}') was already done on {2} by {3}."
            ).format(step.number, step.title, step.state_on, step.state_by)
        )
    day = on or ws.today()
    if day > ws.today():
        raise Refused(
            translate("ChecklistsMessages", "A step cannot be marked done on a day still to come.")
        )
    values: dict[str, Any] = {
        "state": StepState.DONE.value,
        "state_on": day.isoformat(),
        "state_by": ws.user,
        "na_reason": "",
    }
    detail: dict[str, Any] = {"before": step.state.value, "on": day.isoformat()}
    if note.strip():
        values["note"] = detail["note"] = note.strip()
    if evidence is not None:
        detail["evidence"] = {
            "attachment": evidence,
            "filename": _check_evidence(ws, record, evidence),
        }
        values["evidence_id"] = evidence
    return _write(ws, record, step, values, "checklist.step_done", detail)


def mark_not_applicable(
    ws: Workspace, record: RequestRecord, ref: StepRef, reason: str, on: date | None = None
) -> Step:
    """Closes a step that does not arise here; the reason is kept, as for a refusal.

    `on` is the day it was found not to apply (default today; never a day to come).
    """
    step = _step(ws, record, ref)
    if not reason.strip():
        raise Refused(
            translate("ChecklistsMessages", "Say why step {0} ('{1}') does not apply.").format(
                step.number, step.title
            )
        )
    if step.state is StepState.NOT_APPLICABLE:
        raise Refused(
            translate(
                "ChecklistsMessages", "Step {0} ('{1}') is already marked not applicable: {2}"
            ).format(step.number, step.title, step.not_applicable_reason)
        )
    day = on or ws.today()
    if day > ws.today():
        raise Refused(
            translate(
                "ChecklistsMessages",
                "A step cannot be marked not applicable on a day still to come.",
            )
        )
    if day < record.received_at.date():
        raise Refused(
            translate("ChecklistsMessages", "That day is before the request was received.")
        )
    return _write(
        ws,
        record,
        step,
        {
            "state": StepState.NOT_APPLICABLE.value,
            "state_on": day.isoformat(),
            "state_by": ws.user,
            "na_reason": reason.strip(),
        },
        "checklist.step_not_applicable",
        {"before": step.state.value, "reason": reason.strip()},
    )


def reopen_step(ws: Workspace, record: RequestRecord, ref: StepRef, reason: str = "") -> Step:
    """Undo done or not applicable (a slip of the mouse, or the facts changed)."""
    step = _step(ws, record, ref)
    if step.is_open:
        raise Refused(
            translate("ChecklistsMessages", "Step {0} ('{1}') is already open.").format(
                step.number, step.title
            )
        )
    _keep_answered_record(record, translate("ChecklistsMessages", "reopening a step"))
    return _write(
        ws,
        record,
        step,
        {"state": StepState.OPEN.value, "state_on": None, "state_by": "", "na_reason": ""},
        "checklist.step_reopened",
        {"before": step.state.value, "reason": reason.strip()},
    )


def assign_step(
    ws: Workspace,
    record: RequestRecord,
    ref: StepRef,
    *,
    authority: str | None = None,
    user: str | None = None,
) -> Step:
    """Owner: a national authority from the directory or a user; neither clears it."""
    step = _step(ws, record, ref)
    owner, owner_type = _owner(ws, authority, user)
    if (owner, owner_type) == (step.owner, step.owner_type):
        return step
    kind = owner_type.value if owner_type else None
    return _write(
        ws,
        record,
        step,
        {"owner": owner, "owner_type": kind},
        "checklist.step_assigned",
        {"before": step.owner, "after": owner, "owner_type": kind},
    )


def set_step_due(ws: Workspace, record: RequestRecord, ref: StepRef, due_on: date | None) -> Step:
    """A date set by hand wins over the template's rule; None goes back to the rule."""
    step = _step(ws, record, ref)
    if due_on is not None and due_on < record.received_at.date():
        raise Refused(
            translate("ChecklistsMessages", "That due date is before the request was received.")
        )
    return _write(
        ws,
        record,
        step,
        {"due_on": due_on.isoformat() if due_on else None},
        "checklist.step_due",
        {
            "before": step.due_on.isoformat() if step.due_on else None,
            "after": due_on.isoformat() if due_on else None,
        },
    )


def set_step_note(ws: Workspace, record: RequestRecord, ref: StepRef, note: str) -> Step:
    step = _step(ws, record, ref)
    if note.strip() == step.note:
        return step
    return _write(
        ws,
        record,
        step,
        {"note": note.strip()},
        "checklist.step_note",
        {"before": step.note, "after": note.strip()},
    )


# -- rules other services apply ------------------------------------------------------------


def refuse_if_open_mandatory(ws: Workspace, record: RequestRecord, new_status: Status) -> None:
    """The status rule: a transfer is not executed, nor closed after execution, while a
    mandatory step is open."""
    blockers = execution_blockers(
        record.kind, new_status, view(ws, record).steps, Status(record.status)
    )
    if blockers:
        raise Refused(blockers_message(record.registry_no, blockers, new_status))


def due_steps(
    ws: Workspace, owner: str | None = None, authority: str | None = None, limit: int = 1000
) -> list[dict[str, Any]]:
    """The first `limit` open steps overdue, due today or within the week, on open requests.

    For the deadlines dashboard. `owner` keeps the steps of that user's requests and the
    steps assigned to that user; `authority` keeps the steps assigned to that authority.
    SQL picks them by their kept due date; only those are explained here.
    """
    today = ws.today()
    calendar = ws.calendar
    found = []
    horizon = (today + timedelta(days=WEEK_DAYS)).isoformat()
    for row in ChecklistStore(ws.store).open_steps_due_by(horizon, limit, owner, authority):
        dates = KeyDates(
            datetime.fromisoformat(row["received_at"]).date(),
            date.fromisoformat(row["final_due"]),
            datetime.fromisoformat(row["planned_at"]) if row["planned_at"] else None,
        )
        anchor: dict[str, tuple[str, date | None]] = {}
        if row["anchor_title"] is not None:
            anchor[row["due_from"].removeprefix(STEP_ANCHOR)] = (
                row["anchor_title"],
                _date(row["anchor_on"]) if row["anchor_state"] == StepState.DONE else None,
            )
        due = _due(row, dates, anchor, calendar)
        if due.on is None or (bucket := due_bucket(due.on, today)) is DueBucket.LATER:
            continue
        found.append(
            {
                "request_id": row["request_id"],
                "registry_no": row["registry_no"],
                "subject": row["subject"],
                "step_id": row["id"],
                "code": row["code"],
                "title": row["title"],
                "mandatory": bool(row["mandatory"]),
                "owner": row["owner"],
                "owner_type": row["owner_type"],
                "due_on": due.on.isoformat(),
                "due_explanation": due.explanation,
                "bucket": bucket.value,
                "days_left": (due.on - today).days,
            }
        )
    return sorted(found, key=lambda s: (s["due_on"], s["registry_no"], s["step_id"]))
