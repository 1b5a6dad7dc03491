"""The one way to run slow work off the GUI thread, in the spirit of Anki's QueryOp.

Three kinds of work, each on worker threads of its own, with callbacks back on the GUI
thread:

- `run(work, ...)`: plain data in, plain data out (derive a key, talk to the keyring,
  parse a file); no database.
- `read(ws, work, ...)`: `work(companion)` reads the workspace (a backup, a verification,
  an export) on a **second connection of its own** (`Workspace.companion`). Reads may run
  beside each other and beside a write. With `keep=True` (a view read again and again,
  the dashboard) the connection is kept for the next such read until `forget()`.
- `write(ws, work, ...)`: the same for work that changes the workspace (an import, an
  attachment, a reply export, a restore); writes run one at a time, in order.

Why a companion connection: a SQLCipher connection must never be used by two threads,
and the GUI thread keeps using its own while the work runs. The key is copied when the
operation is started, so locking (which wipes the window's key) can go ahead at once; the
copy is wiped when the work ends. Qt widgets are only touched in the callbacks.

Errors: a `UserFacingError` or an `OSError` reaches `on_error` with its message, or the
default dialog (a warning over `parent`). Anything else is a bug: it goes to the error
log (gui/error_path.py) and is shown there unless a callback tells the user.

`progress` names a long operation: a progress dialog appears over `parent` if it lasts;
the work may call `report_progress(done, total)` from its thread to fill the bar.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop import APP_NAME
from desktop.gui.error_path import report_caught
from desktop.services import collector
from desktop.services.errors import UserFacingError
from desktop.services.workspace import Workspace, damage_message

PROGRESS_AFTER_MS = 400  # a quick operation shows no dialog at all

_current = threading.local()  # the relay of the task running on this worker thread


def report_progress(done: int, total: int) -> None:
    """Called by work on a worker thread; moves the bar of the operation's dialog."""
    relay = getattr(_current, "relay", None)
    if relay is not None:
        relay.progressed.emit(done, total)


_held = 0  # operations running anywhere; while there are any, the two settings below hold
_holding = False  # the collector's pause (services/collector.py), held until all have ended
# While it is off, the young objects are collected this often: a collection's pause grows
# with what the worker made since the last one (an import's parse made 60,000 objects in
# 100 ms, and collecting them froze the window for 40 ms).
COLLECT_EVERY_MS = 25
# How long a thread keeps the interpreter while another waits for it (Python's default is
# 5 ms). Every slot and event handler written in Python (the progress bar, the timers,
# the views) waits for a busy worker to let go: with application-wide event filters that
# was every event, and a repaint froze the window for 200 ms during an import. With
# 0.2 ms it was 20 ms; the worker loses nothing while the window is idle, since nobody
# asks for the interpreter. (Ctrl+L and the idle lock no longer filter every event:
# gui/session.py.) A repaint of a page of lists still calls Python some 600 times (each
# cell, header section and row count), each call a wait: the Deadlines page shown at
# 100,000 requests while an import read its file froze the window for a median 84-100 ms
# with 0.2 ms, 54-60 ms with 0.05 ms and 50 ms with 0.02 ms (12 refreshes each).
SHARED_SWITCH_S = 0.00002
_switch_alone = sys.getswitchinterval()


def _work_started() -> None:
    """No automatic garbage collection while work runs on another thread, and the
    interpreter handed over often (SHARED_SWITCH_S).

    A collection runs on whichever thread happens to allocate: run by a worker, it may
    destroy a discarded dialog's widgets there, and a Qt widget must never be destroyed
    outside the GUI thread (a crash, seen once in a few runs). Collecting on the GUI
    thread before each operation prevented it but cost ~100 ms of frozen window each
    time; switching the collector off while work runs costs nothing. Meanwhile the
    Background collects the young objects itself, on the GUI thread, a little and often
    (`collect_young`): left for the end, the garbage of a long import or export grew by
    hundreds of megabytes and one collection of it froze the window for a second.
    """
    global _held, _holding
    if not _holding:
        collector.hold()
        sys.setswitchinterval(SHARED_SWITCH_S)
        _holding = True
    _held += 1


