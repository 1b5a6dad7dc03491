"""The State's cooperation report: the statistics as tables and charts, in Word or Excel.

Two versions. The *shareable* one (the default) can go to the Assembly's facilitation: it
holds aggregates only, never a reference, a name or a subject, and it hides small cells
(art. 87(3)): counts of 1 or 2 read "< 3", figures drawn from fewer than 3 requests read
"—", small situations are grouped and no bar is drawn for fewer than 3 requests. The
*internal* one also names the national authorities and lists the registry numbers still
open, for the office and its ministry.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.statistics import (
    AGE_BANDS,
    SMALL_CELL,
    TURNAROUND_BINS,
    Statistics,
    Turnaround,
    masked,
    share,
)
from desktop.core.translation import translate
from desktop.services.errors import Refused
from desktop.services.exports import record_and_write
from desktop.services.replies.language import LANGUAGES
from desktop.services.statistics import StatsFilter, charts
from desktop.services.statistics import words as w
from desktop.services.workspace import Workspace

if TYPE_CHECKING:  # python-docx is imported when a report is written, not at start-up
    from docx.shared import Length
    from docx.table import _Cell

NO_FILTER = StatsFilter()  # every kind, organ and situation
VERSIONS = ("shareable", "internal")
FORMATS = (".docx", ".xlsx")
HIDDEN = "—"
TEXT_WIDTH_CM = 16.5  # python-docx's default page: Letter with 2.54 cm margins
MASKED = masked(1, shareable=True)

Cell = str | int | float | None


@dataclass
class Table:
    key: str
    title: str
    columns: list[str]
    rows: list[list[Cell]]
    percent_columns: set[int] = field(default_factory=set)
    percent_rows: set[int] = field(default_factory=set)  # their value (column 1) is a share
    money_columns: set[int] = field(default_factory=set)
    widths: tuple[float, ...] = ()  # shares of the page width; default: a wide first column

    def column_shares(self) -> tuple[float, ...]:
        if self.widths:
            return self.widths
        count = len(self.columns)
        # Five columns and more: the figures' headings ("Median turnaround (days)") need
        # the room, or LibreOffice breaks their words in two.
        first = 0.6 if count <= 3 else 0.4 if count <= 4 else 0.25
        return (first, *[(1 - first) / (count - 1)] * (count - 1))

    def style(self, row: int, column: int) -> str:
        """How a number in this cell reads: "percent", "money" or "" (a plain number)."""
        if column in self.percent_columns or (row in self.percent_rows and column == 1):
            return "percent"
        return "money" if column in self.money_columns else ""


class Figures:
    """The report's cells for one language and version: counts masked where they must be."""

    def __init__(self, stats: Statistics, lang: str, shareable: bool) -> None:
        self.stats, self.lang, self.shareable = stats, lang, shareable

    def count(self, value: int) -> Cell:
        return masked(value, True) if self.shareable and 0 < value < SMALL_CELL else value

    def of(self, base: int, value: float | None) -> Cell:
        """A median, percentile or share: hidden when drawn from too few requests."""
        if value is None or (self.shareable and base < SMALL_CELL):
            return HIDDEN if self.shareable and base else None
        return value

    def turnaround_row(self, label: str, t: Turnaround) -> list[Cell]:
        return [
            label,
            self.count(t.count),
            self.of(t.count, t.median_days),
            self.of(t.count, t.p90_days),
            self.of(t.count, share(t.on_time, t.count)),
            self.of(t.count, share(t.on_time_without_extension, t.count)),
        ]


def _volume_rows(
    f: Figures, counts: dict[str, int], label: Callable[[str], str], group_small: bool = False
) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    grouped = 0
    for key, value in counts.items():
        if group_small and f.shareable and value < SMALL_CELL:
            grouped += value
        else:
            rows.append([label(key), f.count(value)])
    if grouped:
        rows.append([w.word(f.lang, "other_situations"), f.count(grouped)])
    return rows


