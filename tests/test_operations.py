"""Every slow operation runs off the GUI thread: the event loop keeps turning while it works.

Each test holds the operation inside its service call (a gate on a worker thread) and
watches a 5 ms timer tick on the GUI thread meanwhile; only then does the GUI thread
release the gate. Run on the GUI thread, the operation would block the loop on the gate:
the timer could not tick, the gate would give up, and the test would fail.
"""

from __future__ import annotations

import gc
import json
import threading
import weakref
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core.requests import draft_from_mapping
from desktop.gui.app import Application
from desktop.gui.reply_dialog import ReplyDialog
from desktop.services import (
    audit,
    backup,
    browse,
    casefile,
    exchange,
    importing,
    queries,
    register,
    replies,
)
from desktop.services.workspace import Workspace
from tests.factories import PASSPHRASE, request_row

GATE_SECONDS = 20


class Gate:
    """Wraps a service function: the call waits on a worker thread until released."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.open = threading.Event()
        self.threads: list[threading.Thread] = []

    def wrap(self, function: Callable) -> Callable:
        def gated(*args, **kwargs):
            self.threads.append(threading.current_thread())
            self.entered.set()
            if not self.open.wait(GATE_SECONDS):
                raise AssertionError("never released: the GUI thread was blocked")
            return function(*args, **kwargs)

        return gated


def loop_turns_while_held(
    qtbot, gate: Gate, start: Callable[[], None], finished: Callable[[], bool]
) -> None:
    start()
    qtbot.waitUntil(gate.entered.is_set, timeout=GATE_SECONDS * 1000)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=GATE_SECONDS * 1000)
    timer.stop()
    assert not gate.open.is_set() and not finished()  # still working, and the loop turned
    gate.open.set()  # released from the GUI thread
    qtbot.waitUntil(finished, timeout=GATE_SECONDS * 1000)
    assert gate.threads and threading.main_thread() not in gate.threads


@pytest.fixture
def desk(qtbot, make_workspace, tmp_path, monkeypatch):
    ws, _ = make_workspace()
    record = register.register(ws, draft_from_mapping(request_row()))
    told: list[str] = []
    for box in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox,
            box,
            staticmethod(
                lambda _parent, _title, text, *a, **k: (
                    told.append(text),
                    QMessageBox.StandardButton.Yes,
                )[1]
            ),
        )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    application = Application(tmp_path / "ws")
    qtbot.addWidget(application.window)
    application.window.show()
    application.session.open(ws)
    qtbot.waitUntil(lambda: application.window.register_page.model.rowCount() == 1)
    application.told = told
    application.record = record
    yield application
    application.session.lock()
    application.background.wait()


def gate_on(monkeypatch, module, name: str) -> Gate:
    gate = Gate()
    monkeypatch.setattr(module, name, gate.wrap(getattr(module, name)))
    return gate


def chooses(monkeypatch, method: str, path: Path) -> None:
    value = str(path) if method == "getExistingDirectory" else (str(path), "")
    monkeypatch.setattr(QFileDialog, method, staticmethod(lambda *a, **k: value))


def test_locking_is_instant_and_the_backup_finishes_in_the_background(qtbot, desk, monkeypatch):
    window = desk.window
    gate = gate_on(monkeypatch, backup, "back_up_automatically")

    def lock() -> None:
        window.lock_action.trigger()
        assert not desk.session.is_unlocked  # the window's key is gone at once
        assert not window.ui.backupLabel.isHidden()  # "Finishing the backup…"

    loop_turns_while_held(qtbot, gate, lock, lambda: not window.backups.running)
    assert window.ui.backupLabel.isHidden()
    assert backup.list_backups(window.folder)


def test_the_daily_backup(qtbot, desk, monkeypatch):
    gate = gate_on(monkeypatch, backup, "backup_if_due")
    loop_turns_while_held(
        qtbot, gate, desk.window.backups.daily, lambda: not desk.window.backups.running
    )
    assert backup.list_backups(desk.window.folder)


def test_verify(qtbot, desk, monkeypatch):
    gate = gate_on(monkeypatch, audit, "verify")
    loop_turns_while_held(qtbot, gate, desk.window.files.verify, lambda: bool(desk.told))
    assert desk.told[-1].startswith("Database: intact")


def test_import(qtbot, desk, monkeypatch, tmp_path):
    source = tmp_path / "court.json"
    source.write_text(
        json.dumps(
            [request_row(court_reference=f"ICC-01/04-01/06-{n}") for n in range(3000, 3005)]
        ),
        encoding="utf-8",
    )
    chooses(monkeypatch, "getOpenFileName", source)
    gate = gate_on(monkeypatch, importing, "register_drafts")
    loop_turns_while_held(qtbot, gate, desk.window.files.import_file, lambda: bool(desk.told))
    assert "Imported 5 requests." in desk.told[-1]
    qtbot.waitUntil(lambda: desk.window.register_page.model.rowCount() == 6)


def test_the_window_gets_the_interpreter_often_while_work_runs(qtbot, desk, tmp_path, monkeypatch):
    """The app's event filters run Python for every event: while a worker holds the
    interpreter, each waited up to the switch interval, and a repaint froze the window.
    While work runs the interval is short; afterwards it is Python's own again."""
    import sys

    from desktop.gui import background

    alone = sys.getswitchinterval()
    seen: list[float] = []
    source = tmp_path / "court.json"
    source.write_text(json.dumps([request_row(court_reference="ICC-01/04-01/06-3100")]))
    chooses(monkeypatch, "getOpenFileName", source)
    real = importing.register_drafts

    def noting(*args, **kwargs):
        seen.append(sys.getswitchinterval())
        return real(*args, **kwargs)

    monkeypatch.setattr(importing, "register_drafts", noting)
    desk.window.files.import_file()
    qtbot.waitUntil(lambda: bool(desk.told), timeout=GATE_SECONDS * 1000)
    assert seen == [pytest.approx(background.SHARED_SWITCH_S)] and seen[0] < alone
    qtbot.waitUntil(lambda: sys.getswitchinterval() == alone)  # once the reload is in too


