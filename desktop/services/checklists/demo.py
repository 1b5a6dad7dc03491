"""Checklists in the demo workspace, as an office would have them.

A first look at the app should show a transfer under way (some steps done, the date
close, one transit State still to answer), and executed requests whose checklists are
complete: the status rule would refuse anything else.
"""

from __future__ import annotations

from datetime import timedelta

from desktop.core.authorities import MOJ, names_of
from desktop.core.checklist_progress import TransitStatus
from desktop.core.requests import RequestRecord, draft_from_mapping
from desktop.services import checklists, workflow
from desktop.services.checklists import transfer as checklist_transfer
from desktop.services.register import get, register_many
from desktop.services.workspace import Workspace

# Done steps of the half-done transfer, by code and days after receipt.
_DONE_SO_FAR = (
    ("warrant_received", 0),
    ("identity_confirmed", 2),
    ("surrender_decision_final", 5),
    ("registry_informed", 6),
    ("travel_document", 7),
    ("flight_arranged", 8),
)


def complete(ws: Workspace, record: RequestRecord) -> None:
    """Every open step done, a day apart from receipt, before the request is executed."""
    received = record.received_at.date()
    for step in checklists.view(ws, record).steps:
        if step.is_open:
            checklists.mark_done(
                ws, record, step.code, min(ws.today(), received + timedelta(days=step.number))
            )


_TRANSFER = {
    "en": {
        "situation": "Situation in the Republic of Kordavia",
        "case": "The Prosecutor v. Ilyan Marsk",
        "subject": "Transfer of Ilyan Marsk to the seat of the Court",
        "summary": "Following the final surrender decision, the Registry asks the State to "
        "transfer Ilyan Marsk to the detention centre in The Hague (Rule 184).",
        "national": "The person is a national of the State.",
        "granted": "Republic of Ruritania",
        "requested": "Federal State of Freedonia",
    },
    "fr": {
        "situation": "Situation en République de Kordavie",
        "case": "Le Procureur c. Ilyan Marsk",
        "subject": "Transfèrement d’Ilyan Marsk au siège de la Cour",
        "summary": "À la suite de la décision définitive de remise, le Greffe demande à "
        "l’État de transférer Ilyan Marsk au quartier pénitentiaire de La Haye "
        "(règle 184).",
        "national": "La personne est un ressortissant de l’État.",
        "granted": "République de Ruritanie",
        "requested": "État fédéral de Freedonia",
    },
}


def half_done_transfer(ws: Workspace, language: str = "en") -> str:
    """Register a transfer twelve days old, planned four days ahead, about half done."""
    words = _TRANSFER[language]
    now = ws.clock().replace(microsecond=0)
    received = now - timedelta(days=12)
    (number,) = register_many(
        ws,
        [
            draft_from_mapping(
                {
                    "court_reference": "ICC-01/22-01/26-00417",
                    "received_at": received.isoformat(),
                    "kind": "transit_transfer",
                    "requesting_organ": "Registry",
                    "situation": words["situation"],
                    "case": words["case"],
                    "confidentiality": "strictly_confidential",
                    "urgency": "urgent",
                    "court_deadline": (now + timedelta(days=10)).date().isoformat(),
                    "subject": words["subject"],
                    "summary": words["summary"],
                    "persons": ["Ilyan Marsk"],
                }
            )
        ],
    )
    justice = names_of(MOJ)[language == "fr"]
    workflow.route(ws, get(ws, number), justice, sent_on=received.date())
    record = get(ws, number)
    checklist_transfer.set_planned_transfer(
        ws, record, (now + timedelta(days=4)).replace(hour=9, minute=30, second=0)
    )
    for code, days in _DONE_SO_FAR:
        checklists.mark_done(ws, record, code, received.date() + timedelta(days=days))
    checklists.mark_not_applicable(ws, record, "consular_notification", words["national"])
    checklist_transfer.add_transit_state(
        ws,
        record,
        words["granted"],
        TransitStatus.GRANTED,
        now.date() - timedelta(days=2),
        "Note verbale 112/2026",
    )
    checklist_transfer.add_transit_state(
        ws, record, words["requested"], TransitStatus.REQUESTED, now.date() - timedelta(days=3)
    )
    return number
