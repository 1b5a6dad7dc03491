"""The register paints its cells from the formatted rows the model keeps (fast scrolling):
what it paints must still be what the model says, selected rows highlighted."""

from __future__ import annotations

import collections
import math
import sys
from datetime import datetime
from types import FrameType

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication

from desktop.core.requests import draft_from_mapping
from desktop.core.statuses import Status
from desktop.gui import badges, formats, labels, register_model
from desktop.gui.register_model import COLUMNS
from desktop.gui.register_page import RegisterPage
from desktop.gui.session import Session
from desktop.services import browse, register, workflow
from tests.factories import new_request, request_row


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


def _column(key: str) -> int:
    return [c.key for c in COLUMNS].index(key)


def _many(ws, count: int) -> None:
    """`count` requests whose subjects say their number, registered in one go."""
    register.register_many(
        ws,
        [
            draft_from_mapping(
                request_row(court_reference=f"ICC-01/04-01/06-{7000 + n}", subject=f"Subject {n}")
            )
            for n in range(count)
        ],
    )


def _visible_rows(page: RegisterPage) -> range:
    view = page.ui.registerView
    first = view.rowAt(0)
    last = view.rowAt(view.viewport().height() - 1)
    return range(first, (last if last >= 0 else page.model.rowCount() - 1) + 1)


def _count_reads(monkeypatch) -> list[int]:
    """How many rows each read of the register's rows asked for, from now on."""
    reads: list[int] = []
    real = browse.lines
    monkeypatch.setattr(browse, "lines", lambda ws, ids: reads.append(len(ids)) or real(ws, ids))
    return reads


def test_rows_show_their_own_values_after_scrolling_far_and_back(qtbot, ws, monkeypatch):
    # A cache of two pieces: scrolling to the end and back must read rows again, and rightly.
    monkeypatch.setattr(register_model, "CACHE_PAGES", 2)
    count = register_model.PAGE * 5 + 7
    _many(ws, count)
    page = _page(qtbot, ws, 0)
    page.model.sort(_column("registry_no"), Qt.SortOrder.AscendingOrder)
    view = page.ui.registerView
    subject = _column("subject")
    registry = {r.registry_no: r.subject for r in browse.records(ws, page.model._ids)}

    for where in (view.scrollToBottom, view.scrollToTop, view.scrollToBottom):
        where()
        view.viewport().grab()  # painted, as the user sees it
        rows = _visible_rows(page)
        assert len(rows) > 3
        for row in rows:
            number = page.model.index(row, _column("registry_no")).data()
            assert page.model.index(row, subject).data() == registry[number]
    assert page.model.index(count - 1, subject).data() == f"Subject {count - 1}"
    assert page.model.index(0, subject).data() == "Subject 0"
    assert len(page.model._pages) <= 2  # memory stays bounded


def test_a_changed_request_shows_its_new_values_at_once(qtbot, ws):
    page = _page(qtbot, ws, 1)
    model = page.model
    subject, status = _column("subject"), _column("status")
    page.ui.registerView.viewport().grab()
    assert model.index(0, subject).data() == "Request for bank records of Ilyan Marsk"
    record = browse.records(ws, [model.request_id(0)])[0]

    changed = register.update(ws, record, {"subject": "Bank records, second request"})
    workflow.change_status(
        ws, changed, Status.IN_CONSULTATION, "Consulting the Court", ground="art97"
    )
    page.apply_filters()  # what the main window does on Session.changed

    assert model.index(0, subject).data() == "Bank records, second request"
    assert model.index(0, status).data() == labels.status(Status.IN_CONSULTATION)
    assert model.index(0, _column("days_left")).data() == "clock paused"


def test_the_due_columns_explain_their_dates_in_a_tooltip(qtbot, ws):
    page = _page(qtbot, ws, 1)
    record = browse.records(ws, [page.model.request_id(0)])[0]
    tip = page.model.index(0, _column("due_on")).data(Qt.ItemDataRole.ToolTipRole)
    internal, ack = (formats.format_date(d) for d in (record.internal_due_on, record.ack_due_on))
    assert tip == f"Internal due {internal}; acknowledgement due {ack}"
    subject = page.model.index(0, _column("subject"))
    assert subject.data(Qt.ItemDataRole.ToolTipRole) == record.subject


