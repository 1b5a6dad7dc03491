"""The French catalogue: complete, in step with the sources, and really used by the windows.

When one of these tests fails after a GUI change, run

    .venv/bin/python -m tools.catalogue update

translate what `python -m tools.catalogue check` lists in
resources/translations/coopdesk_fr.ts (Qt Linguist: .venv/bin/pyside6-linguist), and run
the tests again.
"""

from __future__ import annotations

import os
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QTranslator
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from desktop.gui import formats, i18n
from desktop.gui.forms import forms_dir
from tools import catalogue

UPDATE = "run: .venv/bin/python -m tools.catalogue update, then translate the new entries"


@pytest.fixture
def isolated_settings(isolated_qt):
    """The shared isolation (conftest), under the name these tests use."""


# -- the catalogue ---------------------------------------------------------------------------


def test_catalogue_is_in_step_with_the_sources(tmp_path):
    """lupdate on a copy finds no new text and drops none: the .ts is up to date."""
    committed = i18n.ts_path()
    shutil.copy(committed, tmp_path / committed.name)
    catalogue.update(directory=tmp_path)
    before = {m.key: m.translation for m in catalogue.read_catalogue(committed)}
    after = {m.key: m.translation for m in catalogue.read_catalogue(tmp_path / committed.name)}
    new = sorted(set(after) - set(before))
    gone = sorted(set(before) - set(after))
    assert not new, f"texts not in the catalogue yet ({UPDATE}): {new}"
    assert not gone, f"entries whose text is gone from the sources ({UPDATE}): {gone}"
    assert after == before


def test_every_entry_has_a_french_translation():
    problems = catalogue.problems(catalogue.read_catalogue(i18n.ts_path()))
    assert not problems, "\n".join(problems)


def test_no_text_is_hidden_from_lupdate():
    """A tr() of a variable, or of a literal inside an f-string, never reaches the .ts."""
    hidden = catalogue.dynamic_calls()
    assert not hidden, (
        "lupdate cannot see these texts: pass a literal to tr(), or add the "
        "table to desktop.gui.catalogue.core_messages():\n" + "\n".join(hidden)
    )


def test_core_vocabularies_are_in_the_labels_context():
    from desktop.core.statuses import GROUNDS, STATUS_LABELS
    from desktop.core.vocabulary import ASSISTANCE_TYPES, KIND_LABELS

    labels = {m.source for m in catalogue.read_catalogue(i18n.ts_path()) if m.context == "labels"}
    expected = {
        *STATUS_LABELS.values(),
        *KIND_LABELS.values(),
        *ASSISTANCE_TYPES.values(),
        *(g.label for grounds in GROUNDS.values() for g in grounds),
    }
    assert expected <= labels


def test_problems_catches_lost_placeholders_accelerators_and_unfinished():
    m = catalogue.Message
    found = catalogue.problems(
        [
            m("A", "Due {0} ({1} days left).", "Échéance au {0}.", ""),
            m("A", "&File", "Fichier", ""),
            m("A", "&Edit…", "&Modifier", ""),
            m("A", "Save", "", "unfinished"),
            m("A", "Open", "Ouvrir", "unfinished"),
            m("A", "Gone", "Parti", "vanished"),
            m("A", "<b>Bold</b>", "Gras", ""),
            m("A", "R&&D", "R&&D", ""),
        ]
    )
    assert len(found) == 7, found
    assert catalogue.accelerators("Tom && Jerry") == 0
    assert catalogue.accelerators("&Fichier") == 1


def test_update_is_idempotent_and_suggests_translations(tmp_path):
    root = tmp_path / "project"
    (root / "desktop" / "gui").mkdir(parents=True)
    (root / "forms").mkdir()
    view = root / "desktop" / "gui" / "view.py"
    view.write_text(
        'class View:\n    def f(self):\n        self.tr("Remove the selected '
        'contact person")\n        self.tr("Subject")\n',
        encoding="utf-8",
    )
    out = tmp_path / "ts"
    ts = catalogue.update(directory=out, root=root)[0]
    text = ts.read_text(encoding="utf-8")
    for english, french in (
        ("Remove the selected contact person", "Supprimer la personne à contacter sélectionnée"),
        ("Subject", "Objet"),
    ):
        text = text.replace(
            f'<source>{english}</source>\n        <translation type="unfinished"></translation>',
            f"<source>{english}</source>\n        <translation>{french}</translation>",
        )
    ts.write_text(text, encoding="utf-8")
    # Reworded in one class, reused in another: both come back as suggestions to confirm.
    view.write_text(
        'class View:\n    def f(self):\n        self.tr("Remove the selected '
        'contact person.")\n        self.tr("Subject")\n\n\nclass Other:\n'
        '    def g(self):\n        self.tr("Subject")\n'
        '        self.tr("Subject", "of a letter")\n',
        encoding="utf-8",
    )
    catalogue.update(directory=out, root=root)
    entries = {(m.context, m.source): m for m in catalogue.read_catalogue(ts)}
    assert ("View", "Remove the selected contact person") not in entries
    reworded = entries["View", "Remove the selected contact person."]
    assert (reworded.translation, reworded.state) == (
        "Supprimer la personne à contacter sélectionnée",
        "unfinished",
    )
    reused = entries["Other", "Subject"]
    assert (reused.translation, reused.state) == ("Objet", "unfinished")
    assert entries["View", "Subject"].state == ""
    disambiguated = [m for m in catalogue.read_catalogue(ts) if m.comment == "of a letter"]
    assert [m.state for m in disambiguated] == ["unfinished"]  # to be looked at
    once = ts.read_bytes()
    catalogue.update(directory=out, root=root)
    assert ts.read_bytes() == once
    assert catalogue.accept_suggestions(ts) == 3
    assert not [m for m in catalogue.read_catalogue(ts) if m.state and m.translation]


