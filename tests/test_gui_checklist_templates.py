"""The checklist templates dialog, driven through its widgets on a real workspace.

Saving, restoring and importing go through services.checklists.templates; what the office
edits is checked by registering a request afterwards and reading its checklist.
"""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from desktop.core.checklist_progress import OwnerType
from desktop.core.checklists import TEMPLATE_KEYS, DueRule, template_to_json
from desktop.core.requests import draft_from_mapping
from desktop.gui.checklist_templates_dialog import ChecklistTemplatesDialog
from desktop.gui.session import Session
from desktop.gui.template_step_dialog import TemplateStepDialog
from desktop.services import checklists, register
from desktop.services.checklists import templates as checklist_templates
from desktop.services.checklists.templates import has_office_template, shipped_template
from desktop.storage.checklist_store import ChecklistStore
from tests.factories import request_row
from tests.test_gui_directory import _unnamed_controls

Button = QMessageBox.StandardButton
TRANSFER = "transit_transfer"


@pytest.fixture
def answers(monkeypatch):
    """The user's replies to the dialog's questions, in order; an unexpected one fails."""
    state = SimpleNamespace(given=[], asked=[], closing=False)

    def ask(self, title, text, buttons, default):
        state.asked.append(text)
        if state.closing:  # the test is over and its widgets are being closed
            return Button.Discard
        assert state.given, f"unexpected question: {text}"
        answer = state.given.pop(0)
        assert answer & buttons, (answer, text)
        return answer

    monkeypatch.setattr(ChecklistTemplatesDialog, "ask", ask)
    return state


@pytest.fixture
def session(ws) -> Session:
    s = Session()
    s.open(ws)
    return s


@pytest.fixture
def dialog(qtbot, session, answers):
    # Not qtbot.addWidget: pytest-qt would close it before this fixture's teardown, and a
    # test that ends with unsaved changes would meet the question on closing.
    widget = ChecklistTemplatesDialog(session)
    widget.show()
    yield widget
    answers.closing = True
    widget.close()
    widget.deleteLater()


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(qtbot, view, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def choose_template(qtbot, dialog, key: str) -> None:
    keys = [r["key"] for r in dialog.templates.rows]
    click_row(qtbot, dialog.ui.templatesView, keys.index(key))


def choose_step(qtbot, dialog, title: str) -> int:
    titles = [s.title for s in dialog.template().steps]
    click_row(qtbot, dialog.ui.stepsView, titles.index(title))
    assert dialog.selected_step() == titles.index(title)
    return titles.index(title)


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def retype(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def open_step_dialog(qtbot, dialog, button) -> TemplateStepDialog:
    click(qtbot, button)
    step_dialog = dialog.step_dialog
    assert step_dialog is not None and step_dialog.isVisible()
    return step_dialog


def press_ok(qtbot, step_dialog: TemplateStepDialog) -> None:
    click(qtbot, step_dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))


def register_request(ws, kind: str = TRANSFER):
    extra = {} if kind == "judicial_assistance" else {"assistance_types": []}
    return register.register(ws, draft_from_mapping(request_row(kind=kind, **extra)))


def step_titles(ws, record) -> list[str]:
    return [s.title for s in checklists.view(ws, record).steps]


def shipped_titles(key: str = TRANSFER) -> list[str]:
    template = shipped_template(key)
    assert template is not None
    return [s.title for s in template.steps]


# -- what it shows ---------------------------------------------------------------------------


def test_lists_every_kind_and_says_whose_version_it_is(qtbot, ws, session, answers):
    template = shipped_template("emergency_visa")
    checklist_templates.save_template(ws, dataclasses.replace(template, title="Our visas"))
    dialog = ChecklistTemplatesDialog(session)
    qtbot.addWidget(dialog)
    rows = {r["key"]: r for r in dialog.templates.rows}
    assert list(rows) == list(TEMPLATE_KEYS)
    assert rows["emergency_visa"]["version"] == "Office's version"
    assert rows[TRANSFER]["version"] == "Default"
    assert rows["judicial_assistance"]["version"] == "Same as every other kind"
    assert rows["generic"]["label"] == "Every other kind of request"
    assert rows[TRANSFER]["label"] == "Transit / transfer of a person (art. 89(3))"

    dialog.select("emergency_visa")
    assert dialog.ui.titleEdit.text() == "Our visas"
    assert "office's own version" in dialog.ui.sourceLabel.text()
    assert dialog.ui.restoreButton.isEnabled()
    assert not dialog.ui.saveButton.isEnabled()  # nothing changed yet

    dialog.select(TRANSFER)
    assert "default checklist" in dialog.ui.sourceLabel.text()
    assert not dialog.ui.restoreButton.isEnabled()
    model = dialog.steps
    assert model.rowCount() == len(shipped_titles())
    first = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert first == [
        "1",
        "Legal",
        "Identity of the person confirmed",
        "Yes",
        "National Police",
        "10 working days before the planned transfer",
    ]
    assert model.data(model.index(1, 5)) == "The day the request was received"
    assert "requests already in the register keep their checklist" in dialog.ui.introLabel.text()


def test_a_damaged_office_version_is_shown_and_can_be_replaced(qtbot, ws, session, answers):
    with ws.store.transaction():  # as a damaged database or a bad hand edit would leave it
        ChecklistStore(ws.store).put_office_template(TRANSFER, '{"format": 1', "alice", ws.now())
    dialog = ChecklistTemplatesDialog(session)
    qtbot.addWidget(dialog)
    dialog.select(TRANSFER)
    row = dialog.templates.rows[list(TEMPLATE_KEYS).index(TRANSFER)]
    assert row["version"] == "Office's version, damaged"
    assert "damaged" in dialog.ui.sourceLabel.text()
    assert "not valid JSON" in dialog.ui.sourceLabel.text()
    assert dialog.template() == shipped_template(TRANSFER)  # what requests get meanwhile
    assert not dialog.is_modified()
    assert dialog.ui.saveButton.isEnabled() and dialog.ui.restoreButton.isEnabled()
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.ui.saveButton)
    assert checklist_templates.template_for(ws, TRANSFER).problem is None
    assert (
        dialog.templates.rows[list(TEMPLATE_KEYS).index(TRANSFER)]["version"] == "Office's version"
    )
    assert not dialog.ui.saveButton.isEnabled()


