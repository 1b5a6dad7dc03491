"""Confidentiality shown as a coloured badge, so a strictly confidential file stands out."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol, cast

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.gui.rows_model import Index

COLOURS = {
    "public": QColor("#5f6b7a"),
    "confidential": QColor("#1f6feb"),
    "strictly_confidential": QColor("#b26a00"),
    "under_seal": QColor("#8250df"),
    "ex_parte": QColor("#b3261e"),
}


BADGE_PADDING = 14  # inside the badge, both sides together
CELL_MARGIN = 6  # around the badge in its cell
TEXT_MARGIN = 16  # what a plain cell needs beside its text (style margins, the grid)


def fitting_width(metrics: QFontMetrics, texts: Iterable[str], badge: bool = False) -> int:
    """The column width that shows the longest of `texts` whole, as a badge or as text:
    French labels are longer ("Strictement confidentiel") and must not be cut."""
    widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
    return widest + (BADGE_PADDING + CELL_MARGIN if badge else TEXT_MARGIN)


class _FormattedRows(Protocol):
    """The register's model: each row's cells already formatted (None: not loaded yet)."""

    def row_cells(self, row: int) -> Any: ...


class CellDelegate(QStyledItemDelegate):
    """Paints a register cell straight from the model's formatted row.

    The default delegate asks the model for about seven roles per cell through QVariant,
    and a screenful of the register is some 400 cells: that Python overhead, not Qt's
    painting, was what made a scrolled frame slow. Here each cell costs one call for the
    row the model already formatted; tooltips and accessible text still come from
    `data()`.
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = cast(_FormattedRows, index.model()).row_cells(index.row())
        if row is None:
            super().paint(painter, option, index)
            return
        pen = self._background(painter, option, row)
        column = index.column()
        text = row.texts[column]
        if text:
            rect = option.rect.adjusted(TEXT_MARGIN // 4, 0, -TEXT_MARGIN // 4, 0)
            painter.setPen(pen)
            painter.drawText(
                rect,
                row.alignments[column],
                option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()),
            )

    @staticmethod
    def _background(painter: QPainter, option: QStyleOptionViewItem, row: Any) -> QColor:
        """Selection or the row's colour (overdue, due soon); the pen for its text."""
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
            return option.palette.color(QPalette.ColorRole.HighlightedText)
        if row.background is not None:
            painter.fillRect(option.rect, row.background)
        return option.palette.color(QPalette.ColorRole.Text)


class BadgeDelegate(CellDelegate):
    """The confidentiality column: its label on a coloured badge, drawn once per look.

    A badge is the same picture for every row with the same label at the same size, so
    it is painted into a pixmap the first time and copied from then on.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pixmaps: dict[tuple[str, str, int, int, float], QPixmap] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # Ask the Python model directly: cheaper than a round trip through QVariant.
        row = cast(_FormattedRows, index.model()).row_cells(index.row())
        if row is None:
            super().paint(painter, option, index)
            return
        text = row.texts[index.column()]
        if not text:
            super().paint(painter, option, index)
            return
        self._background(painter, option, row)
        metrics = option.fontMetrics
        width = max(
            1,
            min(metrics.horizontalAdvance(text) + BADGE_PADDING, option.rect.width() - CELL_MARGIN),
        )
        height = metrics.height() + 2
        pixmap = self._badge(
            row.record.confidentiality.value,
            text,
            width,
            height,
            option,
            painter.device().devicePixelRatioF(),
        )
        painter.drawPixmap(option.rect.x() + 3, option.rect.center().y() - height // 2, pixmap)

    def _badge(
        self,
        level: str,
        text: str,
        width: int,
        height: int,
        option: QStyleOptionViewItem,
        ratio: float,
    ) -> QPixmap:
        key = (level, text, width, height, ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(int(width * ratio), int(height * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            rect = QRectF(0, 0, width, height)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(COLOURS.get(level, QColor("#5f6b7a")))
            painter.drawRoundedRect(rect, height / 2, height / 2)
            painter.setPen(QColor("white"))
            painter.setFont(option.font)
            painter.drawText(
                rect,
                int(Qt.AlignmentFlag.AlignCenter),
                option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width - 10)),
            )
            painter.end()
            self._pixmaps[key] = pixmap
        return pixmap
