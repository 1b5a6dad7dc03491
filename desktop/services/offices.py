"""The offices this workspace exchanges parcels with: cards, adding, verifying.

An office's card holds only public things (name, place, State, two public keys and their
fingerprint). Adding a card is not trusting it: the card may have been swapped on the way.
Parcels from an office are accepted only once someone has compared its fingerprint with
the office itself, out of band (phone, pouch), and recorded it with `verify`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop.core.translation import translate
from desktop.services import office_keys
from desktop.services.errors import NotFound, Refused
from desktop.services.workspace import Workspace
from desktop.storage.files import write_atomically
from desktop.storage.office_store import OfficeStore

CARD_FORMAT = "coopdesk-office-card/1"
MAX_CARD = 64 * 1024  # a card is a few hundred bytes; anything larger is not one


def own_card(ws: Workspace) -> dict[str, Any]:
    """This office's public card."""
    me = office_keys.own(ws.store)
    settings = ws.settings
    return {
        "format": CARD_FORMAT,
        "office_id": me["office_id"],
        "name": settings.office_name or ws.folder.name,
        "place": settings.place,
        "state": settings.state_name or settings.country,
        "age_recipient": me["age_recipient"],
        "verify_key": me["verify_key"],
        "fingerprint": office_keys.fingerprint(me["age_recipient"], me["verify_key"]),
    }


def own_office_id(ws: Workspace) -> str:
    return str(office_keys.own(ws.store)["office_id"])


def write_card(ws: Workspace, path: Path) -> dict[str, Any]:
    """Write the card (public keys only: safe to e-mail); returns it."""
    card = own_card(ws)
    try:
        write_atomically(
            path, (json.dumps(card, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        )
    except OSError as exc:
        raise Refused(
            translate("OfficesMessages", "Cannot write {0}: {1}.").format(path, exc.strerror)
        ) from None
    return card


def write_identity(ws: Workspace, path: Path) -> None:
    """Write the office's secret age identity, to open parcels without this application.

    A deliberate export of a secret: recorded in the audit trail, written readable by the
    owner only. Whoever holds the file can read every parcel sent to this office.
    """
    secret = office_keys.own(ws.store)["age_identity"]
    with ws.store.transaction():
        ws.store.append_event(
            ws.user, None, "office.identity_exported", {"file": path.name}, ws.now()
        )
        try:
            write_atomically(path, f"{secret}\n".encode("ascii"), mode=0o600)
        except OSError as exc:
            raise Refused(
                translate("OfficesMessages", "Cannot write {0}: {1}.").format(path, exc.strerror)
            ) from None


def read_card(path: Path) -> dict[str, Any]:
    """A card file, checked: its fingerprint must be the one its keys give."""
    try:
        if path.stat().st_size > MAX_CARD:
            raise Refused(
                translate("OfficesMessages", "{0} is not an office card (too large).").format(
                    path.name
                )
            )
        card = json.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise Refused(
            translate("OfficesMessages", "Cannot read {0}: {1}.").format(path, exc.strerror)
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise Refused(
            translate("OfficesMessages", "{0} is not an office card (not JSON).").format(path.name)
        ) from None
    fields = ("office_id", "name", "age_recipient", "verify_key", "fingerprint")
    if (
        not isinstance(card, dict)
        or card.get("format") != CARD_FORMAT
        or not all(isinstance(card.get(f), str) and card.get(f) for f in fields)
    ):
        raise Refused(
            translate("OfficesMessages", "{0} is not an office card of this version.").format(
                path.name
            )
        )
    if not office_keys.valid_public_keys(card["age_recipient"], card["verify_key"]):
        raise Refused(
            translate(
                "OfficesMessages",
                "{0} holds keys that are not valid; ask the office for its card again.",
            ).format(path.name)
        )
    if office_keys.fingerprint(card["age_recipient"], card["verify_key"]) != card["fingerprint"]:
        raise Refused(
            translate(
                "OfficesMessages", "{0} was altered: its fingerprint does not match its keys."
            ).format(path.name)
        )
    return card


def add(ws: Workspace, path: Path) -> dict[str, Any]:
    """Register another office from its card (unverified until `verify`)."""
    card = read_card(path)
    store = OfficeStore(ws.store)
    if card["office_id"] == own_office_id(ws):
        raise Refused(translate("OfficesMessages", "This is this office's own card."))
    if store.office(card["office_id"]) is not None:
        raise Refused(
            translate("OfficesMessages", "{0} is already registered; nothing was changed.").format(
                card["name"]
            )
        )
    if store.office_by_name(card["name"]) is not None:
        raise Refused(
            translate(
                "OfficesMessages", "Another office is already called {0}; nothing was changed."
            ).format(card["name"])
        )
    now = ws.now()
    with ws.store.transaction():
        store.add_office(
            {
                **{k: str(card.get(k) or "") for k in ("place", "state")},
                **{
                    k: card[k]
                    for k in ("office_id", "name", "age_recipient", "verify_key", "fingerprint")
                },
                "added_at": now,
            }
        )
        ws.store.append_event(
            ws.user,
            None,
            "office.added",
            {
                "office": card["name"],
                "office_id": card["office_id"],
                "fingerprint": card["fingerprint"],
            },
            now,
        )
    return by_name(ws, card["name"])


def by_name(ws: Workspace, name: str) -> dict[str, Any]:
    found = OfficeStore(ws.store).office_by_name(name)
    if found is None:
        known = ", ".join(o["name"] for o in OfficeStore(ws.store).offices()) or translate(
            "OfficesMessages", "none yet"
        )
        raise NotFound(
            translate("OfficesMessages", "No office called '{0}'. Known offices: {1}.").format(
                name, known
            )
        )
    return found


def verify(ws: Workspace, name: str) -> dict[str, Any]:
    """Record that the office's fingerprint was compared out of band, by this user, now."""
    office = by_name(ws, name)
    if office["verified_at"]:
        return office
    now = ws.now()
    with ws.store.transaction():
        OfficeStore(ws.store).mark_verified(office["office_id"], now, ws.user)
        ws.store.append_event(
            ws.user,
            None,
            "office.verified",
            {
                "office": office["name"],
                "office_id": office["office_id"],
                "fingerprint": office["fingerprint"],
            },
            now,
        )
    return by_name(ws, name)


def offices(ws: Workspace) -> list[dict[str, Any]]:
    """The registered offices (public parts only), with the open requests each leads here,
    how many are overdue and the nearest due date among them."""
    keep = (
        "office_id",
        "name",
        "place",
        "state",
        "fingerprint",
        "added_at",
        "verified_at",
        "verified_by",
    )
    store = OfficeStore(ws.store)
    leading = store.open_by_lead(ws.today().isoformat())
    return [
        {
            **{k: o[k] for k in keep},
            "open_requests": leading.get(o["office_id"], {}).get("open", 0),
            "overdue": leading.get(o["office_id"], {}).get("overdue", 0),
            "next_due": leading.get(o["office_id"], {}).get("next_due"),
        }
        for o in store.offices()
    ]


def origin(ws: Workspace, request_id: int) -> dict[str, Any] | None:
    """For a request received from another office: that office and its registry number."""
    store = OfficeStore(ws.store)
    sharing = store.sharing(request_id)
    if not sharing.get("lead_office"):
        return None
    lead = store.office(sharing["lead_office"])
    return {
        "office": lead["name"] if lead else sharing["lead_office"],
        "registry_no": sharing.get("origin_registry_no") or "",
    }
