"""Is this the newest database? Rollback found without the key.

An audit chain proves its entries were not edited, not that the newest ones are all
there: cutting them off, or copying an older database (an old backup) over the current
one, leaves a chain that verifies. So `verify` also compares the database with the
newest chain heads kept where the key is not needed: each backup's manifest, and
HEAD_FILE beside the database, rewritten after every change.

A restore puts older data in place on purpose and says so in the trail
("workspace.restored"): heads noted before the newest restore are not compared.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop.core.translation import translate
from desktop.services import backup
from desktop.services.audit import ChainProblem
from desktop.services.workspace import HEAD_FILE, Workspace
from desktop.storage import backup_store

RESTORED = "workspace.restored"


@dataclass(frozen=True)
class Reference:
    """A chain head this database must contain: (seq, hash), and where it was seen."""

    seq: int
    hash: str
    at: str
    source: str  # "the last backup of 2026-11-25T10:00:00", ...


def _from_head_file(ws: Workspace) -> Reference | None:
    try:
        raw = json.loads((ws.folder / HEAD_FILE).read_text("utf-8"))
        if raw["workspace_id"] != ws.workspace_id:
            return None
        return Reference(
            int(raw["seq"]),
            str(raw["hash"]),
            str(raw["at"]),
            translate("FreshnessMessages", "the last change recorded beside it ({0})").format(
                raw["at"]
            ),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None  # missing or unreadable: nothing to compare with


def references(ws: Workspace) -> list[Reference]:
    """Chain heads noted after the newest restore, newest (highest entry) first."""
    restored_at = backup_store.latest_at(ws.store.conn, RESTORED) or ""
    found = [
        Reference(
            b.manifest.chain_seq,
            b.manifest.chain_hash,
            b.manifest.created_at,
            translate("FreshnessMessages", "the last backup of {0}").format(b.manifest.created_at),
        )
        for b in backup.list_backups(ws.folder)
        if b.manifest.workspace_id == ws.workspace_id and b.manifest.reason != "before-restore"
    ]
    head_file = _from_head_file(ws)
    if head_file is not None:
        found.append(head_file)
    # Highest entry first; on a tie a backup, whose date the user knows, is named.
    return sorted((r for r in found if r.at > restored_at), key=lambda r: (-r.seq, r is head_file))


def problems(ws: Workspace) -> list[ChainProblem]:
    """What the database lacks compared with the newest heads noted; [] when current."""
    current, _ = backup_store.chain_head(ws.store.conn)
    for ref in references(ws):
        if ref.seq > current:
            return [
                ChainProblem(
                    current + 1,
                    "older",
                    translate(
                        "FreshnessMessages",
                        "the database is older than {0}: that reached audit entry {1}, this "
                        "one ends at entry {2}. Newer entries were cut off or an older copy "
                        "was put in place",
                    ).format(ref.source, ref.seq, current),
                )
            ]
        stored = backup_store.hash_at(ws.store.conn, ref.seq)
        if stored is not None and stored != ref.hash:
            return [
                ChainProblem(
                    ref.seq,
                    "older",
                    translate(
                        "FreshnessMessages",
                        "audit entry {0} differs from {1}: the trail was rewritten from there, "
                        "or another database was put in place",
                    ).format(ref.seq, ref.source),
                )
            ]
    return []
