"""Issue 13, item 2: rows changed behind the app's back are named by `verify`.

The tampering goes through another SQLCipher implementation (apsw-sqlite3mc) with the
recovery key, as someone holding the key and any SQLite tool would do it.
"""

from __future__ import annotations

import json

import apsw
import pytest

from desktop.core.requests import draft_from_mapping
from desktop.services import audit, casefile, register, workflow
from desktop.services.workspace import Workspace
from desktop.storage.connection import DB_FILE
from tests.factories import PASSPHRASE, old_schema_workspace, request_row


def _with_the_key(folder, recovery: str, *statements: str) -> None:
    conn = apsw.Connection(str(folder / DB_FILE))
    conn.pragma("cipher", "sqlcipher")
    conn.pragma("legacy", 4)
    conn.execute(f"PRAGMA key = \"x'{recovery.replace('-', '')}'\"")
    for statement in statements:
        conn.execute(statement)
    conn.close()


def _case_work(ws) -> None:
    for n in range(4):
        record = register.register(
            ws, draft_from_mapping(request_row(court_reference=f"ICC-01/04-01/06-{n}"))
        )
        casefile.add_note(ws, record, f"Called the desk officer, round {n}")
        casefile.attach_bytes(ws, register.by_id(ws, record.id), f"letter-{n}.txt", b"x")
        workflow.route(ws, register.by_id(ws, record.id), "Ministry of Justice")


def test_an_untouched_workspace_verifies_data_and_all(make_workspace, run_cli, tmp_path):
    ws, _ = make_workspace()
    _case_work(ws)
    report = audit.verify(ws)
    assert report.ok and report.data_problems == ()
    assert report.rows_checked is not None and report.rows_checked > 16
    assert f"Data: intact, {report.rows_checked} rows" in "\n".join(report.lines())


def _new_values_told_apart(ws, number: str) -> tuple[str, str]:
    """A summary and a confidentiality level whose column tags differ from the request's
    own: a tag is one byte, so one new value in 256 has the old one's tag and its column
    cannot be named (the row is still found changed by its whole digest)."""
    from desktop.core.vocabulary import Confidentiality
    from desktop.storage.row_digests import Digester

    digester = Digester(ws.store.conn)
    old_summary, old_level = ws.store.conn.execute(
        "SELECT summary, confidentiality FROM requests WHERE registry_no = ?", (number,)
    ).fetchone()

    def told_apart(column: str, old: str, candidates) -> str:
        tag = digester.tags([column], [old])
        return next(c for c in candidates if c != old and digester.tags([column], [c]) != tag)

    summary = told_apart("summary", old_summary, (f"Nothing to see {n}" for n in range(50)))
    level = told_apart("confidentiality", old_level, [c.value for c in Confidentiality])
    return summary, level


def test_a_request_edited_with_the_key_is_named_with_its_columns(
    make_workspace, run_cli, tmp_path, monkeypatch
):
    ws, recovery = make_workspace()
    _case_work(ws)
    summary, level = _new_values_told_apart(ws, "CD-2026-0003")
    ws.close()
    _with_the_key(
        tmp_path / "ws",
        recovery,
        f"UPDATE requests SET summary = '{summary}', "
        f"confidentiality = '{level}' WHERE registry_no = 'CD-2026-0003'",
    )
    code, out, err = run_cli("verify", "--workspace", str(tmp_path / "ws"))
    assert code == 1
    assert "request CD-2026-0003 changed outside the app (confidentiality, summary)" in out
    assert "Audit trail: intact" in out  # the log itself was not touched
    assert "Verification failed: request CD-2026-0003 changed outside the app" in err
    assert summary not in out + err  # names, never content


def test_a_deleted_note_and_a_routing_step_changed_are_named(make_workspace, tmp_path):
    ws, recovery = make_workspace()
    _case_work(ws)
    ids = {
        number: row_id
        for row_id, number in ws.store.conn.execute(
            "SELECT id, registry_no FROM requests"
        ).fetchall()
    }
    note = ws.store.conn.execute(
        "SELECT id FROM notes WHERE request_id = ?", (ids["CD-2026-0002"],)
    ).fetchone()[0]
    ws.close()
    _with_the_key(
        tmp_path / "ws",
        recovery,
        f"DELETE FROM notes WHERE id = {note}",
        "UPDATE routing_steps SET answered_on = '2026-11-20' WHERE id = 4",
        "INSERT INTO notes(request_id, created_at, author, text) VALUES "
        "(1, '2026-11-01T10:00:00', 'alice', 'Planted')",
    )
    with Workspace.unlock(tmp_path / "ws", "alice", PASSPHRASE) as again:
        report = audit.verify(again)
    assert not report.ok and report.chain_problems == ()
    assert [p.message for p in report.data_problems] == [
        f"note {note} of request CD-2026-0002 deleted outside the app",
        "note 5 of request CD-2026-0001 added outside the app",
        "routing step 4 of request CD-2026-0004 changed outside the app (answered_on)",
    ]
    assert report.summary() == "3 rows were changed outside the app"


