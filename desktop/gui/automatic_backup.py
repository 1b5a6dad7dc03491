"""Automatic backups: when the workspace is locked or closed, and once a day.

Locking is instant: the backup is started on a connection and a key copy of its own
(`Session.read`) while the window drops its workspace at once; the copy of the key is
wiped when the backup ends. Meanwhile the lock screen says the backup is finishing, and
quitting waits for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from desktop.gui.session import Session
from desktop.services import backup
from desktop.services.workspace import Workspace


class AutomaticBackup(QObject):
    running_changed = Signal(bool)  # the lock screen's "finishing the backup"
    failed = Signal(str)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.running = 0
        session.about_to_lock.connect(self.on_lock)

    def on_lock(self) -> None:
        """Started while the workspace is still open; a failure must not stop the lock."""
        self._start(lambda ws: backup.back_up_automatically(ws, "close"))

    def daily(self) -> None:
        if self.session.is_unlocked:
            self._start(backup.backup_if_due)

    def _start(self, work: Callable[[Workspace], object]) -> None:
        self.running += 1
        if self.running == 1:
            self.running_changed.emit(True)
        self.session.read(work, lambda _made: self._ended(), lambda message: self._ended(message))

    def _ended(self, message: str = "") -> None:
        self.running -= 1
        if not self.running:
            self.running_changed.emit(False)
        if message:
            self.failed.emit(self.tr("Automatic backup failed: {0}").format(message))