# -- editing, then registering ----------------------------------------------------------------


def test_edited_checklist_is_what_requests_registered_afterwards_get(qtbot, dialog, ws):
    earlier = register_request(ws)
    choose_template(qtbot, dialog, TRANSFER)
    assert dialog.current_key() == TRANSFER

    # Rename the first step.
    choose_step(qtbot, dialog, "Identity of the person confirmed")
    step = open_step_dialog(qtbot, dialog, dialog.ui.editStepButton)
    retype(qtbot, step.ui.titleEdit, "Identity confirmed by fingerprints")
    press_ok(qtbot, step)
    assert step.result() == QDialog.DialogCode.Accepted
    assert dialog.is_modified() and dialog.ui.saveButton.isEnabled()
    assert dialog.isWindowModified()

    # Add a mandatory step after "Travel document issued", with an owner and a due offset.
    after = choose_step(qtbot, dialog, "Travel document issued")
    step = open_step_dialog(qtbot, dialog, dialog.ui.addStepButton)
    assert step.ui.phaseCombo.currentData() == "medical_documents"  # the selected step's
    qtbot.keyClicks(step.ui.titleEdit, "Escort briefed on medical needs")
    choose(step.ui.phaseCombo, "travel_escort")
    click(qtbot, step.ui.mandatoryCheck)
    choose(step.ui.ownerCombo, "Prison Service")
    choose(step.ui.anchorCombo, "planned_transfer")
    step.ui.daysSpin.setValue(4)
    choose(step.ui.unitCombo, False)
    choose(step.ui.directionCombo, -1)
    assert step.ui.dueSummaryLabel.text() == "Due: 4 working days before the planned transfer"
    press_ok(qtbot, step)
    assert dialog.selected_step() == after + 1

    # Move the last step up by one.
    choose_step(qtbot, dialog, "Public information coordinated without breaching confidentiality")
    click(qtbot, dialog.ui.moveUpButton)

    assert not has_office_template(ws, TRANSFER)  # nothing is stored before Save
    with qtbot.waitSignal(dialog.saved) as saved:
        click(qtbot, dialog.ui.saveButton)
    assert saved.args == [TRANSFER]
    assert not dialog.is_modified() and not dialog.ui.saveButton.isEnabled()
    assert "Saved" in dialog.ui.noticeLabel.text()
    assert (
        dialog.templates.rows[list(TEMPLATE_KEYS).index(TRANSFER)]["version"] == "Office's version"
    )

    later = register_request(ws)
    steps = checklists.view(ws, later).steps
    expected = shipped_titles()
    expected[0] = "Identity confirmed by fingerprints"
    expected.insert(after + 1, "Escort briefed on medical needs")
    expected[-2], expected[-1] = expected[-1], expected[-2]
    assert [s.title for s in steps] == expected
    added = steps[after + 1]
    assert (added.code, added.phase, added.mandatory, added.owner, added.owner_type) == (
        "escort_briefed_on_medical_needs",
        "travel_escort",
        True,
        "Prison Service",
        OwnerType.AUTHORITY,
    )
    assert added.due_rule == DueRule("planned_transfer", -4, False)
    assert steps[0].code == "identity_confirmed"  # renamed, still the same step
    # The request registered before keeps the checklist it was given.
    assert step_titles(ws, earlier) == shipped_titles()


