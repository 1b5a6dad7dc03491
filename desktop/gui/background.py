"""Running slow work (KDF, keyring, imports, exports) off the GUI thread.

`Background.run(work, on_done, on_error)` runs `work()` on a worker thread and calls one of
the callbacks back on the GUI thread. Tasks run one at a time, in order.

The rule that keeps the one database connection safe: once a workspace is unlocked only
the GUI thread uses it. Work handed to the background gets plain data in and gives plain
data out (derive a key, talk to the keyring, parse a file, render a document); opening a
workspace is the one exception, since nothing else can use it before it exists.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop.gui.error_path import report_caught
from desktop.services.errors import UserFacingError
from desktop.services.workspace import damage_message


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(str, object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    @Slot()
    def run(self) -> None:
        try:
            result = self.work()
        except UserFacingError as exc:
            self.relay.failed.emit(str(exc), exc)
        except Exception as exc:  # never a traceback dialog; the type helps support
            damaged = damage_message(exc)
            if damaged:
                self.relay.failed.emit(damaged, exc)
                return
            self.relay.failed.emit(
                f"Something went wrong ({type(exc).__name__}). Nothing half-written was "
                "kept; please try again.", exc)
        else:
            self.relay.done.emit(result)


class Background(QObject):
    """One worker thread for the session; callbacks arrive on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._pending = 0
        self._relays: set[_Relay] = set()

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[str], None] | None = None,
            on_exception: Callable[[str, Exception], None] | None = None) -> None:
        """`on_error` gets the message; `on_exception` also the error, to tell kinds apart.

        An error that is not a `UserFacingError` is a bug: it is also written to the error
        log (gui/error_path.py), and shown there when no callback would tell the user.
        """
        # Collect garbage here, on the GUI thread: otherwise Python may collect a discarded
        # dialog's widgets while the worker runs, and a Qt widget must never be destroyed
        # outside the GUI thread (a crash, seen once in a few runs without this).
        gc.collect()
        relay = _Relay()
        self._relays.add(relay)

        def finish() -> None:
            self._relays.discard(relay)
            self._pending -= 1
            if not self._pending:
                self.busy_changed.emit(False)

        def done(result: Any) -> None:
            finish()
            if on_done:
                on_done(result)

        def failed(message: str, error: Exception) -> None:
            finish()
            if not isinstance(error, UserFacingError):  # a bug: into the error log
                report_caught(error, show=not (on_exception or on_error))
            if on_exception:
                on_exception(message, error)
            elif on_error:
                on_error(message)

        relay.done.connect(done)
        relay.failed.connect(failed)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self.pool.start(_Task(work, relay))

    def wait(self) -> None:
        """Block until queued work is done (closing the window, locking)."""
        self.pool.waitForDone()
