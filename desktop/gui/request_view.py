"""The request workspace: one request in full, with the actions its status allows."""

from __future__ import annotations

import html
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.deadlines import Clock
from desktop.core.requests import RequestRecord
from desktop.core.statuses import GROUNDS, OPEN_STATUSES, Status, allowed_next
from desktop.core.vocabulary import Kind
from desktop.gui import contrast, formats, labels, parcel_actions, timeline
from desktop.gui.badges import COLOURS
from desktop.gui.checklist_panel import ChecklistPanel
from desktop.gui.clock_dialogs import ArrestDialog, ReviewDialog
from desktop.gui.dialogs import (
    AnswerDialog,
    CostDialog,
    ExtensionDialog,
    RouteDialog,
    StatusDialog,
)
from desktop.gui.file_dialogs import open_file_names, save_file_name
from desktop.gui.form_types import RequestViewUi
from desktop.gui.forms import load_form
from desktop.gui.link_dialogs import LinkDialog, UnlinkDialog
from desktop.gui.rows_model import RowColumn, RowsModel
from desktop.gui.session import Session
from desktop.services import (
    audit,
    calendar_export,
    casefile,
    clocks,
    directory,
    links,
    offices,
    proposals,
    queries,
    register,
    workflow,
)
from desktop.services.errors import UserFacingError
from desktop.services.workspace import Workspace

if TYPE_CHECKING:  # QtPdf loads when a PDF is first shown
    from PySide6.QtPdf import QPdfDocument

LATE = QBrush(QColor(220, 53, 69, 60))
ARREST_KINDS = (Kind.PROVISIONAL_ARREST, Kind.ARREST_SURRENDER)
TIMELINE_DETAILS = 3  # the column of raw audit details, behind "Show details"


def _esc(value: Any) -> str:
    return html.escape(str(value) if value is not None else "")


def _attach(ws: Workspace, request_id: int, path: Path) -> int:
    """Store one file on the request (run off the GUI thread)."""
    return casefile.attach_file(ws, register.by_id(ws, request_id), path)


