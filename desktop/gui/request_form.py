"""New request / edit request: every field, validation in place, completeness live."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from desktop.core import completeness
from desktop.core.requests import (
    IMPORT_FIELDS,
    RequestRecord,
    ValidationError,
    draft_from_mapping,
)
from desktop.core.vocabulary import (
    ASSISTANCE_TYPES,
    Channel,
    Confidentiality,
    Kind,
    Organ,
    Urgency,
)
from desktop.gui import labels
from desktop.gui.dialogs import pydate, pydatetime, qdate, qdatetime
from desktop.gui.file_dialogs import open_file_names
from desktop.gui.form_types import RequestFormUi
from desktop.gui.forms import load_form
from desktop.gui.session import Session
from desktop.gui.window_size import resize_within_screen
from desktop.services import casefile, links, register
from desktop.services.errors import UserFacingError

ASSISTANCE_KINDS = {
    Kind.JUDICIAL_ASSISTANCE,
    Kind.ASSET_FREEZING,
    Kind.WITNESS_PROTECTION,
    Kind.DEFENCE_REQUEST,
}


WARNING_STYLE = "color: #8a5300;"


def _row_of(layout: QFormLayout, widget: QWidget) -> int:
    """The form row that holds `widget`."""
    row, _role = cast(tuple[int, QFormLayout.ItemRole], layout.getWidgetPosition(widget))
    return row


class RequestFormDialog(QDialog):
    saved = Signal(int)
    # The user asked to open a request already registered under the same Court reference.
    open_requested = Signal(int)

    def __init__(
        self, session: Session, record: RequestRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.record = record
        self.files: list[Path] = []
        self.setWindowTitle(
            self.tr("New request")
            if record is None
            else self.tr("Edit {0}").format(record.registry_no)
        )
        self.ui = load_form(RequestFormUi, self)
        resize_within_screen(self, 1040, 760)
        self._add_warnings()
        self._fill_choices()
        self._load(record)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.addFileButton.clicked.connect(self._pick_files)
        self.ui.hasDeadlineCheck.toggled.connect(self.ui.court_deadlineField.setEnabled)
        self.ui.hasDeadlineCheck.toggled.connect(self._update_late_note)
        self.ui.court_deadlineField.dateChanged.connect(self._update_late_note)
        self.ui.received_atField.dateTimeChanged.connect(self._update_late_note)
        self.ui.court_referenceField.editingFinished.connect(self._update_duplicates)
        for name in ("court_reference", "situation", "case", "subject"):
            getattr(self.ui, f"{name}Field").textChanged.connect(self._update_completeness)
        for name in ("summary", "persons"):
            getattr(self.ui, f"{name}Field").textChanged.connect(self._update_completeness)
        self.ui.kindField.currentIndexChanged.connect(self._kind_changed)
        self.ui.elementsList.itemChanged.connect(self._element_toggled)
        self.setAcceptDrops(True)
        self._kind_changed()
        self._update_late_note()
        self.ui.court_referenceField.setFocus()
        if record is not None:
            self.ui.attachTitle.hide()
            self.ui.filesList.hide()
            self.ui.dropHint.hide()
            self.ui.addFileButton.hide()

    # -- setting up ---------------------------------------------------------------------

    def _add_warnings(self) -> None:
        """Notes under the Court reference (already registered) and the deadline (late)."""
        layout = self.ui.formLayout
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.duplicateNote = QLabel(row)
        self.duplicateNote.setWordWrap(True)
        self.duplicateNote.setStyleSheet(WARNING_STYLE)
        self.openExistingButton = QPushButton(self.tr("Open it"), row)
        self.openExistingButton.clicked.connect(self._open_existing)
        self.linkDuplicateCheck = QCheckBox(self.tr("Link as its duplicate"), row)
        line.addWidget(self.duplicateNote, 1)
        line.addWidget(self.openExistingButton)
        line.addWidget(self.linkDuplicateCheck)
        layout.insertRow(_row_of(layout, self.ui.court_referenceError) + 1, "", row)
        self.duplicateRow = row
        row.hide()
        self.lateNote = QLabel(self)
        self.lateNote.setWordWrap(True)
        self.lateNote.setStyleSheet(WARNING_STYLE)
        layout.insertRow(_row_of(layout, self.ui.court_deadlineError) + 1, "", self.lateNote)
        self.lateNote.hide()
        self._duplicates: list[RequestRecord] = []
        self._duplicates_confirmed = False
        self._checked_reference = ""

    def _fill_choices(self) -> None:
        for kind in Kind:
            self.ui.kindField.addItem(labels.kind(kind), kind.value)
        self.ui.requesting_organField.addItem(self.tr("(not stated)"), "")
        for organ in Organ:
            self.ui.requesting_organField.addItem(labels.organ(organ), organ.value)
        for channel in Channel:
            self.ui.channelField.addItem(labels.channel(channel), channel.value)
        for level in Confidentiality:
            self.ui.confidentialityField.addItem(labels.confidentiality(level), level.value)
        for urgency in Urgency:
            self.ui.urgencyField.addItem(labels.urgency(urgency), urgency.value)
        for letter, text in ASSISTANCE_TYPES.items():
            item = QListWidgetItem(f"({letter}) {labels.tr(text)}")
            item.setData(Qt.ItemDataRole.UserRole, letter)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.assistance_typesField.addItem(item)

    def _load(self, record: RequestRecord | None) -> None:
        ui = self.ui
        now = self.session.ws.clock()
        if record is None:
            ui.received_atField.setDateTime(qdatetime(now))
            ui.kindField.setCurrentIndex(ui.kindField.findData(Kind.JUDICIAL_ASSISTANCE.value))
            ui.confidentialityField.setCurrentIndex(
                ui.confidentialityField.findData(Confidentiality.CONFIDENTIAL.value)
            )
            ui.court_deadlineField.setDate(qdate(now.date()))
            ui.hasDeadlineCheck.setChecked(False)
            ui.court_deadlineField.setEnabled(False)
            self._confirmed: set[str] = set()
            return
        ui.court_referenceField.setText(record.court_reference)
        ui.received_atField.setDateTime(qdatetime(record.received_at))
        ui.kindField.setCurrentIndex(ui.kindField.findData(record.kind.value))
        for row in range(ui.assistance_typesField.count()):
            item = ui.assistance_typesField.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in record.assistance_types
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        ui.requesting_organField.setCurrentIndex(
            ui.requesting_organField.findData(
                record.requesting_organ.value if record.requesting_organ else ""
            )
        )
        ui.situationField.setText(record.situation)
        ui.caseField.setText(record.case)
        ui.channelField.setCurrentIndex(ui.channelField.findData(record.channel.value))
        ui.confidentialityField.setCurrentIndex(
            ui.confidentialityField.findData(record.confidentiality.value)
        )
        ui.urgencyField.setCurrentIndex(ui.urgencyField.findData(record.urgency.value))
        ui.hasDeadlineCheck.setChecked(record.court_deadline is not None)
        ui.court_deadlineField.setEnabled(record.court_deadline is not None)
        ui.court_deadlineField.setDate(qdate(record.court_deadline or record.received_at.date()))
        ui.subjectField.setText(record.subject)
        ui.summaryField.setPlainText(record.summary)
        ui.personsField.setPlainText("\n".join(record.persons))
        self._confirmed = set(record.elements_confirmed)

    # -- reading the form ---------------------------------------------------------------

    def mapping(self) -> dict[str, Any]:
        ui = self.ui
        letters = [
            ui.assistance_typesField.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(ui.assistance_typesField.count())
            if ui.assistance_typesField.item(r).checkState() == Qt.CheckState.Checked
        ]
        kind = Kind(ui.kindField.currentData())
        received = pydatetime(ui.received_atField.dateTime())
        return {
            "court_reference": ui.court_referenceField.text(),
            "received_at": received.replace(second=0, microsecond=0).isoformat(),
            "kind": kind.value,
            "assistance_types": letters if kind in ASSISTANCE_KINDS else [],
            "requesting_organ": ui.requesting_organField.currentData() or None,
            "situation": ui.situationField.text(),
            "case": ui.caseField.text(),
            "channel": ui.channelField.currentData(),
            "confidentiality": ui.confidentialityField.currentData(),
            "urgency": ui.urgencyField.currentData(),
            "court_deadline": (
                pydate(ui.court_deadlineField.date()).isoformat()
                if ui.hasDeadlineCheck.isChecked()
                else None
            ),
            "subject": ui.subjectField.text(),
            "summary": ui.summaryField.toPlainText(),
            "persons": [p.strip() for p in ui.personsField.toPlainText().splitlines() if p.strip()],
            "elements_confirmed": sorted(self._confirmed),
        }

    # -- completeness -------------------------------------------------------------------

    def _kind_changed(self) -> None:
        kind = Kind(self.ui.kindField.currentData())
        self.ui.assistance_typesField.setEnabled(kind in ASSISTANCE_KINDS)
        if kind is Kind.EMERGENCY_VISA and self.record is None:
            # A visa for a witness is a matter of hours: new ones start as emergencies.
            self.ui.urgencyField.setCurrentIndex(
                self.ui.urgencyField.findData(Urgency.EMERGENCY.value)
            )
        self._update_completeness()

    # -- warnings -----------------------------------------------------------------------

    def _update_late_note(self) -> None:
        received = pydatetime(self.ui.received_atField.dateTime()).date()
        late = (
            self.ui.hasDeadlineCheck.isChecked()
            and pydate(self.ui.court_deadlineField.date()) < received
        )
        self.lateNote.setText(
            self.tr(
                "Past on arrival: the Court's deadline had passed when the request was received. "
                "Keep the Court's date; the request is registered with it and shown as overdue."
            )
            if late
            else ""
        )
        self.lateNote.setVisible(late)

    def _update_duplicates(self) -> None:
        """Say at once when the Court reference is registered already."""
        reference = self.ui.court_referenceField.text().strip()
        self._checked_reference = reference
        unchanged = self.record is not None and (
            reference.lower() == self.record.court_reference.lower()
        )
        numbers = (
            []
            if not reference or unchanged
            else register.registered_references(self.session.ws, [reference]).get(reference, [])
        )
        self._duplicates = [register.get(self.session.ws, number) for number in numbers]
        self._duplicates_confirmed = False
        if self._duplicates:
            first = self._duplicates[0]
            self.duplicateNote.setText(
                self.tr(
                    "Already registered: {0}, received {1}: {2}. Open it, or save to register "
                    "this one as well (linked as its duplicate if ticked)."
                ).format(
                    ", ".join(r.registry_no for r in self._duplicates),
                    first.received_at.date().isoformat(),
                    first.subject,
                )
            )
        self.duplicateRow.setVisible(bool(self._duplicates))

    def _update_duplicates_if_changed(self) -> None:
        if self.ui.court_referenceField.text().strip() != self._checked_reference:
            self._update_duplicates()

    def _open_existing(self) -> None:
        if self._duplicates:
            self.open_requested.emit(self._duplicates[0].id)
            self.reject()

    def _element_toggled(self, item: QListWidgetItem) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        if not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        if item.checkState() == Qt.CheckState.Checked:
            self._confirmed.add(code)
        else:
            self._confirmed.discard(code)
        self._update_completeness()

    def _update_completeness(self) -> None:
        values = self.mapping()
        kind = Kind(values["kind"])
        fields = {k: values.get(k) for k in ("summary", "persons", "subject")}
        result = completeness.check(kind, fields, self._confirmed)
        present = {e.code for e in result.present}
        elements = completeness.elements_for(kind)
        self.ui.completenessHint.setText(
            self.tr(
                "Tick what the Court's letter contains. Elements seen in the form are ticked "
                "for you."
            )
        )
        lst = self.ui.elementsList
        lst.blockSignals(True)
        lst.clear()
        for element in elements:
            seen = element.seen_in(fields) if element.seen_in else False
            item = QListWidgetItem(f"{labels.tr(element.label)} — {labels.basis(element.basis)}")
            item.setData(Qt.ItemDataRole.UserRole, element.code)
            flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
            if seen:
                flags = Qt.ItemFlag.ItemIsUserCheckable
                item.setToolTip(self.tr("Seen in the form"))
            item.setFlags(flags)
            item.setCheckState(
                Qt.CheckState.Checked if element.code in present else Qt.CheckState.Unchecked
            )
            lst.addItem(item)
        lst.blockSignals(False)
        missing = len(result.missing)
        self.ui.completenessSummary.setText(
            self.tr("Complete.")
            if not missing
            else self.tr(
                "%n element(s) missing: a request for clarification can list them.", "", missing
            )
        )

    # -- files --------------------------------------------------------------------------

    def _pick_files(self) -> None:
        paths = open_file_names(self, self.tr("Files to attach"))
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.files:
                self.files.append(path)
                self.ui.filesList.addItem(path.name)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.record is None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_files([Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()])

    # -- saving -------------------------------------------------------------------------

    def _show_problems(self, problems: dict[str, str]) -> None:
        for name in IMPORT_FIELDS:
            label = getattr(self.ui, f"{name}Error", None)
            if label is None:
                continue
            message = problems.get(name, "")
            label.setText(message)
            label.setVisible(bool(message))
        self.ui.errorLabel.setText(
            self.tr("Please correct the fields marked in red.") if problems else ""
        )

    def save(self) -> None:
        """Validate and store; on any refusal the dialog stays open with the input intact."""
        ws = self.session.ws
        values = self.mapping()
        self._update_duplicates_if_changed()
        linking = bool(self._duplicates) and self.linkDuplicateCheck.isChecked()
        if self._duplicates and not self._duplicates_confirmed and not linking:
            # A second Save registers it anyway; the first one makes sure it was seen.
            self._duplicates_confirmed = True
            self._show_problems({})
            self.ui.errorLabel.setText(
                self.tr(
                    "This Court reference is registered already ({0}). Save again to register "
                    "this request as well."
                ).format(", ".join(r.registry_no for r in self._duplicates))
            )
            return
        try:
            if self.record is None:
                record = register.register(ws, draft_from_mapping(values))
            else:
                changes = {k: v for k, v in values.items() if k != "elements_confirmed"}
                changes["elements_confirmed"] = values["elements_confirmed"]
                record = register.update(ws, self.record, changes)
        except ValidationError as exc:
            self._show_problems(exc.problems)
            return
        except UserFacingError as exc:
            self._show_problems({})
            self.ui.errorLabel.setText(str(exc))
            return
        problems = []
        if linking:
            try:
                links.link(ws, record, links.Relation.DUPLICATE_OF, self._duplicates[0])
            except UserFacingError as exc:
                problems.append(str(exc))
        for path in self.files:
            try:
                casefile.attach_file(ws, record, path)
            except UserFacingError as exc:
                problems.append(str(exc))
        self._show_problems({})
        self.saved.emit(record.id)
        if problems:
            # The request is saved; say what failed (a file, the link) instead of losing it.
            self.ui.errorLabel.setText("\n".join(problems))
            self.ui.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)
            self.ui.buttonBox.rejected.connect(self.accept)
            return
        self.accept()
