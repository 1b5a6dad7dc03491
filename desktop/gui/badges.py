"""Confidentiality shown as a coloured badge, so a strictly confidential file stands out."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol, cast

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPalette, QPixmap
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
    """The register's model: each row's cells already formatted (None: not loaded yet),
    with the alignment of each column and the row colours its `shade` picks from."""

    alignments: tuple[int, ...]
    shades: tuple[QBrush | None, ...]

    def row_cells(self, row: int) -> Any: ...


SELECTED = QStyle.StateFlag.State_Selected.value
ELISIONS_KEPT = 20_000  # texts remembered as elided to a width, cleared when reached


class CellDelegate(QStyledItemDelegate):
    """Paints a register cell straight from the model's formatted row.

    The default delegate asks the model for about seven roles per cell through QVariant,
    and a screenful of the register is some 400 cells: that Python overhead, not Qt's
    painting, was what made a scrolled frame slow. Here each cell costs one call for the
    row the model already formatted, and a text is elided to a width once, not at every
    frame; tooltips and accessible text still come from `data()`.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._elided: dict[tuple[str, int], str] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = cast(_FormattedRows, index.model())
        row = model.row_cells(index.row())
        if row is None:
            super().paint(painter, option, index)
            return
        pen = self._background(painter, option, model.shades[row.shade])
        column = index.column()
        text = row.texts[column]
        if text:
            rect = option.rect
            margin = TEXT_MARGIN // 4
            width = rect.width() - 2 * margin
            painter.setPen(pen)
            painter.drawText(
                rect.x() + margin,
                rect.y(),
                width,
                rect.height(),
                model.alignments[column],
                self._elide(text, width, option.fontMetrics),
            )

    def elide_ahead(self, texts: Iterable[str], cell_width: int, metrics: QFontMetrics) -> None:
        """Measure now, between frames, texts about to be painted in cells `cell_width`
        wide: in a scroll through new rows, measuring their texts in the frame cost ~2 ms
        of each frame."""
        width = cell_width - 2 * (TEXT_MARGIN // 4)
        for text in texts:
            if text:
                self._elide(text, width, metrics)

    def _elide(self, text: str, width: int, metrics: QFontMetrics) -> str:
        """The text cut to `width` with an ellipsis, remembered: most frames paint texts
        already seen, and measuring them is much of a cell's cost."""
        key = (text, width)
        elided = self._elided.get(key)
        if elided is None:
            if len(self._elided) > ELISIONS_KEPT:
                self._elided.clear()
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            self._elided[key] = elided
        return elided

    @staticmethod
    def _background(
        painter: QPainter, option: QStyleOptionViewItem, shade: QBrush | None
    ) -> QColor:
        """Selection or the row's colour (overdue, due soon); the pen for its text."""
        if option.state.value & SELECTED:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
            return option.palette.color(QPalette.ColorRole.HighlightedText)
        if shade is not None:
            painter.fillRect(option.rect, shade)
        return option.palette.color(QPalette.ColorRole.Text)


class BadgeDelegate(CellDelegate):
    """The confidentiality column: its label on a coloured badge, drawn once per look.

    A badge is the same picture for every row with the same label at the same size, so
    it is painted into a pixmap the first time and copied from then on.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pixmaps: dict[tuple[str, str, int, float], QPixmap] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # Ask the Python model directly: cheaper than a round trip through QVariant.
        model = cast(_FormattedRows, index.model())
        row = model.row_cells(index.row())
        if row is None:
            super().paint(painter, option, index)
            return
        text = row.texts[index.column()]
        if not text:
            super().paint(painter, option, index)
            return
        self._background(painter, option, model.shades[row.shade])
        rect = option.rect
        ratio = painter.device().devicePixelRatioF()
        key = (row.level, text, rect.width(), ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = self._pixmaps[key] = self._badge(row.level, text, option, ratio)
        painter.drawPixmap(
            rect.x() + 3, rect.center().y() - int(pixmap.height() / ratio) // 2, pixmap
        )

    @staticmethod
    def _badge(level: str, text: str, option: QStyleOptionViewItem, ratio: float) -> QPixmap:
        """The badge for a label in a cell of this width, at the screen's pixel ratio."""
        metrics = option.fontMetrics
        width = max(
            1,
            min(metrics.horizontalAdvance(text) + BADGE_PADDING, option.rect.width() - CELL_MARGIN),
        )
        height = metrics.height() + 2
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
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width - 10)),
        )
        painter.end()
        return pixmap
