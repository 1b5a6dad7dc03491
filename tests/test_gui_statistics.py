"""The Statistics page under pytest-qt: its charts draw what the service computed."""

from __future__ import annotations

from datetime import date

import pytest
from docx import Document
from PySide6.QtCore import QPointF, Qt

from desktop.gui.session import Session
from desktop.gui.statistics_page import StatisticsPage, open_statistics, preset_period
from desktop.services import statistics
from tests.test_statistics import MARCH, build_march, office_workspace


@pytest.fixture
def march_session(isolated_qt, make_workspace, clock, tmp_path):
    ws = office_workspace(make_workspace)
    made = build_march(ws, clock, tmp_path)
    session = Session()
    session.open(ws)
    return session, made


@pytest.fixture
def page(qtbot, march_session) -> StatisticsPage:
    session, _ = march_session
    widget = StatisticsPage(session)
    qtbot.addWidget(widget)
    widget.resize(1200, 820)
    widget.show()
    widget.start()
    widget.set_period(*MARCH)
    return widget


def test_the_charts_show_the_figures_the_service_computed(page, march_session):
    session, _ = march_session
    expected = statistics.statistics(session.ws, *MARCH)
    kinds = sorted(expected.volumes["kind"].items(), key=lambda kv: kv[1])
    assert page.charts["kind"].values() == [float(v) for _, v in kinds]
    assert page.charts["kind"].categories()[-1] == "Emergency visa for a witness"
    assert page.charts["month"].values() == [12.0]
    assert page.charts["month"].categories() == ["Mar 2026"]
    assert page.charts["turnaround"].values() == [6.0, 2.0, 1.0, 1.0, 0.0, 0.0]
    assert page.charts["on_time"].values() == [70.0, 70.0, 8.0]
    summary = page.ui.summaryLabel.text()
    assert summary.startswith("12 received · 10 answered (median 3.5 days, 90th percentile 15)")
    assert "70% on time, 70% without extensions · 1 withdrawn · 3 open" in summary


def click_bar(qtbot, chart, index: int) -> None:
    """Press the mouse on the middle of bar `index`, where a user would."""
    value = chart.values()[index]
    point = QPointF(value / 2, index) if chart.horizontal else QPointF(index, value / 2)
    scene = chart.chart.mapToScene(chart.chart.mapToPosition(point, chart.series))
    qtbot.mouseClick(
        chart.view.viewport(), Qt.MouseButton.LeftButton, pos=chart.view.mapFromScene(scene)
    )


def test_clicking_a_bar_lists_the_requests_behind_it(qtbot, page, march_session):
    _, made = march_session
    kinds = page.charts["kind"]
    click_bar(qtbot, kinds, kinds.categories().index("Defence team request"))
    assert [r["registry_no"] for r in page.behind.rows] == [made["B"].registry_no]
    assert "Defence team request (1)" in page.ui.behindBox.title()
    click_bar(qtbot, page.charts["turnaround"], 0)
    assert len(page.behind.rows) == 6  # the visas issued within a week
    with qtbot.waitSignal(page.open_request) as opened:
        page.ui.behindView.activated.emit(page.behind.index(0, 0))
    assert opened.args == [page.behind.rows[0]["id"]]


def test_filters_and_the_period_picker_recompute(page):
    page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findData("emergency_visa"))
    assert page.charts["kind"].values() == [7.0]
    assert page.stats is not None and page.stats.answered == 7
    page.ui.kindCombo.setCurrentIndex(0)
    page.ui.presetCombo.setCurrentIndex(page.ui.presetCombo.findData("last_year"))
    assert page.period() == (date(2025, 1, 1), date(2025, 12, 31))
    assert page.charts["kind"].values() == []
    assert page.ui.summaryLabel.text().startswith("0 received · 0 answered (median — days")
    page.set_period(date(2026, 4, 1), date(2026, 3, 1))
    assert "starts" in page.ui.summaryLabel.text() and page.stats is None


