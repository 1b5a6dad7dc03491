"""Checking the audit trail and the database, anchoring the chain, exporting the trail.

Every change appends an entry whose hash covers the previous entry's hash, so an edited,
deleted or reordered entry breaks the chain where it happened. What a chain cannot show
by itself is its newest entries cut off: for that, its head (seq and hash) is written
into each backup's manifest and onto exports, and `verify(ws, anchor)` compares with it.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.translation import translate
from desktop.services.errors import Refused
from desktop.services.exports import record_and_write
from desktop.services.workspace import Workspace
from desktop.storage import backup_store, row_digests
from desktop.storage.connection import DB_FILE, DatabaseProblem
from desktop.storage.store import GENESIS_HASH, Store, event_hash

Anchor = tuple[int, str]
# How far from its place an entry is looked for when its hash fits another position.
_REORDER_WINDOW = 16
_LISTED = 50  # data problems listed by `verify`; the count says how many more
_ANCHOR = re.compile(r"^\s*(\d+)\s*:\s*([0-9a-fA-F]{8,64})\s*$")
AUDIT_COLUMNS = (
    "seq",
    "at",
    "user",
    "request_id",
    "registry_no",
    "action",
    "detail",
    "prev_hash",
    "hash",
)


@dataclass(frozen=True)
class ChainProblem:
    """One break in the chain.

    `kind`: edited, deleted, reordered, truncated, rewritten (the last two need an
    anchor), unreadable (the trail cannot be read at all), or older (the database is
    older than a chain head noted without the key: see freshness).
    """

    seq: int
    kind: str
    message: str


@dataclass(frozen=True)
class DataProblem:
    """A case row that differs from the newest digest the audit trail holds for it.

    `kind`: changed, deleted (in the trail, gone from the table) or added (in the table,
    never written by the app). `columns`: those found changed, when they can be told.
    """

    table: str
    row_id: int
    request: str  # the registry number, or '#id' when the request itself is gone
    kind: str
    columns: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        name = _row_name(self.table).format(self.request, self.row_id)
        columns = f" ({', '.join(self.columns)})" if self.columns else ""
        if self.kind == "deleted":
            said = translate("AuditMessages", "{0} deleted outside the app{1}")
        elif self.kind == "added":
            said = translate("AuditMessages", "{0} added outside the app{1}")
        else:
            said = translate("AuditMessages", "{0} changed outside the app{1}")
        return said.format(name, columns)


def _row_name(table: str) -> str:
    """How a row is named in a data problem: {0} the request's number, {1} the row's id."""
    return {
        "attachments": translate("AuditMessages", "attachment {1} of request {0}"),
        "checklist_steps": translate("AuditMessages", "checklist step {1} of request {0}"),
        "checklists": translate("AuditMessages", "checklist {1} of request {0}"),
        "notes": translate("AuditMessages", "note {1} of request {0}"),
        "requests": translate("AuditMessages", "request {0}"),
        "routing_steps": translate("AuditMessages", "routing step {1} of request {0}"),
    }[table]


@dataclass(frozen=True)
class VerifyReport:
    entries: int
    head: Anchor
    integrity_problems: tuple[str, ...] = ()
    chain_problems: tuple[ChainProblem, ...] = ()
    anchor: Anchor | None = None
    damaged_pages: tuple[int, ...] = ()
    damaged_objects: tuple[str, ...] = ()
    rows_checked: int | None = None  # None: the data was not checked (see check_rows)
    data_problems: tuple[DataProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return not (self.integrity_problems or self.chain_problems or self.data_problems)

    @property
    def first_broken(self) -> int | None:
        """The lowest entry number found broken: everything before it is trustworthy."""
        return min((p.seq for p in self.chain_problems), default=None)

    def damage(self) -> str:
        """Where the database is damaged, in one line: pages, then tables and indexes."""
        parts = []
        if self.damaged_pages:
            pages = ", ".join(str(p) for p in self.damaged_pages)
            parts.append(
                translate("AuditMessages", "pages {0}").format(pages)
                if len(self.damaged_pages) > 1
                else translate("AuditMessages", "page {0}").format(pages)
            )
        if self.damaged_objects:
            parts.append(
                translate("AuditMessages", "cannot be read whole: {0}").format(
                    ", ".join(self.damaged_objects)
                )
            )
        return translate("AuditMessages", "; ").join(parts) or translate(
            "AuditMessages", "the integrity checks fail"
        )

    def summary(self) -> str:
        """Why verification failed, for the one-line message; '' when it passed."""
        if self.integrity_problems:
            return translate("AuditMessages", "the database is damaged ({0})").format(self.damage())
        older = [p for p in self.chain_problems if p.kind == "older"]
        if older:
            return older[0].message
        if self.chain_problems:
            return translate("AuditMessages", "the audit trail is broken from entry {0}").format(
                self.first_broken
            )
        if self.data_problems:
            count = len(self.data_problems)
            return (
                self.data_problems[0].message
                if count == 1
                else translate("AuditMessages", "{0} rows were changed outside the app").format(
                    count
                )
            )
        return ""

    def lines(self) -> list[str]:
        """What `coopdesk-cli verify` prints; holds numbers and hashes, never content."""
        out = []
        if self.integrity_problems:
            out.append(
                translate(
                    "AuditMessages", "Database: damaged ({0}). PRAGMA integrity checks:"
                ).format(self.damage())
            )
            out += [f"  {line}" for line in self.integrity_problems[:20]]
            if len(self.integrity_problems) > 20:
                out.append(
                    translate("AuditMessages", "  ... and {0} more").format(
                        len(self.integrity_problems) - 20
                    )
                )
        else:
            out.append(
                translate(
                    "AuditMessages",
                    "Database: intact (SQLite and SQLCipher integrity checks pass).",
                )
            )
        unreadable = [p for p in self.chain_problems if p.kind == "unreadable"]
        if unreadable:
            out.append(
                translate("AuditMessages", "Audit trail: {0}.").format(unreadable[0].message)
            )
        elif self.chain_problems:
            out.append(
                translate(
                    "AuditMessages", "Audit trail: BROKEN from entry {0} ({1} entries):"
                ).format(self.first_broken, self.entries)
            )
            out += [f"  {p.message}" for p in self.chain_problems]
        else:
            out.append(
                translate("AuditMessages", "Audit trail: intact, {0} entries.").format(self.entries)
            )
        if self.data_problems:
            out.append(
                translate(
                    "AuditMessages", "Data: {0} of {1} rows differ from the audit trail:"
                ).format(len(self.data_problems), self.rows_checked)
            )
            out += [f"  {p.message}" for p in self.data_problems[:_LISTED]]
            if len(self.data_problems) > _LISTED:
                out.append(
                    "  "
                    + translate("AuditMessages", "... and {0} more").format(
                        len(self.data_problems) - _LISTED
                    )
                )
        elif self.rows_checked is not None:
            out.append(
                translate(
                    "AuditMessages", "Data: intact, {0} rows as the audit trail recorded them."
                ).format(self.rows_checked)
            )
        if self.anchor is not None and not any(
            p.kind in {"truncated", "rewritten"} for p in self.chain_problems
        ):
            out.append(
                translate("AuditMessages", "Anchor: entry {0} matches.").format(self.anchor[0])
            )
        out.append(footer(self.head))
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "entries": self.entries,
            "head": {"seq": self.head[0], "hash": self.head[1]},
            "anchor": format_anchor(self.anchor) if self.anchor else None,
            "integrity_problems": list(self.integrity_problems),
            "damaged_pages": list(self.damaged_pages),
            "damaged_objects": list(self.damaged_objects),
            "first_broken": self.first_broken,
            "chain_problems": [
                {"seq": p.seq, "kind": p.kind, "message": p.message} for p in self.chain_problems
            ],
            "rows_checked": self.rows_checked,
            "data_problems": [
                {
                    "table": p.table,
                    "id": p.row_id,
                    "request": p.request,
                    "kind": p.kind,
                    "columns": list(p.columns),
                    "message": p.message,
                }
                for p in self.data_problems
            ],
        }


# -- anchors ------------------------------------------------------------------------------


def format_anchor(anchor: Anchor) -> str:
    return f"{anchor[0]}:{anchor[1]}"


def parse_anchor(text: str) -> Anchor:
    """'SEQ:HASH'; the hash may be shortened to its first 8+ characters, as on a footer."""
    match = _ANCHOR.match(text.replace("…", ""))
    if not match:
        raise Refused(
            translate(
                "AuditMessages",
                "An anchor is the entry number and its hash, e.g. "
                "'1234:9f86d081884c7d65' (as printed on a backup or an export).",
            )
        )
    return int(match.group(1)), match.group(2).lower()


def footer(head: Anchor) -> str:
    """The line for the foot of an export, so a later verify can prove nothing was cut."""
    return translate("AuditMessages", "Audit chain: seq {0}, head {1}…").format(
        head[0], head[1][:16]
    )


def chain_head(ws: Workspace) -> Anchor:
    """(seq, hash) of the newest audit entry; (0, GENESIS_HASH) for an empty trail."""
    return backup_store.chain_head(ws.store.conn)


def audit_footer(ws: Workspace) -> str:
    """'Audit chain: seq N, head abcd…' for the footer of Word and CSV exports."""
    return footer(chain_head(ws))


# -- checking the chain --------------------------------------------------------------------


def _hash_at(row: dict[str, Any], seq: int) -> str:
    return event_hash(
        row["prev_hash"],
        seq,
        row["at"],
        row["user"],
        row["request_id"],
        row["action"],
        row["detail"],
    )


def _short(digest: str) -> int:
    """A hash's first 64 bits: enough to find where an entry was written (the full hash is
    checked again), in a sixth of the memory of the text."""
    return int(digest[:16], 16)


def _written_as(row: dict[str, Any], seq_of: dict[int, int]) -> int | None:
    """The position an entry's hash was computed for, when that is not where it is now."""
    seq = row["seq"]
    candidates = []
    if row["prev_hash"] == GENESIS_HASH:
        candidates.append(1)
    elif _short(row["prev_hash"]) in seq_of:
        candidates.append(seq_of[_short(row["prev_hash"])] + 1)
    candidates += [seq + d for d in range(-_REORDER_WINDOW, _REORDER_WINDOW + 1) if d]
    for candidate in candidates:
        if candidate > 0 and candidate != seq and _hash_at(row, candidate) == row["hash"]:
            return candidate
    return None