def _shown(delegate, text: str) -> list[str]:
    """What the delegate paints for `text`: elided, and laid out once seen."""
    kept = {**delegate._older, **delegate._texts}
    return [
        known if isinstance(known, str) else known.text.text()
        for (whole, _width, _alignment), known in kept.items()
        if whole == text
    ]


def test_a_long_subject_is_cut_with_an_ellipsis_and_kept_whole_in_the_model(qtbot, ws):
    long = "Request for the records of " + "a very long list of accounts " * 8
    new_request(ws, subject=long)
    page = _page(qtbot, ws, 0)
    view = page.ui.registerView
    column = _column("subject")
    delegate = view.itemDelegate()
    view.viewport().grab()
    text = page.model.index(0, column).data()
    assert text == long.strip()  # whole in the model (copied, read aloud, in the tooltip)
    for _ in range(2):  # as first painted, then laid out for the next paints
        shown = _shown(delegate, text)
        assert len(shown) == 1  # painted once, to the column's width
        assert shown[0].endswith("…") and text.startswith(shown[0][:-1])
        qtbot.waitUntil(lambda: not isinstance(delegate._texts[next(iter(delegate._texts))], str))


def test_a_row_painted_again_looks_as_it_did_the_first_time(qtbot, ws, clock):
    # The first paint elides each text to its width and draws it; between frames the texts
    # on screen are laid out, and later paints copy those layouts: the same pixels, in a
    # plain row, a selected one and an overdue one, left- and right-aligned.
    new_request(ws, court_deadline="2026-11-27")
    clock.now = datetime(2026, 11, 30)  # overdue: shaded
    page = _page(qtbot, ws, 3)
    assert page.model.row_cells(0).shade
    view = page.ui.registerView
    view.selectRow(1)
    delegate = view.itemDelegate()
    bottom = view.visualRect(page.model.index(3, 0)).bottom()
    rows = QRect(0, 0, view.viewport().width(), bottom + 1)  # the four rows, not below
    first = view.viewport().grab(rows).toImage()
    assert delegate._texts and all(isinstance(k, str) for k in delegate._texts.values())
    qtbot.waitUntil(lambda: all(not isinstance(k, str) for k in delegate._texts.values()))
    again = view.viewport().grab(rows).toImage()
    assert again == first


def test_the_screen_scrolled_to_was_read_and_measured_before_it_is_painted(qtbot, ws, monkeypatch):
    # Reading rows in the frame that first shows them made the slowest frames of a scroll
    # through 100,000 requests: once a frame is painted, the rows a screen further either
    # way are read, so a page down (or up) paints rows the model already holds, their
    # texts already cut to their cells' widths.
    monkeypatch.setattr(register_model, "CACHE_PAGES", 4)  # scrolling back reads again
    count = register_model.PAGE * 6
    _many(ws, count)
    page = _page(qtbot, ws, 0)
    view = page.ui.registerView
    bar = view.verticalScrollBar()
    reads = _count_reads(monkeypatch)
    measured: list[str] = []  # texts measured to be cut to their cell's width
    elide = QFontMetrics.elidedText
    monkeypatch.setattr(
        QFontMetrics, "elidedText", lambda *args: measured.append(args[1]) or elide(*args)
    )

    def page_by_page(direction: int) -> None:
        while 0 < bar.value() + direction * bar.pageStep() <= bar.maximum():
            QApplication.processEvents()  # the event loop runs between two frames
            reads.clear()
            measured.clear()
            bar.setValue(bar.value() + direction * bar.pageStep())
            view.viewport().repaint()
            assert reads == [], f"rows {_visible_rows(page)} were read in their frame"
            assert measured == [], "texts were measured in the frame that shows them"
            assert all(page.model.index(row, 0).data() for row in _visible_rows(page))

    QApplication.processEvents()
    page_by_page(+1)
    assert _visible_rows(page)[-1] >= count - bar.pageStep()  # the end was reached
    page_by_page(-1)
    assert page.model.index(0, _column("subject")).data() == "Subject 0"
    assert len(page.model._pages) <= 4  # memory stays bounded


