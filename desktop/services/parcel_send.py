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
from typing import Any, NamedTuple

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
ROUTING_FIELDS = (
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
CHECKLIST_FIELDS = ("code", "title", "state", "state_on", "state_by", "na_reason")
ATTACHMENT_FIELDS = ("filename", "media_type", "size", "sha256", "added_at", "added_by")
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


class Item(NamedTuple):
    """One thing of a request that merges by id at the other end, and its version."""

    section: str  # the payload list it travels in: routing, notes, checklist, attachments
    key: str  # "<request global id>/<section>/<its id>": the same in every office
    digest: str  # changes when the thing does (an answer recorded, a step closed)
    value: dict[str, Any]


def _digest(value: dict[str, Any]) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def shared_items(ws: Workspace, request_id: int, global_id: str) -> list[Item]:
    """Routing steps, shareable notes, checklist states and files (without their bytes):
    everything of the request that merges by id at the other end."""
    items = []
    for step in ws.store.routing_steps(request_id):
        value = {k: step[k] for k in ROUTING_FIELDS}
        items.append(Item("routing", f"{global_id}/routing/{step['global_id']}", "", value))
    for note in ws.store.notes(request_id):
        if note["shareable"]:
            value = {k: note[k] for k in ("global_id", "created_at", "author", "text")}
            items.append(Item("notes", f"{global_id}/notes/{note['global_id']}", "", value))
    for step in ChecklistStore(ws.store).steps(request_id):
        if step["state"] != "open":
            value = {k: step[k] for k in CHECKLIST_FIELDS}
            items.append(Item("checklist", f"{global_id}/checklist/{step['code']}", "", value))
    for a in ws.store.attachments(request_id):
        value = {k: a[k] for k in ATTACHMENT_FIELDS}
        value["id"] = a["id"]  # to read its bytes if it travels; not sent
        items.append(
            Item("attachments", f"{global_id}/attachments/{a['sha256']}", a["sha256"], value)
        )
    return [i if i.digest else i._replace(digest=_digest(i.value)) for i in items]


def _carried(
    ws: Workspace,
    record: RequestRecord,
    global_id: str,
    held: dict[str, tuple[str, int]],
    acknowledged: int,
    with_attachments: bool,
) -> tuple[dict[str, list[dict[str, Any]]], list[tuple[str, str]]]:
    """What the office may not hold yet: every thing whose version was not in a parcel it
    acknowledged (nor came from it). A parcel whose receipt was lost is thus carried
    again by the next one; the other end merges by id, so twice changes nothing."""
    sections: dict[str, list[dict[str, Any]]] = {"routing": [], "notes": [], "checklist": []}
    if with_attachments:
        sections["attachments"] = []
    carried = []
    for item in shared_items(ws, record.id, global_id):
        if item.section not in sections:
            continue
        version = held.get(item.key)
        if version is not None and version[0] == item.digest and version[1] <= acknowledged:
            continue
        value = item.value
        if item.section == "attachments":
            content = ws.store.attachment_content(value.pop("id")) or b""
            value["content"] = base64.b64encode(content).decode("ascii")
        sections[item.section].append(value)
        carried.append((item.key, item.digest))
    return sections, carried


def _entry(
    ws: Workspace,
    record: RequestRecord,
    me: str,
    office_id: str,
    metadata_only: bool,
    with_attachments: bool,
    carried: list[tuple[str, str]],
    everything: bool,
) -> dict[str, Any]:
    """One request's part of the parcel; what it carries is added to `carried`."""
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
        sections, items = _carried(
            ws,
            record,
            sharing["global_id"],
            {} if everything else store.held_items(office_id, sharing["global_id"]),
            store.acknowledged_seq(office_id),
            with_attachments,
        )
        entry.update(sections)
        carried.extend(items)
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


def _refuse_hand_over(ws: Workspace, records: Sequence[RequestRecord], me: str) -> None:
    """Only the lead office hands the lead over, and only for requests it names."""
    if not records:
        raise Refused(
            translate(
                "ParcelsMessages",
                "Name the requests whose lead is handed over; nothing was written.",
            )
        )
    store = OfficeStore(ws.store)
    for record in records:
        lead = store.sharing(record.id).get("lead_office")
        if lead and lead != me:
            office = store.office(lead)
            raise Refused(
                translate(
                    "ParcelsMessages",
                    "{0} is led by {1}: only the lead office can hand the lead over. "
                    "Nothing was written.",
                ).format(record.registry_no, office["name"] if office else lead)
            )


def send(
    ws: Workspace,
    records: Sequence[RequestRecord],
    office_name: str,
    path: Path,
    metadata_only: bool = False,
    confirm_sealed: bool = False,
    with_attachments: bool = False,
    hand_over_lead: bool = False,
    everything: bool = False,
) -> Sent:
    """Write one parcel for the office; with no request it carries only the receipt.

    Attachments travel only when the user asks (`with_attachments`), never with a
    request sent as metadata only. `hand_over_lead`: the office becomes the lead of the
    requests (this office must lead them); from then on it decides their status and
    Court deadline, and a change made here travels as a proposal. `everything`: the
    routing steps, notes, checklist steps (and files) travel again even where the office
    acknowledged them, for an office that restored an older backup.
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
    if hand_over_lead:
        _refuse_hand_over(ws, records, me)
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
        carried: list[tuple[str, str]] = []
        payload = {
            "requests": [
                _entry(
                    ws,
                    r,
                    me,
                    office["office_id"],
                    metadata_only and r.confidentiality in SEALED,
                    with_attachments,
                    carried,
                    everything,
                )
                for r in records
            ]
        }
        if hand_over_lead:
            for entry in payload["requests"]:
                entry["lead_office"] = office["office_id"]
        data = seal(
            {"manifest": manifest, "payload": payload},
            lambda text: office_keys.sign(ws.store, text),
            office["age_recipient"],
            office_keys.key_id(office["age_recipient"]),
        )
        digest = hashlib.sha256(data).hexdigest()
        store.add_parcel("out", office["office_id"], seq, digest, now)
        store.remember_items(office["office_id"], carried, seq)
        numbers = [r.registry_no for r in records]
        handed: list[tuple[str, int | None, str, dict[str, Any]]] = []
        if hand_over_lead:
            for r in records:  # the values it decided last are the new lead's to change
                store.set_sharing(
                    r.id,
                    {
                        "lead_office": office["office_id"],
                        "lead_values": json.dumps(single_values(r)),
                    },
                )
                handed.append(
                    (
                        ws.user,
                        r.id,
                        "request.lead_handed_over",
                        {"office": office["name"], "seq": seq},
                    )
                )
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
            ]
            + handed,
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
