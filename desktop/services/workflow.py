"""Moving a request along: routing to national authorities, consultation, status changes."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.core.authorities import FRENCH_AUTHORITIES, english_name, names_of
from desktop.core.deadlines import DueDate, days_held, routing_due
from desktop.core.requests import RequestRecord
from desktop.core.statuses import Status, TransitionError, check_transition
from desktop.core.translation import translate
from desktop.services.checklists import refuse_if_open_mandatory
from desktop.services.effective_dates import effective_on
from desktop.services.errors import NotFound, Refused
from desktop.services.register import by_id, store_deadlines
from desktop.services.workspace import Workspace


def change_status(
    ws: Workspace,
    record: RequestRecord,
    new: Status | str,
    reason: str = "",
    ground: str | None = None,
    on: date | None = None,
    proposed_by: str | None = None,
) -> RequestRecord:
    """Apply an allowed move; entering or leaving consultation pauses or resumes the clock.

    `on` dates the move when it happened before today: the clock counts from that day.
    `proposed_by`: the office whose proposal this is (accepted here), which stands for the
    reason; it is stored as the office's name, not as a sentence, so that each reader sees
    "Proposed by ..." in their own language (`status_reason`).
    """
    new = Status(new)
    current = Status(record.status)
    try:
        check_transition(current, new, reason or (proposed_by or ""), ground)
    except TransitionError as exc:
        raise Refused(str(exc)) from None
    refuse_if_open_mandatory(ws, record, new)
    today = effective_on(ws, record, on, translate("WorkflowMessages", "The status change"))
    values: dict[str, object] = {"status": new.value, "updated_at": ws.now()}
    detail: dict[str, object] = {
        "before": current.value,
        "after": new.value,
        "reason": reason.strip(),
    }
    if ground:
        detail["ground"] = ground
    if proposed_by is not None:
        detail["proposed_by"] = proposed_by
    if on:
        detail["effective_on"] = today.isoformat()
    if new is Status.IN_CONSULTATION:
        values["paused_since"] = today.isoformat()
    elif current is Status.IN_CONSULTATION and record.paused_since:
        held = days_held(record.paused_since, today)
        values["paused_days"] = record.paused_days + held
        values["paused_since"] = None
        detail["days_paused"] = held
    with ws.store.transaction():
        ws.store.update_request(record.id, values, expected_version=record.version)
        if "paused_days" in values:
            store_deadlines(ws, by_id(ws, record.id))
        ws.store.append_event(ws.user, record.id, "status.changed", detail, ws.now())
    return by_id(ws, record.id)


def status_reason(detail: dict[str, Any]) -> str:
    """The reason of a recorded status change, in the reader's language: the one typed, or
    "Proposed by <office>" for a change another office proposed."""
    if detail.get("reason"):
        return str(detail["reason"])
    if "proposed_by" in detail:
        office = str(detail["proposed_by"] or "") or translate("WorkflowMessages", "another office")
        return translate("WorkflowMessages", "Proposed by {0}").format(office)
    return ""


def change_status_many(
    ws: Workspace,
    records: list[RequestRecord],
    new: Status | str,
    reason: str = "",
    ground: str | None = None,
    on: date | None = None,
) -> None:
    """The same move for several requests: all of them, or none if one is refused."""
    with ws.store.transaction():
        for record in records:
            change_status(ws, record, new, reason, ground, on)


def default_routing_due(
    ws: Workspace, record: RequestRecord, sent_on: date | None = None
) -> DueDate:
    """The due date a routing step gets unless the user sets one, with its explanation."""
    return routing_due(
        record.due_on,
        ws.settings.deadline_policy(),
        ws.state_calendar,
        not_before=sent_on or ws.today(),
    )


def route(
    ws: Workspace,
    record: RequestRecord,
    authority: str,
    due: date | None = None,
    part: str = "",
    authority_reference: str = "",
    sent_on: date | None = None,
) -> int:
    """Send (part of) a request to a national authority with its own internal due date.

    Without a due date the step gets the request's final due date minus the office's
    margin in working days. A request still 'received' becomes 'in progress'.
    """
    found = ws.store.authority_by_name(authority)
    if found is None and english_name(authority) in FRENCH_AUTHORITIES:
        # A default authority answers to its name in either language: a script written
        # for an English directory routes to the "Ministère de la Justice" of a French one.
        found = next(
            filter(None, map(ws.store.authority_by_name, names_of(english_name(authority)))), None
        )
    if found is None:
        names = ", ".join(a["name"] for a in ws.store.authorities())
        raise NotFound(
            translate(
                "WorkflowMessages", "No authority called '{0}' in the directory. Known: {1}."
            ).format(authority, names)
        )
    if sent_on is not None and sent_on < record.received_at.date():
        raise Refused(
            translate(
                "WorkflowMessages",
                "The step cannot be sent on {0}, before the request was received ({1}).",
            ).format(sent_on.isoformat(), record.received_at.date().isoformat())
        )
    sent = effective_on(ws, record, sent_on, translate("WorkflowMessages", "The routing"))
    if due is None:
        due_on = default_routing_due(ws, record, sent).on
    elif due < sent:
        raise Refused(
            translate(
                "WorkflowMessages", "The internal due date is before the date the step is sent."
            )
        )
    else:
        due_on = due
    now = ws.now()
    with ws.store.transaction():
        step_id = ws.store.add_routing_step(
            {
                "request_id": record.id,
                "authority_id": found["id"],
                "part": part.strip(),
                "sent_on": sent.isoformat(),
                "due_on": due_on.isoformat(),
                "due_set_by_hand": int(due is not None),
                "authority_reference": authority_reference.strip(),
                "created_at": now,
                "created_by": ws.user,
            }
        )
        ws.store.append_event(
            ws.user,
            record.id,
            "routing.sent",
            {
                "step": step_id,
                "authority": found["name"],
                "part": part.strip(),
                "due_on": due_on.isoformat(),
                **({"effective_on": sent.isoformat()} if sent_on else {}),
            },
            now,
        )
        if record.status == Status.RECEIVED:
            ws.store.update_request(
                record.id,
                {"status": Status.IN_PROGRESS.value, "updated_at": now},
                expected_version=record.version,
            )
            ws.store.append_event(
                ws.user,
                record.id,
                "status.changed",
                {
                    "before": Status.RECEIVED.value,
                    "after": Status.IN_PROGRESS.value,
                    "reason": translate("WorkflowMessages", "Routed to {0}").format(found["name"]),
                    **({"effective_on": sent.isoformat()} if sent_on else {}),
                },
                now,
            )
    return step_id


def routing_steps(ws: Workspace, request_id: int) -> list[dict[str, Any]]:
    """The request's routing steps in the order they were sent, with the authority's name."""
    return ws.store.routing_steps(request_id)


def routing_step(ws: Workspace, step_id: int) -> dict[str, Any]:
    step = ws.store.routing_step(step_id)
    if step is None:
        raise NotFound(translate("WorkflowMessages", "That routing step no longer exists."))
    return step


def mark_answered(
    ws: Workspace,
    step_id: int,
    outcome: str,
    answered_on: date | None = None,
    authority_reference: str = "",
) -> None:
    step = ws.store.routing_step(step_id)
    if step is None:
        raise NotFound(translate("WorkflowMessages", "That routing step no longer exists."))
    if step["answered_on"]:
        raise Refused(
            translate("WorkflowMessages", "{0} already answered on {1}.").format(
                step["authority"], step["answered_on"]
            )
        )
    answered = answered_on or ws.today()
    if answered > ws.today():
        raise Refused(
            translate(
                "WorkflowMessages", "The answer cannot be dated {0}, a day still to come."
            ).format(answered.isoformat())
        )
    if answered.isoformat() < step["sent_on"]:
        raise Refused(
            translate(
                "WorkflowMessages",
                "The answer cannot be dated {0}, before the step was sent ({1}).",
            ).format(answered.isoformat(), step["sent_on"])
        )
    values = {"answered_on": answered.isoformat(), "outcome": outcome.strip()}
    if authority_reference.strip():
        values["authority_reference"] = authority_reference.strip()
    with ws.store.transaction():
        if not ws.store.update_routing_step(step_id, values, unanswered_only=True):
            raise Refused(
                translate(
                    "WorkflowMessages",
                    "{0} was marked answered by someone else meanwhile; reopen "
                    "the request to see it.",
                ).format(step["authority"])
            )
        ws.store.append_event(
            ws.user,
            step["request_id"],
            "routing.answered",
            {
                "step": step_id,
                "authority": step["authority"],
                **values,
                # dated as the user dated it, like every dated event (effective_dates.py)
                **({"effective_on": answered.isoformat()} if answered_on else {}),
            },
            ws.now(),
        )
