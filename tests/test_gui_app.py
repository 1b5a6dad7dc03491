"""The desktop app end to end with real windows, a real encrypted workspace, pytest-qt."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.core.statuses import Status
from desktop.gui.app import Application
from desktop.gui.background import Background
from desktop.gui.dialogs import RouteDialog, StatusDialog
from desktop.gui.request_form import RequestFormDialog
from desktop.gui.setup_wizard import SetupWizard
from desktop.gui.unlock_dialog import UnlockDialog
from desktop.services import register
from tests.factories import PASSPHRASE
from tests.gui_helpers import open_dialog, press_ok


@pytest.fixture(autouse=True)
def _isolated(isolated_qt):
    """Every test here runs with its own QSettings and no OS keyring."""


def create_through_wizard(qtbot, folder, calendars=("NL", "", "")):
    country, region, host = calendars
    background = Background()
    wizard = SetupWizard(folder, background)
    qtbot.addWidget(wizard)
    wizard.show()
    office = wizard.office.ui
    office.userEdit.setText("alice")
    office.nameEdit.setText("Alice Martin")
    office.officeEdit.setText("Embassy of Testland")
    office.countryCombo.setCurrentIndex(office.countryCombo.findData(country))
    office.subdivisionCombo.setCurrentIndex(office.subdivisionCombo.findData(region))
    office.hostCombo.setCurrentIndex(office.hostCombo.findData(host))
    wizard.next()
    page = wizard.currentPage()
    page.ui.passEdit.setText("short")
    assert not page.isComplete()
    page.ui.passEdit.setText(PASSPHRASE)
    page.ui.againEdit.setText(PASSPHRASE)
    assert page.isComplete()
    wizard.next()  # starts creating in the background
    qtbot.waitUntil(lambda: wizard.currentId() == 2, timeout=20_000)
    recovery = wizard.currentPage()
    key = recovery.ui.keyLabel.text()
    assert len(key.replace("-", "").replace("\n", "")) == 64
    assert not recovery.isComplete()  # the key must be acknowledged first
    recovery.ui.keptCheck.setChecked(True)
    with qtbot.waitSignal(wizard.accepted):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    return wizard.workspace, key


def test_first_run_wizard_creates_an_encrypted_workspace(qtbot, tmp_path):
    ws, _key = create_through_wizard(qtbot, tmp_path / "ws")
    assert ws.settings.country == "NL"
    assert ws.store.user("alice")["display_name"] == "Alice Martin"
    ws.close()


def test_the_wizard_asks_the_region_and_the_host_country(qtbot, tmp_path):
    ws, _key = create_through_wizard(qtbot, tmp_path / "ws", ("DE", "BY", "NL"))
    assert (ws.settings.country, ws.settings.subdivision, ws.settings.host_country) == (
        "DE",
        "BY",
        "NL",
    )
    assert ws.calendar.codes() == "NL and DE-BY"
    ws.close()


def test_unlock_dialog_wrong_then_right_passphrase(qtbot, tmp_path):
    ws, _ = create_through_wizard(qtbot, tmp_path / "ws")
    ws.close()
    dialog = UnlockDialog(tmp_path / "ws", Background())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.passphraseEdit.setText("not my passphrase")
    qtbot.mouseClick(dialog.ui.unlockButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not right" in dialog.ui.errorLabel.text(), timeout=20_000)
    assert dialog.workspace is None
    dialog.ui.passphraseEdit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.ui.unlockButton, Qt.MouseButton.LeftButton)
    assert dialog.workspace.user == "alice"
    assert dialog.ui.passphraseEdit.text() == ""
    dialog.workspace.close()


@pytest.fixture
def app_window(qtbot, tmp_path, clock):
    ws, _ = create_through_wizard(qtbot, tmp_path / "ws")
    ws.clock = clock
    application = Application(tmp_path / "ws")
    qtbot.addWidget(application.window)
    application.window.show()
    application.session.open(ws)
    yield application
    application.session.lock()


def fill_new_request(dialog: RequestFormDialog, subject: str) -> None:
    ui = dialog.ui
    ui.court_referenceField.setText("ICC-01/04-01/06-2077")
    ui.subjectField.setText(subject)
    ui.summaryField.setPlainText("Bank records of accounts held by the person.")
    ui.personsField.setPlainText("Élodie Marchetti\nحسن الرشيدي")
    ui.hasDeadlineCheck.setChecked(True)
    from PySide6.QtCore import QDate

    ui.court_deadlineField.setDate(QDate(2026, 11, 30))


def test_register_search_route_and_move_through_statuses(qtbot, app_window):
    window = app_window.window
    session = app_window.session
    window.new_request()
    form = open_dialog(window, RequestFormDialog)
    # Validation in place: an empty subject keeps the dialog open with the field marked.
    form.ui.court_referenceField.setText("ICC-01/04-01/06-2077")
    press_ok(qtbot, form)
    assert form.isVisible()
    assert form.ui.subjectError.isVisible()
    assert form.ui.court_referenceField.text() == "ICC-01/04-01/06-2077"  # nothing lost
    fill_new_request(form, "Bank records of Élodie Marchetti")
    assert "missing" in form.ui.completenessSummary.text()
    press_ok(qtbot, form)
    assert not form.isVisible()

    # It opened as a tab, and the register finds it by an unaccented search.
    view = window.request_tabs()[-1]
    assert view.record.subject == "Bank records of Élodie Marchetti"
    page = window.register_page
    window.find_in_register()
    qtbot.keyClicks(page.ui.searchEdit, "marchetti")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.record(0).registry_no == view.record.registry_no

    # Route it to an authority: the request moves to "in progress".
    view.route()
    route = open_dialog(view, RouteDialog)
    route.ui.authorityCombo.setCurrentIndex(route.ui.authorityCombo.findData("Ministry of Justice"))
    press_ok(qtbot, route)
    assert view.record.status == Status.IN_PROGRESS
    assert view.routing.rowCount() == 1

    # Consultation needs a ground and a reason; without a reason the dialog stays open.
    view.change_status(Status.IN_CONSULTATION)
    status = open_dialog(view, StatusDialog)
    press_ok(qtbot, status)
    assert status.isVisible() and "needs a reason" in status.ui.errorLabel.text()
    status.ui.reasonEdit.setPlainText("The person cannot be located.")
    press_ok(qtbot, status)
    assert view.record.status == Status.IN_CONSULTATION
    assert "paused" in view.ui.bannerLabel.text()
    actions = [e.action for e in session.ws.store.events(view.request_id)]
    assert actions.count("status.changed") == 2


def test_dashboard_shows_what_is_due(qtbot, app_window):
    window = app_window.window
    window.new_request()
    form = open_dialog(window, RequestFormDialog)
    fill_new_request(form, "Due soon")
    press_ok(qtbot, form)
    with qtbot.waitSignal(window.dashboard_page.refreshed):
        window.ui.tabs.setCurrentWidget(window.dashboard_page)
    week = window.dashboard_page.models["week"]
    assert [r["subject"] for r in week.rows] == ["Due soon"]
    assert "Court deadline 30 Nov 2026" in week.index(0, 6).data()
    app_window.session.ws.clock.now = app_window.session.ws.clock.now.replace(month=12)
    with qtbot.waitSignal(window.dashboard_page.refreshed):
        window.dashboard_page.refresh()
    assert [r["subject"] for r in window.dashboard_page.models["overdue"].rows] == ["Due soon"]


def test_idle_lock_hides_case_data(qtbot, app_window):
    window = app_window.window
    session = app_window.session
    window.new_request()
    form = open_dialog(window, RequestFormDialog)
    fill_new_request(form, "Confidential subject")
    press_ok(qtbot, form)
    assert window.request_tabs()
    with qtbot.waitSignal(session.locked, timeout=10_000):
        window.idle.set_minutes(0.001)
    assert window.ui.stack.currentWidget() is window.ui.lockedPage
    # The tab stays, to come back after unlocking, but holds nothing of the request.
    for view in window.request_tabs():
        assert view.record is None and view.ui.subjectLabel.text() == ""
        assert view.timeline.rowCount() == 0 and view.checklist.steps.rowCount() == 0
    assert window.register_page.model.rowCount() == 0
    assert not window.new_action.isEnabled()


def test_keys_and_mouse_in_any_window_hold_off_the_idle_lock(qtbot, app_window):
    """The user's input, as the window system delivers it to a window (the main one or
    a dialog), starts the idle time again."""
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialog

    window = app_window.window
    idle = window.idle
    idle.set_minutes(1)
    full = idle.timer.remainingTime()

    def some_time_passed() -> int:
        qtbot.waitUntil(lambda: idle.timer.remainingTime() < full - 20, timeout=10_000)
        return idle.timer.remainingTime()

    left = some_time_passed()
    QTest.mouseMove(window.windowHandle(), QPoint(30, 30))
    assert idle.timer.remainingTime() > left
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    left = some_time_passed()
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_A)
    assert idle.timer.remainingTime() > left
    assert app_window.session.is_unlocked


def test_lock_shortcut_and_reopen_after_restart(qtbot, app_window, tmp_path):
    window = app_window.window
    window.new_request()
    form = open_dialog(window, RequestFormDialog)
    fill_new_request(form, "Survives a restart")
    press_ok(qtbot, form)
    with qtbot.waitSignal(app_window.session.locked):
        window.lock_action.trigger()
    window.close()

    again = Application(tmp_path / "ws")
    qtbot.addWidget(again.window)
    again.start()
    dialog = open_dialog(again.window, UnlockDialog)
    dialog.ui.passphraseEdit.setText(PASSPHRASE)
    with qtbot.waitSignal(again.session.unlocked, timeout=20_000):
        qtbot.mouseClick(dialog.ui.unlockButton, Qt.MouseButton.LeftButton)
    model = again.window.register_page.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)  # read off the GUI thread
    assert register.by_id(again.session.ws, model.request_id(0)).subject == "Survives a restart"
    again.session.lock()


def test_locking_leaves_an_encrypted_backup(qtbot, app_window, tmp_path):
    from desktop.services import backup

    window = app_window.window
    window.new_request()
    form = open_dialog(window, RequestFormDialog)
    fill_new_request(form, "Backed up on lock")
    press_ok(qtbot, form)
    with qtbot.waitSignal(
        window.backups.running_changed, check_params_cb=lambda running: not running
    ):
        window.lock_action.trigger()
        assert not app_window.session.is_unlocked  # locked at once, the backup still going
        assert window.backups.running
    made = backup.list_backups(tmp_path / "ws")
    assert made and not made[-1].path.read_bytes().startswith(b"SQLite format 3")


def test_unlock_offers_the_latest_backup_when_the_database_is_damaged(
    qtbot, make_workspace, tmp_path
):
    from desktop.core.requests import draft_from_mapping
    from desktop.services import backup
    from desktop.storage.connection import DB_FILE
    from tests.factories import request_row

    ws, _ = make_workspace()
    register.register(ws, draft_from_mapping(request_row(subject="Kept by the backup")))
    backup.back_up_automatically(ws, "close")
    ws.close()
    db = tmp_path / "ws" / DB_FILE
    db.write_bytes(db.read_bytes()[: len(db.read_bytes()) // 3])

    restore_from_the_unlock_dialog(qtbot, tmp_path / "ws", "backup")


def test_copied_references_of_a_confidential_request_are_cleared(qtbot, app_window):
    from PySide6.QtWidgets import QApplication

    window = app_window.window
    window.new_request()
    form = open_dialog(window, RequestFormDialog)
    fill_new_request(form, "Confidential by default")
    press_ok(qtbot, form)
    request_id = window.request_tabs()[-1].request_id
    window.clipboard.copy_reference(request_id)
    copied = QApplication.clipboard().text()
    assert copied.startswith("CD-2026-0001 ICC-01/04-01/06-2077")
    assert window.clipboard.timer.isActive()
    window.clipboard.timer.setInterval(1)
    window.clipboard.timer.start()
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "")


def test_unlock_offers_the_backup_when_a_page_read_at_unlock_is_damaged(
    qtbot, make_workspace, tmp_path
):
    from desktop.core.requests import draft_from_mapping
    from desktop.services import backup
    from desktop.storage.connection import DB_FILE
    from tests.conftest import request_row

    ws, _ = make_workspace()
    register.register(ws, draft_from_mapping(request_row(subject="Kept by the backup")))
    backup.back_up_automatically(ws, "close")
    page = ws.store.conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'users'"
    ).fetchone()[0]
    ws.close()
    with (tmp_path / "ws" / DB_FILE).open("r+b") as handle:
        handle.seek((page - 1) * 4096 + 2000)
        byte = handle.read(1)[0]
        handle.seek((page - 1) * 4096 + 2000)
        handle.write(bytes([byte ^ 1]))

    restore_from_the_unlock_dialog(
        qtbot, tmp_path / "ws", "The database is damaged — restore it from a backup"
    )


def test_linked_requests_show_on_both_requests(qtbot, session, ws):
    """A follow-up names the request it follows, and that one names its follow-up."""
    from desktop.core.requests import draft_from_mapping
    from desktop.gui.request_view import RequestView
    from desktop.services import links
    from tests.factories import request_row

    first = register.register(ws, draft_from_mapping(request_row()))
    second = register.register(
        ws,
        draft_from_mapping(
            request_row(court_reference="ICC-01/04-01/06-1235", subject="Further bank records")
        ),
    )
    links.link(ws, second, "follow_up_of", first)
    shown = {}
    for record in (first, second):
        view = RequestView(session, record.id)
        qtbot.addWidget(view)
        shown[record.registry_no] = view.ui.overviewText.toPlainText()
    assert f"Follow-up of\n{first.registry_no}" in shown[second.registry_no]
    assert f"Followed up by\n{second.registry_no}" in shown[first.registry_no]


def test_every_action_a_request_records_reads_as_a_sentence():
    """The Timeline never shows an action code: each one services record has its words."""
    import re
    from pathlib import Path

    from desktop.gui import timeline

    services = Path(timeline.__file__).resolve().parents[1] / "services"
    recorded = set()
    for path in services.glob("*.py"):
        recorded |= set(
            re.findall(
                r'"((?:request|reply|checklist|routing|deadline|status|note|attachment|cost|'
                r'transfer|transit|case_summary|arrest|review)\.[a-z_]+)"',
                path.read_text(),
            )
        )
    assert recorded, "no actions found: the pattern no longer matches the services"
    missing = sorted(a for a in recorded if a not in timeline.SENTENCES)
    assert missing == []


def restore_from_the_unlock_dialog(qtbot, folder, says: str) -> None:
    """Type the passphrase, read what the dialog says, restore the offered backup."""
    dialog = UnlockDialog(folder, Background())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.passphraseEdit.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.ui.unlockButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.restoreButton.isVisible(), timeout=20_000)
    assert says in dialog.ui.errorLabel.text()
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
    restored = dialog.workspace
    assert [r.subject for r in restored.store.all_requests()] == ["Kept by the backup"]
    restored.close()
