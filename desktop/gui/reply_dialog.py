"""Reply…: choose a reply that fits the request, adjust its fields, preview, save as .docx."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from desktop.gui import i18n
from desktop.gui.file_dialogs import save_file_name
from desktop.gui.form_types import ReplyFormUi
from desktop.gui.forms import load_form
from desktop.gui.rows_model import RowColumn, RowsModel
from desktop.gui.session import Session
from desktop.gui.window_size import resize_within_screen
from desktop.services import register, replies
from desktop.services.errors import UserFacingError

PREVIEW_DELAY_MS = 300


class ReplyDialog(QDialog):
    export_ended = Signal(bool)  # written (True) or refused, once an export is over

    def __init__(self, session: Session, request_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.request_id = request_id
        self.record = register.by_id(session.ws, request_id)
        self.setWindowTitle(self.tr("Reply to the Court — {0}").format(self.record.registry_no))
        self.ui = load_form(ReplyFormUi, self)
        cast(QLayout, self.layout()).setContentsMargins(12, 12, 12, 12)  # forms: edge to edge
        resize_within_screen(self, 1240, 760)
        self.ui.splitter.setSizes([230, 560, 450])
        fields = self.ui.fieldsLayout
        fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        fields.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.templates = RowsModel([RowColumn("", lambda t: t["title"])], self)
        self.templates.set_rows(
            [
                {"name": info.name, "title": info.title(i18n.current_language()), "info": info}
                for info in replies.templates_for(session.ws, self.record)
            ]
        )
        self.ui.templatesView.setModel(self.templates)
        self.ui.templatesView.setModelColumn(0)
        self.ui.templatesView.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._template_chosen()
        )
        self.ui.languageCombo.currentIndexChanged.connect(lambda _i: self._load_fields())
        self.officeWarning = QLabel(self)
        self.officeWarning.setObjectName("officeWarning")
        self.officeWarning.setWordWrap(True)
        self.officeWarning.setTextFormat(Qt.TextFormat.RichText)
        self.officeWarning.setStyleSheet("color: #8a5300;")
        self.officeWarning.linkActivated.connect(lambda _link: self.open_settings())
        self.officeWarning.hide()
        self.ui.chooseLayout.addWidget(self.officeWarning)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        # Typing refreshes the preview of a dialog on screen; a closed one keeps quiet.
        self._preview_timer.timeout.connect(
            lambda: self.update_preview() if self.isVisible() else None
        )
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.openButton.clicked.connect(self.open_saved)
        self.saved_path: Path | None = None
        self.ui.summaryButton.clicked.connect(self.save_case_summary)
        if self.templates.rowCount():
            self.ui.templatesView.setCurrentIndex(self.templates.index(0, 0))
        else:
            self.ui.errorLabel.setText(self.tr("No reply fits this request's kind and status."))
            self.ui.saveButton.setEnabled(False)

    def _language_names(self) -> dict[str, str]:
        """The letter's language, named in the interface's: Anglais, Français."""
        return {"en": self.tr("English"), "fr": self.tr("French")}

    def template_name(self) -> str | None:
        index = self.ui.templatesView.currentIndex()
        row = self.templates.row(index.row()) if index.isValid() else None
        return row["name"] if row else None

    def language(self) -> str:
        return self.ui.languageCombo.currentData() or "en"

    def _template_chosen(self) -> None:
        name = self.template_name()
        if name is None:
            return
        info = replies.template_info(self.session.ws, name)
        combo = self.ui.languageCombo
        combo.blockSignals(True)
        combo.clear()
        for lang in info.languages:
            combo.addItem(self._language_names().get(lang, lang), lang)
        default = replies.default_language(self.session.ws, name, i18n.current_language())
        combo.setCurrentIndex(max(0, combo.findData(default)))
        combo.blockSignals(False)
        self._load_fields()

    def _load_fields(self) -> None:
        """One editor per field the user may still change; values are the drafted defaults."""
        name = self.template_name()
        if name is None:
            return
        layout = self.ui.fieldsLayout
        while layout.rowCount():
            layout.removeRow(0)
        self.editors.clear()
        values = replies.default_fields(self.session.ws, self.record, name, self.language())
        for field, value in values.items():
            if field in replies.MULTILINE_FIELDS:
                lines = QPlainTextEdit(self.ui.fieldsHost)
                lines.setPlainText(value)
                lines.setTabChangesFocus(True)
                lines.setFixedHeight(lines.fontMetrics().lineSpacing() * 5 + 12)
                editor: QLineEdit | QPlainTextEdit = lines
                if field in replies.LIST_FIELDS:
                    editor.setPlaceholderText(self.tr("One item per line"))
                editor.textChanged.connect(self._preview_timer.start)
            else:
                editor = QLineEdit(value, self.ui.fieldsHost)
                editor.setCursorPosition(0)  # a long value shows its beginning, not its end
                editor.setToolTip(value)
                editor.textChanged.connect(self._preview_timer.start)
            label = self.tr(replies.EDITABLE.get(field, field))
            editor.setAccessibleName(label)
            layout.addRow(self.tr("{0}:", "a field's label").format(label), editor)
            self.editors[field] = editor
        self.update_preview()
        self.show_office_gaps()

    def show_office_gaps(self) -> None:
        """Warn, with a link to Settings, when the office lacks what this language needs
        (a French letter without the French names would fall back on English)."""
        names = {
            "office_name": self.tr("the office’s name or the State’s name"),
            "office_name_fr": self.tr("the office’s name or the State’s name in French"),
            "place_fr": self.tr("the place in French"),
        }
        missing = replies.missing_office_fields(self.session.ws.settings, self.language())
        self.officeWarning.setText(
            self.tr('This letter needs {0}. <a href="settings">Fill in the settings…</a>').format(
                self.tr(" and ").join(names[field] for field in missing)
            )
        )
        self.officeWarning.setVisible(bool(missing))

    def open_settings(self) -> None:
        from desktop.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.session, self)
        dialog.saved.connect(self._load_fields)  # the letter and the warning, as now set
        dialog.saved.connect(lambda: self.session.notify(0))
        dialog.open()
        self.settings_dialog = dialog

    def overrides(self) -> dict[str, str]:
        return {
            field: (e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text())
            for field, e in self.editors.items()
        }

    def update_preview(self) -> None:
        name = self.template_name()
        if name is None:
            return
        try:
            data = replies.render(
                self.session.ws, self.record, name, self.language(), self.overrides()
            )
        except UserFacingError as exc:
            self.ui.errorLabel.setText(str(exc))
            return
        self.ui.errorLabel.clear()
        self.ui.previewText.setPlainText(replies.preview_text(data))

    def _confirmed(self) -> bool:
        if not replies.needs_confirmation(self.record):
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Confidential request"),
            self.tr(
                "This request is {0}. The Word file will not be encrypted. Save it all the same?"
            ).format(self.record.confidentiality.value.replace("_", " ")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_path(self, suggested: str) -> Path | None:
        path = save_file_name(
            self, self.tr("Save as Word document"), suggested, self.tr("Word documents (*.docx)")
        )
        if not path:
            return None
        return Path(path if path.lower().endswith(".docx") else path + ".docx")

    def save(self) -> None:
        name = self.template_name()
        if name is None or not self._confirmed():
            return
        path = self._ask_path(f"{self.record.registry_no}-{name}-{self.language()}.docx")
        if path is not None:
            self.export_to(path, confirmed=True)

    def export_to(self, path: Path, confirmed: bool) -> None:
        """Export and record it, off the GUI thread; `export_ended` says how it went.

        A refusal is shown in place and the fields stay as typed.
        """
        name = self.template_name()
        assert name is not None
        record, language, overrides = self.record, self.language(), self.overrides()
        self.session.write(
            lambda ws: replies.export_reply(
                ws, record, name, language, path, overrides, confirmed=confirmed
            ),
            lambda _path: self._exported(
                path, self.tr("Saved {0}; a copy is kept with the request.").format(path)
            ),
            self._refused,
            parent=self,
            progress=self.tr("Writing {0}…").format(path.name),
        )

    def _exported(self, path: Path, text: str) -> None:
        self.session.notify(self.request_id)
        self._saved(path, text)
        self.export_ended.emit(True)

    def _refused(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.export_ended.emit(False)

    def _saved(self, path: Path, text: str) -> None:
        self.saved_path = path
        self.ui.errorLabel.setStyleSheet("color: palette(text);")
        self.ui.errorLabel.setText(text)
        self.ui.openButton.show()

    def open_saved(self) -> None:
        """In Word (or whatever opens .docx here): the user chose to write it in the clear."""
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path)))

    def save_case_summary(self) -> None:
        if not self._confirmed():
            return
        path = self._ask_path(f"{self.record.registry_no}-case-summary.docx")
        if path is None:
            return
        record = self.record
        self.session.write(
            lambda ws: replies.export_case_summary(ws, record, path, confirmed=True),
            lambda _path: self._exported(path, self.tr("Saved {0}.").format(path)),
            self._refused,
            parent=self,
            progress=self.tr("Writing {0}…").format(path.name),
        )
