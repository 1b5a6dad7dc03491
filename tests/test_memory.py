"""Memory stays flat however large the register: imports and verification read in slices.

Measured with tracemalloc (allocations, not timings): what grows with the data is the
database, not what Python holds while working on it.
"""

from __future__ import annotations

import tracemalloc

from desktop.core.requests import draft_from_mapping
from desktop.services import audit, demo, register


def peak_mib(work) -> float:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def test_an_import_holds_one_slice_at_a_time_not_the_whole_file(ws, monkeypatch):
    monkeypatch.setattr(register, "_SLICE", 200)
    # Received up to the workspace's own clock: rows dated after it would be refused.
    small = [draft_from_mapping(r) for r in demo.sample_rows(200, seed=1, end=ws.clock())]
    large = [draft_from_mapping(r) for r in demo.sample_rows(1600, seed=2, end=ws.clock())]
    one_slice = peak_mib(lambda: register.register_many(ws, small))
    eight_slices = peak_mib(lambda: register.register_many(ws, large))
    assert eight_slices < 2 * one_slice, (one_slice, eight_slices)


def test_verifying_the_audit_trail_reads_it_as_it_goes(ws):
    audit.verify(ws)  # the modules its first run imports (1.5 MiB) are not what is measured
    register.register_many(
        ws, [draft_from_mapping(r) for r in demo.sample_rows(2000, seed=3, end=ws.clock())]
    )
    assert ws.store.conn.execute("SELECT count(*) FROM events").fetchone()[0] > 4000
    report = None

    def verify() -> None:
        nonlocal report
        report = audit.verify(ws)

    # 4,000 entries held as dictionaries took over 3.5 MiB; read as they come, under 0.5.
    assert peak_mib(verify) < 1.5
    assert report is not None and report.ok and report.entries > 4000


def test_modules_imported_after_qt_do_not_keep_their_source_in_memory(tmp_path, monkeypatch):
    """PySide's import hook read every later module's source into linecache (about 25 MB
    for the app); desktop.gui answers its question from the file instead."""
    import linecache
    import sys

    import desktop.gui  # noqa: F401  (installs the answer)

    feature = sys.modules["shibokensupport.feature"]
    (tmp_path / "plain_module_for_the_hook.py").write_text("VALUE = 1\n")
    (tmp_path / "qt_module_for_the_hook.py").write_text("import PySide6.QtCore\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("plain_module_for_the_hook", "qt_module_for_the_hook"):
        monkeypatch.delitem(sys.modules, name, raising=False)
        __import__(name)  # as an import statement does: through PySide's hook
    assert not [f for f in linecache.cache if str(tmp_path) in f]
    # PySide's own bookkeeping gets the answer it would have found: 0 = uses PySide.
    assert feature.pyside_feature_dict["plain_module_for_the_hook"] == -1
    assert feature.pyside_feature_dict["qt_module_for_the_hook"] == 0


def _sqlite_memory_used() -> int:
    """Bytes SQLCipher holds (its page caches, mostly), from the library itself."""
    import ctypes
    import sys

    import pytest

    try:
        used = ctypes.CDLL(sys.modules["sqlcipher3._sqlite3"].__file__).sqlite3_memory_used
    except (OSError, AttributeError, KeyError):
        pytest.skip("this SQLCipher build does not export sqlite3_memory_used")
    used.restype = ctypes.c_int64
    return int(used())


def _scan(ws) -> None:
    """Reads that go over the whole register, as the deadlines and a filter do."""
    from desktop.core.filters import RequestFilter
    from desktop.services import browse, queries

    queries.dashboard(ws)
    browse.matching_ids(ws, RequestFilter(search="witness", today=ws.today()), "subject")
    for table in ("requests", "events", "checklist_steps"):
        ws.store.conn.execute(f"SELECT * FROM {table}").fetchall()


def test_the_windows_connection_keeps_few_pages_however_large_the_register(
    qapp, make_workspace, tmp_path, clock
):
    """At 100,000 requests a 16 MiB page cache per connection stayed full for the whole
    session (60 MB with the workers'). The window's connection keeps 2 MiB between
    writes; a write, and work on a connection of its own, still get 16 MiB."""
    from desktop.gui.session import Session
    from desktop.services.workspace import Workspace
    from tests.factories import PASSPHRASE

    ws, _ = make_workspace()
    register.register_many(
        ws, [draft_from_mapping(r) for r in demo.sample_rows(2500, seed=5, end=ws.clock())]
    )
    ws.close()
    ws = Workspace.unlock(tmp_path / "ws", "alice", PASSPHRASE, clock=clock)
    session = Session()
    session.open(ws)  # as the window does
    try:
        companion = ws.companion()()  # work done on a connection of its own
        try:
            before = _sqlite_memory_used()
            _scan(companion)
            worker_cache = _sqlite_memory_used() - before
        finally:
            companion.close()
        before = _sqlite_memory_used()
        _scan(ws)
        window_cache = _sqlite_memory_used() - before
        assert worker_cache > 8 * 2**20, worker_cache  # the data is larger than 8 MiB
        assert window_cache < 3 * 2**20, window_cache

        def cache_kib() -> int:
            return -int(ws.store.conn.execute("PRAGMA cache_size").fetchone()[0])

        with ws.store.transaction():
            assert cache_kib() == 16384  # an import's index inserts still get their pages
        assert cache_kib() == 2048
        try:
            with ws.store.transaction():
                raise RuntimeError("a write that fails")
        except RuntimeError:
            pass
        assert cache_kib() == 2048
    finally:
        session.lock()