def test_a_step_can_count_from_another_step(qtbot, dialog, ws):
    dialog.select(TRANSFER)
    choose_step(qtbot, dialog, "Handover at arrival signed")
    step = open_step_dialog(qtbot, dialog, dialog.ui.editStepButton)
    assert not step.ui.afterStepCombo.isEnabled()
    choose(step.ui.anchorCombo, "step")
    assert step.ui.afterStepCombo.isEnabled()
    choose(step.ui.afterStepCombo, "flight_arranged")
    step.ui.daysSpin.setValue(2)
    choose(step.ui.unitCombo, True)
    choose(step.ui.directionCombo, 1)
    assert (
        step.ui.dueSummaryLabel.text()
        == "Due: 2 calendar days after “Flight or aircraft arranged” is done"
    )
    press_ok(qtbot, step)
    assert dialog.template().steps[12].due == DueRule("step:flight_arranged", 2, True)
    assert dialog.save()
    record = register_request(ws)
    handover = checklists.find_step(checklists.view(ws, record), "handover_signed")
    assert handover.due_rule == DueRule("step:flight_arranged", 2, True)


def test_an_empty_step_title_is_refused_in_place(qtbot, dialog, ws):
    dialog.select(TRANSFER)
    before = dialog.template()
    choose_step(qtbot, dialog, "Arrest warrant and surrender request received")
    step = open_step_dialog(qtbot, dialog, dialog.ui.editStepButton)
    retype(qtbot, step.ui.basisEdit, "art. 89(1), 91, 92")
    retype(qtbot, step.ui.titleEdit, "   ")
    press_ok(qtbot, step)

    assert step.isVisible()
    assert "step 2: 'title' is required" in step.ui.errorLabel.text()
    assert step.ui.basisEdit.text() == "art. 89(1), 91, 92"  # nothing typed is lost
    assert dialog.template() == before and not dialog.is_modified()

    retype(qtbot, step.ui.titleEdit, "Warrant received")
    press_ok(qtbot, step)
    assert not step.isVisible()
    assert dialog.template().steps[1].title == "Warrant received"
    assert dialog.template().steps[1].basis == "art. 89(1), 91, 92"
    assert not has_office_template(ws, TRANSFER)


def test_a_checklist_without_a_title_is_not_saved(qtbot, dialog, ws):
    dialog.select(TRANSFER)
    retype(qtbot, dialog.ui.titleEdit, "")
    assert dialog.is_modified()
    with qtbot.assertNotEmitted(dialog.saved):
        click(qtbot, dialog.ui.saveButton)
    assert "'title' is required" in dialog.ui.errorLabel.text()
    assert "Nothing was saved" in dialog.ui.errorLabel.text()
    assert dialog.ui.titleEdit.text() == "" and dialog.is_modified()
    assert not has_office_template(ws, TRANSFER)

    qtbot.keyClicks(dialog.ui.titleEdit, "Transfer to The Hague")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.ui.titleEdit, Qt.Key.Key_Return)  # Save is the default
    assert checklist_templates.template_for(ws, TRANSFER).template.title == "Transfer to The Hague"
    assert dialog.ui.errorLabel.text() == ""


