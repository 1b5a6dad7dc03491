"""The facts each status move keeps on its request for the statistics (stats_facts.py):
the first answer stays the answer when a file is reopened, a partial execution is answered
when the file is closed, consultation days come off the turnaround, and a move made
through any service keeps them (routing moves a received request to in progress)."""

from __future__ import annotations

from datetime import date

from desktop.services import register, statistics, workflow
from desktop.storage.stats_facts import COLUMNS
from tests.test_statistics import move, new, office_workspace, on


def facts(ws, record) -> dict[str, object]:
    row = ws.store.conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM requests WHERE id = ?", (record.id,)
    ).fetchone()
    return dict(zip(COLUMNS, row, strict=True))


def test_the_first_answer_stays_when_the_file_is_reopened(make_workspace, clock):
    ws = office_workspace(make_workspace)
    r = new(ws, clock, "2026-03-01", court_reference="ICC-R-1", subject="Records")
    assert facts(ws, r) == dict.fromkeys(COLUMNS)  # no move yet
    move(ws, clock, r, "2026-03-05", "executed")
    move(ws, clock, r, "2026-03-06", "closed")
    move(ws, clock, r, "2026-03-20", "in_progress", "the Court came back on it")
    move(ws, clock, r, "2026-03-25", "executed")
    assert facts(ws, r) == {
        "answered_on": "2026-03-05",
        "answer": "executed",
        "net_days": 4,
        "last_moved_on": "2026-03-25",
        "decided_on": None,
    }
    assert statistics.statistics(ws, date(2026, 3, 1), date(2026, 3, 9)).answered == 1
    assert statistics.statistics(ws, date(2026, 3, 10), date(2026, 3, 31)).answered == 0


def test_a_partial_execution_is_answered_when_closed_net_of_consultation(make_workspace, clock):
    ws = office_workspace(make_workspace)
    r = new(ws, clock, "2026-03-01", court_reference="ICC-P-1", subject="Records")
    move(ws, clock, r, "2026-03-03", "partially_executed", "part of the records")
    assert facts(ws, r)["answered_on"] is None and facts(ws, r)["decided_on"] == "2026-03-03"
    move(ws, clock, r, "2026-03-04", "in_consultation", "which records?", "art97")
    move(ws, clock, r, "2026-03-08", "in_progress", "answered")
    move(ws, clock, r, "2026-03-09", "partially_executed", "more records")
    move(ws, clock, r, "2026-03-12", "closed")
    assert facts(ws, r) == {
        "answered_on": "2026-03-12",
        "answer": "closed",
        "net_days": 7,  # 11 days, 4 of them in consultation
        "last_moved_on": "2026-03-12",
        "decided_on": "2026-03-09",
    }
    march = statistics.statistics(ws, date(2026, 3, 1), date(2026, 3, 31))
    assert (march.answered, march.turnaround.median_days) == (1, 7.0)
    assert (march.partial_executions, march.consultations) == (2, {"art97": 1})
    assert statistics.statistics(ws, date(2026, 3, 10), date(2026, 3, 31)).partial_executions == 0


def test_routing_a_received_request_moves_it_and_keeps_its_facts(make_workspace, clock):
    ws = office_workspace(make_workspace)
    r = new(ws, clock, "2026-03-01", court_reference="ICC-Q-1", subject="Records")
    on(clock, "2026-03-02")
    workflow.route(ws, register.by_id(ws, r.id), "Ministry of Justice")
    assert facts(ws, r)["last_moved_on"] == "2026-03-02"


def test_a_move_recorded_after_the_fact_counts_on_the_day_it_was_given(make_workspace, clock):
    """A consultation and an execution typed in April but dated in March count in March,
    net of the consultation's days as dated: the statistics follow the day the user gave a
    move, not the day it was typed."""
    ws = office_workspace(make_workspace)
    r = new(ws, clock, "2026-03-01", court_reference="ICC-L-1", subject="Records")
    on(clock, "2026-04-20")
    workflow.change_status(
        ws, register.by_id(ws, r.id), "in_consultation", "which?", "art97", on=date(2026, 3, 4)
    )
    workflow.change_status(ws, register.by_id(ws, r.id), "in_progress", on=date(2026, 3, 8))
    workflow.change_status(ws, register.by_id(ws, r.id), "executed", on=date(2026, 3, 12))
    assert facts(ws, r) == {
        "answered_on": "2026-03-12",
        "answer": "executed",
        "net_days": 7,  # 11 days, 4 of them in consultation
        "last_moved_on": "2026-03-12",
        "decided_on": "2026-03-04",
    }
    march = statistics.statistics(ws, date(2026, 3, 1), date(2026, 3, 31))
    assert (march.answered, march.turnaround.median_days) == (1, 7.0)
    assert march.consultations == {"art97": 1}
    april = statistics.statistics(ws, date(2026, 4, 1), date(2026, 4, 30))
    assert (april.answered, april.consultations) == (0, {})
