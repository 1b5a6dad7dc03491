"""File → Change the data key…: a new data key, and the new recovery key shown once.

Before: who will no longer be able to unlock (their passphrase slots cannot be wrapped
again without their passphrases) and what a new key cannot revoke. After: the new
recovery key, who must be added again, and that older backups need the old key.
The rekey itself runs on the GUI thread: it copies the database through the one
connection, which only this thread may use.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget

from desktop.gui.form_types import RekeyFormUi
from desktop.gui.forms import load_form
from desktop.gui.session import Session
from desktop.gui.setup_wizard import key_lines
from desktop.services import rekey
from desktop.services.errors import UserFacingError


class RekeyDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Change the data key"))
        self.ui = load_form(RekeyFormUi, self)
        others = rekey.losing_access(session.ws)
        if others:
            self.ui.othersLabel.setText(
                self.tr(
                    "These users will no longer be able to unlock and must be added again "
                    "with a new passphrase (coopdesk-cli user add NAME): {0}"
                ).format(", ".join(others))
            )
        else:
            self.ui.othersLabel.setText(
                self.tr("You are the only user with a passphrase: no one else loses access.")
            )
        self.change_button = self.ui.buttonBox.addButton(
            self.tr("&Change the data key"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.clicked.connect(self._change)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.keptCheck.toggled.connect(self._kept)
        self.ui.passEdit.setFocus()

    def _change(self) -> None:
        passphrase = self.ui.passEdit.text()
        self.ui.passEdit.clear()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = rekey.rekey(self.session.ws, passphrase)
        except rekey.StillOpen as exc:
            QApplication.restoreOverrideCursor()
            self.session.lock()  # this window's workspace was closed on the way
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            self.reject()
            return
        except UserFacingError as exc:
            QApplication.restoreOverrideCursor()
            self.ui.errorLabel.setText(str(exc))
            return
        QApplication.restoreOverrideCursor()
        self.session.replace(result.workspace)
        self._show_key(result.recovery_key, result.users_to_add_again)

    def _show_key(self, key: str, add_again: list[str]) -> None:
        self.ui.keyLabel.setText(key_lines(key))
        if add_again:
            self.ui.addAgainLabel.setText(
                self.tr(
                    "No longer able to unlock, to be added again with a new passphrase: {0}"
                ).format(", ".join(add_again))
            )
        else:
            self.ui.addAgainLabel.hide()
        self.ui.buttonBox.clear()
        self.close_button = self.ui.buttonBox.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self.accept)
        self.ui.stack.setCurrentWidget(self.ui.keyPage)

    def _kept(self, checked: bool) -> None:
        self.close_button.setEnabled(checked)

    def reject(self) -> None:
        """Escape does not close the new key unseen: only Close, once it is kept. (A
        dialog put away by a lock, then dropped for another user, does close.)"""
        if (
            self.ui.stack.currentWidget() is self.ui.keyPage
            and self.isVisible()
            and not self.ui.keptCheck.isChecked()
        ):
            return
        super().reject()
