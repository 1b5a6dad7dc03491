"""Confidentiality shown as a coloured badge, so a strictly confidential file stands out."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

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


class BadgeDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        # Ask the Python model directly: cheaper than a round trip through QVariant.
        row = index.model().row_cells(index.row())
        if row is None:
            super().paint(painter, option, index)
            return
        level = row.record.confidentiality.value
        text = row.texts[index.column()]
        if not text:
            super().paint(painter, option, index)
            return
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
        else:
            if row.background is not None:
                painter.fillRect(option.rect, row.background)
        metrics = option.fontMetrics
        width = min(metrics.horizontalAdvance(text) + BADGE_PADDING,
                    option.rect.width() - CELL_MARGIN)
        height = metrics.height() + 2
        rect = QRectF(option.rect.x() + 3, option.rect.center().y() - height / 2, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(COLOURS.get(level, QColor("#5f6b7a")))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter),
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width - 10)))
        painter.restore()
