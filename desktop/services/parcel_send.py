"""Sending requests to another office as one sealed parcel file (issue 17).

The parcel carries, per request: its global id, the lead office and the lead's registry
number, its descriptive fields, the single-valued fields (decided when this office leads,
proposed when it does not and changed them here), and the append-only things merged by id
on arrival: routing steps and answers, notes, checklist steps done. It also tells the
other office which of its parcels arrived here (the receipt). Transport is the user's.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.requests import RequestRecord
from desktop.core.translation import translate
from desktop.core.vocabulary import Confidentiality
from desktop.services import office_keys, offices
from desktop.services.errors import Refused
from desktop.services.parcel_format import FORMAT_VERSION, seal
from desktop.services.workspace import Workspace
from desktop.storage.checklist_store import ChecklistStore
from desktop.storage.files import write_atomically
from desktop.storage.office_store import OfficeStore

SEALED = (Confidentiality.UNDER_SEAL, Confidentiality.EX_PARTE)
# Single-valued fields: they belong to the lead office (a change elsewhere is a proposal).
SINGLE_VALUED = ("status", "court_deadline")
# What a "metadata only" parcel says about a sealed request: numbers, deadline, status.
METADATA_FIELDS = (
    "court_reference",
    "received_at",
    "kind",
    "channel",
    "confidentiality",
    "urgency",
    "court_deadline",
)
METADATA_SUBJECT = "Metadata only (sealed request: ask the sending office for the content)"


@dataclass(frozen=True)
class Sent:
    office: str
    seq: int
    sha256: str
    registry_numbers: list[str]


def single_values(record: RequestRecord) -> dict[str, str | None]:
    return {
        "status": record.status,
        "court_deadline": record.court_deadline.isoformat() if record.court_deadline else None,
    }


def _fields(record: RequestRecord, metadata_only: bool) -> dict[str, Any]:
    fields: dict[str, Any] = {
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
        "court_deadline": single_values(record)["court_deadline"],
        "subject": record.subject,
        "summary": record.summary,
        "persons": record.persons,
        "elements_confirmed": record.elements_confirmed,
    }
    if metadata_only:
        fields = {k: fields[k] for k in METADATA_FIELDS}
        fields["subject"] = METADATA_SUBJECT
    return fields


def _shared_things(ws: Workspace, record: RequestRecord) -> dict[str, Any]:
    """Routing steps, shareable notes and checklist states: merged by id at the other end."""
    routing = [
        {
            k: step[k]
            for k in (
                "global_id",
                "authority",
                "part",
                "sent_on",
                "due_on",
                "authority_reference",
                "answered_on",
                "outcome",
                "created_by",
            )
        }
        for step in ws.store.routing_steps(record.id)
    ]
    notes = [
        {k: note[k] for k in ("global_id", "created_at", "author", "text")}
        for note in ws.store.notes(record.id)
        if note["shareable"]
    ]
    checklist = [
        {k: step[k] for k in ("code", "title", "state", "state_on", "state_by", "na_reason")}
        for step in ChecklistStore(ws.store).steps(record.id)
        if step["state"] != "open"
    ]
    return {"routing": routing, "notes": notes, "checklist": checklist}


def _attachments(ws: Workspace, record: RequestRecord) -> list[dict[str, Any]]:
    """The request's files, whole: merged by their SHA-256 at the other end."""
    return [
        {
            **{
                k: a[k]
                for k in ("filename", "media_type", "size", "sha256", "added_at", "added_by")
            },
            "content": base64.b64encode(ws.store.attachment_content(a["id"]) or b"").decode(
                "ascii"
            ),
        }
        for a in ws.store.attachments(record.id)
    ]