def test_export_everything(qtbot, desk, monkeypatch, tmp_path):
    target = tmp_path / "everything"
    chooses(monkeypatch, "getExistingDirectory", target)
    gate = gate_on(monkeypatch, exchange, "export_all")
    loop_turns_while_held(
        qtbot,
        gate,
        desk.window.files.export_everything,
        lambda: any("written to" in t for t in desk.told),
    )
    assert any(target.iterdir())


def test_back_up_now(qtbot, desk, monkeypatch, tmp_path):
    target = tmp_path / "stick" / "copy.db"
    target.parent.mkdir()
    chooses(monkeypatch, "getSaveFileName", target)
    gate = gate_on(monkeypatch, backup, "back_up")
    loop_turns_while_held(qtbot, gate, desk.window.files.back_up_now, target.exists)


def test_restore(qtbot, desk, monkeypatch, tmp_path):
    made = backup.back_up(desk.session.ws, tmp_path / "before.db")
    register.register(
        desk.session.ws,
        draft_from_mapping(
            request_row(
                court_reference="ICC-01/04-01/06-4000", subject="Registered after the backup"
            )
        ),
    )
    chooses(monkeypatch, "getOpenFileName", made.path)
    gate = gate_on(monkeypatch, backup, "restore")
    loop_turns_while_held(
        qtbot,
        gate,
        desk.window.files.restore,
        lambda: any(t.startswith("Restored.") for t in desk.told),
    )
    qtbot.waitUntil(lambda: desk.window.register_page.model.rowCount() == 1)


def test_attach(qtbot, desk, monkeypatch, tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + b"0" * 100_000)
    view = desk.window.open_request(desk.record.id)
    gate = gate_on(monkeypatch, casefile, "attach_file")
    loop_turns_while_held(
        qtbot, gate, lambda: view.attach_paths([scan]), lambda: view.attachments.rowCount() == 1
    )


