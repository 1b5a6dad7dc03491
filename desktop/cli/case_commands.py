"""coopdesk-cli arrest, review, link and unlink: the facts that change a request's clock."""

from __future__ import annotations

import argparse

from desktop.cli.common import AddCommand, date_arg, emit, unlock
from desktop.core.translation import translate
from desktop.services import clocks, links, register


def cmd_arrest(args: argparse.Namespace) -> None:
    day = date_arg(args.date, "date")
    ws = unlock(args)
    try:
        record = clocks.record_arrest(ws, register.get(ws, args.ref), day)
        explanation = register.deadlines_for(ws, record).final.explanation
    finally:
        ws.close()
    emit(
        args,
        {
            "registry_no": record.registry_no,
            "arrested_on": day.isoformat(),
            "due_on": record.due_on.isoformat(),
            "explanation": explanation,
        },
        translate("CliCaseCommands", "Arrest on {0} recorded for {1}; due {2}: {3}.").format(
            day.isoformat(), record.registry_no, record.due_on.isoformat(), explanation
        ),
    )


def cmd_review(args: argparse.Namespace) -> None:
    day = date_arg(args.on, "--on") if args.on else None
    ws = unlock(args)
    try:
        record = clocks.record_review(ws, register.get(ws, args.ref), day, args.note or "")
    finally:
        ws.close()
    emit(
        args,
        {"registry_no": record.registry_no, "next_review": record.due_on.isoformat()},
        translate("CliCaseCommands", "Review of {0} recorded; next review {1}.").format(
            record.registry_no, record.due_on.isoformat()
        ),
    )


def cmd_link(args: argparse.Namespace) -> None:
    ws = unlock(args)
    try:
        record, other = register.get(ws, args.ref), register.get(ws, args.other)
        if args.unlink:
            links.unlink(ws, record, other)
        else:
            links.link(ws, record, args.relation, other)
    finally:
        ws.close()
    if args.unlink:
        emit(
            args,
            {"ok": True},
            translate("CliCaseCommands", "{0} and {1} unlinked.").format(
                record.registry_no, other.registry_no
            ),
        )
        return
    wording = links.WORDING[links.Relation(args.relation)][0]
    emit(
        args,
        {"ok": True},
        translate("CliCaseCommands", "{0} is now recorded as {1} {2}.").format(
            record.registry_no, wording, other.registry_no
        ),
    )


def register_commands(add: AddCommand) -> None:
    """Add this module's subcommands to the parser through `add(name, handler, help)`."""
    p = add(
        "arrest",
        cmd_arrest,
        translate(
            "CliHelp",
            "record the date a person was arrested (Rule 188 runs from a provisional arrest)",
        ),
    )
    p.add_argument("ref")
    p.add_argument("date", help=translate("CliHelp", "date of the arrest (ISO 8601)"))

    p = add(
        "review",
        cmd_review,
        translate("CliHelp", "record the periodic review of a standing request"),
    )
    p.add_argument("ref")
    p.add_argument("--on", help=translate("CliHelp", "date of the review (default: today)"))
    p.add_argument("--note", help=translate("CliHelp", "what the review found"))

    p = add("link", cmd_link, translate("CliHelp", "record that two requests belong together"))
    p.add_argument(
        "ref", help=translate("CliHelp", "the request that is the follow-up, full request, ...")
    )
    p.add_argument("other", help=translate("CliHelp", "the request it relates to"))
    p.add_argument(
        "--as",
        dest="relation",
        default=links.Relation.FOLLOW_UP_OF.value,
        choices=[r.value for r in links.Relation],
        help=translate(
            "CliHelp",
            "REF is ... OTHER (default: follow_up_of); full_request_after: REF "
            "is the full request for surrender after the provisional arrest "
            "OTHER",
        ),
    )
    p.add_argument(
        "--unlink", action="store_true", help=translate("CliHelp", "remove the link (a slip)")
    )
