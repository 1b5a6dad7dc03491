"""The Statistics page: how the office is doing, for a period, in charts; and the report.

Figures come from desktop.services.statistics, the same the CLI prints and the report
writes. Clicking a bar lists the requests it counts, so no figure has to be taken on trust.
The main window opens the page with `open_statistics(main_window)`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QShowEvent
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox, QVBoxLayout, QWidget

from desktop.core.statistics import TURNAROUND_BINS, Statistics, share
from desktop.core.vocabulary import Kind, Organ
from desktop.gui import formats, i18n, labels
from desktop.gui.dialogs import pydate
from desktop.gui.form_types import StatisticsPageUi
from desktop.gui.forms import load_form
from desktop.gui.rows_model import RowColumn, RowsModel
from desktop.gui.session import Session
from desktop.services import statistics
from desktop.services.errors import UserFacingError
from desktop.services.statistics import report as statistics_report

PRESETS = ("last12", "this_year", "last_year", "this_quarter", "custom")
BAR_COLOUR = QColor(46, 94, 140)
MINIMUM_HEIGHT = 220  # of a chart, in pixels


def preset_period(preset: str, today: date) -> tuple[date, date]:
    """The first and last day a period preset stands for, seen from `today`."""
    if preset == "this_year":
        return date(today.year, 1, 1), today
    if preset == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if preset == "this_quarter":
        return date(today.year, 3 * ((today.month - 1) // 3) + 1, 1), today
    # The last 12 months: from the day after the same day a year ago (28 Feb for 29 Feb).
    year_ago = today.replace(
        year=today.year - 1,
        day=min(today.day, 28) if (today.month, today.day) == (2, 29) else today.day,
    )
    return year_ago + timedelta(days=1), today


class BarChart:
    """One Qt chart of bars, remembering which (dimension, key) each bar stands for."""

    def __init__(
        self, host: QWidget, title: str, horizontal: bool = False, percent_format: str = ""
    ) -> None:
        self.chart = QChart()
        self.chart.setTitle(title)
        self.chart.legend().hide()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.view = QChartView(self.chart, host)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(MINIMUM_HEIGHT)
        layout = host.layout() or QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.horizontal = horizontal
        self.percent = bool(percent_format)  # bars are shares in %, labelled this way
        self.label_format = percent_format or "@value"
        self.series: QBarSeries | QHorizontalBarSeries | None = None
        self.bar_set: QBarSet | None = None
        self.keys: list[tuple[str, str]] = []
        self.on_click: Callable[[str, str], None] | None = None

    def show(
        self,
        title: str,
        categories: Sequence[str],
        values: Sequence[float],
        keys: Sequence[tuple[str, str]] = (),
    ) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.keys = list(keys)
        self.bar_set = QBarSet(title)
        self.bar_set.setColor(BAR_COLOUR)
        self.bar_set.append([float(v) for v in values])
        self.bar_set.setLabelColor(QColor("black"))
        self.bar_set.clicked.connect(self._clicked)
        self.series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        self.series.append(self.bar_set)
        self.series.setLabelsVisible(True)
        self.series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.series.setLabelsFormat(self.label_format)
        self.chart.addSeries(self.series)
        categories_axis = QBarCategoryAxis()
        categories_axis.append(list(categories))
        categories_axis.setTruncateLabels(False)  # a kind cut to "…" tells nothing
        if self.horizontal:
            # Qt leaves unnamed a bar whose label has no room beside its neighbours': a
            # dozen kinds need a taller chart than the default.
            self.view.setMinimumHeight(max(MINIMUM_HEIGHT, 70 + 20 * len(categories)))
        if not self.horizontal and len(categories) > 6:
            categories_axis.setLabelsAngle(-90)  # upright, every month stays readable
        values_axis = QValueAxis()
        values_axis.setLabelFormat("%d")
        if self.percent:
            values_axis.setRange(0, 100)
            values_axis.setTickCount(5)
        else:
            # Room above the longest bar for its label; whole, round steps.
            values_axis.setRange(0, max(4.0, max(values, default=0) * 1.12))
            values_axis.applyNiceNumbers()
        category_side = (
            Qt.AlignmentFlag.AlignLeft if self.horizontal else (Qt.AlignmentFlag.AlignBottom)
        )
        value_side = (
            Qt.AlignmentFlag.AlignBottom if self.horizontal else (Qt.AlignmentFlag.AlignLeft)
        )
        self.chart.addAxis(categories_axis, category_side)
        self.chart.addAxis(values_axis, value_side)
        self.series.attachAxis(categories_axis)
        self.series.attachAxis(values_axis)

    def values(self) -> list[float]:
        """What the bars show (for tests and screen readers' sake: the numbers drawn)."""
        if self.bar_set is None:
            return []
        return [self.bar_set.at(i) for i in range(self.bar_set.count())]

    def categories(self) -> list[str]:
        axes = [a for a in self.chart.axes() if isinstance(a, QBarCategoryAxis)]
        return list(axes[0].categories()) if axes else []

    def _clicked(self, index: int) -> None:
        if self.on_click is not None and 0 <= index < len(self.keys):
            self.on_click(*self.keys[index])


class StatisticsPage(QWidget):
    open_request = Signal(int)
    message = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = load_form(StatisticsPageUi, self)
        self.stats: Statistics | None = None
        self._filling = False
        self._started = False
        self.charts = {
            "kind": BarChart(
                self.ui.kindChartHost, self.tr("Requests received, by kind"), horizontal=True
            ),
            "month": BarChart(self.ui.monthChartHost, self.tr("Requests received, by month")),
            "turnaround": BarChart(
                self.ui.turnaroundChartHost,
                self.tr("Turnaround of the requests answered (net days)"),
            ),
            "on_time": BarChart(
                self.ui.onTimeChartHost,
                self.tr("Answered or acknowledged on time (%)"),
                percent_format=self.tr("@value%"),
            ),
        }
        for chart in self.charts.values():
            chart.on_click = self.show_requests_behind
        self.behind = RowsModel(
            [
                RowColumn(self.tr("Registry no."), lambda r: r["registry_no"]),
                RowColumn(
                    self.tr("Received"),
                    lambda r: formats.format_date(r["received_at"]),
                    sort_key=lambda r: r["received_at"],
                ),
                RowColumn(self.tr("Kind"), lambda r: labels.kind(r["kind"])),
                RowColumn(self.tr("Status"), lambda r: labels.status(r["status"])),
                RowColumn(self.tr("Subject"), lambda r: r["subject"]),
            ],
            self,
        )
        self.ui.behindView.setModel(self.behind)
        for column, width in enumerate((120, 100, 260, 200)):
            self.ui.behindView.setColumnWidth(column, width)
        self.ui.behindView.activated.connect(self._open)
        self.ui.chartsLayout.setColumnStretch(0, 3)
        self.ui.chartsLayout.setColumnStretch(1, 2)
        self.ui.splitter.setStretchFactor(0, 4)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([800, 200])
        self._fill_choices()
        self.ui.presetCombo.currentIndexChanged.connect(self._preset_chosen)
        self.ui.fromEdit.dateChanged.connect(self._dates_edited)
        self.ui.toEdit.dateChanged.connect(self._dates_edited)
        for combo in (
            self.ui.kindCombo,
            self.ui.organCombo,
            self.ui.situationCombo,
            self.ui.officeCombo,
        ):
            combo.currentIndexChanged.connect(self.refresh)
        self.ui.exportButton.clicked.connect(self.export_report)

    # -- choices --------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        names = {
            "last12": self.tr("Last 12 months"),
            "this_year": self.tr("This year"),
            "last_year": self.tr("Last year"),
            "this_quarter": self.tr("This quarter"),
            "custom": self.tr("Chosen dates"),
        }
        for preset in PRESETS:
            self.ui.presetCombo.addItem(names[preset], preset)
        self.ui.kindCombo.addItem(self.tr("All kinds"), "")
        for kind in Kind:
            self.ui.kindCombo.addItem(labels.kind(kind.value), kind.value)
        self.ui.organCombo.addItem(self.tr("All organs"), "")
        for organ in Organ:
            self.ui.organCombo.addItem(labels.organ(organ.value), organ.value)
        self.ui.versionCombo.addItem(self.tr("Shareable report (aggregates only)"), "shareable")
        self.ui.versionCombo.addItem(self.tr("Internal report (names authorities)"), "internal")

    def _fill_situations(self) -> None:
        combo = self.ui.situationCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All situations"), "")
        for name in statistics.situations(self.session.ws):
            combo.addItem(name, name)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _fill_offices(self) -> None:
        """The offices this one exchanges with; the filter shows only when there are some."""
        combo = self.ui.officeCombo
        current = combo.currentData()
        names = statistics.office_names(self.session.ws)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All offices"), "")
        for name in names:
            combo.addItem(name, name)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        self.ui.officeLabel.setVisible(bool(names))
        combo.setVisible(bool(names))

    def _preset_chosen(self) -> None:
        preset = self.ui.presetCombo.currentData()
        if preset == "custom" or not self.session.is_unlocked:
            return
        start, end = preset_period(preset, self.session.ws.today())
        self._filling = True
        self.ui.fromEdit.setDate(QDate(start.year, start.month, start.day))
        self.ui.toEdit.setDate(QDate(end.year, end.month, end.day))
        self._filling = False
        self.refresh()

    def _dates_edited(self) -> None:
        if self._filling:
            return
        self.ui.presetCombo.blockSignals(True)
        self.ui.presetCombo.setCurrentIndex(PRESETS.index("custom"))
        self.ui.presetCombo.blockSignals(False)
        self.refresh()

    def set_period(self, start: date, end: date) -> None:
        """Show chosen dates (the period picker as a user would set it)."""
        self._filling = True
        self.ui.fromEdit.setDate(QDate(start.year, start.month, start.day))
        self.ui.toEdit.setDate(QDate(end.year, end.month, end.day))
        self._filling = False
        self._dates_edited()

    def period(self) -> tuple[date, date]:
        return (pydate(self.ui.fromEdit.date()), pydate(self.ui.toEdit.date()))

    def stats_filter(self) -> statistics.StatsFilter:
        def one(combo: QComboBox) -> tuple[str, ...]:
            value = combo.currentData()
            return (value,) if value else ()

        return statistics.StatsFilter(
            kinds=one(self.ui.kindCombo),
            organs=one(self.ui.organCombo),
            situations=one(self.ui.situationCombo),
            offices=one(self.ui.officeCombo),
        )

    # -- figures --------------------------------------------------------------------------

    def start(self) -> None:
        """First showing after unlocking: the preset period, situations of this register."""
        self._started = True
        self._fill_situations()
        self._fill_offices()
        self._preset_chosen()

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the tab: the register may have moved on since the last look."""
        super().showEvent(event)
        if self._started:
            self._fill_situations()
            self._fill_offices()
            self.refresh()

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            return
        start, end = self.period()
        try:
            self.stats = statistics.statistics(self.session.ws, start, end, self.stats_filter())
        except UserFacingError as exc:
            self.stats = None
            self.ui.summaryLabel.setText(str(exc))
            return
        self._draw(self.stats)
        self.behind.set_rows([])
        self.ui.behindBox.setTitle(self.tr("Requests behind a bar"))

    @staticmethod
    def _kind(value: str) -> str:
        """A kind without its article reference, so the chart's axis has room for it."""
        return labels.kind(value).split(" (")[0]

    @staticmethod
    def _month(key: str) -> str:
        """'2026-03' -> Mar 2026 / mars 2026, in the interface's language."""
        name = QLocale().monthName(int(key[5:]), QLocale.FormatType.ShortFormat)
        return f"{name} {key[:4]}"

    def _draw(self, s: Statistics) -> None:
        kinds = sorted(s.volumes.get("kind", {}).items(), key=lambda kv: kv[1])
        self.charts["kind"].show(
            self.tr("Requests"),
            [self._kind(k) for k, _ in kinds],
            [v for _, v in kinds],
            [("kind", k) for k, _ in kinds],
        )
        months = list(s.volumes.get("month", {}).items())
        self.charts["month"].show(
            self.tr("Requests"),
            [self._month(k) for k, _ in months],
            [v for _, v in months],
            [("month", k) for k, _ in months],
        )
        bins = [name for name, _ in TURNAROUND_BINS]
        self.charts["turnaround"].show(
            self.tr("Requests"),
            [self._days(b) for b in bins],
            [s.turnaround_bins.get(b, 0) for b in bins],
            [("turnaround", b) for b in bins],
        )
        t = s.turnaround
        shares = [
            (self.tr("By the due date"), share(t.on_time, t.count)),
            (self.tr("Without extensions"), share(t.on_time_without_extension, t.count)),
            (self.tr("Acknowledged"), share(s.ack_on_time, s.ack_due)),
        ]
        self.charts["on_time"].show(
            self.tr("Share"),
            [name for name, _ in shares],
            [round((v or 0) * 100) for _, v in shares],
        )
        self.ui.summaryLabel.setText(self._summary(s))

    def _days(self, name: str) -> str:
        if name.endswith("+"):
            return self.tr("over {0} days").format(name[:-1])
        low, high = name.split("-")
        return self.tr("{0}–{1} days").format(low, high)

    def _summary(self, s: Statistics) -> str:
        def number(value: float | None) -> str:
            if value is None:
                return "—"
            return formats.format_number(value, 0 if float(value).is_integer() else 1)

        def percent(part: int, whole: int) -> str:
            value = share(part, whole)
            return (
                "—"
                if value is None
                else self.tr("{0}%").format(formats.format_number(round(value * 100)))
            )

        t = s.turnaround
        return self.tr(
            "{0} received · {1} answered (median {2} days, 90th percentile {3}) · "
            "{4} on time, {5} without extensions · {6} withdrawn · {7} open at the end of "
            "the period · {8} overdue today"
        ).format(
            s.received,
            s.answered,
            number(t.median_days),
            number(t.p90_days),
            percent(t.on_time, t.count),
            percent(t.on_time_without_extension, t.count),
            s.withdrawn,
            s.open_at_end,
            s.overdue_now,
        )

    # -- the requests behind a bar --------------------------------------------------------

    def show_requests_behind(self, dimension: str, key: str) -> None:
        if self.stats is None or not self.session.is_unlocked:
            return
        records = statistics.requests_behind(self.session.ws, self.stats, dimension, key)
        self.behind.set_rows(
            [
                {
                    "id": r.id,
                    "registry_no": r.registry_no,
                    "received_at": r.received_at.isoformat(),
                    "kind": r.kind.value,
                    "status": r.status,
                    "subject": r.subject,
                }
                for r in records
            ]
        )
        self.ui.behindBox.setTitle(
            self.tr("Requests behind the bar: {0} ({1})").format(
                self._bar_name(dimension, key), len(records)
            )
        )

    def _bar_name(self, dimension: str, key: str) -> str:
        if dimension == "kind":
            return labels.kind(key)
        if dimension == "turnaround":
            return self._days(key)
        return self._month(key) if dimension == "month" else key

    def _open(self, index: QModelIndex) -> None:
        row = self.behind.row(index.row())
        if row is not None:
            self.open_request.emit(row["id"])

    # -- the report -----------------------------------------------------------------------

    def export_report(self) -> None:
        if self.stats is None:
            return
        start, end = self.period()
        name = f"cooperation-report-{start.isoformat()}-{end.isoformat()}.docx"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the cooperation report"),
            str(Path.home() / name),
            self.tr("Word document (*.docx);;Excel workbook (*.xlsx)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Path | None:
        """Write the report for the figures on screen, in the interface's language."""
        if self.stats is None:
            return None
        lang = "fr" if i18n.current_language().startswith("fr") else "en"
        version = self.ui.versionCombo.currentData()
        try:
            target = statistics_report.export_report(
                self.session.ws, self.stats, path, version, lang, self.stats_filter()
            )
        except UserFacingError as exc:
            QMessageBox.warning(self, self.tr("Report not written"), str(exc))
            return None
        self.message.emit(self.tr("Report written to {0}").format(target))
        return target

    def clear(self) -> None:
        self.stats = None
        self.behind.set_rows([])
        for chart in self.charts.values():
            chart.show("", [], [])
        self.ui.summaryLabel.clear()


def open_statistics(main_window: Any) -> StatisticsPage:
    """Show the Statistics tab, adding it on first use (locking empties it, unlocking fills
    it again, like the other pages)."""
    tabs = main_window.ui.tabs
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if isinstance(page, StatisticsPage):
            tabs.setCurrentWidget(page)
            return page
    page = StatisticsPage(main_window.session, main_window)
    page.open_request.connect(main_window.open_request)
    page.message.connect(lambda text: main_window.statusBar().showMessage(text, 10_000))
    tabs.addTab(page, QCoreApplication.translate("StatisticsPage", "Statistics"))
    tabs.setCurrentWidget(page)
    page.start()
    return page
