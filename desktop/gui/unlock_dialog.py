"""Unlocking a workspace: user, passphrase, 'remember on this computer', recovery key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from desktop.gui.background import Background
from desktop.gui.form_types import RecoveryFormUi, UnlockFormUi
from desktop.gui.forms import load_form
from desktop.services import backup, keyring_store, remembered, unlock_guard
from desktop.services.unlock_guard import TooManyAttempts
from desktop.services.workspace import DatabaseUnreadable, Workspace, user_names


class RecoveryDialog(QDialog):
    """Recovery key plus a new passphrase typed twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open with the recovery key"))
        self.ui = load_form(RecoveryFormUi, self)
        self.ui.buttonBox.accepted.connect(self._check)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _check(self) -> None:
        if self.ui.newEdit.text() != self.ui.againEdit.text():
            self.ui.errorLabel.setText(self.tr("The two passphrases differ."))
            return
        self.accept()

    def values(self) -> tuple[str, str]:
        return self.ui.keyEdit.text(), self.ui.newEdit.text()

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)


class UnlockDialog(QDialog):
    """Asks for the passphrase, tries a remembered key first; `workspace` is set on accept."""

    opens_the_workspace = True  # locking leaves it on screen (MainWindow._park_dialogs)

    quit_requested = Signal()  # the Quit button: leave the application, not just the dialog

    def __init__(
        self, folder: Path, background: Background, hint: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.background = background
        self.workspace: Workspace | None = None
        self.setWindowTitle(self.tr("Cooperation Desk — Unlock"))
        self.ui = load_form(UnlockFormUi, self)
        self.setMinimumWidth(480)
        self.ui.folderLabel.setText(hint or self.tr("Workspace: {0}").format(folder))
        names = user_names(folder)
        self.ui.userCombo.addItems(names)
        last = QSettings().value("unlock/last_user", "")
        if last in names:
            self.ui.userCombo.setCurrentText(last)
        self.ui.unlockButton.clicked.connect(self.unlock)
        self.ui.passphraseEdit.returnPressed.connect(self.unlock)
        self.ui.quitButton.clicked.connect(self._quit)
        self.ui.recoveryButton.clicked.connect(self.recover)
        self.ui.restoreButton.clicked.connect(self.restore_latest)
        self.ui.passphraseEdit.setFocus()
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.timeout.connect(self._end_delay)
        self.ui.rememberCheck.toggled.connect(self._check_keyring)
        # A key remembered on this computer opens without asking, once the dialog shows.
        QTimer.singleShot(0, self.try_remembered_key)

    def _quit(self) -> None:
        self.reject()
        self.quit_requested.emit()

    @property
    def user(self) -> str:
        return self.ui.userCombo.currentText()

    def try_remembered_key(self) -> None:
        """If the keyring holds this user's key and it still fits, unlock without asking.

        A stale entry is removed and the passphrase asked, saying why.
        """
        user, folder = self.user, self.folder
        if not user:
            return
        # The form stays usable: a passphrase typed meanwhile is tried after this.
        self.background.run(
            lambda: remembered.unlock_remembered(folder, user),
            self._opened_remembered,
            on_exception=self._failed,
        )

    def _opened_remembered(self, result: remembered.Remembered) -> None:
        if result.workspace is not None:
            self.ui.rememberCheck.blockSignals(True)
            self.ui.rememberCheck.setChecked(True)
            self.ui.rememberCheck.blockSignals(False)
            self._accept(result.workspace)
        elif result.message:
            self.ui.errorLabel.setText(result.message)

    def _check_keyring(self, checked: bool) -> None:
        """Ticking 'Remember' on a computer whose keyring is missing or unfit says why."""
        if checked:
            self.background.run(keyring_store.problem, self._keyring_refused)

    def _keyring_refused(self, reason: str | None) -> None:
        if reason:
            self.ui.rememberCheck.setChecked(False)
            self.ui.errorLabel.setText(reason)

    def unlock(self) -> None:
        if self._delay.isActive() or not self.ui.unlockButton.isEnabled():
            return
        passphrase = self.ui.passphraseEdit.text()
        if not passphrase:
            self.ui.errorLabel.setText(self.tr("Type your passphrase."))
            return
        user, folder, remember = self.user, self.folder, self.ui.rememberCheck.isChecked()
        self.ui.errorLabel.setText(self.tr("Unlocking…"))
        self._busy(True)
        self.background.run(
            lambda: Workspace.unlock(folder, user, passphrase),
            lambda ws: self._unlocked(ws, remember),
            on_exception=self._failed,
        )

    def _unlocked(self, ws: Workspace, remember: bool) -> None:
        ws_id, user, key = ws.workspace_id, ws.user, ws.data_key_for_keyring()
        if remember:
            self.background.run(
                lambda: keyring_store.remember(ws_id, user, key), None, self._keyring_failed
            )
        else:
            self.background.run(lambda: keyring_store.forget(ws_id, user))
        self._accept(ws)

    def _keyring_failed(self, message: str) -> None:
        self.keyring_message = message

    def _accept(self, ws: Workspace) -> None:
        if self.workspace is not None:  # opened twice (remembered key and passphrase)
            ws.close()
            return
        self.workspace = ws
        QSettings().setValue("unlock/last_user", ws.user)
        self.ui.passphraseEdit.clear()
        self.accept()

    def _failed(self, message: str, error: Exception) -> None:
        """Say what went wrong; after repeated failures the button waits, as the guard says."""
        self._busy(False)
        self.ui.passphraseEdit.selectAll()
        if isinstance(error, DatabaseUnreadable):
            latest = backup.latest_backup(self.folder)
            if latest is not None:
                message += " " + self.tr(
                    "A backup from {0} can replace it; the unreadable file is kept aside."
                ).format(latest.name)
            self.ui.restoreButton.setVisible(latest is not None)
        wait = (
            error.seconds
            if isinstance(error, TooManyAttempts)
            else unlock_guard.delay_before_next_attempt(self.folder, self.user)
        )
        if wait > 0:
            self.ui.unlockButton.setEnabled(False)
            self._delay.start(int(wait * 1000) + 100)
            if not isinstance(error, TooManyAttempts):
                message += " " + self.tr("Try again in {0} s.").format(max(1, round(wait)))
        self.ui.errorLabel.setText(message)

    def restore_latest(self) -> None:
        """The database cannot be opened: restore the newest backup with this passphrase."""
        latest = backup.latest_backup(self.folder)
        passphrase = self.ui.passphraseEdit.text()
        if latest is None or not passphrase:
            self.ui.errorLabel.setText(self.tr("Type your passphrase, then restore."))
            return
        user, folder = self.user, self.folder
        self._busy(True)
        self.ui.errorLabel.setText(self.tr("Restoring {0}…").format(latest.name))
        self.background.run(
            lambda: backup.restore_damaged(folder, user, passphrase, latest),
            lambda ws: self._unlocked(ws, self.ui.rememberCheck.isChecked()),
            on_exception=self._failed,
        )

    def _end_delay(self) -> None:
        self.ui.unlockButton.setEnabled(True)

    def _busy(self, busy: bool) -> None:
        for name in ("unlockButton", "passphraseEdit", "userCombo", "recoveryButton"):
            getattr(self.ui, name).setEnabled(not busy)
        if not busy:
            self.ui.passphraseEdit.setFocus()

    def recover(self) -> None:
        dialog = RecoveryDialog(self)
        user, folder = self.user, self.folder

        def attempt() -> None:
            key, new = dialog.values()
            self.background.run(
                lambda: Workspace.recover(folder, key, user, new), close_and_accept, retry
            )

        def close_and_accept(ws: Workspace) -> None:
            dialog.done(QDialog.DialogCode.Accepted)
            self._accept(ws)

        def retry(message: str) -> None:
            dialog.show_error(message)
            dialog.show()

        dialog.accepted.connect(attempt)
        dialog.open()
