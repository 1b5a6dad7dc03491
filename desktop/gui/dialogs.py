"""Small dialogs of the request workspace. Each is a thin class over its .ui form.

They share one behaviour (FormDialog): OK runs the action the caller gave; if a rule
refuses, the message appears in the dialog and everything typed stays there.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDialog, QFormLayout, QWidget

from desktop.core.requests import ValidationError
from desktop.core.statuses import GROUNDS, Status, needs_reason
from desktop.core.vocabulary import CostCategory
from desktop.gui import labels
from desktop.gui.form_types import (
    AnswerFormUi,
    CostFormUi,
    DialogFormUi,
    ExtensionFormUi,
    OwnerFormUi,
    RouteFormUi,
    StatusFormUi,
)
from desktop.gui.forms import load_form
from desktop.services.errors import UserFacingError

Action = Callable[[dict[str, Any]], None]


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def qdatetime(moment: datetime) -> QDateTime:
    """To the minute, as the date-time fields show it (a naive local time)."""
    return QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute))


def pydatetime(value: QDateTime) -> datetime:
    day, time = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


D = TypeVar("D", bound=DialogFormUi)


class FormDialog(QDialog, Generic[D]):
    """A dialog over one form: OK runs `action(values())`; a refusal shows in the form."""

    form: type[D]

    def __init__(self, title: str, action: Action, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.action = action
        self.ui: D = load_form(self.form, self)
        self.ui.buttonBox.accepted.connect(self._submit)
        self.ui.buttonBox.rejected.connect(self.reject)

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def _add_effective_date(self, layout: QFormLayout, label: str) -> None:
        """A date field, today by default, for what happened on an earlier day."""
        self.onEdit = QDateEdit(QDate.currentDate(), self)
        self.onEdit.setCalendarPopup(True)
        self.onEdit.setDisplayFormat("yyyy-MM-dd")
        self.onEdit.setMaximumDate(QDate.currentDate())
        self.onEdit.setAccessibleName(label)
        layout.addRow(label, self.onEdit)

    def effective_on(self) -> date | None:
        """None for today (the service then uses its own clock), else the date chosen."""
        chosen = self.onEdit.date()
        return None if chosen == QDate.currentDate() else pydate(chosen)

    def _submit(self) -> None:
        try:
            self.action(self.values())
        except ValidationError as exc:
            self.ui.errorLabel.setText("\n".join(exc.lines()))
        except UserFacingError as exc:
            self.ui.errorLabel.setText(str(exc))
        else:
            self.accept()


class StatusDialog(FormDialog[StatusFormUi]):
    form = StatusFormUi

    def __init__(
        self, current: Status, new: Status, action: Action, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Change status to “{0}”").format(labels.status(new)), action, parent
        )
        grounds = GROUNDS.get(new, ())
        for ground in grounds:
            self.ui.groundCombo.addItem(labels.tr(ground.label), ground.code)
        self.ui.groundCombo.setVisible(bool(grounds))
        self.ui.groundComboLabel.setVisible(bool(grounds))
        self._add_effective_date(self.ui.formLayout, self.tr("Happened on:"))
        required = needs_reason(current, new)
        self.ui.introLabel.setText(
            self.tr("The Statute requires a ground and the reasons; they are kept in the timeline.")
            if grounds
            else self.tr("Say why; it is kept in the timeline.")
            if required
            else self.tr("A reason is optional; it is kept in the timeline.")
        )

    def values(self) -> dict[str, Any]:
        return {
            "reason": self.ui.reasonEdit.toPlainText(),
            "ground": self.ui.groundCombo.currentData(),
            "on": self.effective_on(),
        }


class RouteDialog(FormDialog[RouteFormUi]):
    form = RouteFormUi

    def __init__(
        self,
        authorities: list[str],
        suggested: list[str],
        due: date,
        due_hint: str,
        action: Action,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Route to a national authority"), action, parent)
        for name in suggested:
            self.ui.authorityCombo.addItem(self.tr("{0} (usual for this kind)").format(name), name)
        for name in authorities:
            if name not in suggested:
                self.ui.authorityCombo.addItem(name, name)
        self._add_effective_date(self.ui.formLayout, self.tr("Sent on:"))
        self._due, self._due_hint = due, due_hint
        self.ui.dueEdit.setDate(qdate(due))
        self.ui.dueEdit.dateChanged.connect(self._explain_due)
        self._explain_due()
        self.ui.introLabel.hide()

    def _explain_due(self) -> None:
        """The hint explains the date shown: the default's reason, or that it was typed."""
        shown = pydate(self.ui.dueEdit.date())
        self.ui.dueHint.setText(
            self._due_hint
            if shown == self._due
            else self.tr("Set by hand. The default would be {0}: {1}").format(
                self._due.isoformat(), self._due_hint
            )
        )

    def values(self) -> dict[str, Any]:
        """`due` is None when the default was kept: the step then follows the request."""
        shown = pydate(self.ui.dueEdit.date())
        return {
            "authority": self.ui.authorityCombo.currentData(),
            "part": self.ui.partEdit.text(),
            "due": None if shown == self._due else shown,
            "sent_on": self.effective_on(),
            "authority_reference": self.ui.referenceEdit.text(),
        }


