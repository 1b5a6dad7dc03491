"""Encrypted backups: automatic and manual, checked, pruned, restored without losing anything."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.core.filters import RequestFilter
from desktop.core.requests import draft_from_mapping
from desktop.core.settings import OfficeSettings
from desktop.services import audit, backup, casefile, register, settings
from desktop.services.workspace import Workspace
from desktop.storage import backup_store
from desktop.storage import keys as keymod
from desktop.storage.connection import DB_FILE
from desktop.storage.schema import SCHEMA_VERSION
from desktop.storage.store import Store
from tests.factories import PASSPHRASE, request_row

SECRET = "Zebulon Quartermaine-Oyelaran"


def _add(ws, n: int = 1, **row) -> list[str]:
    drafts = [
        draft_from_mapping(request_row(court_reference=f"ICC-B-{i}-{len(row)}", **row))
        for i in range(n)
    ]
    return register.register_many(ws, drafts)


def _numbers(ws) -> set[str]:
    return {r.registry_no for r in ws.store.all_requests()}


def test_an_automatic_backup_is_encrypted_checked_and_described(ws, make_workspace, tmp_path):
    _add(ws, 3, subject=f"Relocation of {SECRET}")
    made = backup.back_up_automatically(ws, "close")
    assert made is not None and made.path.parent == tmp_path / "ws" / "backups"
    assert backup.AUTO_NAME.match(made.path.name)
    m = made.manifest
    assert (m.request_count, m.schema_version, m.reason) == (3, SCHEMA_VERSION, "close")
    assert m.head == audit.chain_head(ws) and m.workspace_id == ws.workspace_id
    assert m.size == made.path.stat().st_size
    raw = made.path.read_bytes() + backup.manifest_path(made.path).read_bytes()
    assert SECRET.encode() not in raw and not raw.startswith(b"SQLite format 3")
    manifest = json.loads(backup.manifest_path(made.path).read_text())
    assert set(manifest) == {
        "format",
        "version",
        "file",
        "created_at",
        "reason",
        "schema_version",
        "chain_seq",
        "chain_hash",
        "request_count",
        "size",
        "sha256",
        "workspace_id",
    }


def test_the_recovery_key_alone_opens_a_backup(make_workspace, tmp_path):
    ws, recovery = make_workspace()
    _add(ws, 2, subject=f"Relocation of {SECRET}")
    made = backup.back_up(ws, tmp_path / "usb.db")
    ws.close()
    conn = backup_store.open_copy(made.path, keymod.parse_recovery_key(recovery))
    try:
        subjects = [r[0] for r in conn.execute("SELECT subject FROM requests")]
        assert subjects == [f"Relocation of {SECRET}"] * 2
        assert Store(conn).integrity_problems() == []
        assert backup_store.schema_version(conn) == made.manifest.schema_version
    finally:
        conn.close()
    # any SQLCipher 4 tool would do the same; a plain SQLite cannot read it
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(made.path).execute("SELECT * FROM sqlite_master").fetchall()


def test_unchanged_workspaces_are_not_backed_up_twice_and_old_backups_go(ws, clock):
    settings.save_settings(ws, OfficeSettings(country="NL", backup_keep=3))
    first = backup.back_up_automatically(ws)
    assert backup.back_up_automatically(ws) is None  # nothing changed: keep the history
    made = [first]
    for _ in range(4):
        clock.now += timedelta(minutes=1)
        _add(ws)
        made.append(backup.back_up_automatically(ws))
    kept = backup.list_backups(ws.folder)
    assert [b.path for b in kept] == [b.path for b in reversed(made[-3:])]
    assert not made[0].path.exists() and not backup.manifest_path(made[0].path).exists()
    assert backup.latest_backup(ws.folder) == made[-1].path


def test_backups_in_one_second_get_their_own_names(ws):
    first = backup.back_up_automatically(ws)
    _add(ws)
    second = backup.back_up_automatically(ws)
    assert first.path != second.path and second.path.name.endswith("-2.db")
    assert backup.latest_backup(ws.folder) == second.path


def test_the_daily_backup_waits_a_day(ws, clock):
    assert backup.backup_if_due(ws) is not None
    _add(ws)
    clock.now += timedelta(hours=23)
    assert backup.backup_if_due(ws) is None
    clock.now += timedelta(hours=1)
    assert backup.backup_if_due(ws).manifest.reason == "daily"


def test_a_configured_folder_is_found_before_unlocking(ws, tmp_path):
    elsewhere = tmp_path / "usb" / "coopdesk"
    settings.save_settings(ws, OfficeSettings(country="NL", backup_folder=str(elsewhere)))
    made = backup.back_up_automatically(ws)
    assert made.path.parent == elsewhere
    ws.close()
    assert backup.latest_backup(tmp_path / "ws") == made.path
    assert backup.latest_backup(elsewhere) == made.path
    assert backup.latest_backup(tmp_path / "nothing-here") is None


def test_manual_backup_refuses_to_overwrite_unless_asked(ws, tmp_path):
    target = tmp_path / "usb.db"
    backup.back_up(ws, target)
    with pytest.raises(backup.Refused, match="already exists"):
        backup.back_up(ws, target)
    _add(ws)
    assert backup.back_up(ws, target, overwrite=True).manifest.request_count == 1
    with pytest.raises(backup.Refused, match="does not exist"):
        backup.back_up(ws, tmp_path / "no" / "such" / "folder.db")
    with pytest.raises(backup.Refused):
        backup.back_up(ws, tmp_path / "ws" / DB_FILE, overwrite=True)


def test_interrupted_backups_are_ignored_and_cleaned(ws):
    made = backup.back_up_automatically(ws)
    folder = made.path.parent
    orphan = folder / "coopdesk-backup-20990101-000000.db.manifest.json"
    orphan.write_bytes(backup.manifest_path(made.path).read_bytes())
    leftover = folder / ".coopdesk-backup-20990101-000000.db.123.tmp"
    leftover.write_bytes(b"half a copy")
    assert backup.latest_backup(ws.folder) == made.path
    os.utime(orphan, (0, 0))
    os.utime(leftover, (0, 0))
    removed = backup.prune(folder, 10, ws.workspace_id)
    assert set(removed) == {orphan, leftover} and made.path.exists()


def test_restore_brings_back_the_backup_and_keeps_the_present_aside(ws, tmp_path):
    before = set(_add(ws, 3))
    record = register.get(ws, sorted(before)[0])
    casefile.attach_bytes(ws, record, "letter.pdf", b"%PDF-1.7 original")
    made = backup.back_up(ws, tmp_path / "usb.db")
    after = set(_add(ws, 2)) | before
    result = backup.restore(ws, made.path)
    assert _numbers(ws) == before
    assert ws.store.count_requests(RequestFilter(search="bank")) == 3  # index restored too
    last = ws.store.events()[-1]
    assert last.action == "workspace.restored" and last.detail["backup"] == "usb.db"
    assert last.detail["before"]["kept_as"] == result.kept_aside.name
    assert audit.verify(ws).ok
    aside = backup.check_backup(ws, result.kept_aside)
    assert aside.request_count == 5 and aside.manifest.reason == "before-restore"
    # the present, kept aside, can itself be restored: a restore can be undone
    backup.restore(ws, result.kept_aside)
    assert _numbers(ws) == after
    ws.close()
    again = Workspace.unlock(tmp_path / "ws", "alice", PASSPHRASE)
    assert _numbers(again) == after and audit.verify(again).ok
    again.close()


def test_a_backup_of_another_workspace_needs_its_recovery_key(ws, make_workspace, tmp_path):
    other, other_recovery = make_workspace(folder=tmp_path / "other")
    theirs = set(_add(other, 2, subject="Their request"))
    made = backup.back_up(other, tmp_path / "theirs.db")
    _add(ws, 4)
    with pytest.raises(backup.BackupProblem, match="another key"):
        backup.restore(ws, made.path)
    assert len(_numbers(ws)) == 4
    backup.restore(ws, made.path, other_recovery)
    assert _numbers(ws) == theirs
    ws.close()
    # re-keyed to this workspace's key: this workspace's passphrase still opens it
    again = Workspace.unlock(tmp_path / "ws", "alice", PASSPHRASE)
    assert _numbers(again) == theirs
    again.close()


def test_restore_refuses_what_does_not_check_out(ws, tmp_path):
    _add(ws, 2)
    made = backup.back_up(ws, tmp_path / "usb.db")
    head = audit.chain_head(ws)

    damaged = tmp_path / "damaged.db"
    data = bytearray(made.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    backup.manifest_path(damaged).write_text(
        backup.manifest_path(made.path).read_text().replace("usb.db", "damaged.db")
    )
    with pytest.raises(backup.BackupProblem, match="does not match its manifest"):
        backup.restore(ws, damaged)
    backup.manifest_path(damaged).unlink()  # without the manifest, SQLCipher's HMAC catches it
    with pytest.raises(backup.BackupProblem, match="Nothing was restored"):
        backup.restore(ws, damaged)

    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE t(x)").connection.commit()
    with pytest.raises(backup.BackupProblem, match="plain, unencrypted"):
        backup.restore(ws, plain)
    junk = tmp_path / "junk.db"
    junk.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(backup.BackupProblem, match="another key"):
        backup.restore(ws, junk)
    with pytest.raises(backup.BackupProblem, match="no backup file"):
        backup.restore(ws, tmp_path / "missing.db")

    newer = tmp_path / "newer.db"
    conn = backup_store.open_copy(made.path, ws.raw_key())
    backup_store.export_encrypted(conn, newer, ws.raw_key())
    conn.close()
    conn = backup_store.open_copy(newer, ws.raw_key(), readonly=False)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(backup.BackupProblem, match="newer version"):
        backup.restore(ws, newer)

    assert audit.chain_head(ws) == head and len(_numbers(ws)) == 2
    assert not list((tmp_path / "ws" / "backups").glob("coopdesk-before-restore-*"))


def test_the_cli_backs_up_lists_and_restores(ws, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COOPDESK_PASSPHRASE", PASSPHRASE)
    folder = ["--workspace", str(tmp_path / "ws")]
    numbers = set(_add(ws, 2))
    assert main(["backup", *folder, str(tmp_path / "usb.db")]) == 0
    assert "Audit chain: seq" in capsys.readouterr().out
    assert main(["backup", *folder]) == 0
    assert main(["backup", *folder, "--json"]) == 0
    out = capsys.readouterr().out
    assert "Backup written" in out and '"written": null' in out  # same state: no 2nd copy
    assert main(["backups", *folder, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 1 and listed[0]["request_count"] == 2
    _add(ws, 3)
    assert main(["restore", *folder, str(tmp_path / "usb.db")]) == 0
    assert "kept as" in capsys.readouterr().out
    assert _numbers(ws) == numbers  # the open workspace sees the restored data too
    assert main(["backup", *folder, str(tmp_path / "usb.db")]) == 1
    assert "already exists" in capsys.readouterr().err


def test_backup_files_are_private(ws):
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    made = backup.back_up_automatically(ws)
    assert oct(made.path.stat().st_mode & 0o777) == "0o600"
    assert oct(made.path.parent.stat().st_mode & 0o777) == "0o700"


def test_manifests_are_read_without_unlocking(ws, tmp_path):
    made = backup.back_up_automatically(ws)
    ws.close()
    listed = backup.list_backups(tmp_path / "ws")
    assert [b.path for b in listed] == [made.path]
    assert isinstance(listed[0].path, Path) and listed[0].manifest == made.manifest
