"""The one path an unexpected error takes in the GUI: a log line, then a dialog in plain words.

The windowed build has no console, so an exception raised in a slot or a worker thread
would otherwise vanish. `install(app)` routes `sys.excepthook` and `threading.excepthook`
here: the error is written to a rotating log in the platform's log folder and the user is
told, in plain words, that the action did not finish, with a "Copy details" button for
support.

What is written and copied is the exception's type and the stack's file, line and function
names — never the exception's message, its arguments or any local variable. Messages are
where stored text leaks (a `ValueError` quoting a subject, a SQLite error quoting a row),
and this log sits in plaintext outside the encrypted workspace; the stack is enough to find
the bug. Expected errors (`UserFacingError`) do not come here: the screen that caused them
shows their message.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import threading
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import APP_NAME, __version__

LOG_FILE = "errors.log"
LOG_BYTES = 256 * 1024  # a few hundred reports; support asks for the latest
LOG_BACKUPS = 3

_installed: ErrorPath | None = None


def log_dir() -> Path:
    """The platform's log folder for the app (~/.local/state/... on Linux, Logs on macOS)."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def details(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """The report: versions, then each exception in the chain as its type and its frames.

    No message, argument or variable appears; see the module docstring for why.
    """
    lines = [
        f"{APP_NAME} {__version__}; Python {platform.python_version()}; "
        f"{platform.system()} {platform.release()}"
    ]
    chain: list[tuple[type[BaseException], TracebackType | None]] = [(kind, tb)]
    seen = {id(error)}
    current: BaseException | None = error
    while current is not None:
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
        if current is None or id(current) in seen:
            break
        seen.add(id(current))
        chain.append((type(current), current.__traceback__))
    for index, (each, each_tb) in enumerate(reversed(chain)):
        if index:
            lines.append("which led to:")
        lines.append(f"{each.__module__}.{each.__qualname__}")
        lines += [
            f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}'
            for frame in traceback.extract_tb(each_tb)
        ]
    return "\n".join(lines)


def _logger(folder: Path) -> logging.Logger:
    """A logger of its own, not propagated: nothing else writes to this file or reads it."""
    log = logging.getLogger("desktop.gui.error_path")
    log.propagate = False
    log.setLevel(logging.ERROR)
    for old in list(log.handlers):
        log.removeHandler(old)
        old.close()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE,
            maxBytes=LOG_BYTES,
            backupCount=LOG_BACKUPS,
            encoding="utf-8",
            delay=True,
        )
    except OSError:  # a read-only profile: the dialog still tells the user
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(handler)
    return log


class ErrorPath(QObject):
    """Installed hooks and the dialog; `uninstall()` puts the previous hooks back."""

    # Carries the report to the GUI thread: a worker thread must not open a dialog.
    reported = Signal(str)

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder or log_dir()
        self.log = _logger(self.folder)
        self.dialog: QMessageBox | None = None
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self.reported.connect(self._show)

    def hook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        """`sys.excepthook`: Ctrl+C still stops the program; anything else is reported."""
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, error, tb)
            return
        self.report(kind, error, tb)
        if self._previous_hook is not sys.__excepthook__:
            # A harness watching for errors (pytest-qt, a debugger) still hears of it;
            # Python's own hook is not called: a console would show case content.
            self._previous_hook(kind, error, tb)

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self.report(args.exc_type, args.exc_value, args.exc_traceback)

    def report(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
        show: bool = True,
    ) -> None:
        text = details(kind, error, tb)
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        self.log.error("%s\n%s\n", stamp, text)
        if show:
            self.reported.emit(text)

    @Slot(str)
    def _show(self, text: str) -> None:
        """One dialog at a time: a burst of errors from the same fault shows the latest."""
        if self.dialog is not None:
            self.dialog.setDetailedText(text)
            return
        parent = QApplication.activeWindow()
        box = QMessageBox(parent if isinstance(parent, QWidget) else None)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ErrorPath", "Something went wrong"))
        box.setText(
            QCoreApplication.translate(
                "ErrorPath",
                "Something went wrong and the last action did not finish. Check "
                "that it did what you expected before going on.",
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "ErrorPath",
                "A report was written to {0}. It holds no case content: you can "
                "send it, or the copied details, to whoever supports the app.",
            ).format(self.folder)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.setDetailedText(text)
        copy = box.addButton(
            QCoreApplication.translate("ErrorPath", "Copy details"),
            QMessageBox.ButtonRole.ActionRole,
        )
        copy.clicked.disconnect()  # keep the dialog open after copying
        copy.clicked.connect(lambda: QApplication.clipboard().setText(box.detailedText()))
        box.finished.connect(self._closed)
        self.dialog = box
        box.open()

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def uninstall(self) -> None:
        global _installed
        if _installed is self:
            _installed = None
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook
        for handler in list(self.log.handlers):
            self.log.removeHandler(handler)
            handler.close()


def install(app: QApplication, folder: Path | None = None) -> ErrorPath:
    """Route every uncaught exception, GUI thread or worker, to the log and the dialog."""
    global _installed
    path = ErrorPath(folder, app)
    sys.excepthook = path.hook
    threading.excepthook = path.thread_hook
    _installed = path
    return path


def report_caught(error: BaseException, show: bool) -> None:
    """An unexpected error that code caught to keep going (background work): log it, and
    with `show` also tell the user, when nobody else will. Does nothing before `install`."""
    if _installed is not None:
        _installed.report(type(error), error, error.__traceback__, show=show)
