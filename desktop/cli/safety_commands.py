"""coopdesk-cli commands for verification, backups and the plaintext exit path."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import asdict
from pathlib import Path

from desktop.cli.common import (
    AddCommand,
    CliError,
    decimal,
    emit,
    folder_of,
    new_passphrase,
    passphrase,
    read_secret_file,
    unlock,
    user_of,
)
from desktop.core.translation import translate
from desktop.services import audit, backup, exchange, rekey
from desktop.services import register as registry
from desktop.services.workspace import DatabaseUnreadable, Workspace, os_user


def cmd_verify(args: argparse.Namespace) -> None:
    anchor = audit.parse_anchor(args.anchor) if args.anchor else None
    ws = unlock(args)
    try:
        report = audit.verify(ws, anchor)
    finally:
        ws.close()
    emit(args, report.as_dict(), "\n".join(report.lines()))
    if not report.ok:
        raise CliError(
            translate(
                "CliSafetyCommands",
                "Verification failed: {0}. Restore a backup made before the "
                "damage (coopdesk-cli backups) or keep this workspace as evidence.",
            ).format(report.summary())
        )


def cmd_audit_export(args: argparse.Namespace) -> None:
    ws = unlock(args)
    try:
        request_id = registry.get(ws, args.request).id if args.request else None
        rows = audit.export_audit(ws, request_id, Path(args.file))
    finally:
        ws.close()
    emit(
        args,
        {"rows": rows, "file": args.file},
        translate(
            "CliSafetyCommands",
            "%n audit record(s) written to {0} (plaintext: keep it safe).",
            None,
            rows,
        ).format(args.file),
    )


def _backup_text(made: backup.Backup) -> str:
    m = made.manifest
    return translate(
        "CliSafetyCommands",
        "Backup written to {0} ({1}, {2} MiB, encrypted; the recovery key opens it).\n{3}",
    ).format(
        made.path,
        _requests(m.request_count),
        decimal(m.size / 1024 / 1024, 1),
        audit.footer(m.head),
    )


def _requests(count: int) -> str:
    return translate("CliSafetyCommands", "%n request(s)", None, count)


def _files(count: int) -> str:
    return translate("CliSafetyCommands", "%n file(s)", None, count)


def cmd_backup(args: argparse.Namespace) -> None:
    ws = unlock(args)
    try:
        made = (
            backup.back_up(ws, Path(args.file), overwrite=args.force)
            if args.file
            else backup.back_up_automatically(ws, "manual")
        )
        latest = None if made else backup.latest_backup(ws.folder)
    finally:
        ws.close()
    if made is None:
        emit(
            args,
            {"written": None, "latest": str(latest)},
            translate(
                "CliSafetyCommands", "Nothing changed since the last backup ({0}); none written."
            ).format(latest),
        )
        return
    emit(args, {"written": str(made.path), **asdict(made.manifest)}, _backup_text(made))


def cmd_backups(args: argparse.Namespace) -> None:
    found = backup.list_backups(Path(args.folder) if args.folder else folder_of(args))
    rows = [{"file": str(b.path), **asdict(b.manifest)} for b in found]
    emit(
        args,
        rows,
        "\n".join(
            translate("CliSafetyCommands", "{0}  {1:<14} {2:>6} requests  seq {3:<6} {4}").format(
                b.manifest.created_at,
                b.manifest.reason,
                b.manifest.request_count,
                b.manifest.chain_seq,
                b.path,
            )
            for b in found
        )
        or translate("CliSafetyCommands", "(no backups found)"),
    )


def _restore_without_opening(
    args: argparse.Namespace, folder: Path, user: str, secret: str, path: Path, recovery: str | None
) -> None:
    ws = backup.restore_damaged(folder, user, secret, path, recovery)
    ws.close()
    emit(
        args,
        {"restored_from": str(path)},
        translate(
            "CliSafetyCommands",
            "The damaged database was kept aside in {0}; the workspace now holds the backup {1}.",
        ).format(folder, path.name),
    )


def cmd_restore(args: argparse.Namespace) -> None:
    folder = folder_of(args)
    user = user_of(args, folder)
    secret = passphrase(args)
    recovery = read_secret_file(args.recovery_key_file) if args.recovery_key_file else None
    path = Path(args.file)
    try:
        ws = Workspace.unlock(folder, user, secret)
    except DatabaseUnreadable:
        _restore_without_opening(args, folder, user, secret, path, recovery)
        return
    try:
        result = backup.restore(ws, path, recovery)
    except backup.SourceDamaged:
        # It opens, but some pages are damaged: it cannot be kept aside as a checked
        # backup, so its files are copied aside as they are and the backup put in place.
        ws.close()
        _restore_without_opening(args, folder, user, secret, path, recovery)
        return
    finally:
        ws.close()
    emit(
        args,
        {"restored_from": str(result.restored_from), "kept_aside": str(result.kept_aside)},
        translate(
            "CliSafetyCommands", "Restored from {0}. The database as it was before is kept as {1}."
        ).format(path.name, result.kept_aside),
    )


def _confirm_plaintext(args: argparse.Namespace, folder: Path) -> None:
    if args.yes:
        return
    warning = exchange.PLAINTEXT_WARNING.format(folder=folder)
    if not sys.stdin.isatty():
        raise CliError(
            translate(
                "CliSafetyCommands", "{0} Add --yes to confirm; nothing was exported."
            ).format(warning)
        )
    print(warning, file=sys.stderr)
    yes = translate("CliSafetyCommands", "yes")
    answer = (
        input(translate("CliSafetyCommands", "Type {0} to continue: ").format(yes)).strip().lower()
    )
    if answer not in {yes, "yes"}:
        raise CliError(translate("CliSafetyCommands", "Nothing was exported."))


def cmd_export_all(args: argparse.Namespace) -> None:
    target = Path(args.dir).expanduser()
    _confirm_plaintext(args, target)
    ws = unlock(args)
    try:
        summary = exchange.export_all(ws, target)
    finally:
        ws.close()
    emit(
        args,
        {
            "folder": str(summary.folder),
            "tables": summary.tables,
            "files": summary.files,
            "chain_head": audit.format_anchor(summary.head),
        },
        translate(
            "CliSafetyCommands",
            "Everything written to {0} in PLAINTEXT: {1}, {2}.\n{3}",
        ).format(
            summary.folder,
            _requests(summary.tables.get("requests", 0)),
            _files(summary.files),
            audit.footer(summary.head),
        ),
    )


def cmd_import_all(args: argparse.Namespace) -> None:
    folder = folder_of(args)
    user = args.user or os.environ.get("COOPDESK_USER") or os_user()
    result = exchange.import_all(
        Path(args.dir),
        folder,
        user,
        new_passphrase(args, translate("CliMain", "Passphrase for the new workspace")),
        args.name or "",
    )
    result.workspace.close()
    again = (
        "\n"
        + translate(
            "CliSafetyCommands", "These users must be added again with a passphrase: {0}"
        ).format(", ".join(result.users_to_add_again))
        if result.users_to_add_again
        else ""
    )
    emit(
        args,
        {
            "workspace": str(folder),
            "user": user,
            "tables": result.tables,
            "users_to_add_again": result.users_to_add_again,
            "recovery_key": result.recovery_key,
        },
        translate(
            "CliSafetyCommands",
            "Workspace rebuilt in {0}: {1}.{2}\n\nRECOVERY KEY of "
            "the new workspace (shown only now; print it and keep it in the office safe):\n\n "
            "   {3}\n",
        ).format(folder, _requests(result.tables.get("requests", 0)), again, result.recovery_key),
    )


def cmd_rekey(args: argparse.Namespace) -> None:
    folder = folder_of(args)
    secret = passphrase(args)
    ws = Workspace.unlock(folder, user_of(args, folder), secret)
    try:
        result = rekey.rekey(ws, secret)
    finally:
        ws.close()
    result.workspace.close()
    again = (
        "\n"
        + translate(
            "CliSafetyCommands",
            "These users can no longer unlock and must be added again with a passphrase "
            "(coopdesk-cli user add NAME): {0}",
        ).format(", ".join(result.users_to_add_again))
        if result.users_to_add_again
        else ""
    )
    emit(
        args,
        {
            "ok": True,
            "recovery_key": result.recovery_key,
            "users_to_add_again": result.users_to_add_again,
        },
        translate(
            "CliSafetyCommands",
            "The workspace has a new data key; the old key, any copy of it "
            "and any key remembered on a computer no longer open it.{0}\n\nNEW RECOVERY KEY "
            "(shown only now; print it, keep it in the office safe and destroy the old "
            "one):\n\n    {1}\n\nBackups made before now are still encrypted with the OLD "
            "key: they open only with the old recovery key (coopdesk-cli restore FILE "
            "--recovery-key-file OLD). Copies already taken cannot be revoked.",
        ).format(again, result.recovery_key),
    )


def register(add: AddCommand) -> None:
    """Add this module's subcommands to the parser through `add(name, handler, help)`."""
    p = add(
        "verify",
        cmd_verify,
        translate("CliHelp", "check the database and the audit chain; say which entry is broken"),
    )
    p.add_argument(
        "--anchor",
        metavar="SEQ:HASH",
        help=translate(
            "CliHelp",
            "a chain head from a backup manifest or an export footer: "
            "also proves no entry after it was cut off",
        ),
    )

    add(
        "rekey",
        cmd_rekey,
        translate(
            "CliHelp",
            "give the workspace a new data key (revokes copied or "
            "remembered keys) and show the new recovery key once",
        ),
    )

    p = add(
        "audit-export",
        cmd_audit_export,
        translate("CliHelp", "write the audit trail to .csv or .json (plaintext)"),
    )
    p.add_argument("file")
    p.add_argument(
        "--request", metavar="REF", help=translate("CliHelp", "only this request's entries")
    )

    p = add(
        "backup",
        cmd_backup,
        translate(
            "CliHelp",
            "write an encrypted backup to FILE (e.g. on a USB stick), "
            "or without FILE to the backup folder",
        ),
    )
    p.add_argument("file", nargs="?")
    p.add_argument(
        "--force", action="store_true", help=translate("CliHelp", "replace FILE if it exists")
    )

    p = add(
        "backups",
        cmd_backups,
        translate("CliHelp", "list the backups of the workspace (no passphrase needed)"),
    )
    p.add_argument("--folder", help=translate("CliHelp", "a backup folder to list instead"))

    p = add(
        "restore",
        cmd_restore,
        translate(
            "CliHelp", "check a backup, keep the current database aside, and restore the backup"
        ),
    )
    p.add_argument("file")
    p.add_argument(
        "--recovery-key-file",
        help=translate(
            "CliHelp",
            "the recovery key of the workspace the backup was made from, when it is not this one's",
        ),
    )

    p = add(
        "export-all",
        cmd_export_all,
        translate(
            "CliHelp", "write the whole workspace to DIR as JSON and the original files (PLAINTEXT)"
        ),
    )
    p.add_argument("dir")
    p.add_argument(
        "--yes",
        action="store_true",
        help=translate("CliHelp", "confirm that the export is plaintext"),
    )

    p = add(
        "import-all",
        cmd_import_all,
        translate("CliHelp", "build a new workspace (--workspace) from an export-all folder"),
    )
    p.add_argument("dir")
    p.add_argument("--name", help=translate("CliHelp", "your full name in the new workspace"))
    p.add_argument(
        "--new-passphrase-file", help=translate("CliHelp", "read the new passphrase from this file")
    )