def check_chain(
    read_rows: Callable[[], Iterable[dict[str, Any]]], anchor: Anchor | None = None
) -> tuple[int, Anchor, list[ChainProblem]]:
    """Walk the entries in seq order; returns (count, head, problems). Pure: no database.

    `read_rows()` gives the entries as they come and is called once for a sound trail:
    nothing is held but the previous entry, so hundreds of thousands of entries are
    checked in a few megabytes. Only when some entries do not fit their hash is it called
    again, to find where each was written (that can point later in the log).
    """
    unsound: list[dict[str, Any]] = []  # entries whose hash does not fit: rare
    problems: list[ChainProblem] = []
    expected, count = 1, 0
    previous: dict[str, Any] | None = None
    previous_sound = True
    at_anchor: str | None = None
    for row in read_rows():
        seq = row["seq"]
        count += 1
        if anchor is not None and seq == anchor[0]:
            at_anchor = row["hash"]
        if seq > expected:
            problems.append(
                ChainProblem(
                    expected,
                    "deleted",
                    translate(
                        "AuditMessages", "entry {0} is missing: deleted from the log."
                    ).format(expected)
                    if seq == expected + 1
                    else translate(
                        "AuditMessages", "entries {0} to {1} are missing: deleted from the log."
                    ).format(expected, seq - 1),
                )
            )
        sound = _hash_at(row, seq) == row["hash"]
        if not sound:
            unsound.append(row)
        elif seq == expected:
            link = previous["hash"] if previous else GENESIS_HASH
            if row["prev_hash"] != link and previous_sound:
                culprit = previous["seq"] if previous else seq
                problems.append(
                    ChainProblem(
                        culprit,
                        "edited",
                        translate(
                            "AuditMessages",
                            "entry {0} was replaced or edited and its hash "
                            "recomputed: entry {1} no longer links to it.",
                        ).format(culprit, seq)
                        if previous
                        else translate(
                            "AuditMessages",
                            "entry {0} does not start the chain: entries before it "
                            "were removed or the log was rebuilt.",
                        ).format(seq),
                    )
                )
        previous, previous_sound, expected = row, sound, seq + 1
    if unsound:
        seq_of = {_short(row["hash"]): row["seq"] for row in read_rows()}
        for row in unsound:
            seq = row["seq"]
            origin = _written_as(row, seq_of)
            if origin is not None:
                problems.append(
                    ChainProblem(
                        seq,
                        "reordered",
                        translate(
                            "AuditMessages",
                            "entry {0} was written as entry {1}: the log was reordered.",
                        ).format(seq, origin),
                    )
                )
            else:
                problems.append(
                    ChainProblem(
                        seq,
                        "edited",
                        translate(
                            "AuditMessages",
                            "entry {0} was edited: its content no longer matches its hash.",
                        ).format(seq),
                    )
                )
    head = (previous["seq"], previous["hash"]) if previous else (0, GENESIS_HASH)
    if anchor is not None:
        problems += _against_anchor(at_anchor, head, anchor)
    problems.sort(key=lambda p: p.seq)
    return count, head, problems


