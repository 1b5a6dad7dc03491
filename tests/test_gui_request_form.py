"""The New request form: warnings at intake, and what fits the kind."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime

from desktop.core.requests import draft_from_mapping
from desktop.core.vocabulary import Kind, Urgency
from desktop.gui.request_form import RequestFormDialog
from desktop.services import register
from tests.conftest import request_row
from tests.gui_helpers import press_ok


@pytest.fixture(autouse=True)
def _isolated(isolated_qt):
    """Own QSettings, no OS keyring."""


@pytest.fixture
def form(qtbot, session):
    dialog = RequestFormDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(form, reference="ICC-01/04-01/06-2077"):
    ui = form.ui
    ui.court_referenceField.setText(reference)
    ui.subjectField.setText("Bank records")
    ui.summaryField.setPlainText("Records of accounts.")
    ui.personsField.setPlainText("Élodie Marchetti")


def choose_kind(form, kind):
    form.ui.kindField.setCurrentIndex(form.ui.kindField.findData(kind.value))


def elements(form):
    lst = form.ui.elementsList
    return [lst.item(row).text() for row in range(lst.count())]


def test_an_emergency_visa_starts_as_an_emergency_with_visa_elements(form):
    assert form.ui.urgencyField.currentData() == Urgency.ROUTINE.value
    choose_kind(form, Kind.EMERGENCY_VISA)
    assert form.ui.urgencyField.currentData() == Urgency.EMERGENCY.value
    shown = elements(form)
    assert shown and not any("96(2)" in text for text in shown)
    assert any("travel document" in text for text in shown)


def test_a_transit_request_lists_art_89_3_b(form):
    choose_kind(form, Kind.TRANSIT_TRANSFER)
    shown = elements(form)
    assert len(shown) == 3 and all("art. 89(3)(b)" in text for text in shown)


def test_a_deadline_past_on_arrival_is_warned_and_registered_overdue(qtbot, form, session):
    fill(form)
    form.ui.received_atField.setDateTime(QDateTime(datetime(2026, 11, 24, 9, 0)))
    form.ui.hasDeadlineCheck.setChecked(True)
    form.ui.court_deadlineField.setDate(QDate(2026, 11, 30))
    assert not form.lateNote.isVisible()
    form.ui.court_deadlineField.setDate(QDate(2026, 11, 20))
    assert form.lateNote.isVisible() and "Past on arrival" in form.lateNote.text()
    with qtbot.waitSignal(form.saved) as saved:
        press_ok(qtbot, form)
    record = register.by_id(session.ws, saved.args[0])
    assert record.due_on == date(2026, 11, 20) and record.past_on_arrival


def test_a_court_reference_already_registered_is_warned_and_can_be_opened(qtbot, form, session):
    existing = register.register(
        session.ws, draft_from_mapping(request_row(court_reference="ICC-01/04-01/06-2077"))
    )
    fill(form, "icc-01/04-01/06-2077")
    form.ui.court_referenceField.editingFinished.emit()
    assert form.duplicateRow.isVisible()
    assert existing.registry_no in form.duplicateNote.text()
    with qtbot.waitSignal(form.open_requested) as opened:
        form.openExistingButton.click()
    assert opened.args == [existing.id]


def test_saving_a_duplicate_needs_a_second_save(qtbot, form, session):
    register.register(
        session.ws, draft_from_mapping(request_row(court_reference="ICC-01/04-01/06-2077"))
    )
    fill(form)
    press_ok(qtbot, form)  # no editingFinished first: Save checks by itself
    assert form.isVisible() and "registered already" in form.ui.errorLabel.text()
    assert len(session.ws.store.find_request("ICC-01/04-01/06-2077")) == 1
    with qtbot.waitSignal(form.saved):
        press_ok(qtbot, form)
    assert len(session.ws.store.find_request("ICC-01/04-01/06-2077")) == 2


def test_the_route_dialog_explains_the_date_it_shows(qtbot, session):
    from desktop.gui.dialogs import RouteDialog, pydate
    from desktop.gui.request_view import RequestView
    from tests.gui_helpers import open_dialog

    # Due Friday 27 Nov; minus 5 working days is 20 Nov, already past on 25 Nov.
    record = register.register(
        session.ws, draft_from_mapping(request_row(court_deadline="2026-11-27"))
    )
    view = RequestView(session, record.id)
    qtbot.addWidget(view)
    view.show()
    view.route()
    dialog = open_dialog(view, RouteDialog)
    assert pydate(dialog.ui.dueEdit.date()) == date(2026, 11, 25)
    assert dialog.ui.dueHint.text().endswith("due the day it is sent, 25 Nov 2026")
    assert dialog.values()["due"] is None  # the default kept: the step follows the request
    dialog.ui.dueEdit.setDate(QDate(2026, 11, 26))
    assert dialog.ui.dueHint.text().startswith("Set by hand")
    assert dialog.values()["due"] == date(2026, 11, 26)


def test_status_and_extension_dialogs_take_the_day_it_happened(qtbot, session, clock):
    from desktop.core.statuses import Status
    from desktop.gui.dialogs import ExtensionDialog, StatusDialog
    from desktop.gui.request_view import RequestView
    from tests.gui_helpers import open_dialog

    clock.now = datetime.now()  # the dialogs' date fields start at the real today
    yesterday = QDate.currentDate().addDays(-1)
    record = register.register(
        session.ws, draft_from_mapping(request_row(received_at="2026-11-02", court_deadline=None))
    )
    view = RequestView(session, record.id)
    qtbot.addWidget(view)
    view.show()
    view.change_status(Status.IN_CONSULTATION)
    dialog = open_dialog(view, StatusDialog)
    dialog.ui.reasonEdit.setPlainText("The person cannot be located.")
    assert dialog.onEdit.maximumDate() == QDate.currentDate()
    dialog.onEdit.setDate(yesterday)
    press_ok(qtbot, dialog)
    event = session.ws.store.events(record.id)[-1]
    assert event.detail["effective_on"] == yesterday.toString("yyyy-MM-dd")
    view.extend()
    extension = open_dialog(view, ExtensionDialog)
    extension.ui.dateEdit.setDate(extension.ui.dateEdit.date().addDays(-3))
    extension.ui.reasonEdit.setText("Court letter")
    press_ok(qtbot, extension)
    assert "shortened" in extension.ui.errorLabel.text()
    extension.shortenCheck.setChecked(True)
    press_ok(qtbot, extension)
    assert session.ws.store.events(record.id)[-1].action == "deadline.shortened"


def test_a_duplicate_can_be_linked_to_the_registered_request_on_save(qtbot, form, session):
    from desktop.services import links

    existing = register.register(
        session.ws, draft_from_mapping(request_row(court_reference="ICC-01/04-01/06-2077"))
    )
    fill(form)
    form.ui.court_referenceField.editingFinished.emit()
    form.linkDuplicateCheck.setChecked(True)
    with qtbot.waitSignal(form.saved) as saved:
        press_ok(qtbot, form)  # ticking the link is the confirmation: one Save
    new = register.by_id(session.ws, saved.args[0])
    assert links.shown(session.ws, new) == [
        {
            "relation": "duplicate_of",
            "from_here": True,
            "as": "duplicate of",
            "registry_no": existing.registry_no,
            "subject": existing.subject,
        }
    ]
