"""Situations that used to end in "Unexpected error (…)": each now says what to do."""

from __future__ import annotations

import json
import shutil

import pytest

from desktop.core.requests import draft_from_mapping
from desktop.services import backup, casefile, register
from desktop.services.workspace import DatabaseUnreadable, Workspace
from desktop.storage.connection import DB_FILE
from tests.conftest import PASSPHRASE, request_row


def _only_line(err: str) -> str:
    assert err.count("\n") == 1 and "Unexpected error" not in err, err
    return err


def test_a_key_file_without_workspace_id_is_explained(ws, tmp_path, run_cli):
    ws.close()
    keys = tmp_path / "ws" / "keys.json"
    document = json.loads(keys.read_text())
    del document["workspace_id"]
    keys.write_text(json.dumps(document))
    code, _, err = run_cli("list", "--workspace", str(tmp_path / "ws"))
    assert code == 1
    assert "keys.json) is incomplete" in _only_line(err) and "recovery key" in err


def test_a_folder_where_the_database_should_be_is_explained_and_restore_works(
    ws, tmp_path, run_cli
):
    register.register(ws, draft_from_mapping(request_row()))
    made = backup.back_up_automatically(ws)
    ws.close()
    folder = tmp_path / "ws"
    (folder / DB_FILE).unlink()
    (folder / DB_FILE).mkdir()
    with pytest.raises(DatabaseUnreadable, match="is a folder, not a workspace database"):
        Workspace.unlock(folder, "alice", PASSPHRASE)
    code, _, err = run_cli("list", "--workspace", str(folder))
    assert code == 1 and "is a folder" in _only_line(err)
    code, out, _ = run_cli("restore", "--workspace", str(folder), str(made.path))
    assert code == 0 and "kept aside" in out
    assert run_cli("verify", "--workspace", str(folder))[0] == 0
    shutil.rmtree(next(folder.glob(f"{DB_FILE}.unreadable-*")))


def test_attaching_a_folder_is_explained(ws, tmp_path):
    record = register.register(ws, draft_from_mapping(request_row()))
    (tmp_path / "scans").mkdir()
    with pytest.raises(casefile.Refused, match="scans is a folder, not a file"):
        casefile.attach_file(ws, record, tmp_path / "scans")


def _second_window(folder, busy_timeout_ms: int) -> Workspace:
    other = Workspace.unlock(folder, "alice", PASSPHRASE)
    other.store.conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}")
    return other


def test_a_write_during_an_import_waits_with_a_message(ws, tmp_path):
    """The import holds the write lock; the note waits, says so once, and is kept."""
    record = register.register(ws, draft_from_mapping(request_row()))
    other = _second_window(tmp_path / "ws", 20)
    told: list[str] = []

    def on_busy() -> None:
        told.append("waiting")
        ws.store.conn.execute("COMMIT")  # the import finishes while the note waits

    try:
        ws.store.conn.execute("BEGIN IMMEDIATE")  # the import, mid-way
        other.store.on_busy = on_busy
        casefile.add_note(other, register.by_id(other, record.id), "written later")
        assert told == ["waiting"]
        assert [n["text"] for n in ws.store.notes(record.id)] == ["written later"]
    finally:
        other.close()


def test_the_cli_tells_a_waiting_write_why(ws, tmp_path, run_cli, monkeypatch):
    import builtins

    from desktop.cli import common

    record = register.register(ws, draft_from_mapping(request_row()))
    ws.close()
    holder = Workspace.unlock(tmp_path / "ws", "alice", PASSPHRASE)
    real_unlock, real_print = common.unlock, builtins.print
    printed: list[str] = []

    def unlock_with_a_short_busy_timeout(args):
        opened = real_unlock(args)
        opened.store.conn.execute("PRAGMA busy_timeout = 20")
        return opened

    def print_and_release(*args, **kwargs):
        if args and str(args[0]).startswith("Waiting"):
            printed.append(str(args[0]))
            holder.store.conn.execute("COMMIT")  # the import finishes meanwhile
        real_print(*args, **kwargs)

    monkeypatch.setattr("desktop.cli.main.unlock", unlock_with_a_short_busy_timeout)
    monkeypatch.setattr(builtins, "print", print_and_release)
    try:
        holder.store.conn.execute("BEGIN IMMEDIATE")
        code, _, err = run_cli(
            "note", "--workspace", str(tmp_path / "ws"), record.registry_no, "from the terminal"
        )
        assert code == 0, err
        assert printed == [
            "Waiting: another window or command is writing to the workspace "
            "(an import or a restore takes a while)…"
        ]
        assert "Waiting: another window" in err
    finally:
        holder.close()


def test_without_a_terminal_a_busy_write_is_refused_in_words(ws, tmp_path):
    from desktop.storage.store import Busy

    record = register.register(ws, draft_from_mapping(request_row()))
    other = _second_window(tmp_path / "ws", 20)
    try:
        ws.store.conn.execute("BEGIN IMMEDIATE")
        with pytest.raises(Busy, match="The workspace is busy: another window"):
            casefile.add_note(other, register.by_id(other, record.id), "not now")
        ws.store.conn.execute("ROLLBACK")
        assert ws.store.notes(record.id) == []
    finally:
        other.close()