def _against_anchor(at_anchor: str | None, head: Anchor, anchor: Anchor) -> list[ChainProblem]:
    """`at_anchor`: the hash of the entry at the anchor's position, if there is one."""
    anchor_seq, anchor_hash = anchor
    if anchor_seq > head[0]:
        return [
            ChainProblem(
                head[0] + 1,
                "truncated",
                translate(
                    "AuditMessages",
                    "entries {0} to {1} are missing: the log was cut off after "
                    "entry {2}, but the anchor shows it reached entry {1}.",
                ).format(head[0] + 1, anchor_seq, head[0]),
            )
        ]
    if at_anchor is not None and not at_anchor.startswith(anchor_hash):
        return [
            ChainProblem(
                anchor_seq,
                "rewritten",
                translate(
                    "AuditMessages",
                    "entry {0} differs from the anchor: the log was rewritten up "
                    "to there (or the anchor belongs to another workspace).",
                ).format(anchor_seq),
            )
        ]
    return []


# -- checking the data against the trail ---------------------------------------------------


def _parts(digest: str) -> tuple[str, str, int | None]:
    """(whole-row digest, column tags, request id) of a digest as stored."""
    whole, _, rest = digest.partition("/")
    tags, _, request = rest.partition("/")
    return whole, tags, int(request) if request.isdigit() else None


