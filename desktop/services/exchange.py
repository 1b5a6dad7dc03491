"""The exit path: the whole workspace in open formats, and a new workspace rebuilt from it.

`export_all` writes every table (requests, routing steps, notes, costs, checklists, the
audit trail, the directory, settings ...) as JSON, one file per table, and every stored
file (attachments, office templates) as the original bytes. It is PLAINTEXT by design:
the way out if the office leaves this application, so the caller confirms first.

`import_all` rebuilds a new workspace from such a folder with nothing lost: rows keep
their ids, the audit entries are copied verbatim so the chain still verifies, and the
import itself is the next entry. Passphrases and keys are never exported: only the user
who imports can unlock at first; the other users are kept but inactive until they are
added again with a passphrase of their own (`coopdesk-cli user add NAME`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from desktop.core.settings import OfficeSettings
from desktop.core.translation import translate
from desktop.services import audit
from desktop.services.casefile import safe_attachment_name
from desktop.services.errors import Refused, UserFacingError
from desktop.services.workspace import (
    HEAD_FILE,
    Workspace,
    check_passphrase,
    check_user_name,
)
from desktop.storage import backup_store
from desktop.storage.connection import DB_FILE
from desktop.storage.files import fsync_dir, make_private_dir, sha256_of
from desktop.storage.keys import KEYS_FILE
from desktop.storage.schema import SCHEMA_VERSION
from desktop.storage.store import ATTACHMENT_CHUNK
from desktop.storage.template_store import TemplateStore

FORMAT = "coopdesk-export"
MANIFEST = "export.json"
TABLES_DIR = "tables"
_TABLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,63}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
CHUNKS = "attachment_chunks"  # exported as the attachments' own files, not as a table
# The office's private parcel keys stay inside: a plaintext copy would let whoever finds
# the export sign parcels in the office's name. A rebuilt workspace makes new keys.
NOT_EXPORTED = ("office_identity",)

PLAINTEXT_WARNING = (
    "This writes every request, note, cost, routing step, the audit trail and every "
    "attached file to {folder} in PLAINTEXT (JSON and the original files). Anyone who can "
    "read that folder can read all of it. Keep it on an encrypted disk and delete it when "
    "it is no longer needed."
)

README = """Cooperation Desk - full export (PLAINTEXT)
=========================================

