"""What a user does, through the application's real entry point.

Each journey starts the app with `desktop.gui.app.launch` (what `main` runs before the
event loop) and real argv, in a HOME of its own, and then acts only through menus,
shortcuts, buttons and typed text, checking what is on screen. The system's own dialogs
(choose a file, yes/no questions) are answered by replacing the static Qt calls, as a
user's click there would.
"""

from __future__ import annotations

import gc
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWizard

from desktop.gui import app as app_module
from desktop.gui import i18n
from desktop.gui.checklist_dialogs import StepDoneDialog, StepNotApplicableDialog
from desktop.gui.dialogs import RouteDialog
from desktop.gui.reply_dialog import ReplyDialog
from desktop.gui.request_form import RequestFormDialog
from desktop.gui.request_view import RequestView
from desktop.gui.setup_wizard import SetupWizard
from desktop.gui.unlock_dialog import UnlockDialog
from tests.journeys import (
    WAIT_MS,
    cell,
    choose,
    click,
    click_row,
    home_env,
    menu_action,
    row_texts,
    shortcut,
    show_tab,
    type_into,
    visible_dialogs,
    wait_dialog,
)

PASSPHRASE = "seven green lanterns at dusk"


@pytest.fixture
def user_home(tmp_path, monkeypatch, isolated_qt, qapp):
    """A fresh user account: its own HOME, settings, no keyring; the app quits into it."""
    home = tmp_path / "home"
    home_env(monkeypatch, home)
    qapp.setQuitOnLastWindowClosed(False)  # the test process outlives the app's window
    yield home
    for widget in QApplication.topLevelWidgets():
        widget.close()
    i18n.install_translators(qapp, "en")


@pytest.fixture
def start(user_home, qtbot):
    """Start the app as `coopdesk ARGS…` would; closes what is left at the end."""
    started = []

    def launch(*argv: str):
        application = app_module.launch(list(argv))
        assert not isinstance(application, int)
        qtbot.addWidget(application.window)
        started.append(application)
        return application

    gc.collect()  # what earlier tests left is destroyed here, on the GUI thread
    yield launch
    for application in started:
        application.window.close()
        application.background.wait()
    from desktop.gui import error_path

    if error_path._installed is not None:  # the app's hooks go with the app
        error_path._installed.uninstall()


@pytest.fixture
def answers(monkeypatch, user_home):
    """The user's answers to file choosers and yes/no boxes; records where they started."""
    asked: dict[str, list] = {"save": [], "question": []}
    chosen: dict[str, Path] = {}

    def save_name(parent, caption="", directory="", *args, **kwargs):
        asked["save"].append(directory)
        path = chosen.pop("save")
        return str(path), ""

    def question(parent, title, text, *args, **kwargs):
        asked["question"].append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked, chosen


def create_workspace_in_wizard(qtbot, application) -> str:
    """First start: the wizard, typed as a user types; returns the recovery key shown."""
    wizard = wait_dialog(qtbot, SetupWizard)
    assert wizard.windowTitle() == "Cooperation Desk — New workspace"
    office = wizard.office.ui
    type_into(qtbot, office.userEdit, "adiallo")
    type_into(qtbot, office.nameEdit, "Aminata Diallo")
    type_into(qtbot, office.officeEdit, "Embassy of Testland in The Hague")
    type_into(qtbot, office.officeFrEdit, "L'Ambassade de Testland à La Haye")
    type_into(qtbot, office.stateNameEdit, "the Republic of Testland")
    type_into(qtbot, office.stateNameFrEdit, "la République de Testland")
    type_into(qtbot, office.placeEdit, "The Hague")
    type_into(qtbot, office.placeFrEdit, "La Haye")
    office.countryCombo.setCurrentIndex(office.countryCombo.findData("NL"))
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    page = wizard.currentPage()
    type_into(qtbot, page.ui.passEdit, PASSPHRASE)
    type_into(qtbot, page.ui.againEdit, PASSPHRASE)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    # While the workspace is made nothing can be clicked away.
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    qtbot.waitUntil(lambda: wizard.currentId() == 2, timeout=WAIT_MS)
    recovery = wizard.currentPage().ui
    lines = recovery.keyLabel.text().split("\n")
    assert len(lines) == 4 and all(len(line) == 19 for line in lines)  # 4 groups a line
    assert "Forgot passphrase" in recovery.useLabel.text()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # the key must be acknowledged first
    click(qtbot, recovery.keptCheck)
    click(qtbot, finish)
    qtbot.waitUntil(lambda: application.session.is_unlocked, timeout=WAIT_MS)
    return "".join(lines)