def test_a_step_others_count_from_cannot_be_removed(qtbot, dialog):
    dialog.select("provisional_arrest")
    before = dialog.template()
    codes = [s.code for s in before.steps]
    click_row(qtbot, dialog.ui.stepsView, codes.index("person_arrested"))
    click(qtbot, dialog.ui.removeStepButton)
    assert "was not removed" in dialog.ui.errorLabel.text()
    assert "person_arrested" in dialog.ui.errorLabel.text()
    assert dialog.template() == before

    click_row(qtbot, dialog.ui.stepsView, len(codes) - 1)
    click(qtbot, dialog.ui.removeStepButton)
    assert [s.code for s in dialog.template().steps] == codes[:-1]
    assert dialog.ui.errorLabel.text() == ""


def test_a_kind_without_its_own_checklist_gets_one_when_saved(qtbot, dialog, ws):
    choose_template(qtbot, dialog, "judicial_assistance")
    assert "no checklist of its own" in dialog.ui.sourceLabel.text()
    generic = shipped_titles("generic")
    assert [s.title for s in dialog.template().steps] == generic
    # The generic checklist has no phases, and no planned transfer to count from.
    step = open_step_dialog(qtbot, dialog, dialog.ui.addStepButton)
    assert not step.ui.phaseCombo.isEnabled()
    assert step.ui.anchorCombo.findData("planned_transfer") < 0
    qtbot.keyClicks(step.ui.titleEdit, "Bank records sealed")
    press_ok(qtbot, step)
    assert dialog.save()

    assert has_office_template(ws, "judicial_assistance")
    assert not has_office_template(ws, "generic")
    assert step_titles(ws, register_request(ws, "judicial_assistance")) == [
        *generic[:1],
        "Bank records sealed",
        *generic[1:],
    ]
    assert step_titles(ws, register_request(ws, "defence_request")) == generic


# -- restoring, importing ---------------------------------------------------------------------


def test_restoring_the_default_asks_then_deletes_the_office_version(qtbot, dialog, ws, answers):
    dialog.select(TRANSFER)
    dialog.select_step(0)
    assert dialog.move_step(1)
    assert dialog.save()
    assert step_titles(ws, register_request(ws))[:2] == shipped_titles()[1::-1]

    answers.given.append(Button.No)
    with qtbot.assertNotEmitted(dialog.saved):
        click(qtbot, dialog.ui.restoreButton)
    assert has_office_template(ws, TRANSFER)

    answers.given.append(Button.Yes)
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.ui.restoreButton)
    assert "Requests already registered keep their checklist" in answers.asked[-1]
    assert not has_office_template(ws, TRANSFER)
    assert dialog.template() == shipped_template(TRANSFER)
    assert not dialog.ui.restoreButton.isEnabled()
    assert "default" in dialog.ui.sourceLabel.text()
    assert step_titles(ws, register_request(ws)) == shipped_titles()


def test_import_from_a_file(qtbot, dialog, ws, tmp_path, monkeypatch):
    dialog.select(TRANSFER)
    shipped = shipped_template(TRANSFER)
    good = tmp_path / "transfer.json"
    good.write_text(
        template_to_json(
            dataclasses.replace(shipped, title="Imported transfer", steps=shipped.steps[:3])
        ),
        "utf-8",
    )
    wrong = tmp_path / "visa.json"
    wrong.write_text(template_to_json(shipped_template("emergency_visa")), "utf-8")

    monkeypatch.setattr(dialog, "choose_file", lambda: wrong)
    click(qtbot, dialog.ui.importButton)
    assert "not for 'transit_transfer'" in dialog.ui.errorLabel.text()
    assert not has_office_template(ws, TRANSFER)

    monkeypatch.setattr(dialog, "choose_file", lambda: good)
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.ui.importButton)
    assert dialog.ui.titleEdit.text() == "Imported transfer"
    assert dialog.steps.rowCount() == 3
    assert "transfer.json" in dialog.ui.noticeLabel.text()
    assert step_titles(ws, register_request(ws)) == shipped_titles()[:3]


