"""A request's checklist; for a transfer, the logistics surface with its countdown.

Steps are grouped by phase (legal, medical and documents, travel and escort, transit
States, handover), with progress, what holds the next phase back, and the transit States
with their authorisations at a glance (Rec. 18-19, art. 89(3)).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QHeaderView, QWidget

from desktop.core.checklist_print import countdown_text, printable_html
from desktop.core.checklist_progress import (
    ChecklistView,
    Step,
    StepState,
    TransitStatus,
    countdown,
    next_phase_blockers,
)
from desktop.core.requests import RequestRecord
from desktop.gui import labels
from desktop.gui.checklist_dialogs import (
    TRANSIT_LABELS,
    AddStepDialog,
    PlannedTransferDialog,
    StepDoneDialog,
    StepNotApplicableDialog,
    TransitDialog,
)
from desktop.gui.file_dialogs import save_file_name
from desktop.gui.form_types import ChecklistPanelUi
from desktop.gui.formats import format_date, format_datetime
from desktop.gui.forms import load_form
from desktop.gui.rows_model import RowColumn, RowsModel
from desktop.gui.session import Session
from desktop.services import casefile, checklists, directory, register
from desktop.services.checklists import transfer as checklist_transfer
from desktop.services.errors import UserFacingError
from desktop.services.workspace import Workspace

StepRole = Qt.ItemDataRole.UserRole + 20
LATE = QBrush(QColor(220, 53, 69, 60))
DONE = QBrush(QColor(46, 160, 67, 45))
TRANSIT_COLOURS = {
    TransitStatus.GRANTED: QBrush(QColor(46, 160, 67, 60)),
    TransitStatus.REFUSED: QBrush(QColor(220, 53, 69, 70)),
    TransitStatus.REQUESTED: QBrush(QColor(255, 193, 7, 70)),
}
TICK_MS = 30_000


class ChecklistPanel(QWidget):
    changed = Signal()
    message = Signal(str)

    def __init__(self, session: Session, request_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.request_id = request_id
        self.view_data: ChecklistView | None = None
        self.ui = load_form(ChecklistPanelUi, self)
        self.steps = QStandardItemModel(self)
        self.ui.stepsView.setModel(self.steps)
        self.transits = RowsModel(
            [
                RowColumn(self.tr("State"), lambda r: r["state"]),
                RowColumn(
                    self.tr("Authorisation"),
                    lambda r: self.tr(TRANSIT_LABELS[r["status"]]),
                    lambda r: TRANSIT_COLOURS[r["status"]],
                ),
                RowColumn(self.tr("Since"), lambda r: format_date(r["status_on"])),
                RowColumn(self.tr("Reference"), lambda r: r["reference"]),
            ],
            self,
        )
        self.ui.transitView.setModel(self.transits)
        self.ui.transitView.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.ui.transitView.horizontalHeader().setStretchLastSection(True)
        self.ui.legendLabel.setText(
            self.tr(
                "* mandatory: done or marked not applicable before the request is executed "
                "&nbsp; {0} late &nbsp; {1} done"
            ).format(labels.swatch(LATE), labels.swatch(DONE))
        )
        self.ui.doneButton.clicked.connect(self.mark_done)
        self.ui.naButton.clicked.connect(self.mark_not_applicable)
        self.ui.reopenButton.clicked.connect(self.reopen)
        self.ui.addStepButton.clicked.connect(self.add_step)
        self.ui.exportButton.clicked.connect(self.export)
        self.ui.printButton.clicked.connect(self.print_checklist)
        self.ui.plannedButton.clicked.connect(self.set_planned)
        self.ui.addTransitButton.clicked.connect(self.add_transit)
        self.ui.transitStatusButton.clicked.connect(self.update_transit)
        self.ui.stepsView.doubleClicked.connect(lambda _index: self.mark_done())
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._show_countdown)
        self.refresh()

    # -- display ------------------------------------------------------------------------

    def _record(self) -> RequestRecord:
        return register.by_id(self.session.ws, self.request_id)

    def refresh(self) -> None:
        ws = self.session.ws
        data = checklists.view(ws, self._record())
        self.view_data = data
        self.ui.transferBox.setVisible(data.is_transfer)
        self._fill_steps(data, ws.today())
        steps = data.steps
        self.ui.progressBar.setMaximum(max(1, len(steps)))
        self.ui.progressBar.setValue(sum(not s.is_open for s in steps))
        blocked = [b for c in data.checklists if (b := next_phase_blockers(c))]
        if blocked:
            title, waiting = blocked[0]
            self.ui.blockingLabel.setText(
                self.tr("Holding back “{0}”: {1}").format(
                    title or self.tr("the checklist"),
                    self.tr("; ", "between steps").join(f"{s.number}. {s.title}" for s in waiting),
                )
            )
        else:
            self.ui.blockingLabel.setText(self.tr("No mandatory step is open."))
        if data.is_transfer:
            planned = data.key_dates.planned_transfer
            self.ui.plannedLabel.setText(
                format_datetime(planned) if planned else self.tr("Not set yet")
            )
            self.transits.set_rows([t.__dict__ for t in data.transit_states])
            self._show_countdown()
            self._tick.start()

    def clear(self) -> None:
        """Drop every step and date shown (on lock)."""
        self._tick.stop()
        self.view_data = None
        self.steps.clear()
        self.transits.set_rows([])
        for label in (self.ui.blockingLabel, self.ui.plannedLabel, self.ui.countdownLabel):
            label.clear()

    def _show_countdown(self) -> None:
        data = self.view_data
        planned = data.key_dates.planned_transfer if data else None
        if planned is None or not self.session.is_unlocked:
            self.ui.countdownLabel.setText("")
            return
        left = countdown(planned, self.session.ws.clock())
        self.ui.countdownLabel.setText(countdown_text(left))
        self.ui.countdownLabel.setStyleSheet(
            "font-size: 18pt; font-weight: 700;" + ("color: #7a1620;" if left.passed else "")
        )

    def _fill_steps(self, data: ChecklistView, today: date) -> None:
        self.steps.clear()
        self.steps.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Step"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("State"),
                self.tr("Note"),
            ]
        )
        bold = QFont()
        bold.setBold(True)
        for checklist in data.checklists:
            for title, steps in checklist.by_phase():
                closed = sum(not s.is_open for s in steps)
                heading = title or checklist.title
                phase = QStandardItem(f"{heading}  ({closed}/{len(steps)})")
                phase.setFont(bold)
                phase.setEditable(False)
                row = [phase] + [QStandardItem("") for _ in range(5)]
                for item in row:
                    item.setEditable(False)
                for step in steps:
                    phase.appendRow(self._step_row(step, today))
                self.steps.appendRow(row)
                self.ui.stepsView.setFirstColumnSpanned(
                    self.steps.rowCount() - 1, QModelIndex(), True
                )
        self.ui.stepsView.expandAll()
        header = self.ui.stepsView.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 420)
        header.resizeSection(2, 200)
        header.resizeSection(3, 110)
        header.resizeSection(4, 230)

    def _step_row(self, step: Step, today: date) -> list[QStandardItem]:
        mark = " *" if step.mandatory else ""
        cells = [
            str(step.number),
            step.title + mark,
            step.owner,
            format_date(step.due_on),
            self._state(step),
            step.note,
        ]
        items = []
        for text in cells:
            item = QStandardItem(text)
            item.setEditable(False)
            item.setData(step.id, StepRole)
            item.setToolTip(step.due_explanation or step.guidance or text)
            if step.state is StepState.DONE:
                item.setBackground(DONE)
            elif step.is_open and step.due_on and step.due_on < today:
                item.setBackground(LATE)
            items.append(item)
        items[1].setToolTip(
            "\n".join(x for x in (step.title, step.basis, step.guidance) if x)
            + ("\n" + self.tr("Mandatory") if step.mandatory else "")
        )
        return items

    def _state(self, step: Step) -> str:
        when = format_date(step.state_on)
        if step.state is StepState.DONE:
            return self.tr("Done {0}, {1}").format(when, step.state_by)
        if step.state is StepState.NOT_APPLICABLE:
            return self.tr("Not applicable ({0}), {1}").format(
                step.not_applicable_reason, step.state_by
            )
        return self.tr("Open")

    def selected_step(self) -> Step | None:
        index = self.ui.stepsView.currentIndex()
        step_id = index.data(StepRole) if index.isValid() else None
        if step_id is None or self.view_data is None:
            return None
        return next((s for s in self.view_data.steps if s.id == step_id), None)

    def select_step(self, number: int) -> None:
        """Put the cursor on a step by its number (used by tests and keyboard users)."""
        for row in range(self.steps.rowCount()):
            phase = self.steps.item(row, 0)
            for child in range(phase.rowCount()):
                if phase.child(child, 0).text() == str(number):
                    self.ui.stepsView.setCurrentIndex(phase.child(child, 0).index())
                    return

    # -- actions ------------------------------------------------------------------------

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def _need_step(self) -> Step | None:
        step = self.selected_step()
        if step is None:
            self.message.emit(self.tr("Select a step first."))
        return step

    def mark_done(self) -> None:
        step = self._need_step()
        if step is None:
            return
        ws = self.session.ws

        def apply(values: dict[str, Any]) -> None:
            checklists.mark_done(
                self.session.ws,
                self._record(),
                step,
                values["on"],
                values["note"],
                values["evidence"],
            )
            self._changed()

        StepDoneDialog(
            step.title, ws.today(), casefile.attachments(ws, self.request_id), apply, self
        ).open()

    def mark_not_applicable(self) -> None:
        step = self._need_step()
        if step is None:
            return

        def apply(values: dict[str, Any]) -> None:
            checklists.mark_not_applicable(
                self.session.ws, self._record(), step, values["reason"], values["on"]
            )
            self._changed()

        StepNotApplicableDialog(step.title, self.session.ws.today(), apply, self).open()

    def reopen(self) -> None:
        step = self._need_step()
        if step is None:
            return
        try:
            checklists.reopen_step(self.session.ws, self._record(), step)
        except UserFacingError as exc:
            self.message.emit(str(exc))
            return
        self._changed()

    def add_step(self) -> None:
        data = self.view_data
        if data is None or not data.checklists:
            return
        checklist = data.checklists[0]
        phases = [(p.code, p.title) for p in checklist.phases]
        authorities = [a["name"] for a in directory.authorities(self.session.ws)]

        def apply(values: dict[str, Any]) -> None:
            checklists.add_step(
                self.session.ws,
                self._record(),
                values["title"],
                checklist_id=checklist.id,
                phase=values["phase"],
                mandatory=values["mandatory"],
                authority=values["authority"],
            )
            self._changed()

        AddStepDialog(phases, authorities, apply, self).open()

    def set_planned(self) -> None:
        ws = self.session.ws
        data = self.view_data
        current = (
            data.key_dates.planned_transfer
            if data and data.key_dates.planned_transfer
            else ws.clock().replace(minute=0, second=0, microsecond=0)
        )

        def apply(values: dict[str, Any]) -> None:
            checklist_transfer.set_planned_transfer(
                self.session.ws, self._record(), values["planned_at"]
            )
            self._changed()

        PlannedTransferDialog(current, apply, self).open()

    def add_transit(self) -> None:
        def apply(values: dict[str, Any]) -> None:
            checklist_transfer.add_transit_state(
                self.session.ws,
                self._record(),
                values["state"],
                values["status"],
                reference=values["reference"],
            )
            self._changed()

        TransitDialog(self.tr("Add a transit State"), apply, parent=self).open()

    def update_transit(self) -> None:
        index = self.ui.transitView.currentIndex()
        row = self.transits.row(index.row()) if index.isValid() else None
        if row is None:
            self.message.emit(self.tr("Select a transit State first."))
            return

        def apply(values: dict[str, Any]) -> None:
            checklist_transfer.set_transit_status(
                self.session.ws,
                self._record(),
                row["id"],
                values["status"],
                reference=values["reference"],
            )
            self._changed()

        TransitDialog(
            self.tr("Authorisation from {0}").format(row["state"]),
            apply,
            row["state"],
            row["status"],
            row["reference"],
            self,
        ).open()

    def export(self) -> None:
        record = self._record()
        path = save_file_name(
            self,
            self.tr("Save the checklist as a Word document (not encrypted)"),
            f"{record.registry_no}-checklist.docx",
            self.tr("Word documents (*.docx)"),
        )
        if not path:
            return

        def write(ws: Workspace) -> None:
            # python-docx is imported on the worker, when first needed: not at every start.
            from desktop.services.checklists import document

            document.export_docx(ws, record, Path(path))

        self.session.write(
            write,
            lambda _path: self._changed() if self.session.is_unlocked else None,
            self.message.emit,
            parent=self,
            progress=self.tr("Writing {0}…").format(Path(path).name),
        )

    def print_checklist(self) -> None:
        """Printed from memory: the page goes to the printer, never to a temporary file."""
        if self.view_data is None:
            return
        ws = self.session.ws
        user = ws.current_user()
        document = QTextDocument()
        document.setHtml(
            printable_html(
                self.view_data,
                ws.settings.office_name,
                ws.clock(),
                user["display_name"] if user else ws.user,
            )
        )
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            document.print_(printer)