def test_reply_export(qtbot, desk, monkeypatch, tmp_path):
    dialog = ReplyDialog(desk.session, desk.record.id, desk.window)
    ended: list[bool] = []
    dialog.export_ended.connect(ended.append)
    names = [r["name"] for r in dialog.templates.rows]
    dialog.ui.templatesView.setCurrentIndex(
        dialog.templates.index(names.index("acknowledgement"), 0)
    )
    gate = gate_on(monkeypatch, replies, "export_reply")
    target = tmp_path / "ack.docx"
    loop_turns_while_held(
        qtbot, gate, lambda: dialog.export_to(target, confirmed=True), lambda: bool(ended)
    )
    assert ended == [True] and target.exists()
    dialog.close()


def test_the_register_reload_after_a_change_to_the_whole_register(qtbot, desk, monkeypatch):
    register.register(
        desk.session.ws,
        draft_from_mapping(request_row(court_reference="ICC-01/04-01/06-4001")),
    )
    model = desk.window.register_page.model
    assert model.rowCount() == 1
    gate = gate_on(monkeypatch, browse, "matching_ids")

    def still_shown() -> bool:  # the rows of before stay on screen while it reads
        assert model.rowCount() in (1, 2)
        return model.rowCount() == 2

    loop_turns_while_held(qtbot, gate, lambda: desk.session.notify(0), still_shown)
    assert "ICC-01/04-01/06-4001" in {model.record(row).court_reference for row in range(2)}


def test_the_register_fills_off_the_gui_thread_at_unlock(qtbot, desk, monkeypatch):
    """Unlocking used to read the register's ids and the offices' counts on the GUI
    thread (~110 ms of frozen window at every size); the register now says it is loading,
    never that it is empty, until its rows arrive."""
    session, page = desk.session, desk.window.register_page
    folder = desk.window.folder
    session.lock()
    qtbot.waitUntil(lambda: not desk.window.backups.running, timeout=GATE_SECONDS * 1000)
    ws = Workspace.unlock(folder, "alice", PASSPHRASE)
    gate = gate_on(monkeypatch, browse, "matching_ids")
    seen: list[str] = []

    def filled() -> bool:
        if not page.ui.emptyLabel.isHidden():
            seen.append(page.ui.emptyLabel.text())
        return page.model.rowCount() == 1

    loop_turns_while_held(qtbot, gate, lambda: session.open(ws), filled)
    assert seen and set(seen) == {"Loading the register…"}
    assert page.ui.emptyLabel.isHidden()
    assert page.model.record(0).court_reference == desk.record.court_reference


def test_a_change_to_one_request_reloads_the_register_off_the_gui_thread(qtbot, desk, monkeypatch):
    """An attachment, a note or an edit changes one request, but the register's query
    runs over every row: ~60 ms at 100,000 requests, on the GUI thread it was. The row
    of before stays on screen until the new one arrives."""
    ws, model = desk.session.ws, desk.window.register_page.model
    register.update(ws, register.by_id(ws, desk.record.id), {"subject": "Witness travel"})
    gate = gate_on(monkeypatch, browse, "matching_ids")

    def shown() -> bool:
        assert model.rowCount() == 1
        return "Witness travel" in model.row_cells(0).texts

    loop_turns_while_held(qtbot, gate, lambda: desk.session.notify(desk.record.id), shown)


def test_a_reload_overtaken_by_a_newer_query_is_dropped(qtbot, desk, monkeypatch):
    page = desk.window.register_page
    release = threading.Event()
    entered = threading.Event()
    matching_ids = browse.matching_ids

    def first_held(*args, **kwargs):
        if threading.current_thread() is not threading.main_thread():
            entered.set()
            release.wait(GATE_SECONDS)
        return matching_ids(*args, **kwargs)

    monkeypatch.setattr(browse, "matching_ids", first_held)
    desk.session.notify(0)  # reads the one request, held
    qtbot.waitUntil(entered.is_set, timeout=GATE_SECONDS * 1000)
    page.ui.searchEdit.setText("nothing is called this")
    page.apply_filters()  # the newer query: no row
    assert page.model.rowCount() == 0
    with qtbot.waitSignal(desk.background.busy_changed, timeout=GATE_SECONDS * 1000):
        release.set()
    assert page.model.rowCount() == 0  # the older result came late and was not shown