def _differing(recorded: str, now: str, names: list[str]) -> tuple[str, ...]:
    """The columns whose tags differ; () when they cannot be told (no tags, or the table's
    columns changed since)."""
    old_tags, new_tags = _parts(recorded)[1], now
    if len(old_tags) != len(new_tags) or len(new_tags) != 2 * len(names):
        return ()
    return tuple(
        name
        for i, name in enumerate(names)
        if old_tags[2 * i : 2 * i + 2] != new_tags[2 * i : 2 * i + 2]
    )


# (table, row id, request id, kind, columns)
Difference = tuple[str, int, int | None, str, tuple[str, ...]]


def _compare_table(
    conn: Any,
    table: str,
    claims: row_digests.Claims,
    current: Iterator[row_digests.Row],
    digester: row_digests.Digester,
) -> list[Difference]:
    """Each row of `table` that differs from its newest recorded digest, by id. The
    whole-row digests are compared as integers; the rest of a digest (column tags, the
    request of a deleted row) is read from its entry only for a row that differs."""
    found: list[Difference] = []
    whole = digester.whole
    for row in current:
        seq, recorded = claims.take(row.row_id) or (0, None)
        if recorded is None:  # no digest, or the trail says it was deleted
            found.append((table, row.row_id, row.request_id, "added", ()))
            continue
        now = whole(row.text)
        if isinstance(recorded, int):
            if recorded == int(now, 16):
                continue
            text = row_digests.claim_text(conn, seq, table, row.row_id)
        elif _parts(recorded)[0] == now:
            continue
        else:
            text = recorded
        columns = _differing(text, digester.tags(row.names, row.values), row.names) if text else ()
        found.append((table, row.row_id, row.request_id, "changed", columns))
    for row_id, seq in claims.left():
        text = row_digests.claim_text(conn, seq, table, row_id)
        found.append((table, row_id, _parts(text)[2] if text else None, "deleted", ()))
    return sorted(found, key=lambda difference: difference[1])


def _tally(rows: Iterator[Any], counter: list[int]) -> Iterator[Any]:
    for row in rows:
        counter[0] += 1
        yield row


def check_rows(store: Store) -> tuple[int | None, list[DataProblem]]:
    """Each case row against the newest digest the trail holds for it: (rows, problems).

    (None, []) when the database holds no digests yet (a backup made before them).
    The rows are streamed in id order against `row_digests.newest`: 16 bytes held per
    row, nothing sorted.
    """
    conn = store.conn
    if not row_digests.ready(conn):
        return None, []
    claims = row_digests.newest(conn)
    counter: list[int] = [0]
    found: list[Difference] = []
    digester = row_digests.Digester(conn)
    for table in sorted(row_digests.TABLES):
        found += _compare_table(
            conn,
            table,
            claims.pop(table),
            _tally(row_digests.current(conn, table), counter),
            digester,
        )
    numbers = row_digests.registry_numbers(conn, (f[2] for f in found if f[2] is not None))
    return counter[0], [
        DataProblem(
            table,
            row_id,
            numbers.get(request_id, f"#{request_id}") if request_id is not None else "?",
            kind,
            columns,
        )
        for table, row_id, request_id, kind, columns in found
    ]


