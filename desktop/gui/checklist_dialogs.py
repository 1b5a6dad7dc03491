"""Dialogs of the checklist panel; thin classes over their .ui forms (see FormDialog)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.core.checklist_progress import TransitStatus
from desktop.gui.dialogs import Action, FormDialog, pydate, pydatetime, qdate, qdatetime
from desktop.gui.form_types import (
    PlannedFormUi,
    StepAddFormUi,
    StepDoneFormUi,
    StepNaFormUi,
    TransitFormUi,
)

TRANSIT_LABELS = {
    TransitStatus.REQUESTED: "Requested",
    TransitStatus.GRANTED: "Granted",
    TransitStatus.REFUSED: "Refused",
}


class StepDoneDialog(FormDialog[StepDoneFormUi]):
    form = StepDoneFormUi

    def __init__(
        self,
        step_title: str,
        today: date,
        attachments: list[dict[str, Any]],
        action: Action,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Done: {0}").format(step_title), action, parent)
        self.ui.introLabel.hide()
        self.ui.dateEdit.setDate(qdate(today))
        self.ui.dateEdit.setMaximumDate(qdate(today))
        self.ui.evidenceCombo.addItem(self.tr("(none)"), None)
        for attachment in attachments:
            self.ui.evidenceCombo.addItem(attachment["filename"], attachment["id"])

    def values(self) -> dict[str, Any]:
        return {
            "on": pydate(self.ui.dateEdit.date()),
            "note": self.ui.noteEdit.toPlainText(),
            "evidence": self.ui.evidenceCombo.currentData(),
        }


class StepNotApplicableDialog(FormDialog[StepNaFormUi]):
    form = StepNaFormUi

    def __init__(
        self, step_title: str, today: date, action: Action, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Not applicable: {0}").format(step_title), action, parent)
        self.ui.dateEdit.setDate(qdate(today))
        self.ui.dateEdit.setMaximumDate(qdate(today))

    def values(self) -> dict[str, Any]:
        return {"reason": self.ui.reasonEdit.toPlainText(), "on": pydate(self.ui.dateEdit.date())}


class PlannedTransferDialog(FormDialog[PlannedFormUi]):
    form = PlannedFormUi

    def __init__(self, current: datetime, action: Action, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Planned transfer"), action, parent)
        self.ui.dateTimeEdit.setDateTime(qdatetime(current))

    def values(self) -> dict[str, Any]:
        return {"planned_at": pydatetime(self.ui.dateTimeEdit.dateTime())}


class TransitDialog(FormDialog[TransitFormUi]):
    form = TransitFormUi

    def __init__(
        self,
        title: str,
        action: Action,
        state: str = "",
        status: TransitStatus = TransitStatus.REQUESTED,
        reference: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, action, parent)
        self.ui.introLabel.hide()
        for value, label in TRANSIT_LABELS.items():
            self.ui.statusCombo.addItem(self.tr(label), value.value)
        self.ui.stateEdit.setText(state)
        self.ui.stateEdit.setReadOnly(bool(state))
        self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(status.value))
        self.ui.referenceEdit.setText(reference)

    def values(self) -> dict[str, Any]:
        return {
            "state": self.ui.stateEdit.text(),
            "status": self.ui.statusCombo.currentData(),
            "reference": self.ui.referenceEdit.text(),
        }


class AddStepDialog(FormDialog[StepAddFormUi]):
    form = StepAddFormUi

    def __init__(
        self,
        phases: list[tuple[str, str]],
        authorities: list[str],
        action: Action,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Add a step"), action, parent)
        self.ui.introLabel.hide()
        self.ui.phaseCombo.addItem(self.tr("(no phase)"), "")
        for code, title in phases:
            self.ui.phaseCombo.addItem(title, code)
        self.ui.ownerCombo.addItem(self.tr("(nobody yet)"), None)
        for name in authorities:
            self.ui.ownerCombo.addItem(name, name)

    def values(self) -> dict[str, Any]:
        return {
            "title": self.ui.titleEdit.text(),
            "phase": self.ui.phaseCombo.currentData(),
            "mandatory": self.ui.mandatoryCheck.isChecked(),
            "authority": self.ui.ownerCombo.currentData(),
        }
