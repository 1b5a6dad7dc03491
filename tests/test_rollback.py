"""Rollback: an older database put in place, or its newest entries cut off, is found by
`verify` without an anchor, from the heads kept where the key is not needed."""

from __future__ import annotations

import shutil
from datetime import timedelta

from desktop.core.requests import draft_from_mapping
from desktop.services import audit, backup, register
from desktop.services.workspace import Workspace
from desktop.storage.connection import DB_FILE
from tests.conftest import PASSPHRASE, request_row


def _two_backups(ws, clock):
    register.register(ws, draft_from_mapping(request_row(court_reference="ICC-1")))
    older = backup.back_up_automatically(ws)
    clock.now += timedelta(days=2)
    register.register(ws, draft_from_mapping(request_row(court_reference="ICC-2")))
    newer = backup.back_up_automatically(ws)
    return older, newer


def _put_in_place(copy, folder) -> None:
    for suffix in ("-wal", "-shm"):
        (folder / (DB_FILE + suffix)).unlink(missing_ok=True)
    shutil.copyfile(copy, folder / DB_FILE)


def test_an_older_backup_copied_over_the_database_is_found(ws, tmp_path, clock, run_cli):
    older, newer = _two_backups(ws, clock)
    ws.close()
    folder = tmp_path / "ws"
    _put_in_place(older.path, folder)
    for without_head_file in (False, True):  # the manifests alone are enough
        if without_head_file:
            (folder / "chain-head.json").unlink(missing_ok=True)
        opened = Workspace.unlock(folder, "alice", PASSPHRASE, clock=clock)
        try:
            report = audit.verify(opened)
        finally:
            opened.close()
        assert not report.ok
        assert report.summary().startswith(
            f"the database is older than the last backup of {newer.manifest.created_at}"
        )
    code, _, err = run_cli("verify", "--workspace", str(folder))
    assert code == 1
    assert f"older than the last backup of {newer.manifest.created_at}" in err


def test_a_restore_is_not_taken_for_a_rollback(ws, tmp_path, clock):
    older, _ = _two_backups(ws, clock)
    clock.now += timedelta(hours=1)
    backup.restore(ws, older.path)
    assert [r.court_reference for r in ws.store.all_requests()] == ["ICC-1"]
    assert audit.verify(ws).ok
    clock.now += timedelta(hours=1)
    register.register(ws, draft_from_mapping(request_row(court_reference="ICC-3")))
    assert audit.verify(ws).ok


def test_newest_entries_cut_off_are_found_from_the_head_kept_beside_it(ws, tmp_path, clock):
    for number in range(3):
        register.register(ws, draft_from_mapping(request_row(court_reference=f"ICC-{number}")))
    head = audit.chain_head(ws)
    ws.store.conn.execute("DELETE FROM events WHERE seq > ?", (head[0] - 2,))
    report = audit.verify(ws)
    assert [(p.seq, p.kind) for p in report.chain_problems] == [(head[0] - 1, "older")]
    assert f"reached audit entry {head[0]}, this one ends at entry {head[0] - 2}" in (
        report.summary()
    )
