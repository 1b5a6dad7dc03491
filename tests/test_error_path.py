"""The GUI's error path: an uncaught exception is logged without case content and shown.

Like the plaintext checks, canary strings are stored in a real workspace and then carried
by the exception (its message, its arguments, the locals of the frame that raised): the
log file and the copied details must hold none of them, yet name the fault's type and place.
"""

from __future__ import annotations

import secrets
import sys
import threading
from pathlib import Path

import platformdirs
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop import APP_NAME
from desktop.gui import error_path
from desktop.gui.background import Background
from desktop.services import casefile, register
from tests.factories import new_request

# These tests raise in slots on purpose: pytest-qt must not turn that into a failure (the
# error path passes errors on to a watching harness's hook, and it would be pytest-qt's).
pytestmark = pytest.mark.qt_no_exception_capture

RUN = secrets.token_hex(4)
CANARIES = [f"Ozymandias Fairweather-Kettleborn {RUN}", f"Safe flat above the bakery {RUN}"]


@pytest.fixture
def log_home(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    return tmp_path / "state"


@pytest.fixture
def installed(qapp, isolated_qt, log_home):
    path = error_path.install(qapp)
    yield path
    if path.dialog is not None:
        path.dialog.done(0)
    path.uninstall()


def _stored_case(ws):
    record = new_request(ws, subject=CANARIES[0])
    casefile.add_note(ws, record, CANARIES[1])
    return record


def _fail_on_case(ws, record) -> None:
    """A slot with a bug: its locals and its message hold case content."""
    _fail_with(register.get(ws, record.registry_no).subject)


def _fail_with(subject: str) -> None:
    """Work with a bug, given plain data (a worker thread never touches the workspace)."""
    notes = [CANARIES[1]]
    raise ValueError(f"cannot file {subject}", notes)


def _written(folder: Path) -> str:
    return "".join(p.read_text("utf-8") for p in folder.rglob("*") if p.is_file())


def test_an_exception_in_a_slot_is_logged_and_shown_without_case_content(installed, ws, qtbot):
    record = _stored_case(ws)
    button = QPushButton()
    qtbot.addWidget(button)
    button.clicked.connect(lambda: _fail_on_case(ws, record))

    assert sys.excepthook == installed.hook
    button.click()

    qtbot.waitUntil(lambda: installed.dialog is not None)
    assert installed.folder == error_path.log_dir()
    assert installed.folder.is_relative_to(Path(platformdirs.user_state_dir(APP_NAME)))
    logged = _written(installed.folder)
    assert "builtins.ValueError" in logged and "_fail_on_case" in logged
    assert not [c for c in CANARIES if c in logged]

    dialog = installed.dialog
    shown = dialog.text() + dialog.informativeText() + dialog.detailedText()
    assert not [c for c in CANARIES if c in shown]
    copy = next(b for b in dialog.buttons() if b.text() == "Copy details")
    QApplication.clipboard().clear()
    copy.click()
    copied = QApplication.clipboard().text()
    assert "_fail_on_case" in copied and not [c for c in CANARIES if c in copied]
    assert dialog.isVisible(), "copying keeps the dialog open"


def test_a_chained_error_reports_both_types_and_no_message(installed, ws):
    record = _stored_case(ws)
    try:
        try:
            _fail_on_case(ws, record)
        except ValueError as exc:
            raise KeyError(CANARIES[0]) from exc
    except KeyError as exc:
        text = error_path.details(type(exc), exc, exc.__traceback__)
    assert "builtins.ValueError" in text and "which led to:" in text
    assert text.index("ValueError") < text.index("KeyError")
    assert not [c for c in CANARIES if c in text]


def test_an_error_in_a_worker_thread_reaches_the_gui_thread(installed, ws, qtbot):
    subject = _stored_case(ws).subject
    worker = threading.Thread(target=lambda: _fail_with(subject))
    worker.start()
    worker.join()

    qtbot.waitUntil(lambda: installed.dialog is not None)
    assert isinstance(installed.dialog, QMessageBox)
    logged = _written(installed.folder)
    assert "_fail_with" in logged and not [c for c in CANARIES if c in logged]


def test_a_burst_of_errors_shows_one_dialog_and_logs_each(installed, qtbot):
    for _ in range(3):
        try:
            raise RuntimeError(CANARIES[0])
        except RuntimeError as exc:
            installed.hook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: installed.dialog is not None)
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert boxes == [installed.dialog]
    assert _written(installed.folder).count("builtins.RuntimeError") == 3


def test_uninstall_puts_the_previous_hooks_back(qapp, isolated_qt, log_home):
    before, thread_before = sys.excepthook, threading.excepthook
    path = error_path.install(qapp)
    assert threading.excepthook == path.thread_hook
    path.uninstall()
    assert (sys.excepthook, threading.excepthook) == (before, thread_before)


def test_a_bug_in_background_work_is_logged_and_shown_only_when_nobody_else_says(
    installed, ws, qtbot
):
    subject = new_request(ws, subject=CANARIES[0]).subject
    background = Background()
    messages: list[str] = []
    background.run(lambda: _fail_with(subject), on_error=messages.append)
    background.wait()
    qtbot.waitUntil(lambda: bool(messages))
    logged = _written(installed.folder)
    assert "_fail_with" in logged and not [c for c in CANARIES if c in logged]
    assert installed.dialog is None  # the caller's message is enough
    assert CANARIES[0] not in messages[0]

    background.run(lambda: _fail_with(subject))  # nobody listens: the error path says
    background.wait()
    qtbot.waitUntil(lambda: installed.dialog is not None)
    assert _written(installed.folder).count("_fail_with") == 2


def test_a_watching_harness_still_hears_of_the_error(qapp, isolated_qt, log_home, monkeypatch):
    """The journeys rely on it: an error in a slot of the real app still fails the test."""
    heard = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, *_rest: heard.append(kind))
    path = error_path.install(qapp)
    try:
        try:
            raise RuntimeError("a bug")
        except RuntimeError as exc:
            path.hook(type(exc), exc, exc.__traceback__)
        assert heard == [RuntimeError]
    finally:
        if path.dialog is not None:
            path.dialog.done(0)
        path.uninstall()
