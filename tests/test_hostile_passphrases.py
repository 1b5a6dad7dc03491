"""Wrong passphrases: a growing wait, nothing damaged, logged without what was typed."""

from __future__ import annotations

import json
import logging

import pytest

from desktop.cli.main import main
from desktop.services import unlock_guard
from desktop.services.errors import UserFacingError
from desktop.services.workspace import Workspace
from desktop.storage.connection import DB_FILE
from tests.factories import PASSPHRASE

WRONG = "Tr0ub4dor&3-not-it"


class FakeTime:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_the_delay_grows_and_is_capped():
    delays = [unlock_guard.delay_for(n) for n in range(0, 14)]
    assert delays[:3] == [0, 0, 0]
    assert delays[3:7] == [1, 2, 4, 8]
    assert delays == sorted(delays) and max(delays) == unlock_guard.MAX_DELAY


def test_repeated_failures_slow_down_and_a_success_resets(ws, tmp_path, monkeypatch, caplog):
    ws.close()
    folder = tmp_path / "ws"
    fake = FakeTime()
    monkeypatch.setattr(unlock_guard, "clock", fake)
    db_before = (folder / DB_FILE).read_bytes()
    keys_before = (folder / "keys.json").read_bytes()
    caplog.set_level(logging.INFO, logger="coopdesk")
    for attempt in range(1, 6):
        with pytest.raises(unlock_guard.WrongPassphraseError):
            Workspace.unlock(folder, "alice", WRONG)
        assert unlock_guard.failures(folder, "alice") == attempt
        wait = unlock_guard.delay_before_next_attempt(folder, "alice")
        assert wait == unlock_guard.delay_for(attempt)
        if wait:
            # too early: refused without even trying, so the wait cannot be skipped
            with pytest.raises(unlock_guard.TooManyAttempts, match="Wait") as early:
                Workspace.unlock(folder, "alice", PASSPHRASE)
            assert early.value.seconds == wait
            assert unlock_guard.wait_turn(folder, "alice", fake.sleep) == wait
    assert fake.slept == [1, 2, 4]
    # nothing was damaged by any of it
    assert (folder / DB_FILE).read_bytes() == db_before
    assert (folder / "keys.json").read_bytes() == keys_before
    Workspace.unlock(folder, "alice", PASSPHRASE).close()
    assert unlock_guard.failures(folder, "alice") == 0
    assert unlock_guard.delay_before_next_attempt(folder, "alice") == 0
    # logged: who and how many, never the attempt
    failures = [r for r in caplog.records if "Wrong passphrase" in r.getMessage()]
    assert len(failures) == 5 and all(r.name == "coopdesk" for r in failures)
    text = "\n".join(r.getMessage() + repr(r.args) for r in caplog.records)
    assert WRONG not in text and PASSPHRASE not in text and "'alice'" in text


def test_the_counter_file_holds_no_secret(ws, tmp_path):
    ws.close()
    folder = tmp_path / "ws"
    with pytest.raises(UserFacingError):
        Workspace.unlock(folder, "alice", WRONG)
    data = json.loads((folder / unlock_guard.GUARD_FILE).read_text())
    assert set(data) == {"users"} and set(data["users"]["alice"]) == {"failures", "last_failure"}
    assert WRONG not in (folder / unlock_guard.GUARD_FILE).read_text()


def test_a_damaged_counter_file_does_not_lock_anyone_out(ws, tmp_path):
    ws.close()
    folder = tmp_path / "ws"
    (folder / unlock_guard.GUARD_FILE).write_text("{not json")
    assert unlock_guard.delay_before_next_attempt(folder, "alice") == 0
    Workspace.unlock(folder, "alice", PASSPHRASE).close()


def test_the_cli_says_how_long_to_wait(ws, tmp_path, monkeypatch, capsys):
    ws.close()
    monkeypatch.setenv("COOPDESK_PASSPHRASE", WRONG)
    args = ["unlock-check", "--workspace", str(tmp_path / "ws"), "--user", "alice"]
    for _ in range(3):
        assert main(args) == 1
        assert "passphrase is not right" in capsys.readouterr().err
    monkeypatch.setenv("COOPDESK_PASSPHRASE", PASSPHRASE)
    assert main(args) == 1  # no sleeping in a test: refused, with the wait in words
    err = capsys.readouterr().err
    assert "Wait 1 second before" in err and PASSPHRASE not in err