def tables(stats: Statistics, lang: str, shareable: bool) -> list[Table]:
    """Every table of the report, in order."""
    f = Figures(stats, lang, shareable)
    t = lambda key: w.word(lang, key)  # noqa: E731
    s = stats
    turn = s.turnaround
    summary = [
        [t("received"), f.count(s.received)],
        [t("answered"), f.count(s.answered)],
        [t("withdrawn"), f.count(s.withdrawn)],
        [t("open_at_end"), f.count(s.open_at_end)],
        [t("overdue_now"), f.count(s.overdue_now)],
        [t("median"), f.of(turn.count, turn.median_days)],
        [t("p90"), f.of(turn.count, turn.p90_days)],
        [t("on_time_share"), f.of(turn.count, share(turn.on_time, turn.count))],
        [
            t("on_time_share_strict"),
            f.of(turn.count, share(turn.on_time_without_extension, turn.count)),
        ],
        [t("visa_median"), f.of(s.emergency_visas.count, s.emergency_visas.median_days)],
        [t("ack_share"), f.of(s.ack_due, share(s.ack_on_time, s.ack_due))],
    ]
    result = [
        Table("summary", t("summary"), [t("figure"), t("value")], summary, percent_rows={7, 8, 10})
    ]
    volume_labels: dict[str, Callable[[str], str]] = {
        "kind": lambda v: w.kind(v, lang),
        "organ": lambda v: w.organ(v, lang),
        "channel": lambda v: w.channel(v, lang),
        "situation": lambda v: v or t("no_situation"),
        "urgency": lambda v: w.urgency(v, lang),
        "month": lambda v: w.month(v, lang),
    }
    for dimension, label in volume_labels.items():
        result.append(
            Table(
                f"by_{dimension}",
                t(f"by_{dimension}"),
                [t(dimension), t("requests")],
                _volume_rows(
                    f, s.volumes.get(dimension, {}), label, group_small=dimension == "situation"
                ),
            )
        )
    heads = [t("kind"), t("count"), t("median"), t("p90"), t("on_time"), t("on_time_strict")]
    result.append(
        Table(
            "turnaround",
            t("turnaround_by_kind"),
            heads,
            [f.turnaround_row(w.kind(k, lang), v) for k, v in s.turnaround_by_kind.items()],
            {4, 5},
        )
    )
    result.append(
        Table(
            "distribution",
            t("distribution"),
            [t("days"), t("requests")],
            [
                [w.days_band(name, lang), f.count(s.turnaround_bins.get(name, 0))]
                for name, _ in TURNAROUND_BINS
            ],
        )
    )
    result.append(
        Table(
            "acknowledgements",
            t("acknowledgements"),
            [t("ack_due"), t("ack_on_time"), t("ack_late"), t("ack_missing")],
            [
                [
                    f.count(s.ack_due),
                    f.count(s.ack_on_time),
                    f.count(s.ack_late),
                    f.count(s.ack_missing),
                ]
            ],
        )
    )
    moves: list[list[Cell]] = []
    for kind_key, counts in (
        ("consultation", s.consultations),
        ("postponement", s.postponements),
        ("refusal", s.refusals),
    ):
        moves += [[t(kind_key), w.ground(g, lang), f.count(n)] for g, n in counts.items()]
    if s.partial_executions:
        moves.append([t("partial"), "", f.count(s.partial_executions)])
    consulted = sum(s.consultations.values())
    moves.append([t("consultation_median"), "", f.of(consulted, s.consultation_median_days)])
    result.append(
        Table(
            "moves",
            t("moves"),
            [t("move"), t("ground"), t("requests")],
            moves,
            widths=(0.35, 0.47, 0.18),
        )
    )
    result.append(
        Table(
            "backlog",
            t("backlog"),
            [t("age"), t("requests")],
            [[w.days_band(name, lang), f.count(s.backlog.get(name, 0))] for name, _ in AGE_BANDS],
        )
    )
    authority_rows = [] if shareable else s.authorities
    total = s.authorities_total
    rows = [
        [
            a.authority,
            f.count(a.sent),
            f.count(a.answered),
            f.count(a.on_time),
            f.count(a.late),
            f.of(a.answered, a.median_days),
        ]
        for a in authority_rows
    ]
    if total.sent:
        rows.append(
            [
                t("all_authorities"),
                f.count(total.sent),
                f.count(total.answered),
                f.count(total.on_time),
                f.count(total.late),
                f.of(total.answered, total.median_days),
            ]
        )
    result.append(
        Table(
            "authorities",
            t("authorities"),
            [
                t("authority"),
                t("sent"),
                t("steps_answered"),
                t("steps_on_time"),
                t("steps_late"),
                t("median_days"),
            ],
            rows,
        )
    )
    result.append(
        Table(
            "equality",
            t("equality"),
            [t("party"), *heads[1:]],
            [
                f.turnaround_row(t(party), s.equality_of_arms[party])
                for party in ("defence", "prosecutor")
                if party in s.equality_of_arms
            ],
            {4, 5},
        )
    )
    result.append(
        Table(
            "costs",
            t("costs"),
            [t("category"), t("currency"), t("items"), t("amount")],
            [
                [
                    w.cost_category(c.category, lang),
                    c.currency,
                    f.count(c.count),
                    f.of(c.count, c.amount_cents / 100),
                ]
                for c in s.costs
            ],
            money_columns={3},
        )
    )
    if not shareable:
        result.append(
            Table(
                "open",
                t("open_list"),
                [t("registry_no"), t("kind"), t("received_on"), t("age_days")],
                [
                    [no, w.kind(k, lang), w.day(on, lang), (s.period.end - on).days]
                    for no, k, on in s.backlog_requests
                ],
                widths=(0.25, 0.4, 0.2, 0.15),
            )
        )
    return result


