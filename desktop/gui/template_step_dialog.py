"""One step of a checklist template: its title, owner, whether it is mandatory, and its due rule.

Opened from the checklist templates dialog (Add step, Edit step). The due rule counts days
from one of the request's key dates or from another step of the same template; the combo's
choices depend on the kind (a transfer's key dates only make sense for a transfer).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from desktop.core.checklists import (
    GENERIC,
    MAX_OFFSET_DAYS,
    STEP_ANCHOR,
    TRANSFER_KINDS,
    ChecklistTemplate,
    DueRule,
    KeyDate,
    StepTemplate,
)
from desktop.core.vocabulary import Kind
from desktop.gui.dialogs import Action, FormDialog
from desktop.gui.form_types import TemplateStepFormUi

AFTER_STEP = "step"  # the anchor combo's data for "when another step is done"

DueText = Callable[[DueRule | None], str]


def _choose(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def _is_transfer(key: str) -> bool:
    return key != GENERIC and Kind(key) in TRANSFER_KINDS


class TemplateStepDialog(FormDialog[TemplateStepFormUi]):
    """One step of a template: its title, phase, mandatory flag, usual owner and due rule.

    OK hands `values()["step"]` (a StepTemplate; code "" for a new step) to the action,
    which checks the whole template; a refusal appears here and the dialog stays open.
    """

    form = TemplateStepFormUi

    def __init__(
        self,
        template: ChecklistTemplate,
        step: StepTemplate | None,
        authorities: list[str],
        describe: DueText,
        action: Action,
        parent: QWidget | None = None,
        phase: str = "",
    ) -> None:
        super().__init__("", action, parent)
        self.setWindowTitle(
            self.tr("Add a step") if step is None else self.tr("Edit step — {0}").format(step.title)
        )
        self.describe = describe
        self.original = step or StepTemplate(code="", title="", phase=phase)
        self._fill(template, self.original, authorities)
        for signal in (
            self.ui.anchorCombo.currentIndexChanged,
            self.ui.afterStepCombo.currentIndexChanged,
            self.ui.daysSpin.valueChanged,
            self.ui.unitCombo.currentIndexChanged,
            self.ui.directionCombo.currentIndexChanged,
        ):
            signal.connect(self._show_due)
        self._show_due()
        self.resize(700, 480)

    def _fill(
        self, template: ChecklistTemplate, step: StepTemplate, authorities: list[str]
    ) -> None:
        ui = self.ui
        ui.titleEdit.setText(step.title)
        ui.titleEdit.setCursorPosition(0)
        ui.phaseCombo.addItem(self.tr("(no phase)"), "")
        for phase in template.phases:
            ui.phaseCombo.addItem(phase.title, phase.code)
        _choose(ui.phaseCombo, step.phase)
        ui.phaseCombo.setEnabled(bool(template.phases))
        ui.mandatoryCheck.setChecked(step.mandatory)
        ui.mandatoryCheck.setToolTip(
            self.tr("The request cannot be reported executed while a mandatory step is open.")
            if _is_transfer(template.key)
            else self.tr("Mandatory steps are marked as such on the request's checklist.")
        )
        ui.ownerCombo.addItem(self.tr("(nobody in particular)"), "")
        for name in authorities:
            ui.ownerCombo.addItem(name, name)
        if step.owner and step.owner not in authorities:
            ui.ownerCombo.addItem(
                self.tr("{0} (not in the directory)").format(step.owner), step.owner
            )
        _choose(ui.ownerCombo, step.owner)
        others = [
            (n, s) for n, s in enumerate(template.steps, 1) if s.code != step.code or not step.code
        ]
        anchors = [
            (self.tr("(no due date)"), ""),
            (self.tr("the day the request was received"), KeyDate.RECEIVED.value),
            (self.tr("the final due date of the request"), KeyDate.FINAL_DUE.value),
        ]
        rule = step.due
        if _is_transfer(template.key) or (rule and rule.anchor == KeyDate.PLANNED_TRANSFER):
            anchors.append((self.tr("the planned transfer"), KeyDate.PLANNED_TRANSFER.value))
        if others:
            anchors.append((self.tr("the day another step is done"), AFTER_STEP))
        for text, data in anchors:
            ui.anchorCombo.addItem(text, data)
        for number, other in others:
            ui.afterStepCombo.addItem(f"{number}. {other.title}", other.code)
        ui.daysSpin.setRange(0, MAX_OFFSET_DAYS)
        ui.unitCombo.addItem(self.tr("working days"), False)
        ui.unitCombo.addItem(self.tr("calendar days"), True)
        ui.directionCombo.addItem(self.tr("after"), 1)
        ui.directionCombo.addItem(self.tr("before"), -1)
        if rule is not None:
            _choose(ui.anchorCombo, AFTER_STEP if rule.after_step is not None else rule.anchor)
            if rule.after_step is not None:
                _choose(ui.afterStepCombo, rule.after_step)
            ui.daysSpin.setValue(abs(rule.days))
            _choose(ui.unitCombo, rule.calendar_days)
            _choose(ui.directionCombo, -1 if rule.days < 0 else 1)
        ui.basisEdit.setText(step.basis)
        ui.guidanceEdit.setPlainText(step.guidance)

    def due(self) -> DueRule | None:
        ui = self.ui
        anchor = ui.anchorCombo.currentData()
        if not anchor:
            return None
        if anchor == AFTER_STEP:
            anchor = STEP_ANCHOR + (ui.afterStepCombo.currentData() or "")
        return DueRule(
            anchor,
            ui.daysSpin.value() * ui.directionCombo.currentData(),
            bool(ui.unitCombo.currentData()),
        )

    def _show_due(self) -> None:
        ui = self.ui
        anchor = ui.anchorCombo.currentData()
        for widget in (ui.daysSpin, ui.unitCombo, ui.directionCombo, ui.daysSpinLabel):
            widget.setEnabled(bool(anchor))
        ui.afterStepCombo.setEnabled(anchor == AFTER_STEP)
        ui.afterStepComboLabel.setEnabled(anchor == AFTER_STEP)
        rule = self.due()
        ui.dueSummaryLabel.setText(
            self.tr("Due: {0}").format(self.describe(rule))
            if rule
            else self.tr("No due date: the step is listed without one.")
        )

    def step(self) -> StepTemplate:
        """The step as the dialog shows it (the code of an edited step is kept)."""
        ui = self.ui
        return replace(
            self.original,
            title=ui.titleEdit.text().strip(),
            phase=ui.phaseCombo.currentData() or "",
            mandatory=ui.mandatoryCheck.isChecked(),
            owner=ui.ownerCombo.currentData() or "",
            due=self.due(),
            basis=ui.basisEdit.text().strip(),
            guidance=ui.guidanceEdit.toPlainText().strip(),
        )

    def values(self) -> dict[str, Any]:
        return {"step": self.step()}
