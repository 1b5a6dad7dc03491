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
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt
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
    locale = QLocale()  # the app sets the default locale; later tests expect the one found
    yield home
    for widget in QApplication.topLevelWidgets():
        widget.close()
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(locale)


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
    register_filled(qtbot, application)
    return "".join(lines)


def register_request(
    qtbot,
    window,
    subject: str,
    kind_label: str,
    person: str,
    reference: str = "ICC-01/22-05/26-17",
    deadline: tuple[int, int, int] | None = (2027, 2, 15),
    received_days_ago: int = 0,
) -> RequestView:
    shortcut(qtbot, window, "Ctrl+N")
    form = wait_dialog(qtbot, RequestFormDialog)
    ui = form.ui
    type_into(qtbot, ui.court_referenceField, reference)
    if received_days_ago:
        ui.received_atField.setDateTime(QDateTime.currentDateTime().addDays(-received_days_ago))
    ui.kindField.setCurrentIndex(ui.kindField.findText(kind_label))
    type_into(qtbot, ui.situationField, "Situation in the Republic of Kordavia")
    type_into(qtbot, ui.subjectField, subject)
    type_into(qtbot, ui.summaryField, "Surrender of the person named in the warrant.")
    type_into(qtbot, ui.personsField, person)
    if deadline is not None:
        click(qtbot, ui.hasDeadlineCheck)
        ui.court_deadlineField.setDate(QDate(*deadline))
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

    view = register_request(
        qtbot,
        window,
        "Surrender of Ilyan Marsk",
        "Arrest and surrender (art. 89, 91)",
        "Ilyan Marsk",
    )
    qtbot.waitUntil(  # the register is read again off the GUI thread
        lambda: (
            "Surrender of Ilyan Marsk"
            in row_texts(register.ui.registerView, column=_column(register, "subject"))
        ),
        timeout=WAIT_MS,
    )
    assert not register.ui.emptyLabel.isVisible()

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
    qtbot.waitUntil(
        lambda: (
            "Surrender of Ilyan Marsk"
            in row_texts(register.ui.registerView, column=_column(register, "subject"))
        ),
        timeout=WAIT_MS,
    )


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
    register_filled(qtbot, application)


def register_filled(qtbot, application) -> None:
    """Unlocked, and the register's rows, read off the GUI thread, on screen."""
    qtbot.waitUntil(lambda: application.session.is_unlocked, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not application.window.register_page.model.loading, timeout=WAIT_MS)


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
    qtbot.waitUntil(
        lambda: isinstance(window.ui.tabs.currentWidget(), RequestView), timeout=WAIT_MS
    )
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
    register_filled(qtbot, application)


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


def act_on_step(
    qtbot, view: RequestView, title: str, button: str, dialog=None, typed: str = ""
) -> dict[str, str]:
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
def test_every_checklist_action_changes_exactly_the_selected_step(start, qtbot, tmp_path, which):
    from desktop.gui.checklist_dialogs import AddStepDialog

    if which == "demo":
        application = start("--demo")
        unlock_demo(qtbot, application)
        view = open_first_request(qtbot, application.window, "Transit / transfer")
    else:
        application = start("--workspace", str(tmp_path / "office"))
        create_workspace_in_wizard(qtbot, application)
        view = register_request(
            qtbot,
            application.window,
            "Transfer of a witness",
            "Transit / transfer of a person (art. 89(3))",
            "A. Witness",
        )
    show_tab(qtbot, view.ui.detailTabs, "Transfer logistics")
    states = step_states(view)
    open_titles = [t for t, s in states.items() if s == "Open"]
    first, second = open_titles[-1], open_titles[-2]  # late ones: far from id = number

    after = act_on_step(qtbot, view, first, "doneButton", StepDoneDialog)
    assert after[first].startswith("Done")
    after = act_on_step(qtbot, view, second, "naButton", StepNotApplicableDialog, "Travel by road")
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


def test_the_window_fits_a_laptop_screen_with_every_page_open(start, qtbot):
    """A 1366 x 768 screen, or 1920 x 1080 at 150 %, leaves about 1280 x 680 for the
    window. The Deadlines' eight sections and the Statistics' charts once held it at
    least 945 px tall, its bottom off such a screen: they scroll instead."""
    application = start("--demo")
    window = application.window
    unlock_demo(qtbot, application)
    for keys in ("Ctrl+3", "Ctrl+4", "Ctrl+5", "Ctrl+2"):  # directory, statistics, offices
        shortcut(qtbot, window, keys)
    board = window.dashboard_page
    qtbot.waitUntil(lambda: board.models["steps"].rowCount() > 0, timeout=WAIT_MS)
    open_first_request(qtbot, window, "ransf")
    shortcut(qtbot, window, "Ctrl+2")

    window.resize(1280, 680)
    QApplication.processEvents()
    assert (window.width(), window.height()) == (1280, 680)
    bar = board.ui.sectionsArea.verticalScrollBar()
    assert bar.maximum() > 0  # the sections scroll...
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert not board.ui.stepsBox.visibleRegion().isEmpty()  # ...to the last one
    assert row_texts(board.ui.stepsView)


