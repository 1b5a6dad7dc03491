"""Transfer logistics beside the checklist: the planned date and the States on the route.

The planned transfer is the date the Registry and the State agree under Rule 184; the
transfer steps fall due around it. Art. 89(3) needs each transit State's authorisation,
so each is tracked on its own and a view can show at a glance which are still awaited.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from desktop.core.checklist_progress import TransitStatus
from desktop.core.checklists import TRANSFER_KINDS
from desktop.core.requests import RequestRecord
from desktop.core.translation import translate
from desktop.core.vocabulary import parse_enum
from desktop.services.errors import NotFound, Refused
from desktop.services.workspace import Workspace
from desktop.storage.checklist_store import ChecklistStore

MAX_STATE_NAME = 100


def _only_transfers(record: RequestRecord, what: str) -> None:
    if record.kind not in TRANSFER_KINDS:
        raise Refused(
            translate(
                "ChecklistTransferMessages",
                "Only transfer requests (transit or transfer of a "
                "person, arrest and surrender) have {0}; {1} is not one.",
            ).format(what, record.registry_no)
        )


def set_planned_transfer(ws: Workspace, record: RequestRecord, planned_at: datetime | None) -> None:
    """Set, move or (with None) clear the planned transfer; local time, to the minute."""
    _only_transfers(record, translate("ChecklistTransferMessages", "a planned transfer"))
    if planned_at is not None:
        if planned_at.tzinfo is not None:
            planned_at = planned_at.astimezone().replace(tzinfo=None)
        planned_at = planned_at.replace(second=0, microsecond=0)
        if planned_at.date() < record.received_at.date():
            raise Refused(
                translate(
                    "ChecklistTransferMessages",
                    "The planned transfer is before the request was received.",
                )
            )
    store = ChecklistStore(ws.store)
    before = store.planned_transfer(record.id)
    after = planned_at.isoformat() if planned_at else None
    if before == after:
        return
    now = ws.now()
    with ws.store.transaction():
        store.set_planned_transfer(record.id, after, ws.user, now)
        ws.store.append_event(
            ws.user, record.id, "transfer.planned", {"before": before, "after": after}, now
        )


def _state_name(state: str) -> str:
    name = " ".join(state.split())
    if not name:
        raise Refused(translate("ChecklistTransferMessages", "Name the transit State."))
    if len(name) > MAX_STATE_NAME:
        raise Refused(
            translate(
                "ChecklistTransferMessages", "A State's name is at most {0} characters."
            ).format(MAX_STATE_NAME)
        )
    return name


def add_transit_state(
    ws: Workspace,
    record: RequestRecord,
    state: str,
    status: TransitStatus | str = TransitStatus.REQUESTED,
    on: date | None = None,
    reference: str = "",
    note: str = "",
) -> int:
    """A State on the route whose transit or overflight authorisation is needed."""
    _only_transfers(record, translate("ChecklistTransferMessages", "transit States"))
    name = _state_name(state)
    status = _status(status)
    store = ChecklistStore(ws.store)
    if store.transit_state_named(record.id, name):
        raise Refused(
            translate(
                "ChecklistTransferMessages", "{0} is already listed as a transit State of {1}."
            ).format(name, record.registry_no)
        )
    values: dict[str, Any] = {
        "request_id": record.id,
        "state": name,
        "status": status.value,
        "status_on": (on or ws.today()).isoformat(),
        "reference": reference.strip(),
        "note": note.strip(),
    }
    now = ws.now()
    with ws.store.transaction():
        transit_id = store.add_transit_state(values)
        ws.store.append_event(
            ws.user, record.id, "transit.added", {"transit": transit_id, **values}, now
        )
    return transit_id


def _status(status: TransitStatus | str) -> TransitStatus:
    try:
        return parse_enum(TransitStatus, str(status), "status")
    except ValueError as exc:
        raise Refused(str(exc)) from None


def _transit(ws: Workspace, record: RequestRecord, transit_id: int) -> dict[str, Any]:
    row = ChecklistStore(ws.store).transit_state(transit_id)
    if row is None or row["request_id"] != record.id:
        raise NotFound(
            translate(
                "ChecklistTransferMessages", "That transit State is not listed on {0}."
            ).format(record.registry_no)
        )
    return row


def set_transit_status(
    ws: Workspace,
    record: RequestRecord,
    transit_id: int,
    status: TransitStatus | str,
    on: date | None = None,
    reference: str | None = None,
    note: str | None = None,
) -> None:
    """The State answered (granted, refused) or was asked again; the date is the answer's."""
    row = _transit(ws, record, transit_id)
    values: dict[str, Any] = {
        "status": _status(status).value,
        "status_on": (on or ws.today()).isoformat(),
    }
    if reference is not None:
        values["reference"] = reference.strip()
    if note is not None:
        values["note"] = note.strip()
    changed = {k: {"before": row[k], "after": v} for k, v in values.items() if row[k] != v}
    if not changed:
        return
    now = ws.now()
    with ws.store.transaction():
        ChecklistStore(ws.store).update_transit_state(transit_id, values)
        ws.store.append_event(
            ws.user,
            record.id,
            "transit.changed",
            {"transit": transit_id, "state": row["state"], **changed},
            now,
        )


def remove_transit_state(ws: Workspace, record: RequestRecord, transit_id: int) -> None:
    """A State taken off the route (the flight changed); the trail keeps what it was."""
    row = _transit(ws, record, transit_id)
    now = ws.now()
    with ws.store.transaction():
        ChecklistStore(ws.store).delete_transit_state(transit_id)
        ws.store.append_event(
            ws.user,
            record.id,
            "transit.removed",
            {"transit": transit_id, "state": row["state"], "status": row["status"]},
            now,
        )
