"""The exit path: everything out in open formats, and a new workspace rebuilt with nothing lost."""

from __future__ import annotations

import gc
import hashlib
import importlib
import json
from pathlib import Path

import pytest
import sqlite_utils

from desktop.cli.main import main
from desktop.core.filters import RequestFilter
from desktop.core.requests import draft_from_mapping
from desktop.core.settings import OfficeSettings
from desktop.paths import resources_dir
from desktop.services import audit, casefile, demo, directory, exchange, register, settings
from desktop.services.errors import Refused
from desktop.services.workspace import Workspace
from desktop.storage import backup_store
from tests.factories import PASSPHRASE, request_row

NEW_PASSPHRASE = "a passphrase for the rebuilt workspace"


def _full(ws) -> None:
    """The demo register plus one of everything a request can carry."""
    demo.fill(ws, 25)
    record = register.get(ws, sorted(r.registry_no for r in ws.store.all_requests())[0])
    casefile.attach_bytes(ws, record, "court letter (signed).pdf", b"%PDF-1.7 \x00\xff letter")
    casefile.attach_bytes(ws, record, "../../CON.txt", "Notes en français ✓".encode())
    casefile.add_cost(ws, record, "extraordinary", "Interpretation, 2 days", "1250.50", "EUR")
    casefile.add_note(ws, record, "Spoke to Élodie at the ministry; حسن will call back")
    authority = directory.add_authority(ws, "Land Registry", "Cadastre")
    directory.add_contact(ws, authority, "Mariam Touré", role="Registrar")
    settings.save_settings(
        ws, OfficeSettings(country="NL", office_name="Embassy of Testland", backup_keep=4)
    )
    try:
        replies = importlib.import_module("desktop.services.replies")
    except ImportError:
        return
    template = resources_dir() / "templates" / "acknowledgement.en.docx"
    if template.exists():
        replies.add_user_template(
            ws, "acknowledgement", template.read_bytes(), "Our acknowledgement", "en"
        )


def _tables(ws) -> dict[str, list[dict]]:
    db = sqlite_utils.Database(ws.store.conn)
    return {
        table: list(db[table].rows_where(order_by="rowid"))
        for table in backup_store.data_tables(ws.store.conn)
    }


def test_the_demo_workspace_round_trips_with_nothing_lost(ws, tmp_path, clock):
    _full(ws)
    summary = exchange.export_all(ws, tmp_path / "export")
    before = _tables(ws)
    result = exchange.import_all(
        tmp_path / "export", tmp_path / "rebuilt", "alice", NEW_PASSPHRASE, clock=clock
    )
    rebuilt = result.workspace
    try:
        after = _tables(rebuilt)
        assert summary.tables["requests"] == 25 and summary.files >= 3
        for table, rows in before.items():
            if table in ("events", "office_identity"):
                continue
            assert after[table] == rows, table
        # The parcel keys stay behind: the rebuilt office has keys of its own.
        exported = b"".join(p.read_bytes() for p in (tmp_path / "export").rglob("*") if p.is_file())
        assert b"AGE-SECRET-KEY" not in exported
        assert after["office_identity"][0]["age_identity"].startswith("AGE-SECRET-KEY")
        assert after["office_identity"] != before["office_identity"]
        # the trail: every entry verbatim, then the export here and the import there
        assert after["events"][:-1] == before["events"][:-1]
        assert before["events"][-1]["action"] == "workspace.exported"
        assert after["events"][-1]["action"] == "workspace.imported"
        assert audit.verify(rebuilt).ok
        assert after["events"][-2]["hash"] == summary.head[1]
        for word in ("bank", "Marchetti", "Élodie", "حسن"):
            flt = RequestFilter(search=word)
            assert rebuilt.store.count_requests(flt) == ws.store.count_requests(flt) > 0
        assert rebuilt.settings.office_name == "Embassy of Testland"
        assert result.users_to_add_again == []
    finally:
        rebuilt.close()
    Workspace.unlock(tmp_path / "rebuilt", "alice", NEW_PASSPHRASE).close()


def test_the_export_is_open_formats_and_the_original_files(ws, tmp_path):
    _full(ws)
    exchange.export_all(ws, tmp_path / "export")
    export = tmp_path / "export"
    manifest = json.loads((export / "export.json").read_text("utf-8"))
    assert manifest["format"] == "coopdesk-export"
    assert manifest["chain_head"]["seq"] == ws.store.events()[-2].seq
    requests = json.loads((export / "tables" / "requests.json").read_text("utf-8"))
    assert len(requests) == 25 and {"registry_no", "subject", "persons"} <= set(requests[0])
    files = sorted(
        p.relative_to(export).as_posix() for p in (export / "attachments").rglob("*") if p.is_file()
    )
    assert any(f.endswith("-court letter (signed).pdf") for f in files)
    assert any(f.endswith("-_CON.txt") for f in files)  # the stored, safe name
    letter = next(p for p in (export / "attachments").rglob("*signed*.pdf"))
    assert letter.read_bytes() == b"%PDF-1.7 \x00\xff letter"
    for relative, digest in manifest["files"].items():
        assert hashlib.sha256((export / relative).read_bytes()).hexdigest() == digest
    assert "PLAINTEXT" in (export / "README.txt").read_text()


