"""Facts that change a request's clock: the day of the arrest, a periodic review.

Thin classes over forms/arrest_dialog.ui and forms/review_dialog.ui; what they record
(and refuse) is in `services/clocks.py`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.core.vocabulary import Kind
from desktop.gui.dialogs import Action, FormDialog, pydate, qdate
from desktop.gui.form_types import ArrestFormUi, ReviewFormUi


class ArrestDialog(FormDialog[ArrestFormUi]):
    """The day the person was arrested; for a provisional arrest Rule 188 runs from it."""

    form = ArrestFormUi

    def __init__(
        self, kind: Kind, today: date, action: Action, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Record the arrest"), action, parent)
        self.setMinimumWidth(460)
        self.ui.dateEdit.setDate(qdate(today))
        self.ui.dateEdit.setMaximumDate(qdate(today))
        self.ui.introLabel.setText(
            self.tr(
                "Rule 188: the Court's full request for surrender is due within 60 days "
                "of the provisional arrest. The clock runs from the day you enter."
            )
            if kind is Kind.PROVISIONAL_ARREST
            else self.tr("The day the person was arrested; it is kept in the timeline.")
        )

    def values(self) -> dict[str, Any]:
        return {"arrested_on": pydate(self.ui.dateEdit.date())}


class ReviewDialog(FormDialog[ReviewFormUi]):
    """A standing request looked at again: the next review counts from this one."""

    form = ReviewFormUi

    def __init__(self, today: date, action: Action, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Review of a standing request"), action, parent)
        self.setMinimumWidth(460)
        self.ui.dateEdit.setDate(qdate(today))
        self.ui.dateEdit.setMaximumDate(qdate(today))
        self.ui.introLabel.setText(
            self.tr(
                "The person is still sought and the request stands. The next review is counted "
                "from this one."
            )
        )

    def values(self) -> dict[str, Any]:
        return {"on": pydate(self.ui.dateEdit.date()), "note": self.ui.noteEdit.text()}