def test_the_deadlines_page_refresh(qtbot, desk, monkeypatch):
    page = desk.window.dashboard_page
    shown: list[bool] = []
    page.refreshed.connect(lambda: shown.append(True))
    gate = gate_on(monkeypatch, queries, "dashboard")
    loop_turns_while_held(qtbot, gate, page.refresh, lambda: bool(shown))
    assert "overdue" in page.ui.summaryLabel.text()  # the board asked for, on screen


class _Cycle:
    """An object in a reference cycle: only the garbage collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_garbage_is_collected_on_the_gui_thread_while_an_operation_runs(qtbot, desk, monkeypatch):
    """The collector is off while work runs on a worker (it must not destroy widgets
    there); the Background collects the young objects on the GUI thread meanwhile, so a
    long import or export does not pile up garbage and then free it all in one pause."""
    gate = gate_on(monkeypatch, audit, "verify")
    desk.window.files.verify()
    qtbot.waitUntil(gate.entered.is_set, timeout=GATE_SECONDS * 1000)
    assert not gc.isenabled()
    collected_on: list[threading.Thread] = []
    garbage = _Cycle()
    weakref.finalize(garbage, lambda: collected_on.append(threading.current_thread()))
    del garbage
    qtbot.waitUntil(lambda: bool(collected_on), timeout=GATE_SECONDS * 1000)
    assert not gate.open.is_set() and not desk.told  # freed while the work was held
    assert collected_on == [threading.main_thread()]
    gate.open.set()
    qtbot.waitUntil(lambda: bool(desk.told), timeout=GATE_SECONDS * 1000)
    qtbot.waitUntil(gc.isenabled)  # back on once the callbacks have run


def test_receive_a_parcel(qtbot, desk, monkeypatch, tmp_path, clock):
    from desktop.core.settings import OfficeSettings
    from desktop.services import parcel_receive, parcel_send
    from desktop.services.workspace import Workspace
    from tests.factories import PASSPHRASE, new_request
    from tests.test_parcels import introduce

    capital, _ = Workspace.create(
        tmp_path / "capital",
        "alice",
        PASSPHRASE,
        "Alice",
        OfficeSettings(office_name="Ministry of Justice", country="NL"),
        clock=clock,
    )
    try:
        introduce(desk.session.ws, capital, tmp_path)
        parcel = tmp_path / "1.cdparcel"
        parcel_send.send(capital, [new_request(capital)], "Embassy of Testland", parcel)
    finally:
        capital.close()
    chooses(monkeypatch, "getOpenFileName", parcel)
    gate = gate_on(monkeypatch, parcel_receive, "receive")
    window = desk.window
    loop_turns_while_held(
        qtbot,
        gate,
        lambda: window.receive_parcel(),
        lambda: (
            window.statusBar().currentMessage() == "Parcel 1 from Ministry of Justice received."
        ),
    )
    qtbot.waitUntil(lambda: window.register_page.model.rowCount() == 2)


class _Input:
    """What a piece of work was given (an import's drafts); weakly referenceable."""


def test_work_lets_go_of_its_input_before_its_callback_runs(qtbot, desk, monkeypatch):
    """A task drops its work (and what the work holds) on its worker thread as soon as it
    has run: kept until the collector was back on, 10,000 drafts were scanned on the GUI
    thread at the end of every import. The worker is held after it has told the GUI
    thread (until the callback has looked), so the order is never left to chance."""
    from desktop.gui import background

    looked = threading.Event()

    class HeldAtTheEnd(threading.local):
        def __setattr__(self, name: str, value: object) -> None:
            if (
                name == "relay"
                and value is None
                and threading.current_thread() is not (threading.main_thread())
            ):
                looked.wait(GATE_SECONDS)
            super().__setattr__(name, value)

    monkeypatch.setattr(background, "_current", HeldAtTheEnd())
    given = _Input()
    alive_in_callback: list[bool] = []
    gone = weakref.ref(given)

    def callback(_result: object) -> None:
        alive_in_callback.append(gone() is not None)
        looked.set()

    desk.session.read(lambda _ws, held=given: 1, callback)
    del given
    qtbot.waitUntil(lambda: bool(alive_in_callback), timeout=GATE_SECONDS * 1000)
    assert alive_in_callback == [False]


def test_the_collector_stays_off_when_a_callback_starts_the_next_step(qtbot, desk):
    """Reading a file, then writing what it held, is one operation to the user: the
    collector is not switched on between the two (it would scan all that was read)."""
    seen: list[bool] = []

    def write(_result: object) -> None:
        seen.append(gc.isenabled())
        desk.session.write(lambda _ws: seen.append(gc.isenabled()), lambda _r: None)

    desk.session.background.run(lambda: 1, write)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=GATE_SECONDS * 1000)
    assert seen == [False, False]
    qtbot.waitUntil(gc.isenabled)


