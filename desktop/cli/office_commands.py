"""coopdesk-cli office, send, receive and proposal: sealed parcels between offices."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import AddCommand, CliError, emit, unlock
from desktop.services import offices, parcel_receive, parcel_send, proposals, register


def cmd_office(args: argparse.Namespace) -> None:
    ws = unlock(args)
    try:
        if args.action == "card":
            if not args.out:
                raise CliError("Say where to write the card: coopdesk-cli office card "
                               "--out FILE")
            card = offices.write_card(ws, Path(args.out))
            emit(args, card, f"Card of {card['name']} written to {args.out} (public keys "
                             f"only).\nFingerprint: {card['fingerprint']}\nRead it to the "
                             "other office when they verify it.")
        elif args.action == "export-identity":
            if not args.out:
                raise CliError("Say where to write it: coopdesk-cli office export-identity "
                               "--out FILE")
            offices.write_identity(ws, Path(args.out))
            emit(args, {"file": args.out},
                 f"The office's secret age identity was written to {args.out}: whoever "
                 "holds it can open every parcel sent to this office. Keep it in the safe.")
        elif args.action == "add":
            if not args.target:
                raise CliError("Say which card to add: coopdesk-cli office add FILE")
            office = offices.add(ws, Path(args.target))
            emit(args, office, f"{office['name']} added, not yet verified.\nFingerprint: "
                               f"{office['fingerprint']}\nCompare it with the office (phone, "
                               f"pouch), then: coopdesk-cli office verify "
                               f"\"{office['name']}\" --confirmed")
        elif args.action == "verify":
            if not args.target:
                raise CliError("Say which office: coopdesk-cli office verify NAME")
            office = offices.by_name(ws, args.target)
            if not args.confirmed:
                raise CliError(f"Fingerprint of {office['name']}: {office['fingerprint']}\n"
                               "Compare it with the office itself (phone, pouch); if every "
                               "digit matches, run this again with --confirmed.")
            office = offices.verify(ws, args.target)
            emit(args, office, f"{office['name']} verified: parcels from it are accepted.")
        else:
            rows = offices.offices(ws)
            emit(args, rows, "\n".join(
                f"{o['name']}\t{o['place']}\t"
                f"{'verified ' + o['verified_at'] if o['verified_at'] else 'NOT VERIFIED'}"
                f"\t{o['open_requests']} open"
                + (f", next due {o['next_due']}" if o["next_due"] else "")
                + f"\t{o['fingerprint']}" for o in rows) or "(no offices yet)")
    finally:
        ws.close()


def cmd_send(args: argparse.Namespace) -> None:
    ws = unlock(args)
    try:
        records = [register.get(ws, ref) for ref in args.refs]
        sent = parcel_send.send(ws, records, args.to, Path(args.out),
                                metadata_only=args.metadata_only,
                                confirm_sealed=args.confirm_sealed,
                                with_attachments=args.attachments)
    finally:
        ws.close()
    what = (", ".join(sent.registry_numbers) if sent.registry_numbers
            else "a receipt only")
    emit(args, {"office": sent.office, "seq": sent.seq, "sha256": sent.sha256,
                "requests": sent.registry_numbers, "file": args.out},
         f"Parcel {sent.seq} for {sent.office} written to {args.out} ({what}; sealed: only "
         f"{sent.office} can open it).\nsha256 {sent.sha256}")


def cmd_receive(args: argparse.Namespace) -> None:
    ws = unlock(args)
    try:
        result = parcel_receive.receive(ws, Path(args.file), dry_run=args.dry_run,
                                        accept_gap=args.accept_gap)
    finally:
        ws.close()
    if result.replay_of:
        text = (f"Parcel {result.seq} from {result.office} was already received on "
                f"{result.replay_of}; nothing changed.")
    else:
        head = (f"Parcel {result.seq} from {result.office} would change:" if result.dry_run
                else f"Parcel {result.seq} from {result.office} received "
                     f"(sha256 {result.sha256}):")
        text = "\n".join([head, *(f"  {c}" for c in result.changes or ["nothing new"])])
        if result.dry_run:
            text += "\nDry run: nothing was applied."
    emit(args, {"office": result.office, "seq": result.seq, "sha256": result.sha256,
                "changes": result.changes, "already_received_on": result.replay_of,
                "dry_run": result.dry_run}, text)


def cmd_proposal(args: argparse.Namespace) -> None:
    ws = unlock(args)
    try:
        if args.action == "list":
            rows = proposals.open_proposals(ws)
            emit(args, rows, "\n".join(proposals.as_text(p) for p in rows)
                 or "(no proposals awaiting a decision)")
            return
        if args.id is None:
            raise CliError(f"Say which proposal: coopdesk-cli proposal {args.action} ID")
        if args.action == "accept":
            proposals.accept(ws, args.id)
        else:
            proposals.decline(ws, args.id)
    finally:
        ws.close()
    done = "accepted" if args.action == "accept" else "declined"
    emit(args, {"ok": True}, f"Proposal #{args.id} {done}.")


def register_commands(add: AddCommand) -> None:
    """Add this module's subcommands to the parser through `add(name, handler, help)`."""
    p = add("office", cmd_office, "this office's card, and the offices parcels go to and "
                                  "come from")
    p.add_argument("action", choices=["card", "add", "verify", "list", "export-identity"],
                   nargs="?", default="list")
    p.add_argument("target", nargs="?", help="add: the card file; verify: the office's name")
    p.add_argument("--out", help="card, export-identity: the file to write")
    p.add_argument("--confirmed", action="store_true",
                   help="verify: the fingerprint was compared with the office, digit by digit")

    p = add("send", cmd_send, "write a sealed parcel of requests for another office")
    p.add_argument("refs", nargs="*", help="registry numbers (none: a receipt only)")
    p.add_argument("--to", required=True, help="the office's name")
    p.add_argument("--out", required=True, help="the parcel file (.cdparcel)")
    p.add_argument("--metadata-only", action="store_true",
                   help="under-seal and ex-parte requests travel as numbers, deadline and "
                        "status only")
    p.add_argument("--confirm-sealed", action="store_true",
                   help="under-seal and ex-parte requests travel in full")
    p.add_argument("--attachments", action="store_true",
                   help="the requests' attached files travel too (a reply exported as Word "
                        "is one)")

    p = add("receive", cmd_receive, "check a parcel from another office and apply it")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="show what would change, apply "
                                                          "nothing")
    p.add_argument("--accept-gap", action="store_true",
                   help="apply it although an earlier parcel never arrived")

    p = add("proposal", cmd_proposal, "proposals from other offices on requests this "
                                      "office leads")
    p.add_argument("action", choices=["list", "accept", "decline"], nargs="?",
                   default="list")
    p.add_argument("id", type=int, nargs="?")