This folder holds everything a Cooperation Desk workspace contained, in open formats:

  export.json          what was exported, when, by whom; the audit chain head; the
                       sha256 of every file below
  tables/NAME.json     one JSON array per table, one object per row, columns as stored
                       (lists such as 'persons' are JSON text inside the cell)
  attachments/REF/     the files attached to each request, as they were attached
  files/TABLE/         other stored files (e.g. the office's reply templates)

A cell that held a file is written as {"file": PATH, "sha256": ..., "size": ...}.
The office's private keys for sealed parcels are not exported: a rebuilt workspace
makes new ones, and the other offices add its new card.
The audit trail (tables/events.json) is a hash chain: each entry's 'hash' is the
sha256 of [prev_hash, seq, at, user, request_id, action, detail] as compact JSON.

'coopdesk-cli import-all THIS-FOLDER --workspace NEW-FOLDER' rebuilds a workspace.
Nothing here is encrypted: keep it safe and delete it when done.
"""


class ExportRefused(UserFacingError):
    """The folder is not a usable export; the message names what is wrong."""


@dataclass(frozen=True)
class ExportSummary:
    folder: Path
    tables: dict[str, int]
    files: int
    head: audit.Anchor


@dataclass
class ImportResult:
    workspace: Workspace  # unlocked, as the importing user
    recovery_key: str  # the new workspace's: show it once, as at creation
    tables: dict[str, int]
    users_to_add_again: list[str]  # exported users who need a passphrase again


# -- export -------------------------------------------------------------------------------


def _registry_numbers(ws: Workspace) -> dict[int, str]:
    return {
        row["id"]: row["registry_no"] for row in backup_store.table_rows(ws.store.conn, "requests")
    }


def _file_name(
    table: str, index: int, column: str, row: dict[str, Any], numbers: dict[int, str]
) -> str:
    if table == "attachments" and column == "content":
        folder = safe_attachment_name(numbers.get(row["request_id"], "unknown-request"))
        name = safe_attachment_name(f"{row['id']}-{row['filename']}")
        return f"attachments/{folder}/{name}"
    return f"files/{table}/{index:06d}-{column}.bin"


def _write_pieces(path: Path, pieces: Iterable[bytes]) -> tuple[int, str]:
    """A new private file, flushed; (size, sha256). The staging folder makes it atomic,
    not a temporary name (beside a 255-byte attachment name it would be too long).
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    size, hasher = 0, hashlib.sha256()
    with os.fdopen(fd, "wb") as handle:
        for piece in pieces:
            handle.write(piece)
            size += len(piece)
            hasher.update(piece)
        handle.flush()
        os.fsync(handle.fileno())
    return size, hasher.hexdigest()


def _rows_with_files(
    ws: Workspace,
    folder: Path,
    table: str,
    numbers: dict[int, str],
    hashes: dict[str, str],
    counts: dict[str, int],
) -> Iterator[dict[str, Any]]:
    """A table's rows, each binary value written as a file of its own and replaced by
    where it went; counted in `counts[table]` as they go."""
    for index, row in enumerate(backup_store.table_rows(ws.store.conn, table), 1):
        for column, value in row.items():
            if isinstance(value, bytes):
                relative = _file_name(table, index, column, row, numbers)
                target = folder / relative
                make_private_dir(target.parent)
                pieces = (
                    ws.store.attachment_pieces(row["id"])
                    if table == "attachments" and column == "content"
                    else [value]
                )
                size, digest = _write_pieces(target, pieces)
                hashes[relative] = digest
                row[column] = {"file": relative, "sha256": digest, "size": size}
        counts[table] = index
        yield row


_CELL = json.JSONEncoder(ensure_ascii=False)  # the C encoder: no indent, no garbage


def _indented(value: Any, depth: int) -> str:
    """`value` as `json.dumps(..., ensure_ascii=False, indent=1)` writes it `depth` deep.

    Built from the C encoder's pieces: with `indent`, json falls back to its Python
    encoder, whose nested functions form a reference cycle at every call. The collector
    is off while an operation runs (gui/background.py), so 100,000 rows left hundreds of
    megabytes of cycles behind, and collecting them froze the window for a second.
    """
    if not isinstance(value, dict) or not value:
        return _CELL.encode(value)
    inner = "\n" + " " * (depth + 1)
    items = (f"{_CELL.encode(k)}: {_indented(v, depth + 1)}" for k, v in value.items())
    return "{" + inner + ("," + inner).join(items) + "\n" + " " * depth + "}"


def _json_list(rows: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    """The bytes of `json.dumps(list(rows), ensure_ascii=False, indent=1)`, a row at a time.

    Whole tables at 100,000 requests took gigabytes as one list and one string, and one
    long `json.dumps` holds the interpreter lock throughout: the export runs on a worker
    thread, and the window froze meanwhile.
    """
    first = True
    for row in rows:
        yield (("[\n " if first else ",\n ") + _indented(row, 1)).encode("utf-8")
        first = False
    yield b"[]" if first else b"\n]"


def _write_new(path: Path, data: bytes) -> None:
    _write_pieces(path, [data])


def _write_export(
    ws: Workspace, folder: Path
) -> tuple[dict[str, int], dict[str, str], audit.Anchor]:
    conn = ws.store.conn
    numbers = _registry_numbers(ws)
    counts: dict[str, int] = {}
    hashes: dict[str, str] = {}
    head = audit.chain_head(ws)
    make_private_dir(folder / TABLES_DIR)
    for table in backup_store.data_tables(conn):
        if table == CHUNKS or table in NOT_EXPORTED:
            continue  # written as the attachments' files
        counts[table] = 0
        relative = f"{TABLES_DIR}/{table}.json"
        _, hashes[relative] = _write_pieces(
            folder / relative,
            _json_list(_rows_with_files(ws, folder, table, numbers, hashes, counts)),
        )
    _write_new(folder / "README.txt", README.encode("utf-8"))
    manifest = {
        "format": FORMAT,
        "version": 1,
        "exported_at": ws.now(),
        "exported_by": ws.user,
        "schema_version": backup_store.schema_version(conn),
        "workspace_id": ws.workspace_id,
        "chain_head": {"seq": head[0], "hash": head[1]},
        "tables": counts,
        "files": hashes,
    }
    _write_new(
        folder / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
    )
    return counts, hashes, head


def _remove_partial(staging: Path) -> str:
    """Remove a failed export; '' when nothing is left, else what the user must delete."""
    shutil.rmtree(staging, ignore_errors=True)
    if not staging.exists():
        return ""
    return f" PLAINTEXT was left in {staging} and could not be removed: delete that folder."


def export_all(ws: Workspace, folder: Path) -> ExportSummary:
    """Write the whole workspace to `folder` (new or empty); PLAINTEXT, confirm first.

    Everything is written into a hidden folder beside the target and renamed into place
    once whole; on any failure (a full disk, a damaged page) that folder is removed, so
    no plaintext is left behind, or the message names exactly what was left.
    """
    folder = Path(folder).expanduser()
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise Refused(
            translate(
                "ExchangeMessages",
                "{0} is not an empty folder; choose a new or empty one so the "
                "export is not mixed with other files.",
            ).format(folder)
        )
    if not folder.parent.is_dir():
        raise Refused(
            translate(
                "ExchangeMessages", "The folder {0} does not exist; nothing was exported."
            ).format(folder.parent)
        )
    staging = folder.parent / f".{folder.name[:64]}.export-{os.getpid()}.partial"
    try:
        shutil.rmtree(staging, ignore_errors=True)
        make_private_dir(staging)
        counts, hashes, head = _write_export(ws, staging)
        if folder.exists():
            folder.rmdir()  # checked empty above
        os.replace(staging, folder)
        fsync_dir(folder.parent)
    except OSError as exc:
        left = _remove_partial(staging)
        raise Refused(
            translate("ExchangeMessages", "The export could not be written: {0}.").format(
                exc.strerror or exc
            )
            + " "
            + (
                left
                or translate(
                    "ExchangeMessages",
                    "The partial export was removed; no plaintext was left behind.",
                )
            )
        ) from None
    except Exception as exc:  # a damaged page, ...: its own message, unless files remain
        left = _remove_partial(staging)
        if left:
            raise Refused(
                translate("ExchangeMessages", "The export failed ({0}).{1}").format(
                    type(exc).__name__, left
                )
            ) from None
        raise
    except BaseException:  # Ctrl+C
        _remove_partial(staging)
        raise
    with ws.store.transaction():
        ws.store.append_event(
            ws.user,
            None,
            "workspace.exported",
            {"folder": folder.name, "tables": counts, "files": len(hashes)},
            ws.now(),
        )
    return ExportSummary(folder, counts, len(hashes), head)


# -- reading an export back ------------------------------------------------------------------


def _load_json(path: Path, what: str) -> Any:
    try:
        return json.loads(path.read_bytes())
    except FileNotFoundError:
        raise ExportRefused(
            translate("ExchangeMessages", "{0} is missing from the export.").format(what)
        ) from None
    except (OSError, ValueError):
        raise ExportRefused(
            translate("ExchangeMessages", "{0} cannot be read as JSON.").format(what)
        ) from None


def _inside(source: Path, relative: str) -> Path:
    """A path named by the export, refused if it climbs out of the export folder."""
    path = (source / relative).resolve()
    if not path.is_relative_to(source.resolve()):
        raise ExportRefused(
            translate(
                "ExchangeMessages", "The export names a file outside its folder ({0!r})."
            ).format(relative)
        )
    return path


def _check_cell(source: Path, table: str, number: int, column: str, value: Any) -> None:
    if value is None or isinstance(value, str | int | float):
        return
    if isinstance(value, dict) and set(value) == {"file", "sha256", "size"}:
        relative, digest = value["file"], value["sha256"]
        if isinstance(relative, str) and isinstance(digest, str) and _SHA256.match(digest):
            path = _inside(source, relative)
            try:
                if sha256_of(path) != digest:
                    raise ExportRefused(
                        translate(
                            "ExchangeMessages",
                            "{0} differs from the file that was exported (its "
                            "sha256 does not match).",
                        ).format(relative)
                    )
            except OSError:
                raise ExportRefused(
                    translate("ExchangeMessages", "{0} is missing from the export.").format(
                        relative
                    )
                ) from None
            return
    raise ExportRefused(
        translate(
            "ExchangeMessages",
            "{0}.json row {1}: the value of '{2}' is neither text, a number nor a file reference.",
        ).format(table, number, column)
    )


def read_export(source: Path) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """The manifest and every table's rows, checked (files by sha256) before any use."""
    source = Path(source).expanduser()
    manifest = _load_json(source / MANIFEST, MANIFEST)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ExportRefused(
            translate("ExchangeMessages", "{0} is not a Cooperation Desk export (no {1}).").format(
                source, MANIFEST
            )
        )
    if manifest.get("version") != 1:
        raise ExportRefused(
            translate(
                "ExchangeMessages",
                "This export was written in a format this version does not read; "
                "use the version of Cooperation Desk that wrote it.",
            )
        )
    schema = manifest.get("schema_version")
    if not isinstance(schema, int) or schema > SCHEMA_VERSION:
        raise ExportRefused(
            translate(
                "ExchangeMessages",
                "This export comes from a newer version of Cooperation Desk "
                "(schema {0}; this one knows up to {1}).",
            ).format(schema, SCHEMA_VERSION)
        )
    counts = manifest.get("tables")
    if not isinstance(counts, dict):
        raise ExportRefused(
            translate("ExchangeMessages", "{0} does not list the exported tables.").format(MANIFEST)
        )
    tables: dict[str, list[dict[str, Any]]] = {}
    for table, count in counts.items():
        if not isinstance(table, str) or not _TABLE_NAME.match(table):
            raise ExportRefused(
                translate("ExchangeMessages", "{0} names a table that cannot exist: {1!r}.").format(
                    MANIFEST, table
                )
            )
        rows = _load_json(source / TABLES_DIR / f"{table}.json", f"{TABLES_DIR}/{table}.json")
        if (
            not isinstance(rows, list)
            or len(rows) != count
            or not all(isinstance(r, dict) for r in rows)
        ):
            raise ExportRefused(
                translate(
                    "ExchangeMessages", "{0}/{1}.json does not hold the {2} rows {3} announces."
                ).format(TABLES_DIR, table, count, MANIFEST)
            )
        for number, row in enumerate(rows, 1):
            for column, value in row.items():
                _check_cell(source, table, number, column, value)
        tables[table] = rows
    return manifest, tables


def _with_files(source: Path, row: dict[str, Any]) -> dict[str, Any]:
    return {
        k: (_inside(source, v["file"]).read_bytes() if isinstance(v, dict) else v)
        for k, v in row.items()
    }


# -- import -------------------------------------------------------------------------------


def _fill(
    ws: Workspace, source: Path, tables: dict[str, list[dict[str, Any]]], user: str
) -> list[str]:
    """Replace the new workspace's rows by the export's; returns users to add again."""
    conn = ws.store.conn
    TemplateStore(ws.store)  # created on first use, not by a migration: make it exist
    known = set(backup_store.data_tables(conn))
    for table, rows in tables.items():
        if table not in known:
            raise ExportRefused(
                translate(
                    "ExchangeMessages",
                    "The export holds a table this version does not know ({0}); "
                    "nothing was imported.",
                ).format(table)
            )
        columns = set(backup_store.table_columns(conn, table))
        extra = {c for r in rows for c in r} - columns
        if extra:
            raise ExportRefused(
                translate(
                    "ExchangeMessages",
                    "{0}.json has columns this version does not know ({1}); nothing was imported.",
                ).format(table, ", ".join(sorted(extra)))
            )
    again: list[str] = []
    for row in tables.get("users", []):
        if row.get("active") and row.get("name") != user:
            again.append(str(row.get("name")))
        row["active"] = 1 if row.get("name") == user else 0
    backup_store.defer_foreign_keys(conn)
    for table, rows in tables.items():
        if table == "attachments":
            _fill_attachments(ws, source, rows)
        else:
            backup_store.replace_table_rows(conn, table, (_with_files(source, r) for r in rows))
    account = ws.store.user(user)
    if account is None or not account["active"]:
        ws.store.add_user(user, user, "", ws.now())
    for row in tables.get("requests", []):
        ws.store.reindex(int(row["id"]))
    return again


def _fill_attachments(ws: Workspace, source: Path, rows: list[dict[str, Any]]) -> None:
    """Attachments come back stored in pieces, read from their files piece by piece."""
    conn = ws.store.conn
    backup_store.replace_table_rows(
        conn,
        "attachments",
        ({**r, "content": b""} if isinstance(r.get("content"), dict) else r for r in rows),
    )
    for row in rows:
        cell = row.get("content")
        if isinstance(cell, dict):
            with _inside(source, cell["file"]).open("rb") as handle:
                ws.store.add_attachment_chunks(
                    int(row["id"]), iter(partial(handle.read, ATTACHMENT_CHUNK), b"")
                )


def _remove_new_workspace(folder: Path, created_folder: bool) -> None:
    for name in (DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm", KEYS_FILE, HEAD_FILE):
        (folder / name).unlink(missing_ok=True)
    if created_folder:
        with contextlib.suppress(OSError):
            folder.rmdir()


def import_all(
    source: Path,
    folder: Path,
    user: str,
    passphrase: str,
    display_name: str = "",
    clock: Callable[[], datetime] = datetime.now,
) -> ImportResult:
    """A new workspace in `folder` holding everything in the export at `source`.

    The export is checked whole before anything is created; if the import fails, the new
    workspace is removed again.
    """
    source = Path(source).expanduser()
    folder = Path(folder).expanduser()
    check_user_name(user)
    check_passphrase(passphrase)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise Refused(
            translate(
                "ExchangeMessages",
                "{0} is not empty: import into a new folder, so no workspace is overwritten.",
            ).format(folder)
        )
    manifest, tables = read_export(source)
    created_folder = not folder.exists()
    ws, recovery = Workspace.create(folder, user, passphrase, display_name, clock=clock)
    counts = {table: len(rows) for table, rows in tables.items()}
    try:
        with ws.store.transaction():
            again = _fill(ws, source, tables, user)
            ws.store.append_event(
                user,
                None,
                "workspace.imported",
                {
                    "source_workspace": manifest.get("workspace_id"),
                    "exported_at": manifest.get("exported_at"),
                    "source_chain_head": manifest.get("chain_head"),
                    "tables": counts,
                    "users_to_add_again": again,
                },
                ws.now(),
            )
        ws.replace_settings(OfficeSettings.from_dict(ws.store.get_settings()))
        # An export written before step due dates were kept has none: work them all out,
        # now that the settings (and so the holiday calendar) are the export's.
        with ws.store.transaction():
            ws.store.mark_step_dues_stale()
    except BaseException:
        ws.close()
        _remove_new_workspace(folder, created_folder)
        raise
    return ImportResult(ws, recovery, counts, again)
