"""Checklist templates: the steps each kind of request gets, as the office agrees them.

Rec. 15 and 19 of the Bureau's report ask for agreed procedures and a checklist, so that
cooperation does not depend on who happens to be at the desk. Here the office adds,
renames and reorders steps, marks them mandatory, and gives each a usual owner and a due
date counted from one of the request's key dates or from another step.

The dialog edits a copy of one template (frozen dataclasses, changed with
dataclasses.replace). Each change is checked with the rules a save applies
(services.checklists.templates.check_template); a refusal is shown where it was made and
nothing typed is lost. Nothing is stored until Save, and what is saved applies to requests
registered afterwards: requests already in the register keep their checklist.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QWidget,
)

from desktop.core import translation
from desktop.core.checklists import (
    GENERIC,
    ChecklistTemplate,
    DueRule,
    KeyDate,
    StepTemplate,
    as_edited,
    from_edited,
    new_step_code,
)
from desktop.gui import labels
from desktop.gui.dialogs import Action
from desktop.gui.file_dialogs import open_file_name
from desktop.gui.form_types import ChecklistTemplatesFormUi
from desktop.gui.forms import load_form
from desktop.gui.rows_model import RowColumn, RowsModel
from desktop.gui.session import Session
from desktop.gui.template_step_dialog import TemplateStepDialog
from desktop.gui.window_size import resize_within_screen
from desktop.services import directory
from desktop.services.checklists import templates as checklist_templates
from desktop.services.errors import UserFacingError

OFFICE_VERSION = QBrush(QColor(13, 110, 253, 30))
DAMAGED = QBrush(QColor(220, 53, 69, 60))
Button = QMessageBox.StandardButton


def _capitalised(text: str) -> str:
    """A phrase made to start a table cell: "the day …" becomes "The day …"."""
    return text[:1].upper() + text[1:]


class ChecklistTemplatesDialog(QDialog):
    """The office's checklist templates, one kind of request at a time.

    Public API (also what the tests drive): `select(key)`, `current_key()`, `template()`
    (the copy being edited), `is_modified()`, `select_step(index)`, `selected_step()`,
    `add_step()` / `edit_step()` (open a TemplateStepDialog, kept as `step_dialog`),
    `remove_step()`, `move_step(delta)`, `save()`, `restore_default()`,
    `import_file(path)`. `saved` carries the key of a template stored, restored or imported.
    Questions go through `ask()` and the file chooser through `choose_file()`.
    """

    saved = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Checklist templates[*]"))
        self.ui = load_form(ChecklistTemplatesFormUi, self)
        self.step_dialog: TemplateStepDialog | None = None
        self._key = ""
        self._base: ChecklistTemplate | None = None
        self._working: ChecklistTemplate | None = None
        self._switching = False
        self._build_views()
        self._connect()
        self._fill_templates()
        self.ui.splitter.setSizes([430, 810])
        resize_within_screen(self, 1280, 720)
        keys = [r["key"] for r in self.templates.rows]
        if keys:
            self.select(keys[0])
        session.locked.connect(self._on_locked)

    # -- building -----------------------------------------------------------------------

    def _build_views(self) -> None:
        self.templates = RowsModel(
            [
                RowColumn(self.tr("Kind of request"), lambda r: r["label"]),
                RowColumn(self.tr("Checklist"), lambda r: r["version"], self._version_brush),
                RowColumn(
                    self.tr("Steps"), lambda r: str(r["steps"]), sort_key=lambda r: r["steps"]
                ),
            ],
            self,
        )
        view = self.ui.templatesView
        view.setModel(self.templates)
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 170)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.steps = RowsModel(
            [
                RowColumn(self.tr("No."), lambda r: str(r["number"])),
                RowColumn(self.tr("Phase"), lambda r: r["phase"]),
                RowColumn(self.tr("Step"), lambda r: r["step"].title),
                RowColumn(
                    self.tr("Mandatory"),
                    lambda r: self.tr("Yes") if r["step"].mandatory else self.tr("No"),
                ),
                RowColumn(self.tr("Usual owner"), lambda r: r["step"].owner),
                RowColumn(self.tr("Due"), lambda r: _capitalised(self.due_text(r["step"].due))),
            ],
            self,
        )
        steps = self.ui.stepsView
        steps.setModel(self.steps)
        header = steps.horizontalHeader()
        for column, width in ((1, 120), (4, 150), (5, 190)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        for column in (0, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        steps.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for table in (view, steps):
            table.setStyleSheet("QTableView::item { padding: 3px; }")

    def _connect(self) -> None:
        ui = self.ui
        ui.templatesView.selectionModel().currentRowChanged.connect(self._template_chosen)
        ui.stepsView.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        ui.stepsView.doubleClicked.connect(lambda _index: self.edit_step())
        ui.titleEdit.textEdited.connect(self._title_edited)
        ui.addStepButton.clicked.connect(self.add_step)
        ui.editStepButton.clicked.connect(self.edit_step)
        ui.removeStepButton.clicked.connect(self.remove_step)
        ui.moveUpButton.clicked.connect(lambda: self.move_step(-1))
        ui.moveDownButton.clicked.connect(lambda: self.move_step(1))
        ui.saveButton.clicked.connect(self.save)
        ui.restoreButton.clicked.connect(self.restore_default)
        ui.importButton.clicked.connect(lambda: self.import_file())
        ui.buttonBox.rejected.connect(self.reject)
        # Enter in the title saves; Enter in the lists never presses a button by surprise.
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        ui.saveButton.setDefault(True)
        for keys in ("Return", "Enter"):
            self._shortcut(keys, ui.templatesView, ui.stepsView.setFocus)
        steps_keys: tuple[tuple[QKeySequence.StandardKey | str, Callable[[], object]], ...] = (
            ("Ctrl+Up", lambda: self.move_step(-1)),
            ("Ctrl+Down", lambda: self.move_step(1)),
            (QKeySequence.StandardKey.Delete, self.remove_step),
            ("Return", self.edit_step),
            ("Enter", self.edit_step),
        )
        for sequence, slot in steps_keys:
            self._shortcut(sequence, ui.stepsView, slot)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    @staticmethod
    def _shortcut(
        keys: QKeySequence.StandardKey | str, widget: QWidget, slot: Callable[[], object]
    ) -> None:
        """A key that works only while `widget` has the focus (Delete in a text field
        deletes text, not a step)."""
        shortcut = QShortcut(QKeySequence(keys), widget, slot)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    # -- the list of templates ----------------------------------------------------------

    def _version_brush(self, row: dict[str, Any]) -> QBrush | None:
        if row["damaged"]:
            return DAMAGED
        return OFFICE_VERSION if row["office"] else None

    def _fill_templates(self) -> None:
        ws = self.session.ws
        rows = []
        for row in checklist_templates.list_templates(ws):
            key = str(row["key"])
            office = checklist_templates.has_office_template(ws, key)
            # Stored but set aside as unreadable: the kind gets another checklist for now.
            damaged = office and not (row["source"] == "office" and row["uses"] == key)
            if damaged:
                version = self.tr("Office's version, damaged")
            elif office:
                version = self.tr("Office's version")
            elif row["uses"] != key:
                version = self.tr("Same as every other kind")
            else:
                version = self.tr("Default")
            rows.append(
                {
                    **row,
                    "office": office,
                    "damaged": damaged,
                    "version": version,
                    "label": self.tr("Every other kind of request")
                    if key == GENERIC
                    else labels.kind(key),
                }
            )
        self._switching = True
        try:
            self.templates.set_rows(rows)
            self._select_row(self._key)
        finally:
            self._switching = False

    def _row(self, key: str) -> dict[str, Any] | None:
        return next((r for r in self.templates.rows if r["key"] == key), None)

    def _select_row(self, key: str) -> None:
        for number, row in enumerate(self.templates.rows):
            if row["key"] == key:
                self.ui.templatesView.selectionModel().setCurrentIndex(
                    self.templates.index(number, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return

    def _template_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._switching:
            return
        row = self.templates.row(current.row())
        if row is None or row["key"] == self._key:
            return
        if not self._may_leave():
            self._switching = True
            try:
                self._select_row(self._key)  # back to the template with the changes
            finally:
                self._switching = False
            return
        self._load(row["key"])

    def select(self, key: str) -> bool:
        """Show the template for `key`; False if unsaved changes made the user stay."""
        if key == self._key:
            return True
        if self._key and not self._may_leave():
            return False
        self._load(key)
        self._switching = True
        try:
            self._select_row(key)
        finally:
            self._switching = False
        return True

    def current_key(self) -> str:
        return self._key

    # -- the template being edited ------------------------------------------------------

    def template(self) -> ChecklistTemplate:
        """The copy being edited, with every change made since it was loaded or saved."""
        assert self._working is not None
        return self._working

    def is_modified(self) -> bool:
        return self._working != self._base

    def _load(self, key: str, notice: str = "") -> None:
        self._key = key
        self._base = as_edited(
            checklist_templates.editable_template(self.session.ws, key), translation.language()
        )
        self._working = self._base
        self.ui.titleEdit.setText(self._base.title)
        self._show_steps(0 if self._base.steps else None)
        self._show_error("")
        self._show_notice(notice)

    def _show_steps(self, select: int | None) -> None:
        template = self.template()
        phases = {p.code: p.title for p in template.phases}
        self.steps.set_rows(
            [
                {"number": n, "step": s, "phase": phases.get(s.phase, s.phase)}
                for n, s in enumerate(template.steps, 1)
            ]
        )
        if select is not None and 0 <= select < len(template.steps):
            self.select_step(select)
        self._update_state()

    def _update_state(self) -> None:
        modified = self.is_modified()
        self.setWindowModified(modified)
        row = self._row(self._key) or {}
        if row.get("damaged"):
            text = (
                self.tr(
                    "The office's version of this checklist is damaged, so requests "
                    "get the checklist shown here instead. Save it to replace the "
                    "damaged version, or restore the default."
                )
                + "\n"
                + str(row.get("problem") or "")
            )
        elif row.get("office"):
            text = self.tr("This is the office's own version of the checklist.")
        elif row.get("uses") != self._key:
            text = self.tr(
                "This kind of request has no checklist of its own: it gets the "
                "one for every other kind of request, shown here. Saving gives "
                "it its own."
            )
        else:
            text = self.tr("This is the default checklist shipped with Cooperation Desk.")
        if modified:
            text += " " + self.tr("Changed, not saved yet.")
        self.ui.sourceLabel.setText(text)
        self.ui.saveButton.setEnabled(self._needs_saving())
        self.ui.restoreButton.setEnabled(bool(row.get("office")))
        self._update_buttons()

    def _update_buttons(self) -> None:
        at = self.selected_step()
        count = len(self.template().steps) if self._working else 0
        ui = self.ui
        ui.editStepButton.setEnabled(at is not None)
        ui.removeStepButton.setEnabled(at is not None and count > 1)
        ui.moveUpButton.setEnabled(at is not None and at > 0)
        ui.moveDownButton.setEnabled(at is not None and at < count - 1)

    def _needs_saving(self) -> bool:
        """Changes to store, or a damaged office version to replace with what is shown."""
        return self.is_modified() or bool((self._row(self._key) or {}).get("damaged"))

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))
        if text:
            self._show_notice("")

    def _show_notice(self, text: str) -> None:
        self.ui.noticeLabel.setText(text)
        self.ui.noticeLabel.setVisible(bool(text))

    def _change(self, candidate: ChecklistTemplate, select: int | None) -> None:
        """Take `candidate` as the copy if the rules of a save accept it; else Refused."""
        self._working = checklist_templates.check_template(candidate)
        self._show_error("")
        self._show_notice("")
        self._show_steps(select)

    def _title_edited(self, text: str) -> None:
        self._working = replace(self.template(), title=text.strip())
        self._update_state()

    def due_text(self, rule: DueRule | None, template: ChecklistTemplate | None = None) -> str:
        """A due rule in words: "10 working days before the planned transfer"."""
        if rule is None:
            return ""
        count = abs(rule.days)
        if rule.calendar_days:
            span = (
                self.tr("1 calendar day")
                if count == 1
                else self.tr("{0} calendar days").format(count)
            )
        else:
            span = (
                self.tr("1 working day")
                if count == 1
                else self.tr("{0} working days").format(count)
            )
        target = rule.after_step
        if target is not None:
            steps = (template or self._working or self._base).steps  # type: ignore[union-attr]
            title = next((s.title for s in steps if s.code == target), target)
            if rule.days == 0:
                return self.tr("the day “{0}” is done").format(title)
            return (
                self.tr("{0} after “{1}” is done")
                if rule.days > 0
                else self.tr("{0} before “{1}” is done")
            ).format(span, title)
        if rule.anchor == KeyDate.RECEIVED:
            if rule.days == 0:
                return self.tr("the day the request was received")
            return (
                self.tr("{0} after the request was received")
                if rule.days > 0
                else self.tr("{0} before the request was received")
            ).format(span)
        if rule.anchor == KeyDate.FINAL_DUE:
            if rule.days == 0:
                return self.tr("on the final due date")
            return (
                self.tr("{0} after the final due date")
                if rule.days > 0
                else self.tr("{0} before the final due date")
            ).format(span)
        if rule.days == 0:
            return self.tr("on the day of the planned transfer")
        return (
            self.tr("{0} after the planned transfer")
            if rule.days > 0
            else self.tr("{0} before the planned transfer")
        ).format(span)

    # -- steps --------------------------------------------------------------------------

    def selected_step(self) -> int | None:
        index = self.ui.stepsView.selectionModel().currentIndex()
        return index.row() if index.isValid() and self.steps.row(index.row()) else None

    def select_step(self, index: int) -> None:
        self.ui.stepsView.selectionModel().setCurrentIndex(
            self.steps.index(index, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _authorities(self) -> list[str]:
        return [a["name"] for a in directory.authorities(self.session.ws)]

    def _open_step_dialog(
        self, step: StepTemplate | None, apply: Action, phase: str = ""
    ) -> TemplateStepDialog:
        template = self.template()
        dialog = TemplateStepDialog(
            template,
            step,
            self._authorities(),
            lambda rule: self.due_text(rule, template),
            apply,
            self,
            phase,
        )
        self.step_dialog = dialog
        dialog.open()
        return dialog

    def add_step(self) -> TemplateStepDialog:
        """Open the dialog for a new step, put after the selected one (or at the end)."""
        at = self.selected_step()
        steps = self.template().steps
        position = len(steps) if at is None else at + 1

        def apply(values: dict[str, Any]) -> None:
            current = list(self.template().steps)
            step = values["step"]
            step = replace(step, code=new_step_code(step.title, [s.code for s in current]))
            current.insert(position, step)
            self._change(replace(self.template(), steps=tuple(current)), position)

        return self._open_step_dialog(None, apply, steps[at].phase if at is not None else "")

    def edit_step(self) -> TemplateStepDialog | None:
        at = self.selected_step()
        if at is None:
            return None

        def apply(values: dict[str, Any]) -> None:
            current = list(self.template().steps)
            current[at] = values["step"]
            self._change(replace(self.template(), steps=tuple(current)), at)

        return self._open_step_dialog(self.template().steps[at], apply)

    def remove_step(self) -> bool:
        at = self.selected_step()
        if at is None:
            return False
        current = list(self.template().steps)
        removed = current.pop(at)
        try:
            self._change(replace(self.template(), steps=tuple(current)), min(at, len(current) - 1))
        except UserFacingError as exc:
            self._show_error(self.tr("“{0}” was not removed: {1}").format(removed.title, exc))
            return False
        return True

    def move_step(self, delta: int) -> bool:
        """Move the selected step up (-1) or down (+1)."""
        at = self.selected_step()
        current = list(self.template().steps)
        if at is None or not 0 <= at + delta < len(current):
            return False
        current[at], current[at + delta] = current[at + delta], current[at]
        try:
            self._change(replace(self.template(), steps=tuple(current)), at + delta)
        except UserFacingError as exc:
            self._show_error(str(exc))
            return False
        return True

    # -- storing ------------------------------------------------------------------------

    def save(self) -> bool:
        """Store the copy as the office's version; a refusal shows here, the copy kept."""
        if not self._needs_saving():
            return True
        key = self._key
        try:
            checklist_templates.save_template(
                self.session.ws, from_edited(self.template(), translation.language())
            )
        except UserFacingError as exc:
            self._show_error(str(exc))
            return False
        self._fill_templates()
        self._load(
            key,
            self.tr(
                "Saved. Requests registered from now on get this "
                "checklist; requests already registered keep theirs."
            ),
        )
        self.saved.emit(key)
        return True

    def restore_default(self) -> bool:
        """After asking, delete the office's version of the template shown."""
        row = self._row(self._key)
        if not row or not row["office"]:
            return False
        question = self.tr(
            "Restore the default checklist for “{0}”? The office's version "
            "is deleted; requests registered from now on get the default. "
            "Requests already registered keep their checklist."
        ).format(row["label"])
        if self.is_modified():
            question += "\n\n" + self.tr("The changes not saved yet are lost too.")
        if (
            self.ask(
                self.tr("Restore the default checklist"),
                question,
                Button.Yes | Button.No,
                Button.No,
            )
            != Button.Yes
        ):
            return False
        key = self._key
        try:
            checklist_templates.reset_template(self.session.ws, key)
        except UserFacingError as exc:
            self._show_error(str(exc))
            return False
        self._fill_templates()
        self._load(
            key, self.tr("The default checklist is restored for requests registered from now on.")
        )
        self.saved.emit(key)
        return True

    def import_file(self, path: Path | None = None) -> bool:
        """Save a checklist file as the office's version of the template shown."""
        if path is None:
            path = self.choose_file()
            if path is None:
                return False
        if (
            self.is_modified()
            and self.ask(
                self.tr("Import a checklist"),
                self.tr(
                    "The imported checklist replaces the one shown, and the changes "
                    "not saved yet are lost. Import it?"
                ),
                Button.Yes | Button.No,
                Button.No,
            )
            != Button.Yes
        ):
            return False
        key = self._key
        try:
            checklist_templates.import_template(self.session.ws, path, key)
        except UserFacingError as exc:
            self._show_error(str(exc))
            return False
        self._fill_templates()
        self._load(
            key,
            self.tr(
                "Imported from {0}. Requests registered from now on get this checklist."
            ).format(path.name),
        )
        self.saved.emit(key)
        return True

    # -- questions and closing ----------------------------------------------------------

    def ask(
        self,
        title: str,
        text: str,
        buttons: QMessageBox.StandardButton,
        default: QMessageBox.StandardButton,
    ) -> QMessageBox.StandardButton:
        """A question to the user (replaced in tests, which never open a modal box)."""
        return QMessageBox.question(self, title, text, buttons, default)

    def choose_file(self) -> Path | None:
        name = open_file_name(
            self, self.tr("Import a checklist"), self.tr("Checklist files (*.json);;All files (*)")
        )
        return Path(name) if name else None

    def _may_leave(self) -> bool:
        """True when the changes shown may be left: none, saved, or given up."""
        if not self.is_modified():
            return True
        answer = self.ask(
            self.tr("Unsaved changes"),
            self.tr("The checklist for “{0}” has changes that are not saved. Save them?").format(
                (self._row(self._key) or {}).get("label", self._key)
            ),
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
        )
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    def reject(self) -> None:
        if self.session.is_unlocked and not self._may_leave():
            return
        super().reject()

    def _on_locked(self) -> None:
        """The workspace locked: close without asking (there is nothing to save into)."""
        if self.isVisible():
            super().reject()
