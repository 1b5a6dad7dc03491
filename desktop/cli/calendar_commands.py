"""`coopdesk-cli calendar`: the due dates of open requests as a calendar file (.ics)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import AddCommand, CliError, emit, unlock
from desktop.core.translation import translate
from desktop.services import calendar_export
from desktop.services.register import get as find_request


def cmd_calendar(args: argparse.Namespace) -> None:
    target = Path(args.out)
    if target.suffix.lower() != ".ics":
        raise CliError(
            translate(
                "CliCalendar", "The calendar file must end in .ics, e.g. --out deadlines.ics."
            )
        )
    ws = unlock(args)
    try:
        record = find_request(ws, args.ref) if args.ref else None
        try:
            count = calendar_export.export(ws, target, record)
        except OSError as exc:
            raise CliError(
                translate("CliCalendar", "Could not write {0}: {1}. Nothing was recorded.").format(
                    target, exc.strerror
                )
            ) from None
    finally:
        ws.close()
    emit(
        args,
        {"file": str(target), "events": count},
        translate(
            "CliCalendar",
            "Wrote {0} due dates to {1} (registry numbers, kinds and clocks only). "
            "Import it again after changes: the events are updated, not duplicated.",
        ).format(count, target),
    )


# Monday first, in English and in French (no three letters are in both).
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES_FR = ("lun", "mar", "mer", "jeu", "ven", "sam", "dim")


def working_days_arg(text: str) -> list[int]:
    """`init --working-days`: "sun-thu", "mon,tue,thu" or "dim-jeu" as the working days
    (0 is Monday), for a State whose week the holiday calendar gets wrong (Settings →
    Calendars does the same in the application)."""

    def day(name: str) -> int:
        key = name.strip().lower()[:3]
        if key in DAY_NAMES_FR:
            return DAY_NAMES_FR.index(key)
        if key not in DAY_NAMES:
            raise argparse.ArgumentTypeError(
                translate(
                    "CliCalendar",
                    "'{0}' is not a day: write the working days as sun-thu or mon,tue,thu.",
                ).format(name.strip())
            )
        return DAY_NAMES.index(key)

    days: set[int] = set()
    for part in text.split(","):
        first, _, last = part.partition("-")
        start = day(first)
        end = day(last) if last else start
        days.update((start + i) % 7 for i in range((end - start) % 7 + 1))
    return sorted(days)


def register(add: AddCommand) -> None:
    p = add(
        "calendar",
        cmd_calendar,
        translate("CliHelp", "write the due dates of open requests to a calendar file (.ics)"),
    )
    p.add_argument("--out", required=True, metavar="FILE", help=translate("CliHelp", "FILE.ics"))
    p.add_argument(
        "ref",
        nargs="?",
        help=translate("CliHelp", "only this request (registry number or the Court's reference)"),
    )