def test_a_thousand_failures_neither_overflow_nor_lock_out_for_longer_than_the_cap(
    ws, tmp_path, monkeypatch
):
    ws.close()
    folder = tmp_path / "ws"
    fake = FakeTime()
    monkeypatch.setattr(unlock_guard, "clock", fake)
    assert unlock_guard.delay_for(1_027) == unlock_guard.MAX_DELAY
    assert unlock_guard.delay_for(10**9) == unlock_guard.MAX_DELAY
    (folder / unlock_guard.GUARD_FILE).write_text(
        json.dumps({"users": {"alice": {"failures": 1_027, "last_failure": fake.now}}})
    )
    assert unlock_guard.delay_before_next_attempt(folder, "alice") == 300
    with pytest.raises(unlock_guard.WrongPassphraseError):
        fake.now += 300
        Workspace.unlock(folder, "alice", WRONG)
    assert unlock_guard.failures(folder, "alice") == unlock_guard.MAX_COUNTED
    fake.now += 300
    Workspace.unlock(folder, "alice", PASSPHRASE).close()


def test_failures_recorded_while_the_clock_was_ahead_do_not_block(ws, tmp_path, monkeypatch):
    ws.close()
    folder = tmp_path / "ws"
    fake = FakeTime()
    monkeypatch.setattr(unlock_guard, "clock", fake)
    fake.now += 3 * 24 * 3600  # the clock was three days ahead
    for _ in range(6):
        with pytest.raises(unlock_guard.WrongPassphraseError):
            unlock_guard.wait_turn(folder, "alice", fake.sleep)
            Workspace.unlock(folder, "alice", WRONG)
    fake.now -= 3 * 24 * 3600  # and is put right
    assert unlock_guard.delay_before_next_attempt(folder, "alice") == 0
    Workspace.unlock(folder, "alice", PASSPHRASE).close()


def test_one_users_typos_do_not_make_another_wait(ws, tmp_path, monkeypatch):
    ws.add_user("bob", "bobs passphrase")
    ws.close()
    folder = tmp_path / "ws"
    monkeypatch.setattr(unlock_guard, "clock", FakeTime())
    for _ in range(3):
        with pytest.raises(unlock_guard.WrongPassphraseError):
            Workspace.unlock(folder, "bob", WRONG)
    assert unlock_guard.delay_before_next_attempt(folder, "bob") == 1
    assert unlock_guard.delay_before_next_attempt(folder, "alice") == 0
    Workspace.unlock(folder, "alice", PASSPHRASE).close()
    assert unlock_guard.failures(folder, "bob") == 3  # alice's success resets only hers
    with pytest.raises(unlock_guard.TooManyAttempts):
        Workspace.unlock(folder, "bob", "bobs passphrase")


def test_attempts_made_in_parallel_share_the_wait(ws, tmp_path, monkeypatch):
    """An attempt started while another is still deriving its key is counted against it."""
    from desktop.storage import keys as keymod

    ws.close()
    folder = tmp_path / "ws"
    monkeypatch.setattr(unlock_guard, "clock", FakeTime())
    for _ in range(2):  # the free ones
        with pytest.raises(unlock_guard.WrongPassphraseError):
            Workspace.unlock(folder, "alice", WRONG)
    real_unwrap = keymod.KeyFile.unwrap
    parallel: list[BaseException] = []

    def slow_unwrap(self, user, passphrase):
        if not parallel:  # a second process tries while this one derives its key
            try:
                Workspace.unlock(folder, "alice", WRONG + "2")
            except UserFacingError as exc:
                parallel.append(exc)
        return real_unwrap(self, user, passphrase)

    monkeypatch.setattr(keymod.KeyFile, "unwrap", slow_unwrap)
    with pytest.raises(unlock_guard.WrongPassphraseError):
        Workspace.unlock(folder, "alice", WRONG)
    assert isinstance(parallel[0], unlock_guard.TooManyAttempts)
    assert unlock_guard.failures(folder, "alice") == 3


def test_a_wrong_passphrase_is_one_line_on_the_terminal(ws, tmp_path):
    """A real process: under pytest a log handler would hide the stray warning line."""
    import os
    import subprocess
    import sys

    ws.close()
    env = {**os.environ, "COOPDESK_PASSPHRASE": WRONG}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.cli.main",
            "unlock-check",
            "--workspace",
            str(tmp_path / "ws"),
            "--user",
            "alice",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "passphrase is not right" in result.stderr
