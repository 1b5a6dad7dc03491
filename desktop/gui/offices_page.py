"""The Offices page: the offices parcels go to and come from, and their proposals.

A thin view over desktop.services.offices and .proposals: adding a card, recording that a
fingerprint was compared out of band, exporting this office's card, and accepting or
declining in one click what another office proposes on a request this office leads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableView, QWidget

from desktop import APP_NAME
from desktop.gui import formats, labels
from desktop.gui.file_dialogs import open_file_name, save_file_name
from desktop.gui.form_types import OfficesPageUi
from desktop.gui.forms import load_form
from desktop.gui.rows_model import RowColumn, RowsModel
from desktop.gui.session import Session
from desktop.services import offices, proposals
from desktop.services.errors import UserFacingError


class OfficesPage(QWidget):
    message = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = load_form(OfficesPageUi, self)
        self.offices = RowsModel(
            [
                RowColumn(self.tr("Office"), lambda r: r["name"]),
                RowColumn(self.tr("Place"), lambda r: r["place"]),
                RowColumn(self.tr("State"), lambda r: r["state"]),
                RowColumn(self.tr("Verified"), self._verified),
                RowColumn(
                    self.tr("Open requests it leads"),
                    lambda r: str(r["open_requests"]),
                    sort_key=lambda r: r["open_requests"],
                ),
                RowColumn(
                    self.tr("Next due"),
                    lambda r: formats.format_date(r["next_due"]) if r["next_due"] else "",
                ),
                RowColumn(self.tr("Fingerprint"), lambda r: r["fingerprint"]),
            ],
            self,
        )
        self.proposals = RowsModel(
            [
                RowColumn(self.tr("Request"), lambda r: r["registry_no"]),
                RowColumn(self.tr("From"), lambda r: r["office"] or ""),
                RowColumn(self.tr("Proposes"), self._proposed),
                RowColumn(self.tr("Received"), lambda r: formats.format_datetime(r["proposed_at"])),
            ],
            self,
        )
        for view, model in (
            (self.ui.officesView, self.offices),
            (self.ui.proposalsView, self.proposals),
        ):
            view.setModel(model)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
            view.selectionModel().selectionChanged.connect(self._buttons)
        self.ui.addButton.clicked.connect(self.add_card)
        self.ui.verifyButton.clicked.connect(self.verify)
        self.ui.cardButton.clicked.connect(self.export_card)
        self.ui.acceptButton.clicked.connect(lambda: self.decide(accept=True))
        self.ui.declineButton.clicked.connect(lambda: self.decide(accept=False))
        session.changed.connect(
            lambda _request_id: self.refresh() if session.is_unlocked and self.isVisible() else None
        )

    def _verified(self, row: dict[str, Any]) -> str:
        if row["verified_at"]:
            return self.tr("✔ {0}").format(formats.format_date(row["verified_at"][:10]))
        return self.tr("Not verified: parcels refused")

    def _proposed(self, row: dict[str, Any]) -> str:
        if row["field"] == "status":
            return self.tr("Status: {0}").format(labels.status(row["value"]))
        return self.tr("Court deadline: {0}").format(formats.format_date(row["value"]))

    def refresh(self) -> None:
        ws = self.session.ws
        card = offices.own_card(ws)
        self.ui.ownLabel.setText(
            self.tr("This office: {0}. Its fingerprint, to read to the other office: {1}").format(
                card["name"], card["fingerprint"]
            )
        )
        self.offices.set_rows(offices.offices(ws))
        self.proposals.set_rows(proposals.open_proposals(ws))
        self.ui.officesEmptyLabel.setVisible(not self.offices.rows)
        self.ui.officesView.setVisible(bool(self.offices.rows))
        self.ui.proposalsEmptyLabel.setVisible(not self.proposals.rows)
        self.ui.proposalsView.setVisible(bool(self.proposals.rows))
        self._buttons()

    def clear(self) -> None:
        """On lock: nothing of the offices or the requests stays on screen."""
        self.ui.ownLabel.clear()
        self.offices.set_rows([])
        self.proposals.set_rows([])

    def _selected(self, view: QTableView, model: RowsModel) -> dict[str, Any] | None:
        rows = view.selectionModel().selectedRows()
        return model.row(rows[0].row()) if rows else None

    def _buttons(self) -> None:
        office = self._selected(self.ui.officesView, self.offices)
        self.ui.verifyButton.setEnabled(office is not None and not office["verified_at"])
        chosen = self._selected(self.ui.proposalsView, self.proposals) is not None
        self.ui.acceptButton.setEnabled(chosen)
        self.ui.declineButton.setEnabled(chosen)

    def _done(self, text: str) -> None:
        self.session.notify(0)
        self.refresh()
        self.message.emit(text)

    def _refused(self, exc: UserFacingError) -> None:
        QMessageBox.warning(self, APP_NAME, str(exc))

    def add_card(self) -> None:
        path = open_file_name(
            self, self.tr("Add an office's card"), self.tr("Office cards (*.json);;All files (*)")
        )
        if not path:
            return
        try:
            office = offices.add(self.session.ws, Path(path))
        except UserFacingError as exc:
            self._refused(exc)
            return
        self._done(
            self.tr("{0} added. Compare its fingerprint with the office, then verify it.").format(
                office["name"]
            )
        )

    def verify(self) -> None:
        office = self._selected(self.ui.officesView, self.offices)
        if office is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Verify {0}").format(office["name"]),
            self.tr(
                "Read this fingerprint with {0}, on the phone or on paper sent in the "
                "pouch:\n\n{1}\n\nDoes every digit match what the office reads to "
                "you?"
            ).format(office["name"], office["fingerprint"]),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        offices.verify(self.session.ws, office["name"])
        self._done(self.tr("{0} verified: its parcels are accepted.").format(office["name"]))

    def export_card(self) -> None:
        path = save_file_name(
            self,
            self.tr("Export this office's card"),
            "office-card.json",
            self.tr("Office cards (*.json)"),
        )
        if not path:
            return
        try:
            offices.write_card(self.session.ws, Path(path))
        except UserFacingError as exc:
            self._refused(exc)
            return
        self.message.emit(self.tr("Card written to {0} (public keys only).").format(path))

    def decide(self, accept: bool) -> None:
        proposal = self._selected(self.ui.proposalsView, self.proposals)
        if proposal is None:
            return
        try:
            if accept:
                proposals.accept(self.session.ws, proposal["id"])
            else:
                proposals.decline(self.session.ws, proposal["id"])
        except UserFacingError as exc:
            self._refused(exc)
            return
        self.session.notify(proposal["request_id"])
        self.refresh()
        self.message.emit(
            (
                self.tr("Proposal accepted for {0}.")
                if accept
                else self.tr("Proposal declined for {0}.")
            ).format(proposal["registry_no"])
        )
