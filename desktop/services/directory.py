"""The directory of national authorities and their contact persons (Rec. 25)."""

from __future__ import annotations

from typing import Any

from desktop.core.authorities import SUGGESTED_BY_KIND, names_of
from desktop.core.translation import translate
from desktop.core.vocabulary import Kind
from desktop.services.errors import NotFound, Refused
from desktop.services.workspace import Workspace


def add_authority(ws: Workspace, name: str, description: str = "", **details: str) -> int:
    name = name.strip()
    if not name:
        raise Refused(translate("DirectoryMessages", "An authority needs a name."))
    if ws.store.authority_by_name(name):
        raise Refused(
            translate("DirectoryMessages", "'{0}' is already in the directory.").format(name)
        )
    with ws.store.transaction():
        authority_id = ws.store.add_authority(name, description.strip(), **details)
        ws.store.append_event(ws.user, None, "authority.added", {"name": name}, ws.now())
    return authority_id


def update_authority(ws: Workspace, authority_id: int, values: dict[str, Any]) -> None:
    before = ws.store.authority(authority_id)
    if before is None:
        raise Refused(translate("DirectoryMessages", "That authority no longer exists."))
    if "name" in values:
        values["name"] = str(values["name"]).strip()
        if not values["name"]:
            raise Refused(translate("DirectoryMessages", "An authority needs a name."))
        other = ws.store.authority_by_name(values["name"])
        if other and other["id"] != authority_id:
            raise Refused(
                translate("DirectoryMessages", "'{0}' is already in the directory.").format(
                    values["name"]
                )
            )
    diff = {
        k: {"before": before[k], "after": v}
        for k, v in values.items()
        if k in before and before[k] != v
    }
    if not diff:
        return
    with ws.store.transaction():
        ws.store.update_authority(authority_id, values)
        ws.store.append_event(
            ws.user, None, "authority.edited", {"authority": before["name"], **diff}, ws.now()
        )


def add_contact(ws: Workspace, authority_id: int, name: str, **details: str) -> int:
    if not name.strip():
        raise Refused(translate("DirectoryMessages", "A contact needs a name."))
    with ws.store.transaction():
        contact_id = ws.store.add_contact(authority_id, name.strip(), **details)
        ws.store.append_event(
            ws.user,
            None,
            "contact.added",
            {"authority": authority_id, "name": name.strip()},
            ws.now(),
        )
    return contact_id


def update_contact(ws: Workspace, contact_id: int, values: dict[str, Any]) -> None:
    with ws.store.transaction():
        ws.store.update_contact(contact_id, values)
        ws.store.append_event(
            ws.user, None, "contact.edited", {"contact": contact_id, **values}, ws.now()
        )


def remove_contact(ws: Workspace, contact_id: int) -> None:
    with ws.store.transaction():
        ws.store.delete_contact(contact_id)
        ws.store.append_event(ws.user, None, "contact.removed", {"contact": contact_id}, ws.now())


def suggested_authorities(ws: Workspace, kind: Kind) -> list[str]:
    """The usual authorities for this kind that exist in the office's directory."""
    known = {a["name"] for a in ws.store.authorities()}
    return [
        known_name
        for name in SUGGESTED_BY_KIND.get(kind, ())
        for known_name in names_of(name)
        if known_name in known
    ]


# -- reading the directory, and edits with the same rules as additions ---------------------
# Added for the directory page, so that the GUI never reaches into the store itself.


def authorities(ws: Workspace, include_inactive: bool = False) -> list[dict[str, Any]]:
    """The directory by name; inactive authorities only when asked (kept for history)."""
    return ws.store.authorities(include_inactive=include_inactive)


def authority(ws: Workspace, authority_id: int) -> dict[str, Any]:
    found = ws.store.authority(authority_id)
    if found is None:
        raise NotFound(translate("DirectoryMessages", "That authority no longer exists."))
    return found


def contacts(ws: Workspace, authority_id: int) -> list[dict[str, Any]]:
    """The contact persons at one authority, by name."""
    return ws.store.contacts(authority_id)


def set_authority_active(ws: Workspace, authority_id: int, active: bool) -> None:
    """Deactivate (no longer offered for routing, kept for past requests) or reactivate."""
    update_authority(ws, authority_id, {"active": 1 if active else 0})


def edit_contact(ws: Workspace, contact_id: int, values: dict[str, Any]) -> None:
    """Change a contact with the rules `add_contact` applies: a name stays required.

    Only fields that really changed are written and logged, so the audit trail does not
    fill with edits that edited nothing.
    """
    before = next((c for c in ws.store.contacts() if c["id"] == contact_id), None)
    if before is None:
        raise NotFound(translate("DirectoryMessages", "That contact no longer exists."))
    cleaned = {k: str(v).strip() for k, v in values.items()}
    if "name" in cleaned and not cleaned["name"]:
        raise Refused(translate("DirectoryMessages", "A contact needs a name."))
    changed = {k: v for k, v in cleaned.items() if k in before and before[k] != v}
    if changed:
        update_contact(ws, contact_id, changed)
