"""Confidentiality shown as a coloured badge, so a strictly confidential file stands out."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple, Protocol, cast

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPixmap,
    QStaticText,
    QTextOption,
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
# The states a cell's colours depend on: selected, and the palette's colour group.
COLOUR_STATES = (
    QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_Active | QStyle.StateFlag.State_Enabled
).value
HIGHLIGHT = QPalette.ColorRole.Highlight
HIGHLIGHTED_TEXT = QPalette.ColorRole.HighlightedText
TEXT = QPalette.ColorRole.Text
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight
TEXT_INSET = TEXT_MARGIN // 4  # between a cell's edge and its text
BADGES_KEPT = 200  # badges (label, width, pixel ratio) kept, cleared when reached
TEXTS_KEPT = 2_000  # texts kept (~1.4 KB each laid out), in two generations: ~7 screens each
# What a text's look depends on besides its own: a change of any clears what was kept.
LOOK_CHANGES = frozenset(
    {
        QEvent.Type.FontChange,
        QEvent.Type.LayoutDirectionChange,
        QEvent.Type.StyleChange,
        QEvent.Type.PaletteChange,
    }
)


class _Laid(NamedTuple):
    """A cell's text elided to its width and laid out once, so that painting it only
    copies glyphs: shaping a text (drawText) was half of a scrolled frame's time."""

    text: QStaticText
    x: float  # from the cell's left edge, for the column's alignment
    height: float

    @classmethod
    def of(
        cls,
        elided: str,
        width: int,
        alignment: int,
        font: QFont,
        direction: Qt.LayoutDirection,
    ) -> _Laid:
        text = QStaticText(elided)
        text.setTextFormat(Qt.TextFormat.PlainText)  # a subject is never markup
        option = QTextOption()
        option.setTextDirection(direction)  # as drawText does: the view's direction
        text.setTextOption(option)
        text.prepare(QTransform(), font)
        size = text.size()
        x: float = TEXT_INSET
        if QStyle.visualAlignment(direction, Qt.AlignmentFlag(alignment)) & ALIGN_RIGHT:
            x += width - size.width()
        return cls(text, x, size.height())


