"""rekey: a new data key revokes the old one and any copy of it, crash-safely."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from desktop.core.requests import draft_from_mapping
from desktop.services import audit, backup, register, rekey
from desktop.services.errors import Refused, UserFacingError
from desktop.services.workspace import KeyDoesNotFit, Workspace
from desktop.storage import keys as keymod
from desktop.storage.connection import DB_FILE
from tests.conftest import PASSPHRASE, request_row

POSIX = pytest.mark.skipif(
    sys.platform == "win32" or not hasattr(os, "fork"), reason="fork and SIGKILL are POSIX"
)


def test_the_staged_names_match_the_database():
    assert keymod.DB_NAME == DB_FILE


def test_rekey_revokes_the_old_key_and_keeps_everything_else(make_workspace, tmp_path):
    ws, old_recovery = make_workspace()
    register.register(ws, draft_from_mapping(request_row()))
    ws.add_user("bob", "bobs passphrase")
    made = backup.back_up_automatically(ws)
    old_key = bytes(ws.raw_key())
    folder = tmp_path / "ws"
    result = rekey.rekey(ws, PASSPHRASE)
    new = result.workspace
    try:
        assert result.users_to_add_again == ["bob"]
        assert [r.court_reference for r in new.store.all_requests()] == [
            request_row()["court_reference"]
        ]
        last = new.store.events()[-1]
        assert last.action == "workspace.rekeyed" and last.detail["users_to_add_again"] == ["bob"]
        assert audit.verify(new).ok
        assert not new.store.user("bob")["active"]
        # the old backup still opens, with the old recovery key only
        assert backup.check_backup(new, made.path, old_recovery).other_key
        with pytest.raises(backup.BackupProblem, match="another key"):
            backup.check_backup(new, made.path)
    finally:
        new.close()
    assert result.recovery_key != old_recovery
    with pytest.raises(KeyDoesNotFit):  # a remembered or copied old key
        Workspace.unlock_with_data_key(folder, "alice", bytearray(old_key))
    Workspace.unlock(folder, "alice", PASSPHRASE).close()  # same passphrase
    Workspace.unlock_with_data_key(
        folder, "alice", keymod.parse_recovery_key(result.recovery_key)
    ).close()
    with pytest.raises(UserFacingError, match="no user 'bob'"):
        Workspace.unlock(folder, "bob", "bobs passphrase")
    assert not list(folder.glob("*.rekey"))


def test_rekey_needs_the_passphrase_and_changes_nothing_without_it(ws, tmp_path):
    before = (tmp_path / "ws" / "keys.json").read_bytes()
    with pytest.raises(UserFacingError, match="not right"):
        rekey.rekey(ws, "not the passphrase")
    assert (tmp_path / "ws" / "keys.json").read_bytes() == before
    assert not list((tmp_path / "ws").glob("*.rekey"))


def test_rekey_refuses_while_another_window_holds_the_database(ws, tmp_path):
    other = Workspace.unlock(tmp_path / "ws", "alice", PASSPHRASE)
    register.register(other, draft_from_mapping(request_row()))
    try:
        keys_before = (tmp_path / "ws" / "keys.json").read_bytes()
        with pytest.raises(Refused, match="Another window"):
            rekey.rekey(ws, PASSPHRASE)
        assert (tmp_path / "ws" / "keys.json").read_bytes() == keys_before
        assert not list((tmp_path / "ws").glob("*.rekey"))
        assert len(list(other.store.all_requests())) == 1
    finally:
        other.close()


def test_the_cli_shows_the_new_recovery_key_once(run_cli):
    assert run_cli("init")[0] == 0
    code, out, _ = run_cli("rekey")
    assert code == 0 and "NEW RECOVERY KEY" in out and "with the old recovery key" in out
    assert run_cli("verify")[0] == 0


@POSIX
def test_a_kill_between_the_two_renames_is_finished_at_the_next_open(ws, tmp_path):
    register.register(ws, draft_from_mapping(request_row()))
    old_key = bytes(ws.raw_key())
    ws.close()
    folder = tmp_path / "ws"
    pid = os.fork()
    if pid == 0:  # dies right after the database was swapped in, before keys.json
        try:
            w = Workspace.unlock(folder, "alice", PASSPHRASE)

            def die_once_swapped(at):
                if (
                    keymod.staged(at, "keys.json").exists()
                    and not keymod.staged(at, DB_FILE).exists()
                ):
                    os.kill(os.getpid(), signal.SIGKILL)

            keymod.finish_interrupted_rekey = die_once_swapped
            rekey.rekey(w, PASSPHRASE)
        finally:
            os._exit(3)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status)
    assert keymod.staged(folder, "keys.json").exists()
    opened = Workspace.unlock(folder, "alice", PASSPHRASE)  # finishes the swap
    try:
        assert opened.store.events()[-1].action == "workspace.rekeyed"
        assert audit.verify(opened).ok
    finally:
        opened.close()
    assert not list(folder.glob("*.rekey"))
    with pytest.raises(KeyDoesNotFit):
        Workspace.unlock_with_data_key(folder, "alice", bytearray(old_key))


def _die_in_a_rekey(folder, kill_when) -> None:
    """Run a rekey in a child process, SIGKILLed at the first file operation for which
    `kill_when(operation, path)` is true."""
    pid = os.fork()
    if pid == 0:
        try:
            w = Workspace.unlock(folder, "alice", PASSPHRASE)
            real_replace, real_unlink = os.replace, Path.unlink

            def replace(source, target):
                if kill_when("replace", Path(source)):
                    os.kill(os.getpid(), signal.SIGKILL)
                real_replace(source, target)

            def unlink(path, missing_ok=False):
                if kill_when("unlink", path):
                    os.kill(os.getpid(), signal.SIGKILL)
                real_unlink(path, missing_ok=missing_ok)

            os.replace, Path.unlink = replace, unlink
            rekey.rekey(w, PASSPHRASE)
        finally:
            os._exit(3)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status)


@POSIX
def test_a_rekey_killed_while_clearing_an_earlier_ones_files_leaves_the_workspace(ws, tmp_path):
    # A rekey killed before its swap leaves both staged files; the next one starts by
    # removing them. Killed between the two removals, it must not leave the staged
    # keys.json alone: alone, it says the database was swapped in, and the next unlock
    # would put in a key the database was never encrypted with.
    register.register(ws, draft_from_mapping(request_row()))
    ws.close()
    folder = tmp_path / "ws"
    staged_db = keymod.staged(folder, DB_FILE)
    _die_in_a_rekey(folder, lambda operation, path: operation == "replace" and path == staged_db)
    assert staged_db.exists() and keymod.staged(folder, "keys.json").exists()
    removed: list[Path] = []

    def after_the_first_removal(operation: str, path: Path) -> bool:
        if operation == "unlink" and path.name.endswith(keymod.REKEY_SUFFIX):
            removed.append(path)
        return len(removed) == 2

    _die_in_a_rekey(folder, after_the_first_removal)
    opened = Workspace.unlock(folder, "alice", PASSPHRASE)
    try:
        assert len(list(opened.store.all_requests())) == 1
        assert audit.verify(opened).ok
    finally:
        opened.close()


@POSIX
def test_a_kill_at_any_moment_of_a_rekey_leaves_the_old_or_the_new_workspace(
    make_workspace, tmp_path
):
    import random

    from tests.test_crash_safety import SEED, run_until_killed

    rng = random.Random(SEED)
    ws, _ = make_workspace()
    register.register_many(
        ws, [draft_from_mapping(request_row(court_reference=f"ICC-{i}")) for i in range(40)]
    )
    ws.close()
    folder = tmp_path / "ws"
    kills = rekeyed = 0

    def work(report) -> None:
        w = Workspace.unlock(folder, "alice", PASSPHRASE)
        report("ready")
        started = time.monotonic()
        result = rekey.rekey(w, PASSPHRASE)
        result.workspace.close()
        report(f"rekeyed {time.monotonic() - started}")

    # How long a whole rekey takes on this machine today: kills are drawn inside it.
    whole = run_until_killed(work, 3600.0)
    span = float(next(line for line in whole if line.startswith("rekeyed")).split()[1])
    for _ in range(20):
        lines = run_until_killed(work, rng.uniform(0.0, span * 1.2))
        lines = ["rekeyed" if line.startswith("rekeyed") else line for line in lines]
        kills += "rekeyed" not in lines
        rekeyed += "rekeyed" in lines
        opened = Workspace.unlock(folder, "alice", PASSPHRASE)
        try:
            assert len(list(opened.store.all_requests())) == 40, SEED
            assert audit.verify(opened).ok, (audit.verify(opened).lines(), SEED)
        finally:
            opened.close()
    print(f"rekey: {kills} killed, {rekeyed} finished")
    assert kills > 3, SEED


def test_removing_a_user_offers_rekey(run_cli):
    assert run_cli("init")[0] == 0
    assert run_cli("user", "add", "bob")[0] == 0
    code, out, _ = run_cli("user", "remove", "bob")
    assert code == 0 and "until you run coopdesk-cli rekey" in out
