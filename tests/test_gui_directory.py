"""The directory page, driven through its real widgets against a real encrypted workspace."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.core.authorities import DEFAULT_AUTHORITIES
from desktop.gui.directory_page import AuthorityDialog, ContactDialog, DirectoryPage
from desktop.services import directory


@pytest.fixture
def page(qtbot, session) -> DirectoryPage:
    widget = DirectoryPage(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.refresh()
    return widget


def names(page: DirectoryPage) -> list[str]:
    return [row["name"] for row in page.authorities.rows]


def click_row(qtbot, view: QAbstractItemView, column_text: str) -> None:
    """Click the row whose first column reads `column_text`, as a user would."""
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if model.data(index) == column_text:
            view.scrollTo(index)
            qtbot.mouseClick(
                view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
            )
            return
    raise AssertionError(f"no row {column_text!r}")


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def fill(qtbot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_shows_the_directory_and_asks_for_contacts(page):
    assert names(page) == sorted(name for name, _ in DEFAULT_AUTHORITIES)
    assert page.selected_authority()["name"] == names(page)[0]
    assert page.ui.contactsEmptyLabel.isVisible()
    assert not page.ui.contactsView.isVisible()
    assert "No contact person" in page.ui.contactsEmptyLabel.text()
    assert page.ui.addContactButton.isEnabled()
    assert not page.ui.editContactButton.isEnabled()


def test_add_an_authority_through_the_dialog(qtbot, page, ws):
    dialog = page.add_authority()
    assert isinstance(dialog, AuthorityDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.ui.nameEdit, "Office of the Attorney-General")
    qtbot.keyClicks(dialog.ui.descriptionEdit, "Extradition and surrender proceedings")
    qtbot.keyClicks(dialog.ui.addressEdit, "Palais de Justice")
    qtbot.keyClick(dialog.ui.addressEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.ui.addressEdit, "1 Rue du Droit")
    qtbot.keyClicks(dialog.ui.emailEdit, "icc@justice.example")
    qtbot.keyClicks(dialog.ui.phoneEdit, "+32 2 000 00 00")
    with qtbot.waitSignal(page.message) as sent:
        press_ok(qtbot, dialog)

    assert not dialog.isVisible()
    assert "Office of the Attorney-General" in names(page)
    assert page.selected_authority()["name"] == "Office of the Attorney-General"
    assert "Office of the Attorney-General" in sent.args[0]
    stored = next(
        a for a in directory.authorities(ws) if a["name"] == "Office of the Attorney-General"
    )
    assert stored["address"] == "Palais de Justice\n1 Rue du Droit"
    assert stored["email"] == "icc@justice.example"
    row = page.authorities.rows.index(page.selected_authority())
    address = page.authorities.index(row, 2).data()
    assert address == "Palais de Justice, 1 Rue du Droit"  # one line in the table


def test_a_refused_authority_keeps_the_dialog_open_with_the_input(qtbot, page, ws):
    dialog = page.add_authority()
    qtbot.keyClicks(dialog.ui.nameEdit, "ministry of justice")
    qtbot.keyClicks(dialog.ui.descriptionEdit, "typed with care")
    with qtbot.assertNotEmitted(page.message):
        press_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert "already in the directory" in dialog.ui.errorLabel.text()
    assert dialog.ui.nameEdit.text() == "ministry of justice"
    assert dialog.ui.descriptionEdit.text() == "typed with care"
    assert len(directory.authorities(ws)) == len(DEFAULT_AUTHORITIES)

    dialog.ui.nameEdit.clear()
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "needs a name" in dialog.ui.errorLabel.text()


def test_add_edit_and_remove_a_contact(qtbot, page, ws, monkeypatch):
    click_row(qtbot, page.ui.authoritiesView, "Ministry of Foreign Affairs")
    assert page.selected_authority()["name"] == "Ministry of Foreign Affairs"

    dialog = page.add_contact()
    assert isinstance(dialog, ContactDialog)
    assert "Ministry of Foreign Affairs" in dialog.windowTitle()
    dialog.ui.nameEdit.setText("Amélie Okonkwo")  # QTest types ASCII only
    qtbot.keyClicks(dialog.ui.roleEdit, "Legal counsellor, ICC contact point")
    dialog.ui.locationCombo.setCurrentIndex(dialog.ui.locationCombo.findText("The Hague"))
    qtbot.keyClicks(dialog.ui.emailEdit, "a.okonkwo@mfa.example")
    press_ok(qtbot, dialog)

    assert not dialog.isVisible()
    assert page.ui.contactsView.isVisible()
    assert not page.ui.contactsEmptyLabel.isVisible()
    assert [(c["name"], c["location"]) for c in page.contacts.rows] == [
        ("Amélie Okonkwo", "The Hague")
    ]
    assert page.selected_contact()["name"] == "Amélie Okonkwo"

    click_row(qtbot, page.ui.contactsView, "Amélie Okonkwo")
    edit = page.edit_contact()
    assert edit.ui.roleEdit.text() == "Legal counsellor, ICC contact point"
    assert edit.ui.locationCombo.currentText() == "The Hague"
    fill(qtbot, edit.ui.roleEdit, "Deputy legal adviser")
    edit.ui.locationCombo.setEditText("Brussels")
    press_ok(qtbot, edit)
    assert not edit.isVisible()
    (contact,) = directory.contacts(ws, page.selected_authority()["id"])
    assert (contact["role"], contact["location"]) == ("Deputy legal adviser", "Brussels")
    assert page.contacts.index(0, 1).data() == "Deputy legal adviser"

    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(
        page, "confirm_removal", lambda name, authority: asked.append((name, authority)) or False
    )
    qtbot.mouseClick(page.ui.removeContactButton, Qt.MouseButton.LeftButton)
    assert asked == [("Amélie Okonkwo", "Ministry of Foreign Affairs")]
    assert len(page.contacts.rows) == 1  # the user said no

    monkeypatch.setattr(page, "confirm_removal", lambda name, authority: True)
    qtbot.mouseClick(page.ui.removeContactButton, Qt.MouseButton.LeftButton)
    assert page.contacts.rows == []
    assert directory.contacts(ws, page.selected_authority()["id"]) == []
    assert page.ui.contactsEmptyLabel.isVisible()


def test_a_contact_keeps_its_name(qtbot, page, ws):
    authority_id = page.selected_authority()["id"]
    directory.add_contact(ws, authority_id, "Jan Peeters", role="Desk officer")
    page.refresh()
    click_row(qtbot, page.ui.contactsView, "Jan Peeters")
    edit = page.edit_contact()
    edit.ui.nameEdit.clear()
    qtbot.keyClicks(edit.ui.roleEdit, " (acting)")
    press_ok(qtbot, edit)
    assert edit.isVisible()
    assert "needs a name" in edit.ui.errorLabel.text()
    assert edit.ui.roleEdit.text() == "Desk officer (acting)"
    assert directory.contacts(ws, authority_id)[0]["name"] == "Jan Peeters"


def test_deactivate_hides_and_reactivate_brings_back(qtbot, page, ws):
    click_row(qtbot, page.ui.authoritiesView, "Central Bank")
    with qtbot.waitSignal(page.message) as sent:
        qtbot.mouseClick(page.ui.activeButton, Qt.MouseButton.LeftButton)
    assert "Central Bank" not in names(page)
    assert "Show inactive authorities" in sent.args[0]
    assert "Central Bank" not in [a["name"] for a in directory.authorities(ws)]

    qtbot.mouseClick(page.ui.inactiveCheck, Qt.MouseButton.LeftButton)
    assert "Central Bank" in names(page)
    click_row(qtbot, page.ui.authoritiesView, "Central Bank")
    row = names(page).index("Central Bank")
    assert page.authorities.index(row, 5).data() == "Inactive"
    assert page.ui.activeButton.text().replace("&", "") == "Reactivate"

    qtbot.mouseClick(page.ui.activeButton, Qt.MouseButton.LeftButton)
    assert page.authorities.index(names(page).index("Central Bank"), 5).data() == "Active"
    assert "Central Bank" in [a["name"] for a in directory.authorities(ws)]
    assert page.ui.activeButton.text().replace("&", "") == "Deactivate"


def test_renaming_an_authority_tells_the_rest_of_the_window(qtbot, page, session, ws):
    click_row(qtbot, page.ui.authoritiesView, "National Police")
    dialog = page.edit_authority()
    assert dialog.ui.nameEdit.text() == "National Police"
    fill(qtbot, dialog.ui.nameEdit, "National Police Corps")
    with qtbot.waitSignal(session.changed):
        press_ok(qtbot, dialog)
    assert "National Police Corps" in names(page)
    assert page.selected_authority()["name"] == "National Police Corps"
    assert ws.store.authority_by_name("National Police") is None


def test_keyboard_opens_edit_and_removes(qtbot, page, ws, monkeypatch):
    view = page.ui.authoritiesView
    click_row(qtbot, view, "Prison Service")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialogs = [d for d in page.findChildren(AuthorityDialog) if d.isVisible()]
    assert [d.ui.nameEdit.text() for d in dialogs] == ["Prison Service"]
    dialogs[0].reject()

    directory.add_contact(ws, page.selected_authority()["id"], "Ana Lima")
    page.refresh()
    monkeypatch.setattr(page, "confirm_removal", lambda name, authority: True)
    click_row(qtbot, page.ui.contactsView, "Ana Lima")
    qtbot.keyClick(page.ui.contactsView, Qt.Key.Key_Delete)
    assert page.contacts.rows == []


def test_empty_directory_says_what_to_do(qtbot, page, ws):
    for authority in directory.authorities(ws):
        directory.set_authority_active(ws, authority["id"], False)
    page.refresh()
    assert not page.ui.authoritiesView.isVisible()
    assert page.ui.authoritiesEmptyLabel.isVisible()
    assert "New authority" in page.ui.authoritiesEmptyLabel.text()
    assert not page.ui.editAuthorityButton.isEnabled()
    assert not page.ui.addContactButton.isEnabled()
    assert page.ui.addAuthorityButton.isEnabled()
    assert page.add_contact() is None


def test_lock_drops_everything_shown(qtbot, page, session, ws):
    directory.add_contact(ws, page.selected_authority()["id"], "Visible Person")
    page.refresh()
    assert page.contacts.rows
    session.lock()
    assert page.authorities.rows == [] and page.contacts.rows == []
    assert not page.ui.addAuthorityButton.isEnabled()
    assert page.add_authority() is None
    page.refresh()  # the main window may call it while locked: still nothing, no error
    assert page.authorities.rows == []
    assert "locked" in page.ui.authoritiesEmptyLabel.text()


def test_clear_then_refresh_shows_the_data_again(page):
    page.clear()
    assert page.authorities.rows == []
    page.refresh()
    assert len(page.authorities.rows) == len(DEFAULT_AUTHORITIES)


def _unnamed_controls(root: QWidget) -> list[str]:
    """Inputs and buttons a screen reader would announce without a name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(
            widget, QLineEdit | QPlainTextEdit | QComboBox | QAbstractItemView | QPushButton
        ):
            continue
        if (
            isinstance(widget.parent(), QComboBox)
            or not widget.objectName()
            or widget.objectName().startswith("qt_")
        ):
            continue  # the line edit inside an editable combo, Qt's own parts
        if isinstance(widget, QPushButton) and widget.text():
            continue
        if not widget.accessibleName():
            missing.append(widget.objectName())
    return missing


