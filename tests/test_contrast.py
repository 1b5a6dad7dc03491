"""Hints, placeholders and empty states are readable: 4.5:1 or better, light or dark."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette

from desktop.gui import contrast
from desktop.gui.forms import forms_dir


def palette(text: str, base: str, window: str) -> QPalette:
    p = QPalette()
    p.setColor(QPalette.ColorRole.WindowText, QColor(text))
    p.setColor(QPalette.ColorRole.Text, QColor(text))
    p.setColor(QPalette.ColorRole.Base, QColor(base))
    p.setColor(QPalette.ColorRole.Window, QColor(window))
    return p


@pytest.mark.parametrize(
    "text, base, window",
    [
        ("#000000", "#ffffff", "#efefef"),  # Fusion, light
        ("#ffffff", "#2d2d2d", "#353535"),  # a dark theme
        ("#1f1f1f", "#fafafa", "#f0f0f0"),
    ],
)
def test_hint_grey_is_readable_and_quieter_than_text(text, base, window):
    hint = contrast.hint_colour(palette(text, base, window))
    assert contrast.contrast(hint, QColor(base)) >= contrast.MINIMUM
    assert contrast.contrast(hint, QColor(window)) >= contrast.MINIMUM
    assert hint != QColor(text)  # still a hint, not body text


def test_no_form_paints_text_in_a_fixed_low_contrast_grey():
    for form in forms_dir().glob("*.ui"):
        text = form.read_text(encoding="utf-8")
        assert "color: palette(mid)" not in text, form.name
        for colour in re.findall(r"(?<!background)(?<!background-)color: *(#[0-9a-fA-F]{6})", text):
            assert contrast.contrast(QColor(colour), QColor("#ffffff")) >= contrast.MINIMUM, (
                form.name,
                colour,
            )


def test_apply_sets_placeholders_and_hint_labels(qapp):
    before = qapp.palette(), qapp.styleSheet()
    try:
        hint = contrast.apply(qapp)
        assert qapp.palette().color(QPalette.ColorRole.PlaceholderText) == hint
        assert f"color: {hint.name()}" in qapp.styleSheet()
        base = qapp.palette().color(QPalette.ColorRole.Base)
        assert contrast.contrast(hint, base) >= contrast.MINIMUM
    finally:
        qapp.setPalette(before[0])
        qapp.setStyleSheet(before[1])