def test_each_table_is_written_as_json_dumps_would_indent_it_and_leaves_no_garbage(ws, tmp_path):
    """Rows are encoded one at a time, without json's Python encoder, whose reference
    cycles piled up while the collector is off for an operation (gui/background.py)."""
    _full(ws)
    tables = _tables(ws)
    gc.collect()
    gc.disable()
    try:
        exchange.export_all(ws, tmp_path / "export")
        left = gc.collect()
    finally:
        gc.enable()
    assert left < 100  # 25 requests, their checklists, the audit trail: hundreds of rows
    manifest = json.loads((tmp_path / "export" / "export.json").read_text("utf-8"))
    for table in ("requests", "checklist_steps", "events", "notes", "settings"):
        written = (tmp_path / "export" / "tables" / f"{table}.json").read_text("utf-8")
        assert written == json.dumps(tables[table], ensure_ascii=False, indent=1)
    attachments = json.loads(
        (tmp_path / "export" / "tables" / "attachments.json").read_text("utf-8")
    )
    assert all(set(a["content"]) == {"file", "sha256", "size"} for a in attachments)
    assert sum(manifest["tables"].values()) > 500


def test_other_users_come_back_inactive_until_added_again(ws, tmp_path, clock):
    ws.add_user("bob", "bob's own passphrase", "Bob Diallo")
    exchange.export_all(ws, tmp_path / "export")
    result = exchange.import_all(
        tmp_path / "export", tmp_path / "rebuilt", "alice", NEW_PASSPHRASE, clock=clock
    )
    assert result.users_to_add_again == ["bob"]
    rebuilt = result.workspace
    rebuilt.add_user("bob", "bob's new passphrase")  # allowed: bob is inactive
    assert rebuilt.store.user("bob")["display_name"] == "bob"
    rebuilt.close()
    Workspace.unlock(tmp_path / "rebuilt", "bob", "bob's new passphrase").close()


def _export(ws, tmp_path) -> Path:
    record = register.register(ws, draft_from_mapping(request_row()))
    casefile.attach_bytes(ws, record, "a.pdf", b"original")
    exchange.export_all(ws, tmp_path / "export")
    return tmp_path / "export"


def _refused(source: Path, target: Path, match: str) -> None:
    with pytest.raises((exchange.ExportRefused, Refused), match=match):
        exchange.import_all(source, target, "alice", NEW_PASSPHRASE)
    assert not target.exists() or not any(target.iterdir())


def test_a_changed_or_hostile_export_is_refused_before_anything_is_made(ws, tmp_path):
    export = _export(ws, tmp_path)
    target = tmp_path / "rebuilt"
    letter = next((export / "attachments").rglob("*.pdf"))
    letter.write_bytes(b"forged")
    _refused(export, target, "sha256 does not match")
    letter.unlink()
    _refused(export, target, "missing")

    table = export / "tables" / "attachments.json"
    original = table.read_text()
    rows = json.loads(original)
    rows[0]["content"]["file"] = "../../../etc/passwd"
    table.write_text(json.dumps(rows))
    _refused(export, target, "outside its folder")
    rows[0]["content"] = {"$evil": 1}
    table.write_text(json.dumps(rows))
    _refused(export, target, "neither text")
    table.write_text(original)
    letter.write_bytes(b"original")

    (export / "tables" / "requests.json").write_text("[{")
    _refused(export, target, "cannot be read as JSON")
    manifest = json.loads((export / "export.json").read_text())
    manifest["schema_version"] = 99
    (export / "export.json").write_text(json.dumps(manifest))
    _refused(export, target, "newer version")
    manifest["tables"] = {"requests; DROP TABLE x": 0}
    manifest["schema_version"] = 1
    (export / "export.json").write_text(json.dumps(manifest))
    _refused(export, target, "cannot exist")
    _refused(tmp_path / "nowhere", target, "missing")


def test_a_failed_import_removes_the_half_made_workspace(ws, tmp_path):
    export = _export(ws, tmp_path)
    table = export / "tables" / "notes.json"
    table.write_text(json.dumps([{"id": 1, "not_a_column": "x"}]))
    manifest = json.loads((export / "export.json").read_text())
    manifest["tables"]["notes"] = 1
    (export / "export.json").write_text(json.dumps(manifest))
    _refused(export, tmp_path / "rebuilt", "columns this version does not know")
    assert not (tmp_path / "rebuilt").exists()


def test_no_export_or_import_over_existing_files(ws, tmp_path):
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "something.txt").write_text("x")
    with pytest.raises(Refused, match="not an empty folder"):
        exchange.export_all(ws, tmp_path / "busy")
    exchange.export_all(ws, tmp_path / "export")
    with pytest.raises(Refused, match="not empty"):
        exchange.import_all(tmp_path / "export", tmp_path / "ws", "alice", NEW_PASSPHRASE)
    Workspace.unlock(tmp_path / "ws", "alice", PASSPHRASE).close()