def test_on_a_small_screen_the_window_and_a_reply_open_within_it(start, qtbot):
    """No size remembered yet: the window asks for 1280 x 800, the reply dialog for
    1240 x 760, and each opens within the screen's free area, its title bar too (the
    test's screen is 800 x 800)."""
    application = start("--demo")
    window = application.window
    free = window.screen().availableGeometry()
    assert free.width() < 1240 and free.height() < 800 + 40, "a screen smaller than asked"
    assert window.height() < free.height()
    unlock_demo(qtbot, application)
    view = open_first_request(qtbot, window)
    click(qtbot, view.ui.replyButton)
    reply = wait_dialog(qtbot, ReplyDialog)
    assert reply.width() <= free.width() and reply.height() < free.height()
    click(qtbot, reply.ui.closeButton)


def test_importing_twice_registers_nothing_twice_and_says_so(start, qtbot, tmp_path, monkeypatch):
    """File → Import requests…: late rows are flagged, a second import skips what is there."""
    import json

    from tests.factories import request_row

    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "information",
        staticmethod(lambda _parent, _title, text, *a, **k: told.append(text)),
    )
    rows = [
        request_row(court_reference="ICC-01/04-01/06-2001", subject="Bank records"),
        request_row(
            court_reference="ICC-01/04-01/06-2002",
            subject="Late by pouch",
            received_at="2026-11-20T09:00:00",
            court_deadline="2026-11-10",
        ),
    ]
    source = tmp_path / "from the Court.json"
    source.write_text(json.dumps(rows), encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), ""))
    )
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


def test_changing_the_data_key_says_who_loses_access_and_shows_the_new_key_once(
    start, qtbot, tmp_path, monkeypatch
):
    """File → Change the data key…: before, who will no longer unlock and what it cannot
    revoke; a wrong passphrase changes nothing; after, the new recovery key once, and the
    old key and the other user's passphrase no longer open the workspace."""
    from desktop.cli.main import main
    from desktop.gui.rekey_dialog import RekeyDialog
    from desktop.services.workspace import KeyDoesNotFit, Workspace
    from desktop.storage import keys as keymod

    folder = tmp_path / "office"
    application = start("--workspace", str(folder))
    old_key = create_workspace_in_wizard(qtbot, application)
    window = application.window
    register_request(
        qtbot,
        window,
        "Bank records of the accused",
        "Arrest and surrender (art. 89, 91)",
        "Jean Kabila",
    )
    lock_and_check_hidden(qtbot, application, [], "shortcut")
    # A colleague is added from the command line while the window is locked.
    monkeypatch.setenv("COOPDESK_USER", "adiallo")
    monkeypatch.setenv("COOPDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COOPDESK_NEW_PASSPHRASE", "a colleague's own passphrase")
    assert main(["user", "add", "bkone", "--workspace", str(folder)]) == 0
    unlock_with_enter(qtbot, application, PASSPHRASE)

    choose(window, "File", "Change the data key…")
    dialog = wait_dialog(qtbot, RekeyDialog)
    ui = dialog.ui
    assert "bkone" in ui.othersLabel.text() and "added again" in ui.othersLabel.text()
    assert "cannot be revoked" in ui.limitsLabel.text()
    type_into(qtbot, ui.passEdit, "not my passphrase at all")
    click(qtbot, dialog.change_button)
    assert ui.errorLabel.text() and ui.stack.currentWidget() is ui.askPage
    type_into(qtbot, ui.passEdit, PASSPHRASE)
    click(qtbot, dialog.change_button)
    qtbot.waitUntil(lambda: ui.stack.currentWidget() is ui.keyPage, timeout=WAIT_MS)
    new_key = ui.keyLabel.text().replace("\n", "")
    assert len(new_key) == len(old_key) and new_key != old_key
    assert "bkone" in ui.addAgainLabel.text()
    assert "OLD recovery key" in ui.oldBackupsLabel.text()
    assert not dialog.close_button.isEnabled()  # the key must be acknowledged first
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    click(qtbot, ui.keptCheck)
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    # The window carries on under the new key: the register still reads.
    assert application.session.is_unlocked
    qtbot.waitUntil(lambda: window.register_page.model.rowCount() == 1, timeout=WAIT_MS)
    lock_and_check_hidden(qtbot, application, ["Bank records"], "menu")
    unlock_with_enter(qtbot, application, PASSPHRASE)
    # The old recovery key and the colleague's passphrase open nothing any more.
    with pytest.raises(KeyDoesNotFit):
        Workspace.unlock_with_data_key(folder, "adiallo", keymod.parse_recovery_key(old_key))
    monkeypatch.setenv("COOPDESK_USER", "bkone")
    monkeypatch.setenv("COOPDESK_PASSPHRASE", "a colleague's own passphrase")
    assert main(["list", "--workspace", str(folder)]) == 1


