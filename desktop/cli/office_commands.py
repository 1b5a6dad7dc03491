"""coopdesk-cli office, send, receive and proposal: sealed parcels between offices."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import AddCommand, CliError, emit, unlock
from desktop.core.translation import translate
from desktop.services import offices, parcel_receive, parcel_send, proposals, register


def cmd_office(args: argparse.Namespace) -> None:
    ws = unlock(args)
    try:
        if args.action == "card":
            if not args.out:
                raise CliError(
                    translate(
                        "CliOfficeCommands",
                        "Say where to write the card: coopdesk-cli office card --out FILE",
                    )
                )
            card = offices.write_card(ws, Path(args.out))
            emit(
                args,
                card,
                translate(
                    "CliOfficeCommands",
                    "Card of {0} written to {1} (public keys only).\n"
                    "Fingerprint: {2}\nRead it to the other office when they verify it.",
                ).format(card["name"], args.out, card["fingerprint"]),
            )
        elif args.action == "export-identity":
            if not args.out:
                raise CliError(
                    translate(
                        "CliOfficeCommands",
                        "Say where to write it: coopdesk-cli office export-identity --out FILE",
                    )
                )
            offices.write_identity(ws, Path(args.out))
            emit(
                args,
                {"file": args.out},
                translate(
                    "CliOfficeCommands",
                    "The office's secret age identity was written to "
                    "{0}: whoever holds it can open every parcel sent to this office. Keep it "
                    "in the safe.",
                ).format(args.out),
            )
        elif args.action == "add":
            if not args.target:
                raise CliError(
                    translate(
                        "CliOfficeCommands", "Say which card to add: coopdesk-cli office add FILE"
                    )
                )
            office = offices.add(ws, Path(args.target))
            emit(
                args,
                office,
                translate(
                    "CliOfficeCommands",
                    "{0} added, not yet verified.\nFingerprint: {1}\n"
                    "Compare it with the office (phone, pouch), then: coopdesk-cli office verify "
                    '"{0}" --confirmed',
                ).format(office["name"], office["fingerprint"]),
            )
        elif args.action == "verify":
            if not args.target:
                raise CliError(
                    translate(
                        "CliOfficeCommands", "Say which office: coopdesk-cli office verify NAME"
                    )
                )
            office = offices.by_name(ws, args.target)
            if not args.confirmed:
                raise CliError(
                    translate(
                        "CliOfficeCommands",
                        "Fingerprint of {0}: {1}\nCompare it with the office "
                        "itself (phone, pouch); if every digit matches, run this again with "
                        "--confirmed.",
                    ).format(office["name"], office["fingerprint"])
                )
            office = offices.verify(ws, args.target)
            emit(
                args,
                office,
                translate(
                    "CliOfficeCommands", "{0} verified: parcels from it are accepted."
                ).format(office["name"]),
            )
        else:
            rows = offices.offices(ws)
            emit(
                args,
                rows,
                "\n".join(
                    f"{o['name']}\t{o['place']}\t"
                    + (
                        translate("CliOfficeCommands", "verified {0}").format(o["verified_at"])
                        if o["verified_at"]
                        else translate("CliOfficeCommands", "NOT VERIFIED")
                    )
                    + "\t"
                    + translate("CliOfficeCommands", "{0} open").format(o["open_requests"])
                    + (
                        translate("CliOfficeCommands", ", next due {0}").format(o["next_due"])
                        if o["next_due"]
                        else ""
                    )
                    + f"\t{o['fingerprint']}"
                    for o in rows
                )
                or translate("CliOfficeCommands", "(no offices yet)"),
            )
    finally:
        ws.close()


def cmd_send(args: argparse.Namespace) -> None:
    ws = unlock(args)
    try:
        records = [register.get(ws, ref) for ref in args.refs]
        sent = parcel_send.send(
            ws,
            records,
            args.to,
            Path(args.out),
            metadata_only=args.metadata_only,
            confirm_sealed=args.confirm_sealed,
            with_attachments=args.attachments,
            hand_over_lead=args.hand_over_lead,
            everything=args.everything,
        )
    finally:
        ws.close()
    what = (
        ", ".join(sent.registry_numbers)
        if sent.registry_numbers
        else translate("CliOfficeCommands", "a receipt only")
    )
    emit(
        args,
        {
            "office": sent.office,
            "seq": sent.seq,
            "sha256": sent.sha256,
            "requests": sent.registry_numbers,
            "file": args.out,
        },
        translate(
            "CliOfficeCommands",
            "Parcel {0} for {1} written to {2} ({3}; sealed: only {1} can open it).\nsha256 {4}",
        ).format(sent.seq, sent.office, args.out, what, sent.sha256),
    )


def cmd_receive(args: argparse.Namespace) -> None:
    ws = unlock(args)
    try:
        result = parcel_receive.receive(
            ws, Path(args.file), dry_run=args.dry_run, accept_gap=args.accept_gap
        )
    finally:
        ws.close()
    if result.replay_of:
        text = translate(
            "CliOfficeCommands", "Parcel {0} from {1} was already received on {2}; nothing changed."
        ).format(result.seq, result.office, result.replay_of)
    else:
        head = (
            translate("CliOfficeCommands", "Parcel {0} from {1} would change:").format(
                result.seq, result.office
            )
            if result.dry_run
            else translate(
                "CliOfficeCommands", "Parcel {0} from {1} received (sha256 {2}):"
            ).format(result.seq, result.office, result.sha256)
        )
        text = "\n".join(
            [
                head,
                *(
                    f"  {c}"
                    for c in result.changes or [translate("CliOfficeCommands", "nothing new")]
                ),
            ]
        )
        if result.dry_run:
            text += "\n" + translate("CliOfficeCommands", "Dry run: nothing was applied.")
    emit(
        args,
        {
            "office": result.office,
            "seq": result.seq,
            "sha256": result.sha256,
            "changes": result.changes,
            "already_received_on": result.replay_of,
            "dry_run": result.dry_run,
        },
        text,
    )


def cmd_proposal(args: argparse.Namespace) -> None:
    ws = unlock(args)
    try:
        if args.action == "list":
            rows = proposals.open_proposals(ws)
            emit(
                args,
                rows,
                "\n".join(proposals.as_text(p) for p in rows)
                or translate("CliOfficeCommands", "(no proposals awaiting a decision)"),
            )
            return
        if args.id is None:
            raise CliError(
                translate(
                    "CliOfficeCommands", "Say which proposal: coopdesk-cli proposal {0} ID"
                ).format(args.action)
            )
        if args.action == "accept":
            proposals.accept(ws, args.id)
        else:
            proposals.decline(ws, args.id)
    finally:
        ws.close()
    emit(
        args,
        {"ok": True},
        translate("CliOfficeCommands", "Proposal #{0} accepted.").format(args.id)
        if args.action == "accept"
        else translate("CliOfficeCommands", "Proposal #{0} declined.").format(args.id),
    )


def register_commands(add: AddCommand) -> None:
    """Add this module's subcommands to the parser through `add(name, handler, help)`."""
    p = add(
        "office",
        cmd_office,
        translate("CliHelp", "this office's card, and the offices parcels go to and come from"),
    )
    p.add_argument(
        "action",
        choices=["card", "add", "verify", "list", "export-identity"],
        nargs="?",
        default="list",
    )
    p.add_argument(
        "target",
        nargs="?",
        help=translate("CliHelp", "add: the card file; verify: the office's name"),
    )
    p.add_argument("--out", help=translate("CliHelp", "card, export-identity: the file to write"))
    p.add_argument(
        "--confirmed",
        action="store_true",
        help=translate(
            "CliHelp", "verify: the fingerprint was compared with the office, digit by digit"
        ),
    )

    p = add(
        "send",
        cmd_send,
        translate("CliHelp", "write a sealed parcel of requests for another office"),
    )
    p.add_argument(
        "refs", nargs="*", help=translate("CliHelp", "registry numbers (none: a receipt only)")
    )
    p.add_argument("--to", required=True, help=translate("CliHelp", "the office's name"))
    p.add_argument("--out", required=True, help=translate("CliHelp", "the parcel file (.cdparcel)"))
    p.add_argument(
        "--metadata-only",
        action="store_true",
        help=translate(
            "CliHelp",
            "under-seal and ex-parte requests travel as numbers, deadline and status only",
        ),
    )
    p.add_argument(
        "--confirm-sealed",
        action="store_true",
        help=translate("CliHelp", "under-seal and ex-parte requests travel in full"),
    )
    p.add_argument(
        "--attachments",
        action="store_true",
        help=translate(
            "CliHelp", "the requests' attached files travel too (a reply exported as Word is one)"
        ),
    )

    p.add_argument(
        "--hand-over-lead",
        action="store_true",
        help=translate(
            "CliHelp",
            "the office becomes the lead: it decides status and Court deadline, and this "
            "office's changes travel as proposals",
        ),
    )

    p.add_argument(
        "--everything",
        action="store_true",
        help=translate(
            "CliHelp",
            "carry all routing steps, notes and checklist steps again, even those the "
            "office confirmed receiving (after it restored an older backup)",
        ),
    )

    p = add(
        "receive",
        cmd_receive,
        translate("CliHelp", "check a parcel from another office and apply it"),
    )
    p.add_argument("file")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CliHelp", "show what would change, apply nothing"),
    )
    p.add_argument(
        "--accept-gap",
        action="store_true",
        help=translate("CliHelp", "apply it although an earlier parcel never arrived"),
    )

    p = add(
        "proposal",
        cmd_proposal,
        translate("CliHelp", "proposals from other offices on requests this office leads"),
    )
    p.add_argument("action", choices=["list", "accept", "decline"], nargs="?", default="list")
    p.add_argument("id", type=int, nargs="?")
