"""Driving the application as a user does: started by its entry point, used through what
is on screen (menus, shortcuts, buttons, typed text), checked by what is shown.

The journeys in test_journeys.py use these helpers and nothing else of the GUI's insides
except to find the widget a user would look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QWidget,
)

WAIT_MS = 30_000  # a generous ceiling for background work (scrypt, Word export)


def visible_dialogs(kind: type[QDialog] = QDialog) -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def wait_dialog(qtbot, kind: type[QDialog]) -> QDialog:
    """The dialog of this class that the user now sees (waits for it to appear)."""
    qtbot.waitUntil(lambda: bool(visible_dialogs(kind)), timeout=WAIT_MS)
    return visible_dialogs(kind)[-1]


def menu_action(window, menu: str, item: str) -> QAction:
    """The menu item as the user reads it (accelerator ampersands ignored)."""

    def plain(text: str) -> str:
        return text.replace("&", "")

    for top in window.menuBar().actions():
        if plain(top.text()) == menu:
            for action in top.menu().actions():
                if plain(action.text()) == item:
                    return action
    raise AssertionError(f"no menu item {menu} → {item}")


def choose(window, menu: str, item: str) -> None:
    action = menu_action(window, menu, item)
    assert action.isEnabled(), f"{menu} → {item} is greyed out"
    action.trigger()


def shortcut(qtbot, window, sequence: str) -> None:
    """A keyboard shortcut typed wherever the keyboard focus is now (e.g. "Ctrl+L")."""
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(sequence)[0]
    active = QApplication.activeWindow()
    modal = QApplication.activeModalWidget()
    if modal is not None and active is not modal:  # a window manager gives it the keyboard
        modal.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is modal, timeout=WAIT_MS)
    elif active is None or not active.isVisible():  # e.g. the unlock dialog just closed
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    target = QApplication.focusWidget() or QApplication.activeWindow()
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


def click(qtbot, button: QWidget) -> None:
    assert button.isVisible() and button.isEnabled(), f"{button.objectName()} not clickable"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def show_tab(qtbot, tabs, title: str) -> QWidget:
    """Click the tab whose label reads `title` (ampersands ignored)."""
    bar = tabs.tabBar()
    for number in range(tabs.count()):
        if tabs.tabText(number).replace("&", "") == title:
            qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(number).center())
            assert tabs.currentIndex() == number
            return tabs.widget(number)
    raise AssertionError(f"no tab {title!r}: {[tabs.tabText(i) for i in range(tabs.count())]}")


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Typed key by key; a letter no plain key gives (à, é) arrives as a keyboard's input
    method commits it (QTest cannot synthesise those keys)."""
    widget.setFocus()
    if hasattr(widget, "selectAll"):
        widget.selectAll()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        elif hasattr(widget, "insert"):
            widget.insert(char)
        else:
            widget.insertPlainText(char)


def rows(
    view: QAbstractItemView, column: int = 0, parent: QModelIndex | None = None
) -> Iterator[tuple[QModelIndex, str]]:
    """(index, display text) of every row in a table or tree, children included."""
    model = view.model()
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, column, parent)
        yield index, str(index.data() or "")
        first = model.index(row, 0, parent)
        if model.rowCount(first):
            yield from rows(view, column, first)


def row_texts(view: QAbstractItemView, column: int = 0) -> list[str]:
    return [text for _index, text in rows(view, column)]


def click_row(qtbot, view: QAbstractItemView, text: str, column: int = 0) -> QModelIndex:
    """Click the row whose cell in `column` reads `text` (or contains it)."""
    for index, shown in rows(view, column):
        if shown == text or text in shown:
            view.scrollTo(index)
            rect = view.visualRect(index)
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert view.currentIndex().row() == index.row()
            return index
    raise AssertionError(f"no row reading {text!r}; rows: {row_texts(view, column)}")


def cell(view: QAbstractItemView, index: QModelIndex, column: int) -> str:
    return str(index.sibling(index.row(), column).data() or "")


def home_env(monkeypatch, home: Path) -> None:
    """A user's HOME of its own: settings, data and Documents folders inside `home`."""
    for name, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(path))
