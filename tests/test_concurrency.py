"""Two windows, two processes, the CLI beside the GUI: one workspace, no lost update."""

from __future__ import annotations

import os
import sys

import pytest

from desktop.cli.main import main
from desktop.core.requests import draft_from_mapping
from desktop.services import audit, backup, casefile, register
from desktop.services.workspace import Workspace
from desktop.storage.store import ConcurrentChange
from tests.factories import PASSPHRASE, request_row


@pytest.fixture
def two(ws, tmp_path, clock):
    """The workspace open twice on one folder, as by two windows or two processes."""
    ws.add_user("bob", "bob's own passphrase")
    other = Workspace.unlock(tmp_path / "ws", "bob", "bob's own passphrase", clock=clock)
    yield ws, other
    other.close()


def test_interleaved_edits_never_overwrite_each_other(two):
    alice, bob = two
    record = register.register(alice, draft_from_mapping(request_row()))
    seen_by_alice = register.by_id(alice, record.id)
    seen_by_bob = register.by_id(bob, record.id)
    register.update(alice, seen_by_alice, {"subject": "Alice's subject"})
    with pytest.raises(ConcurrentChange, match="changed by someone else"):
        register.update(bob, seen_by_bob, {"summary": "Bob's summary"})
    # Bob reopens and saves again: both changes stand
    register.update(bob, register.by_id(bob, record.id), {"summary": "Bob's summary"})
    final = register.by_id(alice, record.id)
    assert (final.subject, final.summary) == ("Alice's subject", "Bob's summary")
    assert final.version > seen_by_bob.version


def test_interleaved_additions_all_land_and_the_chain_holds(two):
    alice, bob = two
    numbers = []
    for n in range(6):
        writer = alice if n % 2 else bob
        record = register.register(
            writer, draft_from_mapping(request_row(court_reference=f"ICC-C-{n}"))
        )
        numbers.append(record.registry_no)
        casefile.add_note(alice, register.by_id(alice, record.id), f"alice {n}")
        casefile.add_note(bob, register.by_id(bob, record.id), f"bob {n}")
    assert len(set(numbers)) == 6
    for number in numbers:
        (record,) = alice.store.find_request(number)
        assert [n["author"] for n in alice.store.notes(record.id)] == ["alice", "bob"]
    assert audit.verify(alice).ok and audit.verify(bob).ok
    assert audit.chain_head(alice) == audit.chain_head(bob)
    assert {e.user for e in alice.store.events()} >= {"alice", "bob"}


def _fork(work) -> int:
    pid = os.fork()
    if pid == 0:
        status = 0
        try:
            work()
        except BaseException:
            status = 3
        os._exit(status)
    return pid


@pytest.mark.skipif(sys.platform == "win32" or not hasattr(os, "fork"), reason="POSIX fork")
def test_two_processes_writing_at_once(ws, tmp_path):
    ws.close()  # no connection may cross a fork
    folder = tmp_path / "ws"

    def writer(tag: str):
        def work() -> None:
            w = Workspace.unlock(folder, "alice", PASSPHRASE)
            for n in range(15):
                record = register.register(
                    w, draft_from_mapping(request_row(court_reference=f"ICC-{tag}-{n}"))
                )
                casefile.add_note(w, record, f"{tag} {n}")
            w.close()

        return work

    pids = [_fork(writer("A")), _fork(writer("B"))]
    statuses = [os.waitpid(pid, 0)[1] for pid in pids]
    assert all(os.WIFEXITED(s) and os.WEXITSTATUS(s) == 0 for s in statuses)
    again = Workspace.unlock(folder, "alice", PASSPHRASE)
    try:
        records = list(again.store.all_requests())
        assert len(records) == len({r.registry_no for r in records}) == 30
        assert audit.verify(again).ok
    finally:
        again.close()


def test_the_cli_works_beside_an_open_workspace(ws, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COOPDESK_PASSPHRASE", PASSPHRASE)
    folder = ["--workspace", str(tmp_path / "ws")]
    record = register.register(ws, draft_from_mapping(request_row()))
    assert main(["note", *folder, record.registry_no, "Added from the CLI"]) == 0
    assert [n["text"] for n in ws.store.notes(record.id)] == ["Added from the CLI"]
    casefile.add_note(ws, register.by_id(ws, record.id), "Added from the window")
    assert main(["show", *folder, record.registry_no]) == 0
    assert "Added from the window" in capsys.readouterr().out
    assert main(["backup", *folder, str(tmp_path / "usb.db")]) == 0
    assert main(["verify", *folder]) == 0
    assert audit.verify(ws).ok
    assert backup.check_backup(ws, tmp_path / "usb.db").request_count == 1
