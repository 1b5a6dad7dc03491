"""Settings → Watched folder for parcels: while the workspace is open, a parcel for this
office that appears there is offered for receiving (the usual preview, then apply).

A QFileSystemWatcher says when the folder changes; a short pause lets a copy finish
before the folder is read. Which files are parcels for this office and not yet received
is the service's to say (`parcel_folder.waiting`), on a worker thread. Each file is
offered once per session; parcels for other offices are left alone, and no file is ever
moved or deleted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import APP_NAME
from desktop.gui import parcel_actions
from desktop.gui.session import Session
from desktop.services import parcel_folder

SETTLE_MS = 1000  # after the last change, before the folder is read
translate = QCoreApplication.translate


class ParcelFolder(QObject):
    message = Signal(str)  # for the status bar

    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.scan)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.timer.start())
        self.offered: set[tuple[str, int, int]] = set()  # (path, size, mtime) this session
        session.unlocked.connect(self.configure)
        session.locked.connect(self._stop)

    def _stop(self) -> None:
        self.timer.stop()
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())

    def configure(self) -> None:
        """Watch the folder the settings name (again after they change), and look now."""
        self._stop()
        folder = self.session.ws.settings.parcel_folder if self.session.is_unlocked else ""
        if folder and Path(folder).expanduser().is_dir():
            self.watcher.addPath(str(Path(folder).expanduser()))
            self.scan()

    def scan(self) -> None:
        folders = self.watcher.directories()
        if not folders or not self.session.is_unlocked:
            return
        folder = Path(folders[0])
        self.session.read(
            lambda ws: parcel_folder.waiting(ws, folder),
            self._offer,
            self.message.emit,
            parent=self.window,
        )

    def _offer(self, waiting: list[Path]) -> None:
        """The first parcel not offered yet this session; the next once it is handled."""
        if not self.session.is_unlocked:
            return
        for path in waiting:
            try:
                stat = path.stat()
            except OSError:
                continue
            key = (str(path), stat.st_size, stat.st_mtime_ns)
            if key in self.offered:
                continue
            self.offered.add(key)
            answer = QMessageBox.question(
                self.window,
                APP_NAME,
                translate(
                    "parcels",
                    "A parcel for this office is in the watched folder:\n{0}\n\nReceive it "
                    "now? The file stays in the folder.",
                ).format(path.name),
            )
            if answer == QMessageBox.StandardButton.Yes:
                parcel_actions.receive_parcel(self.window, self.session, self._received, str(path))
                return  # the next one after this one is applied (sequence order)

    def _received(self, told: str) -> None:
        self.message.emit(told)
        self.scan()
