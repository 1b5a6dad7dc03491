"""A PDF attachment shows in the request workspace, decrypted into memory only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog

from desktop.core.requests import draft_from_mapping
from desktop.gui.request_view import RequestView
from desktop.gui.session import Session
from desktop.services import audit, casefile, queries, register
from desktop.services.errors import NotFound
from tests.factories import request_row


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


def test_a_folder_dropped_with_files_is_named_and_the_files_attached(qtbot, ws, tmp_path):
    """Issue 13, item 10: a folder among dropped files is said, not silently skipped."""
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    record = register.register(ws, draft_from_mapping(request_row()))
    (tmp_path / "scans").mkdir()
    (tmp_path / "letter.txt").write_bytes(b"the letter")
    session = Session()
    session.open(ws)
    view = RequestView(session, record.id)
    qtbot.addWidget(view)
    messages: list[str] = []
    view.message.connect(messages.append)
    data = QMimeData()
    data.setUrls(
        [
            QUrl.fromLocalFile(str(tmp_path / "scans")),
            QUrl.fromLocalFile(str(tmp_path / "letter.txt")),
        ]
    )
    view.dropEvent(
        QDropEvent(
            QPointF(5, 5),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    # The files are read and stored off the GUI thread (issue 15), one after the other:
    # the folder is refused first, then the letter shows in the list.
    qtbot.waitUntil(lambda: bool(messages) and view.attachments.rowCount() == 1)
    assert len(messages) == 1 and "is a folder, not a file" in messages[0], messages
    assert [a["filename"] for a in casefile.attachments(ws, record.id)] == ["letter.txt"]


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
    with qtbot.waitSignal(view.message):
        view.attach_paths([big])
    assert messages and "limited to 50 MiB" in messages[0]
    assert view.attachments.rowCount() == 0


def test_saving_a_copy_writes_the_file_and_records_it_in_the_trail(
    qtbot, ws, tmp_path, monkeypatch
):
    """The one plaintext export that used to leave no audit record."""
    record = register.register(ws, draft_from_mapping(request_row()))
    attachment = casefile.attach_bytes(ws, record, "court-letter.pdf", small_pdf())
    session = Session()
    session.open(ws)
    view = RequestView(session, record.id)
    qtbot.addWidget(view)
    view.ui.attachmentsView.setCurrentIndex(view.attachments.index(0, 0))
    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), ""))
    )
    with qtbot.waitSignal(session.changed):
        view.save_attachment()
    assert target.read_bytes() == casefile.attachment_content(ws, attachment)
    saved = [e for e in view.timeline.rows if e["action"] == "attachment.saved"]
    assert len(saved) == 1 and saved[0]["detail"]["file"] == "copy.pdf"
    assert audit.verify(ws).ok


def test_a_copy_that_cannot_be_written_is_said_and_not_recorded(qtbot, ws, tmp_path, monkeypatch):
    record = register.register(ws, draft_from_mapping(request_row()))
    attachment = casefile.attach_bytes(ws, record, "note.txt", b"letter")
    missing = tmp_path / "no-such-folder" / "note.txt"
    session = Session()
    session.open(ws)
    view = RequestView(session, record.id)
    qtbot.addWidget(view)
    messages: list[str] = []
    view.message.connect(messages.append)
    view.ui.attachmentsView.setCurrentIndex(view.attachments.index(0, 0))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(missing), ""))
    )
    with qtbot.waitSignal(view.message):
        view.save_attachment()
    assert messages and messages[0].startswith("Cannot write note.txt")
    assert not missing.exists()
    actions = [e["action"] for e in queries.details(ws, record)["timeline"]]
    assert "attachment.saved" not in actions
    with pytest.raises(NotFound):
        casefile.save_attachment_copy(ws, record.id, attachment + 1, tmp_path / "x.txt")
