"""The small lists (Deadlines page, directory, routing steps) paint with one Python call a cell.

While a worker thread computes (an import), each call from Qt into Python first waits for
the interpreter; through `data()` a painted cell made about seven. Counting calls, not time.
"""

from __future__ import annotations

from PySide6.QtCore import QModelRoleData, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableView

from desktop.gui.rows_model import RowColumn, RowRole, RowsModel

SHADE = QBrush(QColor("#fde2e1"))


class CountingRows(RowsModel):
    def __init__(self, columns):
        super().__init__(columns)
        self.calls = {"data": 0, "multiData": 0}

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        self.calls["data"] += 1
        return super().data(index, role)

    def multiData(self, index, span):
        self.calls["multiData"] += 1
        super().multiData(index, span)


def _model() -> CountingRows:
    model = CountingRows(
        [
            RowColumn("Registry no.", lambda r: r["no"]),
            RowColumn("Subject", lambda r: r["subject"], lambda r: SHADE if r["late"] else None),
        ]
    )
    model.set_rows(
        [{"no": f"2026/{i:04}", "subject": f"Témoins — n° {i}", "late": i % 2} for i in range(40)]
    )
    return model


def test_painting_a_list_asks_each_cell_once_and_never_role_by_role(qtbot):
    model = _model()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    model.calls.update(data=0, multiData=0)
    view.viewport().grab()  # painted now, as on screen
    shown = view.rowAt(view.viewport().height() - 1) - view.rowAt(0) + 1
    assert model.calls["data"] == 0
    assert model.calls["multiData"] >= 2 * shown


def test_a_cell_asked_all_at_once_reads_as_asked_role_by_role(qtbot):
    model = _model()
    roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.FontRole,
        RowRole,
    ]
    for row, column in ((0, 0), (1, 1), (2, 1)):
        index = model.index(row, column)
        for role in roles:
            asked = QModelRoleData(role)
            model.multiData(index, asked)
            assert asked.data() == index.data(role), (row, column, role)
    late = QModelRoleData(Qt.ItemDataRole.BackgroundRole)
    model.multiData(model.index(1, 1), late)
    assert late.data() == SHADE
    text = QModelRoleData(Qt.ItemDataRole.DisplayRole)
    model.multiData(model.index(1, 1), text)
    assert text.data() == "Témoins — n° 1"
