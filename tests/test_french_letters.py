"""French letters that can be sent: the Reply dialog warns about what the office lacks,
links to Settings, and starts in the interface's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.requests import draft_from_mapping
from desktop.core.settings import OfficeSettings
from desktop.gui import i18n
from desktop.gui.reply_dialog import ReplyDialog
from desktop.gui.session import Session
from desktop.services import register, replies
from tests.conftest import request_row


@pytest.fixture
def reply_dialog(qtbot, make_workspace, isolated_qt):
    ws, _ = make_workspace(place="The Hague")
    record = register.register(ws, draft_from_mapping(request_row()))
    session = Session()
    session.open(ws)

    def make() -> ReplyDialog:
        dialog = ReplyDialog(session, record.id)
        qtbot.addWidget(dialog)
        names = [r["name"] for r in dialog.templates.rows]
        dialog.ui.templatesView.setCurrentIndex(
            dialog.templates.index(names.index("acknowledgement"), 0)
        )
        return dialog

    return make


def _choose_language(dialog: ReplyDialog, lang: str) -> None:
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData(lang))


def test_missing_office_fields_by_language():
    empty = OfficeSettings()
    assert replies.missing_office_fields(empty, "en") == ["office_name"]
    assert replies.missing_office_fields(empty, "fr") == ["office_name_fr", "place_fr"]
    state_only = OfficeSettings(state_name_fr="la République de Testland", place_fr="La Haye")
    assert replies.missing_office_fields(state_only, "fr") == []
    assert replies.incomplete_office_message(state_only, "fr") == ""


def test_french_letter_without_french_names_warns_and_links_to_settings(
    reply_dialog, qtbot, monkeypatch
):
    monkeypatch.setattr(i18n, "_current", "en")
    dialog = reply_dialog()
    assert dialog.language() == "en"
    assert not dialog.officeWarning.isVisibleTo(dialog)  # the English name is set

    _choose_language(dialog, "fr")
    assert dialog.officeWarning.isVisibleTo(dialog)
    assert dialog.officeWarning.text() == (
        "This letter needs the office’s name or the State’s name in French and the place "
        'in French. <a href="settings">Fill in the settings…</a>'
    )
    assert "The Hague, le" in dialog.ui.previewText.toPlainText()

    dialog.officeWarning.linkActivated.emit("settings")
    settings = dialog.settings_dialog
    settings.ui.stateNameFrEdit.setText("la République de Testland")
    settings.ui.placeFrEdit.setText("La Haye")
    qtbot.mouseClick(
        settings.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not dialog.officeWarning.isVisibleTo(dialog)
    preview = dialog.ui.previewText.toPlainText()
    assert "La Haye, le" in preview
    assert "L’Ambassade de la République de Testland présente ses compliments" in preview


@pytest.mark.parametrize("interface", ["en", "fr"])
def test_letter_language_defaults_to_the_interface_language(reply_dialog, monkeypatch, interface):
    monkeypatch.setattr(i18n, "_current", interface)
    assert reply_dialog().language() == interface


def test_the_demo_office_writes_french_letters_with_its_french_names(tmp_path):
    from desktop.services import demo
    from desktop.services.workspace import Workspace

    assert demo.ensure_demo_workspace(tmp_path / "demo", count=2)
    ws = Workspace.unlock(tmp_path / "demo", demo.DEMO_USER, demo.DEMO_PASSPHRASE)
    try:
        assert replies.missing_office_fields(ws.settings, "fr") == []
        record = register.by_id(ws, 1)
        text = replies.preview_text(replies.render(ws, record, "acknowledgement", "fr"))
    finally:
        ws.close()
    assert "L’Ambassade de la République de Testland présente ses compliments" in text
    assert "La Haye, le" in text and "The Hague" not in text
