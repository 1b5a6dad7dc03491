"""The directory: national authorities and the people to call there (Rec. 25, para. 34-36).

The report asks that cooperation "is not dependent upon individuals": the names, roles and
numbers of the desk officers in the capital and at the embassies in The Hague, Brussels
and New York live here, in the workspace, rather than in one diplomat's address book.

The page is a thin view over desktop.services.directory; every rule (unique names, a
contact needs a name, deactivation instead of deletion) is the service's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableView, QWidget

from desktop.gui.dialogs import Action, FormDialog
from desktop.gui.form_types import AuthorityFormUi, ContactFormUi, DirectoryPageUi
from desktop.gui.forms import load_form
from desktop.gui.rows_model import RowColumn, RowsModel
from desktop.gui.session import Session
from desktop.services import directory
from desktop.services.errors import UserFacingError

INACTIVE = QBrush(QColor(128, 128, 128, 70))
# Columns other than the stretching one are sized to their contents up to this width, so
# one long address does not push the e-mail and telephone off the screen.
MAX_COLUMN_WIDTH = 260


def _one_line(text: str) -> str:
    """Addresses are typed on several lines; a table cell shows them on one."""
    return ", ".join(part.strip() for part in text.splitlines() if part.strip())


class AuthorityDialog(FormDialog[AuthorityFormUi]):
    """Add or edit a national authority. OK runs `action`; a refusal stays in the dialog."""

    form = AuthorityFormUi

    def __init__(
        self,
        title: str,
        action: Action,
        values: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, action, parent)
        values = values or {}
        self.ui.nameEdit.setText(values.get("name", ""))
        self.ui.descriptionEdit.setText(values.get("description", ""))
        self.ui.addressEdit.setPlainText(values.get("address", ""))
        self.ui.emailEdit.setText(values.get("email", ""))
        self.ui.phoneEdit.setText(values.get("phone", ""))
        self.ui.nameEdit.setFocus()
        self.resize(520, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        return {
            "name": self.ui.nameEdit.text().strip(),
            "description": self.ui.descriptionEdit.text().strip(),
            "address": self.ui.addressEdit.toPlainText().strip(),
            "email": self.ui.emailEdit.text().strip(),
            "phone": self.ui.phoneEdit.text().strip(),
        }


class ContactDialog(FormDialog[ContactFormUi]):
    """Add or edit a contact person. The location list suggests the usual posts (Rec. 25)."""

    form = ContactFormUi

    def __init__(
        self,
        title: str,
        action: Action,
        values: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, action, parent)
        values = values or {}
        combo = self.ui.locationCombo
        combo.addItem("")
        for place in (
            self.tr("Capital"),
            self.tr("The Hague"),
            self.tr("Brussels"),
            self.tr("New York"),
        ):
            combo.addItem(place)
        combo.setEditText(values.get("location", ""))
        edit = combo.lineEdit()  # the combo is editable: it has one
        if edit is not None:
            edit.setPlaceholderText(self.tr("e.g. The Hague (embassy)"))
        self.ui.nameEdit.setText(values.get("name", ""))
        self.ui.roleEdit.setText(values.get("role", ""))
        self.ui.emailEdit.setText(values.get("email", ""))
        self.ui.phoneEdit.setText(values.get("phone", ""))
        self.ui.nameEdit.setFocus()
        self.resize(520, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        return {
            "name": self.ui.nameEdit.text().strip(),
            "role": self.ui.roleEdit.text().strip(),
            "location": self.ui.locationCombo.currentText().strip(),
            "email": self.ui.emailEdit.text().strip(),
            "phone": self.ui.phoneEdit.text().strip(),
        }


class DirectoryPage(QWidget):
    """Authorities above, the selected authority's contact persons below.

    `refresh()` reloads from the services (after unlock, when shown); `clear()` drops
    everything shown (on lock). `message` carries a short confirmation for the status bar.
    """

    message = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = load_form(DirectoryPageUi, self)
        self._loaded = False

        inactive = self._inactive_brush
        self.authorities = RowsModel(
            [
                RowColumn(self.tr("Name"), lambda r: r["name"], inactive),
                RowColumn(self.tr("What it does"), lambda r: r["description"], inactive),
                RowColumn(self.tr("Address"), lambda r: _one_line(r["address"]), inactive),
                RowColumn(self.tr("E-mail"), lambda r: r["email"], inactive),
                RowColumn(self.tr("Telephone"), lambda r: r["phone"], inactive),
                RowColumn(self.tr("Status"), self._active_text, inactive),
            ],
            self,
        )
        self.contacts = RowsModel(
            [
                RowColumn(self.tr("Name"), lambda r: r["name"]),
                RowColumn(self.tr("Role"), lambda r: r["role"]),
                RowColumn(self.tr("Location"), lambda r: r["location"]),
                RowColumn(self.tr("E-mail"), lambda r: r["email"]),
                RowColumn(self.tr("Telephone"), lambda r: r["phone"]),
            ],
            self,
        )
        self._setup_view(self.ui.authoritiesView, self.authorities, stretch=1)
        self._setup_view(self.ui.contactsView, self.contacts, stretch=1)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)

        self.ui.authoritiesView.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._authority_selected()
        )
        self.ui.contactsView.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._update_buttons()
        )
        # activated: Enter on the keyboard, or a double click.
        self.ui.authoritiesView.activated.connect(lambda _index: self.edit_authority())
        self.ui.contactsView.activated.connect(lambda _index: self.edit_contact())
        remove = QAction(self.tr("Remove contact"), self.ui.contactsView)
        remove.setShortcut(QKeySequence.StandardKey.Delete)
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_contact)
        self.ui.contactsView.addAction(remove)

        self.ui.inactiveCheck.toggled.connect(lambda _on: self.refresh())
        self.ui.addAuthorityButton.clicked.connect(self.add_authority)
        self.ui.editAuthorityButton.clicked.connect(self.edit_authority)
        self.ui.activeButton.clicked.connect(self.toggle_active)
        self.ui.addContactButton.clicked.connect(self.add_contact)
        self.ui.editContactButton.clicked.connect(self.edit_contact)
        self.ui.removeContactButton.clicked.connect(self.remove_contact)
        session.locked.connect(self.clear)
        self.clear()

    @staticmethod
    def _setup_view(view: QTableView, model: RowsModel, stretch: int) -> None:
        view.setModel(model)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    @staticmethod
    def _fit_columns(view: QTableView, stretch: int) -> None:
        view.resizeColumnsToContents()
        for column in range(view.model().columnCount()):
            if column != stretch and view.columnWidth(column) > MAX_COLUMN_WIDTH:
                view.setColumnWidth(column, MAX_COLUMN_WIDTH)

    # -- what is shown ------------------------------------------------------------------

    def _active_text(self, row: dict[str, Any]) -> str:
        return self.tr("Active") if row["active"] else self.tr("Inactive")

    def _inactive_brush(self, row: dict[str, Any]) -> QBrush | None:
        if row["active"]:
            return None
        return INACTIVE

    def selected_authority(self) -> dict[str, Any] | None:
        index = self.ui.authoritiesView.selectionModel().currentIndex()
        return self.authorities.row(index.row()) if index.isValid() else None

    def selected_contact(self) -> dict[str, Any] | None:
        index = self.ui.contactsView.selectionModel().currentIndex()
        return self.contacts.row(index.row()) if index.isValid() else None

    def refresh(
        self, select_authority: int | None = None, select_contact: int | None = None
    ) -> None:
        """Reload from the workspace, keeping (or moving to) the selected rows."""
        if not self.session.is_unlocked:
            self.clear()
            return
        current = self.selected_authority()
        keep = (
            select_authority
            if select_authority is not None
            else (current["id"] if current else None)
        )
        contact = self.selected_contact()
        keep_contact = (
            select_contact if select_contact is not None else (contact["id"] if contact else None)
        )
        self._loaded = True
        rows = directory.authorities(
            self.session.ws, include_inactive=self.ui.inactiveCheck.isChecked()
        )
        self.authorities.set_rows(rows)
        self._fit_columns(self.ui.authoritiesView, stretch=1)
        self._select(self.ui.authoritiesView, self.authorities, keep)
        self._load_contacts(keep_contact)
        self._update_empty_states()

    def clear(self) -> None:
        """Drop everything shown: called on lock, so nothing stays on screen or in memory."""
        self._loaded = False
        self.authorities.set_rows([])
        self.contacts.set_rows([])
        self._update_empty_states()

    def _select(self, view: QTableView, model: RowsModel, row_id: int | None) -> None:
        number = next((i for i, r in enumerate(model.rows) if r["id"] == row_id), 0)
        if model.rowCount() == 0:
            return
        index = model.index(number, 0)
        view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.scrollTo(index)

    def _authority_selected(self) -> None:
        self._load_contacts(None)
        self._update_empty_states()

    def _load_contacts(self, select_contact: int | None) -> None:
        authority = self.selected_authority()
        if authority is None or not self.session.is_unlocked:
            self.contacts.set_rows([])
        else:
            self.contacts.set_rows(directory.contacts(self.session.ws, authority["id"]))
            self._fit_columns(self.ui.contactsView, stretch=1)
            if select_contact is not None:
                self._select(self.ui.contactsView, self.contacts, select_contact)
        self._update_buttons()

    def _update_empty_states(self) -> None:
        authority = self.selected_authority()
        has_authorities = self.authorities.rowCount() > 0
        self.ui.authoritiesView.setVisible(has_authorities)
        self.ui.authoritiesEmptyLabel.setVisible(not has_authorities)
        if not self._loaded:
            self.ui.authoritiesEmptyLabel.setText(self.tr("The workspace is locked."))
        elif self.ui.inactiveCheck.isChecked():
            self.ui.authoritiesEmptyLabel.setText(
                self.tr(
                    "The directory is empty. Add the national authorities that execute the "
                    "Court's requests with New authority."
                )
            )
        else:
            self.ui.authoritiesEmptyLabel.setText(
                self.tr(
                    "No active authority. Add the ministries, prosecutors and services that "
                    "execute the Court's requests with New authority, or show the inactive "
                    "ones to reactivate them."
                )
            )

        if authority is None:
            self.ui.contactsLabel.setText(self.tr("&Contact persons"))
        else:
            self.ui.contactsLabel.setText(
                self.tr("&Contact persons — {0}").format(authority["name"])
            )
        has_contacts = self.contacts.rowCount() > 0
        self.ui.contactsView.setVisible(has_contacts)
        self.ui.contactsEmptyLabel.setVisible(not has_contacts)
        if authority is None:
            self.ui.contactsEmptyLabel.setText(
                self.tr("Select an authority to see the people to contact there.")
                if has_authorities
                else ""
            )
        else:
            self.ui.contactsEmptyLabel.setText(
                self.tr(
                    "No contact person recorded here yet. Add the desk officer who handles the "
                    "Court's requests, so that cooperation does not depend on one person's "
                    "address book."
                )
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        authority = self.selected_authority()
        contact = self.selected_contact()
        self.ui.addAuthorityButton.setEnabled(self._loaded)
        self.ui.inactiveCheck.setEnabled(self._loaded)
        self.ui.editAuthorityButton.setEnabled(authority is not None)
        self.ui.activeButton.setEnabled(authority is not None)
        if authority is not None and not authority["active"]:
            self.ui.activeButton.setText(self.tr("Reacti&vate"))
            self.ui.activeButton.setAccessibleName(self.tr("Reactivate the selected authority"))
        else:
            self.ui.activeButton.setText(self.tr("&Deactivate"))
            self.ui.activeButton.setAccessibleName(self.tr("Deactivate the selected authority"))
        self.ui.addContactButton.setEnabled(authority is not None)
        self.ui.editContactButton.setEnabled(contact is not None)
        self.ui.removeContactButton.setEnabled(contact is not None)

    # -- actions ------------------------------------------------------------------------
    # Each opens its dialog window-modally and returns it (the tests fill it in); the
    # dialog's OK runs a closure that calls the service and then refreshes the page.

    def add_authority(self) -> AuthorityDialog | None:
        if not self.session.is_unlocked:
            return None

        def apply(values: dict[str, Any]) -> None:
            name = values.pop("name")
            description = values.pop("description")
            new_id = directory.add_authority(self.session.ws, name, description, **values)
            self._changed(self.tr("Authority added: {0}.").format(name), new_id)

        dialog = AuthorityDialog(self.tr("New national authority"), apply, parent=self)
        dialog.open()
        return dialog

    def edit_authority(self) -> AuthorityDialog | None:
        authority = self.selected_authority()
        if authority is None or not self.session.is_unlocked:
            return None

        def apply(values: dict[str, Any]) -> None:
            directory.update_authority(self.session.ws, authority["id"], values)
            self._changed(self.tr("Authority saved: {0}.").format(values["name"]), authority["id"])

        dialog = AuthorityDialog(
            self.tr("Edit authority — {0}").format(authority["name"]), apply, authority, self
        )
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        """Deactivate (kept for past requests, not offered for routing) or reactivate."""
        authority = self.selected_authority()
        if authority is None:
            return
        active = not authority["active"]
        try:
            directory.set_authority_active(self.session.ws, authority["id"], active)
        except UserFacingError as exc:
            self.message.emit(str(exc))
            self.refresh()
            return
        if active:
            text = self.tr("Active again: {0}.").format(authority["name"])
        elif self.ui.inactiveCheck.isChecked():
            text = self.tr("Deactivated, no longer offered when routing: {0}.").format(
                authority["name"]
            )
        else:
            text = self.tr(
                "Deactivated, no longer offered when routing: {0}. Tick “Show "
                "inactive authorities” to find it again."
            ).format(authority["name"])
        self._changed(text, authority["id"])

    def add_contact(self) -> ContactDialog | None:
        authority = self.selected_authority()
        if authority is None or not self.session.is_unlocked:
            return None

        def apply(values: dict[str, Any]) -> None:
            name = values.pop("name")
            new_id = directory.add_contact(self.session.ws, authority["id"], name, **values)
            self.refresh(authority["id"], new_id)
            self.message.emit(self.tr("Contact added: {0} ({1}).").format(name, authority["name"]))

        dialog = ContactDialog(
            self.tr("New contact — {0}").format(authority["name"]), apply, parent=self
        )
        dialog.open()
        return dialog

    def edit_contact(self) -> ContactDialog | None:
        authority = self.selected_authority()
        contact = self.selected_contact()
        if authority is None or contact is None or not self.session.is_unlocked:
            return None

        def apply(values: dict[str, Any]) -> None:
            directory.edit_contact(self.session.ws, contact["id"], values)
            self.refresh(authority["id"], contact["id"])
            self.message.emit(self.tr("Contact saved: {0}.").format(values["name"]))

        dialog = ContactDialog(
            self.tr("Edit contact — {0}").format(contact["name"]), apply, contact, self
        )
        dialog.open()
        return dialog

    def confirm_removal(self, name: str, authority: str) -> bool:
        """Asked before a contact is removed; removal cannot be undone."""
        answer = QMessageBox.question(
            self,
            self.tr("Remove contact"),
            self.tr("Remove this contact person? This cannot be undone.\n\n{0}\n{1}").format(
                name, authority
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def remove_contact(self) -> None:
        authority = self.selected_authority()
        contact = self.selected_contact()
        if authority is None or contact is None:
            return
        if not self.confirm_removal(contact["name"], authority["name"]):
            return
        try:
            directory.remove_contact(self.session.ws, contact["id"])
        except UserFacingError as exc:
            self.message.emit(str(exc))
        else:
            self.message.emit(
                self.tr("Contact removed: {0} ({1}).").format(contact["name"], authority["name"])
            )
        self.refresh(authority["id"])

    def _changed(self, text: str, authority_id: int) -> None:
        """An authority changed: routing steps and request views show its name."""
        self.refresh(authority_id)
        self.session.notify(0)
        self.message.emit(text)
