"""Linking two requests that belong together, and undoing a link made by mistake.

Thin classes over forms/link_dialog.ui and forms/unlink_dialog.ui; the relations and
their rules (a full request follows a provisional arrest, never itself) are in
`services/links.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.gui.dialogs import Action, FormDialog
from desktop.gui.form_types import LinkFormUi, UnlinkFormUi


class LinkDialog(FormDialog[LinkFormUi]):
    """ "This request is <relation> <other request>"; the other is named by the reference
    the user has at hand, and the dialog says which request that is as it is typed."""

    form = LinkFormUi

    def __init__(
        self, describe: Callable[[str], str], action: Action, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Link to another request"), action, parent)
        # Each relation read both ways: from a provisional arrest the user links "the
        # provisional arrest followed by the full request", and the link is stored so.
        for text, relation, reverse in (
            (self.tr("a follow-up of"), "follow_up_of", False),
            (self.tr("followed up by"), "follow_up_of", True),
            (
                self.tr("the full request for surrender after the provisional arrest"),
                "full_request_after",
                False,
            ),
            (
                self.tr("the provisional arrest followed by the full request"),
                "full_request_after",
                True,
            ),
            (self.tr("a duplicate of"), "duplicate_of", False),
            (self.tr("duplicated by"), "duplicate_of", True),
            (self.tr("about the same person as"), "same_person_as", False),
        ):
            self.ui.relationCombo.addItem(text, (relation, reverse))
        self.ui.introLabel.setText(
            self.tr(
                "The link is shown on both requests. Linking the Court's full request for "
                "surrender to a provisional arrest ends the Rule 188 clock of the arrest."
            )
        )
        self._describe = describe
        self.setMinimumWidth(620)  # room to name the request found under the field
        self.ui.otherEdit.textChanged.connect(self._show_other)

    def _show_other(self, text: str) -> None:
        found = self._describe(text.strip()) if text.strip() else ""
        hint = self.ui.otherHint
        hint.setToolTip(found)  # in full; the line itself is cut to the field's width
        hint.setText(
            hint.fontMetrics().elidedText(
                found, Qt.TextElideMode.ElideRight, self.ui.otherEdit.width()
            )
        )

    def values(self) -> dict[str, Any]:
        relation, reverse = self.ui.relationCombo.currentData()
        return {"relation": relation, "reverse": reverse, "other": self.ui.otherEdit.text().strip()}


class UnlinkDialog(FormDialog[UnlinkFormUi]):
    """Remove the links with one of the requests linked to this one."""

    form = UnlinkFormUi

    def __init__(
        self, linked: list[tuple[str, str]], action: Action, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Remove a link"), action, parent)
        for text, registry_no in linked:
            self.ui.otherCombo.addItem(text, registry_no)
        self.ui.introLabel.setText(
            self.tr(
                "For a link made by mistake. The timeline of both requests keeps that they "
                "were linked."
            )
        )

    def values(self) -> dict[str, Any]:
        return {"other": self.ui.otherCombo.currentData()}
