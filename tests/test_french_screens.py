"""Every screen of the French application, walked as a user walks it, holds no English.

`coopdesk --demo --language fr`: the unlock dialog, each page of the main window, each tab
of a request, every menu, and every dialog a menu item or a request's button opens. What
is on screen is read from the widgets (labels, buttons, titles, tabs, tables and their
headers, lists, combo boxes, placeholders, tooltips); a word of the English catalogue that
French never uses (tests/english_words.py) fails the test, with where it was seen.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop.gui import app as app_module
from desktop.gui.request_view import RequestView
from desktop.gui.unlock_dialog import UnlockDialog
from tests.english_words import english_in
from tests.journeys import show_tab, wait_dialog
from tests.test_journeys import open_first_request, start, unlock_demo, user_home  # noqa: F401

# Menu items that leave the screen being walked, or open the system's own file chooser.
NOT_WALKED = {"Quitter", "Verrouiller", "Quit", "Lock"}
# Names of things that are the same in French: the tests' user, product names.
ALLOWED = frozenset({"demo"})
TAG = re.compile(r"<[^>]+>")


def _items(view: QAbstractItemView) -> list[str]:
    model = view.model()
    try:
        columns = model.columnCount(QModelIndex())
    except (AttributeError, TypeError):  # none, or one of Qt's own (private) models
        return []
    seen = [
        str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        for c in range(columns)
        if not getattr(view, "isColumnHidden", lambda _c: False)(c)
    ]

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(min(model.rowCount(parent), 200)):
            for column in range(columns):
                if getattr(view, "isColumnHidden", lambda _c: False)(column):
                    continue  # e.g. the Timeline's raw entries, until "Show details"
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        seen.append(value)
                if column == 0 and depth < 3 and model.rowCount(index) > 0:
                    walk(index, depth + 1)

    walk(QModelIndex(), 0)
    return seen


def texts_of(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) for everything a user can read in `top` now."""
    found: list[tuple[str, str]] = [("title", top.windowTitle())]
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__} {widget.objectName()}"
        texts = [widget.toolTip()]
        if isinstance(widget, QLabel):
            texts.append(TAG.sub(" ", widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())  # what is typed in it is the user's
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
            texts += [widget.tabToolTip(i) for i in range(widget.count())]
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            texts += [widget.toPlainText(), widget.placeholderText()]
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            texts += _items(widget)
        found += [(name, text) for text in texts if text and text.strip()]
    return found


def menu_texts(window) -> list[tuple[str, str]]:
    found = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} → {action.text()}")
            elif action.text():
                found.append((f"menu {path}", action.text()))
                found.append((f"menu {path}", action.toolTip()))

    for top in window.menuBar().actions():
        found.append(("menu bar", top.text()))
        walk(top.menu(), top.text())
    return found


def english_found(seen: list[tuple[str, str]], screen: str) -> list[str]:
    problems = []
    for where, text in seen:
        words = english_in(text.replace(str(app_module.demo_folder()), ""), ALLOWED)
        if words:
            problems.append(f"{screen} / {where}: {text!r} ({', '.join(words)})")
    return problems


class DialogGrabber:
    """Reads and closes whatever dialog an action opens, modal (exec) or not."""

    def __init__(self, background) -> None:
        self.seen: list[tuple[str, list[tuple[str, str]]]] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._grab_modal)
        # Work an action started in the background (a verification, the register read
        # again) ends with a message of its own: it is read here too, never later inside
        # the next dialog's reading, where no timer would close it.
        self.busy = False
        background.busy_changed.connect(lambda busy: setattr(self, "busy", busy))

    def _grab_modal(self) -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.isVisible():
            self._read_and_close(modal)

    def _read_and_close(self, dialog: QDialog) -> None:
        for _ in range(3):
            QApplication.processEvents()
        self.seen.append((type(dialog).__name__, texts_of(dialog)))
        if isinstance(dialog, QDialog):
            dialog.reject()
        dialog.close()

    def run(self, act, qtbot) -> None:
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        self.timer.start()
        try:
            act()
            qtbot.wait(50)  # lets the timer see a dialog opened with open()
            qtbot.waitUntil(lambda: not self.busy, timeout=20_000)
        finally:
            self.timer.stop()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and id(widget) not in before:
                self._read_and_close(widget)


