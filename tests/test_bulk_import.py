"""A large import builds its scattered indexes again at its end, and leaves nothing else
different: the same indexes, the same page cache, rows digested, all or nothing."""

from __future__ import annotations

import json

import pytest

from desktop.core.requests import draft_from_mapping
from desktop.services import audit, demo, queries, register
from desktop.storage import row_digests
from desktop.storage import store as store_module


def _indexes(ws) -> list[tuple[str, str]]:
    return ws.store.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
    ).fetchall()


def _drafts(ws, count: int, seed: int):
    return [draft_from_mapping(r) for r in demo.sample_rows(count, seed=seed, end=ws.clock())]


def _statements(ws) -> list[str]:
    said: list[str] = []
    ws.store.conn.set_trace_callback(said.append)
    return said


def test_a_large_import_drops_the_scattered_indexes_and_builds_them_again(ws, monkeypatch):
    monkeypatch.setattr(store_module, "BULK_INDEX_MIN", 20)
    monkeypatch.setattr(store_module, "BULK_CACHE_KIB_PER_IMPORTED", 1024)
    before, cache = _indexes(ws), ws.store.conn.execute("PRAGMA cache_size").fetchone()[0]
    said = _statements(ws)
    register.register_many(ws, _drafts(ws, 40, seed=1))
    ws.store.conn.set_trace_callback(None)
    for name in store_module._SCATTERED_INDEXES:  # each one named exists and is set aside
        assert f"DROP INDEX {name}" in said
    # A page cache in proportion to the import, for the import only.
    assert [s for s in said if s.startswith("PRAGMA cache_size =")] == [
        f"PRAGMA cache_size = -{40 * 1024}",
        f"PRAGMA cache_size = {cache}",
    ]
    assert _indexes(ws) == before
    assert ws.store.conn.execute("PRAGMA cache_size").fetchone()[0] == cache
    assert ws.store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    plan = " ".join(
        str(r)
        for r in ws.store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM checklist_steps "
            "WHERE open_due_on IS NOT NULL AND open_due_on <= '2030-01-01'"
        )
    )
    assert "checklist_steps_open_due" in plan
    assert queries.dashboard(ws).checklist_steps  # the kept dates are read through it
    report = audit.verify(ws)
    assert report.ok and report.rows_checked


def test_a_small_import_into_a_larger_register_keeps_its_indexes(ws, monkeypatch):
    """Kept up, the indexes get a page cache in proportion to the register, within a
    bound, for the import only."""
    monkeypatch.setattr(store_module, "BULK_INDEX_MIN", 20)
    monkeypatch.setattr(store_module, "BULK_CACHE_KIB_PER_REQUEST", 1024)
    register.register_many(ws, _drafts(ws, 40, seed=2))
    cache = ws.store.conn.execute("PRAGMA cache_size").fetchone()[0]
    said = _statements(ws)
    register.register_many(ws, _drafts(ws, 30, seed=3))
    monkeypatch.setattr(store_module, "BULK_CACHE_MAX_KIB", 50_000)
    register.register_many(ws, _drafts(ws, 30, seed=5))
    ws.store.conn.set_trace_callback(None)
    assert not [s for s in said if s.startswith("DROP INDEX")]
    assert [s for s in said if s.startswith("PRAGMA cache_size =")] == [
        f"PRAGMA cache_size = -{40 * 1024}",  # 40 requests registered before
        f"PRAGMA cache_size = {cache}",
        "PRAGMA cache_size = -50000",  # 70 before, but no more than the bound
        f"PRAGMA cache_size = {cache}",
    ]
    assert ws.store.conn.execute("PRAGMA cache_size").fetchone()[0] == cache
    assert audit.verify(ws).ok


def test_a_failed_large_import_leaves_the_indexes_and_nothing_else(ws, monkeypatch):
    monkeypatch.setattr(store_module, "BULK_INDEX_MIN", 20)
    monkeypatch.setattr(register, "_SLICE", 25)
    before, cache = _indexes(ws), ws.store.conn.execute("PRAGMA cache_size").fetchone()[0]
    slices = []

    def fail_on_the_second(done: int, total: int) -> None:
        slices.append(done)
        if len(slices) == 2:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        register.register_many(ws, _drafts(ws, 50, seed=4), fail_on_the_second)
    assert slices == [25, 50]
    assert _indexes(ws) == before
    assert ws.store.conn.execute("SELECT count(*) FROM requests").fetchone()[0] == 0
    assert ws.store.conn.execute("PRAGMA cache_size").fetchone()[0] == cache
    (number,) = register.register_many(ws, _drafts(ws, 1, seed=5))
    assert number.endswith("0001")  # the numbers of the failed import were never given
    assert audit.verify(ws).ok


def test_rows_inserted_in_bulk_then_changed_in_the_same_transaction_verify(ws):
    """Noted as a range, then one deleted and one edited before the entry is written:
    the entry holds each as it stands when written, and verify agrees."""
    (number,) = register.register_many(ws, _drafts(ws, 1, seed=6))
    request_id = register.get(ws, number).id
    conn = ws.store.conn
    with ws.store.transaction():
        with row_digests.inserted_in_bulk(conn, "notes"):
            conn.executemany(
                "INSERT INTO notes(request_id, created_at, author, text) VALUES (?, ?, ?, ?)",
                [(request_id, ws.now(), ws.user, f"note {n}") for n in range(3)],
            )
        first, last = conn.execute("SELECT min(id), max(id) FROM notes").fetchone()
        conn.execute("DELETE FROM notes WHERE id = ?", (last,))
        conn.execute("UPDATE notes SET text = 'edited' WHERE id = ?", (first,))
        ws.store.append_event(ws.user, request_id, "test.noted", {}, ws.now())
    (detail,) = conn.execute("SELECT detail FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    digests = json.loads(detail)["row_digests"]
    assert set(digests) == {f"notes:{i}" for i in range(first, last + 1)}
    assert digests[f"notes:{last}"] is None
    assert digests[f"notes:{first}"] and digests[f"notes:{first + 1}"]
    report = audit.verify(ws)
    assert report.ok, report.data_problems


def _steps(ws, request_id: int) -> list[tuple]:
    return ws.store.conn.execute(
        "SELECT position, code, title, owner, due_from, due_days, open_due_on, state "
        "FROM checklist_steps WHERE request_id = ? ORDER BY id",
        (request_id,),
    ).fetchall()


def test_an_import_gives_each_request_the_steps_and_dates_of_its_own_kind(ws):
    """Steps are copied from each kind's template inside SQLite: a request of every kind,
    imported together, gets the same steps and dates as when registered alone."""
    drafts = _drafts(ws, 60, seed=5)
    kinds = {draft.kind: draft for draft in drafts}
    assert len(kinds) > 3  # several templates in one import
    alone = {kind: register.register(ws, draft).id for kind, draft in kinds.items()}
    register.register_many(ws, list(kinds.values()))
    together = {
        kind: ws.store.conn.execute(
            "SELECT max(id) FROM requests WHERE kind = ?", (kind.value,)
        ).fetchone()[0]
        for kind in kinds
    }
    for kind in kinds:
        steps = _steps(ws, together[kind])
        assert steps and steps == _steps(ws, alone[kind])
        assert [s[0] for s in steps] == list(range(1, len(steps) + 1))
    assert any(step[6] for kind in kinds for step in _steps(ws, together[kind]))
    assert audit.verify(ws).ok