def register_request(qtbot, window, subject: str, kind_label: str, person: str) -> RequestView:
    shortcut(qtbot, window, "Ctrl+N")
    form = wait_dialog(qtbot, RequestFormDialog)
    ui = form.ui
    type_into(qtbot, ui.court_referenceField, "ICC-01/22-05/26-17")
    ui.kindField.setCurrentIndex(ui.kindField.findText(kind_label))
    type_into(qtbot, ui.situationField, "Situation in the Republic of Kordavia")
    type_into(qtbot, ui.subjectField, subject)
    type_into(qtbot, ui.summaryField, "Surrender of the person named in the warrant.")
    type_into(qtbot, ui.personsField, person)
    click(qtbot, ui.hasDeadlineCheck)
    ui.court_deadlineField.setDate(QDate(2027, 2, 15))
    for row in range(ui.elementsField.count()) if hasattr(ui, "elementsField") else ():
        ui.elementsField.item(row).setCheckState(Qt.CheckState.Checked)
    click(qtbot, ui.buttonBox.button(ui.buttonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT_MS)
    view = window.ui.tabs.currentWidget()
    assert isinstance(view, RequestView)
    assert view.ui.subjectLabel.text() == subject
    return view


def test_first_start_to_reply_and_back(start, qtbot, tmp_path, user_home, answers):
    asked, chosen = answers
    folder = tmp_path / "office"
    application = start("--workspace", str(folder))
    window = application.window
    # The window is there but locked while the wizard asks.
    assert window.isVisible() and window.ui.stack.currentWidget() is window.ui.lockedPage
    create_workspace_in_wizard(qtbot, application)

    assert window.windowTitle() == "Cooperation Desk — Embassy of Testland in The Hague"
    # What the wizard asked in both working languages is in Settings.
    from desktop.gui.settings_dialog import SettingsDialog

    choose(window, "Tools", "Settings…")
    settings = wait_dialog(qtbot, SettingsDialog)
    assert settings.ui.officeNameFrEdit.text() == "L'Ambassade de Testland à La Haye"
    assert settings.ui.stateNameFrEdit.text() == "la République de Testland"
    assert settings.ui.placeFrEdit.text() == "La Haye"
    assert settings.ui.referenceFormatEdit.text() == "CD-YYYY-NNNN"
    click(qtbot, settings.ui.buttonBox.button(settings.ui.buttonBox.StandardButton.Cancel))
    register = window.register_page
    assert register.ui.emptyLabel.isVisible()
    assert "The register is empty" in register.ui.emptyLabel.text()

    view = register_request(qtbot, window, "Surrender of Ilyan Marsk",
                            "Arrest and surrender (art. 89, 91)", "Ilyan Marsk")
    assert not register.ui.emptyLabel.isVisible()
    assert "Surrender of Ilyan Marsk" in row_texts(register.ui.registerView,
                                                    column=_column(register, "subject"))

    # Route the request to an authority.
    show_tab(qtbot, view.ui.detailTabs, "Routing")
    click(qtbot, view.ui.routeButton)
    route = wait_dialog(qtbot, RouteDialog)
    authority = route.ui.authorityCombo.currentData()
    click(qtbot, route.ui.buttonBox.button(route.ui.buttonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: authority in row_texts(view.ui.routingView), timeout=WAIT_MS)

    # Tick a named checklist step: exactly that one shows done.
    show_tab(qtbot, view.ui.detailTabs, "Transfer logistics")
    steps = view.checklist.ui.stepsView
    index = click_row(qtbot, steps, "Identity of the person confirmed", column=1)
    click(qtbot, view.checklist.ui.doneButton)
    done = wait_dialog(qtbot, StepDoneDialog)
    assert "Identity of the person confirmed" in done.windowTitle()
    click(qtbot, done.ui.buttonBox.button(done.ui.buttonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: not done.isVisible(), timeout=WAIT_MS)
    states = {title: cell(steps, index, 4) for index, title in _step_rows(steps)}
    done_titles = [t for t, state in states.items() if state.startswith("Done")]
    assert done_titles == ["Identity of the person confirmed *"], states
    del index

    # A reply exported to Word, saved where the user chose.
    target = user_home / "Documents" / "ack.docx"
    target.parent.mkdir(exist_ok=True)
    click(qtbot, view.ui.replyButton)
    reply = wait_dialog(qtbot, ReplyDialog)
    assert reply.ui.templatesView.currentIndex().data() == "Acknowledgement of receipt"
    chosen["save"] = target
    click(qtbot, reply.ui.saveButton)
    qtbot.waitUntil(reply.ui.openButton.isVisible, timeout=WAIT_MS)  # "Saved …" and Open
    assert asked["save"][-1].startswith(str(user_home / "Documents"))
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "ICC-01/22-05/26-17" in text
    assert reply.ui.openButton.isVisible()
    click(qtbot, reply.ui.closeButton)
    show_tab(qtbot, view.ui.detailTabs, "Overview")
    assert "Acknowledgement\n✔ Done: exported on" in view.ui.overviewText.toPlainText()

    # Quit, start again, unlock with Enter: the request is there.
    choose(window, "File", "Quit")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert not application.session.is_unlocked
    again = start("--workspace", str(folder))
    unlock = wait_dialog(qtbot, UnlockDialog)
    type_into(qtbot, unlock.ui.passphraseEdit, PASSPHRASE)
    qtbot.keyClick(unlock.ui.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: again.session.is_unlocked, timeout=WAIT_MS)
    register = again.window.register_page
    qtbot.waitUntil(lambda: "Surrender of Ilyan Marsk" in row_texts(
        register.ui.registerView, column=_column(register, "subject")), timeout=WAIT_MS)


def _column(register, key: str) -> int:
    from desktop.gui.register_model import COLUMNS

    return [c.key for c in COLUMNS].index(key)


def _step_rows(steps):
    """(index, title) of the step rows (phase headings have no number)."""
    from tests.journeys import rows

    for index, number in rows(steps, 0):
        if number.isdigit():
            yield index, str(index.sibling(index.row(), 1).data())


def test_quit_on_the_unlock_dialog_quits(start, qtbot, tmp_path):
    folder = tmp_path / "office"
    application = start("--workspace", str(folder))
    create_workspace_in_wizard(qtbot, application)
    choose(application.window, "File", "Quit")
    qtbot.waitUntil(lambda: not application.window.isVisible(), timeout=WAIT_MS)
    again = start("--workspace", str(folder))
    unlock = wait_dialog(qtbot, UnlockDialog)
    click(qtbot, unlock.ui.quitButton)
    qtbot.waitUntil(lambda: not again.window.isVisible(), timeout=WAIT_MS)
    assert not visible_dialogs(UnlockDialog)


def test_cancelling_the_wizard_leaves_nothing(start, qtbot, tmp_path):
    folder = tmp_path / "office"
    application = start("--workspace", str(folder))
    wizard = wait_dialog(qtbot, SetupWizard)
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    qtbot.waitUntil(lambda: not application.window.isVisible(), timeout=WAIT_MS)
    assert not (folder / "coopdesk.db").exists()




# -- the demo, as README's first command starts it ----------------------------------------


def unlock_demo(qtbot, application) -> None:
    from desktop.services import demo

    unlock = wait_dialog(qtbot, UnlockDialog)
    hint = unlock.ui.folderLabel.text()
    assert demo.DEMO_USER in hint and demo.DEMO_PASSPHRASE in hint
    type_into(qtbot, unlock.ui.passphraseEdit, demo.DEMO_PASSPHRASE)
    qtbot.keyClick(unlock.ui.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: application.session.is_unlocked, timeout=WAIT_MS)


def open_first_request(qtbot, window, kind_text: str = "") -> RequestView:
    """Double-click the first register row (of that kind): its tab opens."""
    register = window.register_page
    view = register.ui.registerView
    qtbot.waitUntil(lambda: register.model.rowCount() > 0, timeout=WAIT_MS)
    column = _column(register, "kind")
    index = next(i for i, text in _rows(view, column) if kind_text in text)
    view.scrollTo(index)
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: isinstance(window.ui.tabs.currentWidget(), RequestView),
                    timeout=WAIT_MS)
    return window.ui.tabs.currentWidget()


def _rows(view, column):
    from tests.journeys import rows

    return rows(view, column)


def window_texts(window) -> str:
    """All the text a user can see in the window right now (labels, tables, tab titles)."""
    from PySide6.QtWidgets import QAbstractItemView, QLabel, QTabBar, QTextEdit

    seen = [window.windowTitle()]
    for label in window.findChildren(QLabel):
        if label.isVisible():
            seen.append(label.text())
    for text in window.findChildren(QTextEdit):
        if text.isVisible():
            seen.append(text.toPlainText())
    for view in window.findChildren(QAbstractItemView):
        if view.isVisible() and view.model() is not None:
            for column in range(view.model().columnCount()):
                if not getattr(view, "isColumnHidden", lambda _c: False)(column):
                    seen.extend(t for _i, t in _rows(view, column))
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            seen.extend(bar.tabText(i) for i in range(bar.count()))
    return "\n".join(seen)


def lock_and_check_hidden(qtbot, application, secrets: list[str], how: str) -> None:
    window = application.window
    with qtbot.waitSignal(application.session.locked, timeout=WAIT_MS):
        if how == "shortcut":
            shortcut(qtbot, window, "Ctrl+L")
        elif how == "menu":
            choose(window, "File", "Lock")
        else:  # idle: a very short idle time, then wait for the lock
            window.idle.set_minutes(0.0005)
    assert window.ui.stack.currentWidget() is window.ui.lockedPage
    assert window.windowTitle() == "Cooperation Desk"
    shown = window_texts(window)
    for secret in secrets:
        assert secret not in shown, f"{secret!r} visible on the lock screen"
    hidden_dialogs = [d for d in visible_dialogs() if not isinstance(d, UnlockDialog)]
    assert hidden_dialogs == []
    assert not menu_enabled(window, "File", "New request…")


def menu_enabled(window, menu: str, item: str) -> bool:

    return menu_action(window, menu, item).isEnabled()


def unlock_with_enter(qtbot, application, passphrase: str) -> None:
    window = application.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    qtbot.keyClick(window.ui.unlockButton, Qt.Key.Key_Return)  # Enter on the lock screen
    unlock = wait_dialog(qtbot, UnlockDialog)
    type_into(qtbot, unlock.ui.passphraseEdit, passphrase)
    qtbot.keyClick(unlock.ui.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: application.session.is_unlocked, timeout=WAIT_MS)


def test_lock_cycles_keep_work_and_hide_case_data(start, qtbot):
    from desktop.gui.dialogs import ExtensionDialog
    from desktop.services import demo

    application = start("--demo")
    window = application.window
    unlock_demo(qtbot, application)
    shortcut(qtbot, window, "Ctrl+2")
    assert window.ui.tabs.currentWidget() is window.dashboard_page
    shortcut(qtbot, window, "Ctrl+3")
    assert window.ui.tabs.currentWidget() is window.directory_page
    shortcut(qtbot, window, "Ctrl+1")
    view = open_first_request(qtbot, window)
    subject = view.ui.subjectLabel.text()
    registry_no = view.record.registry_no
    assert subject
    show_tab(qtbot, view.ui.detailTabs, "Notes")
    type_into(qtbot, view.ui.noteEdit, "Half a thought about the witness")
    click(qtbot, view.ui.extendButton)
    extension = wait_dialog(qtbot, ExtensionDialog)
    type_into(qtbot, extension.ui.reasonEdit, "Court letter of 16 December")
    secrets = [subject, "Half a thought", "Court letter of 16 December"]

    for how in ("shortcut", "menu", "idle"):
        lock_and_check_hidden(qtbot, application, secrets, how)
        unlock_with_enter(qtbot, application, demo.DEMO_PASSPHRASE)
        window.idle.set_minutes(30)
        # Everything the user had open is back, with what they typed.
        assert view in window.request_tabs()
        assert view.ui.subjectLabel.text() == subject
        assert view.ui.noteEdit.toPlainText() == "Half a thought about the witness"
        assert extension.isVisible()
        assert extension.ui.reasonEdit.text() == "Court letter of 16 December"
        assert window.directory_page is not None
        assert window.directory_page.authorities.rowCount() > 0
        assert window.register_page.model.rowCount() > 0
        tab_titles = [window.ui.tabs.tabText(i) for i in range(window.ui.tabs.count())]
        assert registry_no in tab_titles

    # The dialog still works on the workspace opened again.
    click(qtbot, extension.ui.buttonBox.button(extension.ui.buttonBox.StandardButton.Cancel))
    # Every page opens again by its shortcut.
    shortcut(qtbot, window, "Ctrl+3")
    assert window.ui.tabs.currentWidget() is window.directory_page
    shortcut(qtbot, window, "Ctrl+2")
    assert window.ui.tabs.currentWidget() is window.dashboard_page


def step_states(view: RequestView) -> dict[str, str]:
    """Step title → the State column, as the checklist shows them."""
    steps = view.checklist.ui.stepsView
    return {title: cell(steps, index, 4) for index, title in _step_rows(steps)}


def act_on_step(qtbot, view: RequestView, title: str, button: str, dialog=None,
                typed: str = "") -> dict[str, str]:
    """Select the step by its title, click the button, answer its dialog; the states after."""
    before = step_states(view)
    click_row(qtbot, view.checklist.ui.stepsView, title, column=1)
    click(qtbot, getattr(view.checklist.ui, button))
    if dialog is not None:
        opened = wait_dialog(qtbot, dialog)
        assert title.rstrip(" *") in opened.windowTitle()
        if typed:
            type_into(qtbot, opened.ui.reasonEdit, typed)
        click(qtbot, opened.ui.buttonBox.button(opened.ui.buttonBox.StandardButton.Ok))
        qtbot.waitUntil(lambda: not opened.isVisible(), timeout=WAIT_MS)
    after = step_states(view)
    changed = [t for t in after if after[t] != before.get(t)]
    assert changed == [title], f"{button} on {title!r} changed {changed}"
    return after


@pytest.mark.parametrize("which", ["demo", "new"])
def test_every_checklist_action_changes_exactly_the_selected_step(start, qtbot, tmp_path,
                                                                   which):
    from desktop.gui.checklist_dialogs import AddStepDialog

    if which == "demo":
        application = start("--demo")
        unlock_demo(qtbot, application)
        view = open_first_request(qtbot, application.window, "Transit / transfer")
    else:
        application = start("--workspace", str(tmp_path / "office"))
        create_workspace_in_wizard(qtbot, application)
        view = register_request(qtbot, application.window, "Transfer of a witness",
                                "Transit / transfer of a person (art. 89(3))", "A. Witness")
    show_tab(qtbot, view.ui.detailTabs, "Transfer logistics")
    states = step_states(view)
    open_titles = [t for t, s in states.items() if s == "Open"]
    first, second = open_titles[-1], open_titles[-2]  # late ones: far from id = number

    after = act_on_step(qtbot, view, first, "doneButton", StepDoneDialog)
    assert after[first].startswith("Done")
    after = act_on_step(qtbot, view, second, "naButton", StepNotApplicableDialog,
                        "Travel by road")
    assert after[second].startswith("Not applicable (Travel by road)")
    after = act_on_step(qtbot, view, first, "reopenButton")
    assert after[first] == "Open"

    count = len(step_states(view))
    click(qtbot, view.checklist.ui.addStepButton)
    add = wait_dialog(qtbot, AddStepDialog)
    type_into(qtbot, add.ui.titleEdit, "Interpreter for the handover")
    click(qtbot, add.ui.buttonBox.button(add.ui.buttonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: not add.isVisible(), timeout=WAIT_MS)
    after = step_states(view)
    assert len(after) == count + 1 and after["Interpreter for the handover"] == "Open"
    # And the trail names the steps the user chose.
    show_tab(qtbot, view.ui.detailTabs, "Timeline")
    trail = window_texts(application.window)
    assert first.rstrip(" *") in trail and second.rstrip(" *") in trail


def test_the_same_journey_in_french(start, qtbot):
    """`coopdesk --demo --language fr`: unlock, a transfer's checklist, the Timeline, lock."""
    from desktop.services import demo

    application = start("--demo", "--language", "fr")
    window = application.window
    unlock = wait_dialog(qtbot, UnlockDialog)
    assert unlock.windowTitle() == "Cooperation Desk — Déverrouillage"
    unlock_demo(qtbot, application)
    view = open_first_request(qtbot, window, "ransf")
    show_tab(qtbot, view.ui.detailTabs, "Logistique du transfèrement")
    states = step_states(view)
    title = [t for t, s in states.items() if s == "À faire"][-1]
    after = act_on_step(qtbot, view, title, "doneButton", StepDoneDialog)
    assert after[title].startswith("Fait")
    show_tab(qtbot, view.ui.detailTabs, "Historique")
    assert "marquée faite" in window_texts(window)
    # Dates are typed as the French read them, the same as the tables show them.
    from desktop.gui.dialogs import ExtensionDialog

    click(qtbot, view.ui.extendButton)
    extension = wait_dialog(qtbot, ExtensionDialog)
    assert extension.ui.dateEdit.displayFormat() == "dd/MM/yyyy"
    click(qtbot, extension.ui.buttonBox.button(extension.ui.buttonBox.StandardButton.Cancel))
    choose(window, "Fichier", "Verrouiller")
    assert window.ui.stack.currentWidget() is window.ui.lockedPage
    unlock_with_enter(qtbot, application, demo.DEMO_PASSPHRASE)
    assert view.ui.subjectLabel.text()


def test_register_opens_on_what_needs_action_and_the_keyboard_finds(start, qtbot):
    """Open requests, most overdue first, Due and Days left in view at 1280 px; Ctrl+F,
    typing and Enter open the top match; Down moves into the results."""
    from PySide6.QtWidgets import QHeaderView

    application = start("--demo")
    window = application.window
    window.resize(1280, 800)
    unlock_demo(qtbot, application)
    register = window.register_page
    assert register.ui.statusCombo.currentText() == "Open"
    view = register.ui.registerView
    header: QHeaderView = view.horizontalHeader()
    for key in ("due_on", "days_left"):
        column = _column(register, key)
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert not header.isSectionHidden(column) and right <= view.viewport().width(), key
    days = [t for _i, t in _rows(view, _column(register, "days_left"))]
    assert days[0].endswith("days overdue"), days[:3]
    assert not any(t.startswith("-") for t in days)

    shortcut(qtbot, window, "Ctrl+F")
    assert QApplication.focusWidget() is register.ui.searchEdit
    qtbot.keyClicks(register.ui.searchEdit, "Ilyan Marsk")
    qtbot.keyClick(register.ui.searchEdit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view and view.currentIndex().row() == 0
    register.ui.searchEdit.setFocus()
    qtbot.keyClick(register.ui.searchEdit, Qt.Key.Key_Return)
    opened = window.ui.tabs.currentWidget()
    assert isinstance(opened, RequestView)
    assert "Ilyan Marsk" in window_texts(window)


def test_deadlines_give_overdue_the_room_and_fold_empty_sections(start, qtbot):
    application = start("--demo")
    window = application.window
    window.resize(1280, 800)
    unlock_demo(qtbot, application)
    shortcut(qtbot, window, "Ctrl+2")
    page = window.dashboard_page
    qtbot.waitUntil(lambda: page.models["overdue"].rowCount() > 0, timeout=WAIT_MS)
    assert "(0)" in page.ui.todayBox.title() and not page.ui.todayView.isVisible()

    def overdue_is_largest() -> bool:
        heights = [box.height() for box in (page.ui.weekBox, page.ui.stepsBox)]
        return page.ui.overdueBox.height() > max(heights) > page.ui.todayBox.height()

    qtbot.waitUntil(overdue_is_largest, timeout=WAIT_MS)  # once the page is laid out
    days = row_texts(page.ui.overdueView, 5)
    assert days and all(d.endswith("overdue") for d in days), days


def test_importing_twice_registers_nothing_twice_and_says_so(start, qtbot, tmp_path,
                                                             monkeypatch):
    """File → Import requests…: late rows are flagged, a second import skips what is there."""
    import json

    from tests.factories import request_row

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda _parent, _title, text, *a, **k: told.append(text)))
    rows = [request_row(court_reference="ICC-01/04-01/06-2001", subject="Bank records"),
            request_row(court_reference="ICC-01/04-01/06-2002", subject="Late by pouch",
                        received_at="2026-11-20T09:00:00", court_deadline="2026-11-10")]
    source = tmp_path / "from the Court.json"
    source.write_text(json.dumps(rows), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(source), "")))
    application = start("--workspace", str(tmp_path / "office"))
    create_workspace_in_wizard(qtbot, application)
    window = application.window
    choose(window, "File", "Import requests…")
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT_MS)
    assert "Imported 2 requests." in told[-1] and "overdue from today: CD-2026-0002" in told[-1]
    register = window.register_page
    qtbot.waitUntil(lambda: register.model.rowCount() == 2, timeout=WAIT_MS)
    choose(window, "File", "Import requests…")
    qtbot.waitUntil(lambda: len(told) == 2, timeout=WAIT_MS)
    assert "Imported 0 requests." in told[-1] and "Already registered" in told[-1]
    assert register.model.rowCount() == 2
    # The late one says so where the user reads its dates.
    shortcut(qtbot, window, "Ctrl+F")
    qtbot.keyClicks(register.ui.searchEdit, "pouch")
    qtbot.keyClick(register.ui.searchEdit, Qt.Key.Key_Return)
    view = window.ui.tabs.currentWidget()
    assert isinstance(view, RequestView) and view.ui.subjectLabel.text() == "Late by pouch"
    assert "Past its deadline on arrival" in view.ui.overviewText.toPlainText()


