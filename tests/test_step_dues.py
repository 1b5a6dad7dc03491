"""Each open step's due date is kept in the database and follows every change of its inputs.

The dashboard lets SQL pick what is due from these kept dates, so each test compares them
with what the checklist view works out from the rules at that moment.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from desktop.core.requests import draft_from_mapping
from desktop.core.statuses import OPEN_STATUSES, Status
from desktop.services import checklists, queries, register, settings, workflow
from desktop.services.checklists import transfer as checklist_transfer
from desktop.services.workspace import Workspace
from tests.conftest import PASSPHRASE, old_schema_workspace, request_row

ARREST = {
    "kind": "arrest_surrender",
    "assistance_types": [],
    "subject": "Arrest and surrender of Ilyan Marsk",
}


def new(ws, **fields):
    return register.register(ws, draft_from_mapping(request_row(**fields)))


def kept(ws, record) -> dict[str, str | None]:
    return {
        code: due
        for code, due in ws.store.conn.execute(
            "SELECT code, open_due_on FROM checklist_steps WHERE request_id = ?", (record.id,)
        )
    }


def worked_out(ws, record) -> dict[str, str | None]:
    """What the checklist view says now: the date of each open step of an open request."""
    record = register.by_id(ws, record.id)
    counts = Status(record.status) in OPEN_STATUSES
    return {
        s.code: s.due_on.isoformat() if counts and s.is_open and s.due_on else None
        for s in checklists.view(ws, record).steps
    }


def agree(ws, *records) -> None:
    for record in records:
        assert kept(ws, record) == worked_out(ws, record)


def test_registration_keeps_the_dates_the_rules_give(ws):
    numbers = register.register_many(
        ws,
        [
            draft_from_mapping(request_row(**ARREST)),
            draft_from_mapping(
                request_row(kind="transit_transfer", assistance_types=[], subject="Transfer")
            ),
            draft_from_mapping(request_row()),
        ],
    )
    records = [register.get(ws, n) for n in numbers]
    agree(ws, *records)
    arrest = kept(ws, records[0])
    assert arrest["warrant_received"] is not None  # counts from receipt
    assert arrest["identity_confirmed"] is None  # waits for the arrest


def test_kept_dates_follow_steps_the_transfer_the_deadline_and_the_status(ws, clock):
    record = new(ws, **ARREST)
    other = new(ws)
    checklists.mark_done(ws, record, "person_arrested", on=date(2026, 11, 20))
    agree(ws, record, other)
    assert kept(ws, record)["identity_confirmed"] == "2026-11-23"  # Fri 20 + 1 working day
    checklist_transfer.set_planned_transfer(ws, record, datetime(2026, 12, 4, 9, 30))
    agree(ws, record)
    assert kept(ws, record)["escort_designated"] is not None
    checklists.set_step_due(ws, record, "warrant_received", date(2026, 12, 1))
    agree(ws, record)
    checklists.reopen_step(ws, record, "person_arrested", "entered by mistake")
    agree(ws, record)
    assert kept(ws, record)["identity_confirmed"] is None
    record = register.extend_deadline(
        ws, register.by_id(ws, record.id), date(2027, 3, 1), "Agreed by phone with the Registry"
    )
    agree(ws, record)
    checklists.mark_not_applicable(ws, record, "consular_notification", "National")
    agree(ws, record)
    assert kept(ws, record)["consular_notification"] is None
    record = workflow.change_status(
        ws, register.by_id(ws, record.id), Status.WITHDRAWN, "The Court withdrew it"
    )
    assert set(kept(ws, record).values()) == {None}
    agree(ws, record, other)


def test_a_new_holiday_calendar_moves_the_kept_dates(ws, clock):
    record = new(ws, **ARREST)
    # Friday 24 April 2026; Monday 27 April is King's Day in the Netherlands only.
    checklists.mark_done(ws, record, "person_arrested", on=date(2026, 4, 24))
    assert kept(ws, record)["identity_confirmed"] == "2026-04-28"
    settings.save_settings(ws, replace(ws.settings, country="DE"))
    assert kept(ws, record)["identity_confirmed"] == "2026-04-27"
    agree(ws, record)


def test_a_failed_change_leaves_the_kept_dates_as_they_were(ws, monkeypatch):
    record = new(ws, **ARREST)
    before = kept(ws, record)

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(ws.store, "append_event", broken)
    with pytest.raises(RuntimeError):
        checklists.mark_done(ws, record, "person_arrested")
    assert kept(ws, record) == before
    assert ws.store.conn.execute("SELECT count(*) FROM step_dues_stale").fetchone()[0] == 0


def test_the_dashboard_reads_only_steps_due_through_the_kept_date_index(ws):
    new(ws)
    plan = " ".join(
        str(row)
        for row in ws.store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT s.id FROM checklist_steps s JOIN requests r "
            "ON r.id = s.request_id WHERE s.open_due_on IS NOT NULL AND s.open_due_on <= ?",
            ("2026-12-01",),
        )
    )
    assert "checklist_steps_open_due" in plan
    assert {s["code"] for s in queries.dashboard(ws).checklist_steps} >= {"routed"}


def test_an_older_workspace_gets_its_steps_dates_when_opened(tmp_path):
    old_schema_workspace(tmp_path / "v3", schema=3)
    ws = Workspace.unlock(tmp_path / "v3", "alice", PASSPHRASE)
    record = register.by_id(ws, 1)
    checklists.add_checklist(ws, record, "generic")  # steps the old schema stored
    ws.store.conn.execute("UPDATE checklist_steps SET open_due_on = NULL")
    ws.store.mark_step_dues_stale([1])
    ws.close()
    ws = Workspace.unlock(tmp_path / "v3", "alice", PASSPHRASE)
    agree(ws, register.by_id(ws, 1))
    assert any(kept(ws, register.by_id(ws, 1)).values())
    ws.close()


def test_an_export_from_before_kept_dates_gets_them_on_import(ws, tmp_path, clock):
    import json

    from desktop.services import exchange

    record = new(ws, **ARREST)
    expected = kept(ws, record)
    exchange.export_all(ws, tmp_path / "export")
    tables = tmp_path / "export" / "tables"
    steps = json.loads((tables / "checklist_steps.json").read_text())
    for step in steps:
        del step["open_due_on"]  # as an older version wrote them
    (tables / "checklist_steps.json").write_text(json.dumps(steps))
    manifest = json.loads((tmp_path / "export" / exchange.MANIFEST).read_text())
    manifest["tables"].pop("step_dues_stale", None)
    (tmp_path / "export" / exchange.MANIFEST).write_text(json.dumps(manifest))
    rebuilt = exchange.import_all(
        tmp_path / "export", tmp_path / "rebuilt", "alice", PASSPHRASE, clock=clock
    ).workspace
    try:
        assert kept(rebuilt, register.by_id(rebuilt, record.id)) == expected
    finally:
        rebuilt.close()


def test_the_dashboard_takes_the_earliest_due_steps_first(ws):
    for _ in range(3):
        new(ws)
    every = checklists.due_steps(ws)
    assert len(every) > 3
    first = checklists.due_steps(ws, limit=3)
    assert [s["step_id"] for s in first] == [s["step_id"] for s in every[:3]]
    assert [s["due_on"] for s in every] == sorted(s["due_on"] for s in every)
