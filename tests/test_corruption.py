"""Damaged and foreign database files: a clear message, nothing overwritten, a backup offered."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.core.requests import draft_from_mapping
from desktop.services import audit, backup, register, unlock_guard
from desktop.services.workspace import DatabaseUnreadable, Workspace
from desktop.storage.connection import DB_FILE
from tests.factories import PASSPHRASE, request_row


@pytest.fixture
def backed_up(make_workspace, tmp_path):
    """A closed workspace with 30 requests and one backup of them; returns its folder."""
    ws, _ = make_workspace()
    register.register_many(
        ws, [draft_from_mapping(request_row(court_reference=f"ICC-{i}")) for i in range(30)]
    )
    made = backup.back_up_automatically(ws)
    ws.close()
    return tmp_path / "ws", made.path


def _truncate(size: int):
    def damage(db: Path) -> None:
        with db.open("r+b") as handle:
            handle.truncate(size if size >= 0 else db.stat().st_size + size)

    return damage


def _half(db: Path) -> None:
    with db.open("r+b") as handle:
        handle.truncate(db.stat().st_size // 2 // 4096 * 4096)


def _random(db: Path) -> None:
    db.write_bytes(os.urandom(db.stat().st_size))


def _plain(db: Path) -> None:
    db.unlink()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE requests(subject)")
    conn.commit()
    conn.close()


def _foreign(db: Path) -> None:
    other, _ = Workspace.create(db.parent.parent / "foreign", "eve", "another passphrase")
    other.close()
    shutil.copyfile(db.parent.parent / "foreign" / DB_FILE, db)


def _newer(db: Path) -> None:
    ws = Workspace.unlock(db.parent, "alice", PASSPHRASE)
    ws.store.conn.execute("PRAGMA user_version = 99")
    ws.close()


DAMAGE = {
    "empty": (_truncate(0), "is empty"),
    "cut mid-page": (_truncate(-10), "middle of a page"),
    "cut to half": (_half, "damaged"),
    "cut to one page": (_truncate(4096), "damaged"),
    "cut in the header": (_truncate(100), "could not be decrypted"),
    "random bytes": (_random, "could not be decrypted"),
    "plain SQLite": (_plain, "plain, unencrypted SQLite"),
    "another workspace's": (_foreign, "could not be decrypted"),
    "newer version": (_newer, "newer version of Cooperation Desk"),
}


@pytest.mark.parametrize("case", list(DAMAGE))
def test_an_unreadable_database_is_explained_and_left_alone(backed_up, case):
    folder, made = backed_up
    damage, message = DAMAGE[case]
    db = folder / DB_FILE
    damage(db)
    before = db.read_bytes()
    backups_before = sorted(p.name for p in made.parent.iterdir())
    with pytest.raises(DatabaseUnreadable, match=message) as caught:
        Workspace.unlock(folder, "alice", PASSPHRASE)
    assert "\n" not in str(caught.value) and PASSPHRASE not in str(caught.value)
    assert db.read_bytes() == before  # nothing overwritten, not even an empty file
    assert sorted(p.name for p in made.parent.iterdir()) == backups_before
    assert unlock_guard.failures(folder, "alice") == 0  # the passphrase was right
    # what the unlock screen offers, without unlocking anything
    assert backup.latest_backup(folder) == made


def test_the_offered_backup_replaces_an_unreadable_database(backed_up, clock):
    folder, _ = backed_up
    _half(folder / DB_FILE)
    damaged = (folder / DB_FILE).read_bytes()
    with pytest.raises(DatabaseUnreadable):
        Workspace.unlock(folder, "alice", PASSPHRASE)
    ws = backup.restore_damaged(
        folder, "alice", PASSPHRASE, backup.latest_backup(folder), clock=clock
    )
    try:
        assert len(list(ws.store.all_requests())) == 30
        assert audit.verify(ws).ok
        last = ws.store.events()[-1]
        assert last.action == "workspace.restored"
        kept = folder / last.detail["unreadable_kept_as"]
        assert kept.read_bytes() == damaged  # kept aside as it was, for the record
    finally:
        ws.close()
    Workspace.unlock(folder, "alice", PASSPHRASE).close()
    assert not list(folder.glob(".coopdesk-restore.*"))


def test_restoring_an_unreadable_database_needs_the_passphrase(backed_up):
    folder, made = backed_up
    _random(folder / DB_FILE)
    before = (folder / DB_FILE).read_bytes()
    with pytest.raises(unlock_guard.WrongPassphraseError):
        backup.restore_damaged(folder, "alice", "not the passphrase", made)
    assert (folder / DB_FILE).read_bytes() == before


def test_the_cli_restores_an_unreadable_workspace(backed_up, monkeypatch, capsys):
    folder, made = backed_up
    monkeypatch.setenv("COOPDESK_PASSPHRASE", PASSPHRASE)
    _truncate(-10)(folder / DB_FILE)
    assert main(["list", "--workspace", str(folder)]) == 1
    assert "restore it from a backup" in capsys.readouterr().err
    assert main(["backups", "--workspace", str(folder)]) == 0
    assert made.name in capsys.readouterr().out
    assert main(["restore", "--workspace", str(folder), str(made)]) == 0
    assert "kept aside" in capsys.readouterr().out
    assert main(["verify", "--workspace", str(folder)]) == 0


def _root_page(folder: Path, name: str) -> int:
    ws = Workspace.unlock(folder, "alice", PASSPHRASE)
    try:
        return ws.store.conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)
        ).fetchone()[0]
    finally:
        ws.close()


def _flip_bit(db: Path, page: int) -> None:
    """One bit changed inside page `page` (numbered from 1, as SQLite does)."""
    with db.open("r+b") as handle:
        handle.seek((page - 1) * 4096 + 2000)
        byte = handle.read(1)[0]
        handle.seek((page - 1) * 4096 + 2000)
        handle.write(bytes([byte ^ 1]))


@pytest.mark.parametrize("table", ["users", "sqlite_autoindex_users_1"])
def test_a_damaged_page_read_at_unlock_says_restore_and_restore_works(
    backed_up, table, monkeypatch, capsys
):
    folder, made = backed_up
    _flip_bit(folder / DB_FILE, _root_page(folder, table))
    monkeypatch.setenv("COOPDESK_PASSPHRASE", PASSPHRASE)
    with pytest.raises(DatabaseUnreadable, match="damaged — restore it from a backup"):
        Workspace.unlock(folder, "alice", PASSPHRASE)
    for command in (["list"], ["verify"]):
        assert main([*command, "--workspace", str(folder)]) == 1
        err = capsys.readouterr().err
        assert "The database is damaged — restore it from a backup" in err
        assert "Unexpected error" not in err and err.count("\n") == 1
    assert main(["restore", "--workspace", str(folder), str(made)]) == 0
    assert "kept aside" in capsys.readouterr().out
    assert main(["verify", "--workspace", str(folder)]) == 0


def test_verify_names_the_damaged_page_and_table_not_the_audit_trail(
    backed_up, monkeypatch, capsys
):
    folder, _ = backed_up
    page = _root_page(folder, "authorities")
    _flip_bit(folder / DB_FILE, page)
    ws = Workspace.unlock(folder, "alice", PASSPHRASE)  # the damage is not met at unlock
    try:
        report = audit.verify(ws)
    finally:
        ws.close()
    assert not report.ok and not report.chain_problems and report.entries > 30
    assert report.damaged_pages == (page,)
    assert report.damaged_objects == ("table authorities",)
    monkeypatch.setenv("COOPDESK_PASSPHRASE", PASSPHRASE)
    assert main(["verify", "--workspace", str(folder)]) == 1
    err = capsys.readouterr().err
    assert f"damaged (page {page}; cannot be read whole: table authorities)" in err
    assert "audit trail is broken" not in err


def test_a_damaged_audit_table_is_named_as_such(backed_up):
    folder, _ = backed_up
    _flip_bit(folder / DB_FILE, _root_page(folder, "events"))
    ws = Workspace.unlock(folder, "alice", PASSPHRASE)
    try:
        report = audit.verify(ws)
    finally:
        ws.close()
    assert "table events" in report.damaged_objects
    assert report.chain_problems[0].kind == "unreadable"
    assert "Audit trail: cannot be read (table events is damaged)." in report.lines()


def test_restore_works_on_a_workspace_that_opens_but_has_a_damaged_page(
    backed_up, monkeypatch, capsys
):
    folder, made = backed_up
    _flip_bit(folder / DB_FILE, _root_page(folder, "requests"))
    damaged = (folder / DB_FILE).read_bytes()
    monkeypatch.setenv("COOPDESK_PASSPHRASE", PASSPHRASE)
    assert main(["list", "--workspace", str(folder)]) == 1
    assert "The database is damaged — restore it from a backup" in capsys.readouterr().err
    assert main(["restore", "--workspace", str(folder), str(made)]) == 0
    assert "damaged database was kept aside" in capsys.readouterr().out
    assert [p.read_bytes() for p in folder.glob(f"{DB_FILE}.unreadable-*")] == [damaged]
    assert main(["verify", "--workspace", str(folder)]) == 0
    ws = Workspace.unlock(folder, "alice", PASSPHRASE)
    try:
        assert len(list(ws.store.all_requests())) == 30
    finally:
        ws.close()
