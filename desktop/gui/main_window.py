"""The main window: register, deadlines, directory, request tabs; locking and menus.

The File menu's workspace-wide actions live in `file_actions.py`, automatic backups in
`automatic_backup.py`, tray reminders and the clipboard in `tray_clipboard.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

import shiboken6
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabBar,
    QWidget,
)

from desktop import APP_NAME
from desktop.core.statuses import Status, allowed_next
from desktop.gui import i18n, labels, parcel_actions
from desktop.gui.automatic_backup import AutomaticBackup
from desktop.gui.background import Background
from desktop.gui.dashboard_page import DashboardPage
from desktop.gui.dialogs import OwnerDialog, StatusDialog
from desktop.gui.file_actions import FileActions
from desktop.gui.form_types import MainFormUi
from desktop.gui.forms import load_form
from desktop.gui.parcel_folder import ParcelFolder
from desktop.gui.register_page import RegisterPage
from desktop.gui.request_view import RequestView
from desktop.gui.session import IdleLock, LockKey, Session
from desktop.gui.statistics_page import open_statistics
from desktop.gui.tray_clipboard import ClipboardGuard, Reminders
from desktop.gui.window_size import resize_within_screen
from desktop.services import browse, register, workflow
from desktop.services.errors import UserFacingError

if TYPE_CHECKING:  # opened from the View menu, imported when first shown
    from desktop.gui.directory_page import DirectoryPage
    from desktop.gui.offices_page import OfficesPage
    from desktop.services.workspace import Workspace

BACKUP_DELAY_MS = 2 * 60 * 1000


class _Page(Protocol):
    """A page opened from the View menu: it drops what it shows at a lock, and reloads."""

    def clear(self) -> None: ...

    def refresh(self) -> None: ...


class MainWindow(QMainWindow):
    def __init__(
        self,
        folder: Path,
        session: Session,
        background: Background,
        unlock_hint: str = "",
        icon: QIcon | None = None,
    ) -> None:
        super().__init__()
        self.folder = folder
        self.session = session
        self.background = background
        self.unlock_hint = unlock_hint
        self.setWindowTitle(APP_NAME)
        if icon is not None:
            self.setWindowIcon(icon)
        host = QWidget(self)
        self.ui = load_form(MainFormUi, host)
        self.setCentralWidget(host)
        self.register_page = RegisterPage(session, self)
        self.dashboard_page = DashboardPage(session, self)
        self.directory_page: DirectoryPage | None = None
        self.offices_page: OfficesPage | None = None
        tabs = self.ui.tabs
        tabs.addTab(self.register_page, self.tr("Register"))
        tabs.addTab(self.dashboard_page, self.tr("Deadlines"))
        self._fixed_tabs = 2
        for index in range(self._fixed_tabs):
            tabs.tabBar().setTabButton(index, QTabBar.ButtonPosition.RightSide, None)
        tabs.tabCloseRequested.connect(self.close_tab)
        self._just_built: RequestView | None = None  # a request tab being shown first
        tabs.currentChanged.connect(self._tab_changed)
        self.files = FileActions(self)
        self.clipboard = ClipboardGuard(session, self)
        self.clipboard.message.connect(lambda text: self.statusBar().showMessage(text, 5_000))
        self.register_page.open_request.connect(self.open_request)
        self.register_page.bulk_owner.connect(self.assign_owner)
        self.register_page.bulk_status.connect(self.change_status_many)
        self.register_page.export_rows.connect(self.files.export_rows)
        self.register_page.copy_reference.connect(self.clipboard.copy_reference)
        self.dashboard_page.open_request.connect(self.open_request)
        self.dashboard_page.open_office.connect(self.show_office)
        self.ui.unlockButton.clicked.connect(self.ask_unlock)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Enter on the lock screen unlocks
            QShortcut(
                QKeySequence(key),
                self.ui.lockedPage,
                self.ask_unlock,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        self._unlock_dialog: QDialog | None = None
        self._parked: list[QDialog] = []
        self._locked_by: str | None = None
        self.setAcceptDrops(True)  # a parcel dropped on the window is received
        self.user_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.user_label)
        self._build_actions()
        app = cast(QApplication, QApplication.instance())
        self.idle = IdleLock(session, app)
        self.lock_key = LockKey(self.lock_action, app)
        self.reminders = Reminders(session, self, icon)
        session.about_to_lock.connect(self._remember_who_locks)
        self.backups = AutomaticBackup(session, self)
        self.backups.running_changed.connect(self.ui.backupLabel.setVisible)
        self.backups.failed.connect(self.statusBar().showMessage)
        self.reminders.timer.timeout.connect(self.backups.daily)
        session.unlocked.connect(self._on_unlocked)
        self.parcel_folder = ParcelFolder(session, self)
        self.parcel_folder.message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        session.locked.connect(self._on_locked)
        session.changed.connect(self._on_changed)
        background.busy_changed.connect(
            lambda busy: (
                QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
                if busy
                else QApplication.restoreOverrideCursor()
            )
        )
        geometry = QSettings().value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            resize_within_screen(self, 1280, 800)

    # -- menus --------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        needs_unlock: bool = True,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if needs_unlock:
            self._case_actions.append(action)
        return action

    def _build_actions(self) -> None:
        self._case_actions: list[QAction] = []
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(
            self.tr("&New request…"), self.new_request, QKeySequence.StandardKey.New
        )
        file_menu.addAction(self.new_action)
        files = self.files
        file_menu.addAction(self._action(self.tr("&Import requests…"), files.import_file))
        file_menu.addAction(
            self._action(self.tr("&Export register rows…"), lambda: files.export_rows(None))
        )
        file_menu.addAction(self._action(self.tr("Export to &calendar…"), files.export_calendar))
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("Send to &office…"), lambda: self.send_to_office())
        )
        file_menu.addAction(
            self._action(
                self.tr("&Hand over the lead…"), lambda: self.send_to_office(hand_over_lead=True)
            )
        )
        file_menu.addAction(
            self._action(self.tr("Recei&ve parcel…"), lambda: self.receive_parcel())
        )
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Back up now…"), files.back_up_now))
        file_menu.addAction(self._action(self.tr("&Restore from a backup…"), files.restore))
        file_menu.addAction(self._action(self.tr("Check the &workspace"), files.verify))
        file_menu.addAction(self._action(self.tr("Change the data &key…"), files.change_data_key))
        file_menu.addAction(self._action(self.tr("Export the &audit trail…"), files.export_audit))
        file_menu.addAction(
            self._action(self.tr("Export &everything (not encrypted)…"), files.export_everything)
        )
        file_menu.addSeparator()
        self.lock_action = self._action(self.tr("&Lock"), self.session.lock, "Ctrl+L")
        file_menu.addAction(self.lock_action)
        file_menu.addAction(
            self._action(
                self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, needs_unlock=False
            )
        )
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.find_action = self._action(
            self.tr("&Find in register"), self.find_in_register, QKeySequence.StandardKey.Find
        )
        edit_menu.addAction(self.find_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(
            self._action(
                self.tr("&Register"),
                lambda: self.ui.tabs.setCurrentWidget(self.register_page),
                "Ctrl+1",
            )
        )
        view_menu.addAction(
            self._action(
                self.tr("&Deadlines"),
                lambda: self.ui.tabs.setCurrentWidget(self.dashboard_page),
                "Ctrl+2",
            )
        )
        view_menu.addAction(
            self._action(self.tr("D&irectory of authorities"), self.show_directory, "Ctrl+3")
        )
        view_menu.addAction(
            self._action(self.tr("&Statistics"), lambda: open_statistics(self), "Ctrl+4")
        )
        view_menu.addAction(self._action(self.tr("&Offices"), self.show_offices, "Ctrl+5"))
        tools_menu = bar.addMenu(self.tr("&Tools"))
        tools_menu.addAction(self._action(self.tr("&Settings…"), self.show_settings))
        tools_menu.addAction(
            self._action(self.tr("&Checklist templates…"), self.show_checklist_templates)
        )
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(self.tr("&About Cooperation Desk"), self.about, needs_unlock=False)
        )
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.find_action)
        toolbar.addAction(self.lock_action)

    # -- lock and unlock ----------------------------------------------------------------

    def _on_unlocked(self) -> None:
        ws = self.session.ws
        if self._locked_by not in (None, ws.user):
            self._drop_what_was_open()  # another user: not the previous one's drafts
        self._locked_by = None
        i18n.save_language(ws.settings.language)  # the next start, before unlocking
        for action in self._case_actions:
            action.setEnabled(True)
        self.ui.stack.setCurrentWidget(self.ui.workPage)
        user = ws.current_user()
        self.user_label.setText(
            self.tr("Signed in as {0}").format(user["display_name"] if user else ws.user)
        )
        self.setWindowTitle(f"{APP_NAME} — {ws.settings.office_name or self.folder}")
        self.idle.set_minutes(ws.settings.idle_lock_minutes)
        self.register_page.reload()  # its rows arrive from a worker thread
        if self.ui.tabs.currentWidget() is self.dashboard_page:
            self.dashboard_page.refresh()
        for page in self._added_pages():
            page.refresh()
        for view in self.request_tabs():
            self._reload_tab(view)
        for dialog in self._parked:
            if shiboken6.isValid(dialog):
                dialog.show()
        self._parked.clear()
        self.reminders.start()
        # The day's backup waits until the register is on screen and the user settled in.
        QTimer.singleShot(BACKUP_DELAY_MS, self.backups.daily)

    def _added_pages(self) -> list[_Page]:
        """Pages opened from the View menu (Directory, Statistics): they clear and refresh."""
        tabs = self.ui.tabs
        pages = [tabs.widget(i) for i in range(self._fixed_tabs, tabs.count())]
        return [cast(_Page, p) for p in pages if p is not None and not isinstance(p, RequestView)]

    def _reload_tab(self, view: RequestView) -> None:
        try:
            view.refresh()
        except UserFacingError:  # gone meanwhile (a restore): the tab has nothing to show
            self.ui.tabs.removeTab(self.ui.tabs.indexOf(view))
            view.deleteLater()

    def _remember_who_locks(self) -> None:
        self._locked_by = self.session.ws.user

    def _on_locked(self) -> None:
        """Hide every piece of case data, but keep what the user was doing.

        Pages and request tabs stay open with their contents dropped; dialogs are hidden,
        not closed, so a half-typed note or reply is there again after unlocking. Message
        boxes and file choosers are closed: they hold nothing typed.
        """
        self._park_dialogs()
        self.register_page.model.clear()
        self.dashboard_page.clear()
        for page in self._added_pages():
            page.clear()
        for view in self.request_tabs():
            view.clear()
        self.show_locked()
        self.reminders.stop()
        QApplication.clipboard().clear()

    def show_locked(self) -> None:
        """The lock screen: no case action, the office name gone from the title."""
        for action in self._case_actions:
            action.setEnabled(False)
        self.ui.stack.setCurrentWidget(self.ui.lockedPage)
        self.user_label.clear()
        self.setWindowTitle(APP_NAME)
        self.ui.unlockButton.setFocus()

    def _park_dialogs(self) -> None:
        for dialog in self.findChildren(QDialog):
            if not dialog.isVisible() or getattr(dialog, "opens_the_workspace", False):
                continue
            if isinstance(dialog, (QMessageBox, QFileDialog, QInputDialog)):
                dialog.reject()
            else:
                dialog.hide()
                self._parked.append(dialog)

    def _drop_what_was_open(self) -> None:
        for dialog in self._parked:
            if shiboken6.isValid(dialog):
                dialog.reject()
        self._parked.clear()
        self.close_request_tabs()

    def close_request_tabs(self) -> None:
        """Every tab but the register and the deadlines (another user, a restore)."""
        while self.ui.tabs.count() > self._fixed_tabs:
            self._remove_tab(self._fixed_tabs)
        self.directory_page = None
        self.offices_page = None

    def _open(self, ws: Workspace | None) -> None:
        if ws is not None:
            self.session.open(ws)

    def ask_unlock(self) -> None:
        from desktop.gui.unlock_dialog import UnlockDialog

        if self.session.is_unlocked:
            return
        if (
            self._unlock_dialog is not None
            and shiboken6.isValid(self._unlock_dialog)
            and self._unlock_dialog.isVisible()
        ):
            self._unlock_dialog.activateWindow()
            return
        dialog = UnlockDialog(self.folder, self.background, self.unlock_hint, self)
        dialog.accepted.connect(lambda: self._open(dialog.workspace))
        dialog.quit_requested.connect(self.close)
        dialog.finished.connect(dialog.deleteLater)
        self._unlock_dialog = dialog
        dialog.open()

    # -- tabs ---------------------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        widget = self.ui.tabs.widget(index)
        if widget is self.dashboard_page:
            self.dashboard_page.refresh()
        elif (
            isinstance(widget, RequestView)
            and self.session.is_unlocked
            and widget is not self._just_built
        ):
            widget.refresh()

    def _remove_tab(self, index: int) -> None:
        widget = self.ui.tabs.widget(index)
        self.ui.tabs.removeTab(index)
        if widget is self.directory_page:
            self.directory_page = None
        if widget is self.offices_page:
            self.offices_page = None
        if widget is not None:
            widget.deleteLater()

    def close_tab(self, index: int) -> None:
        if index >= self._fixed_tabs:
            self._remove_tab(index)

    def request_tabs(self) -> list[RequestView]:
        return [
            w
            for w in (self.ui.tabs.widget(i) for i in range(self.ui.tabs.count()))
            if isinstance(w, RequestView)
        ]

    def open_request(self, request_id: int) -> RequestView:
        for view in self.request_tabs():
            if view.request_id == request_id:
                self.ui.tabs.setCurrentWidget(view)
                return view
        view = RequestView(self.session, request_id, self)
        view.message.connect(self.show_message)
        view.status.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        view.edit_requested.connect(self.edit_request)
        view.reply_requested.connect(self.reply)
        assert view.record is not None
        index = self.ui.tabs.addTab(view, view.record.registry_no)
        self.ui.tabs.setTabToolTip(index, view.record.subject)
        self._just_built = view  # it has just read everything: not again on showing it
        try:
            self.ui.tabs.setCurrentIndex(index)
        finally:
            self._just_built = None
        return view

    def _on_changed(self, request_id: int) -> None:
        """One request or the register as a whole (maybe 10,000 new rows): the register is
        read again off the GUI thread. Even for one request the query runs over every
        row: at 100,000 requests it froze the window ~60 ms after each attachment."""
        self.register_page.reload()
        if self.ui.tabs.currentWidget() is self.dashboard_page:
            self.dashboard_page.refresh()

    # -- actions ------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)
        QMessageBox.information(self, APP_NAME, text)

    def show_office(self, office_id: str) -> None:
        """The register, showing the open requests that office leads."""
        self.ui.tabs.setCurrentWidget(self.register_page)
        self.register_page.show_office(office_id)

    def find_in_register(self) -> None:
        self.ui.tabs.setCurrentWidget(self.register_page)
        self.register_page.focus_search()

    def new_request(self) -> None:
        from desktop.gui.request_form import RequestFormDialog

        dialog = RequestFormDialog(self.session, parent=self)
        dialog.saved.connect(self._saved)
        dialog.open_requested.connect(self.open_request)  # "Open it" on a duplicate
        dialog.open()
        self._form = dialog

    def edit_request(self, request_id: int) -> None:
        from desktop.gui.request_form import RequestFormDialog

        dialog = RequestFormDialog(self.session, register.by_id(self.session.ws, request_id), self)
        dialog.saved.connect(lambda rid: self.session.notify(rid))
        dialog.open()
        self._form = dialog

    def _saved(self, request_id: int) -> None:
        self.session.notify(request_id)
        self.open_request(request_id)

    def reply(self, request_id: int) -> None:
        from desktop.gui.reply_dialog import ReplyDialog

        ReplyDialog(self.session, request_id, self).open()

    def show_directory(self) -> None:
        if self.directory_page is None:
            from desktop.gui.directory_page import DirectoryPage

            self.directory_page = DirectoryPage(self.session, self)
            self.directory_page.message.connect(
                lambda text: self.statusBar().showMessage(text, 10_000)
            )
            self.ui.tabs.insertTab(self._fixed_tabs, self.directory_page, self.tr("Directory"))
        self.directory_page.refresh()
        self.ui.tabs.setCurrentWidget(self.directory_page)

    def show_offices(self) -> None:
        if self.offices_page is None:
            from desktop.gui.offices_page import OfficesPage

            self.offices_page = OfficesPage(self.session, self)
            self.offices_page.message.connect(
                lambda text: self.statusBar().showMessage(text, 10_000)
            )
            self.ui.tabs.insertTab(self._fixed_tabs, self.offices_page, self.tr("Offices"))
        self.offices_page.refresh()
        self.ui.tabs.setCurrentWidget(self.offices_page)

    def send_to_office(self, hand_over_lead: bool = False) -> None:
        """The request on screen, or the requests selected in the register."""
        current = self.ui.tabs.currentWidget()
        ids = (
            [current.request_id]
            if isinstance(current, RequestView)
            else self.register_page.selected_ids()
        )
        told = parcel_actions.send_to_office(
            self, self.session, browse.records(self.session.ws, ids), hand_over_lead
        )
        if told:
            self.statusBar().showMessage(told, 10_000)

    def receive_parcel(self, path: str = "") -> None:
        parcel_actions.receive_parcel(
            self, self.session, lambda told: self.statusBar().showMessage(told, 10_000), path
        )

    def _dropped_parcels(self, event: QDropEvent) -> list[str]:
        if not self.session.is_unlocked or not event.mimeData().hasUrls():
            return []
        return [
            u.toLocalFile()
            for u in event.mimeData().urls()
            if u.isLocalFile() and parcel_actions.is_parcel(u.toLocalFile())
        ]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """A parcel dropped anywhere on the window is received (Receive parcel…)."""
        if self._dropped_parcels(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for path in self._dropped_parcels(event):
            self.receive_parcel(path)

    def show_settings(self) -> None:
        from desktop.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.session, self)
        dialog.saved.connect(self._settings_saved)
        dialog.open()

    def show_checklist_templates(self) -> None:
        from desktop.gui.checklist_templates_dialog import ChecklistTemplatesDialog

        ChecklistTemplatesDialog(self.session, self).open()

    def _settings_saved(self) -> None:
        self.idle.set_minutes(self.session.ws.settings.idle_lock_minutes)
        self.parcel_folder.configure()
        i18n.language_saved(self, self.session.ws.settings.language)
        self.session.notify(0)

    def assign_owner(self, ids: list[int]) -> None:
        ws = self.session.ws

        def apply(values: dict[str, Any]) -> None:
            now = self.session.ws  # the dialog may have outlived a lock
            register.set_owner(now, browse.records(now, ids), values["owner"])
            self.session.notify(0)

        OwnerDialog(ws.users(), apply, self).open()

    def change_status_many(self, ids: list[int]) -> None:
        ws = self.session.ws
        records = browse.records(ws, ids)
        common = set(allowed_next(Status(records[0].status)))
        for record in records[1:]:
            common &= set(allowed_next(Status(record.status)))
        if not common:
            self.show_message(self.tr("These requests have no next status in common."))
            return
        choices = [s for s in Status if s in common]
        names = [labels.status(s) for s in choices]
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Change status"),
            self.tr("New status for {0} requests:").format(len(records)),
            names,
            0,
            False,
        )
        if not ok:
            return
        new = choices[names.index(name)]

        def apply(values: dict[str, Any]) -> None:
            now = self.session.ws
            workflow.change_status_many(
                now, browse.records(now, ids), new, values["reason"], values["ground"]
            )
            self.session.notify(0)

        StatusDialog(Status(records[0].status), new, apply, self).open()

    def about(self) -> None:
        from desktop import __version__

        QMessageBox.about(
            self,
            APP_NAME,
            self.tr(
                "<b>Cooperation Desk</b> {0}<br>Requests from the International Criminal Court: "
                "register, route, chase, reply. Encrypted and offline."
            ).format(__version__),
        )

    # -- closing ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("main/geometry", self.saveGeometry())
        self.session.lock()
        self.background.wait()  # the backup locking started, and any other work
        self.reminders.hide()
        event.accept()
