"""The unlocked workspace of this window, and locking it (on request or when idle)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from desktop.gui.background import Background
from desktop.services.workspace import Workspace


class Session(QObject):
    """Holds the Workspace while unlocked; everything that shows case data listens here."""

    unlocked = Signal()
    about_to_lock = Signal()  # the workspace is still open: last chance to back it up
    locked = Signal()
    changed = Signal(int)  # a request id, or 0 for "the register as a whole"

    def __init__(self, parent: QObject | None = None, background: Background | None = None) -> None:
        super().__init__(parent)
        self._ws: Workspace | None = None
        self.background = background or Background(self)

    @property
    def ws(self) -> Workspace:
        if self._ws is None:
            raise RuntimeError("the workspace is locked")
        return self._ws

    @property
    def is_unlocked(self) -> bool:
        return self._ws is not None

    def open(self, ws: Workspace) -> None:
        ws.keep_few_pages()
        self._ws = ws
        self.unlocked.emit()

    def replace(self, ws: Workspace) -> None:
        """The same user's workspace reopened under a new data key: views read again."""
        ws.keep_few_pages()
        self.background.forget()  # it holds the old key
        self._ws = ws
        self.changed.emit(0)

    def lock(self) -> None:
        """Close the database and wipe the key; views drop what they show."""
        if self._ws is None:
            return
        self.about_to_lock.emit()
        self.background.forget()
        ws, self._ws = self._ws, None
        self.locked.emit()
        ws.close()

    def notify(self, request_id: int = 0) -> None:
        self.changed.emit(request_id)

    def read(
        self,
        work: Callable[[Workspace], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
        progress: str | None = None,
        keep: bool = False,
    ) -> None:
        """`work(ws)` off the GUI thread, on a connection of its own (`Background.read`;
        with `keep`, one kept open for the next such read)."""
        self.background.read(self.ws, work, on_done, on_error, parent, progress, keep)

    def write(
        self,
        work: Callable[[Workspace], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
        progress: str | None = None,
    ) -> None:
        """`work(ws)` changes the workspace off the GUI thread, after earlier writes."""
        self.background.write(self.ws, work, on_done, on_error, parent, progress)


_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}

# Neither class below filters the application's events: a Python event filter on the
# application runs for every event of every widget (painting, timers, layouts: 2,800 to
# open a request), and while a worker holds the interpreter each of them waits for it.


class LockKey(QObject):
    """Ctrl+L locks from anywhere, an open dialog included.

    Someone walking up to the desk is not the moment to close a dialog first. The File
    menu's Lock action answers Ctrl+L in every window of the application; a modal dialog
    blocks the menu bar, so the action is also given to each window as it becomes active.
    Qt matches the shortcut itself; no Python runs until it is pressed.
    """

    def __init__(self, action: QAction, app: QGuiApplication) -> None:
        super().__init__(action)
        self.action = action
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        app.focusWindowChanged.connect(self._reach)

    def _reach(self, _window: QWindow | None) -> None:
        active = QApplication.activeWindow()
        if active is not None and self.action not in active.actions():
            active.addAction(self.action)


class IdleLock(QObject):
    """Locks the session after `minutes` without keyboard or mouse activity.

    It watches the windows, not every widget: the user's keys and mouse reach a window
    first (the window system delivers them there), so a filter on each top-level window
    sees them all, and none of the widgets' own events.
    """

    def __init__(self, session: Session, app: QGuiApplication) -> None:
        super().__init__(session)
        self.session = session
        self.app = app
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # coarse: up to 5 % late
        self.timer.timeout.connect(session.lock)
        app.focusWindowChanged.connect(self._watch_windows)
        session.unlocked.connect(self.restart)
        session.locked.connect(self.timer.stop)

    def set_minutes(self, minutes: float) -> None:
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        self.restart()

    def restart(self) -> None:
        self._watch_windows(None)
        if self.session.is_unlocked and self.timer.interval() > 0:
            self.timer.start()

    def _watch_windows(self, _focus: QWindow | None) -> None:
        """Each window once (installing again only moves the filter to the front)."""
        for window in self.app.topLevelWindows():
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False