class CellDelegate(QStyledItemDelegate):
    """Paints a register cell straight from the model's formatted row.

    The default delegate asks the model for about seven roles per cell through QVariant,
    and a screenful of the register is some 400 cells: that Python overhead, not Qt's
    painting, was what made a scrolled frame slow. Here each cell costs one call for the
    row the model already formatted. Its text is elided and laid out between frames
    (`lay_out_ahead`, for the rows on screen and the next screen), so a frame only copies
    glyphs; a text not laid out yet (a jump far down the register) is drawn with drawText,
    elided once. Tooltips and accessible text still come from `data()`.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Two generations, the newer first: the texts of the screens around stay when
        # the older half is dropped (clearing all of them made the next frame lay out).
        self._texts: dict[tuple[str, int, int], str | _Laid] = {}
        self._older: dict[tuple[str, int, int], str | _Laid] = {}
        self._colours: dict[int, tuple[QColor | None, QColor]] = {}
        if parent is not None:
            parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A new font, direction, style or palette: texts are elided and laid out again,
        colours asked again."""
        if event.type() in LOOK_CHANGES:
            self._forget()
        return False

    def _forget(self) -> None:
        self._texts.clear()
        self._older.clear()
        self._colours.clear()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # ~250 cells a frame: every call here costs, even a cast() (hence the annotation).
        model: _FormattedRows = index.model()  # type: ignore[assignment]
        row = model.row_cells(index.row())
        if row is None:
            super().paint(painter, option, index)
            return
        rect = option.rect
        pen = self._background(painter, option, rect, model.shades[row.shade])
        column = index.column()
        text = row.texts[column]
        if not text:
            return
        geometry: tuple[int, int, int, int] = rect.getRect()  # type: ignore[assignment]
        x, y, width, height = geometry  # one call, not four
        width -= 2 * TEXT_INSET
        alignment = model.alignments[column]
        key = (text, width, alignment)
        known = self._texts.get(key) or self._known(key)
        painter.setPen(pen)
        if type(known) is _Laid:
            painter.drawStaticText(
                QPointF(x + known.x, y + (height - known.height) / 2), known.text
            )
            return
        if known is None:  # not seen yet: elided now, laid out between frames
            known = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            self._keep(key, known)
        painter.drawText(x + TEXT_INSET, y, width, height, alignment, cast(str, known))

    def lay_out_ahead(
        self,
        texts: Iterable[str],
        cell_width: int,
        alignment: int,
        font: QFont,
        direction: Qt.LayoutDirection,
    ) -> None:
        """Elide and lay out now, between frames, texts about to be painted (or painted
        again) in cells `cell_width` wide: in a scroll through new rows, measuring and
        shaping their texts in the frame was most of its time."""
        width = cell_width - 2 * TEXT_INSET
        metrics = QFontMetrics(font)
        for text in texts:
            if not text:
                continue
            key = (text, width, alignment)
            known = self._texts.get(key) or self._known(key)
            if isinstance(known, _Laid):
                continue
            if known is None:
                known = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            self._keep(key, _Laid.of(known, width, alignment, font, direction))

    def _known(self, key: tuple[str, int, int]) -> str | _Laid | None:
        """A text of the older generation, kept on into the newer one."""
        known = self._older.get(key)
        if known is not None:
            self._keep(key, known)
        return known

    def _keep(self, key: tuple[str, int, int], known: str | _Laid) -> None:
        if len(self._texts) >= TEXTS_KEPT:
            self._older, self._texts = self._texts, {}
        self._texts[key] = known

    def _background(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, shade: QBrush | None
    ) -> QColor:
        """Selection or the row's colour (overdue, due soon); the pen for its text."""
        state = option.state._value_  # `.value` is a property: two more calls a cell
        colours = self._colours.get(state & COLOUR_STATES)
        if colours is None:  # the palette's colours, asked once per state (not per cell)
            palette = option.palette  # its colour group follows the window's activity
            colours = self._colours[state & COLOUR_STATES] = (
                (palette.color(HIGHLIGHT), palette.color(HIGHLIGHTED_TEXT))
                if state & SELECTED
                else (None, palette.color(TEXT))
            )
        fill, pen = colours
        if fill is not None:
            painter.fillRect(rect, fill)
        elif shade is not None:
            painter.fillRect(rect, shade)
        return pen


class BadgeDelegate(CellDelegate):
    """The confidentiality column: its label on a coloured badge, drawn once per look.

    A badge is the same picture for every row with the same label at the same size, so
    it is painted into a pixmap the first time and copied from then on.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pixmaps: dict[tuple[str, str, int, float], tuple[QPixmap, int]] = {}

    def _forget(self) -> None:
        super()._forget()
        self._pixmaps.clear()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # Ask the Python model directly: cheaper than a round trip through QVariant.
        model: _FormattedRows = index.model()  # type: ignore[assignment]
        row = model.row_cells(index.row())
        if row is None:
            super().paint(painter, option, index)
            return
        text = row.texts[index.column()]
        if not text:
            super().paint(painter, option, index)
            return
        rect = option.rect
        self._background(painter, option, rect, model.shades[row.shade])
        geometry: tuple[int, int, int, int] = rect.getRect()  # type: ignore[assignment]
        x, y, width, height = geometry
        ratio = painter.device().devicePixelRatioF()
        key = (row.level, text, width, ratio)
        badge = self._pixmaps.get(key)
        if badge is None:
            if len(self._pixmaps) >= BADGES_KEPT:  # a column dragged wider and narrower
                self._pixmaps.clear()
            pixmap = self._badge(row.level, text, option, ratio)
            badge = self._pixmaps[key] = (pixmap, int(pixmap.height() / ratio))
        painter.drawPixmap(x + 3, y + (height - 1) // 2 - badge[1] // 2, badge[0])

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