def test_changes_made_through_the_app_keep_verifying(ws):
    _case_work(ws)
    record = register.by_id(ws, 2)
    register.update(ws, record, {"summary": "A new summary"})
    casefile.add_note(ws, register.by_id(ws, 2), "one more")
    assert audit.verify(ws).ok


def test_an_import_digests_every_row_it_writes_and_an_edited_step_is_named(
    make_workspace, tmp_path
):
    """An import notes its rows in bulk rather than by a trigger per row: each request,
    checklist and step still has its digest in the entries, the triggers are back for
    the next change, and a step changed with the key is found."""
    ws, recovery = make_workspace()
    register.register(ws, draft_from_mapping(request_row(court_reference="ICC-01/04-01/06-0")))
    drafts = [
        draft_from_mapping(request_row(court_reference=f"ICC-01/04-01/06-{n}"))
        for n in range(1, 40)
    ]
    register.register_many(ws, drafts)
    digested = {
        key
        for (detail,) in ws.store.conn.execute("SELECT detail FROM events")
        for key in json.loads(detail).get("row_digests", {})
    }
    for table in ("requests", "checklists", "checklist_steps"):
        ids = {r[0] for r in ws.store.conn.execute(f"SELECT id FROM {table}")}
        assert len(ids) >= 40 and {f"{table}:{i}" for i in ids} <= digested
    casefile.add_note(ws, register.by_id(ws, 40), "after the import")  # tracked as usual
    assert audit.verify(ws).ok
    step = ws.store.conn.execute(
        "SELECT max(id) FROM checklist_steps WHERE request_id = 40"
    ).fetchone()[0]
    ws.close()
    _with_the_key(
        tmp_path / "ws", recovery, f"UPDATE checklist_steps SET note = 'x' WHERE id = {step}"
    )
    with Workspace.unlock(tmp_path / "ws", "alice", PASSPHRASE) as again:
        report = audit.verify(again)
        saved = again.store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'touched%'"
        ).fetchall()
    assert [p.message for p in report.data_problems] == [
        f"checklist step {step} of request CD-2026-0040 changed outside the app"
    ]
    assert saved == []  # the triggers put back were TEMP ones, never saved in the file


def test_digests_are_keyed_so_an_export_does_not_give_values_away(make_workspace, tmp_path):
    """Two workspaces with the same request: the digests in their trails differ."""
    digests = []
    for name in ("one", "two"):
        ws, _ = make_workspace(folder=tmp_path / name)
        register.register(ws, draft_from_mapping(request_row()))
        detail = ws.store.conn.execute(
            "SELECT detail FROM events WHERE action = 'request.registered'"
        ).fetchone()[0]
        digests.append(json.loads(detail)["row_digests"]["requests:1"])
    assert digests[0] != digests[1]


def test_a_workspace_from_before_digests_gets_them_in_an_entry_of_its_own(tmp_path):
    old_schema_workspace(tmp_path / "v7", schema=7)
    with Workspace.unlock(tmp_path / "v7", "alice", PASSPHRASE) as ws:
        digested = [e for e in ws.store.events() if e.action == "data.digested"]
        assert [e.detail["count"] for e in digested] == [1]
        report = audit.verify(ws)
        assert report.ok and report.rows_checked == 1
        key = bytes(ws.raw_key()).hex()
    conn = apsw.Connection(str(tmp_path / "v7" / DB_FILE))
    conn.pragma("cipher", "sqlcipher")
    conn.pragma("legacy", 4)
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    conn.execute("UPDATE requests SET subject = 'Changed' WHERE id = 1")
    conn.close()
    with Workspace.unlock(tmp_path / "v7", "alice", PASSPHRASE) as ws:
        assert [e.action for e in ws.store.events()].count("data.digested") == 1
        assert [p.message for p in audit.verify(ws).data_problems] == [
            "request CD-2026-0001 changed outside the app (subject)"
        ]


