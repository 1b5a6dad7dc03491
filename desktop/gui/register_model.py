"""The register as a table model that fetches rows lazily, a piece at a time.

Only the list of matching ids is held for the whole register; rows are loaded in pieces of
a screenful around the rows the view asks for, and a bounded cache keeps memory flat
at 100,000 rows. A frame that scrolls onto new rows pays for one small piece, not for a
hundred rows, and the rows kept are what painting needs: words already formatted, in
tuples of strings the garbage collector stops tracking (a cache of full records, their
lists and dataclasses, gave it thousands more objects to scan while scrolling).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, NamedTuple, cast

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
from desktop.core.requests import RequestLine, RequestRecord
from desktop.core.statuses import Status
from desktop.gui import formats, labels
from desktop.gui.session import Session
from desktop.services import browse
from desktop.services.queries import remaining_days
from desktop.services.workspace import Workspace

PAGE = 32  # rows read together: a screenful (a window of the default size shows 25)
CACHE_PAGES = 125  # 4,000 rows
DUE_SOON_DAYS = 7
WORDS_KEPT = 5_000  # formatted values remembered (labels, dates), cleared when reached

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """A column: the value it shows, and how that value is written for people.

    `words` turns the value into text (a label, a date in the interface's locale); the
    model remembers its result for each value, since a few kinds, statuses and dates
    repeat over thousands of rows. Without `words` the value is the text.
    """

    key: str
    title: str
    sort_key: str | None
    value: Callable[[RequestLine, date], Hashable]
    words: Callable[[Any], str] | None = None


def _days(value: tuple[int | None, bool]) -> str:
    return labels.days_left(*value)


COLUMNS: tuple[Column, ...] = (
    Column("registry_no", "Registry no.", "registry_no", lambda r, t: r.registry_no),
    Column("court_reference", "Court reference", "court_reference", lambda r, t: r.court_reference),
    Column(
        "received_at",
        "Received",
        "received_at",
        lambda r, t: r.received_at,
        formats.format_datetime,
    ),
    Column("kind", "Kind", "kind", lambda r, t: r.kind, labels.kind),
    Column("subject", "Subject", "subject", lambda r, t: r.subject),
    Column("status", "Status", "status", lambda r, t: r.status, labels.status),
    Column("urgency", "Urgency", "urgency", lambda r, t: r.urgency, labels.urgency),
    Column(
        "confidentiality",
        "Confidentiality",
        "confidentiality",
        lambda r, t: r.confidentiality,
        labels.confidentiality,
    ),
    Column("due_on", "Due", "due_on", lambda r, t: r.due_on, formats.format_date),
    Column(
        "days_left",
        "Days left",
        "due_on",
        lambda r, t: (remaining_days(r, t), r.status == Status.IN_CONSULTATION),
        _days,
    ),
    Column("owner", "Owner", "owner", lambda r, t: r.owner or ""),
)

OVERDUE = QBrush(QColor(220, 53, 69, 60))
DUE_SOON = QBrush(QColor(255, 193, 7, 70))
SHADES: tuple[QBrush | None, ...] = (None, DUE_SOON, OVERDUE)  # _Row.shade indexes it


def first_rows(rows_shown: int) -> int:
    """How many rows the first screen of a register `rows_shown` rows tall reads: the
    whole pages that cover it. The rows beyond are read once it is painted
    (`read_ahead`). A first page of 50 rows cost as much as the search itself at 1,000
    requests (the database driver's cost per value read), while a window of the default
    size shows 25."""
    return max(1, -(-rows_shown // PAGE)) * PAGE


class _Row(NamedTuple):
    """A row as the register paints it: only strings, numbers and dates, which is what lets
    the garbage collector stop tracking it once it has looked at it."""

    request_id: int
    texts: tuple[str, ...]
    shade: int  # in SHADES
    level: str  # the confidentiality's value: its badge's colour
    internal_due_on: date
    ack_due_on: date


def _shade(record: RequestLine, today: date) -> int:
    left = remaining_days(record, today)
    if left is None or record.status == Status.IN_CONSULTATION:
        return 0
    if left < 0:
        return 2
    return 1 if left <= DUE_SOON_DAYS else 0


DAYS_LEFT = [c.key for c in COLUMNS].index("days_left")
DUE_COLUMNS = frozenset(number for number, c in enumerate(COLUMNS) if c.sort_key == "due_on")
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ALIGNMENTS = tuple(_RIGHT if i == DAYS_LEFT else _LEFT for i in range(len(COLUMNS)))


class RegisterModel(QAbstractTableModel):
    # What the delegates paint a row with, besides the row itself (badges._FormattedRows).
    alignments = ALIGNMENTS
    shades = SHADES

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.filter = RequestFilter()
        self.order_by = "due_on"  # overdue first, as the page's header shows it
        self.descending = False
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[_Row]] = OrderedDict()
        self._words: dict[tuple[int, Hashable], str] = {}
        self._today = date.today()
        self._generation = 0  # bumped by every reload: a late result of an older one is dropped
        self.loading = False  # a reload's rows are on their way (the page says so)

    # -- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-run the query (filter, search or sort changed, or data was saved): every
        row loaded so far is forgotten, so a changed request shows its new values."""
        self._generation += 1
        self.loading = False
        self.beginResetModel()
        self._pages.clear()
        self._words.clear()
        if self.session.is_unlocked:
            ws = self.session.ws
            self._today = ws.today()
            self.filter.today = self._today
            self._ids = browse.matching_ids(ws, self.filter, self.order_by, self.descending)
        else:
            self._ids = []
        self.endResetModel()

    def reload(self, flt: RequestFilter, rows_shown: int) -> None:
        """`refresh` without blocking the window: after a large change (an import of
        10,000 requests) reading the matching ids and the first page took 40 to 150 ms
        on the GUI thread. They are read on a connection of their own, with the rows of
        the first screen (`rows_shown` tall); the rows shown stay on screen until the
        result arrives, and a result overtaken by a newer reload or refresh is dropped."""
        self.filter = flt
        self._generation += 1
        if not self.session.is_unlocked:
            self.clear()
            return
        generation = self._generation
        self.loading = True
        today = flt.today = self.session.ws.today()
        asked = replace(flt)  # the worker's own copy
        order_by, descending = self.order_by, self.descending
        wanted = first_rows(rows_shown)

        def read(ws: Workspace) -> tuple[list[int], list[RequestLine]]:
            ids = browse.matching_ids(ws, asked, order_by, descending)
            return ids, browse.lines(ws, ids[:wanted])

        def show(result: tuple[list[int], list[RequestLine]]) -> None:
            if generation != self._generation or not self.session.is_unlocked:
                return
            ids, first = result
            self.loading = False
            self.beginResetModel()
            self._pages.clear()
            self._words.clear()
            self._today = today
            self._ids = ids
            rows = [self._format(r) for r in first]
            for start in range(0, len(rows), PAGE):
                self._pages[start // PAGE] = rows[start : start + PAGE]
            self.endResetModel()

        self.session.read(read, show)

    def clear(self) -> None:
        self._generation += 1
        self.loading = False
        self.beginResetModel()
        self._ids = []
        self._pages.clear()
        self._words.clear()
        self.endResetModel()

    def set_filter(self, flt: RequestFilter) -> None:
        self.filter = flt
        self.refresh()

    def record(self, row: int) -> RequestRecord | None:
        """The whole request of a row, read when asked (the cache keeps only its cells)."""
        request_id = self.request_id(row)
        if request_id is None or not self.session.is_unlocked:
            return None
        found = browse.records(self.session.ws, [request_id])
        return found[0] if found else None

    def read_ahead(self, first: int, last: int, towards: int = 0) -> list[_Row]:
        """Load now, between frames, the rows a screen below rows `first` to `last` (those
        on screen) if `towards` > 0, above if < 0, both ways if 0, so that the next scroll
        paints rows already formatted; returns those rows and the rows on screen (for
        their texts to be laid out: those on screen are painted again by a selection or a
        small scroll).

        Reading and formatting a piece in the frame that first shows it was most of the
        slowest frames of a scroll through 100,000 requests (a page down, a drag of the
        scroll bar): the window calls this once the frame is painted (`RegisterPage`).
        """
        if not self._ids or not self.session.is_unlocked:
            return []
        if (towards < 0 and first == 0) or (towards > 0 and last >= len(self._ids) - 1):
            towards = 0  # at an end (the user jumped there): only the other way is left
        span = last - first + 1
        top = max(0, first - (span if towards <= 0 else 0))
        bottom = min(len(self._ids) - 1, last + (span if towards >= 0 else 0))
        for page_no in range(top // PAGE, bottom // PAGE + 1):
            if page_no in self._pages:
                self._pages.move_to_end(page_no)
            else:
                self._load(page_no)
        return [row for row in map(self._row, range(top, bottom + 1)) if row is not None]

    def _row(self, row: int) -> _Row | None:
        if not 0 <= row < len(self._ids):
            return None
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            if not self.session.is_unlocked:
                return None
            page = self._load(page_no)
        else:
            self._pages.move_to_end(page_no)
        offset = row - page_no * PAGE
        return page[offset] if offset < len(page) else None

    row_cells = _row  # the formatted row, for delegates that paint it themselves (one call)

    def _load(self, page_no: int) -> list[_Row]:
        ids = self._ids[page_no * PAGE : (page_no + 1) * PAGE]
        page = [self._format(r) for r in browse.lines(self.session.ws, ids)]
        self._pages[page_no] = page
        if len(self._pages) > CACHE_PAGES:
            self._pages.popitem(last=False)
        return page

    def _format(self, record: RequestLine) -> _Row:
        today = self._today
        words = self._words
        if len(words) > WORDS_KEPT:
            words.clear()
        texts = []
        for number, column in enumerate(COLUMNS):
            value = column.value(record, today)
            if column.words is None:
                texts.append(cast(str, value))
                continue
            text = words.get((number, value))
            if text is None:
                text = words[(number, value)] = column.words(value)
            texts.append(text)
        return _Row(
            record.id,
            tuple(texts),
            _shade(record, today),
            record.confidentiality.value,
            record.internal_due_on,
            record.ack_due_on,
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
            return SHADES[row.shade]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column not in DUE_COLUMNS:
                return row.texts[column]
            return self.tr("Internal due {0}; acknowledgement due {1}").format(
                formats.format_date(row.internal_due_on), formats.format_date(row.ack_due_on)
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
