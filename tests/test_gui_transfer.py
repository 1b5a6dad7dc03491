"""The transfer logistics view: checklist by phase, countdown, transit States, the rule."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.core.requests import draft_from_mapping
from desktop.core.statuses import Status
from desktop.gui.checklist_dialogs import (
    PlannedTransferDialog,
    StepDoneDialog,
    StepNotApplicableDialog,
    TransitDialog,
)
from desktop.gui.request_view import RequestView
from desktop.gui.session import Session
from desktop.services import register, workflow
from desktop.services.errors import Refused
from tests.factories import request_row
from tests.gui_helpers import open_dialog, press_ok


@pytest.fixture
def transfer_view(qtbot, ws):
    record = register.register(
        ws,
        draft_from_mapping(
            request_row(
                kind="transit_transfer", assistance_types=[], subject="Transfer of Ilyan Marsk"
            )
        ),
    )
    session = Session()
    session.open(ws)
    view = RequestView(session, record.id)
    qtbot.addWidget(view)
    view.show()
    return view


def test_transfer_opens_on_the_logistics_checklist(transfer_view):
    tabs = transfer_view.ui.detailTabs
    assert tabs.currentWidget() is transfer_view.checklist
    panel = transfer_view.checklist
    assert panel.ui.transferBox.isVisible()
    phases = [panel.steps.item(r, 0).text() for r in range(panel.steps.rowCount())]
    assert len(phases) >= 4 and all("(0/" in p for p in phases)
    assert "Holding back" in panel.ui.blockingLabel.text()
    assert panel.ui.plannedLabel.text() == "Not set yet"


def test_marking_steps_and_planning_the_transfer(qtbot, transfer_view):
    panel = transfer_view.checklist
    first = panel.view_data.steps[0]
    panel.select_step(first.number)
    panel.mark_done()
    dialog = open_dialog(panel, StepDoneDialog)
    dialog.ui.noteEdit.setPlainText("Identity confirmed by fingerprints")
    press_ok(qtbot, dialog)
    assert panel.ui.progressBar.value() == 1
    done = next(s for s in panel.view_data.steps if s.id == first.id)
    assert done.note == "Identity confirmed by fingerprints"

    second = panel.view_data.steps[1]
    panel.select_step(second.number)
    panel.mark_not_applicable()
    na = open_dialog(panel, StepNotApplicableDialog)
    press_ok(qtbot, na)  # no reason: refused in place
    assert na.isVisible() and na.ui.errorLabel.text()
    na.ui.reasonEdit.setPlainText("The person is a national: no consular notification.")
    press_ok(qtbot, na)
    assert panel.ui.progressBar.value() == 2

    panel.set_planned()
    planned = open_dialog(panel, PlannedTransferDialog)
    from PySide6.QtCore import QDateTime

    planned.ui.dateTimeEdit.setDateTime(QDateTime(datetime(2026, 11, 28, 6, 30)))
    press_ok(qtbot, planned)
    assert panel.ui.plannedLabel.text() == "2026-11-28 06:30"  # the tests' "C" locale
    # The test clock stands at 25 Nov 10:00: 2 days 20 hours 30 minutes to go.
    assert panel.ui.countdownLabel.text() == "in 2 d 20 h 30 min"


def test_transit_states_at_a_glance(qtbot, transfer_view):
    panel = transfer_view.checklist
    panel.add_transit()
    dialog = open_dialog(panel, TransitDialog)
    dialog.ui.stateEdit.setText("Republic of Veluria")
    press_ok(qtbot, dialog)
    assert panel.transits.rowCount() == 1
    panel.ui.transitView.setCurrentIndex(panel.transits.index(0, 0))
    panel.update_transit()
    update = open_dialog(panel, TransitDialog)
    update.ui.statusCombo.setCurrentIndex(update.ui.statusCombo.findData("granted"))
    press_ok(qtbot, update)
    assert panel.transits.row(0)["status"] == "granted"


def test_executed_is_refused_while_mandatory_steps_are_open(transfer_view):
    ws = transfer_view.session.ws
    record = register.by_id(ws, transfer_view.request_id)
    workflow.route(ws, record, "Ministry of Justice")
    with pytest.raises(Refused, match="mandatory checklist steps are open"):
        workflow.change_status(ws, register.by_id(ws, record.id), Status.EXECUTED)