def test_a_backup_edited_with_the_key_is_refused_before_it_is_restored(make_workspace, tmp_path):
    from desktop.services import backup

    ws, recovery = make_workspace()
    _case_work(ws)
    made = backup.back_up(ws, tmp_path / "usb.db")
    conn = apsw.Connection(str(made.path))
    conn.pragma("cipher", "sqlcipher")
    conn.pragma("legacy", 4)
    conn.execute(f"PRAGMA key = \"x'{recovery.replace('-', '')}'\"")
    conn.execute("UPDATE requests SET subject = 'Nothing here' WHERE id = 1")
    conn.close()
    with pytest.raises(backup.BackupProblem, match="does not match its manifest"):
        backup.restore(ws, made.path)
    backup.manifest_path(made.path).unlink()  # without the manifest, the rows still tell
    with pytest.raises(
        backup.BackupProblem, match=r"request CD-2026-0001 changed outside the app \(subject\)"
    ):
        backup.restore(ws, made.path)


# A text column of each table that its digests cover, edited with the key below.
_EDITED = {
    "attachments": "added_by",
    "checklist_steps": "title",
    "checklists": "title",
    "notes": "text",
    "requests": "subject",
    "routing_steps": "created_by",
}


def test_a_row_changed_deleted_and_added_in_each_table_is_named(make_workspace, tmp_path):
    """In every digested table: a row changed, rows deleted from the middle and at the
    end (above the ids the table has now), a row given back under an id far above the
    others (half the tables), and a row the app deleted put back by hand."""
    from desktop.storage.row_digests import TABLES, TAGGED, Digester

    ws, recovery = make_workspace()
    _case_work(ws)
    register.register_many(
        ws,
        [
            draft_from_mapping(request_row(court_reference=f"ICC-01/04-01/06-{n}"))
            for n in range(4, 12)
        ],
    )
    casefile.add_note(ws, register.by_id(ws, 5), "one note more, so each table has five rows")
    conn = ws.store.conn
    gone = conn.execute("SELECT min(id) FROM notes").fetchone()[0]
    note = conn.execute("SELECT * FROM notes WHERE id = ?", (gone,)).fetchone()
    with ws.store.transaction():  # as a deletion by the app would: noted with no digest
        conn.execute("DELETE FROM notes WHERE id = ?", (gone,))
        ws.store.append_event("alice", note[1], "note.deleted", {}, "2026-11-20T10:00:00")
    assert audit.verify(ws).ok
    digester = Digester(ws.store.conn)
    statements, expected = [], []
    for n, table in enumerate(sorted(TABLES)):
        ids = [r[0] for r in ws.store.conn.execute(f"SELECT id FROM {table} ORDER BY id")]
        assert len(ids) >= 4, table
        changed, middle, moved, last = ids[0], ids[1], ids[2], ids[-1]
        column = _EDITED[table]
        old = ws.store.conn.execute(
            f"SELECT {column} FROM {table} WHERE id = ?", (changed,)
        ).fetchone()[0]
        tag = digester.tags([column], [old])
        new = next(  # a value whose one-byte tag differs, so the column can be named
            f"{old} ({n})" for n in range(50) if digester.tags([column], [f"{old} ({n})"]) != tag
        )
        # Half the tables get a row far above; in the others the last id is above all.
        far = 10**12 + moved if n % 2 else moved
        columns = [r[1] for r in ws.store.conn.execute(f"PRAGMA table_info({table})")]
        copied = ", ".join(str(far) if c == "id" else c for c in columns)
        statements += [
            f"UPDATE {table} SET {column} = '{new}' WHERE id = {changed}",
            f"DELETE FROM {table} WHERE id = {middle}",
            f"CREATE TEMP TABLE kept AS SELECT * FROM {table} WHERE id = {moved}",
            f"DELETE FROM {table} WHERE id = {moved}",
            f"INSERT INTO {table} SELECT {copied} FROM kept WHERE {far} != {moved}",
            "DROP TABLE kept",
            f"DELETE FROM {table} WHERE id = {last}",
        ]
        named = (column,) if table in TAGGED else ()
        expected += [
            (table, changed, "changed", named),
            (table, middle, "deleted", ()),
            (table, moved, "deleted", ()),
            (table, last, "deleted", ()),
        ]
        expected += [(table, far, "added", ())] if far != moved else []
    values = ", ".join("NULL" if v is None else repr(v) for v in note)
    statements.append(f"INSERT INTO notes VALUES ({values})")  # given back by hand
    expected.append(("notes", gone, "added", ()))
    ws.close()
    _with_the_key(tmp_path / "ws", recovery, *statements)
    with Workspace.unlock(tmp_path / "ws", "alice", PASSPHRASE) as again:
        report = audit.verify(again)
    assert report.chain_problems == () and report.integrity_problems == ()
    found = [(p.table, p.row_id, p.kind, p.columns) for p in report.data_problems]
    assert found == sorted(expected, key=lambda e: (e[0], e[1]))
    # A deleted row is named with its request, read back from the entry of its digest.
    assert all(p.request != "?" for p in report.data_problems if p.kind == "deleted")
