"""Run in a fresh process: start the GUI on a workspace and time it to the register painted.

Prints one JSON line: process start to unlocked, unlocked to register painted, scrolling
frame times, opening a request, dashboard refresh, peak RSS (to the dashboard, and over
the whole run as peak_rss_all_mb), and the longest event-loop
stall (a 5 ms heartbeat running late) during an automatic backup, verify, export-all, a
reply export, the attachment of a 50 MB file, an import of 10,000 requests, lock (to the
end of its backup) and unlock. With --baseline it only
imports PySide6 and paints an empty window: the floor any Qt app pays.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time

START = float(sys.argv[1])
RUNNING = time.time()  # this module runs: the process has started and Python is up
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def peak_rss_mb() -> float:
    """This process's own high-water mark of resident memory.

    Linux's VmHWM, not getrusage's ru_maxrss: the latter carries over the parent's
    high-water mark through fork and exec, so run from tests.benchmarks (whose process
    had just built a 100,000-request workspace) it reported the builder's ~530 MB, not
    the GUI's. Elsewhere, ru_maxrss (kilobytes on Linux, bytes on macOS).
    """
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def current_rss_mb() -> float:
    """Resident memory now (Linux); the peak also counts the KDF's passing 32 MiB."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024
    except OSError:
        return float("nan")


def note(step: str) -> None:
    """Progress on stderr, with memory: which step raised the peak is worth knowing."""
    print(
        f"    {step}: peak RSS {peak_rss_mb():.0f} MB, now {current_rss_mb():.0f} MB",
        file=sys.stderr,
        flush=True,
    )