def text(value: Cell, lang: str, style: str = "") -> str:
    """A cell as the Word report prints it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if style == "percent":
        return w.percent(value, lang)
    if style == "money":
        return w.money(round(value * 100), lang)
    return w.number(value, lang)


def chart_images(stats: Statistics, lang: str, shareable: bool) -> list[bytes]:
    """Received by kind, by month, the turnaround distribution, and the on-time shares."""
    t = lambda key: w.word(lang, key)  # noqa: E731

    def drawn(items: list[tuple[str, float]]) -> list[tuple[str, float]]:
        return [(k, v) for k, v in items if not shareable or v >= SMALL_CELL or v == 0]

    kinds = drawn(sorted(stats.volumes.get("kind", {}).items(), key=lambda kv: -kv[1]))
    months = drawn(list(stats.volumes.get("month", {}).items()))
    bins = drawn([(name, stats.turnaround_bins.get(name, 0)) for name, _ in TURNAROUND_BINS])
    turn = stats.turnaround
    candidates = [
        (t("bar_on_time"), share(turn.on_time, turn.count), turn.count),
        (t("bar_strict"), share(turn.on_time_without_extension, turn.count), turn.count),
        (t("bar_ack"), share(stats.ack_on_time, stats.ack_due), stats.ack_due),
    ]
    shares = [
        (label, value, base)
        for label, value, base in candidates
        if value is not None and (not shareable or base >= SMALL_CELL)
    ]
    return [
        charts.horizontal_bars(
            t("chart_kind"),
            [w.kind(k, lang) for k, _ in kinds],
            [v for _, v in kinds],
            [w.number(v, lang) for _, v in kinds],
        ),
        charts.vertical_bars(
            t("chart_month"),
            [w.month(k, lang, short=True).replace(" ", "\n") for k, _ in months],
            [v for _, v in months],
            [w.number(v, lang) for _, v in months],
        ),
        charts.vertical_bars(
            t("chart_turnaround"),
            [w.days_band(k, lang) for k, _ in bins],
            [v for _, v in bins],
            [w.number(v, lang) for _, v in bins],
        ),
        charts.vertical_bars(
            t("chart_on_time"),
            [label for label, _, _ in shares],
            [value * 100 for _, value, _ in shares],
            [w.percent(value, lang) for _, value, _ in shares],
        ),
    ]


def _period_text(stats: Statistics, lang: str) -> str:
    return w.word(lang, "period").format(
        start=w.day(stats.period.start, lang), end=w.day(stats.period.end, lang)
    )


def _filters_text(flt: StatsFilter, lang: str) -> str:
    parts = [w.kind(k, lang) for k in flt.kinds] + [w.organ(o, lang) for o in flt.organs]
    parts += list(flt.situations)
    parts += [w.word(lang, "led_by").format(office=name) for name in flt.offices]
    return w.word(lang, "filters").format(filters="; ".join(parts)) if parts else ""


@dataclass(frozen=True)
class Front:
    """What both versions say before the figures, in the report's language."""

    title: str
    subtitle: str
    prepared: str
    filters: str  # "" when every request counts
    marking: str  # SHAREABLE / INTERNAL, on every page or at the top of the workbook
    note: str
    reading: str
    reading_text: str

    @classmethod
    def of(
        cls,
        stats: Statistics,
        lang: str,
        shareable: bool,
        office: str,
        generated: datetime,
        flt: StatsFilter,
    ) -> Front:
        t = lambda key: w.word(lang, key)  # noqa: E731
        return cls(
            t("title"),
            t("subtitle").format(period=_period_text(stats, lang)),
            t("prepared").format(office=office or "—", day=w.day(generated.date(), lang)),
            _filters_text(flt, lang),
            t("shareable" if shareable else "internal"),
            t("shareable_note" if shareable else "internal_note"),
            t("reading"),
            t("reading_text"),
        )


