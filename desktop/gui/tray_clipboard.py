"""What reaches outside the window: tray reminders and what is copied to the clipboard.

Both may be seen by someone else (a notification on a lock screen, a clipboard read by
another program), so they carry counts only, or are wiped again after a while.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from desktop import APP_NAME
from desktop.gui.session import Session
from desktop.services import queries, register

REMIND_EVERY_MS = 60 * 60 * 1000


class Reminders(QObject):
    """A tray icon and, every hour while unlocked, how many requests are due or overdue."""

    def __init__(self, session: Session, window: QWidget, icon: QIcon | None) -> None:
        super().__init__(window)
        self.session = session
        self.tray = self._tray(window, icon)
        self.timer = QTimer(self)
        self.timer.setInterval(REMIND_EVERY_MS)
        self.timer.timeout.connect(self.remind)

    @staticmethod
    def _tray(window: QWidget, icon: QIcon | None) -> QSystemTrayIcon | None:
        if not QSystemTrayIcon.isSystemTrayAvailable() or icon is None:
            return None
        tray = QSystemTrayIcon(icon, window)
        tray.setToolTip(APP_NAME)

        def show(_reason: QSystemTrayIcon.ActivationReason) -> None:
            window.showNormal()
            window.activateWindow()

        tray.activated.connect(show)
        tray.show()
        return tray

    def start(self) -> None:
        self.timer.start()
        self.remind()

    def stop(self) -> None:
        self.timer.stop()

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()

    def due_today_count(self) -> int:
        return queries.due_today_or_overdue(self.session.ws)

    def remind(self) -> None:
        """A notification with counts only: it may show on a lock screen, so no case data."""
        if self.tray is None or not self.session.is_unlocked:
            return
        count = self.due_today_count()
        if count:
            self.tray.showMessage(
                APP_NAME,
                self.tr("{0} requests are due today or overdue.").format(count),
                QSystemTrayIcon.MessageIcon.Information,
                15_000,
            )


class ClipboardGuard(QObject):
    """Copies references; from a confidential request, wipes them again after a while."""

    message = Signal(str)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.clear_copied)
        self.copied = ""

    def copy_reference(self, request_id: int) -> None:
        """Our number and the Court's."""
        ws = self.session.ws
        record = register.by_id(ws, request_id)
        self.copied = f"{record.registry_no} {record.court_reference}"
        QApplication.clipboard().setText(self.copied)
        if record.confidentiality.value != "public":
            self.timer.start(ws.settings.clear_clipboard_seconds * 1000)
            self.message.emit(
                self.tr("Copied; the clipboard is cleared in {0} s.").format(
                    ws.settings.clear_clipboard_seconds
                )
            )

    def clear_copied(self) -> None:
        """Only what we put there: the user may have copied something else since."""
        if QApplication.clipboard().text() == self.copied:
            QApplication.clipboard().clear()
        self.copied = ""