@pytest.fixture(autouse=True)
def keep_locale(qapp):
    """The app sets the default locale for its language; later tests expect the one before
    (set up first, this is torn down after the app's own clean-up)."""
    saved = QLocale()
    yield
    QLocale.setDefault(saved)


@pytest.fixture
def no_system_dialogs(monkeypatch):
    """The system's file chooser is not ours to check; it is cancelled at once."""
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory", "getOpenFileNames"):
        empty = (
            ([], "")
            if name == "getOpenFileNames"
            else ("" if name == "getExistingDirectory" else ("", ""))
        )
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, _e=empty, **k: _e))
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )


def walk(start, qtbot, language: str) -> tuple[list[str], list[str]]:  # noqa: F811
    """Every screen and dialog in `language`: (the English found, the dialogs read)."""
    application = start("--demo", "--language", language)
    window = application.window
    window.resize(1400, 900)
    problems: list[str] = []
    unlock = wait_dialog(qtbot, UnlockDialog)
    problems += english_found(texts_of(unlock), "unlock")
    unlock_demo(qtbot, application)

    # The pages of the main window, and its menus.
    problems += english_found(menu_texts(window), "menus")
    for page in range(window.ui.tabs.count()):
        window.ui.tabs.setCurrentIndex(page)
        qtbot.wait(20)
        problems += english_found(texts_of(window), f"page {window.ui.tabs.tabText(page)}")

    # Each tab of a request: the half-done transfer has every one of them.
    view = open_first_request(qtbot, window, "ransf")
    assert isinstance(view, RequestView)
    tabs = view.ui.detailTabs
    for page in range(tabs.count()):
        show_tab(qtbot, tabs, tabs.tabText(page).replace("&", ""))
        qtbot.wait(20)
        problems += english_found(texts_of(window), f"request / {tabs.tabText(page)}")

    # Every dialog a menu item opens, and every dialog a request's buttons open.
    grabber = DialogGrabber(application.background)
    for top in window.menuBar().actions():
        for action in top.menu().actions():
            if (
                action.menu() is None
                and action.isEnabled()
                and action.text()
                and (action.text().replace("&", "") not in NOT_WALKED)
            ):
                grabber.run(action.trigger, qtbot)
                window.ui.tabs.setCurrentWidget(view)
    for page in range(tabs.count()):
        tabs.setCurrentIndex(page)
        # The buttons that open a dialog: "…", and the statuses that need a ground.
        buttons = [
            b.objectName() or b.text()
            for b in view.findChildren(QAbstractButton)
            if b.isVisible() and b.isEnabled() and (b.text().endswith("…") or b.toolTip())
        ]
        for wanted in buttons:
            found = [
                b
                for b in view.findChildren(QAbstractButton)
                if (b.objectName() or b.text()) == wanted and b.isVisible()
            ]
            if found:
                grabber.run(found[0].click, qtbot)
    # Pages a menu item added (the directory ...).
    for page in range(window.ui.tabs.count()):
        if not isinstance(window.ui.tabs.widget(page), RequestView):
            window.ui.tabs.setCurrentIndex(page)
            qtbot.wait(20)
            problems += english_found(texts_of(window), f"page {window.ui.tabs.tabText(page)}")
    for name, seen in grabber.seen:
        problems += english_found(seen, f"dialog {name}")
    assert application.session.is_unlocked
    return list(dict.fromkeys(problems)), [name for name, _seen in grabber.seen]


@pytest.mark.slow
def test_every_french_screen_and_dialog_is_in_french(start, qtbot, no_system_dialogs):  # noqa: F811
    problems, dialogs = walk(start, qtbot, "fr")
    assert problems == [], "\n".join(problems)
    print(sorted(dialogs))
    for walked in (
        "SettingsDialog",
        "ChecklistTemplatesDialog",
        "RequestFormDialog",
        "ReplyDialog",
        "RouteDialog",
        "ExtensionDialog",
        "StatusDialog",
    ):
        assert walked in dialogs, dialogs


@pytest.mark.slow
def test_the_walk_finds_english(start, qtbot, no_system_dialogs):  # noqa: F811
    """The same walk in English: every screen is English, and the walk says so."""
    problems, _dialogs = walk(start, qtbot, "en")
    screens = {line.split(" / ")[0] for line in problems}
    assert {"unlock", "menus", "dialog SettingsDialog"} <= screens, screens