def verify_store(
    store: Store,
    anchor: Anchor | None = None,
    reopen: Callable[[], Any] | None = None,
    rows: bool = True,
) -> VerifyReport:
    """Integrity checks and the chain for any open database (a workspace or a backup).

    The chain is read before the integrity checks: once a read meets a damaged page the
    connection fails every later read, and an intact audit trail must not be reported
    broken because some other table is damaged. With `reopen` (a fresh connection to the
    same file), a damaged database is probed table by table to say what is damaged.
    With `rows`, the case rows are checked against their digests (`check_rows`).
    """
    try:
        chain: tuple[int, Anchor, list[ChainProblem]] | None = check_chain(
            lambda: backup_store.event_rows(store.conn), anchor
        )
    except DatabaseProblem:
        chain = None
    integrity = tuple(backup_store.integrity_problems(store.conn))
    pages: tuple[int, ...] = ()
    damaged: tuple[str, ...] = ()
    if integrity:
        pages = tuple(backup_store.damaged_pages(integrity))
        if reopen is not None:
            damaged = tuple(backup_store.damaged_objects(reopen))
    if chain is None:
        why = (
            translate("AuditMessages", "cannot be read (table events is damaged)")
            if "table events" in damaged
            else translate("AuditMessages", "cannot be read: the database is damaged")
        )
        return VerifyReport(
            0,
            (0, GENESIS_HASH),
            integrity or (translate("AuditMessages", "the audit trail {0}").format(why),),
            (ChainProblem(1, "unreadable", why),),
            anchor,
            pages,
            damaged,
        )
    count, head, problems = chain
    checked, data = check_rows(store) if rows and not integrity else (None, [])
    return VerifyReport(
        count, head, integrity, tuple(problems), anchor, pages, damaged, checked, tuple(data)
    )


def verify(ws: Workspace, anchor: Anchor | None = None) -> VerifyReport:
    """`PRAGMA integrity_check`, `PRAGMA cipher_integrity_check`, the audit chain, and
    whether the database is older than the newest chain head noted without the key."""
    from desktop.services import freshness  # reads backup manifests: backup imports us

    path, key = ws.folder / DB_FILE, ws.raw_key()
    report = verify_store(ws.store, anchor, lambda: backup_store.open_copy(path, key))
    if report.integrity_problems:
        return report
    older = freshness.problems(ws)
    if not older:
        return report
    return dataclasses.replace(
        report, chain_problems=tuple(sorted((*report.chain_problems, *older), key=lambda p: p.seq))
    )


# -- exporting the trail -------------------------------------------------------------------


def _audit_rows(ws: Workspace, request_id: int | None) -> list[dict[str, Any]]:
    numbers: dict[int, str] = {}
    rows = []
    for raw in ws.store.raw_events():
        if request_id is not None and raw["request_id"] != request_id:
            continue
        rid = raw["request_id"]
        if rid is not None and rid not in numbers:
            record = ws.store.request(rid)
            numbers[rid] = record.registry_no if record else ""
        rows.append(
            {
                **{k: raw[k] for k in AUDIT_COLUMNS if k in raw},
                "registry_no": numbers.get(rid, "") if rid is not None else "",
            }
        )
    return rows


def _csv_cell(value: Any) -> Any:
    # A cell starting with = + - @ would run as a formula in a spreadsheet.
    return f"'{value}" if isinstance(value, str) and value[:1] in "=+-@" else value


def export_audit(ws: Workspace, request_id: int | None, path: Path) -> int:
    """Write the trail (one request's, or all) to .csv or .json; plaintext on purpose.

    JSON keeps each entry (details as objects) and the chain head at export time; CSV
    keeps details as the stored JSON text. Both carry prev_hash and hash, so the entries
    can be checked outside the app, and the export itself is logged.
    """
    suffix = path.suffix.lower()
    if suffix not in {".csv", ".json"}:
        raise Refused(
            translate(
                "AuditMessages",
                "The audit trail is exported as .csv or .json: choose a file name "
                "ending in one of them.",
            )
        )
    rows = _audit_rows(ws, request_id)
    if suffix == ".json":
        head = chain_head(ws)
        record = ws.store.request(request_id) if request_id is not None else None
        document = {
            "format": "coopdesk-audit",
            "version": 1,
            "exported_at": ws.now(),
            "exported_by": ws.user,
            "request": record.registry_no if record else None,
            "chain_head": {"seq": head[0], "hash": head[1]},
            "entries": [{**r, "detail": json.loads(r["detail"])} for r in rows],
        }
        data = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    else:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=AUDIT_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _csv_cell(v) for k, v in row.items()})
        data = buffer.getvalue().encode("utf-8-sig")
    record_and_write(
        ws,
        request_id,
        "audit.exported",
        {"rows": len(rows), "file": path.name, "format": suffix[1:]},
        path,
        data,
    )
    return len(rows)