def test_preset_periods():
    today = date(2026, 5, 20)
    assert preset_period("this_year", today) == (date(2026, 1, 1), today)
    assert preset_period("this_quarter", today) == (date(2026, 4, 1), today)
    assert preset_period("last12", today) == (date(2025, 5, 21), today)
    assert preset_period("last12", date(2028, 2, 29)) == (date(2027, 3, 1), date(2028, 2, 29))


def test_export_from_the_page_is_shareable_unless_internal_is_chosen(page, tmp_path):
    shareable = page.export_to(tmp_path / "s.docx")
    assert shareable is not None
    assert "SHAREABLE" in Document(str(shareable)).sections[0].header.paragraphs[0].text
    page.ui.versionCombo.setCurrentIndex(page.ui.versionCombo.findData("internal"))
    internal = page.export_to(tmp_path / "i.docx")
    assert internal is not None
    assert "INTERNAL" in Document(str(internal)).sections[0].header.paragraphs[0].text


def test_open_statistics_adds_one_tab_and_locking_empties_it(
    qtbot, isolated_qt, tmp_path, make_workspace
):
    from desktop.gui.app import Application

    ws, _ = make_workspace(folder=tmp_path / "ws")
    app = Application(tmp_path / "ws", "")
    window = app.window
    qtbot.addWidget(window)
    app.session.open(ws)
    tabs = window.ui.tabs
    before = tabs.count()
    page = open_statistics(window)
    assert open_statistics(window) is page and tabs.count() == before + 1
    assert tabs.currentWidget() is page and tabs.tabText(tabs.currentIndex()) == "Statistics"
    page.refresh()
    app.session.lock()
    assert page.stats is None and page.behind.rowCount() == 0  # nothing left to read
    assert tabs.count() == before + 1  # back with its figures after unlocking


@pytest.mark.usefixtures("french")
def test_the_page_speaks_french(qtbot, march_session, tmp_path):
    session, _ = march_session
    page = StatisticsPage(session)
    qtbot.addWidget(page)
    page.start()
    page.set_period(*MARCH)
    assert page.ui.presetLabel.text() == "&Période\u00a0:"
    assert page.charts["kind"].chart.title() == "Demandes reçues, par type"
    assert page.charts["kind"].categories()[-1] == "Visa d’urgence pour un témoin"
    assert page.charts["month"].categories() == ["mars 2026"]
    assert page.ui.summaryLabel.text().startswith(
        "12 reçues · 10 ayant reçu une réponse (médiane 3,5 jours, 90e centile 15)"
    )
    report = page.export_to(tmp_path / "fr.docx")
    assert report is not None
    assert "VERSION COMMUNICABLE" in Document(str(report)).sections[0].header.paragraphs[0].text


def test_coming_back_to_the_page_shows_what_changed_meanwhile(qtbot, page, march_session, clock):
    from desktop.core.requests import draft_from_mapping
    from desktop.services import register
    from tests.conftest import request_row

    session, _ = march_session
    assert page.stats is not None and page.stats.received == 12
    page.hide()
    register.register(
        session.ws,
        draft_from_mapping(request_row(received_at="2026-03-20T10:00:00", court_deadline=None)),
    )
    page.show()
    assert page.stats.received == 13
    assert page.charts["month"].values() == [13.0]


def test_a_dozen_kinds_get_a_chart_tall_enough_to_name_each(qtbot, page):
    """Qt leaves a bar unnamed when its label has no room: the kind chart grows with
    the number of kinds (twelve in the demo's year left the first and last unnamed)."""
    chart = page.charts["kind"]
    few = chart.view.minimumHeight()
    names = [f"Kind {n}" for n in range(12)]
    chart.show("", names, list(range(12)), [("kind", n) for n in names])
    assert chart.view.minimumHeight() >= 12 * 20 > few
