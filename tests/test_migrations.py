"""A database made by the first schema opens in this version, upgraded, data intact."""

import pytest

from desktop.core.filters import RequestFilter
from desktop.services.errors import UserFacingError
from desktop.services.workspace import Workspace
from desktop.storage.schema import SCHEMA_VERSION
from tests.factories import PASSPHRASE, old_schema_workspace


def test_first_schema_is_upgraded_on_open(tmp_path):
    old_schema_workspace(tmp_path / "v1", schema=1)
    ws = Workspace.unlock(tmp_path / "v1", "alice", PASSPHRASE)
    assert ws.store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert ws.store.count_requests(RequestFilter()) == 1
    assert ws.store.costs(1) == []  # the table schema 2 added exists
    ws.close()


def test_a_database_from_a_newer_version_is_refused_untouched(ws, tmp_path):
    ws.store.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    ws.close()
    with pytest.raises(UserFacingError, match="newer version"):
        Workspace.unlock(tmp_path / "ws", "alice", PASSPHRASE)


def test_schema_3_workspaces_get_standing_warrants_and_a_fuller_search_index(tmp_path):
    from desktop.services import queries

    old_schema_workspace(tmp_path / "v3", schema=3, kind="arrest_surrender")
    ws = Workspace.unlock(tmp_path / "v3", "alice", PASSPHRASE)
    try:
        (record,) = ws.store.find_request("CD-2026-0001")
        assert record.clock == "standing" and record.extension_paused_days == 0
        found = queries.list_requests(ws, RequestFilter(search="old request"))
        assert [r.id for r in found] == [record.id]
    finally:
        ws.close()


def test_schema_7_workspaces_become_offices_with_global_ids(tmp_path):
    """Keys made at the first unlock (recorded), a global id for the old request."""
    from desktop.services import offices

    old_schema_workspace(tmp_path / "v7", schema=7)
    ws = Workspace.unlock(tmp_path / "v7", "alice", PASSPHRASE)
    try:
        card = offices.own_card(ws)
        assert card["age_recipient"].startswith("age1") and len(card["fingerprint"]) == 71
        # (the old rows are also digested for verify, in entries of their own)
        office_events = [e.action for e in ws.store.events() if e.action.startswith("office.")]
        assert office_events == ["office.keys_made"]
        (global_id,) = ws.store.conn.execute("SELECT global_id FROM requests").fetchone()
        assert len(global_id) == 32
    finally:
        ws.close()
    ws = Workspace.unlock(tmp_path / "v7", "alice", PASSPHRASE)
    try:  # made once: the second unlock keeps the same office
        assert offices.own_card(ws) == card
        assert [e.action for e in ws.store.events()].count("office.keys_made") == 1
    finally:
        ws.close()


def test_schema_7_workspaces_learn_the_day_to_deliver_by_on_open(tmp_path):
    """Schema 8 keeps the last day the Court can receive the answer; requests registered
    before it get theirs when the workspace is opened (the Dutch holidays are needed)."""
    from datetime import date, datetime

    from desktop.services import queries

    old_schema_workspace(tmp_path / "v7", schema=7)
    with Workspace.unlock(tmp_path / "v7", "alice", PASSPHRASE) as ws:
        record = ws.store.requests_by_ids([1])[0]
        assert record.deliver_on == record.due_on == date(2026, 2, 4)  # a Wednesday
        assert ws.store.dues_without_deliver_on() == []
        # As if schema 8 had just been added to a request due on a Sunday.
        ws.store.conn.execute("UPDATE requests SET due_on = '2026-12-27', deliver_on = NULL")
    with Workspace.unlock(tmp_path / "v7", "alice", PASSPHRASE) as ws:
        record = ws.store.requests_by_ids([1])[0]
        assert record.deliver_on == date(2026, 12, 24)  # Christmas, then a weekend
        ws.clock = lambda: datetime(2026, 12, 26, 9, 0)
        assert [r.id for r in queries.dashboard(ws).overdue] == [1]


def test_schema_10_workspaces_learn_each_answer_from_the_audit_trail(
    make_workspace, clock, tmp_path
):
    """Migration 11 works out, from the status moves already recorded, the facts a status
    move now stores (stats_facts.py): the figures are the same before and after, and
    verify still finds every row as its digest says."""
    from desktop.services import audit, statistics
    from desktop.storage.stats_facts import COLUMNS
    from tests.test_statistics import MARCH, build_march, office_workspace

    ws = office_workspace(make_workspace)
    build_march(ws, clock, tmp_path)
    facts = f"SELECT id, {', '.join(COLUMNS)} FROM requests ORDER BY id"
    stored = ws.store.conn.execute(facts).fetchall()
    assert sum(row[1] is not None for row in stored) == 11  # answered (one withdrawn)
    figures = statistics.statistics(ws, *MARCH).to_dict()
    # The workspace as schema 10 left it: no facts, no index.
    for index in ("requests_answered", "requests_decided"):
        ws.store.conn.execute(f"DROP INDEX {index}")
    for column in COLUMNS:
        ws.store.conn.execute(f"ALTER TABLE requests DROP COLUMN {column}")
    ws.store.conn.execute("DROP TABLE parcel_items")  # migration 12's
    ws.store.conn.execute("PRAGMA user_version = 10")
    ws.close()

    ws = Workspace.unlock(tmp_path / "ws", "alice", PASSPHRASE, clock=clock)
    try:
        assert ws.store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert ws.store.conn.execute(facts).fetchall() == stored
        assert statistics.statistics(ws, *MARCH).to_dict() == figures
        assert audit.verify(ws).ok
    finally:
        ws.close()
