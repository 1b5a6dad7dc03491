"""Helpers for driving the real windows under pytest-qt."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget


def open_dialog(parent: QWidget, kind: type[QDialog]) -> QDialog:
    """The visible dialog of this class opened (non-modally, via open()) under `parent`."""
    found = [d for d in parent.findChildren(kind) if d.isVisible()]
    assert found, f"no open {kind.__name__}"
    return found[-1]


def press_ok(qtbot, dialog: QDialog) -> None:
    box = dialog.ui.buttonBox
    button = box.button(QDialogButtonBox.StandardButton.Ok) or box.button(
        QDialogButtonBox.StandardButton.Save
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