def test_the_cli_asks_before_writing_plaintext(ws, tmp_path, monkeypatch, capsys):
    demo.fill(ws, 5)
    monkeypatch.setenv("COOPDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COOPDESK_NEW_PASSPHRASE", NEW_PASSPHRASE)
    folder = ["--workspace", str(tmp_path / "ws")]
    assert main(["export-all", *folder, str(tmp_path / "export")]) == 1
    assert "PLAINTEXT" in capsys.readouterr().err and not (tmp_path / "export").exists()
    assert main(["export-all", *folder, str(tmp_path / "export"), "--yes"]) == 0
    assert "Audit chain: seq" in capsys.readouterr().out
    assert (
        main(
            [
                "import-all",
                "--workspace",
                str(tmp_path / "new"),
                "--user",
                "alice",
                str(tmp_path / "export"),
                "--json",
            ]
        )
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert out["tables"]["requests"] == 5 and len(out["recovery_key"]) == 79
    monkeypatch.setenv("COOPDESK_PASSPHRASE", NEW_PASSPHRASE)
    assert main(["verify", "--workspace", str(tmp_path / "new")]) == 0


def test_an_attachment_with_a_255_byte_name_exports_and_comes_back(ws, tmp_path):
    record = register.register(ws, draft_from_mapping(request_row()))
    name = "a" * 251 + ".pdf"
    casefile.attach_bytes(ws, record, name, b"%PDF-1.7 long name")
    stored = ws.store.attachments(record.id)[0]["filename"]
    assert len(stored.encode()) == 255
    exchange.export_all(ws, tmp_path / "export")
    result = exchange.import_all(tmp_path / "export", tmp_path / "rebuilt", "alice", NEW_PASSPHRASE)
    try:
        rebuilt = result.workspace.store.attachments(record.id)[0]
        assert rebuilt["filename"] == stored
        assert result.workspace.store.attachment_content(rebuilt["id"]) == (b"%PDF-1.7 long name")
    finally:
        result.workspace.close()


def _leftovers(tmp_path: Path) -> list[str]:
    return sorted(p.name for p in tmp_path.iterdir() if p.name not in {"ws"})


def test_a_disk_full_half_way_leaves_no_plaintext_and_says_so(ws, tmp_path, monkeypatch):
    import errno

    demo.fill(ws, 5)
    real_rows = backup_store.table_rows
    seen: list[str] = []

    def rows_until_the_disk_is_full(conn, table):
        seen.append(table)
        if len(seen) == 8:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_rows(conn, table)

    monkeypatch.setattr(backup_store, "table_rows", rows_until_the_disk_is_full)
    before = _leftovers(tmp_path)
    with pytest.raises(Refused, match=r"No space left on device.*no plaintext was left"):
        exchange.export_all(ws, tmp_path / "export")
    assert _leftovers(tmp_path) == before  # neither the target nor a hidden folder


def test_a_damaged_page_half_way_leaves_no_plaintext(ws, tmp_path, monkeypatch, capsys):
    from desktop.storage.connection import DB_FILE
    from tests.test_corruption import _flip_bit

    demo.fill(ws, 5)
    page = ws.store.conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'events'"
    ).fetchone()[0]
    ws.close()
    _flip_bit(tmp_path / "ws" / DB_FILE, page)
    monkeypatch.setenv("COOPDESK_PASSPHRASE", PASSPHRASE)
    before = _leftovers(tmp_path)
    assert (
        main(["export-all", "--workspace", str(tmp_path / "ws"), "--yes", str(tmp_path / "export")])
        == 1
    )
    assert "The database is damaged" in capsys.readouterr().err
    assert _leftovers(tmp_path) == before


def test_attachments_stored_whole_by_earlier_versions_still_read_and_export(ws, tmp_path):
    record = register.register(ws, draft_from_mapping(request_row()))
    with ws.store.transaction():  # as schema 6 and earlier stored every attachment
        old_id = ws.store.conn.execute(
            "INSERT INTO attachments(request_id, filename, media_type, size, sha256, content, "
            "added_at, added_by) VALUES (?, 'old.txt', 'text/plain', 9, ?, ?, '', 'alice')",
            (record.id, hashlib.sha256(b"old bytes").hexdigest(), b"old bytes"),
        ).lastrowid
    new_id = casefile.attach_bytes(ws, record, "new.txt", b"new bytes")
    assert ws.store.attachment_content(old_id) == b"old bytes"
    assert ws.store.attachment_content(new_id) == b"new bytes"
    exchange.export_all(ws, tmp_path / "export")
    exported = {
        p.name: p.read_bytes()
        for p in (tmp_path / "export").rglob("*.txt")
        if p.parent.name != "export"
    }
    assert exported == {f"{old_id}-old.txt": b"old bytes", f"{new_id}-new.txt": b"new bytes"}
    result = exchange.import_all(tmp_path / "export", tmp_path / "rebuilt", "alice", NEW_PASSPHRASE)
    try:
        store = result.workspace.store
        assert store.attachment_content(old_id) == b"old bytes"
        assert store.attachment_content(new_id) == b"new bytes"
    finally:
        result.workspace.close()