# -- unsaved changes --------------------------------------------------------------------------


def test_closing_with_unsaved_changes_asks(qtbot, dialog, ws, answers):
    dialog.select(TRANSFER)
    dialog.select_step(0)
    assert dialog.move_step(1)
    close = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)

    answers.given.append(Button.Cancel)
    click(qtbot, close)
    assert dialog.isVisible() and dialog.is_modified()
    assert "not saved" in answers.asked[-1]

    answers.given.append(Button.Discard)
    click(qtbot, close)
    assert not dialog.isVisible()
    assert not has_office_template(ws, TRANSFER)


def test_closing_can_save_the_changes(qtbot, dialog, ws, answers):
    dialog.select(TRANSFER)
    dialog.select_step(0)
    assert dialog.move_step(1)
    answers.given.append(Button.Save)
    with qtbot.waitSignal(dialog.saved):
        dialog.close()
    assert not dialog.isVisible()
    assert step_titles(ws, register_request(ws))[:2] == shipped_titles()[1::-1]


def test_closing_without_changes_does_not_ask(qtbot, dialog, answers):
    dialog.select(TRANSFER)
    click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close))
    assert not dialog.isVisible() and answers.asked == []


def test_choosing_another_kind_with_unsaved_changes_asks(qtbot, dialog, answers):
    dialog.select(TRANSFER)
    dialog.select_step(0)
    assert dialog.move_step(1)
    changed = dialog.template()

    answers.given.append(Button.Cancel)
    choose_template(qtbot, dialog, "emergency_visa")
    assert dialog.current_key() == TRANSFER and dialog.template() == changed
    current = dialog.ui.templatesView.currentIndex().row()
    assert dialog.templates.row(current)["key"] == TRANSFER

    answers.given.append(Button.Discard)
    choose_template(qtbot, dialog, "emergency_visa")
    assert dialog.current_key() == "emergency_visa" and not dialog.is_modified()
    assert dialog.select(TRANSFER)
    assert dialog.template() == shipped_template(TRANSFER)


def test_locking_closes_the_dialog_without_asking(qtbot, dialog, session, answers):
    dialog.select(TRANSFER)
    dialog.select_step(0)
    assert dialog.move_step(1)
    session.lock()
    assert not dialog.isVisible() and answers.asked == []


# -- keyboard and screen readers --------------------------------------------------------------


def test_steps_can_be_moved_and_edited_from_the_keyboard(qtbot, dialog):
    dialog.select(TRANSFER)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    view = dialog.ui.stepsView
    view.setFocus()
    dialog.select_step(0)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [s.title for s in dialog.template().steps][:2] == shipped_titles()[1::-1]
    assert dialog.selected_step() == 1
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert dialog.step_dialog is not None and dialog.step_dialog.isVisible()
    assert dialog.step_dialog.ui.titleEdit.text() == shipped_titles()[0]
    dialog.step_dialog.reject()

    # Delete removes a step only from the list: in a text field it deletes text.
    count = len(dialog.template().steps)
    dialog.ui.titleEdit.setFocus()
    dialog.ui.titleEdit.setCursorPosition(0)
    qtbot.keyClick(dialog.ui.titleEdit, Qt.Key.Key_Delete)
    assert len(dialog.template().steps) == count
    assert dialog.ui.titleEdit.text() == "ransfer of a person to the seat of the Court"
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(dialog.template().steps) == count - 1
    assert shipped_titles()[0] not in [s.title for s in dialog.template().steps]


def test_every_control_has_an_accessible_name(qtbot, dialog):
    assert _unnamed_controls(dialog) == []
    dialog.select(TRANSFER)
    dialog.select_step(0)
    step = dialog.edit_step()
    assert step is not None
    assert _unnamed_controls(step) == []
    step.reject()
