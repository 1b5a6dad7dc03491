"""The audit trail: written with each change, hash-chained, and every kind of break named."""

from __future__ import annotations

import csv
import json
from datetime import date

import pytest

from desktop.cli.main import main
from desktop.core.requests import draft_from_mapping
from desktop.core.settings import OfficeSettings
from desktop.services import audit, casefile, directory, register, settings, workflow
from desktop.services.errors import Refused
from desktop.storage.store import GENESIS_HASH, event_hash
from tests.factories import PASSPHRASE, request_row


@pytest.fixture
def busy(ws):
    """A workspace whose trail has a few dozen entries of different kinds."""
    for n in range(4):
        record = register.register(
            ws, draft_from_mapping(request_row(court_reference=f"ICC-01/04-01/06-{n}"))
        )
        casefile.add_note(ws, record, f"Called the desk officer, round {n}")
        workflow.route(ws, register.by_id(ws, record.id), "Ministry of Justice")
    return ws


def _tamper(ws, sql: str, *params) -> None:
    ws.store.conn.execute(sql, params)


def _rehash(ws, seq: int) -> None:
    row = ws.store.conn.execute(
        "SELECT prev_hash, seq, at, user, request_id, action, detail FROM events WHERE seq = ?",
        (seq,),
    ).fetchone()
    _tamper(ws, "UPDATE events SET hash = ? WHERE seq = ?", event_hash(*row), seq)


def test_an_untouched_trail_verifies(busy):
    report = audit.verify(busy)
    assert report.ok and report.first_broken is None
    assert report.entries == report.head[0] > 10
    assert report.integrity_problems == ()
    assert "intact" in "\n".join(report.lines())


def test_every_writing_service_appends_in_its_transaction(ws, monkeypatch):
    """Each service adds an entry; and when the entry cannot be written, neither is the change."""
    record = register.register(ws, draft_from_mapping(request_row()))
    actions = [
        lambda: casefile.add_note(ws, register.by_id(ws, record.id), "a note"),
        lambda: casefile.attach_bytes(ws, register.by_id(ws, record.id), "a.txt", b"x"),
        lambda: casefile.add_cost(
            ws, register.by_id(ws, record.id), "ordinary", "taxi", "12.50", "EUR"
        ),
        lambda: register.update(ws, register.by_id(ws, record.id), {"subject": "Edited"}),
        lambda: register.extend_deadline(
            ws, register.by_id(ws, record.id), date(2027, 1, 15), "Court letter"
        ),
        lambda: workflow.route(ws, register.by_id(ws, record.id), "Ministry of Justice"),
        lambda: workflow.change_status(
            ws, register.by_id(ws, record.id), "in_consultation", "unclear", "art97"
        ),
        lambda: directory.add_authority(ws, "Land Registry"),
        lambda: settings.save_settings(ws, OfficeSettings(country="NL", backup_keep=3)),
    ]
    for action in actions:
        before = audit.chain_head(ws)[0]
        action()
        assert audit.chain_head(ws)[0] > before
    assert audit.verify(ws).ok

    def refuse(*args, **kwargs):
        raise RuntimeError("audit entry could not be written")

    notes = len(ws.store.notes(record.id))
    monkeypatch.setattr(ws.store, "append_event", refuse)
    with pytest.raises(RuntimeError):
        casefile.add_note(ws, register.by_id(ws, record.id), "never saved")
    with pytest.raises(RuntimeError):
        register.update(ws, register.by_id(ws, record.id), {"subject": "Never saved"})
    assert len(ws.store.notes(record.id)) == notes
    assert register.by_id(ws, record.id).subject == "Edited"


def test_the_request_entries_carry_before_and_after(ws):
    record = register.register(ws, draft_from_mapping(request_row()))
    register.update(ws, record, {"subject": "A better subject"})
    edited = [e for e in ws.store.events(record.id) if e.action == "request.edited"][-1]
    assert edited.user == "alice" and edited.at
    assert edited.detail["subject"] == {
        "before": request_row()["subject"],
        "after": "A better subject",
    }


def test_an_edited_entry_is_named(busy):
    _tamper(busy, 'UPDATE events SET detail = \'{"text": "forged"}\' WHERE seq = 7')
    report = audit.verify(busy)
    assert not report.ok and report.first_broken == 7
    assert [(p.seq, p.kind) for p in report.chain_problems] == [(7, "edited")]
    assert "entry 7 was edited" in "\n".join(report.lines())


def test_an_entry_edited_and_rehashed_is_named(busy):
    _tamper(busy, "UPDATE events SET user = 'mallory' WHERE seq = 9")
    _rehash(busy, 9)
    report = audit.verify(busy)
    assert [(p.seq, p.kind) for p in report.chain_problems] == [(9, "edited")]
    assert "entry 10 no longer links to it" in report.chain_problems[0].message


def test_a_deleted_entry_is_named(busy):
    _tamper(busy, "DELETE FROM events WHERE seq IN (5, 6)")
    report = audit.verify(busy)
    assert [(p.seq, p.kind) for p in report.chain_problems] == [(5, "deleted")]
    assert "entries 5 to 6 are missing" in report.chain_problems[0].message


def test_reordered_entries_are_named(busy):
    _tamper(busy, "UPDATE events SET seq = -1 WHERE seq = 11")
    _tamper(busy, "UPDATE events SET seq = 11 WHERE seq = 12")
    _tamper(busy, "UPDATE events SET seq = 12 WHERE seq = -1")
    report = audit.verify(busy)
    assert report.first_broken == 11
    assert {(p.seq, p.kind) for p in report.chain_problems} == {
        (11, "reordered"),
        (12, "reordered"),
    }
    assert "entry 11 was written as entry 12" in "\n".join(report.lines())


