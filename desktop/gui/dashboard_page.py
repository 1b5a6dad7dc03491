"""Deadlines at a glance: overdue, today, this week, paused, and late authorities."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop.core.requests import RequestRecord
from desktop.core.statuses import Status
from desktop.gui import formats, labels
from desktop.gui.form_types import DashboardPageUi
from desktop.gui.forms import load_form
from desktop.gui.rows_model import RowColumn, RowsModel
from desktop.gui.session import Session
from desktop.services import directory, offices, queries, register
from desktop.services.workspace import Workspace

ROWS_WORTH_ROOM = 12
Sections = dict[str, list[dict[str, Any]]]  # a section's key -> its rows, ready to show
SECTIONS = ("overdue", "today", "week", "consultation", "reviews")


class DashboardPage(QWidget):
    open_request = Signal(int)
    open_office = Signal(str)  # an office's id: the register shows what it leads
    refreshed = Signal()  # the board asked for by `refresh` is on screen

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = load_form(DashboardPageUi, self)
        self.models: dict[str, RowsModel] = {}
        self._asked = 0  # refreshes asked for; only the newest one's answer is shown
        request_columns = [
            RowColumn(self.tr("Registry no."), lambda r: r["registry_no"]),
            RowColumn(self.tr("Subject"), lambda r: r["subject"]),
            RowColumn(self.tr("Kind"), lambda r: r["kind"]),
            RowColumn(self.tr("Owner"), lambda r: r["owner"]),
            RowColumn(
                self.tr("Due"),
                lambda r: formats.format_date(r["due_on"]),
                sort_key=lambda r: str(r["due_on"]),
            ),
            RowColumn(
                self.tr("Days left"),
                lambda r: r["days_left"],
                sort_key=lambda r: r["left"] if r["left"] is not None else 0,
            ),
            RowColumn(self.tr("How the date was computed"), self._explanation),
        ]
        for key in SECTIONS:
            self.models[key] = RowsModel(request_columns, self)
        self.models["routing"] = RowsModel(
            [
                RowColumn(self.tr("Registry no."), lambda r: r["registry_no"]),
                RowColumn(self.tr("Authority"), lambda r: r["authority"]),
                RowColumn(self.tr("Part"), lambda r: r["part"]),
                RowColumn(
                    self.tr("Sent"),
                    lambda r: formats.format_date(r["sent_on"]),
                    sort_key=lambda r: r["sent_on"] or "",
                ),
                RowColumn(
                    self.tr("Due"),
                    lambda r: formats.format_date(r["due_on"]),
                    sort_key=lambda r: str(r["due_on"]),
                ),
                RowColumn(self.tr("Subject"), lambda r: r["subject"]),
            ],
            self,
        )
        widths = {
            "overdue": (110, 320, 190, 90, 95, 130),
            "routing": (110, 220, 160, 90, 95),
            "steps": (110, 360, 200, 95, 130),
        }
        self.models["steps"] = RowsModel(
            [
                RowColumn(self.tr("Registry no."), lambda r: r["registry_no"]),
                RowColumn(
                    self.tr("Step"), lambda r: f"{r['title']}{' *' if r['mandatory'] else ''}"
                ),
                RowColumn(self.tr("Owner"), lambda r: r["owner"]),
                RowColumn(
                    self.tr("Due"),
                    lambda r: formats.format_date(r["due_on"]),
                    sort_key=lambda r: str(r["due_on"]),
                ),
                RowColumn(
                    self.tr("Days left"),
                    lambda r: labels.days_left(r["days_left"]),
                    sort_key=lambda r: int(r["days_left"] or 0),
                ),
                RowColumn(self.tr("How the date was computed"), lambda r: r["due_explanation"]),
            ],
            self,
        )
        for key, model in self.models.items():
            view = getattr(self.ui, f"{key}View")
            view.setModel(model)
            view.setWordWrap(False)
            for column, width in enumerate(widths.get(key, widths["overdue"])):
                view.setColumnWidth(column, width)
            due_column = 4
            view.sortByColumn(due_column, Qt.SortOrder.AscendingOrder)
            view.activated.connect(lambda index, m=model: self._open(m, index.row()))
        self._offices_board()
        self.ui.ownerCombo.currentIndexChanged.connect(self.refresh)
        self.ui.authorityCombo.currentIndexChanged.connect(self.refresh)

    def _offices_board(self) -> None:
        """For the capital: each office that leads open requests here, how many, how many
        overdue and the next due date; shown only when there is one."""
        model = self.models["offices"] = RowsModel(
            [
                RowColumn(self.tr("Office"), lambda r: r["name"]),
                RowColumn(
                    self.tr("Open requests it leads"),
                    lambda r: str(r["open_requests"]),
                    sort_key=lambda r: r["open_requests"],
                ),
                RowColumn(
                    self.tr("Overdue"), lambda r: str(r["overdue"]), sort_key=lambda r: r["overdue"]
                ),
                RowColumn(
                    self.tr("Next due"),
                    lambda r: formats.format_date(r["next_due"]),
                    sort_key=lambda r: str(r["next_due"]),
                ),
                RowColumn(self.tr("Days left"), lambda r: labels.days_left(r["left"])),
            ],
            self,
        )
        view = self.ui.officesView
        view.setModel(model)
        view.setWordWrap(False)
        for column, width in enumerate((260, 170, 90, 110)):
            view.setColumnWidth(column, width)
        view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        view.activated.connect(
            lambda index: self.open_office.emit((model.row(index.row()) or {}).get("office_id", ""))
        )
        self.ui.officesBox.setVisible(False)

    def _show_offices(self, leading: list[dict[str, Any]]) -> None:
        today = self.session.ws.today()
        rows = [
            {**o, "left": (date.fromisoformat(o["next_due"]) - today).days}
            for o in leading
            if o["open_requests"] and o["next_due"]
        ]
        self.models["offices"].set_rows(rows)
        self.ui.officesBox.setTitle(f"{self._titles()['offices']} ({len(rows)})")
        self.ui.officesBox.setVisible(bool(rows))

    def _open(self, model: RowsModel, row: int) -> None:
        data = model.row(row)
        if data is not None:
            self.open_request.emit(data["request_id"])

    def _fill_filters(self) -> None:
        ws = self.session.ws
        for combo, everyone, items in (
            (
                self.ui.ownerCombo,
                self.tr("Everyone"),
                [(f"{u['display_name']} ({u['name']})", u["name"]) for u in ws.users()],
            ),
            (
                self.ui.authorityCombo,
                self.tr("All authorities"),
                [(a["name"], a["name"]) for a in directory.authorities(ws)],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, "")
            for text, value in items:
                combo.addItem(text, value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    @staticmethod
    def _row(record: RequestRecord, today: date) -> dict[str, Any]:
        """A section's row, made on the worker thread with the board: 560 of them at
        100,000 requests took 8 ms of the GUI thread (under a profiler)."""
        left = queries.remaining_days(record, today)
        return {
            "request_id": record.id,
            "registry_no": record.registry_no,
            "subject": record.subject,
            "kind": labels.kind(record.kind),
            "owner": record.owner or "",
            # The last day the answer can reach the Court, which the sections count with.
            "due_on": (record.deliver_on or record.due_on).isoformat(),
            "left": left,
            "days_left": labels.days_left(left, paused=record.status == Status.IN_CONSULTATION),
            "record": record,
            "explanation": None,  # see _explanation
        }

    def _explanation(self, row: dict[str, Any]) -> str:
        """Worked out when its cell is first shown, then kept with the row.

        Each takes the whole deadline computation; up to 300 overdue rows are listed, a
        dozen are on screen, and the refresh runs on the GUI thread.
        """
        if row["explanation"] is None and self.session.is_unlocked:
            deadlines = register.deadlines_for(self.session.ws, row["record"])
            row["explanation"] = deadlines.final.explanation + (
                f". {deadlines.deliver_by.explanation}" if deadlines.deliver_by else ""
            )
        return row["explanation"] or ""

    def refresh(self) -> None:
        """Ask for the board off the GUI thread; `refreshed` says when it is on screen.

        At 100,000 requests the board's queries take long enough to freeze the window
        after every change; only the newest answer asked for is shown.
        """
        if not self.session.is_unlocked:
            return
        self._fill_filters()
        owner = self.ui.ownerCombo.currentData() or None
        authority = self.ui.authorityCombo.currentData() or None
        self._asked += 1
        asked = self._asked

        def read(ws: Workspace) -> tuple[queries.Dashboard, Sections, list[dict[str, Any]]]:
            board, today = queries.dashboard(ws, owner, authority), ws.today()
            sections = {
                key: [self._row(r, today) for r in records]
                for key, records in (
                    ("overdue", board.overdue),
                    ("today", board.due_today),
                    ("week", board.due_this_week),
                    ("consultation", board.in_consultation),
                    ("reviews", board.reviews_due),
                )
            }
            return board, sections, offices.offices(ws)

        self.session.read(
            read,
            lambda found: self._show(found[0], found[1], found[2], asked),
            parent=self,
            keep=True,  # read again at each visit and filter: its pages stay decrypted
        )

    def _show(
        self,
        board: queries.Dashboard,
        sections: Sections,
        leading: list[dict[str, Any]],
        asked: int,
    ) -> None:
        if asked != self._asked or not self.session.is_unlocked:
            return  # a newer refresh is on its way, or the workspace was locked
        self._show_offices(leading)
        for key, rows in sections.items():
            self.models[key].set_rows(rows)
            box = getattr(self.ui, f"{key}Box")
            box.setTitle(f"{self._titles()[key]} ({len(rows)})")
        if board.overdue_total > len(board.overdue):
            self.ui.overdueBox.setTitle(
                self.tr("{0} ({1}; the {2} most overdue shown)").format(
                    self._titles()["overdue"], board.overdue_total, len(board.overdue)
                )
            )
        self.models["routing"].set_rows(
            [{**s, "request_id": s["request_id"]} for s in board.late_routing]
        )
        self.ui.routingBox.setTitle(f"{self._titles()['routing']} ({len(board.late_routing)})")
        self.models["steps"].set_rows(
            [{**s, "due_on": str(s["due_on"])} for s in board.checklist_steps]
        )
        self.ui.stepsBox.setTitle(f"{self._titles()['steps']} ({len(board.checklist_steps)})")
        self._share_room()
        # A page just shown is laid out after this: share the room again once it is.
        QTimer.singleShot(0, self, self._share_room)
        self.ui.summaryLabel.setText(
            self.tr("{0} overdue · {1} due today · {2} this week").format(
                board.overdue_total, len(board.due_today), len(board.due_this_week)
            )
        )
        self.refreshed.emit()

    def _share_room(self) -> None:
        """An empty section shrinks to its title; the others share the room by their rows
        (up to a screenful each), an overdue row counting three times."""
        splitter = self.ui.splitter
        boxes = [box for i in range(splitter.count()) if (box := splitter.widget(i)) is not None]
        sizes, weights = [], []
        for box in boxes:
            key = box.objectName().removesuffix("Box")
            view = getattr(self.ui, f"{key}View")
            empty = self.models[key].rowCount() == 0
            view.setVisible(not empty)
            sizes.append(box.minimumSizeHint().height() if empty else 0)
            rows = min(self.models[key].rowCount(), ROWS_WORTH_ROOM)
            weights.append(0 if empty else rows * (3 if key == "overdue" else 1))
        spare = max(0, splitter.height() - sum(sizes))
        total = sum(weights) or 1
        splitter.setSizes(
            [size + spare * weight // total for size, weight in zip(sizes, weights, strict=True)]
        )

    def _titles(self) -> dict[str, str]:
        return {
            "overdue": self.tr("Overdue"),
            "today": self.tr("Due today"),
            "week": self.tr("Due this week"),
            "consultation": self.tr("In consultation (clock paused)"),
            "reviews": self.tr("Standing requests to review"),
            "routing": self.tr("Late routing steps"),
            "steps": self.tr("Checklist steps due"),
            "offices": self.tr("Requests other offices lead"),
        }

    def clear(self) -> None:
        self._asked += 1  # an answer still on its way is not shown
        for model in self.models.values():
            model.set_rows([])