class RequestView(QWidget):
    """Shows one request; emits `edit_requested` so the window opens the request form."""

    edit_requested = Signal(int)
    reply_requested = Signal(int)
    message = Signal(str)
    status = Signal(str)  # a passing note for the status bar (no dialog to close)

    def __init__(self, session: Session, request_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.request_id = request_id
        self.record: RequestRecord | None = None
        self.ui = load_form(RequestViewUi, self)
        self.ui.confidentialityLabel.setSizePolicy(
            QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum
        )
        self.ui.headerRight.setAlignment(self.ui.confidentialityLabel, Qt.AlignmentFlag.AlignRight)
        self.pdf_document: QPdfDocument | None = None
        self._pdf_buffer: QBuffer | None = None

        self.routing = RowsModel(
            [
                RowColumn(self.tr("Authority"), lambda r: r["authority"]),
                RowColumn(self.tr("Part"), lambda r: r["part"]),
                RowColumn(
                    self.tr("Sent"),
                    lambda r: formats.format_date(r["sent_on"]),
                    sort_key=lambda r: r["sent_on"] or "",
                ),
                RowColumn(
                    self.tr("Due"),
                    lambda r: formats.format_date(r["due_on"]),
                    self._late_brush,
                    sort_key=lambda r: r["due_on"] or "",
                ),
                RowColumn(self.tr("Their reference"), lambda r: r["authority_reference"]),
                RowColumn(
                    self.tr("Answered"),
                    lambda r: formats.format_date(r["answered_on"]),
                    sort_key=lambda r: r["answered_on"] or "",
                ),
                RowColumn(self.tr("Outcome"), lambda r: r["outcome"]),
            ],
            self,
        )
        self.notes = RowsModel(
            [
                RowColumn(
                    self.tr("When"),
                    lambda r: formats.format_datetime(r["created_at"]),
                    sort_key=lambda r: r["created_at"],
                ),
                RowColumn(self.tr("Who"), lambda r: r["author"]),
                RowColumn(self.tr("Shared"), lambda r: "✔" if r["shareable"] else ""),
                RowColumn(self.tr("Note"), lambda r: r["text"]),
            ],
            self,
        )
        self.attachments = RowsModel(
            [
                RowColumn(self.tr("File"), lambda r: r["filename"]),
                RowColumn(
                    self.tr("Size"),
                    lambda r: formats.format_size(r["size"]),
                    sort_key=lambda r: r["size"],
                ),
                RowColumn(
                    self.tr("Added"),
                    lambda r: formats.format_datetime(r["added_at"]),
                    sort_key=lambda r: r["added_at"],
                ),
                RowColumn(self.tr("By"), lambda r: r["added_by"]),
            ],
            self,
        )
        self.costs = RowsModel(
            [
                RowColumn(self.tr("Category"), lambda r: r["category"]),
                RowColumn(self.tr("Description"), lambda r: r["description"]),
                RowColumn(
                    self.tr("Amount"),
                    lambda r: formats.format_money(r["amount_cents"], r["currency"]),
                    sort_key=lambda r: (r["currency"], r["amount_cents"]),
                ),
                RowColumn(
                    self.tr("Incurred"),
                    lambda r: formats.format_date(r["incurred_on"]),
                    sort_key=lambda r: r["incurred_on"] or "",
                ),
            ],
            self,
        )
        self.timeline = RowsModel(
            [
                RowColumn(
                    self.tr("When"),
                    lambda r: formats.format_datetime(r["at"]),
                    sort_key=lambda r: r["at"],
                ),
                RowColumn(self.tr("Who"), lambda r: self._names.get(r["user"], r["user"])),
                RowColumn(self.tr("What"), lambda r: timeline.sentence(r["action"], r["detail"])),
                RowColumn(
                    self.tr("Details"), lambda r: timeline.technical(r["action"], r["detail"])
                ),
            ],
            self,
        )
        self._names: dict[str, str] = {}
        for view, model in (
            (self.ui.routingView, self.routing),
            (self.ui.notesView, self.notes),
            (self.ui.attachmentsView, self.attachments),
            (self.ui.costsView, self.costs),
            (self.ui.timelineView, self.timeline),
        ):
            view.setModel(model)
            view.setWordWrap(False)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
        self.ui.routeButton.clicked.connect(self.route)
        self.ui.answeredButton.clicked.connect(self.mark_answered)
        self.ui.addNoteButton.clicked.connect(self.add_note)
        self.ui.addAttachmentButton.clicked.connect(self.add_attachment)
        self.ui.saveAttachmentButton.clicked.connect(self.save_attachment)
        self.ui.attachmentsView.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_attachment(current.row())
        )
        self.ui.addCostButton.clicked.connect(self.add_cost)
        self.ui.exportTrailButton.clicked.connect(self.export_trail)
        self.ui.detailsCheck.toggled.connect(self._show_details)
        self._show_details(False)
        self.ui.editButton.clicked.connect(lambda: self.edit_requested.emit(self.request_id))
        self.ui.replyButton.clicked.connect(lambda: self.reply_requested.emit(self.request_id))
        self.ui.extendButton.clicked.connect(self.extend)
        self.ui.arrestButton.clicked.connect(self.record_arrest)
        self.ui.reviewButton.clicked.connect(self.record_review)
        self.ui.linkButton.clicked.connect(self.link)
        self.ui.unlinkButton.clicked.connect(self.unlink)
        self._links: list[dict[str, Any]] = []
        self.ui.calendarButton.clicked.connect(self.add_to_calendar)
        self.setAcceptDrops(True)
        self.checklist = ChecklistPanel(session, request_id, self)
        self.checklist.changed.connect(self._changed)
        self.checklist.message.connect(self.message)
        if self.checklist.view_data is not None and self.checklist.view_data.is_transfer:
            # Rec. 19: for a transfer the checklist is the main surface.
            self.ui.detailTabs.insertTab(0, self.checklist, self.tr("Transfer logistics"))
            self.ui.detailTabs.setCurrentIndex(0)
        else:
            self.ui.detailTabs.insertTab(1, self.checklist, self.tr("Checklist"))
        self.refresh(checklist=False)
        session.changed.connect(self._on_session_changed)

    # -- display ------------------------------------------------------------------------

    def _late_brush(self, row: dict[str, Any]) -> QBrush | None:
        if not row["answered_on"] and row["due_on"] < self.session.ws.today().isoformat():
            return LATE
        return None

    def refresh(self, checklist: bool = True) -> None:
        ws = self.session.ws
        self.record = register.by_id(ws, self.request_id)
        record = self.record
        data = queries.details(ws, record)
        self.ui.subjectLabel.setText(record.subject)
        self.ui.refsLabel.setText(
            f"{record.registry_no}  ·  {record.court_reference}  ·  "
            f"{labels.kind(record.kind)}  ·  {labels.urgency(record.urgency)}"
        )
        colour = COLOURS.get(record.confidentiality.value, QColor("#5f6b7a")).name()
        self.ui.confidentialityLabel.setText(labels.confidentiality(record.confidentiality))
        self.ui.confidentialityLabel.setStyleSheet(
            f"background: {colour}; color: white; border-radius: 10px; padding: 4px 12px;"
            "font-weight: 600;"
        )
        self._banner(data)
        self._links = data["links"]
        self.ui.arrestButton.setVisible(record.kind in ARREST_KINDS)
        self.ui.reviewButton.setVisible(record.clock == Clock.STANDING)
        self.ui.unlinkButton.setVisible(bool(self._links))
        self.ui.statusLabel.setText(labels.status(record.status))
        self._status_buttons(Status(record.status))
        self.ui.overviewText.setHtml(self._overview_html(data))
        self.routing.set_rows(workflow.routing_steps(ws, record.id))
        self.notes.set_rows(casefile.notes(ws, record.id))
        self.attachments.set_rows(casefile.attachments(ws, record.id))
        self.costs.set_rows(casefile.costs(ws, record.id))
        self._names = {u["name"]: u["display_name"] or u["name"] for u in ws.users()}
        self.timeline.set_rows(data["timeline"])
        self.ui.answeredButton.setEnabled(any(not r["answered_on"] for r in self.routing.rows))
        if checklist:
            self.checklist.refresh()

    def clear(self) -> None:
        """Drop what is shown (on lock); a note being typed stays for the same user."""
        self.record = None
        for label in (
            self.ui.subjectLabel,
            self.ui.refsLabel,
            self.ui.confidentialityLabel,
            self.ui.statusLabel,
            self.ui.bannerLabel,
        ):
            label.clear()
        self.ui.overviewText.clear()
        for model in (self.routing, self.notes, self.attachments, self.costs, self.timeline):
            model.set_rows([])
        self._status_buttons(None)
        self.show_attachment(-1)
        self.pdf_document = self._pdf_buffer = None
        self.checklist.clear()

    def _relation(self, relation: str, from_here: bool) -> str:
        """How a link reads from this request: "Follow-up of", "Followed up by"…"""
        words = {
            "follow_up_of": (self.tr("Follow-up of"), self.tr("Followed up by")),
            "full_request_after": (
                self.tr("Full request after the provisional arrest"),
                self.tr("Provisional arrest followed by the full request"),
            ),
            "duplicate_of": (self.tr("Duplicate of"), self.tr("Duplicated by")),
            "same_person_as": (self.tr("Same person as"), self.tr("Same person as")),
        }
        pair = words.get(relation)
        return pair[0 if from_here else 1] if pair else relation

    def _show_details(self, shown: bool) -> None:
        self.ui.timelineView.setColumnHidden(TIMELINE_DETAILS, not shown)
        self.ui.timelineView.setWordWrap(not shown)

    def _banner(self, data: dict[str, Any]) -> None:
        left = data["days_left"]
        due = data["deadlines"]["final"]
        deliver = data["deadlines"].get("deliver_by")
        # The days left run to the last day the Court can receive the answer.
        on = formats.format_date((deliver or due)["on"], medium=True)
        open_now = Status(data["status"]) in OPEN_STATUSES
        if left is None and not (open_now and data["clock"] != Clock.RUNNING):
            self.ui.bannerLabel.hide()
            return
        self.ui.bannerLabel.show()
        if data["clock"] == Clock.ENDED:
            text = self.tr("No date is running.")
            style = "background: palette(alternate-base);"
        elif data["clock"] == Clock.STANDING:
            if due["on"] <= self.session.ws.today().isoformat():
                text = self.tr("Review due since {0}.").format(on)
                style = "background: #fff4d6;"
            else:
                text = self.tr("Standing request: next review {0}.").format(on)
                style = "background: palette(alternate-base);"
        elif data["status"] == Status.IN_CONSULTATION:
            text = self.tr(
                "Clock paused while in consultation with the Court ({0} days left when paused)."
            ).format(left)
            style = "background: #e7f0ff;"
        elif left < 0:
            text = self.tr("Overdue by {0} days: due {1}.").format(-left, on)
            style = "background: #fbe4e6; color: #7a1620;"
        elif left <= 7:
            text = self.tr("Due in {0} days: {1}.").format(left, on)
            style = "background: #fff4d6;"
        else:
            text = self.tr("Due {0} ({1} days left).").format(on, left)
            style = "background: palette(alternate-base);"
        if deliver:
            text += " " + self.tr(
                "The final due date, {0}, is a day the Court is closed: "
                "the answer must reach it by its previous working day."
            ).format(formats.format_date(due["on"], medium=True))
        self.ui.bannerLabel.setText(text + "  " + due["explanation"])
        self.ui.bannerLabel.setStyleSheet("padding: 6px; border-radius: 4px;" + style)

    def _status_buttons(self, current: Status | None) -> None:
        layout = self.ui.statusButtons
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        moves = allowed_next(current) if current is not None else []
        self.ui.nextLabel.setVisible(bool(moves))
        for new in moves:
            button = QPushButton(labels.status(new), self)
            if new in GROUNDS:
                button.setToolTip(self.tr("Needs a statutory ground and the reasons"))
            button.clicked.connect(lambda _checked=False, s=new: self.change_status(s))
            layout.addWidget(button)

    def _origin(self) -> str:
        """For a request another office leads: that office and its registry number."""
        found = offices.origin(self.session.ws, self.request_id)
        if found is None:
            return ""
        if not found["registry_no"]:  # this office handed the lead over
            return self.tr("{0} leads it: its status and deadline apply here").format(
                found["office"]
            )
        return self.tr(
            "{0}, their number {1} (that office leads: its status and deadline apply here)"
        ).format(found["office"], found["registry_no"])

    def _proposals(self) -> str:
        """What another office proposes on this request (decided on the Offices page)."""
        found = proposals.open_proposals(self.session.ws, self.request_id)
        return "; ".join(
            self.tr("{0} proposes {1}").format(
                p["office"],
                labels.status(p["value"])
                if p["field"] == "status"
                else formats.format_date(p["value"]),
            )
            for p in found
        )

    def _overview_html(self, data: dict[str, Any]) -> str:
        record = self.record
        assert record is not None
        rows = [
            (self.tr("Registry no."), record.registry_no),
            (self.tr("Court reference"), record.court_reference),
            (self.tr("Received"), formats.format_datetime(record.received_at)),
            (self.tr("Kind"), labels.kind(record.kind)),
            (self.tr("Art. 93(1)"), ", ".join(f"({a})" for a in record.assistance_types)),
            (self.tr("Requesting organ"), labels.organ(record.requesting_organ)),
            (self.tr("Situation"), record.situation),
            (self.tr("Case"), record.case),
            (self.tr("Channel"), labels.channel(record.channel)),
            (self.tr("Owner"), record.owner or ""),
            (self.tr("Received from"), self._origin()),
            (self.tr("Awaiting your decision"), self._proposals()),
            (self.tr("Persons concerned"), "; ".join(record.persons)),
            (self.tr("Arrested on"), formats.format_date(record.arrested_on, medium=True)),
            (self.tr("Last reviewed"), formats.format_date(record.reviewed_on, medium=True)),
        ]
        hint = contrast.hint_colour(self.palette()).name()
        table = "".join(
            f"<tr><td style='color:{hint}; padding-right:12px'>{_esc(k)}</td>"
            f"<td dir='auto'>{_esc(v)}</td></tr>"
            for k, v in rows
            if v
        )
        final = {Clock.STANDING: self.tr("Next review"), Clock.ENDED: self.tr("Watch ended")}.get(
            data["clock"], self.tr("Final due")
        )
        deliver = data["deadlines"].get("deliver_by")
        beside = (
            " · "
            + _esc(self.tr("deliver by {0}")).format(
                f"<b>{_esc(formats.format_date(deliver['on']))}</b>"
            )
            if deliver
            else ""
        )
        after = f"<br>{_esc(deliver['explanation'])}" if deliver else ""
        dates = [(final, data["deadlines"]["final"], beside, after)]
        if data["clock"] != Clock.ENDED:
            dates.append((self.tr("Internal due"), data["deadlines"]["internal"], "", ""))
        deadlines = "".join(
            f"<tr><td style='color:{hint}; padding-right:12px'>{_esc(name)}</td>"
            f"<td><b>{_esc(formats.format_date(due['on']))}</b>{extra} — "
            f"{_esc(due['explanation'])}{more}</td></tr>"
            for name, due, extra, more in dates
        )
        sent = data["acknowledged_at"]
        ack = data["deadlines"]["acknowledgement"]
        ack_title = _esc(self.tr("Acknowledgement"))
        deadlines += (
            f"<tr><td style='color:{hint}; padding-right:12px'>{ack_title}</td><td>"
            + (
                "✔ "
                + _esc(
                    self.tr("Done: exported on {0}").format(formats.format_date(sent, medium=True))
                )
                if sent
                else f"<b>{_esc(formats.format_date(ack['on']))}</b> — {_esc(ack['explanation'])}"
            )
            + "</td></tr>"
        )
        if data.get("past_on_arrival"):
            late = _esc(
                self.tr("Past its deadline on arrival: overdue from the day it was received.")
            )
            deadlines += f"<tr><td></td><td>⚠ {late}</td></tr>"
        linked = "".join(
            f"<tr><td style='color:{hint}; padding-right:12px'>"
            f"{_esc(self._relation(link['relation'], link['from_here']))}</td>"
            f"<td>{_esc(link['registry_no'])} — <span dir='auto'>{_esc(link['subject'])}"
            "</span></td></tr>"
            for link in data.get("links", ())
        )
        if linked:
            heading = _esc(self.tr("Linked requests"))
            deadlines += f"<tr><td colspan='2'><h3>{heading}</h3></td></tr>{linked}"
        check = data["completeness"]
        if check["complete"]:
            complete = "<p>✔ " + _esc(self.tr("All elements required are present.")) + "</p>"
        else:
            complete = (
                "<p>"
                + _esc(self.tr("Missing (ask the Court under art. 97):"))
                + "</p><ul>"
                + "".join(
                    f"<li>{_esc(labels.tr(m['element']))} "
                    f"<i>({_esc(labels.basis(m['basis']))})</i></li>"
                    for m in check["missing"]
                )
                + "</ul>"
            )
        summary = _esc(record.summary).replace("\n", "<br>")
        titles = [
            _esc(title)
            for title in (self.tr("Summary"), self.tr("Deadlines"), self.tr("Completeness"))
        ]
        return (
            f"<table>{table}</table><h3>{titles[0]}</h3>"
            f"<p dir='auto'>{summary}</p>"
            f"<h3>{titles[1]}</h3><table>{deadlines}</table>"
            f"<h3>{titles[2]}</h3>{complete}"
        )

    # -- actions ------------------------------------------------------------------------

    def _changed(self) -> None:
        self.session.notify(self.request_id)

    def _on_session_changed(self, request_id: int) -> None:
        """Any window's change to this request (or to all) shows here at once."""
        if request_id in (0, self.request_id) and self.session.is_unlocked:
            self.refresh()

    def change_status(self, new: Status) -> None:
        assert self.record is not None
        current = Status(self.record.status)

        def apply(values: dict[str, Any]) -> None:
            workflow.change_status(
                self.session.ws,
                register.by_id(self.session.ws, self.request_id),
                new,
                values["reason"],
                values["ground"],
                values["on"],
            )
            self._changed()

        StatusDialog(current, new, apply, self).open()

    def route(self) -> None:
        ws = self.session.ws
        assert self.record is not None
        record = self.record
        due = workflow.default_routing_due(ws, record)
        suggested = directory.suggested_authorities(ws, record.kind)
        names = [a["name"] for a in directory.authorities(ws)]

        def apply(values: dict[str, Any]) -> None:
            now = self.session.ws  # the workspace at the time of saving (it may relock)
            workflow.route(
                now,
                register.by_id(now, self.request_id),
                values["authority"],
                values["due"],
                values["part"],
                values["authority_reference"],
                values["sent_on"],
            )
            self._changed()

        RouteDialog(names, suggested, due.on, due.explanation, apply, self).open()

    def mark_answered(self) -> None:
        index = self.ui.routingView.currentIndex()
        step = self.routing.row(index.row()) if index.isValid() else None
        if step is None or step["answered_on"]:
            open_steps = [r for r in self.routing.rows if not r["answered_on"]]
            if len(open_steps) != 1:
                self.message.emit(self.tr("Select the routing step that was answered."))
                return
            step = open_steps[0]
        ws = self.session.ws

        def apply(values: dict[str, Any]) -> None:
            workflow.mark_answered(
                self.session.ws,
                step["id"],
                values["outcome"],
                values["answered_on"],
                values["authority_reference"],
            )
            self._changed()

        AnswerDialog(step["authority"], ws.today(), apply, self).open()

    def add_note(self) -> None:
        text = self.ui.noteEdit.toPlainText()
        try:
            casefile.add_note(
                self.session.ws,
                register.by_id(self.session.ws, self.request_id),
                text,
                shareable=self.ui.shareNoteCheck.isChecked(),
            )
        except UserFacingError as exc:
            self.message.emit(str(exc))
            return
        self.ui.noteEdit.clear()
        self.ui.shareNoteCheck.setChecked(False)  # each note is shared by choice
        self._changed()

    def add_attachment(self) -> None:
        paths = open_file_names(self, self.tr("Attach files"))
        self.attach_paths([Path(p) for p in paths])

    def attach_paths(self, paths: list[Path]) -> None:
        """Each file is read and encrypted off the GUI thread: a 50 MiB scan takes a while."""
        request_id = self.request_id
        for path in paths:
            self.session.write(
                partial(_attach, request_id=request_id, path=path),
                lambda _id: self._changed(),
                self.message.emit,
                parent=self,
                progress=self.tr("Attaching {0}…").format(path.name),
            )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Files are attached; parcels are left to the window, which receives them."""
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if any(not parcel_actions.is_parcel(u.toLocalFile()) for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.attach_paths(paths)
        self.ui.detailTabs.setCurrentWidget(self.ui.attachmentsPage)

    def show_attachment(self, row: int) -> None:
        """PDFs show in place, decrypted into memory only (never a temporary file)."""
        attachment = self.attachments.row(row)
        host = self.ui.pdfHost
        layout = host.layout() or QVBoxLayout(host)
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget:
                widget.deleteLater()
        if attachment is None:
            return
        if attachment["media_type"] != "application/pdf":
            layout.addWidget(
                QLabel(
                    self.tr(
                        "No preview for this kind of file. Use “Save a copy…” to open it elsewhere."
                    ),
                    host,
                )
            )
            return
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        content = casefile.attachment_content(self.session.ws, attachment["id"])
        self._pdf_buffer = QBuffer(host)
        self._pdf_buffer.setData(QByteArray(content))
        self._pdf_buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(host)
        document.load(self._pdf_buffer)
        self.pdf_document = document
        view = QPdfView(host)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setDocument(document)
        layout.addWidget(view)

    def save_attachment(self) -> None:
        index = self.ui.attachmentsView.currentIndex()
        attachment = self.attachments.row(index.row()) if index.isValid() else None
        if attachment is None:
            self.message.emit(self.tr("Select the attachment to save."))
            return
        path = save_file_name(self, self.tr("Save a copy (not encrypted)"), attachment["filename"])
        if path:
            request_id, attachment_id = self.request_id, attachment["id"]
            self.session.write(
                lambda ws: casefile.save_attachment_copy(ws, request_id, attachment_id, Path(path)),
                lambda _saved: self._changed(),  # the timeline shows the copy
                self.message.emit,
                parent=self,
                progress=self.tr("Saving {0}…").format(Path(path).name),
            )

    def add_cost(self) -> None:
        ws = self.session.ws

        def apply(values: dict[str, Any]) -> None:
            now = self.session.ws
            casefile.add_cost(
                now,
                register.by_id(now, self.request_id),
                values["category"],
                values["description"],
                values["amount"],
                values["currency"],
                values["incurred_on"],
            )
            self._changed()

        CostDialog(ws.today(), apply, self).open()

    def export_trail(self) -> None:
        assert self.record is not None
        path = save_file_name(
            self,
            self.tr("Export this audit trail (not encrypted)"),
            f"{self.record.registry_no}-audit.csv",
            self.tr("CSV files (*.csv);;JSON files (*.json)"),
        )
        if path:
            request_id = self.request_id
            self.session.write(
                lambda ws: audit.export_audit(ws, request_id, Path(path)),
                lambda _count: self._changed(),
                self.message.emit,
                parent=self,
            )

    def add_to_calendar(self) -> None:
        assert self.record is not None
        path = save_file_name(
            self,
            self.tr("Add to calendar: save the due dates (not encrypted)"),
            f"{self.record.registry_no}.ics",
            self.tr("Calendar files (*.ics)"),
        )
        if path:
            try:
                calendar_export.export(self.session.ws, Path(path), self.record)
            except (UserFacingError, OSError) as exc:
                self.message.emit(str(exc))
                return
            self.status.emit(
                self.tr("Due dates saved to {0}: open it with your calendar.").format(
                    Path(path).name
                )
            )
            self._changed()  # the timeline shows the export

    def extend(self) -> None:
        assert self.record is not None

        def apply(values: dict[str, Any]) -> None:
            now = self.session.ws
            register.extend_deadline(
                now,
                register.by_id(now, self.request_id),
                values["date"],
                values["reason"],
                values["shorten"],
                values["on"],
            )
            self._changed()

        ExtensionDialog(self.record.due_on, apply, self).open()

    def record_arrest(self) -> None:
        assert self.record is not None

        def apply(values: dict[str, Any]) -> None:
            now = self.session.ws
            clocks.record_arrest(now, register.by_id(now, self.request_id), values["arrested_on"])
            self._changed()

        ArrestDialog(self.record.kind, self.session.ws.today(), apply, self).open()

    def record_review(self) -> None:
        def apply(values: dict[str, Any]) -> None:
            now = self.session.ws
            clocks.record_review(
                now, register.by_id(now, self.request_id), values["on"], values["note"]
            )
            self._changed()

        ReviewDialog(self.session.ws.today(), apply, self).open()

    def _describe(self, reference: str) -> str:
        """Which request a typed reference names, or why it names none."""
        try:
            other = register.get(self.session.ws, reference)
        except UserFacingError as exc:
            return str(exc)
        return f"{other.registry_no} — {labels.kind(other.kind)} — {other.subject}"

    def link(self) -> None:
        def apply(values: dict[str, Any]) -> None:
            if not values["other"]:
                raise UserFacingError(
                    self.tr("Type the other request's registry number or Court reference.")
                )
            now = self.session.ws
            here, other = register.by_id(now, self.request_id), register.get(now, values["other"])
            if values["reverse"]:
                here, other = other, here
            links.link(now, here, values["relation"], other)
            self._changed()
            self.session.notify(other.id if other.id != self.request_id else here.id)

        LinkDialog(self._describe, apply, self).open()

    def unlink(self) -> None:
        linked = {
            row["registry_no"]: (
                f"{row['registry_no']} — {self._relation(row['relation'], row['from_here'])}"
            )
            for row in self._links
        }

        def apply(values: dict[str, Any]) -> None:
            now = self.session.ws
            other = register.get(now, values["other"])
            links.unlink(now, register.by_id(now, self.request_id), other)
            self._changed()
            self.session.notify(other.id)

        UnlinkDialog([(text, number) for number, text in linked.items()], apply, self).open()
