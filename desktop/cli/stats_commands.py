"""coopdesk-cli stats and report: the figures of the Statistics page, and the report file."""

from __future__ import annotations

import argparse
import time

from desktop.cli.common import AddCommand, CliError, date_arg, decimal, emit, unlock
from desktop.core.translation import language, translate
from desktop.services import statistics
from desktop.services.statistics import report as statistics_report
from desktop.services.statistics.report import Table

DIMENSIONS = ("kind", "organ", "channel", "situation", "urgency", "month")


def _filter(args: argparse.Namespace) -> statistics.StatsFilter:
    return statistics.StatsFilter(
        kinds=tuple(args.kind or ()),
        organs=tuple(args.organ or ()),
        situations=tuple(args.situation or ()),
        offices=tuple(args.office or ()),
    )


def _dimensions(text: str | None) -> tuple[str, ...]:
    if not text:
        return DIMENSIONS
    chosen = tuple(part.strip() for part in text.split(",") if part.strip())
    bad = [d for d in chosen if d not in DIMENSIONS]
    if bad:
        raise CliError(
            translate("CliStatsCommands", "--by: {0} unknown; choose from {1}.").format(
                ", ".join(bad), ", ".join(DIMENSIONS)
            )
        )
    return chosen


def _table_text(table: Table) -> str:
    cells = [
        [statistics_report.text(v, "en", table.style(r, c)) for c, v in enumerate(row)]
        for r, row in enumerate(table.rows)
    ]
    widths = [
        max(len(str(h)), *(len(row[i]) for row in cells)) if cells else len(str(h))
        for i, h in enumerate(table.columns)
    ]
    widths[0] = min(widths[0], 60)
    lines = [table.title, "  ".join(h.ljust(n) for h, n in zip(table.columns, widths, strict=True))]
    for raw, row in zip(table.rows, cells, strict=True):
        first = row[0] if len(row[0]) <= widths[0] else row[0][: widths[0] - 1] + "…"
        rest = [
            text.ljust(n) if isinstance(value, str) else text.rjust(n)
            for value, text, n in zip(raw[1:], row[1:], widths[1:], strict=True)
        ]
        lines.append("  ".join([first.ljust(widths[0]), *rest]).rstrip())
    if not cells:
        lines.append("(none)")
    return "\n".join(lines)


def cmd_stats(args: argparse.Namespace) -> None:
    start, end = date_arg(args.start, "--from"), date_arg(args.end, "--to")
    chosen = _dimensions(args.by)
    ws = unlock(args)
    try:
        started = time.perf_counter()
        stats = statistics.statistics(ws, start, end, _filter(args))
        elapsed = time.perf_counter() - started
    finally:
        ws.close()
    data = stats.to_dict()
    data["volumes"] = {k: v for k, v in data["volumes"].items() if k in chosen}
    data["seconds"] = round(elapsed, 3)
    shown = [
        t
        for t in statistics_report.tables(stats, language() or "en", shareable=False)
        if not t.key.startswith("by_") or t.key[3:] in chosen
    ]
    emit(
        args,
        data,
        "\n\n".join(_table_text(t) for t in shown)
        + "\n\n"
        + translate("CliStatsCommands", "Computed in {0} s.").format(decimal(elapsed, 2)),
    )


def cmd_report(args: argparse.Namespace) -> None:
    start, end = date_arg(args.start, "--from"), date_arg(args.end, "--to")
    flt = _filter(args)
    ws = unlock(args)
    try:
        stats = statistics.statistics(ws, start, end, flt)
        target = statistics_report.export_report(ws, stats, args.out, args.version, args.lang, flt)
    finally:
        ws.close()
    emit(
        args,
        {"file": str(target), "version": args.version, "lang": args.lang},
        translate("CliStatsCommands", "Wrote the {0} report ({1}) to {2}.").format(
            args.version, args.lang, target
        ),
    )


def register(add: AddCommand) -> None:
    def period_and_filters(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--from",
            dest="start",
            required=True,
            metavar="DATE",
            help=translate("CliHelp", "first day of the period (e.g. 2026-01-01)"),
        )
        p.add_argument(
            "--to",
            dest="end",
            required=True,
            metavar="DATE",
            help=translate("CliHelp", "last day of the period, included"),
        )
        p.add_argument(
            "--kind", action="append", help=translate("CliHelp", "only this kind (repeatable)")
        )
        p.add_argument(
            "--organ", action="append", help=translate("CliHelp", "only this requesting organ")
        )
        p.add_argument(
            "--situation", action="append", help=translate("CliHelp", "only this situation")
        )
        p.add_argument(
            "--office",
            action="append",
            metavar="NAME",
            help=translate(
                "CliHelp", "only the requests received from this office (which it leads)"
            ),
        )

    p = add("stats", cmd_stats, translate("CliHelp", "cooperation statistics for a period"))
    period_and_filters(p)
    p.add_argument(
        "--by",
        metavar="DIMENSIONS",
        help=translate("CliHelp", "volumes by these, comma-separated (default all: {0})").format(
            ",".join(DIMENSIONS)
        ),
    )

    p = add(
        "report", cmd_report, translate("CliHelp", "write the cooperation report (.docx or .xlsx)")
    )
    period_and_filters(p)
    p.add_argument(
        "--out", required=True, metavar="FILE", help=translate("CliHelp", "FILE.docx or FILE.xlsx")
    )
    p.add_argument(
        "--version",
        choices=statistics_report.VERSIONS,
        default="shareable",
        help=translate(
            "CliHelp",
            "shareable (default: aggregates only, small cells hidden) or "
            "internal (names authorities and registry numbers)",
        ),
    )
    p.add_argument("--lang", choices=("en", "fr"), default="en")
