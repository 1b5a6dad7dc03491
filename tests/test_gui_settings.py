"""The settings dialog, driven through its widgets; saving goes through the real service."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QSpinBox

from desktop.core.deadlines import DEFAULT_DAYS_BY_KIND
from desktop.core.requests import draft_from_mapping
from desktop.core.vocabulary import Kind
from desktop.gui.session import Session
from desktop.gui.settings_dialog import SettingsDialog
from desktop.services import register
from tests.factories import request_row
from tests.test_gui_directory import _unnamed_controls


@pytest.fixture
def dialog(qtbot, session) -> SettingsDialog:
    widget = SettingsDialog(session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def press_ok(qtbot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def choose(combo, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_shows_the_stored_settings(qtbot, make_workspace):
    ws, _ = make_workspace(
        country="NL",
        place="The Hague",
        margin_working_days=4,
        idle_lock_minutes=15,
        language="fr",
        state_name="the Republic of Testland",
    )
    session = Session()
    session.open(ws)
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.countryCombo.currentData() == "NL"
    assert ui.countryCombo.itemData(0) == "" and "weekends" in ui.countryCombo.itemText(0)
    assert ui.placeEdit.text() == "The Hague"
    assert ui.officeNameEdit.text() == "Embassy of Testland"
    assert ui.marginSpin.value() == 4
    assert ui.idleSpin.value() == 15
    assert ui.languageCombo.currentData() == "fr"
    assert ui.stateNameEdit.text() == "the Republic of Testland"
    assert ui.senderKindCombo.currentData() == "embassy"
    assert dialog.days() == {k.value: v for k, v in DEFAULT_DAYS_BY_KIND.items()}
    assert ui.daysTable.rowCount() == len(Kind)
    assert ui.daysTable.item(2, 0).text() == "Emergency visa for a witness"
    assert "CD-" in ui.referenceExampleLabel.text()


def test_a_wider_margin_moves_the_internal_due_date(qtbot, dialog, ws):
    record = register.register(ws, draft_from_mapping(request_row()))
    assert record.due_on == date(2026, 12, 15)
    assert record.internal_due_on == date(2026, 12, 8)  # 5 working days before

    dialog.ui.marginSpin.clear()
    qtbot.keyClicks(dialog.ui.marginSpin, "10")
    with qtbot.waitSignal(dialog.saved):
        press_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert ws.settings.margin_working_days == 10
    moved = register.by_id(ws, record.id)
    assert moved.internal_due_on == date(2026, 12, 1)
    assert moved.due_on == date(2026, 12, 15)  # the Court's deadline does not move


def test_a_default_deadline_typed_in_the_table_moves_the_due_date(qtbot, dialog, ws):
    record = register.register(ws, draft_from_mapping(request_row(court_deadline=None)))
    assert record.due_on == date(2026, 12, 2)  # received 2 Nov + 30 days

    table = dialog.ui.daysTable
    dialog.ui.tabs.setCurrentWidget(dialog.ui.deadlinesPage)
    row = [table.item(r, 0).text() for r in range(table.rowCount())].index(
        "Judicial assistance (art. 93)"
    )
    table.setCurrentCell(row, 1)
    table.editItem(table.item(row, 1))
    editor = table.indexWidget(table.currentIndex())
    assert isinstance(editor, QSpinBox)
    editor.setValue(45)  # still in the editor when OK is pressed: it must count
    with qtbot.waitSignal(dialog.saved):
        press_ok(qtbot, dialog)

    assert ws.settings.default_days["judicial_assistance"] == 45
    assert register.by_id(ws, record.id).due_on == date(2026, 12, 17)


def test_a_refused_value_shows_in_the_dialog_which_stays_open(qtbot, dialog, ws):
    before = ws.settings.to_dict()
    dialog.ui.placeEdit.clear()
    qtbot.keyClicks(dialog.ui.placeEdit, "Den Haag")
    dialog.set_days(Kind.EMERGENCY_VISA, 0)
    with qtbot.assertNotEmitted(dialog.saved):
        press_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert "at least one day" in dialog.ui.errorLabel.text()
    assert dialog.ui.placeEdit.text() == "Den Haag"
    assert dialog.days()[Kind.EMERGENCY_VISA.value] == 0
    assert ws.settings.to_dict() == before

    dialog.set_days(Kind.EMERGENCY_VISA, 3)
    with qtbot.waitSignal(dialog.saved):
        press_ok(qtbot, dialog)
    assert ws.settings.place == "Den Haag"
    assert ws.settings.default_days["emergency_visa"] == 3


def test_the_registry_number_pattern_is_shown_as_people_write_it(dialog):
    assert dialog.ui.referenceFormatEdit.text() == "CD-YYYY-NNNN"
    example = dialog.ui.referenceExampleLabel.text()
    assert example.endswith(f"CD-{date.today().year}-0043"), example


@pytest.mark.parametrize("text", ["CD-YYYY", "CD-YY-NN", ""])
def test_a_registry_number_pattern_that_cannot_work_is_refused(qtbot, dialog, ws, text):
    dialog.ui.referenceFormatEdit.setText(text)
    assert "NNN" in dialog.ui.referenceExampleLabel.text()
    with qtbot.assertNotEmitted(dialog.saved):
        press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "CD-YYYY-NNNN" in dialog.ui.errorLabel.text()
    assert "{" not in dialog.ui.errorLabel.text()
    assert ws.settings.reference_format == "CD-{year}-{seq:04d}"


def test_a_new_registry_number_format_is_used(qtbot, dialog, ws):
    dialog.ui.referenceFormatEdit.setText("EMB/YYYY/NNN")
    assert (
        dialog.ui.referenceExampleLabel.text().endswith("EMB/2026/043")
        or "/043" in dialog.ui.referenceExampleLabel.text()
    )
    with qtbot.waitSignal(dialog.saved):
        press_ok(qtbot, dialog)
    record = register.register(ws, draft_from_mapping(request_row()))
    assert record.registry_no == "EMB/2026/001"


def test_choices_are_stored_as_codes(qtbot, dialog, ws, session):
    choose(dialog.ui.languageCombo, "fr")
    choose(dialog.ui.countryCombo, "")
    choose(dialog.ui.senderKindCombo, "ministry")
    qtbot.keyClicks(dialog.ui.stateNameEdit, "the Republic of Testland")
    dialog.ui.stateNameFrEdit.setText("la République de Testland")  # QTest types ASCII only
    dialog.ui.officeNameFrEdit.setText("L'Ambassade de la République de Testland")
    qtbot.keyClicks(dialog.ui.placeFrEdit, "La Haye")
    dialog.ui.officeAddressEdit.setPlainText("Lange Voorhout 1\n2514 EA The Hague")
    dialog.ui.idleSpin.setValue(25)
    dialog.ui.clipboardSpin.setValue(60)
    dialog.ui.attachmentSpin.setValue(100)
    with qtbot.waitSignal(dialog.saved):
        press_ok(qtbot, dialog)

    stored = ws.store.get_settings()
    assert stored["language"] == "fr"
    assert stored["country"] == ""
    assert stored["sender_kind"] == "ministry"
    assert stored["state_name_fr"] == "la République de Testland"
    assert stored["office_name_fr"] == "L'Ambassade de la République de Testland"
    assert stored["place_fr"] == "La Haye"
    assert stored["office_address"] == "Lange Voorhout 1\n2514 EA The Hague"
    assert (
        stored["idle_lock_minutes"],
        stored["clear_clipboard_seconds"],
        stored["attachment_limit_mib"],
    ) == (25, 60, 100)
    assert ws.calendar.country is None

    again = SettingsDialog(session)
    qtbot.addWidget(again)
    assert again.ui.languageCombo.currentData() == "fr"
    assert again.ui.countryCombo.currentIndex() == 0
    assert again.ui.senderKindCombo.currentData() == "ministry"
    assert again.ui.placeFrEdit.text() == "La Haye"


def test_language_offers_the_system_english_and_french(dialog):
    combo = dialog.ui.languageCombo
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "en", "fr"]
    assert combo.itemText(2) == "Français"


def test_cancel_changes_nothing(qtbot, dialog, ws):
    before = ws.settings.to_dict()
    dialog.ui.marginSpin.setValue(20)
    with qtbot.assertNotEmitted(dialog.saved):
        qtbot.mouseClick(
            dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel),
            Qt.MouseButton.LeftButton,
        )
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert ws.settings.to_dict() == before


def test_restore_defaults_puts_back_the_usual_days(qtbot, dialog):
    dialog.set_days(Kind.PROVISIONAL_ARREST, 90)
    qtbot.mouseClick(dialog.ui.restoreDaysButton, Qt.MouseButton.LeftButton)
    assert dialog.days()[Kind.PROVISIONAL_ARREST.value] == 60


def test_saving_unchanged_settings_still_closes(qtbot, dialog):
    with qtbot.waitSignal(dialog.saved):
        press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.ui.errorLabel.text() == ""


def test_every_control_has_an_accessible_name(dialog):
    assert _unnamed_controls(dialog) == []
