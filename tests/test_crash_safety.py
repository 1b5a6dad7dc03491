"""Crash safety: a child process is killed with SIGKILL at random moments, many times.

After each kill the workspace must open and verify, every write the child reported as
committed must be there, and a passphrase change, a backup or a restore must have left
the old or the new state, whole. The child is forked (cheap: the modules are loaded) and
reports on a pipe, one line per step, written only after the step returned.

Set COOPDESK_CRASH_SEED to replay a run; the seed is printed on failure.
"""

from __future__ import annotations

import itertools
import os
import random
import select
import shutil
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.requests import draft_from_mapping
from desktop.core.settings import OfficeSettings
from desktop.services import audit, backup, casefile, register, settings, unlock_guard
from desktop.services.workspace import Workspace
from desktop.storage import keys as keymod
from tests.factories import PASSPHRASE, request_row

pytestmark = [
    pytest.mark.skipif(
        sys.platform == "win32" or not hasattr(os, "fork"), reason="fork and SIGKILL are POSIX"
    ),
    pytest.mark.slow,
]

SEED = int(os.environ.get("COOPDESK_CRASH_SEED") or random.randrange(2**32))
Report = Callable[[str], None]


def run_until_killed(
    work: Callable[[Report], None], delay: float, timeout: float = 30.0
) -> list[str]:
    """Fork, let `work` run `delay` seconds after it reports 'ready', then SIGKILL it.

    Returns every line the child reported. The parent must hold no open database
    connection while forking: SQLite's locks do not survive a fork.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        os.close(read_end)
        status = 0
        try:
            work(lambda line: os.write(write_end, (line + "\n").encode()))
        except BaseException as exc:  # the type only: a message could quote content
            os.write(write_end, f"error {type(exc).__name__}\n".encode())
            status = 3
        os._exit(status)
    os.close(write_end)
    data = b""
    kill_at: float | None = None
    give_up = time.monotonic() + timeout
    while True:
        now = time.monotonic()
        if kill_at is not None and now >= kill_at:
            break
        assert now < give_up, "the child never got going"
        wait = 0.05 if kill_at is None else max(0.0, kill_at - now)
        if select.select([read_end], [], [], wait)[0]:
            chunk = os.read(read_end, 65536)
            if not chunk:  # finished before the kill came
                break
            data += chunk
            if kill_at is None and b"ready\n" in data:
                kill_at = time.monotonic() + delay
    os.kill(pid, signal.SIGKILL) if kill_at is not None else None
    os.waitpid(pid, 0)
    while chunk := os.read(read_end, 65536):
        data += chunk
    os.close(read_end)
    lines = data.decode().splitlines()
    assert not [line for line in lines if line.startswith("error ")], (lines[-3:], SEED)
    return lines


def _after(lines: list[str], tag: str) -> list[str]:
    return [line.split(" ", 1)[1] for line in lines if line.startswith(tag + " ")]


@pytest.fixture
def rng() -> random.Random:
    print(f"COOPDESK_CRASH_SEED={SEED}")
    return random.Random(SEED)


def _check(folder: Path, passphrase: str = PASSPHRASE) -> Workspace:
    ws = Workspace.unlock(folder, "alice", passphrase)
    report = audit.verify(ws)
    assert report.ok, (report.lines(), SEED)
    return ws


def test_reported_writes_survive_a_kill(make_workspace, tmp_path, rng):
    ws, _ = make_workspace()
    ws.close()
    folder = tmp_path / "ws"
    written: dict[str, list[str]] = {"request": [], "note": [], "attachment": [], "edit": []}
    for round_no in range(30):

        def work(report: Report, round_no: int = round_no) -> None:
            w = Workspace.unlock(folder, "alice", PASSPHRASE)
            report("ready")
            for i in itertools.count():
                record = register.register(
                    w, draft_from_mapping(request_row(court_reference=f"ICC-K-{round_no}-{i}"))
                )
                report(f"request {record.registry_no}")
                casefile.add_note(w, record, f"Chased by phone, {round_no}-{i}")
                report(f"note {record.registry_no}")
                if i % 2 == 0:  # big enough to fill the log and trigger checkpoints
                    casefile.attach_bytes(w, record, "scan.pdf", os.urandom(150_000))
                    report(f"attachment {record.registry_no}")
                register.update(w, register.by_id(w, record.id), {"summary": f"Edited {i}"})
                report(f"edit {record.registry_no}")

        lines = run_until_killed(work, rng.uniform(0.0, 0.25))
        for tag in written:
            written[tag] += _after(lines, tag)
        ws = _check(folder)
        try:
            for number in written["request"]:
                assert ws.store.find_request(number), (number, SEED)
            for number in written["note"]:
                assert ws.store.notes(ws.store.find_request(number)[0].id), (number, SEED)
            for number in written["attachment"]:
                (record,) = ws.store.find_request(number)
                assert ws.store.attachments(record.id)[0]["size"] == 150_000
            for number in written["edit"]:
                assert ws.store.find_request(number)[0].summary.startswith("Edited")
        finally:
            ws.close()
    assert len(written["request"]) > 30  # the kills did land among writes


def _opens(folder: Path, passphrase: str) -> bool:
    try:
        keymod.KeyFile.load(folder).unwrap("alice", passphrase)
    except keymod.WrongPassphrase:
        return False
    return True


def test_a_kill_during_a_passphrase_change_leaves_old_or_new(make_workspace, tmp_path, rng):
    ws, _ = make_workspace()
    ws.close()
    folder = tmp_path / "ws"
    current = PASSPHRASE
    changes = 0
    window = 0.05  # the kill comes within this many seconds; it widens on a slow machine
    for round_no in itertools.count():  # 30 rounds at least, and until 30 changes were made
        if round_no >= 30 and changes > 30:
            break
        assert round_no < 300, ("too few changes before the kills", SEED)

        def work(report: Report, round_no: int = round_no, current: str = current) -> None:
            w = Workspace.unlock(folder, "alice", current)
            report("ready")
            for i in itertools.count():
                new = f"passphrase number {round_no}-{i}"
                report(f"try {new}")
                w.change_passphrase(new)
                report(f"set {new}")

        lines = run_until_killed(work, rng.uniform(0.0, window))
        tried, done = _after(lines, "try"), _after(lines, "set")
        old = done[-1] if done else current
        pending = tried[-1] if tried and tried[-1] != old else None
        openers = [p for p in (old, pending) if p and _opens(folder, p)]
        assert len(openers) == 1, (old, pending, SEED)  # one of them, never neither
        if pending is None:
            assert openers == [old]
        current = openers[0]
        changes += len(done)
        window = window if done else min(window * 1.5, 5.0)
        _check(folder, current).close()
    assert changes > 30


def test_a_kill_during_the_re_wrap_at_unlock_never_loses_the_key(make_workspace, tmp_path, rng):
    """An unlock that meets a wrap made with older scrypt parameters writes keys.json
    again; killed at any moment of that, the file left still unlocks, for everyone."""
    ws, _ = make_workspace()
    ws.add_user("bob", "bobs passphrase")
    ws.close()
    folder = tmp_path / "ws"
    bob = keymod.KeyFile.load(folder).users["bob"]
    rewraps = 0
    window = 0.05  # the kill comes within this many seconds; it widens on a slow machine
    for round_no in itertools.count():  # 30 rounds at least, and until 30 re-wraps were made
        if round_no >= 30 and rewraps > 30:
            break
        assert round_no < 300, ("too few re-wraps before the kills", SEED)

        def work(report: Report) -> None:
            report("ready")
            for i in itertools.count():
                # Every unlock meets "older" parameters: the two sets take turns.
                keymod.SCRYPT_P = 1 + 2 * (i % 2)
                unlock_guard.unwrap(folder, "alice", PASSPHRASE)
                report(f"unlocked {i}")

        lines = run_until_killed(work, rng.uniform(0.0, window))
        done = len(_after(lines, "unlocked"))
        rewraps += done
        window = window if done else min(window * 1.5, 5.0)
        keyfile = keymod.KeyFile.load(folder)  # whole, whichever version was left
        assert keyfile.users["bob"] == bob, SEED
        assert _opens(folder, PASSPHRASE), SEED
        keymod.KeyFile.load(folder).unwrap("bob", "bobs passphrase")
        # An attempt killed before its passphrase was checked counts as a wrong one.
        unlock_guard.record_success(folder, "alice")
    _check(folder).close()


def test_a_kill_during_backups_leaves_whole_backups(make_workspace, tmp_path, rng):
    ws, _ = make_workspace()
    settings.save_settings(ws, OfficeSettings(country="NL", backup_keep=200))
    ws.close()
    folder = tmp_path / "ws"
    reported: list[str] = []
    window = 0.3  # the kill comes within this many seconds; it widens on a slow machine
    for round_no in itertools.count():  # 15 rounds at least, and until 15 backups were made
        if round_no >= 15 and len(reported) > 15:
            break
        assert round_no < 150, ("too few backups before the kills", SEED)

        def work(report: Report, round_no: int = round_no) -> None:
            w = Workspace.unlock(folder, "alice", PASSPHRASE)
            report("ready")
            for i in itertools.count():
                register.register(
                    w, draft_from_mapping(request_row(court_reference=f"ICC-B-{round_no}-{i}"))
                )
                made = backup.back_up_automatically(w, "daily")
                report(f"backup {made.path.name}")

        made_now = _after(run_until_killed(work, rng.uniform(0.0, window)), "backup")
        reported += made_now
        window = window if made_now else min(window * 1.5, 5.0)
        ws = _check(folder)
        try:
            listed = {b.path.name: b for b in backup.list_backups(folder)}
            assert set(reported) <= set(listed), SEED
            latest = backup.latest_backup(folder)
            assert latest is None or backup.check_backup(ws, latest)
        finally:
            ws.close()
    ws = Workspace.unlock(folder, "alice", PASSPHRASE)
    try:  # every backup that is listed at all is whole
        for found in backup.list_backups(folder):
            check = backup.check_backup(ws, found.path)
            assert check.head == found.manifest.head
    finally:
        ws.close()
    assert len(reported) > 15


def test_a_kill_during_a_restore_leaves_the_old_or_the_new_state(make_workspace, tmp_path, rng):
    ws, _ = make_workspace()
    old_state = set(
        register.register_many(
            ws, [draft_from_mapping(request_row(court_reference=f"ICC-R-{i}")) for i in range(5)]
        )
    )
    casefile.attach_bytes(
        ws, register.get(ws, sorted(old_state)[0]), "big.bin", os.urandom(2_000_000)
    )
    made = backup.back_up(ws, tmp_path / "usb.db")
    new_state = old_state | set(
        register.register_many(
            ws, [draft_from_mapping(request_row(court_reference=f"ICC-S-{i}")) for i in range(5)]
        )
    )
    ws.close()
    folder, pristine = tmp_path / "ws", tmp_path / "pristine"
    shutil.copytree(folder, pristine)

    started = time.perf_counter()  # how long a restore takes here, to aim the kills
    ws = Workspace.unlock(folder, "alice", PASSPHRASE)
    backup.restore(ws, made.path)
    ws.close()
    duration = time.perf_counter() - started

    outcomes = []
    for _ in range(15):
        shutil.rmtree(folder)
        shutil.copytree(pristine, folder)

        def work(report: Report) -> None:
            w = Workspace.unlock(folder, "alice", PASSPHRASE)
            report("ready")
            backup.restore(w, made.path)
            report("restored")

        lines = run_until_killed(work, rng.uniform(0.0, duration * 1.3))
        ws = _check(folder)
        try:
            numbers = {r.registry_no for r in ws.store.all_requests()}
            assert numbers in (old_state, new_state), SEED
            restored = numbers == old_state
            if "restored" in lines:
                assert restored
            if restored:  # the swap and its record went in together
                assert ws.store.events()[-1].action == "workspace.restored"
            outcomes.append(restored)
        finally:
            ws.close()
    print(f"restores completed before the kill: {sum(outcomes)} of {len(outcomes)}")


@pytest.mark.parametrize("change", ["user.passphrase_changed", "user.removed"])
def test_a_kill_right_after_keys_json_is_replaced_is_recorded_at_the_next_unlock(
    make_workspace, tmp_path, change
):
    """The moment the review hit 4 times out of 4: keys.json new, no audit entry yet."""
    ws, _ = make_workspace()
    ws.add_user("bob", "bobs passphrase")
    ws.close()
    folder = tmp_path / "ws"
    new = "a brand new passphrase"
    pid = os.fork()
    if pid == 0:  # the child dies the instant keys.json has been replaced
        try:
            w = Workspace.unlock(folder, "alice", PASSPHRASE)
            real_save = keymod.KeyFile.save

            def save_then_die(self):
                real_save(self)
                os.kill(os.getpid(), signal.SIGKILL)

            keymod.KeyFile.save = save_then_die
            if change == "user.passphrase_changed":
                w.change_passphrase(new)
            else:
                w.remove_user("bob")
        finally:
            os._exit(3)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    passphrase = new if change == "user.passphrase_changed" else PASSPHRASE
    for _ in range(2):  # recorded once, not again at the unlock after
        ws = _check(folder, passphrase)
        try:
            recorded = [e for e in ws.store.events() if e.action == change]
            bob_active = bool(ws.store.user("bob")["active"])
        finally:
            ws.close()
        assert len(recorded) == 1 and recorded[0].detail["recorded_late"] is True
        assert recorded[0].detail["user"] == (
            "alice" if change == "user.passphrase_changed" else "bob"
        )
        assert bob_active is (change != "user.removed")
        assert "pending_audit" not in (folder / "keys.json").read_text()
    assert ("bob" in keymod.KeyFile.load(folder).users) is (change != "user.removed")
