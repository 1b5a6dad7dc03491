"""`coopdesk-cli calendar`: the due dates of open requests as a calendar file (.ics)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import AddCommand, CliError, emit, unlock
from desktop.services import calendar_export
from desktop.services.register import get as find_request


def cmd_calendar(args: argparse.Namespace) -> None:
    target = Path(args.out)
    if target.suffix.lower() != ".ics":
        raise CliError("The calendar file must end in .ics, e.g. --out deadlines.ics.")
    ws = unlock(args)
    try:
        record = find_request(ws, args.ref) if args.ref else None
        try:
            count = calendar_export.export(ws, target, record)
        except OSError as exc:
            raise CliError(
                f"Could not write {target}: {exc.strerror}. Nothing was recorded."
            ) from None
    finally:
        ws.close()
    emit(
        args,
        {"file": str(target), "events": count},
        f"Wrote {count} due dates to {target} (registry numbers, kinds and clocks only). "
        "Import it again after changes: the events are updated, not duplicated.",
    )


def register(add: AddCommand) -> None:
    p = add(
        "calendar", cmd_calendar, "write the due dates of open requests to a calendar file (.ics)"
    )
    p.add_argument("--out", required=True, metavar="FILE", help="FILE.ics")
    p.add_argument(
        "ref", nargs="?", help="only this request (registry number or the Court's reference)"
    )