def test_an_embassy_and_the_capital_work_on_one_request_through_parcels(
    start, qtbot, tmp_path, answers, monkeypatch
):
    """View → Offices, cards exchanged and verified, File → Send to office…, the capital
    answers (in its own workspace), File → Receive parcel…, the proposed status accepted."""
    from PySide6.QtWidgets import QInputDialog

    from desktop.core.settings import OfficeSettings
    from desktop.services import offices, parcel_receive, parcel_send, register, workflow
    from desktop.services.workspace import Workspace

    asked, chosen = answers
    opened: list[Path] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(opened.pop()), ""))
    )
    picked: list[str] = []

    def pick(_parent, _title, _label, items, *args, **kwargs):
        picked.extend(items)
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    capital, _ = Workspace.create(
        tmp_path / "capital",
        "jmensah",
        PASSPHRASE,
        "J. Mensah",
        OfficeSettings(office_name="Ministry of Justice", place="Testville", country="NL"),
    )
    try:
        application = start("--workspace", str(tmp_path / "embassy"))
        create_workspace_in_wizard(qtbot, application)
        window = application.window
        choose(window, "View", "Offices")
        page = window.ui.tabs.currentWidget()
        assert window.ui.tabs.tabText(window.ui.tabs.currentIndex()) == "Offices"
        assert (
            page.ui.officesEmptyLabel.isVisible()
            and "No office yet" in page.ui.officesEmptyLabel.text()
        )
        own = offices.own_card(application.session.ws)["fingerprint"]
        assert own in page.ui.ownLabel.text()

        # Cards both ways; the capital checks ours on the phone and records it.
        chosen["save"] = tmp_path / "embassy-card.json"
        click(qtbot, page.ui.cardButton)
        offices.add(capital, tmp_path / "embassy-card.json")
        offices.verify(capital, "Embassy of Testland in The Hague")
        offices.write_card(capital, tmp_path / "capital-card.json")
        opened.append(tmp_path / "capital-card.json")
        click(qtbot, page.ui.addButton)
        assert row_texts(page.ui.officesView, 3) == ["Not verified: parcels refused"]
        click_row(qtbot, page.ui.officesView, "Ministry of Justice")
        click(qtbot, page.ui.verifyButton)
        assert offices.own_card(capital)["fingerprint"] in asked["question"][-1]
        assert row_texts(page.ui.officesView, 3)[0].startswith("✔")

        view = register_request(
            qtbot,
            window,
            "Surrender of Ilyan Marsk",
            "Arrest and surrender (art. 89, 91)",
            "Ilyan Marsk",
        )
        show_tab(qtbot, view.ui.detailTabs, "Notes")
        for text, shared in (
            ("Warrant handed to the ministry by hand", True),
            ("Internal: the ambassador wants weekly news", False),
        ):
            type_into(qtbot, view.ui.noteEdit, text)
            if shared:
                click(qtbot, view.ui.shareNoteCheck)
            click(qtbot, view.ui.addNoteButton)
        assert row_texts(view.ui.notesView, 2) == ["✔", ""]
        chosen["save"] = tmp_path / "to-capital.cdparcel"
        choose(window, "File", "Send to office…")
        assert picked == ["Ministry of Justice"]
        assert "Parcel 1 for Ministry of Justice saved" in window.statusBar().currentMessage()

        # In the capital: received, routed, answered, sent back.
        parcel_receive.receive(capital, tmp_path / "to-capital.cdparcel")
        (mirror,) = capital.store.all_requests()
        assert [n["text"] for n in capital.store.notes(mirror.id)] == [
            "Warrant handed to the ministry by hand"
        ]
        step = workflow.route(capital, mirror, "Ministry of the Interior")
        workflow.mark_answered(capital, step, "Person located")
        parcel_send.send(
            capital,
            [register.by_id(capital, mirror.id)],
            "Embassy of Testland in The Hague",
            tmp_path / "back.cdparcel",
        )

        opened.append(tmp_path / "back.cdparcel")
        choose(window, "File", "Receive parcel…")  # opened off the GUI thread
        qtbot.waitUntil(
            lambda: (
                window.statusBar().currentMessage() == "Parcel 1 from Ministry of Justice received."
            ),
            timeout=20_000,
        )
        assert "Ministry of the Interior answered" in asked["question"][-1]
        view = window.open_request(1)
        show_tab(qtbot, view.ui.detailTabs, "Routing")
        assert "Ministry of the Interior" in row_texts(view.ui.routingView)
        assert view.ui.statusLabel.text() == "Received"
        assert (
            "Ministry of Justice proposes In progress (routed)"
            in view.ui.overviewText.toPlainText()
        )

        choose(window, "View", "Offices")
        assert row_texts(page.ui.proposalsView, 2) == ["Status: In progress (routed)"]
        click_row(qtbot, page.ui.proposalsView, "CD-2026-0001")
        click(qtbot, page.ui.acceptButton)
        assert page.ui.proposalsEmptyLabel.isVisible()
        view = window.open_request(1)
        assert view.ui.statusLabel.text().startswith("In progress")

        # The capital's next parcel, dropped on the window from the shared folder.
        from PySide6.QtCore import QMimeData, QPoint, QPointF, QUrl
        from PySide6.QtGui import QDragEnterEvent, QDropEvent

        parcel_send.send(
            capital, [], "Embassy of Testland in The Hague", tmp_path / "receipt.cdparcel"
        )
        dropped = QMimeData()
        dropped.setUrls([QUrl.fromLocalFile(str(tmp_path / "receipt.cdparcel"))])
        enter = QDragEnterEvent(
            QPoint(200, 200),
            Qt.DropAction.CopyAction,
            dropped,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(window, enter)
        assert enter.isAccepted()
        QApplication.sendEvent(
            window,
            QDropEvent(
                QPointF(200, 200),
                Qt.DropAction.CopyAction,
                dropped,
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            ),
        )
        qtbot.waitUntil(
            lambda: (
                window.statusBar().currentMessage() == "Parcel 2 from Ministry of Justice received."
            ),
            timeout=20_000,
        )

        # The embassy hands the lead over: from then on the capital decides.
        view = window.open_request(1)
        chosen["save"] = tmp_path / "lead.cdparcel"
        choose(window, "File", "Hand over the lead…")
        assert (
            "Ministry of Justice decides the status and Court deadline" in (asked["question"][-1])
        )
        assert "Parcel 2 for Ministry of Justice saved" in window.statusBar().currentMessage()
        assert "Ministry of Justice leads it" in view.ui.overviewText.toPlainText()
        show_tab(qtbot, view.ui.detailTabs, "Timeline")
        assert any(
            t.startswith("Lead handed over to Ministry of Justice in parcel 2")
            for t in row_texts(view.ui.timelineView, 2)
        )
        got = parcel_receive.receive(capital, tmp_path / "lead.cdparcel")
        assert any("hands the lead over" in c for c in got.changes)
        assert offices.origin(capital, mirror.id) is None
    finally:
        capital.close()


def ok(qtbot, dialog) -> None:
    click(qtbot, dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok))