def baseline() -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([])
    window = QWidget()

    class Painted(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                print(
                    json.dumps(
                        {"start_to_painted_s": time.time() - START, "peak_rss_mb": peak_rss_mb()}
                    )
                )
                app.quit()
            return False

    painted = Painted()
    window.installEventFilter(painted)
    window.resize(1200, 800)
    window.show()
    app.exec()


def static_model_frame_ms(view) -> float:
    """The same table painted from a QStandardItemModel of plain strings: Qt's own floor."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    source = view.model()
    rows = min(source.rowCount(), 500)
    static = QStandardItemModel(rows, source.columnCount())
    for row in range(rows):
        for column in range(source.columnCount()):
            static.setItem(row, column, QStandardItem(str(source.index(row, column).data())))
    table = QTableView()
    table.setModel(static)
    table.resize(view.size())
    table.show()
    QApplication.processEvents()
    frames = []
    for _ in range(10):
        t = time.perf_counter()
        table.viewport().repaint()
        frames.append((time.perf_counter() - t) * 1000)
    table.close()
    return statistics.median(frames)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 20 else max(values)


HEARTBEAT_MS = 5


def longest_stall_ms(operation) -> float:
    """How late a 5 ms heartbeat timer ran, at worst, while `operation` did its work.

    `operation(done)` starts the work from inside the event loop and calls `done()` when
    it has finished (at once for work done on the GUI thread, from a callback for work
    done elsewhere). A window whose event loop is late by more than ~50 ms feels frozen.
    """
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    loop = QEventLoop()
    last = [time.perf_counter()]
    late = [0.0]

    def beat() -> None:
        now = time.perf_counter()
        late[0] = max(late[0], now - last[0] - HEARTBEAT_MS / 1000)
        last[0] = now

    def done() -> None:
        QTimer.singleShot(4 * HEARTBEAT_MS, loop.quit)  # one more beat sees the last gap

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(HEARTBEAT_MS)
    timer.timeout.connect(beat)
    timer.start()
    QTimer.singleShot(4 * HEARTBEAT_MS, lambda: operation(done))
    loop.exec()
    timer.stop()
    return late[0] * 1000


def measure_stalls(application, folder: str, user: str, passphrase: str) -> dict[str, float]:
    """The longest event-loop stall during each slow operation, driven as the user does.

    Each operation is started through the window (File menu actions, the request tab,
    the reply dialog, locking) with the file choosers and message boxes answered here; it
    is done when the app tells the user (a message, a signal), so the callbacks that
    refresh the window after it count too.
    """
    import pathlib
    import tempfile

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from desktop.gui.reply_dialog import ReplyDialog
    from desktop.services import demo
    from desktop.services.workspace import Workspace

    session, window = application.session, application.window
    finished: list = [None]  # the `done` of the operation being measured

    busy = [False]  # work still running on the Background (the register's reload)
    application.background.busy_changed.connect(lambda running: busy.__setitem__(0, running))

    def when_idle(done) -> None:
        """`done` once what the operation started has ended too: the register and the
        Deadlines page read again off the GUI thread, and applying their result counts
        (left running, it landed in the next operation measured)."""
        if not busy[0]:
            done()
            return

        def idle(running: bool) -> None:
            if not running:
                application.background.busy_changed.disconnect(idle)
                done()

        application.background.busy_changed.connect(idle)

    def told(*_args, **_kwargs):
        """Done once the app has told the user (and `when_idle`)."""
        if finished[0] is not None:
            done, finished[0] = finished[0], None
            when_idle(done)
        return QMessageBox.StandardButton.Yes

    # The outcome is an information box; a warning or a question asks before the work.
    QMessageBox.information = staticmethod(told)
    for box in ("warning", "question"):
        setattr(QMessageBox, box, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    chosen: dict[str, str] = {}
    QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (chosen["open"], ""))
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (chosen["save"], ""))
    QFileDialog.getExistingDirectory = staticmethod(lambda *a, **k: chosen["folder"])

    def until_told(start):
        def operation(done) -> None:
            finished[0] = done
            start()

        return operation

    def until_signal(signal, start):
        def operation(done) -> None:
            def once(*_args) -> None:
                signal.disconnect(once)
                when_idle(done)

            signal.connect(once)
            start()

        return operation

    def until_backup_ended(start):
        """Done when the automatic backup has ended (`running_changed(False)`), not when it
        starts: at 100,000 requests a backup runs for a minute (the copy, then its check),
        and waiting only for its start let it run on under the operations measured next."""

        def operation(done) -> None:
            def ended(running: bool) -> None:
                if not running:
                    window.backups.running_changed.disconnect(ended)
                    when_idle(done)

            window.backups.running_changed.connect(ended)
            start()

        return operation

    stalls = {}
    with tempfile.TemporaryDirectory() as scratch:
        here = pathlib.Path(scratch)
        stalls["stall_automatic_backup_ms"] = longest_stall_ms(
            until_backup_ended(window.backups.daily)
        )
        note("automatic backup")
        stalls["stall_verify_ms"] = longest_stall_ms(until_told(window.files.verify))
        note("verify")
        chosen["folder"] = str(here / "everything")
        stalls["stall_export_all_ms"] = longest_stall_ms(until_told(window.files.export_everything))
        note("export all")
        model = window.register_page.model
        for row in range(min(model.rowCount(), 50)):  # a request some reply fits
            request_id = model.request_id(row)
            dialog = ReplyDialog(session, request_id, window)
            if dialog.template_name() is None:
                dialog.deleteLater()
                continue
            ended: list[bool] = []
            dialog.export_ended.connect(ended.append)
            stall = longest_stall_ms(
                until_signal(
                    dialog.export_ended,
                    lambda dialog=dialog: dialog.export_to(here / "reply.docx", True),
                )
            )
            dialog.close()
            dialog.deleteLater()
            if ended == [True]:  # written, not refused for a field left empty
                stalls["stall_reply_export_ms"] = stall
                break
        note("reply export")
        scan = here / "scan.pdf"
        with scan.open("wb") as handle:
            handle.write(b"%PDF-1.4\n")
            handle.write(os.urandom(50_000_000))
        view = window.open_request(request_id)
        stalls["stall_attach_50mb_ms"] = longest_stall_ms(
            until_signal(session.changed, lambda: view.attach_paths([scan]))
        )
        window.close_tab(window.ui.tabs.indexOf(view))
        note("attach of 50 MB")
        path = here / "import.json"
        path.write_text(json.dumps(demo.sample_rows(10_000, seed=7, span_days=365)))
        chosen["open"] = str(path)
        stalls["stall_import_10k_ms"] = longest_stall_ms(until_told(window.files.import_file))
        note("import of 10,000")
    stalls["stall_lock_ms"] = longest_stall_ms(
        until_backup_ended(session.lock)
    )  # with its backup, to the end
    note("lock")

    def unlock(done) -> None:
        def opened(ws) -> None:  # to the register filled: it is read off the GUI thread
            finished[0] = done
            session.open(ws)
            told()

        application.background.run(
            lambda: Workspace.unlock(pathlib.Path(folder), user, passphrase), opened
        )

    stalls["stall_unlock_ms"] = longest_stall_ms(unlock)
    note("unlock")
    return stalls


def full(folder: str, user: str, passphrase: str) -> None:
    from PySide6.QtCore import QEvent, QEventLoop, QObject
    from PySide6.QtWidgets import QApplication

    from desktop.gui.app import Application
    from desktop.services.workspace import Workspace

    app = QApplication([])
    loop = QEventLoop()
    application = Application(__import__("pathlib").Path(folder))
    window = application.window
    window.resize(1400, 900)
    result: dict[str, float] = {}
    view = window.register_page.ui.registerView

    class Painted(QObject):
        def eventFilter(self, watched, event):
            if (
                event.type() == QEvent.Type.Paint
                and "unlocked_to_painted_s" not in result
                and window.register_page.model.rowCount()
            ):
                result["unlocked_to_painted_s"] = time.time() - unlocked_at
                result["start_to_painted_s"] = time.time() - START
                loop.quit()
            return False

    painted = Painted()
    view.viewport().installEventFilter(painted)
    window.show()
    t0 = time.time()
    # Where the time to the locked window goes: starting Python, then importing and
    # building the window (both before the passphrase is typed, so not the workspace's size).
    result["start_to_python_s"] = RUNNING - START
    result["start_to_window_s"] = t0 - START
    ws = Workspace.unlock(__import__("pathlib").Path(folder), user, passphrase)
    result["unlock_s"] = time.time() - t0
    unlocked_at = time.time()
    application.session.open(ws)
    loop.exec()
    view.viewport().removeEventFilter(painted)
    note("register painted")
    result["register_rows_shown"] = view.rowAt(view.viewport().height() - 1) - view.rowAt(0) + 1

    # Scrolling end to end, a page at a time, each frame painted synchronously. Each frame
    # is timed on the wall clock (what the user waits) and in the GUI thread's CPU time:
    # on a shared machine the wall clock also counts other people's work. Between two
    # frames the event loop runs once, as it does between any two frames a user sees (the
    # scroll itself arrives through it); what runs there (the register reads the rows of
    # the next screens) is timed too, as the longest gap between frames.
    bar = view.verticalScrollBar()
    frames, cpu, between = [], [], []
    step = max(1, bar.pageStep())
    value = 0
    while value <= bar.maximum():
        t = time.perf_counter()
        app.processEvents()
        between.append((time.perf_counter() - t) * 1000)
        t, c = time.perf_counter(), time.thread_time()
        bar.setValue(value)
        view.viewport().repaint()
        frames.append((time.perf_counter() - t) * 1000)
        cpu.append((time.thread_time() - c) * 1000)
        value += step
    note("scrolled to the end")
    result["scroll_frames"] = len(frames)
    result["baseline_static_model_frame_ms"] = static_model_frame_ms(view)
    result["scroll_frame_max_ms"] = max(frames)
    result["scroll_frame_p95_ms"] = p95(frames)
    result["scroll_frame_max_cpu_ms"] = max(cpu)
    result["scroll_frame_p95_cpu_ms"] = p95(cpu)
    result["scroll_between_frames_max_ms"] = max(between)

    # Opening a request workspace (middle of the register), and refreshing the dashboard.
    model = window.register_page.model
    times = []
    for row in (model.rowCount() // 2, model.rowCount() // 3, 1):
        rid = model.request_id(row)
        t = time.perf_counter()
        tab = window.open_request(rid)
        app.processEvents()
        times.append((time.perf_counter() - t) * 1000)
        window.close_tab(window.ui.tabs.indexOf(tab))
    result["open_request_ms"] = statistics.median(times)
    note("requests opened")
    times = []
    board = window.dashboard_page
    for _ in range(3):  # asked for, then on screen (the queries run off the GUI thread)
        shown = QEventLoop()
        board.refreshed.connect(shown.quit)
        t = time.perf_counter()
        board.refresh()
        shown.exec()
        times.append((time.perf_counter() - t) * 1000)
        board.refreshed.disconnect(shown.quit)
    result["dashboard_refresh_ms"] = statistics.median(times)
    note("dashboard refreshed")
    result["peak_rss_mb"] = peak_rss_mb()
    result["rss_register_open_mb"] = current_rss_mb()
    # Last: the import adds 10,000 requests to the workspace measured above.
    result.update(measure_stalls(application, folder, user, passphrase))
    # The peak over the whole run: verify, export-all, the 50 MB attachment, the import.
    result["peak_rss_all_mb"] = peak_rss_mb()
    application.session.lock()
    application.background.wait()
    print(json.dumps(result), flush=True)
    # Skip interpreter teardown: PySide's finalisation order is not what is measured here.
    os._exit(0)


if __name__ == "__main__":
    if sys.argv[2] == "--baseline":
        baseline()
    else:
        full(*sys.argv[2:5])