def _work_ended() -> None:
    """The settings come back once the callbacks have run, unless they started more work.

    An import reads the file, then its callback starts the write: switched back on in
    between, the collector ran at once on the 10,000 drafts just read (a 100 ms freeze).
    """
    global _held
    _held -= 1
    if not _held:
        QTimer.singleShot(0, _alone_again)


def _alone_again() -> None:
    global _holding
    if not _held and _holding:
        collector.release()
        sys.setswitchinterval(_switch_alone)
        _holding = False


def collect_young() -> None:
    """Collect the youngest generation: objects made since the last call, so it takes a
    millisecond or two. Not the middle one: each collection of it counts towards a full
    collection of the whole heap (0.1 s at 20,000 requests), which the collector would
    then run on the GUI thread as soon as it is back on."""
    gc.collect(0)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(str, object)
    progressed = Signal(int, int)


def _message(exc: Exception) -> str:
    if isinstance(exc, UserFacingError):
        return str(exc)
    if isinstance(exc, OSError):
        name = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror or type(exc).__name__}{name}. Nothing half-written was kept."
    return damage_message(exc) or (
        f"Something went wrong ({type(exc).__name__}). Nothing half-written was "
        "kept; please try again."
    )


def _expected(exc: Exception) -> bool:
    """Errors with a message fit to show; the rest are bugs and go to the error log."""
    return isinstance(exc, (UserFacingError, OSError)) or damage_message(exc) is not None


def _spent() -> None:
    """What a task holds once its work has run."""


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    @Slot()
    def run(self) -> None:
        _current.relay = self.relay
        try:
            result = self._run_once()
        except Exception as exc:  # never a traceback dialog; the type helps support
            self.relay.failed.emit(_message(exc), exc)
        else:
            self.relay.done.emit(result)
        finally:
            _current.relay = None

    def _run_once(self) -> Any:
        """Run the work, then let go of it here, before the GUI thread hears it ended.

        The work holds its input (an import's 10,000 drafts, 70,000 objects): kept until
        the collector is back on, the first collection on the GUI thread had to scan it
        all, a 75 ms freeze at the end of every import.
        """
        work, self.work = self.work, _spent
        try:
            return work()
        finally:
            del work


def _on_companion(
    opener: Callable[[], Workspace], work: Callable[[Workspace], Any]
) -> Callable[[], Any]:
    def run() -> Any:
        with opener() as companion:  # closing wipes its copy of the key
            return work(companion)

    return run


class _Kept:
    """A companion kept open between reads of the same view, for views read again and again.

    Opening a companion is cheap, but its pages start cold: each read decrypted again what
    the previous one had just read (the dashboard, 100,000 requests: 47 ms of CPU cold,
    25 warm). SQLite drops the pages itself when the workspace changes, so nothing stale is
    ever read. Touched only by tasks of the Background's `kept` pool, one at a time.
    """

    def __init__(self) -> None:
        self.companion: Workspace | None = None

    def read(self, opener: Callable[[], Workspace] | None, work: Callable[[Workspace], Any]) -> Any:
        if opener is not None:  # the first read of this workspace
            self.close()
            self.companion = opener()
        if self.companion is None:
            raise RuntimeError("no companion kept for this read")
        return work(self.companion)

    def close(self) -> None:
        """Closing wipes the companion's copy of the key."""
        companion, self.companion = self.companion, None
        if companion is not None:
            companion.close()