def test_rule_188_runs_from_the_arrest_and_ends_with_the_full_request(start, qtbot, tmp_path):
    """Request tab: Review… a standing provisional arrest, Arrest… starts Rule 188, Link…
    the full request ends it on both tabs, Unlink… undoes it."""
    from desktop.gui.clock_dialogs import ArrestDialog, ReviewDialog
    from desktop.gui.link_dialogs import LinkDialog, UnlinkDialog

    application = start("--workspace", str(tmp_path / "office"))
    create_workspace_in_wizard(qtbot, application)
    window = application.window
    provisional = register_request(
        qtbot,
        window,
        "Provisional arrest of Ilyan Marsk",
        "Provisional arrest (art. 92)",
        "Ilyan Marsk",
        deadline=None,
        received_days_ago=20,
    )
    # Not yet arrested: no 60-day clock but a review every 14 days, come by now.
    assert provisional.ui.bannerLabel.text().startswith("Review due since")
    assert "no Rule 188 clock until the arrest" in provisional.ui.bannerLabel.text()
    assert not provisional.ui.unlinkButton.isVisible()
    shortcut(qtbot, window, "Ctrl+2")  # Deadlines: listed among the reviews due
    reviews = window.dashboard_page.ui.reviewsView
    qtbot.waitUntil(
        lambda: any(
            "Provisional arrest of Ilyan Marsk" in text
            for column in range(reviews.model().columnCount())
            for text in row_texts(reviews, column)
        ),
        timeout=WAIT_MS,
    )
    show_tab(qtbot, window.ui.tabs, provisional.record.registry_no)

    click(qtbot, provisional.ui.reviewButton)
    review = wait_dialog(qtbot, ReviewDialog)
    type_into(qtbot, review.ui.noteEdit, "Still at large")
    ok(qtbot, review)
    qtbot.waitUntil(lambda: not review.isVisible(), timeout=WAIT_MS)
    assert provisional.ui.bannerLabel.text().startswith("Standing request: next review")
    assert "last reviewed" in provisional.ui.bannerLabel.text()
    assert "Last reviewed" in provisional.ui.overviewText.toPlainText()
    assert "Next review" in provisional.ui.overviewText.toPlainText()

    click(qtbot, provisional.ui.arrestButton)
    arrest = wait_dialog(qtbot, ArrestDialog)
    assert "Rule 188" in arrest.ui.introLabel.text()
    arrest.ui.dateEdit.setDate(QDate.currentDate().addDays(-10))
    ok(qtbot, arrest)
    qtbot.waitUntil(lambda: not arrest.isVisible(), timeout=WAIT_MS)
    banner = provisional.ui.bannerLabel.text()
    assert (
        "(50 days left)" in banner and "Rule 188: 60 days from the provisional arrest" in banner
    ), banner
    assert not provisional.ui.reviewButton.isVisible()  # a date runs: nothing to review
    assert "Arrested on" in provisional.ui.overviewText.toPlainText()
    show_tab(qtbot, provisional.ui.detailTabs, "Timeline")
    timeline = row_texts(provisional.ui.timelineView, column=2)
    assert any(t.startswith("Provisional arrest recorded on") for t in timeline), timeline
    assert any(t.startswith("Standing request reviewed on") for t in timeline), timeline
    show_tab(qtbot, provisional.ui.detailTabs, "Overview")

    full = register_request(
        qtbot,
        window,
        "Surrender of Ilyan Marsk",
        "Arrest and surrender (art. 89, 91)",
        "Ilyan Marsk",
        reference="ICC-01/22-05/26-18",
        deadline=None,
    )
    full_no = full.record.registry_no
    show_tab(qtbot, window.ui.tabs, provisional.record.registry_no)

    click(qtbot, provisional.ui.linkButton)
    link = wait_dialog(qtbot, LinkDialog)
    ok(qtbot, link)  # nothing typed: told what to type, the dialog stays
    assert "registry number or Court reference" in link.ui.errorLabel.text()
    assert link.isVisible()
    type_into(qtbot, link.ui.otherEdit, "ICC-01/22-05/26-18")
    assert link.ui.otherHint.text().startswith(f"{full_no} — Arrest and surrender")
    link.ui.relationCombo.setCurrentIndex(
        link.ui.relationCombo.findText("the provisional arrest followed by the full request")
    )
    ok(qtbot, link)
    qtbot.waitUntil(lambda: not link.isVisible(), timeout=WAIT_MS)
    assert "Rule 188 watch ended" in provisional.ui.bannerLabel.text()
    assert "Watch ended" in provisional.ui.overviewText.toPlainText()
    overview = provisional.ui.overviewText.toPlainText()
    assert f"Provisional arrest followed by the full request\n{full_no}" in overview
    assert "Full request after the provisional arrest" in full.ui.overviewText.toPlainText()

    show_tab(qtbot, window.ui.tabs, full_no)
    click(qtbot, full.ui.unlinkButton)
    unlink = wait_dialog(qtbot, UnlinkDialog)
    assert unlink.ui.otherCombo.currentText().startswith(provisional.record.registry_no)
    ok(qtbot, unlink)
    qtbot.waitUntil(lambda: not unlink.isVisible(), timeout=WAIT_MS)
    assert not full.ui.unlinkButton.isVisible()
    assert "Linked requests" not in full.ui.overviewText.toPlainText()
    assert "(50 days left)" in provisional.ui.bannerLabel.text()  # Rule 188 runs again
    show_tab(qtbot, full.ui.detailTabs, "Timeline")
    timeline = row_texts(full.ui.timelineView, column=2)
    assert any(t.startswith("Link with") and "removed" in t for t in timeline), timeline


