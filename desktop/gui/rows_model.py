"""A read-only table model over a list of dicts: routing steps, notes, timeline, directory.

Each view declares its columns as (title, function of the row); the model does the rest,
so every small list in the app behaves the same (sorting, tooltips for long text, RTL).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

RowRole = Qt.ItemDataRole.UserRole + 10
_TEXT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
)
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RowColumn:
    title: str
    text: Callable[[dict[str, Any]], str]
    background: Callable[[dict[str, Any]], QBrush | None] | None = None
    # What the column sorts by when its text does not sort (a date shown 05/11/2026, a
    # number): e.g. lambda r: r["due_on"] for the stored ISO date. Default: the text.
    sort_key: Callable[[dict[str, Any]], Any] | None = None


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[RowColumn], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> dict[str, Any] | None:
        return self.rows[number] if 0 <= number < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in _TEXT_ROLES:
            return column.text(row)
        if role == Qt.ItemDataRole.BackgroundRole and column.background:
            return column.background(row)
        if role == RowRole:
            return row
        return None

    def multiData(self, index: Index, span: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role a delegate asks of one cell, in one Python call (its text worked out
        once): painting asks for about seven roles a cell through `data()`. While a worker
        thread computes (an import, a backup), each call from Qt into Python first waits
        for the interpreter, so fewer calls mean fewer waits."""
        items = [span] if isinstance(span, QModelRoleData) else cast(Iterable[QModelRoleData], span)
        if not index.isValid():
            for item in items:
                item.clearData()
            return
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        text: str | None = None
        for item in items:
            role = item.role()
            if role in _TEXT_ROLES:
                if text is None:
                    text = column.text(row)
                item.setData(text)
            elif role == Qt.ItemDataRole.BackgroundRole and column.background:
                item.setData(column.background(row))
            elif role == RowRole:
                item.setData(row)
            else:
                item.clearData()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder rows and move persistent indexes with them, so the selection follows."""
        self.layoutAboutToBeChanged.emit()
        column_ = self.columns[column]
        key = column_.sort_key or (lambda row: column_.text(row).casefold())
        order_of = sorted(
            range(len(self.rows)),
            key=lambda i: key(self.rows[i]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        new_position = {old: new for new, old in enumerate(order_of)}
        self.rows = [self.rows[i] for i in order_of]
        old_indexes = self.persistentIndexList()
        self.changePersistentIndexList(
            old_indexes, [self.index(new_position[i.row()], i.column()) for i in old_indexes]
        )
        self.layoutChanged.emit()
