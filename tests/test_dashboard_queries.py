"""The deadlines dashboard reads from indexes, never every open request's row.

The board is read on a fresh connection each time (`session.read`), whose page cache is
empty: each request row read costs a page decryption. At 100,000 requests, reading the
rows of every overdue request to count them, of every open request to find the standing
ones and to group those other offices lead, took 0.2 s. These tests hold the plans that
read only the rows shown, and check the board still shows the same requests.
"""

from __future__ import annotations

from datetime import datetime

from desktop.core.statuses import Status
from desktop.services import offices, queries, workflow
from desktop.services.workspace import Workspace
from desktop.storage.office_store import OfficeStore
from tests.factories import PASSPHRASE, new_request, old_schema_workspace

NEIGHBOUR = "office-neighbour"


def board_statements(ws: Workspace) -> list[str]:
    """Every SELECT the dashboard page's work runs, with its values in place."""
    seen: list[str] = []
    ws.store.conn.set_trace_callback(seen.append)
    try:
        queries.dashboard(ws)
        offices.offices(ws)
    finally:
        ws.store.conn.set_trace_callback(None)
    return [s for s in seen if s.lstrip().upper().startswith("SELECT")]


def request_reads(ws: Workspace, sql: str) -> list[str]:
    """The steps of `sql`'s plan that read the requests table (as `requests` or `r`)."""
    return [
        row[3]
        for row in ws.store.conn.execute(f"EXPLAIN QUERY PLAN {sql}")
        if row[3].split(" ")[:2] in (["SCAN", "requests"], ["SEARCH", "requests"])
        or row[3].split(" ")[:2] in (["SCAN", "r"], ["SEARCH", "r"])
    ]


def a_board(ws: Workspace, clock) -> dict[str, object]:
    """One request in each section, two of them led by another office."""
    overdue = new_request(ws, received_at="2026-09-01T09:00:00", court_deadline="2026-10-01")
    week = new_request(ws, court_deadline="2026-11-27")
    later = new_request(ws, court_deadline="2027-03-01")
    review = new_request(
        ws,
        kind="arrest_surrender",
        assistance_types=[],
        court_deadline=None,
        received_at="2026-06-01T09:00:00",
    )
    consulted = new_request(ws, court_deadline="2027-01-15")
    workflow.change_status(ws, consulted, Status.IN_CONSULTATION, "Consulted", ground="art97")
    store = OfficeStore(ws.store)
    with ws.store.transaction():
        store.add_office(
            {
                "office_id": NEIGHBOUR,
                "name": "Embassy of Testland",
                "place": "",
                "state": "",
                "age_recipient": "age1x",
                "verify_key": "k",
                "fingerprint": "f",
                "added_at": "2026-11-01T00:00:00",
            }
        )
        for record in (overdue, later):
            store.set_sharing(record.id, {"lead_office": NEIGHBOUR})
    return {
        "overdue": overdue,
        "week": week,
        "later": later,
        "review": review,
        "consulted": consulted,
    }


def test_the_board_shows_each_section_and_what_other_offices_lead(ws, clock):
    made = a_board(ws, clock)
    board = queries.dashboard(ws)
    assert [r.id for r in board.overdue] == [made["overdue"].id]
    assert board.overdue_total == 1
    assert [r.id for r in board.due_this_week] == [made["week"].id]
    assert [r.id for r in board.reviews_due] == [made["review"].id]
    assert [r.id for r in board.in_consultation] == [made["consulted"].id]
    (neighbour,) = offices.offices(ws)
    assert (neighbour["open_requests"], neighbour["overdue"]) == (2, 1)
    assert neighbour["next_due"] == made["overdue"].deliver_on.isoformat()
    # The owner narrows the sections through the same index.
    assert queries.dashboard(ws, owner="nobody").overdue == []
    assert [r.id for r in queries.dashboard(ws, owner="alice").overdue] == [made["overdue"].id]


def test_the_board_reads_no_request_row_but_those_it_shows(ws, clock):
    a_board(ws, clock)
    statements = board_statements(ws)
    assert len(statements) >= 8  # the sections, the count, steps, routing, offices
    for sql in statements:
        for step in request_reads(ws, sql):
            # By id (the rows shown) or from an index holding every column it needs.
            assert "INTEGER PRIMARY KEY" in step or "COVERING INDEX" in step, (sql, step)


def test_an_older_workspace_gets_the_board_indexes_when_opened(tmp_path):
    old_schema_workspace(tmp_path / "v13", schema=13)
    with Workspace.unlock(tmp_path / "v13", "alice", PASSPHRASE) as ws:
        indexes = {
            row[0]
            for row in ws.store.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'requests'"
            )
        }
        assert {"requests_due_board", "requests_lead_open"} <= indexes
        assert "requests_status_deliver" not in indexes
        ws.clock = lambda: datetime(2026, 3, 2, 9, 0)
        board = queries.dashboard(ws)
        assert [r.registry_no for r in board.overdue] == ["CD-2026-0001"]
        assert board.overdue_total == 1
