"""Loading Qt Designer forms from forms/ at run time (QUiLoader: no build step to forget).

Each .ui has one thin Python class that holds the loaded widget as `self.ui` (composition)
and reaches its children by object name. The loaded widget comes back typed as the form's
class in desktop/gui/form_types.py (generated from the .ui files), so a type checker knows
each child's Qt class.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar, cast

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from desktop.gui import date_editors
from desktop.gui.form_types import FormUi
from desktop.paths import forms_dir

__all__ = ["forms_dir", "load_form"]

F = TypeVar("F", bound=FormUi)


@cache
def _form_bytes(name: str) -> bytes:
    return (forms_dir() / name).read_bytes()


@cache
def _loader() -> QUiLoader:
    """One loader for every form, made without Qt Designer's widget plugins.

    Making a QUiLoader loads every plugin in the `designer` folder of Qt's library
    paths; PySide6's wheels put QtWebEngine's, QtQuick's and PySide's own there, which
    mapped about 30 MB of libraries into the process (and rescanned them for every
    form). The forms use only Qt's own widgets, which the loader builds without plugins.
    """
    paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        return QUiLoader()
    finally:
        QCoreApplication.setLibraryPaths(paths)


def load_form(shape: type[F], host: QWidget) -> F:
    """Load the form `shape` describes into `host`, filling it edge to edge.

    Returns the loaded widget (a plain QWidget whose named children are attributes),
    typed as `shape` for the checker.
    """
    name = shape.FILE
    buffer = QBuffer()
    buffer.setData(QByteArray(_form_bytes(name)))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    widget = _loader().load(buffer, host)
    if widget is None:
        raise RuntimeError(f"cannot load form {name}")
    _keep_accents(widget)
    layout = host.layout() or QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    date_editors.localise(widget)
    return cast(F, widget)


class _UnshiftedTabs(QProxyStyle):
    """Fusion draws an unselected tab's text 2 px lower and cuts off what then rises above
    the tab: the accent of "É", so the French "Échéances" tab read "Echéances"."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        return super().pixelMetric(metric, option, widget)


@cache
def _tab_style() -> QStyle | None:
    """One style for every tab bar of the forms (Qt does not own a widget's style)."""
    name = QApplication.style().name()
    return _UnshiftedTabs(name) if name.lower() == "fusion" else None


def _keep_accents(widget: QWidget) -> None:
    style = _tab_style()
    if style is not None:
        for bar in widget.findChildren(QTabBar):
            bar.setStyle(style)
