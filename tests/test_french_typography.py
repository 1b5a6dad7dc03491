"""French typography on screen: nothing cut short, a no-break space before every colon."""

from __future__ import annotations

import re

from desktop.core.requests import draft_from_mapping
from desktop.core.vocabulary import Confidentiality, Urgency
from desktop.gui import labels
from desktop.gui.badges import BADGE_PADDING, CELL_MARGIN
from desktop.services import register
from tests.conftest import request_row


def test_register_shows_whole_french_badges_and_urgencies(qtbot, tmp_path, french, make_workspace):
    from desktop.gui.app import Application
    from desktop.gui.register_model import COLUMNS

    ws, _ = make_workspace(folder=tmp_path / "ws")
    app = Application(tmp_path / "ws", "")
    qtbot.addWidget(app.window)
    app.session.open(ws)
    view = app.window.register_page.ui.registerView
    header, metrics = view.horizontalHeader(), view.fontMetrics()
    keys = [c.key for c in COLUMNS]
    assert (
        labels.confidentiality(Confidentiality.STRICTLY_CONFIDENTIAL) == "Strictement confidentiel"
    )
    for level in Confidentiality:
        needed = metrics.horizontalAdvance(labels.confidentiality(level)) + BADGE_PADDING
        # The badge is drawn whole when the cell leaves it its margin.
        assert header.sectionSize(keys.index("confidentiality")) - CELL_MARGIN >= needed
    for urgency in Urgency:
        text = labels.urgency(urgency)
        assert header.sectionSize(keys.index("urgency")) >= metrics.horizontalAdvance(text) + 16
    app.session.lock()


def test_reply_field_labels_have_a_space_before_the_colon(qtbot, french, ws, isolated_qt):
    from desktop.gui.reply_dialog import ReplyDialog
    from desktop.gui.session import Session

    record = register.register(ws, draft_from_mapping(request_row()))
    session = Session()
    session.open(ws)
    dialog = ReplyDialog(session, record.id)
    qtbot.addWidget(dialog)
    layout = dialog.ui.fieldsLayout
    texts = [
        layout.itemAt(row, layout.ItemRole.LabelRole).widget().text()
        for row in range(layout.rowCount())
    ]
    assert texts and all(t.endswith("\u00a0:") for t in texts), texts
    assert "Objet\u00a0:" in texts


def test_unselected_tabs_keep_the_accent_of_capital_e(qtbot, qapp):
    from PySide6.QtWidgets import QTabWidget, QWidget

    from desktop.gui.form_types import SettingsFormUi
    from desktop.gui.forms import load_form

    host = QWidget()
    qtbot.addWidget(host)
    tabs = load_form(SettingsFormUi, host).findChild(QTabWidget, "tabs")
    host.resize(700, 500)
    host.show()
    tabs.setCurrentIndex(0)
    bar = tabs.tabBar()

    def tab_image(text: str):
        bar.setTabText(1, text)
        qapp.processEvents()
        return bar.grab(bar.tabRect(1)).toImage()

    assert tab_image("Échéances") != tab_image("Echéances")  # the accent is drawn


def test_the_catalogue_s_french_uses_no_break_spaces_and_typographic_apostrophes():
    """French typography in every translation: a no-break space before : ; ? ! and the
    apostrophe ’ (a straight one is kept only in quoted codes, --set reasons='...')."""
    from desktop.gui import i18n
    from tools import catalogue

    wrong = []
    for message in catalogue.read_catalogue(i18n.ts_path("fr")):
        text = message.translation.replace("&nbsp;", "\u00a0")
        unquoted = re.sub(r"'[^'\s]*'|=?'[^']*'", "", text)
        if re.search(r"[^\W\d_]'[^\W\d_]", unquoted) or re.search(r"[^\u00a0][:;?!](\s|$)", text):
            wrong.append(f"[{message.context}] {text}")
    assert wrong == []


def test_french_counts_are_plurals_and_its_decimals_are_not_python_s():
    """A count is a plural message (%n: "1 ligne", "3 lignes"), not "ligne(s)"; a number
    is formatted by the code in the language in use, not by a Python format in the
    catalogue ({1:.2f} writes "1.02", never "1,02"). The one "(s)" left has no count: it
    is a dimension's name ("Unknown organ org1, org2")."""
    from desktop.gui import i18n
    from tools import catalogue

    counted, formatted = [], []
    for message in catalogue.read_catalogue(i18n.ts_path("fr")):
        if "(s)" in message.translation and message.source != "Unknown {0} {1}; known: {2}.":
            counted.append(f"[{message.context}] {message.translation}")
        if re.search(r"\{\d*:[^}]*[,.][^}]*\}", message.translation):
            formatted.append(f"[{message.context}] {message.translation}")
    assert (counted, formatted) == ([], [])