class Background(QObject):
    """Worker threads for the session; callbacks arrive on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)  # plain work (keys, parsing)
        self.pool.setMaxThreadCount(1)
        self.reads = QThreadPool(self)
        self.reads.setMaxThreadCount(2)
        self.writes = QThreadPool(self)  # one at a time: writes serialise
        self.writes.setMaxThreadCount(1)
        self.kept = QThreadPool(self)  # reads on the kept companion, one at a time
        self.kept.setMaxThreadCount(1)
        self._kept = _Kept()
        self._kept_for: Workspace | None = None  # what the kept companion opens
        self._pending = 0
        self._relays: set[_Relay] = set()
        self._collector = QTimer(self)  # on the GUI thread, while work runs
        self._collector.setInterval(COLLECT_EVERY_MS)
        self._collector.timeout.connect(collect_young)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_exception: Callable[[str, Exception], None] | None = None,
        parent: QWidget | None = None,
        progress: str | None = None,
    ) -> None:
        """`on_error` gets the message; `on_exception` also the error, to tell kinds apart."""
        self._start(self.pool, work, on_done, on_error, on_exception, parent, progress)

    def read(
        self,
        ws: Workspace,
        work: Callable[[Workspace], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
        progress: str | None = None,
        keep: bool = False,
    ) -> None:
        """`work(companion)` reads the workspace on a connection of its own.

        With `keep`, on a companion kept open for the next such read (a view read again
        and again, like the dashboard), until `forget()`.
        """
        if not keep:
            self._on_companion(self.reads, ws, work, on_done, on_error, parent, progress)
            return
        kept = self._kept
        # Opened again for another workspace, after `forget`, or if opening it failed.
        reuse = self._kept_for is ws and kept.companion is not None
        opener = None if reuse else ws.companion()
        self._kept_for = ws
        self._start(
            self.kept,
            lambda: kept.read(opener, work),
            on_done,
            on_error,
            None,
            parent,
            progress,
        )

    def forget(self) -> None:
        """Close the kept companion (locking), once the read using it has ended."""
        if self._kept_for is not None:
            self._kept_for = None
            self._start(self.kept, self._kept.close, None, None, None, None, None)

    def write(
        self,
        ws: Workspace,
        work: Callable[[Workspace], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
        progress: str | None = None,
    ) -> None:
        """`work(companion)` changes the workspace, after any write started before it."""
        self._on_companion(self.writes, ws, work, on_done, on_error, parent, progress)

    def _on_companion(
        self,
        pool: QThreadPool,
        ws: Workspace,
        work: Callable[[Workspace], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[str], None] | None,
        parent: QWidget | None,
        progress: str | None,
    ) -> None:
        """`work` in `pool` on a companion opened for it alone."""
        self._start(
            pool, _on_companion(ws.companion(), work), on_done, on_error, None, parent, progress
        )

    def _start(
        self,
        pool: QThreadPool,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[str], None] | None,
        on_exception: Callable[[str, Exception], None] | None,
        parent: QWidget | None,
        progress: str | None,
    ) -> None:
        _work_started()
        relay = _Relay()
        self._relays.add(relay)
        dialog = _progress_dialog(parent, progress) if progress else None
        if dialog is not None:
            shown = dialog

            def show(done: int, total: int) -> None:
                shown.setMaximum(total)
                shown.setValue(done)

            relay.progressed.connect(show)

        def finish() -> None:
            _work_ended()
            self._relays.discard(relay)
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
            self._pending -= 1
            if not self._pending:
                self._collector.stop()
                collect_young()  # what the last slice left, before the collector is back
                self.busy_changed.emit(False)

        def done(result: Any) -> None:
            finish()
            if on_done:
                on_done(result)

        def failed(message: str, error: Exception) -> None:
            finish()
            told = bool(on_exception or on_error)
            if not _expected(error):  # a bug: into the error log
                report_caught(error, show=not told)
            if on_exception:
                on_exception(message, error)
            elif on_error:
                on_error(message)
            elif _expected(error):
                QMessageBox.warning(parent, APP_NAME, message)

        relay.done.connect(done)
        relay.failed.connect(failed)
        self._pending += 1
        if self._pending == 1:
            self._collector.start()
            self.busy_changed.emit(True)
        pool.start(_Task(work, relay))

    def wait(self) -> None:
        """Block until queued work is done (closing the window)."""
        self.forget()
        for pool in (self.pool, self.reads, self.writes, self.kept):
            pool.waitForDone()


def _progress_dialog(parent: QWidget | None, label: str) -> QProgressDialog:
    """Busy until the work reports a total; no Cancel: half an operation is never kept."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowTitle(APP_NAME)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    return dialog