def test_register_filters_by_organ_situation_and_review_due(start, qtbot):
    """The register narrows to one requesting organ, to the words of a situation, and to
    the standing requests whose periodic review has come; Clear filters brings all back."""
    from desktop.core.vocabulary import KIND_LABELS, ORGAN_LABELS, Kind, Organ

    application = start("--demo")
    window = application.window
    unlock_demo(qtbot, application)
    register = window.register_page
    view = register.ui.registerView
    qtbot.waitUntil(lambda: register.model.rowCount() > 0, timeout=WAIT_MS)
    click(qtbot, register.ui.clearButton)  # every status
    everything = register.model.rowCount()
    kinds = _column(register, "kind")

    organ = register.ui.organCombo
    organ.setCurrentIndex(organ.findText(ORGAN_LABELS[Organ.DEFENCE]))
    qtbot.waitUntil(lambda: register.model.rowCount() < everything, timeout=WAIT_MS)
    assert set(row_texts(view, kinds)) == {KIND_LABELS[Kind.DEFENCE_REQUEST]}
    click(qtbot, register.ui.clearButton)
    qtbot.waitUntil(lambda: register.model.rowCount() == everything, timeout=WAIT_MS)

    type_into(qtbot, register.ui.situationEdit, "estaria")
    qtbot.waitUntil(lambda: 0 < register.model.rowCount() < everything, timeout=WAIT_MS)
    request = open_first_request(qtbot, window)
    assert "Situation in Northern Estaria" in request.ui.overviewText.toPlainText()
    window.ui.tabs.setCurrentWidget(register)
    type_into(qtbot, register.ui.situationEdit, "Atlantis")
    qtbot.waitUntil(lambda: register.model.rowCount() == 0, timeout=WAIT_MS)
    assert register.ui.emptyLabel.text() == "No request matches these filters."
    click(qtbot, register.ui.clearButton)
    qtbot.waitUntil(lambda: register.model.rowCount() == everything, timeout=WAIT_MS)

    # A warrant without a Court deadline received 100 days ago: its 90-day review has come.
    register_request(
        qtbot,
        window,
        "Arrest and surrender of Ilyan Marsk",
        "Arrest and surrender (art. 89, 91)",
        "Ilyan Marsk",
        reference="ICC-01/22-05/26-99",
        deadline=None,
        received_days_ago=100,
    )
    window.ui.tabs.setCurrentWidget(register)
    click(qtbot, register.ui.reviewButton)
    qtbot.waitUntil(
        lambda: (
            "Arrest and surrender of Ilyan Marsk" in row_texts(view, _column(register, "subject"))
        ),
        timeout=WAIT_MS,
    )
    assert set(row_texts(view, kinds)) <= {
        KIND_LABELS[Kind.ARREST_SURRENDER],
        KIND_LABELS[Kind.PROVISIONAL_ARREST],
    }
    assert register.model.rowCount() < everything


