"""The register: filters, search as you type, the lazily loaded table, bulk actions."""

from __future__ import annotations

from functools import partial
from typing import Any, cast

from PySide6.QtCore import QEvent, QObject, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHeaderView, QMenu, QToolButton, QWidget

from desktop.core.filters import RequestFilter
from desktop.core.statuses import OPEN_STATUSES, Status
from desktop.core.vocabulary import Confidentiality, Kind, Organ, Urgency
from desktop.gui import labels
from desktop.gui.badges import BadgeDelegate, CellDelegate, fitting_width
from desktop.gui.form_types import RegisterPageUi
from desktop.gui.forms import load_form
from desktop.gui.register_model import COLUMNS, DUE_SOON, OVERDUE, RegisterModel
from desktop.gui.session import Session
from desktop.services import offices, queries

SEARCH_DELAY_MS = 150
HIDDEN_BY_DEFAULT = {"received_at", "owner"}
COLUMNS_KEY = "register/columns"  # not the first version's key: its widths hid "Due"


class RegisterPage(QWidget):
    open_request = Signal(int)
    copy_reference = Signal(int)
    bulk_owner = Signal(list)
    bulk_status = Signal(list)
    export_rows = Signal(list)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = load_form(RegisterPageUi, self)
        self.model = RegisterModel(session, self)
        view = self.ui.registerView
        view.setModel(self.model)
        view.setItemDelegate(CellDelegate(view))
        view.setItemDelegateForColumn(
            [c.key for c in COLUMNS].index("confidentiality"), BadgeDelegate(view)
        )
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        self._restore_columns()
        # What needs action first: open requests, the most overdue at the top.
        header.setSortIndicator(
            [c.key for c in COLUMNS].index("due_on"), Qt.SortOrder.AscendingOrder
        )
        header.sectionMoved.connect(self._save_columns)
        header.sectionResized.connect(self._save_columns)
        header.sectionResized.connect(self._want_read_ahead)  # texts laid out to new widths
        # Once a scrolled frame is painted, the rows of the next screen are read.
        self._ahead_wanted = False
        self._ahead_at: int | None = None  # where the scroll bar was at the last read-ahead
        view.verticalScrollBar().valueChanged.connect(self._want_read_ahead)
        self.model.modelReset.connect(self._reset_read_ahead)
        view.viewport().installEventFilter(self)
        view.activated.connect(lambda index: self._open_row(index.row()))
        view.customContextMenuRequested.connect(self._row_menu)

        self.ui.legendLabel.setText(
            self.tr(
                "{0} overdue &nbsp; {1} due within 7 days &nbsp; “clock paused”: in consultation "
                "with the Court, the deadline waits"
            ).format(labels.swatch(OVERDUE), labels.swatch(DUE_SOON))
        )
        self._fill_filters()
        self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData("open"))
        self._default_filter = self.current_filter()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.ui.searchEdit.textChanged.connect(self._search_timer.start)
        self.ui.situationEdit.textChanged.connect(self._search_timer.start)
        self.ui.searchEdit.returnPressed.connect(self._open_top_match)
        self.ui.searchEdit.installEventFilter(self)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self.apply_filters)
        for button in self._toggles():
            button.toggled.connect(self.apply_filters)
        self.ui.clearButton.clicked.connect(self.clear_filters)
        self.model.modelReset.connect(self._update_empty_state)

    # -- filters ------------------------------------------------------------------------

    def _combos(self) -> tuple[QComboBox, ...]:
        return (
            self.ui.statusCombo,
            self.ui.kindCombo,
            self.ui.urgencyCombo,
            self.ui.organCombo,
            self.ui.officeCombo,
        )

    def _toggles(self) -> tuple[QToolButton, ...]:
        return (
            self.ui.overdueButton,
            self.ui.weekButton,
            self.ui.consultationButton,
            self.ui.reviewButton,
        )

    def _fill_filters(self) -> None:
        self.ui.statusCombo.addItem(self.tr("All statuses"), "")
        self.ui.statusCombo.addItem(self.tr("Open", "requests still open"), "open")
        for status in Status:
            self.ui.statusCombo.addItem(labels.status(status), status.value)
        self.ui.kindCombo.addItem(self.tr("All kinds"), "")
        for kind in Kind:
            self.ui.kindCombo.addItem(labels.kind(kind), kind.value)
        self.ui.urgencyCombo.addItem(self.tr("Any urgency"), "")
        for urgency in Urgency:
            self.ui.urgencyCombo.addItem(labels.urgency(urgency), urgency.value)
        self.ui.organCombo.addItem(self.tr("Any organ"), "")
        for organ in Organ:
            self.ui.organCombo.addItem(labels.organ(organ), organ.value)
        self.ui.officeCombo.addItem(self.tr("Any lead office"), "")
        self.ui.officeCombo.setVisible(False)

    def _fill_offices(self) -> None:
        self._show_offices(offices.offices(self.session.ws))

    def _show_offices(self, known: list[dict[str, Any]]) -> None:
        """The offices this one exchanges parcels with, to see the requests each leads;
        hidden while there are none (most workspaces)."""
        if not self.session.is_unlocked:  # locked while they were read
            return
        combo = self.ui.officeCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Any lead office"), "")
        for office in known:
            combo.addItem(self.tr("Led by {0}").format(office["name"]), office["office_id"])
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        combo.setVisible(bool(known))

    def show_office(self, office_id: str) -> None:
        """Only the requests that office leads (from the Deadlines page's offices)."""
        self.clear_filters()
        self._fill_offices()
        self.ui.statusCombo.blockSignals(True)
        self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData("open"))
        self.ui.statusCombo.blockSignals(False)
        self.ui.officeCombo.setCurrentIndex(max(self.ui.officeCombo.findData(office_id), 0))

    def current_filter(self) -> RequestFilter:
        status = self.ui.statusCombo.currentData()
        statuses = (
            sorted(s.value for s in OPEN_STATUSES)
            if status == "open"
            else ([status] if status else [])
        )
        kind = self.ui.kindCombo.currentData()
        urgency = self.ui.urgencyCombo.currentData()
        organ = self.ui.organCombo.currentData()
        return RequestFilter(
            lead_office=self.ui.officeCombo.currentData() or None,
            statuses=statuses,
            kinds=[kind] if kind else [],
            urgencies=[urgency] if urgency else [],
            organs=[organ] if organ else [],
            situation=self.ui.situationEdit.text().strip(),
            review_due=self.ui.reviewButton.isChecked(),
            overdue=self.ui.overdueButton.isChecked(),
            due_within_days=7 if self.ui.weekButton.isChecked() else None,
            in_consultation=self.ui.consultationButton.isChecked(),
            search=self.ui.searchEdit.text(),
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        if self.session.is_unlocked:
            self._fill_offices()
            self.model.set_filter(self.current_filter())

    def reload(self) -> None:
        """After unlocking, or a change to the register as a whole (an import, a restore):
        the same query as `apply_filters`, read off the GUI thread; the rows shown stay
        until it ends, and an empty register says it is loading meanwhile. At unlock the
        offices' counts and the ids, read on the GUI thread, froze the window ~100 ms."""
        self._search_timer.stop()
        if self.session.is_unlocked:  # the offices' counts too: 27 ms at 11,000 requests
            self.session.read(offices.offices, self._show_offices)
            view = self.ui.registerView
            rows_shown = -(-view.viewport().height() // view.verticalHeader().defaultSectionSize())
            self.model.reload(self.current_filter(), rows_shown)
            if self.model.loading and not self.model.rowCount():  # not "the register is empty"
                self.ui.emptyLabel.setText(self.tr("Loading the register…"))
                self.ui.emptyLabel.setVisible(True)

    def _open_top_match(self) -> None:
        """Enter in the search box: the search runs at once and its first row opens."""
        self.apply_filters()
        if self.model.rowCount():
            self._open_row(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search box moves into the results, on the first row; the table
        being painted after a scroll reads ahead once the frame is on screen."""
        if (
            self._ahead_wanted
            and watched is self.ui.registerView.viewport()
            and event.type() == QEvent.Type.Paint
        ):
            self._ahead_wanted = False
            QTimer.singleShot(0, self, self._read_ahead)  # after this paint, not before it
            return False
        if (
            watched is self.ui.searchEdit
            and event.type() == QEvent.Type.KeyPress
            and cast(QKeyEvent, event).key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            view = self.ui.registerView
            view.setFocus()
            view.setCurrentIndex(self.model.index(0, view.horizontalHeader().logicalIndexAt(0)))
            view.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def clear_filters(self) -> None:
        for widget in self._combos():
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        for button in self._toggles():
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)
        for edit in (self.ui.searchEdit, self.ui.situationEdit):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self.apply_filters()

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def _update_empty_state(self) -> None:
        empty = self.model.rowCount() == 0
        self.ui.emptyLabel.setVisible(empty and self.session.is_unlocked)
        if not empty or not self.session.is_unlocked:
            return
        if not queries.count_requests(self.session.ws, RequestFilter()):
            self.ui.emptyLabel.setText(
                self.tr(
                    "The register is empty. Register the first request with New request "
                    "(Ctrl+N), or import a file from the File menu."
                )
            )
        elif self.current_filter() != self._default_filter:
            self.ui.emptyLabel.setText(self.tr("No request matches these filters."))
        else:
            self.ui.emptyLabel.setText(
                self.tr("No request is open. Closed requests are shown under Status: All statuses.")
            )

    # -- columns ------------------------------------------------------------------------

    def _column_menu(self, pos: QPoint) -> None:
        header = self.ui.registerView.horizontalHeader()
        menu = QMenu(self)
        for number in range(len(COLUMNS)):
            action = menu.addAction(self.model.headerData(number, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(number))
            action.toggled.connect(partial(self._show_column, number))
        menu.exec(header.mapToGlobal(pos))

    def _show_column(self, number: int, shown: bool) -> None:
        self.ui.registerView.horizontalHeader().setSectionHidden(number, not shown)
        self._save_columns()

    def _save_columns(self, *_args: object) -> None:
        QSettings().setValue(COLUMNS_KEY, self.ui.registerView.horizontalHeader().saveState())

    def _restore_columns(self) -> None:
        header = self.ui.registerView.horizontalHeader()
        state = QSettings().value(COLUMNS_KEY)
        if state is not None and header.restoreState(state):
            return
        # At the default 1280 px every column up to "Days left" is in view; the subject
        # takes what is left and is the one to widen.
        widths = {
            "registry_no": 105,
            "court_reference": 150,
            "kind": 165,
            "subject": 240,
            "status": 135,
            "urgency": 85,
            "confidentiality": 130,
            "due_on": 95,
            "days_left": 125,
        }
        metrics = self.ui.registerView.fontMetrics()
        widths["urgency"] = max(
            widths["urgency"], fitting_width(metrics, map(labels.urgency, Urgency))
        )
        widths["confidentiality"] = max(
            widths["confidentiality"],
            fitting_width(metrics, map(labels.confidentiality, Confidentiality), badge=True),
        )
        for number, column in enumerate(COLUMNS):
            header.setSectionHidden(number, column.key in HIDDEN_BY_DEFAULT)
            if column.key in widths:  # long French headers get their room
                header.resizeSection(
                    number, max(widths[column.key], header.sectionSizeHint(number))
                )

    # -- rows ---------------------------------------------------------------------------

    def _want_read_ahead(self) -> None:
        """Read ahead once the scrolled frame is painted (`eventFilter`): Qt paints in a
        low-priority event, and rows read before it would delay the frame, not the next
        one; a drag that moves the scroll bar many times in one frame reads once."""
        self._ahead_wanted = True

    def _reset_read_ahead(self) -> None:
        self._ahead_at = None  # new rows: read both ways
        self._ahead_wanted = True

    def _read_ahead(self) -> None:
        """The rows of the next screen in the direction the user scrolls (both ways at
        first): a drag of the scroll bar through 100,000 rows reads no screen behind."""
        view = self.ui.registerView
        first = view.rowAt(0)
        if first < 0:
            return
        last = view.rowAt(view.viewport().height() - 1)
        value = view.verticalScrollBar().value()
        towards = (
            0 if self._ahead_at is None else (value > self._ahead_at) - (value < self._ahead_at)
        )
        self._ahead_at = value
        rows = self.model.read_ahead(
            first, last if last >= 0 else self.model.rowCount() - 1, towards
        )
        delegate = view.itemDelegate()
        if not rows or not isinstance(delegate, CellDelegate):
            return
        header = view.horizontalHeader()
        grid = 1 if view.showGrid() else 0  # the line a cell leaves to the grid
        for column in range(len(COLUMNS)):
            if not header.isSectionHidden(column) and view.itemDelegateForColumn(column) is None:
                delegate.lay_out_ahead(
                    (row.texts[column] for row in rows),
                    view.columnWidth(column) - grid,
                    self.model.alignments[column],
                    view.font(),
                    view.layoutDirection(),
                )

    def _open_row(self, row: int) -> None:
        request_id = self.model.request_id(row)
        if request_id is not None:
            self.open_request.emit(request_id)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.ui.registerView.selectionModel().selectedRows()})
        return [rid for rid in (self.model.request_id(r) for r in rows) if rid is not None]

    def _row_menu(self, pos: QPoint) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        menu = QMenu(self)
        if len(ids) == 1:
            menu.addAction(self.tr("Open"), lambda: self.open_request.emit(ids[0]))
        if len(ids) == 1:
            menu.addAction(self.tr("Copy the references"), lambda: self.copy_reference.emit(ids[0]))
        menu.addAction(self.tr("Assign owner…"), lambda: self.bulk_owner.emit(ids))
        menu.addAction(self.tr("Change status…"), lambda: self.bulk_status.emit(ids))
        menu.addAction(self.tr("Export these rows…"), lambda: self.export_rows.emit(ids))
        menu.exec(self.ui.registerView.viewport().mapToGlobal(pos))
