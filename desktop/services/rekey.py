"""Revoking the data key: a new key, the database re-encrypted, keys.json rewritten.

A passphrase change or a user's removal never changes the data key, so a key once
remembered in a keyring or copied keeps opening the database. `rekey` gives the workspace
a new data key: the database is copied with `sqlcipher_export` into a new file under it,
the user who asks gets their slot wrapped again with their passphrase, and a new
recovery key is shown once. The other users' slots cannot be re-wrapped without their
passphrases: they are removed, and the users must be added again (`user add`), as after
an import. Backups made before keep opening only with the OLD recovery key.

Crash-safe: the new database and keys.json are written beside the old ones
(`keys.staged`), the database is renamed over the old one (the moment the rekey takes
effect), then keys.json; `KeyFile.load` finishes a rekey killed between the two renames.
A SIGKILL at any point leaves the old or the new workspace, openable with the same
passphrase.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from desktop.core.translation import translate
from desktop.services import keyring_store, unlock_guard
from desktop.services.errors import Refused
from desktop.services.workspace import Workspace
from desktop.storage import backup_store
from desktop.storage import keys as keymod
from desktop.storage.connection import DB_FILE
from desktop.storage.files import fsync_dir
from desktop.storage.store import Store

REKEYED = "workspace.rekeyed"


class StillOpen(Refused):
    """Another window or command holds the database: nothing changed, but this window's
    workspace was closed on the way (it must be unlocked again)."""


@dataclass
class Rekeyed:
    workspace: Workspace  # unlocked under the new key
    recovery_key: str  # the new one: show it once
    users_to_add_again: list[str]


def _remove_staged(folder: Path) -> None:
    """The staged keys.json first: left alone beside the database, it would say that the
    staged database was already swapped in (`finish_interrupted_rekey`)."""
    for name in (keymod.KEYS_FILE, DB_FILE):
        keymod.staged(folder, name).unlink(missing_ok=True)


def _write_new_database(ws: Workspace, new_key: bytes | bytearray, others: list[str]) -> None:
    staged_db = keymod.staged(ws.folder, DB_FILE)
    backup_store.export_encrypted(ws.store.conn, staged_db, new_key)
    conn = backup_store.open_copy(staged_db, new_key, readonly=False)
    try:
        store = Store(conn)
        with store.transaction():  # recorded inside the new file: it and its entry go together
            for name in others:
                if store.user(name):
                    store.deactivate_user(name)
            store.append_event(
                ws.user, None, REKEYED, {"user": ws.user, "users_to_add_again": others}, ws.now()
            )
    finally:
        conn.close()
    fd = os.open(staged_db, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def rekey(ws: Workspace, passphrase: str) -> Rekeyed:
    """Re-encrypt `ws` under a new data key; `ws` is closed, the new workspace returned.

    `passphrase` is the user's own (checked, with the unlock guard): it wraps the new key.
    Other windows must be closed first; if one still holds the database, nothing changes.
    """
    folder, user, clock = ws.folder, ws.user, ws.clock
    unlock_guard.unwrap(folder, user, passphrase)
    others = losing_access(ws)
    new_key = keymod.new_data_key()
    recovery = keymod.format_recovery_key(new_key)
    _remove_staged(folder)
    try:
        _write_new_database(ws, new_key, others)
        keyfile = keymod.KeyFile(folder / keymod.KEYS_FILE, ws.workspace_id, {})
        keyfile.wrap(user, passphrase, new_key)
        keyfile.save(keymod.staged(folder, keymod.KEYS_FILE))
    except BaseException:
        _remove_staged(folder)
        raise
    ws.close()  # the old key wiped; the last connection's close empties the log
    wal = folder / (DB_FILE + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        _remove_staged(folder)
        new_key.wipe()
        raise StillOpen(
            translate(
                "RekeyMessages",
                "Another window or command still has the workspace open: close it "
                "and change the data key again. Nothing was changed.",
            )
        )
    (folder / (DB_FILE + "-shm")).unlink(missing_ok=True)
    os.replace(keymod.staged(folder, DB_FILE), folder / DB_FILE)  # takes effect here
    fsync_dir(folder)
    keymod.finish_interrupted_rekey(folder)
    fsync_dir(folder)
    opened = Workspace.unlock_with_data_key(folder, user, new_key, clock)
    for name in (user, *others):  # a remembered old key is useless now: drop it
        keyring_store.forget_quietly(opened.workspace_id, name)
    return Rekeyed(opened, recovery, others)


def losing_access(ws: Workspace) -> list[str]:
    """The users whose passphrase will no longer unlock after a rekey by `ws.user`."""
    return [name for name in ws.users_with_keys() if name != ws.user]