def test_calendars_in_settings_then_the_deadlines_in_the_users_calendar(
    start, qtbot, tmp_path, answers
):
    """Tools → Settings… → Calendars: a State that works Sunday to Thursday, whose embassy
    in The Hague also closes on Dutch holidays; the request's explanations then name the
    embassy's calendar. A request's Add to calendar… and File → Export to calendar… write
    .ics files with the due dates and none of the subjects the register shows."""
    from icalendar import Calendar

    from desktop.gui.settings_dialog import SettingsDialog

    _asked, chosen = answers
    application = start("--demo")
    window = application.window
    unlock_demo(qtbot, application)
    register = window.register_page
    qtbot.waitUntil(lambda: register.model.rowCount() > 0, timeout=WAIT_MS)
    subjects = [
        s for s in row_texts(register.ui.registerView, column=_column(register, "subject")) if s
    ]

    choose(window, "Tools", "Settings…")
    settings = wait_dialog(qtbot, SettingsDialog)
    show_tab(qtbot, settings.ui.tabs, "Calendars")
    ui = settings.ui
    assert ui.countryCombo.isVisible() and ui.hostCombo.isVisible()
    ui.countryCombo.setCurrentIndex(ui.countryCombo.findData("DE"))
    assert ui.subdivisionCombo.isEnabled()  # Germany's Länder keep holidays of their own
    ui.countryCombo.setCurrentIndex(ui.countryCombo.findData("JO"))
    assert not ui.subdivisionCombo.isEnabled()
    summary = ui.calendarsSummaryLabel.text()
    assert "Working week: Sunday–Thursday (weekend: Friday and Saturday)." in summary
    assert "Acknowledgement, internal margin and checklists: JO holidays." in summary
    ui.hostCombo.setCurrentIndex(ui.hostCombo.findData("NL"))
    summary = ui.calendarsSummaryLabel.text()
    assert "Routing due dates of the national authorities: JO holidays." in summary
    assert "Acknowledgement, internal margin and checklists: NL and JO holidays." in summary
    click(qtbot, ui.buttonBox.button(ui.buttonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: not settings.isVisible(), timeout=WAIT_MS)

    view = open_first_request(qtbot, window)
    qtbot.waitUntil(
        lambda: (
            "of the Embassy in The Hague (NL and JO holidays)" in view.ui.overviewText.toPlainText()
        ),
        timeout=WAIT_MS,
    )

    chosen["save"] = tmp_path / "one.ics"
    click(qtbot, view.ui.calendarButton)
    qtbot.waitUntil(lambda: (tmp_path / "one.ics").exists(), timeout=WAIT_MS)
    events = Calendar.from_ical((tmp_path / "one.ics").read_bytes()).walk("VEVENT")
    assert events and all(str(e["SUMMARY"]).startswith(view.record.registry_no) for e in events)
    assert window.statusBar().currentMessage() == (
        "Due dates saved to one.ics: open it with your calendar."
    )

    chosen["save"] = tmp_path / "deadlines.ics"
    choose(window, "File", "Export to calendar…")
    qtbot.waitUntil(
        lambda: (
            window.statusBar()
            .currentMessage()
            .startswith(
                f"Due dates written to {tmp_path / 'deadlines.ics'}: registry numbers, kinds"
            )
        ),
        timeout=WAIT_MS,
    )
    raw = (tmp_path / "deadlines.ics").read_text(encoding="utf-8")
    events = Calendar.from_ical(raw).walk("VEVENT")
    assert len({str(e["UID"]) for e in events}) == len(events) > len(subjects)
    unfolded = raw.replace("\r\n ", "")
    leaked = [s for s in subjects if s in unfolded]
    assert leaked == []

    choose(window, "Tools", "Settings…")
    settings = wait_dialog(qtbot, SettingsDialog)
    assert (settings.ui.countryCombo.currentData(), settings.ui.hostCombo.currentData()) == (
        "JO",
        "NL",
    )
    click(qtbot, settings.ui.buttonBox.button(settings.ui.buttonBox.StandardButton.Cancel))


def test_setting_the_working_week_by_hand(start, qtbot):
    """Tools → Settings… → Calendars: the Netherlands' week is Monday to Friday, shown in
    boxes that cannot be changed; "Set by hand:" frees them, the user unticks Friday and
    ticks Sunday, and the request's internal due date is counted in that week, its
    explanation naming it. Settings remember the week; going back to the State's
    restores Monday to Friday."""
    from datetime import timedelta

    import holidays

    from desktop.gui.settings_dialog import SettingsDialog

    application = start("--demo")
    window = application.window
    unlock_demo(qtbot, application)

    def open_calendars() -> SettingsDialog:
        choose(window, "Tools", "Settings…")
        dialog = wait_dialog(qtbot, SettingsDialog)
        show_tab(qtbot, dialog.ui.tabs, "Calendars")
        return dialog

    def ok(dialog: SettingsDialog) -> None:
        click(qtbot, dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok))
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    settings = open_calendars()
    ui = settings.ui
    ui.countryCombo.setCurrentIndex(ui.countryCombo.findData("NL"))
    days = (ui.mondayCheck, ui.tuesdayCheck, ui.wednesdayCheck, ui.thursdayCheck)
    friday, saturday, sunday = ui.fridayCheck, ui.saturdayCheck, ui.sundayCheck
    assert ui.weekCombo.currentText() == "The State's: Monday–Friday"
    assert [b.isChecked() for b in (*days, friday, saturday, sunday)] == [True] * 5 + [False] * 2
    assert not friday.isEnabled()
    ui.weekCombo.setCurrentIndex(ui.weekCombo.findText("Set by hand:"))
    assert friday.isEnabled() and friday.isVisible()
    click(qtbot, friday)
    click(qtbot, sunday)
    assert ui.calendarsSummaryLabel.text().splitlines()[0] == (
        "Working week: Sunday–Thursday (weekend: Friday and Saturday). Set by hand."
    )
    ok(settings)

    view = open_first_request(qtbot, window)
    qtbot.waitUntil(
        lambda: "(Sunday–Thursday week)" in view.ui.overviewText.toPlainText(), timeout=WAIT_MS
    )
    record = view.record
    nl = holidays.country_holidays("NL")
    day, left = record.due_on, 5
    while left:  # five working days back in a Sunday-to-Thursday week
        day -= timedelta(days=1)
        left -= day.weekday() not in (4, 5) and day not in nl
    assert record.internal_due_on == max(day, record.received_at.date())

    settings = open_calendars()
    ui = settings.ui
    assert ui.weekCombo.currentText() == "Set by hand:"
    assert [b.isChecked() for b in (ui.fridayCheck, ui.saturdayCheck, ui.sundayCheck)] == [
        False,
        False,
        True,
    ]
    ui.weekCombo.setCurrentIndex(0)
    assert not ui.sundayCheck.isChecked() and ui.fridayCheck.isChecked()
    ok(settings)
    qtbot.waitUntil(
        lambda: "(Sunday–Thursday week)" not in view.ui.overviewText.toPlainText(),
        timeout=WAIT_MS,
    )


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


