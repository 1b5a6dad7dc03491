"""The File menu's actions on the whole workspace: import, exports, backups, restore, check.

Each reads or changes the workspace through `Background.read` / `Background.write`, so
the window keeps answering while a 100,000-request workspace is copied or checked; what
the user sees (dialogs, messages) happens in the callbacks, on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from desktop.core.requests import RequestDraft
from desktop.core.settings import OfficeSettings
from desktop.gui.background import report_progress
from desktop.gui.file_dialogs import existing_folder, open_file_name, save_file_name
from desktop.services import (
    audit,
    backup,
    browse,
    calendar_export,
    exchange,
    importing,
    queries,
)
from desktop.services.workspace import Workspace

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow


class FileActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10_000)

    # -- import and exports -------------------------------------------------------------

    def import_file(self) -> None:
        path = open_file_name(
            self.window, self.tr("Import requests"), self.tr("Requests (*.json *.csv)")
        )
        if not path:
            return

        def register(drafts: list[RequestDraft]) -> None:
            if not self.session.is_unlocked:  # locked while the file was read
                return
            self.session.write(
                lambda ws: importing.register_drafts(ws, drafts, progress=report_progress),
                self._imported,
                self.window.show_message,
                parent=self.window,
                progress=self.tr("Importing {0} requests…").format(len(drafts)),
            )

        # Reading and checking the file touches no database: plain work first.
        today = self.session.ws.today()
        self.session.background.run(
            lambda: importing.parse_file(Path(path), today),
            register,
            self.window.show_message,
            parent=self.window,
            progress=self.tr("Reading {0}…").format(Path(path).name),
        )

    def _imported(self, result: importing.ImportResult) -> None:
        self.session.notify(0)
        lines = [self.tr("Imported {0} requests.").format(len(result.registered))]
        if result.already_registered:
            lines.append(
                self.tr("Already registered, not imported again: {0}.").format(
                    ", ".join(result.already_registered)
                )
            )
        if result.past_on_arrival:
            lines.append(
                self.tr("Past their Court deadline on arrival, so overdue from today: {0}.").format(
                    ", ".join(result.past_on_arrival)
                )
            )
        self.window.show_message("\n".join(lines))

    def export_rows(self, ids: list[int] | None) -> None:
        path = save_file_name(
            self.window,
            self.tr("Export register rows (not encrypted)"),
            "register.csv",
            self.tr("CSV files (*.csv)"),
        )
        if not path:
            return
        wanted = self.window.register_page.model.filter

        def export(ws: Workspace) -> int:
            records = browse.records(ws, ids) if ids else queries.list_requests(ws, wanted)
            queries.export_register(ws, records, Path(path))
            return len(records)

        self.session.write(
            export,
            lambda count: self._status(
                self.tr("%n row(s) written to {0}.", "", count).format(path)
            ),
            self.window.show_message,
            parent=self.window,
        )

    def export_audit(self) -> None:
        path = save_file_name(
            self.window,
            self.tr("Export the audit trail (not encrypted)"),
            "audit-trail.csv",
            self.tr("CSV files (*.csv);;JSON files (*.json)"),
        )
        if path:
            self.session.write(
                lambda ws: audit.export_audit(ws, None, Path(path)),
                lambda count: self._status(self.tr("{0} entries written.").format(count)),
                self.window.show_message,
                parent=self.window,
                progress=self.tr("Exporting the audit trail…"),
            )

    def export_everything(self) -> None:
        folder = existing_folder(
            self.window, self.tr("Export everything to an empty folder (not encrypted)")
        )
        if not folder:
            return
        warning = exchange.PLAINTEXT_WARNING.format(folder=folder)
        if (
            QMessageBox.warning(
                self.window,
                self.tr("Export everything"),
                warning,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self.session.write(
            lambda ws: exchange.export_all(ws, Path(folder)),
            lambda summary: self.window.show_message(
                self.tr("Everything was written to {0}.").format(summary.folder)
            ),
            self.window.show_message,
            parent=self.window,
            progress=self.tr("Exporting everything…"),
        )

    # -- backups and checks -------------------------------------------------------------

    def back_up_now(self) -> None:
        path = save_file_name(
            self.window,
            self.tr("Back up the workspace (encrypted)"),
            f"coopdesk-backup-{self.session.ws.today().isoformat()}.db",
            self.tr("Workspace backups (*.db)"),
        )
        if not path:
            return
        self.session.read(
            lambda ws: backup.back_up(ws, Path(path), overwrite=True),
            lambda made: self._status(
                self.tr("Encrypted backup written to {0}.").format(made.path)
            ),
            self.window.show_message,
            parent=self.window,
            progress=self.tr("Backing up…"),
        )

    def restore(self) -> None:
        path = open_file_name(
            self.window,
            self.tr("Restore from a backup"),
            self.tr("Workspace backups (*.db)"),
            backup.backup_folder(self.session.ws),
        )
        if not path:
            return
        self.session.read(
            lambda ws: backup.check_backup(ws, Path(path)),
            lambda check: self._confirm_restore(Path(path), check),
            self.window.show_message,
            parent=self.window,
            progress=self.tr("Checking the backup…"),
        )

    def _confirm_restore(self, path: Path, check: backup.BackupCheck) -> None:
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore from a backup"),
            self.tr(
                "The backup is whole: {0} requests, audit trail up to entry {1}. Replace the "
                "current data with it? The current data is kept aside as a backup first."
            ).format(check.request_count, check.head[0]),
        )
        if answer != QMessageBox.StandardButton.Yes or not self.session.is_unlocked:
            return

        def restore(ws: Workspace) -> tuple[backup.RestoreResult, OfficeSettings]:
            return backup.restore(ws, path), ws.settings

        self.session.write(
            restore,
            self._restored,
            self.window.show_message,
            parent=self.window,
            progress=self.tr("Restoring…"),
        )

    def _restored(self, outcome: tuple[backup.RestoreResult, OfficeSettings]) -> None:
        result, settings = outcome
        if self.session.is_unlocked:
            self.session.ws.replace_settings(settings)  # read on the restore's connection
        self.window.close_request_tabs()
        self.session.notify(0)
        self.window.show_message(
            self.tr("Restored. The previous data is kept in {0}.").format(result.kept_aside)
        )

    def verify(self) -> None:
        self.session.read(
            audit.verify,
            self._verified,
            self.window.show_message,
            parent=self.window,
            progress=self.tr("Checking the workspace…"),
        )

    def _verified(self, report: audit.VerifyReport) -> None:
        text = "\n".join(report.lines())
        if report.ok:
            QMessageBox.information(self.window, self.tr("Check the workspace"), text)
        else:
            QMessageBox.warning(self.window, self.tr("Check the workspace"), text)

    # -- the user's calendar and the data key -------------------------------------------

    def export_calendar(self) -> None:
        """The open requests' due dates as an .ics file for the user's calendar."""
        path = save_file_name(
            self.window,
            self.tr("Export to calendar: the due dates of open requests (not encrypted)"),
            "deadlines.ics",
            self.tr("Calendar files (*.ics)"),
        )
        if not path:
            return
        self.session.write(
            lambda ws: calendar_export.export(ws, Path(path)),
            lambda _result: self.window.statusBar().showMessage(
                self.tr(
                    "Due dates written to {0}: registry numbers, kinds and clocks only. Import "
                    "it again after changes: the events are updated, not duplicated."
                ).format(path),
                15_000,
            ),
            self.window.show_message,
            parent=self.window,
        )

    def change_data_key(self) -> None:
        from desktop.gui.rekey_dialog import RekeyDialog

        dialog = RekeyDialog(self.session, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