class AnswerDialog(FormDialog[AnswerFormUi]):
    form = AnswerFormUi

    def __init__(
        self, authority: str, today: date, action: Action, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Answer from {0}").format(authority), action, parent)
        self.ui.dateEdit.setDate(qdate(today))
        self.ui.introLabel.hide()

    def values(self) -> dict[str, Any]:
        return {
            "answered_on": pydate(self.ui.dateEdit.date()),
            "outcome": self.ui.outcomeEdit.toPlainText(),
            "authority_reference": self.ui.referenceEdit.text(),
        }


class CostDialog(FormDialog[CostFormUi]):
    form = CostFormUi

    def __init__(self, today: date, action: Action, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record a cost"), action, parent)
        self.ui.categoryCombo.addItem(
            self.tr("Ordinary (borne by the State)"), CostCategory.ORDINARY.value
        )
        self.ui.categoryCombo.addItem(
            self.tr("Extraordinary (borne by the Court)"), CostCategory.EXTRAORDINARY.value
        )
        self.ui.currencyEdit.setText("EUR")
        self.ui.dateEdit.setDate(qdate(today))

    def values(self) -> dict[str, Any]:
        return {
            "category": self.ui.categoryCombo.currentData(),
            "description": self.ui.descriptionEdit.text(),
            "amount": self.ui.amountEdit.text(),
            "currency": self.ui.currencyEdit.text(),
            "incurred_on": pydate(self.ui.dateEdit.date()),
        }


class ExtensionDialog(FormDialog[ExtensionFormUi]):
    form = ExtensionFormUi

    def __init__(self, current_due: date, action: Action, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Extension agreed with the Court"), action, parent)
        self.ui.dateEdit.setDate(qdate(current_due))
        self._add_effective_date(self.ui.formLayout, self.tr("Agreed on:"))
        self.shortenCheck = QCheckBox(self.tr("The Court shortened the deadline"), self)
        self.ui.formLayout.addRow("", self.shortenCheck)

    def values(self) -> dict[str, Any]:
        return {
            "date": pydate(self.ui.dateEdit.date()),
            "reason": self.ui.reasonEdit.text(),
            "on": self.effective_on(),
            "shorten": self.shortenCheck.isChecked(),
        }


class OwnerDialog(FormDialog[OwnerFormUi]):
    form = OwnerFormUi

    def __init__(
        self, users: list[dict[str, Any]], action: Action, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Assign owner"), action, parent)
        for user in users:
            self.ui.ownerCombo.addItem(f"{user['display_name']} ({user['name']})", user["name"])
        self.ui.introLabel.hide()

    def values(self) -> dict[str, Any]:
        return {"owner": self.ui.ownerCombo.currentData()}
