"""Receiving a parcel from another office: check everything, then apply it in one go.

Checks, each refused with one line and nothing applied: not a parcel, a newer format,
another office's key, a damaged or altered file, a signature that is not the sender's,
a sender not registered or not verified, a parcel that does not follow the last one
received (previous hash), a missing earlier parcel (unless the user accepts the gap).
A replayed parcel changes nothing and says when it was received. Everything else is
applied in one transaction with its audit entries; a dry run applies it, lists what
changed and rolls it all back.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from desktop.core.requests import ValidationError, draft_from_mapping
from desktop.core.statuses import Status
from desktop.core.translation import translate
from desktop.services import office_keys, offices, register
from desktop.services.casefile import safe_attachment_name
from desktop.services.errors import Refused
from desktop.services.parcel_format import FORMAT_VERSION, MAX_PARCEL, open_sealed, outside
from desktop.services.parcel_send import SINGLE_VALUED, shared_items, single_values
from desktop.services.workspace import Workspace
from desktop.storage.checklist_store import ChecklistStore
from desktop.storage.office_store import OfficeStore


@dataclass
class Received:
    office: str
    seq: int
    sha256: str
    changes: list[str] = field(default_factory=list)
    replay_of: str | None = None  # when the same parcel was first received
    dry_run: bool = False


class GapInSequence(Refused):
    """An earlier parcel from the same office never arrived; the user may accept the gap."""


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_PARCEL:
            raise Refused(
                translate(
                    "ParcelsMessages",
                    "{0} is {1} MiB: far larger than any parcel; nothing was read or applied.",
                ).format(path.name, size // (1024 * 1024))
            )
        return path.read_bytes()
    except OSError as exc:
        raise Refused(
            translate("ParcelsMessages", "Cannot read {0}: {1}.").format(path, exc.strerror)
        ) from None


def _checked(ws: Workspace, data: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    """(manifest and payload, sender office): decrypted, signed, addressed here."""
    outer = outside(data)
    me = office_keys.own(ws.store)
    if outer.key_id != office_keys.key_id(me["age_recipient"]):
        raise Refused(
            translate(
                "ParcelsMessages",
                "This parcel is for another office (key {0}; this office's "
                "is {1}); nothing was applied.",
            ).format(outer.key_id, office_keys.key_id(me["age_recipient"]))
        )
    body, text, signature = open_sealed(outer, office_keys.age_identity(ws.store))
    manifest = body["manifest"]
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise Refused(
            translate(
                "ParcelsMessages",
                "This parcel is of a newer format (version {0}; this version "
                "reads {1}): install the newer version to receive it. Nothing was "
                "applied.",
            ).format(version, FORMAT_VERSION)
        )
    if manifest.get("recipient") != me["office_id"]:
        raise Refused(
            translate(
                "ParcelsMessages",
                "This parcel is addressed to another office; nothing was applied.",
            )
        )
    sender = OfficeStore(ws.store).office(str(manifest.get("sender")))
    if sender is None:
        raise Refused(
            translate(
                "ParcelsMessages",
                "This parcel comes from an office not registered here: add "
                "its card and verify its fingerprint first. Nothing was applied.",
            )
        )
    if not office_keys.signature_holds(sender["verify_key"], text.encode("utf-8"), signature):
        raise Refused(
            translate(
                "ParcelsMessages",
                "The parcel's signature is not {0}'s: it was altered or comes "
                "from someone else. Nothing was applied.",
            ).format(sender["name"])
        )
    if not sender["verified_at"]:
        raise Refused(
            translate(
                "ParcelsMessages",
                "{0}'s fingerprint has not been verified: compare it with "
                "the office (phone, pouch) and record it, then receive again. Nothing was "
                "applied.",
            ).format(sender["name"])
        )
    if not isinstance(manifest.get("seq"), int) or manifest["seq"] < 1:
        raise Refused(
            translate(
                "ParcelsMessages", "The parcel has no valid sequence number; nothing was applied."
            )
        )
    return body, sender


def receive(ws: Workspace, path: Path, dry_run: bool = False, accept_gap: bool = False) -> Received:
    data = _read(path)
    body, sender = _checked(ws, data)
    manifest, payload = body["manifest"], body["payload"]
    store = OfficeStore(ws.store)
    seq, name = int(manifest["seq"]), sender["name"]
    digest = hashlib.sha256(data).hexdigest()
    result = Received(name, seq, digest, dry_run=dry_run)
    known = store.parcel("in", sender["office_id"], seq)
    if known is not None:
        if known["sha256"] != digest:
            raise Refused(
                translate(
                    "ParcelsMessages",
                    "Parcel {0} from {1} was already received on {2} with "
                    "other contents; this copy was not applied.",
                ).format(seq, name, known["at"])
            )
        result.replay_of = known["at"]
        return result
    last = store.last_parcel("in", sender["office_id"])
    expected = (last["seq"] if last else 0) + 1
    if seq > expected and not accept_gap:
        raise GapInSequence(
            translate(
                "ParcelsMessages",
                "Parcel {0} from {1} has not been received: parcel {2} waits "
                "until it arrives, or accept the gap. Nothing was applied.",
            ).format(expected, name, seq)
        )
    if last is not None and seq == expected and manifest.get("prev_sha256") != last["sha256"]:
        raise Refused(
            translate(
                "ParcelsMessages",
                "Parcel {0} does not follow the last parcel received from {1} "
                "(previous-parcel hash differs); nothing was applied.",
            ).format(seq, name)
        )
    # A parcel arriving after a later one (its gap was accepted) brings what merges by id;
    # its status and deadline are older than those already applied and are left aside.
    with contextlib.suppress(_DryRun):
        _apply(ws, sender, manifest, payload, result, gap=seq > expected, late=seq < expected)
    return result


def _apply(
    ws: Workspace,
    sender: dict[str, Any],
    manifest: dict[str, Any],
    payload: dict[str, Any],
    result: Received,
    gap: bool,
    late: bool,
) -> None:
    store = OfficeStore(ws.store)
    now = ws.now()
    with ws.store.transaction():
        store.add_parcel("in", sender["office_id"], result.seq, result.sha256, now)
        ack = manifest.get("acknowledges")
        if (
            isinstance(ack, dict)
            and isinstance(ack.get("seq"), int)
            and store.acknowledge(sender["office_id"], ack["seq"], now)
        ):
            result.changes.append(
                translate("Parcels", "{0} confirms it received parcels up to {1}.").format(
                    sender["name"], ack["seq"]
                )
            )
        try:
            for entry in payload.get("requests", []):
                _merge(ws, sender, entry, result, late)
        except (KeyError, TypeError, ValueError) as exc:
            message = exc.sentence() if isinstance(exc, ValidationError) else type(exc).__name__
            raise Refused(
                translate(
                    "ParcelsMessages",
                    "The parcel's contents cannot be read ({0}); nothing was applied.",
                ).format(message)
            ) from None
        ws.store.append_event(
            ws.user,
            None,
            "parcel.received",
            {
                "office": sender["name"],
                "seq": result.seq,
                "sha256": result.sha256,
                "gap_accepted": gap,
                "late": late,
                "changes": len(result.changes),
            },
            now,
        )
        if result.dry_run:
            raise _DryRun


def _merge(
    ws: Workspace, sender: dict[str, Any], entry: dict[str, Any], result: Received, late: bool
) -> None:
    store = OfficeStore(ws.store)
    request_id = store.request_id_by_global(str(entry["global_id"]))
    if request_id is None:
        request_id = _mirror(ws, sender, entry, result)
    elif not late:
        _single_valued(ws, sender, request_id, entry, result)
    if not late:
        _take_lead(ws, sender, request_id, entry, result)
    _routing(ws, sender, request_id, entry.get("routing", []), result)
    _notes(ws, sender, request_id, entry.get("notes", []), result)
    _checklist(ws, sender, request_id, entry.get("checklist", []), result)
    _files(ws, sender, request_id, entry.get("attachments", []), result)
    _remember_received(ws, sender, request_id, entry)


def _remember_received(
    ws: Workspace, sender: dict[str, Any], request_id: int, entry: dict[str, Any]
) -> None:
    """What came from the office is held there: not sent back to it unless changed here."""
    global_id = str(entry["global_id"])
    ids = {
        "routing": [s["global_id"] for s in entry.get("routing", [])],
        "notes": [n["global_id"] for n in entry.get("notes", [])],
        "checklist": [c["code"] for c in entry.get("checklist", [])],
        "attachments": [a["sha256"] for a in entry.get("attachments", [])],
    }
    came = {f"{global_id}/{section}/{i}" for section, some in ids.items() for i in some}
    OfficeStore(ws.store).remember_items(
        sender["office_id"],
        [(i.key, i.digest) for i in shared_items(ws, request_id, global_id) if i.key in came],
        0,
    )


def _take_lead(
    ws: Workspace, sender: dict[str, Any], request_id: int, entry: dict[str, Any], result: Received
) -> None:
    """The lead office hands the lead over to this one: its status and deadline (applied
    just before) are now this office's to decide, and the other's changes proposals."""
    store = OfficeStore(ws.store)
    if (
        entry.get("lead_office") != offices.own_office_id(ws)
        or store.sharing(request_id).get("lead_office") != sender["office_id"]
    ):
        return
    store.set_sharing(request_id, {"lead_office": None, "lead_values": None})
    ws.store.append_event(
        ws.user,
        request_id,
        "request.lead_received",
        {"office": sender["name"], "seq": result.seq},
        ws.now(),
    )
    result.changes.append(
        translate(
            "Parcels",
            "{0}: {1} hands the lead over; this office now decides its status and Court deadline.",
        ).format(register.by_id(ws, request_id).registry_no, sender["name"])
    )


def _mirror(ws: Workspace, sender: dict[str, Any], entry: dict[str, Any], result: Received) -> int:
    """A request this office has not seen: registered here with a local number."""
    me = offices.own_office_id(ws)
    fields = dict(entry["fields"])
    record = register.register(ws, draft_from_mapping(fields))
    # Led here according to the sender: it hands the lead over (_take_lead, next).
    lead = entry["lead_office"] if entry["lead_office"] != me else sender["office_id"]
    decided = {
        k: _valid(k, v) for k, v in (entry.get("decided") or {}).items() if k in SINGLE_VALUED
    }
    OfficeStore(ws.store).set_sharing(
        record.id,
        {
            "global_id": entry["global_id"],
            "lead_office": lead,
            "origin_registry_no": entry["origin_registry_no"],
            "lead_values": json.dumps(decided),
        },
    )
    if decided.get("status") and decided["status"] != record.status:
        ws.store.update_request(record.id, {"status": decided["status"], "updated_at": ws.now()})
    ws.store.append_event(
        ws.user,
        record.id,
        "request.received_from_office",
        {
            "office": sender["name"],
            "seq": result.seq,
            "origin_registry_no": entry["origin_registry_no"],
            "metadata_only": bool(entry.get("metadata_only")),
        },
        ws.now(),
    )
    result.changes.append(
        translate("Parcels", "New request {0} ({1}'s {2}).").format(
            record.registry_no, sender["name"], entry["origin_registry_no"]
        )
    )
    return record.id


def _single_valued(
    ws: Workspace, sender: dict[str, Any], request_id: int, entry: dict[str, Any], result: Received
) -> None:
    """Status and Court deadline: the lead's word applies; the other's is a proposal."""
    store = OfficeStore(ws.store)
    record = register.by_id(ws, request_id)
    sharing = store.sharing(request_id)
    current = single_values(record)
    if sharing.get("lead_office") == sender["office_id"]:
        decided = {
            k: _valid(k, v) for k, v in (entry.get("decided") or {}).items() if k in SINGLE_VALUED
        }
        last = json.loads(sharing.get("lead_values") or "{}")
        for name, value in decided.items():
            if current[name] == value:
                continue
            local_change = current[name] != last.get(name)
            _set(ws, request_id, name, value)
            ws.store.append_event(
                ws.user,
                request_id,
                "request.updated_from_office",
                {
                    "office": sender["name"],
                    "field": name,
                    "before": current[name],
                    "after": value,
                    "replaced_local_change": local_change,
                },
                ws.now(),
            )
            said = (
                translate(
                    "Parcels",
                    "{0}: {1} {2} → {3} (decided by {4}, replacing this office's own change).",
                )
                if local_change
                else translate("Parcels", "{0}: {1} {2} → {3} (decided by {4}).")
            )
            result.changes.append(
                said.format(record.registry_no, _field(name), current[name], value, sender["name"])
            )
        store.set_sharing(request_id, {"lead_values": json.dumps(decided)})
    elif sharing.get("lead_office") is None:
        open_ones = {(p["field"], p["value"]) for p in store.proposals(request_id)}
        proposed = entry.get("proposed") or {}
        for name, raw in proposed.items():
            value = _valid(name, raw) if name in SINGLE_VALUED else None
            if name not in SINGLE_VALUED or current[name] == value or (name, value) in open_ones:
                continue
            store.add_proposal(request_id, sender["office_id"], name, value, ws.now())
            ws.store.append_event(
                ws.user,
                request_id,
                "request.proposal_received",
                {"office": sender["name"], "field": name, "value": value},
                ws.now(),
            )
            result.changes.append(
                translate(
                    "Parcels", "{0}: {1} proposes {2} {3} (this office leads: accept or decline)."
                ).format(record.registry_no, sender["name"], _field(name), value)
            )


def _valid(name: str, value: object) -> str | None:
    """A single value from a parcel, checked like one typed here (ValueError if not)."""
    if name == "status":
        return Status(str(value)).value
    if value is None:
        return None
    return date.fromisoformat(str(value)).isoformat()


def _field(name: str) -> str:
    if name == "court_deadline":
        return translate("Parcels", "Court deadline")
    return translate("Parcels", "status")


def _set(ws: Workspace, request_id: int, name: str, value: str | None) -> None:
    ws.store.update_request(request_id, {name: value, "updated_at": ws.now()})
    if name == "court_deadline":
        register.store_deadlines(ws, register.by_id(ws, request_id))


def _routing(
    ws: Workspace,
    sender: dict[str, Any],
    request_id: int,
    steps: list[dict[str, Any]],
    result: Received,
) -> None:
    store = OfficeStore(ws.store)
    known = store.routing_global_ids(request_id)
    for step in steps:
        local = known.get(step["global_id"])
        if local is None:
            authority = ws.store.authority_by_name(step["authority"])
            authority_id = (
                authority["id"] if authority else ws.store.add_authority(step["authority"])
            )
            local = ws.store.add_routing_step(
                {
                    "request_id": request_id,
                    "authority_id": authority_id,
                    "part": step["part"],
                    "sent_on": step["sent_on"],
                    "due_on": step["due_on"],
                    "due_set_by_hand": 1,
                    "authority_reference": step["authority_reference"],
                    "created_at": ws.now(),
                    "created_by": f"{step['created_by']} ({sender['name']})",
                }
            )
            store.set_routing_global_id(local, step["global_id"])
            ws.store.append_event(
                ws.user,
                request_id,
                "routing.received",
                {
                    "office": sender["name"],
                    "step": local,
                    "authority": step["authority"],
                    "due_on": step["due_on"],
                },
                ws.now(),
            )
            result.changes.append(
                translate("Parcels", "Routed by {0} to {1}.").format(
                    sender["name"], step["authority"]
                )
            )
        if step.get("answered_on") and ws.store.update_routing_step(
            local,
            {"answered_on": step["answered_on"], "outcome": step["outcome"]},
            unanswered_only=True,
        ):
            ws.store.append_event(
                ws.user,
                request_id,
                "routing.answered",
                {
                    "step": local,
                    "authority": step["authority"],
                    "answered_on": step["answered_on"],
                    "outcome": step["outcome"],
                    "office": sender["name"],
                },
                ws.now(),
            )
            result.changes.append(
                translate("Parcels", "{0} answered on {1}.").format(
                    step["authority"], step["answered_on"]
                )
            )


def _notes(
    ws: Workspace,
    sender: dict[str, Any],
    request_id: int,
    notes: list[dict[str, Any]],
    result: Received,
) -> None:
    store = OfficeStore(ws.store)
    known = store.note_global_ids(request_id)
    for note in notes:
        if note["global_id"] in known:
            continue
        author = f"{note['author']} ({sender['name']})"
        note_id = ws.store.add_note(
            request_id, author, note["text"], note["created_at"], shareable=True
        )
        store.set_note_global_id(note_id, note["global_id"])
        ws.store.append_event(
            ws.user,
            request_id,
            "note.received",
            {"office": sender["name"], "note": note_id, "author": author, "text": note["text"]},
            ws.now(),
        )
        result.changes.append(translate("Parcels", "Note from {0}.").format(author))


def _checklist(
    ws: Workspace,
    sender: dict[str, Any],
    request_id: int,
    steps: list[dict[str, Any]],
    result: Received,
) -> None:
    """A step done (or not applicable) there and still open here is taken over."""
    checklists = ChecklistStore(ws.store)
    local = {s["code"]: s for s in checklists.steps(request_id)}
    for step in steps:
        mine = local.get(step["code"])
        if mine is None or mine["state"] != "open" or step["state"] == "open":
            continue
        checklists.update_step(
            mine["id"],
            {
                "state": step["state"],
                "state_on": step["state_on"],
                "state_by": f"{step['state_by']} ({sender['name']})",
                "na_reason": step["na_reason"],
            },
        )
        ws.store.append_event(
            ws.user,
            request_id,
            "checklist.step_received",
            {
                "office": sender["name"],
                "title": mine["title"],
                "code": step["code"],
                "state": step["state"],
                "on": step["state_on"],
            },
            ws.now(),
        )
        result.changes.append(
            translate("Parcels", "Step “{0}” closed at {1}.").format(mine["title"], sender["name"])
        )


def _files(
    ws: Workspace,
    sender: dict[str, Any],
    request_id: int,
    files: list[dict[str, Any]],
    result: Received,
) -> None:
    """Attachments not yet here (by SHA-256), checked against the digest they came with."""
    known = {a["sha256"] for a in ws.store.attachments(request_id)}
    for item in files:
        if item["sha256"] in known:
            continue
        content = base64.b64decode(item["content"], validate=True)
        if hashlib.sha256(content).hexdigest() != item["sha256"]:
            raise ValueError("attachment digest")
        if len(content) > ws.settings.attachment_limit_bytes:
            raise Refused(
                translate(
                    "ParcelsMessages",
                    "{0} is larger than this office's attachment limit "
                    "(Settings); nothing was applied.",
                ).format(item["filename"])
            )
        name = safe_attachment_name(item["filename"])
        attachment_id, size, digest = ws.store.add_attachment(
            request_id,
            name,
            str(item["media_type"]),
            [content],
            f"{item['added_by']} ({sender['name']})",
            ws.now(),
        )
        known.add(digest)
        ws.store.append_event(
            ws.user,
            request_id,
            "attachment.received",
            {
                "office": sender["name"],
                "attachment": attachment_id,
                "filename": name,
                "size": size,
                "sha256": digest,
            },
            ws.now(),
        )
        result.changes.append(
            translate("Parcels", "File from {0}: {1}.").format(sender["name"], name)
        )