@pytest.mark.parametrize("height", [600, 1100])
def test_a_reload_reads_the_first_screen_with_the_ids_and_no_more(qtbot, ws, monkeypatch, height):
    # After an unlock or an import, the ids and the rows of the first screen are read off
    # the GUI thread: a fixed first page of 50 rows cost as much as the search itself at
    # 1,000 requests. The screen must then be painted without reading another row.
    _many(ws, 200)
    page = _page(qtbot, ws, 0)
    page.resize(1400, height)
    page.ui.registerView.viewport().grab()
    QApplication.processEvents()  # what the first page's screen read ahead
    shown = len(_visible_rows(page))
    monkeypatch.setattr(page.model, "read_ahead", lambda *args: [])  # only the frame reads
    reads = _count_reads(monkeypatch)

    page.reload()
    qtbot.waitUntil(lambda: not page.model.loading)
    assert reads == [math.ceil(shown / register_model.PAGE) * register_model.PAGE]  # whole pages
    page.ui.registerView.viewport().grab()  # the first screen painted, as the user sees it
    assert len(reads) == 1, "a row of the first screen was read in its frame"
    records = {r.id: r for r in browse.records(ws, page.model._ids)}
    for row in _visible_rows(page):  # its own request's values, across the pages read at once
        record = records[page.model.request_id(row)]
        assert page.model.index(row, _column("registry_no")).data() == record.registry_no
        assert page.model.index(row, _column("subject")).data() == record.subject


def test_after_a_jump_to_the_top_the_screen_below_is_read_ahead(qtbot, ws, monkeypatch):
    # Ctrl+Home from the end of a long register: the scroll went up, but nothing is
    # above the top, so the screen below is read before the user pages down to it.
    monkeypatch.setattr(register_model, "CACHE_PAGES", 3)  # the top is forgotten at the end
    _many(ws, register_model.PAGE * 20)
    page = _page(qtbot, ws, 0)
    view = page.ui.registerView
    bar = view.verticalScrollBar()
    for value in (bar.maximum(), 0):  # to the end, then back to the top
        QApplication.processEvents()
        bar.setValue(value)
        view.viewport().repaint()
    QApplication.processEvents()  # between frames: rows read ahead
    reads = _count_reads(monkeypatch)
    bar.setValue(bar.pageStep())
    view.viewport().repaint()
    assert reads == [], f"rows {_visible_rows(page)} were read in their frame"
    assert (
        page.model.index(bar.pageStep(), _column("subject")).data() == f"Subject {bar.pageStep()}"
    )


def test_rows_on_screen_are_painted_before_any_row_is_read_ahead(qtbot, ws, monkeypatch):
    # Qt paints in a low-priority event: rows read ahead before it delayed the first paint
    # of a 100,000-request register (and each scrolled frame) by the reading.
    _many(ws, register_model.PAGE * 3)
    session = Session()
    session.open(ws)
    page = RegisterPage(session)
    qtbot.addWidget(page)
    page.resize(1400, 600)
    happened: list[str] = []
    read_ahead = page.model.read_ahead
    monkeypatch.setattr(
        page.model, "read_ahead", lambda *a: happened.append("read ahead") or read_ahead(*a)
    )

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and page.model.rowCount():
                happened.append("painted")
            return False

    painted = Painted()
    page.ui.registerView.viewport().installEventFilter(painted)
    page.show()
    page.apply_filters()
    qtbot.waitUntil(lambda: "read ahead" in happened)
    assert happened[0] == "painted"


