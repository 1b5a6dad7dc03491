"""File → Send to office… and Receive parcel…: the parcel services with Qt's dialogs.

Sending asks which office, where to save, and for under-seal or ex-parte requests whether
they travel in full or as metadata only. Receiving shows what the parcel would change
(a dry run) and applies it only when the user agrees; a refusal is one line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop import APP_NAME
from desktop.core.requests import RequestRecord
from desktop.gui.file_dialogs import open_file_name, save_file_name
from desktop.gui.session import Session
from desktop.services import casefile, offices, parcel_receive, parcel_send
from desktop.services.errors import UserFacingError
from desktop.services.workspace import Workspace

PARCEL_FILTER = "*.cdparcel"
translate = QCoreApplication.translate  # with literal texts, which lupdate collects


def send_to_office(
    parent: QWidget, session: Session, records: list[RequestRecord], hand_over_lead: bool = False
) -> str:
    """Ask and send; returns the sentence for the status bar ("" when nothing was sent).

    `hand_over_lead` (File → Hand over the lead…): the parcel makes the office the lead
    of the requests, once the user confirms what that means.
    """
    ws = session.ws
    if not records:
        QMessageBox.information(
            parent,
            APP_NAME,
            translate(
                "parcels", "Open a request, or select requests in the register, to send them."
            ),
        )
        return ""
    names = [o["name"] for o in offices.offices(ws) if o["verified_at"]]
    if not names:
        QMessageBox.information(
            parent,
            APP_NAME,
            translate(
                "parcels",
                "No verified office yet: add the other office's card and verify its "
                "fingerprint on the Offices page (View → Offices).",
            ),
        )
        return ""
    numbers = ", ".join(r.registry_no for r in records)
    office, ok = QInputDialog.getItem(
        parent,
        translate("parcels", "Hand over the lead")
        if hand_over_lead
        else translate("parcels", "Send to office"),
        translate("parcels", "Hand the lead for {0} over to:").format(numbers)
        if hand_over_lead
        else translate("parcels", "Send {0} to:").format(numbers),
        names,
        0,
        False,
    )
    if not ok:
        return ""
    if (
        hand_over_lead
        and QMessageBox.question(
            parent,
            translate("parcels", "Hand over the lead"),
            translate(
                "parcels",
                "Once {1} receives this parcel, {1} decides the status and Court deadline "
                "of {0}; changes made here travel to it as proposals. Hand the lead over?",
            ).format(numbers, office),
        )
        != QMessageBox.StandardButton.Yes
    ):
        return ""
    metadata_only = confirm_sealed = False
    sealed = [r.registry_no for r in records if r.confidentiality in parcel_send.SEALED]
    if sealed:
        answer = QMessageBox.question(
            parent,
            translate("parcels", "Under seal"),
            translate(
                "parcels",
                "{0} is under seal or ex parte. Send it in full to {1}? "
                "Choose No to send its metadata only (numbers, deadline, "
                "status).",
            ).format(", ".join(sealed), office),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return ""
        confirm_sealed = answer == QMessageBox.StandardButton.Yes
        metadata_only = not confirm_sealed
    files = sum(len(casefile.attachments(ws, r.id)) for r in records)
    with_attachments = False
    if files and not metadata_only:
        with_attachments = (
            QMessageBox.question(
                parent,
                translate("parcels", "Attached files"),
                translate(
                    "parcels",
                    "Send the %n attached file(s) too (a reply exported as Word is one)?",
                    None,
                    files,
                ),
            )
            == QMessageBox.StandardButton.Yes
        )
    path = save_file_name(
        parent,
        translate("parcels", "Save the sealed parcel"),
        "parcel.cdparcel",
        translate("parcels", "Parcels ({0})").format(PARCEL_FILTER),
    )
    if not path:
        return ""
    try:
        sent = parcel_send.send(
            ws,
            records,
            office,
            Path(path),
            metadata_only=metadata_only,
            confirm_sealed=confirm_sealed,
            with_attachments=with_attachments,
            hand_over_lead=hand_over_lead,
        )
    except UserFacingError as exc:
        QMessageBox.warning(parent, APP_NAME, str(exc))
        return ""
    for record in records:
        session.notify(record.id)
    return translate("parcels", "Parcel {0} for {1} saved: only {1} can open it.").format(
        sent.seq, sent.office
    )


def is_parcel(path: str) -> bool:
    """A file dropped on the window that is a parcel (by its name: the rest is checked)."""
    return path.lower().endswith(PARCEL_FILTER[1:])


def receive_parcel(
    parent: QWidget, session: Session, told: Callable[[str], None], path: str = ""
) -> None:
    """Choose a parcel (unless one was dropped), show what it would change, apply it when
    the user agrees; `told` gets the sentence for the status bar once it is applied.

    Decrypting, checking and the dry run are write operations off the GUI thread
    (`Session.write`): a parcel of many requests and files takes seconds to open.
    """
    path = path or open_file_name(
        parent,
        translate("parcels", "Receive a parcel"),
        translate("parcels", "Parcels ({0})").format(PARCEL_FILTER),
    )
    if path:
        _preview(parent, session, told, Path(path), accept_gap=False)


def _preview(
    parent: QWidget, session: Session, told: Callable[[str], None], path: Path, accept_gap: bool
) -> None:
    def work(ws: Workspace) -> parcel_receive.Received | str:
        try:
            return parcel_receive.receive(ws, path, dry_run=True, accept_gap=accept_gap)
        except parcel_receive.GapInSequence as exc:  # the user may accept the gap
            return str(exc)

    def shown(preview: parcel_receive.Received | str) -> None:
        if isinstance(preview, str):
            answer = QMessageBox.question(
                parent,
                APP_NAME,
                translate(
                    "parcels",
                    "{0}\n\nApply this parcel anyway, accepting that the missing one "
                    "may never come?",
                ).format(preview),
            )
            if answer == QMessageBox.StandardButton.Yes:
                _preview(parent, session, told, path, accept_gap=True)
            return
        if preview.replay_of:
            QMessageBox.information(
                parent,
                APP_NAME,
                translate(
                    "parcels", "Parcel {0} from {1} was already received on {2}; nothing changed."
                ).format(preview.seq, preview.office, preview.replay_of),
            )
            return
        changes = "\n".join(f"• {c}" for c in preview.changes) or translate(
            "parcels", "Nothing new."
        )
        answer = QMessageBox.question(
            parent,
            translate("parcels", "Receive parcel {0} from {1}").format(preview.seq, preview.office),
            translate("parcels", "This parcel will change:\n\n{0}\n\nApply it?").format(changes),
        )
        if answer == QMessageBox.StandardButton.Yes and session.is_unlocked:
            _apply(parent, session, told, path, accept_gap)

    session.write(
        work,
        shown,
        parent=parent,
        progress=translate("parcels", "Opening the parcel…"),
    )


def _apply(
    parent: QWidget, session: Session, told: Callable[[str], None], path: Path, accept_gap: bool
) -> None:
    def applied(result: parcel_receive.Received) -> None:
        if session.is_unlocked:
            session.notify(0)
        told(
            translate("parcels", "Parcel {0} from {1} received.").format(result.seq, result.office)
        )

    session.write(
        lambda ws: parcel_receive.receive(ws, path, accept_gap=accept_gap),
        applied,
        parent=parent,
        progress=translate("parcels", "Receiving the parcel…"),
    )
