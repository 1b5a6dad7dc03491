"""Reply…: the dialog fills, previews and exports a real Word file kept with the request."""

from __future__ import annotations

from docx import Document

from desktop.core.requests import draft_from_mapping
from desktop.gui.reply_dialog import ReplyDialog
from desktop.gui.session import Session
from desktop.services import register
from tests.factories import request_row


def test_reply_dialog_previews_edits_and_exports(qtbot, ws, tmp_path):
    record = register.register(
        ws, draft_from_mapping(request_row(subject="Bank records of Élodie Marchetti"))
    )
    session = Session()
    session.open(ws)
    dialog = ReplyDialog(session, record.id)
    qtbot.addWidget(dialog)
    names = [r["name"] for r in dialog.templates.rows]
    assert "acknowledgement" in names
    row = names.index("acknowledgement")
    dialog.ui.templatesView.setCurrentIndex(dialog.templates.index(row, 0))
    assert "CD-2026-0001" in dialog.ui.previewText.toPlainText()

    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("fr"))
    assert "présente ses compliments" in dialog.ui.previewText.toPlainText()
    dialog.editors["subject"].setText("Objet modifié à la main")
    dialog.update_preview()
    assert "Objet modifié à la main" in dialog.ui.previewText.toPlainText()

    target = tmp_path / "accuse.docx"
    with qtbot.waitSignal(dialog.export_ended) as ended:
        dialog.export_to(target, confirmed=False)
    assert ended.args == [True]
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "Objet modifié à la main" in text
    actions = [e.action for e in ws.store.events(record.id)]
    assert "reply.exported" in actions
    assert any(a["filename"] == "accuse.docx" for a in ws.store.attachments(record.id))
    dialog.close()


def test_under_seal_export_needs_confirmation_and_keeps_the_fields(qtbot, ws, tmp_path):
    record = register.register(ws, draft_from_mapping(request_row(confidentiality="under_seal")))
    session = Session()
    session.open(ws)
    dialog = ReplyDialog(session, record.id)
    qtbot.addWidget(dialog)
    dialog.editors["subject"].setText("Typed by the user")
    with qtbot.waitSignal(dialog.export_ended) as ended:
        dialog.export_to(tmp_path / "x.docx", confirmed=False)
    assert ended.args == [False]
    assert "confirm" in dialog.ui.errorLabel.text()
    assert dialog.editors["subject"].text() == "Typed by the user"
    assert not (tmp_path / "x.docx").exists()
    dialog.close()


def test_the_dialog_offers_only_the_replies_that_fit(qtbot, ws):
    """A judicial-assistance request just received: no refusal, no execution report, no
    visa note on offer; once executed, the execution report is (issue 12, item 13)."""
    from desktop.core.statuses import Status
    from desktop.services import workflow

    record = register.register(ws, draft_from_mapping(request_row()))
    session = Session()
    session.open(ws)

    def offered() -> set[str]:
        dialog = ReplyDialog(session, record.id)
        qtbot.addWidget(dialog)
        names = {r["name"] for r in dialog.templates.rows}
        dialog.close()
        return names

    received = offered()
    assert "acknowledgement" in received
    assert not received & {"refusal", "execution_report", "visa_issued"}
    workflow.change_status(ws, register.by_id(ws, record.id), Status.EXECUTED, "done")
    assert "execution_report" in offered()