def test_a_scrolled_frame_makes_a_few_python_calls_a_cell(qtbot, ws, monkeypatch):
    # A frame paints some 250 cells, and every call from Qt into Python (or within it) is
    # paid at each: the default delegate's ~7 role queries a cell through data(), a
    # helper, a text measured or shaped in the frame made scrolling miss its 16 ms. The
    # calls are counted, not timed: the model's counts, the delegate's paint, the row.
    _many(ws, register_model.PAGE * 3)
    page = _page(qtbot, ws, 0)
    view = page.ui.registerView
    bar = view.verticalScrollBar()
    header = view.horizontalHeader()
    columns = sum(not header.isSectionHidden(c) for c in range(len(COLUMNS)))
    shaped: list[str] = []
    draw_text = QPainter.drawText
    monkeypatch.setattr(
        QPainter, "drawText", lambda *args: shaped.append("drawText") or draw_text(*args)
    )

    def frame() -> collections.Counter[str]:
        calls: collections.Counter[str] = collections.Counter()

        def count(frame: FrameType, event: str, arg: object) -> None:
            if event == "call":
                calls[frame.f_code.co_name] += 1

        QApplication.processEvents()  # between frames: rows read and texts laid out
        shaped.clear()
        bar.setValue(bar.value() + bar.pageStep())
        sys.setprofile(count)
        try:
            view.viewport().repaint()
        finally:
            sys.setprofile(None)
        return calls

    QApplication.processEvents()
    for _ in range(2):
        calls = frame()
        cells = len(_visible_rows(page)) * columns
        assert cells > 50
        assert calls["paint"] == cells  # one call a cell, into the delegates
        assert calls["data"] == calls["multiData"] == calls["_load"] == 0
        assert shaped == []  # every text was laid out between frames
        assert sum(calls.values()) <= 7 * cells + 10, calls.most_common(12)


def test_a_narrower_column_or_a_larger_font_cuts_texts_to_what_now_fits(qtbot, ws, isolated_qt):
    # Texts are kept elided and laid out for the width and font they were painted with;
    # a column resized or a new font must not paint them cut as before.
    new_request(ws, subject="Request for the records of " + "many accounts " * 12)
    page = _page(qtbot, ws, 0)
    view = page.ui.registerView
    delegate = view.itemDelegate()
    column = _column("subject")
    text = page.model.index(0, column).data()

    def painted() -> str:
        view.viewport().grab()
        QApplication.processEvents()  # laid out between frames
        view.viewport().grab()
        width = view.columnWidth(column) - 1 - 2 * badges.TEXT_INSET
        known = delegate._texts[(text, width, page.model.alignments[column])]
        shown = known if isinstance(known, str) else known.text.text()  # drawn, or laid out
        assert QFontMetrics(view.font()).horizontalAdvance(shown) <= width
        return shown

    wide = painted()
    view.setColumnWidth(column, view.columnWidth(column) - 80)
    narrow = painted()
    assert len(narrow) < len(wide) and narrow.endswith("…")
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    view.setFont(font)
    larger = painted()
    assert len(larger) < len(narrow) and larger.endswith("…")


def test_the_texts_kept_stay_bounded_and_a_scroll_still_finds_them_laid_out(qtbot, ws, monkeypatch):
    # Laid-out texts cost ~1.4 KB each: two generations of TEXTS_KEPT at most, the newer
    # one holding what the screens around need, so frames keep copying, not shaping.
    monkeypatch.setattr(badges, "TEXTS_KEPT", 300)
    _many(ws, 300)
    page = _page(qtbot, ws, 0)
    view = page.ui.registerView
    delegate = view.itemDelegate()
    bar = view.verticalScrollBar()
    shaped: list[str] = []
    draw_text = QPainter.drawText
    monkeypatch.setattr(
        QPainter, "drawText", lambda *args: shaped.append("drawText") or draw_text(*args)
    )
    QApplication.processEvents()
    while bar.value() < bar.maximum():
        QApplication.processEvents()
        shaped.clear()
        bar.setValue(bar.value() + bar.pageStep())
        view.viewport().repaint()
        assert shaped == []
        assert len(delegate._texts) + len(delegate._older) <= 2 * 300
    assert delegate._older  # the bound was reached, and the scroll went on


def test_a_new_palette_paints_selected_rows_in_its_colours(qtbot, ws):
    # Colours are asked of the palette once per state, not per cell: a palette changed
    # while the register is open (a theme switched) must still show.
    page = _page(qtbot, ws, 2)
    view = page.ui.registerView
    view.selectRow(0)
    view.viewport().grab()  # colours asked and kept
    palette = QPalette(view.palette())
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#7a1fa2"))
    view.setPalette(palette)
    image = view.viewport().grab().toImage()
    rect = view.visualRect(page.model.index(0, 0))
    assert image.pixelColor(rect.left() + 1, rect.top() + 1).name() == "#7a1fa2"