def _put(cell: _Cell, value: str, width: Length, points: float = 9) -> None:
    """A table cell's text, in 9 pt so six columns fit (headings in 8), and its width."""
    from docx.shared import Pt

    cell.text = value
    cell.width = width
    for run in cell.paragraphs[0].runs:
        run.font.size = Pt(points)


def build_docx(
    stats: Statistics,
    lang: str,
    shareable: bool,
    office: str,
    generated: datetime,
    flt: StatsFilter = NO_FILTER,
) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    t = lambda key: w.word(lang, key)  # noqa: E731
    front = Front.of(stats, lang, shareable, office, generated, flt)
    document = Document()
    properties = document.core_properties
    properties.author = properties.last_modified_by = office
    properties.title, properties.comments = front.title, ""
    section = document.sections[0]
    for part in (section.header, section.footer):
        paragraph = part.paragraphs[0]
        paragraph.text = front.marking
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.runs[0].font.size = Pt(8)
        paragraph.runs[0].bold = True
    document.add_heading(front.title, level=0)
    document.add_paragraph(front.subtitle, style="Subtitle")
    document.add_paragraph(front.prepared)
    if front.filters:
        document.add_paragraph(front.filters)
    document.add_paragraph(front.note).runs[0].italic = True
    document.add_heading(front.reading, level=1)
    document.add_paragraph(front.reading_text)
    document.add_heading(t("charts"), level=1)
    for image in chart_images(stats, lang, shareable):
        document.add_picture(io.BytesIO(image), width=Cm(16))
    if shareable:
        document.add_paragraph(t("chart_small")).runs[0].italic = True
    document.add_heading(t("tables"), level=1)
    for table in tables(stats, lang, shareable):
        document.add_heading(table.title, level=2)
        if not table.rows:
            document.add_paragraph(t("empty"))
            continue
        grid = document.add_table(rows=1, cols=len(table.columns))
        grid.style = "Light Grid Accent 1"
        grid.autofit = False
        shares = table.column_shares()
        for column, fraction in zip(grid.columns, shares, strict=True):
            column.width = Cm(TEXT_WIDTH_CM * fraction)  # LibreOffice reads the grid's widths
        for column, (cell, heading) in enumerate(
            zip(grid.rows[0].cells, table.columns, strict=True)
        ):
            _put(cell, heading, Cm(TEXT_WIDTH_CM * shares[column]), points=8)
        for number, row in enumerate(table.rows):
            cells = grid.add_row().cells
            for column, (cell, value) in enumerate(zip(cells, row, strict=True)):
                _put(
                    cell,
                    text(value, lang, table.style(number, column)),
                    Cm(TEXT_WIDTH_CM * shares[column]),
                )
                if column and (not isinstance(value, str) or value in (HIDDEN, MASKED)):
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _sheet_name(title: str, used: set[str]) -> str:
    name = "".join(c for c in title if c not in "[]:*?/\\")[:31]
    base, n = name, 2
    while name in used:
        name = f"{base[:28]} {n}"
        n += 1
    used.add(name)
    return name


