"""Encrypted backups: automatic (on close, daily), to a chosen place, and restoring them.

A backup is a SQLCipher 4 file under the workspace's data key, so the recovery key opens
it with any SQLCipher tool, plus a small plaintext manifest beside it
(`NAME.manifest.json`) with no content: when, schema version, the audit chain head,
request count, size and sha256. Every backup is opened and checked before it counts.

Order of writing, so a crash at any point leaves something whole: the copy goes to a
temporary file, is checked, its manifest is written, then the copy is renamed into
place. A manifest without its file is an interrupted backup and is ignored.

A restore checks the backup first, keeps the current database aside as a backup of its
own ("before-restore", never pruned), and swaps the content in one SQLite transaction.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from desktop.core.settings import OfficeSettings
from desktop.core.translation import translate
from desktop.services import audit, unlock_guard
from desktop.services.errors import Refused, UserFacingError
from desktop.services.workspace import Workspace
from desktop.storage import backup_store
from desktop.storage import keys as keymod
from desktop.storage.connection import (
    DB_FILE,
    Damaged,
    DatabaseProblem,
    WrongKey,
    open_encrypted,
)
from desktop.storage.files import fsync_dir, make_private_dir, sha256_of, write_atomically
from desktop.storage.schema import SCHEMA_VERSION, migrate
from desktop.storage.store import Store

FORMAT = "coopdesk-backup"
MANIFEST_SUFFIX = ".manifest.json"
DEFAULT_FOLDER = "backups"
# Written beside the workspace when backups go elsewhere, so the unlock screen (which
# cannot read the encrypted settings) still finds them. Holds a folder path, nothing else.
LOCATION_FILE = "backup-location.json"
AUTO_NAME = re.compile(r"^coopdesk-backup-(\d{8}-\d{6})(?:-(\d+))?\.db$")
ASIDE_PREFIX = "coopdesk-before-restore-"
STAGING_PREFIX = ".coopdesk-restore."
STALE_SECONDS = 600  # leftovers of an interrupted backup older than this are removed
DAILY = timedelta(days=1)

log = logging.getLogger("coopdesk")
Clock = Callable[[], datetime]


class BackupProblem(UserFacingError):
    """A backup could not be made, or a file was refused for a restore; nothing changed."""


class SourceDamaged(BackupProblem):
    """The database being copied is damaged: restore without opening it (restore_damaged)."""


@dataclass(frozen=True)
class Manifest:
    file: str
    created_at: str
    reason: str  # manual, close, daily, before-restore
    schema_version: int
    chain_seq: int
    chain_hash: str
    request_count: int
    size: int
    sha256: str
    workspace_id: str

    @property
    def head(self) -> audit.Anchor:
        return self.chain_seq, self.chain_hash

    def to_json(self) -> bytes:
        return json.dumps({"format": FORMAT, "version": 1, **asdict(self)}, indent=2).encode(
            "utf-8"
        )

    @classmethod
    def from_json(cls, data: bytes) -> Manifest:
        raw = json.loads(data)
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ValueError("not a backup manifest")
        values: dict[str, Any] = {}
        for f in fields(cls):
            value = raw[f.name]
            if not isinstance(value, int if f.type == "int" else str):
                raise ValueError(f"bad {f.name}")
            values[f.name] = value
        return cls(**values)


@dataclass(frozen=True)
class Backup:
    path: Path
    manifest: Manifest


@dataclass(frozen=True)
class BackupCheck:
    """What a backup file holds, once it has been opened and found whole."""

    path: Path
    manifest: Manifest | None
    schema_version: int
    head: audit.Anchor
    request_count: int
    other_key: bool  # opened with the recovery key given, not the workspace's own key


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_aside: Path  # the database as it was before the restore: a checked backup
    head: audit.Anchor  # audit chain head of the restored data, before the restore entry


# -- files and manifests -------------------------------------------------------------------


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def read_manifest(backup: Path) -> Manifest | None:
    """The manifest beside `backup`, or None when it is missing or unreadable."""
    try:
        return Manifest.from_json(manifest_path(backup).read_bytes())
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%d-%H%M%S")


def _free_name(folder: Path, stem: str) -> Path:
    """`stem.db`, or `stem-2.db` ... when a backup was already made that second."""
    number = 1
    while True:
        name = f"{stem}.db" if number == 1 else f"{stem}-{number}.db"
        candidate = folder / name
        if not candidate.exists() and not manifest_path(candidate).exists():
            return candidate
        number += 1


def _order(backup: Backup) -> tuple[str, int, str]:
    match = AUTO_NAME.match(backup.path.name)
    number = int(match.group(2)) if match and match.group(2) else 1
    return backup.manifest.created_at, number, backup.path.name


def _folders_of(folder: Path) -> list[Path]:
    """A workspace folder stands for its backup folders; any other folder for itself."""
    markers = (DB_FILE, keymod.KEYS_FILE, LOCATION_FILE)
    if not any((folder / name).exists() for name in markers):
        return [folder]
    found = [folder / DEFAULT_FOLDER]
    try:
        configured = Path(json.loads((folder / LOCATION_FILE).read_text("utf-8"))["folder"])
    except (OSError, ValueError, KeyError, TypeError):
        return found
    return found if configured == found[0] else [*found, configured]


def list_backups(folder: Path) -> list[Backup]:
    """Complete backups (file and matching manifest), newest first; no unlocking needed.

    `folder` is a backup folder, or a workspace folder (its own 'backups' folder and the
    configured one are searched).
    """
    backups = []
    for place in _folders_of(folder):
        if not place.is_dir():
            continue
        for manifest_file in place.glob("*" + MANIFEST_SUFFIX):
            path = manifest_file.with_name(manifest_file.name[: -len(MANIFEST_SUFFIX)])
            manifest = read_manifest(path)
            with contextlib.suppress(OSError):
                if (
                    manifest
                    and manifest.file == path.name
                    and (path.stat().st_size == manifest.size)
                ):
                    backups.append(Backup(path, manifest))
    return sorted(backups, key=_order, reverse=True)


def latest_backup(folder: Path) -> Path | None:
    """The newest complete backup for the unlock screen to offer; readable while locked."""
    backups = list_backups(folder)
    return backups[0].path if backups else None


def backup_folder(ws: Workspace) -> Path:
    configured = ws.settings.backup_folder.strip()
    return Path(configured).expanduser() if configured else ws.folder / DEFAULT_FOLDER


def _remember_location(ws: Workspace, folder: Path) -> None:
    pointer = ws.folder / LOCATION_FILE
    if folder == ws.folder / DEFAULT_FOLDER:
        pointer.unlink(missing_ok=True)
    else:
        write_atomically(pointer, json.dumps({"folder": str(folder.resolve())}).encode())


# -- making backups ------------------------------------------------------------------------


def _inspect_copy(path: Path, key: bytes | bytearray) -> tuple[int, audit.Anchor, int]:
    """Open a copy under `key` and check it whole: (schema version, chain head, requests)."""
    conn = backup_store.open_copy(path, key)
    try:
        # The rows of a copy just made are those of the live database: they are checked
        # against their digests when the copy is restored (and by `verify`), not here,
        # where it would add seconds to every backup of a large register.
        report = audit.verify_store(
            Store(conn), reopen=lambda: backup_store.open_copy(path, key), rows=False
        )
        if not report.ok:
            raise BackupProblem(
                translate("BackupMessages", "{0} does not pass the integrity checks ({1}).").format(
                    path.name, "; ".join(report.lines()[:3])
                )
            )
        count = backup_store.request_count(conn)
        return backup_store.schema_version(conn), report.head, count
    finally:
        conn.close()


def _write_backup(ws: Workspace, dest: Path, reason: str) -> Backup:
    """Snapshot, check, manifest, rename: the new backup appears whole or not at all."""
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    key = ws.raw_key()
    try:
        source = open_encrypted(ws.folder / DB_FILE, key)
        try:
            backup_store.export_encrypted(source, tmp, key)
        finally:
            source.close()
        if os.name == "posix":
            os.chmod(tmp, 0o600)
        version, head, count = _inspect_copy(tmp, key)
        manifest = Manifest(
            file=dest.name,
            created_at=ws.now(),
            reason=reason,
            schema_version=version,
            chain_seq=head[0],
            chain_hash=head[1],
            request_count=count,
            size=tmp.stat().st_size,
            sha256=sha256_of(tmp),
            workspace_id=ws.workspace_id,
        )
        write_atomically(manifest_path(dest), manifest.to_json())
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except OSError as exc:
        raise BackupProblem(
            translate(
                "BackupMessages",
                "The backup could not be written to {0}: {1}. Nothing was replaced.",
            ).format(dest.parent, exc.strerror or exc)
        ) from None
    except Damaged as exc:
        raise SourceDamaged(
            translate("BackupMessages", "No backup could be made: {0}").format(exc)
        ) from None
    except DatabaseProblem as exc:
        raise BackupProblem(
            translate("BackupMessages", "The backup could not be made: {0}").format(exc)
        ) from None
    finally:
        tmp.unlink(missing_ok=True)
    log.info(
        "Backup written: %s (%s, %d requests, audit seq %d).",
        dest.name,
        reason,
        manifest.request_count,
        manifest.chain_seq,
    )
    return Backup(dest, manifest)


def back_up(ws: Workspace, dest: Path, reason: str = "manual", overwrite: bool = False) -> Backup:
    """ "Back up now…" to a place the user chose (a USB stick); the manifest goes beside it."""
    dest = Path(dest).expanduser()
    if not dest.parent.is_dir():
        raise Refused(
            translate("BackupMessages", "The folder {0} does not exist.").format(dest.parent)
        )
    if dest.resolve() == (ws.folder / DB_FILE).resolve():
        raise Refused(
            translate("BackupMessages", "A backup cannot replace the workspace database itself.")
        )
    if dest.exists() and not overwrite:
        raise Refused(
            translate("BackupMessages", "{0} already exists there; choose another name.").format(
                dest.name
            )
        )
    return _write_backup(ws, dest, reason)


def _own(folder: Path, ws: Workspace) -> list[Backup]:
    return [b for b in list_backups(folder) if b.manifest.workspace_id == ws.workspace_id]


def back_up_automatically(ws: Workspace, reason: str = "close") -> Backup | None:
    """A backup in the backup folder, then the oldest beyond `backup_keep` are removed.

    Skipped (None) when the newest backup already holds this state: every change adds
    an audit entry, so the same chain head means the same data, and closing the app ten
    times without a change must not push older backups out.
    """
    folder = backup_folder(ws)
    try:
        make_private_dir(folder)
        _remember_location(ws, folder)
    except OSError as exc:
        raise BackupProblem(
            translate("BackupMessages", "The backup folder {0} cannot be used: {1}.").format(
                folder, exc.strerror or exc
            )
        ) from None
    own = _own(folder, ws)
    if (
        own
        and own[0].manifest.head == audit.chain_head(ws)
        and (own[0].manifest.schema_version == SCHEMA_VERSION)
    ):
        return None
    made = _write_backup(ws, _free_name(folder, f"coopdesk-backup-{_stamp(ws.clock())}"), reason)
    prune(folder, ws.settings.backup_keep, ws.workspace_id)
    return made


def backup_if_due(ws: Workspace) -> Backup | None:
    """The daily backup: call at unlock and from a timer; does nothing within a day."""
    automatic = [b for b in _own(backup_folder(ws), ws) if AUTO_NAME.match(b.path.name)]
    if automatic:
        last = datetime.fromisoformat(automatic[0].manifest.created_at)
        if ws.clock() - last < DAILY:
            return None
    return back_up_automatically(ws, "daily")


def prune(folder: Path, keep: int, workspace_id: str | None = None) -> list[Path]:
    """Remove automatic backups beyond the newest `keep` (at least one always stays).

    Only files named like automatic backups are touched: a backup the user named, and
    the copies kept aside before a restore, stay until the user removes them.
    """
    removed: list[Path] = []
    automatic = [
        b
        for b in list_backups(folder)
        if AUTO_NAME.match(b.path.name)
        and (workspace_id is None or b.manifest.workspace_id == workspace_id)
    ]
    for old in automatic[max(1, keep) :]:
        for path in (old.path, manifest_path(old.path)):
            path.unlink(missing_ok=True)
        removed.append(old.path)
    removed += _remove_stale(folder, ".coopdesk-backup-")
    removed += _remove_stale(folder, "." + ASIDE_PREFIX)
    cutoff = time.time() - STALE_SECONDS
    for manifest_file in folder.glob("*" + MANIFEST_SUFFIX) if folder.is_dir() else ():
        backup_file = manifest_file.with_name(manifest_file.name[: -len(MANIFEST_SUFFIX)])
        with contextlib.suppress(OSError):
            # The manifest is written just before its file is renamed into place.
            if (
                AUTO_NAME.match(backup_file.name)
                and not backup_file.exists()
                and manifest_file.stat().st_mtime < cutoff
            ):
                manifest_file.unlink()
                removed.append(manifest_file)
    return removed


# -- checking and restoring ----------------------------------------------------------------


def _keys(own: bytes | bytearray, recovery_key: str | None) -> list[bytes | bytearray]:
    keys: list[bytes | bytearray] = [own]
    if recovery_key:
        try:
            keys.append(keymod.parse_recovery_key(recovery_key))
        except keymod.BadRecoveryKey as exc:
            raise BackupProblem(str(exc)) from None
    return keys


def _check(path: Path, keys: list[bytes | bytearray]) -> tuple[BackupCheck, bytes | bytearray]:
    path = Path(path).expanduser()
    if not path.is_file():
        raise BackupProblem(
            translate("BackupMessages", "There is no backup file at {0}.").format(path)
        )
    manifest = read_manifest(path)
    if manifest is not None and (
        manifest.size != path.stat().st_size or manifest.sha256 != sha256_of(path)
    ):
        raise BackupProblem(
            translate(
                "BackupMessages",
                "{0} does not match its manifest: it was damaged or altered after "
                "it was made. Nothing was restored.",
            ).format(path.name)
        )
    for number, key in enumerate(keys):
        try:
            conn = backup_store.open_copy(path, key)
        except WrongKey:
            continue
        except DatabaseProblem as exc:
            raise BackupProblem(
                translate("BackupMessages", "{0} Nothing was restored.").format(exc)
            ) from None
        try:
            version = backup_store.schema_version(conn)
            if version > SCHEMA_VERSION:
                raise BackupProblem(
                    translate(
                        "BackupMessages",
                        "{0} was made by a newer version of Cooperation Desk "
                        "(schema {1}; this version knows up to {2}). Nothing was restored.",
                    ).format(path.name, version, SCHEMA_VERSION)
                )
            report = audit.verify_store(
                Store(conn),
                manifest.head if manifest else None,
                partial(backup_store.open_copy, path, key),
            )
            if not report.ok:
                raise BackupProblem(
                    translate(
                        "BackupMessages", "{0} does not pass its checks: {1}. Nothing was restored."
                    ).format(path.name, report.summary())
                )
            count = backup_store.request_count(conn)
        finally:
            conn.close()
        return BackupCheck(path, manifest, version, report.head, count, number > 0), key
    raise BackupProblem(
        translate(
            "BackupMessages",
            "{0} does not open with this workspace's key: it was made under "
            "another key. Give the recovery key of the workspace it came from. Nothing was "
            "restored.",
        ).format(path.name)
    )


def check_backup(ws: Workspace, path: Path, recovery_key: str | None = None) -> BackupCheck:
    """Open and check a backup (key, manifest, integrity, chain) without changing anything."""
    return _check(path, _keys(ws.raw_key(), recovery_key))[0]


def _remove_stale(folder: Path, prefix: str) -> list[Path]:
    """Leftovers of a copy killed half-way (temp files, their journals), once surely dead."""
    removed = []
    cutoff = time.time() - STALE_SECONDS
    for path in folder.glob(prefix + "*") if folder.is_dir() else ():
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed.append(path)
    return removed


def _stage(
    path: Path,
    key: bytes | bytearray,
    folder: Path,
    target_key: bytes | bytearray,
    user: str,
    now: str,
    detail: dict[str, Any],
) -> Path:
    """The backup re-keyed to the workspace's key beside the database, checked, brought to
    the current schema, with the restore already in its audit trail.

    Recording the restore inside the copy makes the swap and its record one transaction:
    a crash leaves either the old database, or the restored one saying it was restored.
    """
    _remove_stale(folder, STAGING_PREFIX)
    staging = folder / f"{STAGING_PREFIX}{os.getpid()}.tmp"
    staging.unlink(missing_ok=True)
    try:
        source = backup_store.open_copy(path, key)
        try:
            backup_store.export_encrypted(source, staging, target_key)
        finally:
            source.close()
        conn = backup_store.open_copy(staging, target_key, readonly=False)
        try:
            migrate(conn)
            store = Store(conn)
            with store.transaction():
                found = store.user(user)
                if found is None or not found["active"]:
                    # Added after the backup was made: kept, or nobody could unlock as them.
                    store.add_user(
                        user,
                        found["display_name"] if found else user,
                        found["title"] if found else "",
                        now,
                    )
                    detail = {**detail, "user_readded": user}
                store.append_event(user, None, "workspace.restored", detail, now)
        finally:
            conn.close()
        _inspect_copy(staging, target_key)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    return staging


def _restore_detail(check: BackupCheck, extra: dict[str, Any]) -> dict[str, Any]:
    return {
        "backup": check.path.name,
        "backup_created_at": check.manifest.created_at if check.manifest else None,
        "backup_chain_seq": check.head[0],
        "backup_chain_hash": check.head[1],
        "requests": check.request_count,
        "other_key": check.other_key,
        **extra,
    }


def restore(ws: Workspace, path: Path, recovery_key: str | None = None) -> RestoreResult:
    """Replace the workspace's data by a backup's, after checking it.

    The backup must open with the workspace's key, or with `recovery_key` (a backup of
    another workspace); it is re-keyed to this workspace's key so passphrases keep
    working. The current database is first kept aside as a checked backup, then the
    content is swapped in one transaction. Other windows on the workspace see the
    restored data from their next read.
    """
    check, key = _check(path, _keys(ws.raw_key(), recovery_key))
    folder = backup_folder(ws)
    try:
        make_private_dir(folder)
    except OSError as exc:
        raise BackupProblem(
            translate(
                "BackupMessages",
                "The current database cannot be kept aside in {0}: {1}. Nothing was restored.",
            ).format(folder, exc.strerror or exc)
        ) from None
    before = audit.chain_head(ws)
    aside = _write_backup(
        ws, _free_name(folder, ASIDE_PREFIX + _stamp(ws.clock())), "before-restore"
    )
    detail = _restore_detail(
        check,
        {"before": {"chain_seq": before[0], "chain_hash": before[1], "kept_as": aside.path.name}},
    )
    try:
        staging = _stage(check.path, key, ws.folder, ws.raw_key(), ws.user, ws.now(), detail)
    except OSError as exc:
        raise BackupProblem(
            translate(
                "BackupMessages",
                "The backup could not be copied into the workspace: {0}. Nothing was restored.",
            ).format(exc.strerror or exc)
        ) from None
    try:
        source = backup_store.open_copy(staging, ws.raw_key())
        target = open_encrypted(ws.folder / DB_FILE, ws.raw_key())
        try:
            backup_store.copy_over(source, target)
        finally:
            source.close()
            target.close()
    finally:
        staging.unlink(missing_ok=True)
    ws.replace_settings(OfficeSettings.from_dict(ws.store.get_settings()))
    log.info("Workspace restored from %s (audit seq %d).", check.path.name, check.head[0])
    return RestoreResult(check.path, aside.path, check.head)


def restore_damaged(
    folder: Path,
    user: str,
    passphrase: str,
    path: Path,
    recovery_key: str | None = None,
    clock: Clock = datetime.now,
) -> Workspace:
    """Restore when the database itself cannot be opened (damaged, foreign, newer).

    For the unlock screen's offer: the passphrase unwraps the key from keys.json (with
    the unlock guard applied), the backup is checked, the unreadable files are copied
    aside as `coopdesk.db.unreadable-STAMP`, then the checked copy replaces the database
    in one rename. Returns the unlocked workspace.
    """
    _, data_key = unlock_guard.unwrap(folder, user, passphrase)
    check, key = _check(path, _keys(data_key, recovery_key))
    moment = clock().replace(microsecond=0)
    kept = folder / f"{DB_FILE}.unreadable-{_stamp(moment)}"
    detail = _restore_detail(check, {"unreadable_kept_as": kept.name})
    staging = folder / f"{STAGING_PREFIX}{os.getpid()}.tmp"
    try:
        staging = _stage(check.path, key, folder, data_key, user, moment.isoformat(), detail)
        for suffix in ("", "-wal", "-shm"):
            old = folder / (DB_FILE + suffix)
            if old.is_dir():  # a folder where the database should be: moved aside
                os.replace(old, kept.with_name(kept.name + suffix))
            elif old.exists():
                shutil.copyfile(old, kept.with_name(kept.name + suffix))
        # A log left by the unreadable database would be replayed onto the restored one.
        for suffix in ("-wal", "-shm"):
            (folder / (DB_FILE + suffix)).unlink(missing_ok=True)
        os.replace(staging, folder / DB_FILE)
        fsync_dir(folder)
    except OSError as exc:
        raise BackupProblem(
            translate("BackupMessages", "The backup could not be put in place: {0}.").format(
                exc.strerror or exc
            )
        ) from None
    finally:
        staging.unlink(missing_ok=True)
    log.info("Unreadable workspace database replaced by the backup %s.", check.path.name)
    return Workspace.unlock_with_data_key(folder, user, data_key, clock)
