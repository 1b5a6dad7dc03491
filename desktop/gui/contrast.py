"""Readable secondary text: hints, placeholders and empty states at 4.5:1 or better.

Styles often draw hints in the palette's "mid" grey, about 2.6:1 on white, below what
WCAG asks for body text. Hints here take a grey blended from the theme's own text and
background colours, the lightest that still reaches 4.5:1, so they stay quieter than the
text in light and dark themes alike. Labels opt in with the dynamic property `hint`.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

MINIMUM = 4.5
TARGET = 4.8  # a little above the minimum, for antialiased small text


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    return (
        0.2126 * _channel(colour.redF())
        + 0.7152 * _channel(colour.greenF())
        + 0.0722 * _channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def hint_colour(palette: QPalette) -> QColor:
    """The text colour moved toward the background for as long as it stays readable."""
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Base)
    window = palette.color(QPalette.ColorRole.Window)
    best = QColor(text)
    for step in range(1, 20):
        share = step / 20
        candidate = QColor.fromRgbF(
            text.redF() + (base.redF() - text.redF()) * share,
            text.greenF() + (base.greenF() - text.greenF()) * share,
            text.blueF() + (base.blueF() - text.blueF()) * share,
        )
        if min(contrast(candidate, base), contrast(candidate, window)) < TARGET:
            break
        best = candidate
    return best


def apply(app: QApplication) -> QColor:
    """Placeholders and `hint` labels in the readable grey; returns the grey."""
    palette = app.palette()
    hint = hint_colour(palette)
    palette.setColor(QPalette.ColorRole.PlaceholderText, hint)
    app.setPalette(palette)
    app.setStyleSheet(app.styleSheet() + f'QLabel[hint="true"] {{ color: {hint.name()}; }}')
    return hint
