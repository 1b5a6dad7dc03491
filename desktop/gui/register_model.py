"""The register as a table model that fetches rows lazily, a page at a time.

Only the list of matching ids is held for the whole register; records are loaded in pages
around the rows the view asks for, and a bounded cache keeps memory flat at 100,000 rows.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
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
from PySide6.QtGui import QBrush, QColor

from desktop.core.filters import RequestFilter
from desktop.core.requests import RequestRecord
from desktop.core.statuses import Status
from desktop.gui import formats, labels
from desktop.gui.session import Session
from desktop.services import browse
from desktop.services.queries import remaining_days

PAGE = 100
CACHE_PAGES = 40
DUE_SOON_DAYS = 7

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    sort_key: str | None
    text: Callable[[RequestRecord, date], str]


def _days(record: RequestRecord, today: date) -> str:
    return labels.days_left(
        remaining_days(record, today), paused=record.status == Status.IN_CONSULTATION
    )


COLUMNS: tuple[Column, ...] = (
    Column("registry_no", "Registry no.", "registry_no", lambda r, t: r.registry_no),
    Column("court_reference", "Court reference", "court_reference", lambda r, t: r.court_reference),
    Column(
        "received_at",
        "Received",
        "received_at",
        lambda r, t: formats.format_datetime(r.received_at),
    ),
    Column("kind", "Kind", "kind", lambda r, t: labels.kind(r.kind)),
    Column("subject", "Subject", "subject", lambda r, t: r.subject),
    Column("status", "Status", "status", lambda r, t: labels.status(r.status)),
    Column("urgency", "Urgency", "urgency", lambda r, t: labels.urgency(r.urgency)),
    Column(
        "confidentiality",
        "Confidentiality",
        "confidentiality",
        lambda r, t: labels.confidentiality(r.confidentiality),
    ),
    Column("due_on", "Due", "due_on", lambda r, t: formats.format_date(r.due_on)),
    Column("days_left", "Days left", "due_on", _days),
    Column("owner", "Owner", "owner", lambda r, t: r.owner or ""),
)

OVERDUE = QBrush(QColor(220, 53, 69, 60))
DUE_SOON = QBrush(QColor(255, 193, 7, 70))


@dataclass(frozen=True)
class _Row:
    """A record with its cells already formatted: painting asks for them many times."""

    record: RequestRecord
    texts: tuple[str, ...]
    background: QBrush | None
    tooltip_due: str
    alignments: tuple[int, ...]  # per column, for the delegate that paints the text


def _background(record: RequestRecord, today: date) -> QBrush | None:
    left = remaining_days(record, today)
    if left is None or record.status == Status.IN_CONSULTATION:
        return None
    if left < 0:
        return OVERDUE
    if left <= DUE_SOON_DAYS:
        return DUE_SOON
    return None


DAYS_LEFT = [c.key for c in COLUMNS].index("days_left")
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ALIGNMENTS = tuple(_RIGHT if i == DAYS_LEFT else _LEFT for i in range(len(COLUMNS)))


class RegisterModel(QAbstractTableModel):
    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.filter = RequestFilter()
        self.order_by = "due_on"  # overdue first, as the page's header shows it
        self.descending = False
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[_Row]] = OrderedDict()
        self._today = date.today()

    # -- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-run the query (filter, search or sort changed, or data was saved)."""
        self.beginResetModel()
        self._pages.clear()
        if self.session.is_unlocked:
            ws = self.session.ws
            self._today = ws.today()
            self.filter.today = self._today
            self._ids = browse.matching_ids(ws, self.filter, self.order_by, self.descending)
        else:
            self._ids = []
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._ids = []
        self._pages.clear()
        self.endResetModel()

    def set_filter(self, flt: RequestFilter) -> None:
        self.filter = flt
        self.refresh()

    def record(self, row: int) -> RequestRecord | None:
        cached = self._row(row)
        return cached.record if cached else None

    def row_cells(self, row: int) -> _Row | None:
        """The formatted row, for delegates that paint it themselves."""
        return self._row(row)

    def _row(self, row: int) -> _Row | None:
        if not 0 <= row < len(self._ids):
            return None
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            if not self.session.is_unlocked:
                return None
            ids = self._ids[page_no * PAGE : (page_no + 1) * PAGE]
            page = [self._format(r) for r in browse.records(self.session.ws, ids)]
            self._pages[page_no] = page
            if len(self._pages) > CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        offset = row - page_no * PAGE
        return page[offset] if offset < len(page) else None

    def _format(self, record: RequestRecord) -> _Row:
        today = self._today
        return _Row(
            record,
            tuple(column.text(record, today) for column in COLUMNS),
            _background(record, today),
            self.tr("Internal due {0}; acknowledgement due {1}").format(
                formats.format_date(record.internal_due_on), formats.format_date(record.ack_due_on)
            ),
            ALIGNMENTS,
        )

    def request_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    # -- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._row(index.row())
        return self._value(row, index.column(), role) if row else None

    def multiData(self, index: Index, span: QModelRoleDataSpan | QModelRoleData) -> None:
        """All the roles a delegate wants for one cell in one call: painting a screenful of
        rows asks for about ten roles a cell, and each Python call costs."""
        row = self._row(index.row()) if index.isValid() else None
        column = index.column()
        for item in cast(Iterable[QModelRoleData], span):
            item.setData(self._value(row, column, item.role()) if row else None)

    def _value(self, row: _Row, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.texts[column]
        if role == Qt.ItemDataRole.BackgroundRole:
            return row.background
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                row.tooltip_due
                if COLUMNS[column].key in ("due_on", "days_left")
                else (row.texts[column])
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DAYS_LEFT:
            return _RIGHT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column].sort_key
        if key is None:
            return
        self.order_by = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()
