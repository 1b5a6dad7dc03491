"""Guards against a broken Qt binding: PySide6 6.12.0 released one reference to None each
time Qt handed an empty value back to Python, and the app died after a few hours of use."""

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox


class _Empty(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 1

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_empty_values_do_not_eat_references_to_none(qapp):
    model = _Empty()
    index = model.index(0, 0)
    combo = QComboBox()
    combo.addItem("(none)", None)
    before = sys.getrefcount(None)
    for _ in range(20):  # few: a broken binding must fail this test, not crash the run
        index.data(Qt.ItemDataRole.BackgroundRole)
        combo.currentData()
    assert sys.getrefcount(None) >= before - 2