def _entry(
    ws: Workspace, record: RequestRecord, me: str, metadata_only: bool, with_attachments: bool
) -> dict[str, Any]:
    store = OfficeStore(ws.store)
    store.give_global_ids(record.id)
    sharing = store.sharing(record.id)
    lead = sharing.get("lead_office") or me
    entry: dict[str, Any] = {
        "global_id": sharing["global_id"],
        "lead_office": lead,
        "origin_registry_no": sharing.get("origin_registry_no") or record.registry_no,
        "sender_registry_no": record.registry_no,
        "metadata_only": metadata_only,
        "fields": _fields(record, metadata_only),
    }
    values = single_values(record)
    if lead == me:
        entry["decided"] = values
    else:  # only what this office changed since the lead last said: the lead decides
        last = json.loads(sharing.get("lead_values") or "{}")
        entry["proposed"] = {k: v for k, v in values.items() if v != last.get(k)}
    if not metadata_only:
        entry.update(_shared_things(ws, record))
        if with_attachments:
            entry["attachments"] = _attachments(ws, record)
    return entry


def refuse_sealed(
    records: Sequence[RequestRecord], metadata_only: bool, confirm_sealed: bool
) -> None:
    """Under-seal and ex-parte requests travel only when confirmed, or as metadata."""
    sealed = [r.registry_no for r in records if r.confidentiality in SEALED]
    if sealed and not (metadata_only or confirm_sealed):
        raise Refused(
            translate(
                "ParcelsMessages",
                "{0} is under seal or ex parte: confirm that it may travel "
                "in full, or send its metadata only (numbers, deadline, status). Nothing was "
                "written.",
            ).format(", ".join(sealed))
        )


def send(
    ws: Workspace,
    records: Sequence[RequestRecord],
    office_name: str,
    path: Path,
    metadata_only: bool = False,
    confirm_sealed: bool = False,
    with_attachments: bool = False,
) -> Sent:
    """Write one parcel for the office; with no request it carries only the receipt.

    Attachments travel only when the user asks (`with_attachments`), never with a
    request sent as metadata only.
    """
    office = offices.by_name(ws, office_name)
    if not office["verified_at"]:
        raise Refused(
            translate(
                "ParcelsMessages",
                "{0}'s fingerprint has not been verified: compare it with the "
                "office (phone, pouch) and record it before sending to it.",
            ).format(office["name"])
        )
    refuse_sealed(records, metadata_only, confirm_sealed)
    store = OfficeStore(ws.store)
    me = offices.own_office_id(ws)
    now = ws.now()
    with ws.store.transaction():
        last = store.last_parcel("out", office["office_id"])
        seq = (last["seq"] if last else 0) + 1
        received = store.last_parcel("in", office["office_id"])
        manifest = {
            "format_version": FORMAT_VERSION,
            "sender": me,
            "recipient": office["office_id"],
            "seq": seq,
            "prev_sha256": last["sha256"] if last else None,
            "created_at": now,
            "acknowledges": (
                {"seq": received["seq"], "sha256": received["sha256"]} if received else None
            ),
        }
        payload = {
            "requests": [
                _entry(ws, r, me, metadata_only and r.confidentiality in SEALED, with_attachments)
                for r in records
            ]
        }
        data = seal(
            {"manifest": manifest, "payload": payload},
            lambda text: office_keys.sign(ws.store, text),
            office["age_recipient"],
            office_keys.key_id(office["age_recipient"]),
        )
        digest = hashlib.sha256(data).hexdigest()
        store.add_parcel("out", office["office_id"], seq, digest, now)
        numbers = [r.registry_no for r in records]
        ws.store.append_events(
            [
                (
                    ws.user,
                    None,
                    "parcel.sent",
                    {"office": office["name"], "seq": seq, "sha256": digest, "requests": numbers},
                )
            ]
            + [
                (
                    ws.user,
                    r.id,
                    "request.sent_to_office",
                    {
                        "office": office["name"],
                        "seq": seq,
                        "metadata_only": metadata_only and r.confidentiality in SEALED,
                    },
                )
                for r in records
            ],
            now,
        )
        try:  # last: a file that cannot be written leaves nothing recorded
            write_atomically(path, data)
        except OSError as exc:
            raise Refused(
                translate("ParcelsMessages", "Cannot write {0}: {1}; nothing was sent.").format(
                    path, exc.strerror
                )
            ) from None
    return Sent(office["name"], seq, digest, numbers)