def test_a_cut_off_tail_is_found_by_the_head_kept_beside_it_or_with_an_anchor(busy):
    from desktop.services.workspace import HEAD_FILE

    anchor = audit.chain_head(busy)
    _tamper(busy, "DELETE FROM events WHERE seq > ?", anchor[0] - 3)
    report = audit.verify(busy)
    assert [(p.seq, p.kind) for p in report.chain_problems] == [(anchor[0] - 2, "older")]
    assert report.summary().startswith(
        "the database is older than the last change recorded beside it"
    )
    (busy.folder / HEAD_FILE).unlink()  # no head kept outside the database any more
    report = audit.verify(busy)  # a plain chain cannot see it: hence anchors ...
    assert report.chain_problems == ()
    # ... but the rows the cut-off entries wrote no longer match what the trail recorded
    assert {(p.table, p.kind) for p in report.data_problems} >= {
        ("requests", "changed"),
        ("routing_steps", "added"),
    }
    report = audit.verify(busy, anchor)
    assert [(p.seq, p.kind) for p in report.chain_problems] == [(anchor[0] - 2, "truncated")]
    assert f"cut off after entry {anchor[0] - 3}" in report.chain_problems[0].message


def test_a_rebuilt_chain_differs_from_its_anchor(busy):
    anchor = audit.chain_head(busy)
    for seq in range(3, anchor[0] + 1):  # forge entry 3 and recompute everything after
        if seq == 3:
            _tamper(busy, "UPDATE events SET detail = '{}' WHERE seq = 3")
        else:
            previous = busy.store.conn.execute(
                "SELECT hash FROM events WHERE seq = ?", (seq - 1,)
            ).fetchone()[0]
            _tamper(busy, "UPDATE events SET prev_hash = ? WHERE seq = ?", previous, seq)
        _rehash(busy, seq)
    older = audit.verify(busy).chain_problems  # the head kept beside it no longer matches
    assert [(p.seq, p.kind) for p in older] == [(anchor[0], "older")]
    assert "differs from the last change recorded beside it" in older[0].message
    from desktop.services.workspace import HEAD_FILE

    (busy.folder / HEAD_FILE).unlink()
    report = audit.verify(busy)
    assert report.chain_problems == ()  # a chain rebuilt whole is sound in itself ...
    forgotten = report.data_problems  # ... but not the rows whose digests entry 3 held
    assert forgotten and {(p.request, p.kind) for p in forgotten} == {("CD-2026-0001", "added")}
    report = audit.verify(busy, audit.parse_anchor(f"{anchor[0]}:{anchor[1][:16]}"))
    assert [(p.seq, p.kind) for p in report.chain_problems] == [(anchor[0], "rewritten")]


def test_anchor_format():
    assert audit.parse_anchor(" 12 : ABCDEF0123 ") == (12, "abcdef0123")
    assert audit.parse_anchor("12:abcdef0123456789…") == (12, "abcdef0123456789")
    for bad in ("", "12", "x:abcdef01", "12:abc", "12:zzzzzzzzzz"):
        with pytest.raises(Refused):
            audit.parse_anchor(bad)
    assert audit.format_anchor((3, "ab" * 32)) == "3:" + "ab" * 32


def test_chain_head_and_footer(ws):
    seq, head = audit.chain_head(ws)
    assert seq == 1 and head != GENESIS_HASH
    assert audit.audit_footer(ws) == f"Audit chain: seq 1, head {head[:16]}…"


def test_export_audit_as_csv_and_json(busy, tmp_path):
    record = register.get(busy, "ICC-01/04-01/06-2")
    rows = audit.export_audit(busy, record.id, tmp_path / "one.csv")
    with (tmp_path / "one.csv").open(encoding="utf-8-sig") as handle:
        read = list(csv.DictReader(handle))
    assert len(read) == rows == len(busy.store.events(record.id)) - 1  # then the export
    assert {r["registry_no"] for r in read} == {record.registry_no}
    assert list(read[0]) == list(audit.AUDIT_COLUMNS)

    head = audit.chain_head(busy)
    total = audit.export_audit(busy, None, tmp_path / "all.json")
    document = json.loads((tmp_path / "all.json").read_text("utf-8"))
    assert len(document["entries"]) == total == head[0]
    assert document["chain_head"] == {"seq": head[0], "hash": head[1]}
    assert isinstance(document["entries"][0]["detail"], dict)
    assert busy.store.events()[-1].action == "audit.exported"
    with pytest.raises(Refused, match=r"\.csv or \.json"):
        audit.export_audit(busy, None, tmp_path / "all.txt")


def test_cli_verify_names_the_broken_entry(busy, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COOPDESK_PASSPHRASE", PASSPHRASE)
    folder = str(tmp_path / "ws")
    anchor = audit.format_anchor(audit.chain_head(busy))
    assert main(["verify", "--workspace", folder, "--anchor", anchor]) == 0
    assert "intact" in capsys.readouterr().out
    _tamper(busy, "UPDATE events SET action = 'note.removed' WHERE seq = 4")
    assert main(["verify", "--workspace", folder, "--json"]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["first_broken"] == 4
    assert "broken from entry 4" in captured.err
    assert main(["audit-export", "--workspace", folder, str(tmp_path / "a.csv")]) == 0