# -- compiling and loading ------------------------------------------------------------------


def _translates(qm: Path) -> str:
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator.translate("MainWindow", "&File")


def test_qm_is_compiled_into_the_cache_when_there_is_none(tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "cache_dir", lambda: tmp_path / "cache")
    shutil.copy(i18n.ts_path(), tmp_path)
    qm = i18n.qm_path("fr", tmp_path)
    assert qm is not None and qm.parent == tmp_path / "cache"
    assert _translates(qm) == "&Fichier"
    assert i18n.qm_path("fr", tmp_path) == qm  # compiled once


def test_prebuilt_qm_is_used_unless_older_than_the_ts(tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "cache_dir", lambda: tmp_path / "cache")
    ts = Path(shutil.copy(i18n.ts_path(), tmp_path))
    prebuilt = i18n.release(ts, ts.with_suffix(".qm"))
    os.utime(ts, (1_000_000, 1_000_000))
    os.utime(prebuilt, (2_000_000, 2_000_000))
    assert i18n.qm_path("fr", tmp_path) == prebuilt
    os.utime(ts, (3_000_000, 3_000_000))  # the .ts was edited after the build
    cached = i18n.qm_path("fr", tmp_path)
    assert cached is not None and cached.parent == tmp_path / "cache"
    assert i18n.qm_path("xx", tmp_path) is None


# -- choosing the language -----------------------------------------------------------------


def test_language_choice_is_kept_in_qsettings(isolated_settings):
    assert i18n.saved_language() == ""
    i18n.save_language("fr")
    assert i18n.saved_language() == "fr"
    assert QSettings().value("ui/language") == "fr"
    i18n.save_language("klingon")
    assert i18n.saved_language() == ""


def test_the_same_language_is_not_written_again(isolated_settings):
    # Every unlock saves the workspace's language; rewriting the settings file each time
    # flushed it to disk on the GUI thread.
    i18n.save_language("fr")
    QSettings().sync()
    kept = os.stat(QSettings().fileName())
    i18n.save_language("fr")
    QSettings().sync()
    again = os.stat(QSettings().fileName())
    assert (again.st_ino, again.st_mtime_ns) == (kept.st_ino, kept.st_mtime_ns)
    i18n.save_language("en")
    assert i18n.saved_language() == "en"


def test_a_new_language_applies_at_the_next_start(qapp, isolated_settings, monkeypatch):
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(i18n, "_current", "en")
    assert i18n.language_saved(None, "fr")  # says so in a message box
    assert i18n.saved_language() == "fr"
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "languageChangedBox" and w.isVisible()
    ]
    assert len(boxes) == 1
    boxes[0].close()
    assert not i18n.language_saved(None, "en")  # the language shown: nothing to say
    assert i18n.saved_language() == "en"


def test_resolve_language_follows_the_system_by_default():
    assert i18n.resolve_language("fr") == "fr"
    assert i18n.resolve_language("fr_BE") == "fr"
    assert i18n.resolve_language("en") == "en"
    assert i18n.resolve_language("") == i18n.system_language()
    assert i18n.resolve_language("de") in i18n.LANGUAGES


# -- formats ---------------------------------------------------------------------------------


@pytest.fixture
def locale():
    previous = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(previous)