def test_the_dashboard_is_read_again_on_the_connection_it_kept(qtbot, desk, monkeypatch):
    """Visiting the Deadlines page again reads on the connection kept from the last visit
    (its pages stay decrypted), and still shows what changed in between."""
    from datetime import timedelta

    from tests.factories import new_request

    opened: list[int] = []
    real = Workspace.companion

    def counting(self: Workspace):
        opened.append(1)
        return real(self)

    monkeypatch.setattr(Workspace, "companion", counting)
    board = desk.window.dashboard_page

    def refreshed_rows() -> list[str]:
        with qtbot.waitSignal(board.refreshed, timeout=GATE_SECONDS * 1000):
            board.refresh()
        return [row["subject"] for model in board.models.values() for row in model.rows]

    assert "Due in three days" not in refreshed_rows()
    refreshed_rows()
    ws = desk.session.ws
    today = ws.today()
    new_request(
        ws,
        court_reference="ICC-01/04-01/06-3300",
        received_at=f"{today.isoformat()}T09:00:00",
        court_deadline=(today + timedelta(days=3)).isoformat(),
        subject="Due in three days",
    )
    assert "Due in three days" in refreshed_rows()
    assert opened == [1]


def test_locking_closes_the_connection_kept_for_the_dashboard(qtbot, desk):
    """The kept connection holds a copy of the key: locking closes it and wipes the copy."""
    import sqlcipher3

    kept: list[Workspace] = []
    desk.session.read(kept.append, keep=True)
    qtbot.waitUntil(lambda: bool(kept), timeout=GATE_SECONDS * 1000)
    kept[0].store.conn.execute("SELECT 1")  # open while unlocked
    desk.session.lock()
    qtbot.waitUntil(lambda: not any(kept[0]._data_key), timeout=GATE_SECONDS * 1000)
    with pytest.raises(sqlcipher3.ProgrammingError):
        kept[0].store.conn.execute("SELECT 1")


def test_opening_a_request_reads_it_once(qtbot, desk, monkeypatch):
    """The new tab reads the request as it is built; showing it does not read it again
    (it did: every open read the request, its details and its checklist twice)."""
    from desktop.gui.request_view import RequestView

    read: list[int] = []
    real = queries.details

    def counting(ws, record):
        read.append(record.id)
        return real(ws, record)

    monkeypatch.setattr(queries, "details", counting)
    view = desk.window.open_request(desk.record.id)
    assert isinstance(view, RequestView) and desk.window.ui.tabs.currentWidget() is view
    assert view.ui.subjectLabel.text() == desk.record.subject
    assert read == [desk.record.id]
    desk.window.ui.tabs.setCurrentWidget(desk.window.register_page)
    desk.window.ui.tabs.setCurrentWidget(view)  # shown again later: read afresh
    assert read == [desk.record.id, desk.record.id]