def test_every_control_has_an_accessible_name(page):
    assert _unnamed_controls(page) == []
    dialog = page.add_authority()
    assert _unnamed_controls(dialog) == []
    dialog.reject()
    contact = page.add_contact()
    assert _unnamed_controls(contact) == []
    contact.reject()


def _tab_chain(start: QWidget) -> list[str]:
    """Named widgets that Tab visits from `start`, in order, until it comes back."""
    visited, widget = [], start
    for _ in range(400):
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisible()
            and widget.isEnabled()
            and widget.objectName()
            and not widget.objectName().startswith("qt_")
        ):
            visited.append(widget.objectName())
    return visited


def test_tab_follows_the_fields_in_reading_order(page):
    dialog = page.add_contact()
    assert _tab_chain(dialog.ui.nameEdit) == ["roleEdit", "locationCombo", "emailEdit", "phoneEdit"]
    dialog.reject()
    dialog = page.add_authority()
    assert _tab_chain(dialog.ui.nameEdit) == [
        "descriptionEdit",
        "addressEdit",
        "emailEdit",
        "phoneEdit",
    ]
    dialog.reject()
    assert _tab_chain(page.ui.authoritiesView)[:4] == [
        "inactiveCheck",
        "addAuthorityButton",
        "editAuthorityButton",
        "activeButton",
    ]