def test_dates_numbers_and_lists_follow_the_locale(locale):
    locale("fr_FR")
    assert formats.format_date(date(2026, 11, 5)) == "05/11/2026"
    assert formats.format_date("2026-11-05", medium=True) == "5 nov. 2026"
    assert formats.format_datetime(datetime(2026, 11, 5, 9, 30)) == "05/11/2026 09:30"
    assert formats.format_number(12345.5, 2) == "12\u202f345,50"
    assert formats.format_money(123456, "EUR") == "1\u202f234,56 EUR"
    assert formats.format_list(["a", "b", "c"]) == "a, b et c"
    assert formats.format_size(2048) == "2,00 Kio"
    locale("en_US")
    assert formats.format_date(date(2026, 11, 5)) == "11/5/2026"  # four-digit year
    assert formats.format_date(date(2026, 11, 5), medium=True) == "Nov 5, 2026"
    locale("en_GB")
    assert formats.format_number(12345) == "12,345"
    assert formats.format_date(None) == "" and formats.format_date("not a date") == "not a date"
    locale("C")
    assert formats.format_date(date(2026, 11, 5)) == "2026-11-05"


# -- the windows in French -------------------------------------------------------------------


def _page(widget: QWidget) -> QWidget | None:
    """The tab page a widget is on (only one page's shortcuts are live at a time)."""
    while widget is not None:
        parent = widget.parentWidget()
        if parent is not None and isinstance(parent.parentWidget(), QTabWidget):
            return widget
        widget = parent
    return None


def _accelerator_clashes(form: QWidget) -> int:
    """How many &-letters of one form's labels, buttons and tabs are used twice.

    Widgets on different tab pages of one QTabWidget are never visible together, so each
    page is counted with what is outside every page (the tab titles among it).
    """
    groups: dict[QWidget | None, list[str]] = {None: []}
    for widget in form.findChildren(QLabel) + form.findChildren(QAbstractButton):
        groups.setdefault(_page(widget), []).append(widget.text())
    for box in form.findChildren(QGroupBox):
        groups.setdefault(_page(box), []).append(box.title())
    for tabs in form.findChildren(QTabWidget):
        groups.setdefault(_page(tabs), []).extend(tabs.tabText(i) for i in range(tabs.count()))

    def letters(texts: list[str]) -> list[str]:
        return [t[t.index("&") + 1].lower() for t in texts if catalogue.accelerators(t) == 1]

    outside = letters(groups.pop(None))
    scopes = [outside + letters(texts) for texts in groups.values()] or [outside]
    return sum(len(scope) - len(set(scope)) for scope in scopes)


def _load(name: str) -> QWidget:
    loader = QUiLoader()
    widget = loader.load((forms_dir() / name).as_posix())
    assert widget is not None
    return widget


def test_forms_add_no_accelerator_clash_in_french(qapp, french):
    """No form has more &-letters used twice in French than it has in English."""
    clashes_fr = {
        p.name: _accelerator_clashes(_load(p.name)) for p in sorted(forms_dir().glob("*.ui"))
    }
    i18n.install_translators(qapp, "en")
    clashes_en = {
        p.name: _accelerator_clashes(_load(p.name)) for p in sorted(forms_dir().glob("*.ui"))
    }
    i18n.install_translators(qapp, "fr")
    worse = {name: (clashes_en[name], n) for name, n in clashes_fr.items() if n > clashes_en[name]}
    assert not worse, f"(English, French) accelerator clashes: {worse}"


def test_main_window_and_dialogs_speak_french(qtbot, tmp_path, french, make_workspace):
    from desktop.gui.app import Application
    from desktop.gui.settings_dialog import SettingsDialog
    from desktop.gui.unlock_dialog import UnlockDialog

    ws, _ = make_workspace(folder=tmp_path / "ws")
    app = Application(tmp_path / "ws", "")
    window = app.window
    qtbot.addWidget(window)
    unlock = UnlockDialog(tmp_path / "ws", app.background, "", window)
    qtbot.addWidget(unlock)
    assert unlock.ui.unlockButton.text() == "&Déverrouiller"
    assert unlock.windowTitle() == "Cooperation Desk — Déverrouillage"
    app.session.open(ws)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Fichier", "É&dition", "&Affichage", "&Outils", "Aid&e"]
    letters = [t[t.index("&") + 1].lower() for t in menus]
    assert len(set(letters)) == len(letters)
    for menu in window.menuBar().actions():
        items = [a.text() for a in menu.menu().actions() if a.text()]
        letters = [t[t.index("&") + 1].lower() for t in items if "&" in t]
        assert len(set(letters)) == len(letters), items
    tabs = window.ui.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Registre", "Échéances"]
    model = window.register_page.model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert "Objet" in headers and "Confidentialité" in headers
    assert window.register_page.ui.statusCombo.itemText(0) == "Tous les statuts"
    assert window.register_page.ui.clearButton.text() == "Effacer les filtres"
    dialog = SettingsDialog(app.session, window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Paramètres"
    assert dialog.ui.languageComboLabel.text() == "&Langue de l’application\u00a0:"
    cancel = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Annuler"  # Qt's own catalogue, qtbase_fr
    app.session.lock()
