"""Run in a fresh process: start the GUI on a workspace and time it to the register painted.

Prints one JSON line: process start to unlocked, unlocked to register painted, scrolling
frame times, opening a request, dashboard refresh, and peak RSS. With --baseline it only
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
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    """Resident memory now (Linux); the peak also counts the KDF's passing 128 MiB."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024
    except OSError:
        return float("nan")


def baseline() -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([])
    window = QWidget()

    class Painted(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                print(json.dumps({"start_to_painted_s": time.time() - START,
                                  "peak_rss_mb": peak_rss_mb()}))
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
            if event.type() == QEvent.Type.Paint and "unlocked_to_painted_s" not in result \
                    and window.register_page.model.rowCount():
                result["unlocked_to_painted_s"] = time.time() - unlocked_at
                result["start_to_painted_s"] = time.time() - START
                loop.quit()
            return False

    painted = Painted()
    view.viewport().installEventFilter(painted)
    window.show()
    t0 = time.time()
    ws = Workspace.unlock(__import__("pathlib").Path(folder), user, passphrase)
    result["unlock_s"] = time.time() - t0
    unlocked_at = time.time()
    application.session.open(ws)
    loop.exec()
    view.viewport().removeEventFilter(painted)

    # Scrolling end to end, a page at a time, each frame painted synchronously.
    bar = view.verticalScrollBar()
    frames = []
    step = max(1, bar.pageStep())
    value = 0
    while value <= bar.maximum():
        t = time.perf_counter()
        bar.setValue(value)
        view.viewport().repaint()
        frames.append((time.perf_counter() - t) * 1000)
        value += step
    result["scroll_frames"] = len(frames)
    result["baseline_static_model_frame_ms"] = static_model_frame_ms(view)
    result["scroll_frame_max_ms"] = max(frames)
    result["scroll_frame_p95_ms"] = statistics.quantiles(frames, n=20)[-1] if len(
        frames) >= 20 else max(frames)

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
    times = []
    for _ in range(3):
        t = time.perf_counter()
        window.dashboard_page.refresh()
        times.append((time.perf_counter() - t) * 1000)
    result["dashboard_refresh_ms"] = statistics.median(times)
    result["peak_rss_mb"] = peak_rss_mb()
    result["rss_register_open_mb"] = current_rss_mb()
    application.session.lock()
    print(json.dumps(result), flush=True)
    # Skip interpreter teardown: PySide's finalisation order is not what is measured here.
    os._exit(0)


if __name__ == "__main__":
    if sys.argv[2] == "--baseline":
        baseline()
    else:
        full(*sys.argv[2:5])