def test_the_capital_sees_what_each_embassy_leads(start, qtbot, tmp_path):
    """Deadlines: one row per office leading open requests here; double-click it and the
    register shows only that office's requests, its filter set to the office."""
    from desktop.core.settings import OfficeSettings
    from desktop.services import parcel_receive, parcel_send
    from desktop.services.workspace import Workspace
    from tests.factories import new_request
    from tests.test_parcels import introduce

    made = [
        Workspace.create(
            tmp_path / folder,
            "alice",
            PASSPHRASE,
            "Alice",
            OfficeSettings(office_name=name, country="NL"),
        )[0]
        for folder, name in (
            ("capital", "Ministry of Justice"),
            ("hague", "Embassy in The Hague"),
            ("nairobi", "Embassy in Nairobi"),
        )
    ]
    capital, hague, nairobi = made
    try:
        for embassy, deadlines in (
            (hague, ["2026-12-15", "2027-01-20"]),
            (nairobi, ["2026-12-01"]),
        ):
            introduce(embassy, capital, tmp_path)
            records = [
                new_request(
                    embassy, court_reference=f"ICC-{embassy.folder.name}-{n}", court_deadline=d
                )
                for n, d in enumerate(deadlines)
            ]
            parcel = tmp_path / f"{embassy.folder.name}.cdparcel"
            parcel_send.send(embassy, records, "Ministry of Justice", parcel)
            parcel_receive.receive(capital, parcel)
        new_request(capital, court_reference="ICC-capital-own")
    finally:
        for ws in made:
            ws.close()

    application = start("--workspace", str(tmp_path / "capital"))
    unlock_with_enter(qtbot, application, PASSPHRASE)
    window = application.window
    board = show_tab(qtbot, window.ui.tabs, "Deadlines")
    offices_view = board.ui.officesView
    qtbot.waitUntil(lambda: board.ui.officesBox.isVisible(), timeout=WAIT_MS)
    assert board.ui.officesBox.title() == "Requests other offices lead (2)"
    assert row_texts(offices_view) == ["Embassy in Nairobi", "Embassy in The Hague"]
    assert row_texts(offices_view, 1) == ["1", "2"]
    assert row_texts(offices_view, 3) == ["01/12/2026", "15/12/2026"]

    index = click_row(qtbot, offices_view, "Embassy in The Hague")
    where = offices_view.visualRect(index).center()
    qtbot.mouseDClick(offices_view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    register = window.register_page
    assert window.ui.tabs.currentWidget() is register
    assert register.ui.officeCombo.currentText() == "Led by Embassy in The Hague"
    qtbot.waitUntil(lambda: register.model.rowCount() == 2, timeout=WAIT_MS)
    column = _column(register, "court_reference")
    assert sorted(row_texts(register.ui.registerView, column)) == ["ICC-hague-0", "ICC-hague-1"]

    # The same filter, chosen by hand in the register.
    register.ui.officeCombo.setCurrentIndex(register.ui.officeCombo.findText("Any lead office"))
    qtbot.waitUntil(lambda: register.model.rowCount() == 4, timeout=WAIT_MS)
    register.ui.officeCombo.setCurrentIndex(
        register.ui.officeCombo.findText("Led by Embassy in Nairobi")
    )
    qtbot.waitUntil(lambda: register.model.rowCount() == 1, timeout=WAIT_MS)
    assert row_texts(register.ui.registerView, column) == ["ICC-nairobi-0"]


def test_a_parcel_in_the_watched_folder_is_offered_and_received(
    start, qtbot, tmp_path, monkeypatch
):
    """Settings → Watched folder for parcels; the capital's parcel copied there is offered,
    previewed and applied; a parcel for another office and other files are left alone, and
    every file stays in the folder."""
    from desktop.core.settings import OfficeSettings
    from desktop.gui.settings_dialog import SettingsDialog
    from desktop.services import parcel_send
    from desktop.services.workspace import Workspace
    from tests.factories import new_request
    from tests.test_parcels import introduce

    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    made = [
        Workspace.create(
            tmp_path / folder,
            "alice",
            PASSPHRASE,
            "Alice",
            OfficeSettings(office_name=name, country="NL"),
        )[0]
        for folder, name in (
            ("embassy", "Embassy in The Hague"),
            ("capital", "Ministry of Justice"),
            ("nairobi", "Embassy in Nairobi"),
        )
    ]
    embassy, capital, nairobi = made
    shared = tmp_path / "shared"
    shared.mkdir()
    try:
        introduce(embassy, capital, tmp_path)
        introduce(nairobi, capital, tmp_path)
        for_nairobi = shared / "for-nairobi.cdparcel"
        parcel_send.send(capital, [new_request(capital)], "Embassy in Nairobi", for_nairobi)
        (shared / "minutes.docx").write_bytes(b"not a parcel")
        ours = parcel_send.send(
            capital,
            [new_request(capital, court_reference="ICC-WATCHED-1")],
            "Embassy in The Hague",
            tmp_path / "outbox.cdparcel",
        )
    finally:
        for ws in made:
            ws.close()

    application = start("--workspace", str(tmp_path / "embassy"))
    unlock_with_enter(qtbot, application, PASSPHRASE)
    window = application.window
    choose(window, "Tools", "Settings…")
    settings = wait_dialog(qtbot, SettingsDialog)
    show_tab(qtbot, settings.ui.tabs, "General")
    type_into(qtbot, settings.ui.parcelFolderEdit, str(tmp_path / "no such folder"))
    ok(qtbot, settings)
    assert "does not exist" in settings.ui.errorLabel.text()
    settings.ui.parcelFolderEdit.clear()
    type_into(qtbot, settings.ui.parcelFolderEdit, str(shared))
    ok(qtbot, settings)
    qtbot.waitUntil(lambda: not settings.isVisible(), timeout=WAIT_MS)
    assert application.session.ws.settings.parcel_folder == str(shared)

    # The capital's parcel lands in the shared folder (copied by whoever carries it).
    (shared / "from-capital.cdparcel").write_bytes((tmp_path / "outbox.cdparcel").read_bytes())
    qtbot.waitUntil(
        lambda: (
            window.statusBar().currentMessage()
            == f"Parcel {ours.seq} from Ministry of Justice received."
        ),
        timeout=WAIT_MS,
    )
    assert asked[0] == (
        "A parcel for this office is in the watched folder:\nfrom-capital.cdparcel\n\n"
        "Receive it now? The file stays in the folder."
    )
    assert asked[1].startswith("This parcel will change:")
    assert not any("for-nairobi" in text for text in asked)
    qtbot.waitUntil(lambda: window.register_page.model.rowCount() == 1, timeout=WAIT_MS)
    assert sorted(p.name for p in shared.iterdir()) == [
        "for-nairobi.cdparcel",
        "from-capital.cdparcel",
        "minutes.docx",
    ]


def test_statistics_of_the_requests_another_office_leads(start, qtbot, tmp_path):
    """The capital's Statistics page (Ctrl+4) shows every request, then, with the Office
    filter set to the embassy, only the two it received in the embassy's parcel; a bar
    then lists only those."""
    from datetime import date, timedelta

    from desktop.core.settings import OfficeSettings
    from desktop.gui.statistics_page import StatisticsPage
    from desktop.services import offices, parcel_receive, parcel_send, register
    from desktop.services.workspace import Workspace
    from tests.factories import new_request
    from tests.test_gui_statistics import click_bar

    made = {}
    for folder, name in (("embassy", "Embassy of Testland"), ("capital", "Ministry of Justice")):
        made[folder], _ = Workspace.create(
            tmp_path / folder,
            "alice",
            PASSPHRASE,
            "Alice",
            OfficeSettings(office_name=name, place="Testville", country="NL"),
        )
    embassy, capital = made["embassy"], made["capital"]
    try:
        for me, other in ((embassy, capital), (capital, embassy)):
            offices.write_card(me, tmp_path / f"{me.folder.name}.card")
            offices.verify(other, offices.add(other, tmp_path / f"{me.folder.name}.card")["name"])
        week_ago = (date.today() - timedelta(days=7)).isoformat()
        sent = [
            new_request(
                embassy,
                received_at=f"{week_ago}T09:00:00",
                kind="emergency_visa",
                assistance_types=[],
                court_reference=f"ICC-01/22-V{n}",
                subject=f"Visa for witness P-10{n}",
                court_deadline=None,
            )
            for n in (1, 2)
        ]
        parcel_send.send(embassy, sent, "Ministry of Justice", tmp_path / "1.cdparcel")
        parcel_receive.receive(capital, tmp_path / "1.cdparcel")
        new_request(
            capital,
            received_at=f"{week_ago}T10:00:00",
            court_reference="ICC-02/05-01/09-77",
            subject="Bank records of Orlan Vesk",
            court_deadline=None,
        )
        mirrored = {register.get(capital, f"ICC-01/22-V{n}").registry_no for n in (1, 2)}
    finally:
        embassy.close()
        capital.close()

    application = start("--workspace", str(tmp_path / "capital"))
    window = application.window
    unlock = wait_dialog(qtbot, UnlockDialog)
    type_into(qtbot, unlock.ui.passphraseEdit, PASSPHRASE)
    qtbot.keyClick(unlock.ui.passphraseEdit, Qt.Key.Key_Return)
    register_filled(qtbot, application)
    shortcut(qtbot, window, "Ctrl+4")
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, StatisticsPage)
    assert page.ui.summaryLabel.text().startswith("3 received")
    office = page.ui.officeCombo
    assert office.isVisible() and page.ui.officeLabel.text() == "Offi&ce:"
    assert [office.itemText(i) for i in range(office.count())] == [
        "All offices",
        "Embassy of Testland",
    ]
    office.setCurrentIndex(office.findText("Embassy of Testland"))
    assert page.ui.summaryLabel.text().startswith("2 received")
    assert page.charts["kind"].values() == [2.0]
    click_bar(qtbot, page.charts["kind"], 0)
    assert set(row_texts(page.ui.behindView)) == mirrored
    office.setCurrentIndex(office.findText("All offices"))
    assert page.ui.summaryLabel.text().startswith("3 received")


def test_ctrl_l_locks_from_a_message_box_waiting_for_an_answer(start, qtbot):
    """A message box waits in an event loop of its own and blocks the window under it:
    Ctrl+L typed in it still locks, and the lock screen hides it."""
    from PySide6.QtCore import QTimer

    application = start("--demo")
    window = application.window
    unlock_demo(qtbot, application)
    answered: list[bool] = []

    def when_the_box_is_up() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, when_the_box_is_up)
            return
        assert box.windowTitle() == "Check the workspace"
        shortcut(qtbot, window, "Ctrl+L")
        answered.append(application.session.is_unlocked)
        if box.isVisible():  # the lock put it away; otherwise end the test cleanly
            box.close()

    QTimer.singleShot(0, when_the_box_is_up)
    with qtbot.waitSignal(application.session.locked, timeout=WAIT_MS):
        choose(window, "File", "Check the workspace")
    qtbot.waitUntil(lambda: bool(answered), timeout=WAIT_MS)
    assert answered == [False]
    assert window.ui.stack.currentWidget() is window.ui.lockedPage
    assert not any(isinstance(d, QMessageBox) and d.isVisible() for d in visible_dialogs())
