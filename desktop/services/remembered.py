"""Opening with the key remembered in the OS keyring ("Remember on this computer").

The keyring entry is only a shortcut to the passphrase: when it no longer opens the
workspace (restored from another workspace, the user removed, keys.json replaced) it is
removed and the passphrase is asked, never an error in its place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.services import keyring_store
from desktop.services.errors import UserFacingError
from desktop.services.workspace import (
    DatabaseUnreadable,
    KeyDoesNotFit,
    Workspace,
    user_names,
    workspace_id,
)

STALE = (
    "The key remembered on this computer no longer opens this workspace; it was "
    "removed. Type your passphrase."
)


@dataclass(frozen=True)
class Remembered:
    workspace: Workspace | None  # unlocked, or None: ask for the passphrase
    message: str = ""  # why a remembered key was dropped, when it was


def unlock_remembered(
    folder: Path, user: str, clock: Callable[[], datetime] = datetime.now
) -> Remembered:
    """Unlock with the remembered key if there is one that still fits; else say why not.

    A damaged database is not the key's fault: DatabaseUnreadable goes to the caller,
    whose unlock screen offers the latest backup.
    """
    ws_id = workspace_id(folder)
    if not ws_id or not user:
        return Remembered(None)
    key = keyring_store.recall(ws_id, user)
    if key is None:
        return Remembered(None)
    if user not in user_names(folder):
        keyring_store.forget_quietly(ws_id, user)
        return Remembered(None, STALE)
    try:
        return Remembered(Workspace.unlock_with_data_key(folder, user, key, clock))
    except KeyDoesNotFit:
        pass
    except DatabaseUnreadable:
        raise
    except UserFacingError:  # no longer an active user
        pass
    keyring_store.forget_quietly(ws_id, user)
    return Remembered(None, STALE)


def change_passphrase(ws: Workspace, new_passphrase: str) -> None:
    """A new passphrase, and the key remembered with the old one forgotten here.

    (Kept out of `Workspace`: the first keyring call of a process can take a second.)
    """
    ws.change_passphrase(new_passphrase)
    keyring_store.forget_quietly(ws.workspace_id, ws.user)


def remove_user(ws: Workspace, name: str) -> None:
    """Remove a user, and the key remembered for them on this computer."""
    ws.remove_user(name)
    keyring_store.forget_quietly(ws.workspace_id, name)
