"""A PDF attachment shows in the request workspace, decrypted into memory only."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
from PySide6.QtPdf import QPdfDocument

from desktop.core.requests import draft_from_mapping
from desktop.gui.request_view import RequestView
from desktop.gui.session import Session
from desktop.services import casefile, register
from tests.conftest import request_row


def small_pdf() -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(100, 100, "Letter of the Registry")
    painter.end()
    buffer.close()
    return bytes(data)


def test_a_pdf_attachment_is_shown_in_place(qtbot, ws):
    record = register.register(ws, draft_from_mapping(request_row()))
    casefile.attach_bytes(ws, record, "court-letter.pdf", small_pdf())
    session = Session()
    session.open(ws)
    view = RequestView(session, record.id)
    qtbot.addWidget(view)
    view.ui.detailTabs.setCurrentWidget(view.ui.attachmentsPage)
    view.ui.attachmentsView.setCurrentIndex(view.attachments.index(0, 0))
    document = view.pdf_document
    assert document is not None
    assert document.status() == QPdfDocument.Status.Ready
    assert document.pageCount() == 1


def test_a_file_over_the_limit_is_refused_in_plain_words(qtbot, ws, tmp_path):
    record = register.register(ws, draft_from_mapping(request_row()))
    big = tmp_path / "huge.pdf"
    with big.open("wb") as handle:
        handle.truncate(2 * 1024**3)
    session = Session()
    session.open(ws)
    view = RequestView(session, record.id)
    qtbot.addWidget(view)
    messages: list[str] = []
    view.message.connect(messages.append)
    view.attach_paths([big])
    assert messages and "limited to 50 MiB" in messages[0]
    assert view.attachments.rowCount() == 0
