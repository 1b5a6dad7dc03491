"""Confidentiality shown as a coloured badge, so a strictly confidential file stands out."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple, Protocol, cast

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPixmap,
    QStaticText,
    QTransform,
)
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
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight.value
TEXT_INSET = TEXT_MARGIN // 4  # between a cell's edge and its text
TEXTS_KEPT = 4_000  # texts remembered with their elision or layout, cleared when reached


class _Laid(NamedTuple):
    """A cell's text laid out once (a second sight says it repeats: a label, a date, a row
    painted again), so painting it again only copies glyphs: shaping the text is what
    most of a cell's time goes to."""

    text: QStaticText
    width: float
    height: float

    @classmethod
    def of(cls, elided: str, font: QFont) -> _Laid:
        text = QStaticText(elided)
        text.setTextFormat(Qt.TextFormat.PlainText)  # a subject is never markup
        text.prepare(QTransform(), font)
        size = text.size()
        return cls(text, size.width(), size.height())


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
        self._texts: dict[tuple[str, int], str | _Laid] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = cast(_FormattedRows, index.model())
        row = model.row_cells(index.row())
        if row is None:
            super().paint(painter, option, index)
            return
        pen = self._background(painter, option, model.shades[row.shade])
        column = index.column()
        text = row.texts[column]
        if not text:
            return
        rect = option.rect
        width = rect.width() - 2 * TEXT_INSET
        painter.setPen(pen)
        key = (text, width)
        known = self._texts.get(key)
        if isinstance(known, _Laid):
            x: float = rect.x() + TEXT_INSET
            if model.alignments[column] & ALIGN_RIGHT:
                x += width - known.width
            painter.drawStaticText(
                QPointF(x, rect.y() + (rect.height() - known.height) / 2), known.text
            )
            return
        if known is None:  # first sight: elided, and remembered
            if len(self._texts) > TEXTS_KEPT:
                self._texts.clear()
            known = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            self._texts[key] = known
        else:  # seen before: laid out once, then only copied
            self._texts[key] = _Laid.of(known, option.font)
        painter.drawText(
            rect.x() + TEXT_INSET,
            rect.y(),
            width,
            rect.height(),
            model.alignments[column],
            known,
        )

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
