"""A large import builds its scattered indexes again at its end, and leaves nothing else
different: the same indexes, the same page cache, rows digested, all or nothing."""

from __future__ import annotations

import pytest

from desktop.core.requests import draft_from_mapping
from desktop.services import audit, demo, queries, register
from desktop.storage import store as store_module
from desktop.storage.store import BULK_CACHE_KIB


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
    before, cache = _indexes(ws), ws.store.conn.execute("PRAGMA cache_size").fetchone()[0]
    said = _statements(ws)
    register.register_many(ws, _drafts(ws, 40, seed=1))
    ws.store.conn.set_trace_callback(None)
    assert "DROP INDEX requests_stats" in said
    assert f"PRAGMA cache_size = {-BULK_CACHE_KIB}" in said
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
    monkeypatch.setattr(store_module, "BULK_INDEX_MIN", 20)
    register.register_many(ws, _drafts(ws, 40, seed=2))
    said = _statements(ws)
    register.register_many(ws, _drafts(ws, 30, seed=3))
    ws.store.conn.set_trace_callback(None)
    assert not [s for s in said if s.startswith("DROP INDEX")]
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
