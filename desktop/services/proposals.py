"""Proposals from another office on a request this office leads: accept or decline.

Single-valued fields (status, Court deadline) belong to the lead office. When the other
office changes one, its parcel carries the change as a proposal; nothing is overwritten
until someone here accepts it, through the same service a change made here would use
(so the Statute's status rules and the audit trail apply as usual).
"""

from __future__ import annotations

from typing import Any

from desktop.core.translation import translate
from desktop.services import register, workflow
from desktop.services.errors import NotFound, Refused
from desktop.services.workspace import Workspace
from desktop.storage.office_store import OfficeStore


def open_proposals(ws: Workspace, request_id: int | None = None) -> list[dict[str, Any]]:
    """Proposals awaiting a decision (for one request, or all), oldest first."""
    return OfficeStore(ws.store).proposals(request_id)


def _proposal(ws: Workspace, proposal_id: int) -> dict[str, Any]:
    found = OfficeStore(ws.store).proposal(proposal_id)
    if found is None:
        raise NotFound(
            translate("ProposalsMessages", "There is no proposal #{0}.").format(proposal_id)
        )
    if found["decision"] == "accepted":
        raise Refused(
            translate("ProposalsMessages", "Proposal #{0} was already accepted on {1}.").format(
                proposal_id, found["decided_at"]
            )
        )
    if found["decision"]:
        raise Refused(
            translate("ProposalsMessages", "Proposal #{0} was already declined on {1}.").format(
                proposal_id, found["decided_at"]
            )
        )
    return found


def accept(ws: Workspace, proposal_id: int) -> None:
    """Apply the proposed value as this office's own change, and record the decision."""
    proposal = _proposal(ws, proposal_id)
    record = register.by_id(ws, proposal["request_id"])
    office = proposal["office"] or ""
    with ws.store.transaction():
        if not OfficeStore(ws.store).decide(proposal_id, "accepted", ws.now(), ws.user):
            raise Refused(
                translate(
                    "ProposalsMessages", "Proposal #{0} was decided by someone else meanwhile."
                ).format(proposal_id)
            )
        if proposal["field"] == "status":
            workflow.change_status(ws, record, proposal["value"], proposed_by=office)
        else:
            changed = {"court_deadline": proposal["value"]}
            register.update(ws, record, changed)
        ws.store.append_event(
            ws.user,
            record.id,
            "request.proposal_accepted",
            {"office": office, "field": proposal["field"], "value": proposal["value"]},
            ws.now(),
        )


def decline(ws: Workspace, proposal_id: int) -> None:
    proposal = _proposal(ws, proposal_id)
    with ws.store.transaction():
        if not OfficeStore(ws.store).decide(proposal_id, "declined", ws.now(), ws.user):
            raise Refused(
                translate(
                    "ProposalsMessages", "Proposal #{0} was decided by someone else meanwhile."
                ).format(proposal_id)
            )
        ws.store.append_event(
            ws.user,
            proposal["request_id"],
            "request.proposal_declined",
            {"office": proposal["office"], "field": proposal["field"], "value": proposal["value"]},
            ws.now(),
        )


def as_text(proposal: dict[str, Any]) -> str:
    """One line for a list: '#3 CD-2026-0001: Embassy proposes status in_progress'."""
    return translate("ProposalsMessages", "#{0} {1}: {2} proposes {3} {4}").format(
        proposal["id"],
        proposal["registry_no"],
        proposal["office"],
        proposal["field"],
        proposal["value"],
    )