def test_locking_during_a_backup_and_unlocking_again(start, qtbot, monkeypatch):
    """Ctrl+L locks at once while the backup it starts is still being written; the lock
    screen says so, and the user can unlock again before it ends."""
    import threading

    from desktop.services import backup, demo

    application = start("--demo")
    window = application.window
    unlock_demo(qtbot, application)
    held, entered = threading.Event(), threading.Event()
    original = backup.back_up_automatically

    def slow_backup(*args, **kwargs):
        entered.set()
        held.wait(WAIT_MS / 1000)
        return original(*args, **kwargs)

    monkeypatch.setattr(backup, "back_up_automatically", slow_backup)
    with qtbot.waitSignal(application.session.locked, timeout=WAIT_MS):
        shortcut(qtbot, window, "Ctrl+L")
    qtbot.waitUntil(entered.is_set, timeout=WAIT_MS)
    assert window.ui.stack.currentWidget() is window.ui.lockedPage
    assert window.ui.backupLabel.isVisible()
    assert window.ui.backupLabel.text() == "Finishing the backup…"
    unlock_with_enter(qtbot, application, demo.DEMO_PASSPHRASE)
    assert window.register_page.model.rowCount() > 0
    assert not held.is_set()  # unlocked while the backup was still going
    held.set()
    qtbot.waitUntil(lambda: not window.backups.running, timeout=WAIT_MS)
    assert backup.list_backups(application.folder)
    lock_and_check_hidden(qtbot, application, [], "menu")
    qtbot.waitUntil(lambda: not window.ui.backupLabel.isVisible(), timeout=WAIT_MS)
