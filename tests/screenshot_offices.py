"""The parcels the screenshots show: the demo embassy exchanges with its capital.

Used by tests/screenshots.py and tests/screenshots_fr.py on their temporary copy of the
demo workspace: the Ministry registers a request it received from the Court, routes it,
records an answer and sends it to the embassy; the embassy sends one of its own requests,
whose deadline the Ministry proposes to move. A second embassy's card is added, not yet
verified.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from desktop.core.requests import draft_from_mapping
from desktop.core.settings import OfficeSettings
from desktop.services import casefile, offices, parcel_receive, parcel_send, register, workflow
from desktop.services.workspace import Workspace

PASSPHRASE = "screenshots of the capital"


def _office(folder: Path, user: str, name: str, place: str) -> Workspace:
    ws, _ = Workspace.create(
        folder,
        user,
        PASSPHRASE,
        user,
        OfficeSettings(
            office_name=name, place=place, state_name="the Republic of Testland", country="NL"
        ),
    )
    return ws


def _introduce(a: Workspace, b: Workspace, base: Path, verify: bool = True) -> None:
    for me, other in ((a, b), (b, a)):
        card = base / f"{me.folder.name}.card.json"
        offices.write_card(me, card)
        added = offices.add(other, card)
        if verify:
            offices.verify(other, added["name"])


def exchange_with_the_capital(embassy: Workspace, base: Path) -> int:
    """Returns the id, in the embassy's workspace, of the request received from the capital."""
    capital = _office(base / "capital", "jmensah", "Ministry of Foreign Affairs", "Testville")
    nairobi = _office(base / "nairobi", "wkamau", "Embassy of Testland in Nairobi", "Nairobi")
    try:
        _introduce(embassy, capital, base)
        _introduce(embassy, nairobi, base, verify=False)
        today = capital.today()
        record = register.register(
            capital,
            draft_from_mapping(
                {
                    "court_reference": "ICC-01/22-02/26-58",
                    "received_at": f"{today - timedelta(days=9)}T11:00:00",
                    "kind": "judicial_assistance",
                    "assistance_types": ["b", "l"],
                    "requesting_organ": "OTP",
                    "channel": "diplomatic",
                    "confidentiality": "confidential",
                    "urgency": "urgent",
                    "court_deadline": str(today + timedelta(days=24)),
                    "subject": "Telephone records of the company Halvard Freight",
                    "summary": "Call records and company records, January to June 2025.",
                    "persons": [],
                }
            ),
        )
        police = workflow.route(capital, record, "National Police", part="Call records")
        workflow.route(
            capital,
            register.by_id(capital, record.id),
            "Land and Company Registries",
            part="Company records",
        )
        workflow.mark_answered(capital, police, "Records for two numbers obtained")
        casefile.add_note(
            capital,
            register.by_id(capital, record.id),
            "Please hand the note verbale to the Registry once the registries have answered.",
            shareable=True,
        )
        to_embassy = base / "to-embassy.cdparcel"
        parcel_send.send(
            capital, [register.by_id(capital, record.id)], embassy.settings.office_name, to_embassy
        )
        parcel_receive.receive(embassy, to_embassy)

        own = next(
            r
            for r in embassy.store.all_requests()
            if r.status == "in_progress" and r.confidentiality in ("public", "confidential")
        )
        to_capital = base / "to-capital.cdparcel"
        parcel_send.send(embassy, [own], "Ministry of Foreign Affairs", to_capital)
        parcel_receive.receive(capital, to_capital)
        mirror = register.get(capital, own.court_reference)
        later = max(own.court_deadline or today, today) + timedelta(days=30)
        register.update(capital, mirror, {"court_deadline": later.isoformat()})
        back = base / "back.cdparcel"
        parcel_send.send(
            capital, [register.by_id(capital, mirror.id)], embassy.settings.office_name, back
        )
        parcel_receive.receive(embassy, back)
        received = register.get(embassy, "ICC-01/22-02/26-58")
        return received.id
    finally:
        capital.close()
        nairobi.close()
