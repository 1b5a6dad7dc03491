"""Registering requests and keeping their fields and clocks right."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from desktop.core.deadlines import (
    DeadlineInputs,
    Deadlines,
    compute_deadlines,
    days_held,
    fmt,
    routing_due,
)
from desktop.core.requests import (
    IMPORT_FIELDS,
    RequestDraft,
    RequestRecord,
    ValidationError,
    draft_from_mapping,
)
from desktop.core.statuses import Status
from desktop.core.translation import translate
from desktop.services import collector, effective_dates
from desktop.services.checklists.registration import add_default_checklists
from desktop.services.errors import NotFound, Refused, UserFacingError
from desktop.services.step_dues import DueCalculator
from desktop.services.workspace import Workspace


def deadlines_for(ws: Workspace, record: RequestRecord) -> Deadlines:
    return compute_deadlines(
        DeadlineInputs(
            received_on=record.received_at.date(),
            kind=record.kind,
            court_deadline=record.court_deadline,
            extended_to=record.extended_to,
            extension_reason=record.extension_reason,
            paused_days=record.paused_days,
            paused_before_extension=record.extension_paused_days,
            shortened=record.deadline_shortened,
            arrested_on=record.arrested_on,
            full_request_on=record.full_request_on,
            reviewed_on=record.reviewed_on,
        ),
        ws.settings.deadline_policy(),
        ws.calendar,
    )


def _due_columns(deadlines: Deadlines) -> dict[str, str]:
    return {
        "due_on": deadlines.final.on.isoformat(),
        "internal_due_on": deadlines.internal.on.isoformat(),
        "ack_due_on": deadlines.acknowledgement.on.isoformat(),
        "clock": deadlines.clock.value,
        "deliver_on": deadlines.deliver_on.isoformat(),
    }


_UNESCAPED = json.JSONEncoder(ensure_ascii=False)  # built once: imports encode thousands


def _draft_row(
    ws: Workspace,
    draft: RequestDraft,
    registry_no: str,
    now: str,
    deadlines: Deadlines | None = None,
) -> dict[str, Any]:
    if deadlines is None:
        deadlines = compute_deadlines(
            DeadlineInputs(draft.received_at.date(), draft.kind, draft.court_deadline),
            ws.settings.deadline_policy(),
            ws.calendar,
        )
    return {
        "registry_no": registry_no,
        "court_reference": draft.court_reference,
        "received_at": draft.received_at.isoformat(),
        "kind": draft.kind.value,
        "assistance_types": json.dumps(draft.assistance_types),
        "requesting_organ": draft.requesting_organ.value if draft.requesting_organ else None,
        "situation": draft.situation,
        "case_name": draft.case,
        "channel": draft.channel.value,
        "confidentiality": draft.confidentiality.value,
        "urgency": draft.urgency.value,
        "court_deadline": draft.court_deadline.isoformat() if draft.court_deadline else None,
        "subject": draft.subject,
        "summary": draft.summary,
        "persons": _UNESCAPED.encode(draft.persons),
        "elements_confirmed": json.dumps(draft.elements_confirmed),
        "status": Status.RECEIVED.value,
        "owner": ws.user,
        **_due_columns(deadlines),
        "created_at": now,
        "updated_at": now,
    }


def _refuse_future_receipt(ws: Workspace, drafts: Sequence[RequestDraft]) -> None:
    today = ws.today()
    for draft in drafts:
        if draft.received_at.date() > today:
            raise ValidationError(
                {
                    "received_at": translate(
                        "Validation", "{0} is in the future: a request is registered once received"
                    ).format(draft.received_at.date().isoformat())
                }
            )


_SLICE = 5000


def register_many(
    ws: Workspace,
    drafts: Sequence[RequestDraft],
    progress: Callable[[int, int], None] | None = None,
) -> list[str]:
    """Register drafts in one transaction: all get numbers, or none does.

    `progress(done, total)` is called after each slice (the GUI's progress bar).
    """
    _refuse_future_receipt(ws, drafts)
    now = ws.now()
    year = ws.today().year
    fmt = ws.settings.reference_format
    policy, calendar = ws.settings.deadline_policy(), ws.calendar
    # Requests of a slice often share a (day, kind, Court deadline) triple; emptied with
    # each slice, so the explanations kept do not grow with the file.
    known: dict[DeadlineInputs, Deadlines] = {}
    steps_due = DueCalculator(calendar)  # its few thousand working-day shifts are kept

    def deadlines(draft: RequestDraft) -> Deadlines:
        inputs = DeadlineInputs(draft.received_at.date(), draft.kind, draft.court_deadline)
        found = known.get(inputs)
        if found is None:
            found = known[inputs] = compute_deadlines(inputs, policy, calendar)
        return found

    numbers: list[str] = []
    with collector.paused(), ws.store.transaction(), ws.store.bulk_registration(len(drafts)):
        first = ws.store.next_registry_seq(year, len(drafts))
        # In slices, so memory stays flat however long the file: all still commit together.
        for start in range(0, len(drafts), _SLICE):
            part = drafts[start : start + _SLICE]
            known.clear()
            rows = [
                _draft_row(
                    ws,
                    draft,
                    fmt.format(year=year, seq=first + start + offset),
                    now,
                    deadlines(draft),
                )
                for offset, draft in enumerate(part)
            ]
            ids = ws.store.insert_requests(rows)
            ws.store.append_events(
                [
                    (ws.user, request_id, "request.registered", {"registry_no": row["registry_no"]})
                    for request_id, row in zip(ids, rows, strict=True)
                ],
                now,
            )
            add_default_checklists(
                ws,
                [
                    (
                        request_id,
                        row["kind"],
                        draft.received_at.date(),
                        date.fromisoformat(row["due_on"]),
                    )
                    for request_id, row, draft in zip(ids, rows, part, strict=True)
                ],
                now,
                steps_due,
            )
            numbers += [row["registry_no"] for row in rows]
            if progress is not None:
                progress(len(numbers), len(drafts))
    return numbers


def register(ws: Workspace, draft: RequestDraft) -> RequestRecord:
    (registry_no,) = register_many(ws, [draft])
    return get(ws, registry_no)


def get(ws: Workspace, ref: str) -> RequestRecord:
    """A request by our registry number or the Court's reference."""
    found = ws.store.find_request(ref)
    if not found:
        raise NotFound(
            translate("RegisterMessages", "No request with the reference '{0}'.").format(ref)
        )
    if len(found) > 1:
        numbers = ", ".join(r.registry_no for r in found)
        raise UserFacingError(
            translate(
                "RegisterMessages",
                "Several requests carry the Court reference '{0}' ({1}); use our registry number.",
            ).format(ref, numbers)
        )
    return found[0]


def by_id(ws: Workspace, request_id: int) -> RequestRecord:
    record = ws.store.request(request_id)
    if record is None:
        raise NotFound(translate("RegisterMessages", "That request no longer exists."))
    return record


# What an edit may change: the fields a request is registered with, and the completeness
# elements confirmed since.
EDITABLE = {*IMPORT_FIELDS, "elements_confirmed"}


def update(ws: Workspace, record: RequestRecord, changes: dict[str, Any]) -> RequestRecord:
    """Edit fields with the same validation as registration; refuses lost updates."""
    unknown = set(changes) - EDITABLE
    if unknown:
        raise ValidationError(
            {name: translate("Validation", "cannot be edited") for name in sorted(unknown)}
        )
    current = {
        "court_reference": record.court_reference,
        "received_at": record.received_at.isoformat(),
        "kind": record.kind.value,
        "assistance_types": record.assistance_types,
        "requesting_organ": record.requesting_organ.value if record.requesting_organ else None,
        "situation": record.situation,
        "case": record.case,
        "channel": record.channel.value,
        "confidentiality": record.confidentiality.value,
        "urgency": record.urgency.value,
        "court_deadline": record.court_deadline.isoformat() if record.court_deadline else None,
        "subject": record.subject,
        "summary": record.summary,
        "persons": record.persons,
        "elements_confirmed": record.elements_confirmed,
    }
    draft = draft_from_mapping({**current, **changes})
    if "received_at" in changes:
        _refuse_future_receipt(ws, [draft])
    if record.past_on_arrival and record.court_deadline and draft.court_deadline is None:
        raise Refused(
            translate(
                "RegisterMessages",
                "{0} was past on arrival (Court deadline {1}): without it "
                "the app would count a later default date the Court never set. Correct the "
                "date instead of removing it.",
            ).format(record.registry_no, fmt(record.court_deadline))
        )
    new_row = _draft_row(ws, draft, record.registry_no, ws.now())
    keep = (
        "registry_no",
        "status",
        "owner",
        "created_at",
        "due_on",
        "internal_due_on",
        "ack_due_on",
        "clock",
        "deliver_on",
    )
    values = {k: v for k, v in new_row.items() if k not in keep}
    diff = {}
    for column, value in values.items():
        field = "case" if column == "case_name" else column
        if field not in current:
            continue
        before = current[field]
        after = (
            json.loads(value)
            if column in {"assistance_types", "persons", "elements_confirmed"}
            else value
        )
        if before != after:
            diff[field] = {"before": before, "after": after}
    if not diff:
        return record
    with ws.store.transaction():
        ws.store.update_request(record.id, values, expected_version=record.version)
        updated = by_id(ws, record.id)
        store_deadlines(ws, updated)
        ws.store.append_event(ws.user, record.id, "request.edited", diff, ws.now())
    return by_id(ws, record.id)


def store_deadlines(ws: Workspace, record: RequestRecord) -> None:
    deadlines = deadlines_for(ws, record)
    ws.store.update_request(record.id, _due_columns(deadlines))
    _steps_follow(ws, record, deadlines.final.on)


def _steps_follow(ws: Workspace, record: RequestRecord, final_on: date) -> None:
    """Open routing steps whose due date was derived move with the request's clock.

    A date typed by hand stays as typed (the authority was told it); `show` flags it when
    it falls after the request's internal due date.
    """
    policy = ws.settings.deadline_policy()
    for step in ws.store.routing_steps(record.id):
        if step["answered_on"] or step["due_set_by_hand"]:
            continue
        due = routing_due(
            final_on, policy, ws.state_calendar, not_before=date.fromisoformat(step["sent_on"])
        ).on.isoformat()
        if due == step["due_on"]:
            continue
        ws.store.update_routing_step(step["id"], {"due_on": due})
        ws.store.append_event(
            ws.user,
            record.id,
            "routing.due_followed",
            {
                "step": step["id"],
                "authority": step["authority"],
                "before": step["due_on"],
                "after": due,
            },
            ws.now(),
        )


def recompute_all_deadlines(ws: Workspace) -> None:
    """After a change of calendar or policy; call inside the settings transaction."""
    ws.store.mark_step_dues_stale()  # a holiday moves step dates even where these stay
    following = ws.store.requests_with_derived_open_steps()
    for record in list(ws.store.all_requests()):
        deadlines = deadlines_for(ws, record)
        columns = _due_columns(deadlines)
        if columns != {
            "due_on": record.due_on.isoformat(),
            "internal_due_on": record.internal_due_on.isoformat(),
            "ack_due_on": record.ack_due_on.isoformat(),
            "clock": record.clock,
            "deliver_on": (record.deliver_on or record.due_on).isoformat(),
        }:
            ws.store.update_request(record.id, columns)
        if record.id in following:
            _steps_follow(ws, record, deadlines.final.on)


def extend_deadline(
    ws: Workspace,
    record: RequestRecord,
    new_date: date,
    reason: str,
    shorten: bool = False,
    on: date | None = None,
) -> RequestRecord:
    """A new date agreed with the Court, and why, both on the record.

    The new date replaces the deadline: consultation days held before it do not move it,
    only those held after it. A date earlier than the one now due is refused unless
    `shorten` confirms that the Court shortened the deadline; it is then recorded as such.
    """
    if not reason.strip():
        raise UserFacingError(
            translate("RegisterMessages", "An extension needs the reason the Court agreed to it.")
        )
    if new_date < record.received_at.date():
        raise UserFacingError(
            translate("RegisterMessages", "The extended date is before the request was received.")
        )
    if new_date < record.due_on and not shorten:
        raise Refused(
            translate(
                "RegisterMessages",
                "{0} is earlier than the date now due ({1}): an extension "
                'moves the deadline later. If the Court shortened it, say so ("The Court '
                'shortened the deadline"; CLI: --shorten) and it is recorded as a shortened '
                "deadline.",
            ).format(new_date.isoformat(), fmt(record.due_on))
        )
    agreed = effective_dates.effective_on(
        ws, record, on, translate("RegisterMessages", "The extension")
    )
    # Days held so far, including a consultation still running, are behind the new date.
    held = record.paused_days + (
        days_held(record.paused_since, agreed) if record.paused_since else 0
    )
    shortened = new_date < record.due_on
    with ws.store.transaction():
        ws.store.update_request(
            record.id,
            {
                "extended_to": new_date.isoformat(),
                "extension_reason": reason.strip(),
                "extension_paused_days": held,
                "deadline_shortened": int(shortened),
                "updated_at": ws.now(),
            },
            expected_version=record.version,
        )
        store_deadlines(ws, by_id(ws, record.id))
        ws.store.append_event(
            ws.user,
            record.id,
            "deadline.shortened" if shortened else "deadline.extended",
            {
                "before": record.due_on.isoformat(),
                "extended_to": new_date.isoformat(),
                "reason": reason.strip(),
                **({"effective_on": agreed.isoformat()} if on else {}),
            },
            ws.now(),
        )
    return by_id(ws, record.id)


def registered_references(ws: Workspace, references: Iterable[str]) -> dict[str, list[str]]:
    """For each Court reference already in the register, our registry numbers for it."""
    return ws.store.registry_numbers_by_court_reference(list(references))


def set_owner(ws: Workspace, records: Iterable[RequestRecord], owner: str) -> None:
    """Assign one or many requests to a user of the office, in one transaction."""
    if not ws.store.user(owner):
        raise UserFacingError(
            translate("RegisterMessages", "'{0}' is not a user of this workspace.").format(owner)
        )
    with ws.store.transaction():
        for record in records:
            if record.owner == owner:
                continue
            ws.store.update_request(
                record.id, {"owner": owner, "updated_at": ws.now()}, expected_version=record.version
            )
            ws.store.append_event(
                ws.user,
                record.id,
                "request.owner",
                {"before": record.owner, "after": owner},
                ws.now(),
            )