def build_xlsx(
    stats: Statistics,
    lang: str,
    shareable: bool,
    office: str,
    generated: datetime,
    flt: StatsFilter = NO_FILTER,
) -> bytes:
    """One sheet per table; numbers stay numbers, shares are formatted as percentages."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    front = Front.of(stats, lang, shareable, office, generated, flt)
    book = Workbook()
    book.properties.creator = book.properties.lastModifiedBy = office
    book.properties.title = front.title
    about = book.active
    about.title = w.word(lang, "sheet_about")
    for line in (
        front.title,
        front.subtitle,
        front.prepared,
        front.filters,
        front.marking,
        front.note,
        "",
        front.reading,
        front.reading_text,
    ):
        about.append([line])
    about["A1"].font = Font(bold=True, size=14)
    about.column_dimensions["A"].width = 120
    used = {about.title}
    for table in tables(stats, lang, shareable):
        sheet = book.create_sheet(_sheet_name(w.sheet(lang, table.key) or table.title, used))
        sheet.append([table.title])
        sheet["A1"].font = Font(bold=True)
        sheet.append(table.columns)
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        for number, row in enumerate(table.rows):
            sheet.append(row)
            for column, cell in enumerate(sheet[sheet.max_row]):
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # a name starting with "=" stays text
                elif table.style(number, column) == "percent":
                    cell.number_format = "0%"
                elif table.style(number, column) == "money":
                    cell.number_format = "#,##0.00"
        sheet.column_dimensions["A"].width = 60
        for letter in "BCDEF":
            sheet.column_dimensions[letter].width = 18
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export_report(
    ws: Workspace,
    stats: Statistics,
    path: Path | str,
    version: str = "shareable",
    lang: str = "en",
    flt: StatsFilter = NO_FILTER,
) -> Path:
    """Write the report (.docx or .xlsx) and record in the audit trail that it left."""
    target = Path(path).expanduser()
    if target.suffix.lower() not in FORMATS:
        raise Refused(
            translate(
                "StatisticsReportMessages",
                "The report is written as .docx (Word) or .xlsx (Excel): '{0}' is neither.",
            ).format(target.name)
        )
    if version not in VERSIONS:
        raise Refused(
            translate(
                "StatisticsReportMessages", "Unknown version '{0}': shareable or internal."
            ).format(version)
        )
    if lang not in LANGUAGES:
        raise Refused(
            translate("StatisticsReportMessages", "Unknown language '{0}': en or fr.").format(lang)
        )
    if not target.parent.is_dir():
        raise Refused(
            translate("StatisticsReportMessages", "The folder {0} does not exist.").format(
                target.parent
            )
        )
    build = build_docx if target.suffix.lower() == ".docx" else build_xlsx
    data = build(stats, lang, version == "shareable", ws.settings.office_name, ws.clock(), flt)
    record_and_write(
        ws,
        None,
        "statistics.report_exported",
        {
            "file": target.name,
            "version": version,
            "lang": lang,
            "from": stats.period.start.isoformat(),
            "to": stats.period.end.isoformat(),
            "sha256": hashlib.sha256(data).hexdigest(),
        },
        target,
        data,
    )
    return target
