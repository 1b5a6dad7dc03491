"""The demo workspace shows a transfer under way and only complete executed transfers."""

from __future__ import annotations

from datetime import timedelta

from desktop.core.checklists import TRANSFER_KINDS
from desktop.core.statuses import OPEN_STATUSES, Status
from desktop.services import checklists, demo
from desktop.services.register import get


def test_demo_leaves_a_transfer_half_done(ws):
    numbers = demo.fill(ws, count=30)
    assert len(numbers) == 30
    transfer = get(ws, numbers[-1])
    assert transfer.kind == "transit_transfer" and Status(transfer.status) in OPEN_STATUSES
    view = checklists.view(ws, transfer)
    closed = [s for s in view.steps if not s.is_open]
    assert 0 < len(closed) < len(view.steps) and view.open_mandatory
    planned = view.key_dates.planned_transfer
    assert planned is not None and timedelta(days=2) < planned - ws.clock() < timedelta(days=7)
    assert len({t.status for t in view.transit_states}) == len(view.transit_states) == 2

    for record in ws.store.all_requests():
        if record.kind in TRANSFER_KINDS and record.status in (Status.EXECUTED, Status.CLOSED):
            assert checklists.view(ws, record).open_mandatory == []
