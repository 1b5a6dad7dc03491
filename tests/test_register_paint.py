"""The register paints its cells from the formatted rows the model keeps (fast scrolling):
what it paints must still be what the model says, selected rows highlighted."""

from __future__ import annotations

from PySide6.QtGui import QPalette

from desktop.core.requests import draft_from_mapping
from desktop.gui.register_model import COLUMNS
from desktop.gui.register_page import RegisterPage
from desktop.gui.session import Session
from desktop.services import register
from tests.factories import request_row


def _page(qtbot, ws, count: int) -> RegisterPage:
    for n in range(count):
        register.register(
            ws,
            draft_from_mapping(
                request_row(
                    court_reference=f"ICC-01/04-01/06-{5000 + n}", confidentiality="confidential"
                )
            ),
        )
    session = Session()
    session.open(ws)
    page = RegisterPage(session)
    qtbot.addWidget(page)
    page.resize(1400, 600)
    page.show()
    page.apply_filters()
    qtbot.waitExposed(page)
    return page


def test_a_selected_row_is_painted_in_the_highlight_colours(qtbot, ws):
    page = _page(qtbot, ws, 2)
    view = page.ui.registerView
    view.selectRow(0)
    image = view.viewport().grab().toImage()
    palette = view.palette()
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    plain = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)

    def colours(row: int) -> set[str]:
        rect = view.visualRect(page.model.index(row, 0))  # the registry number
        return {
            image.pixelColor(x, y).name()
            for x in range(rect.left(), rect.right())
            for y in range(rect.top(), rect.bottom())
        }

    assert palette.color(
        QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight
    ).name() in colours(0)
    assert text.name() in colours(0) and plain.name() not in colours(0)
    assert plain.name() in colours(1)


def test_badges_of_the_same_label_are_drawn_once(qtbot, ws):
    page = _page(qtbot, ws, 3)
    view = page.ui.registerView
    column = [c.key for c in COLUMNS].index("confidentiality")
    delegate = view.itemDelegateForColumn(column)
    view.viewport().grab()
    assert len(delegate._pixmaps) == 1
    assert page.model.index(2, column).data() == "Confidential"
