"""Digests of case rows, carried by the audit entries, so `verify` sees edits to the data.

The hash chain proves the log was not edited; it says nothing of a row changed with the
key and a SQLite tool. So every audit entry also carries, under `row_digests`, a digest of each
case row its transaction wrote ("notes:12" → digest, or null once deleted). The rows a
transaction writes are noted by TEMP triggers (this connection's only: a change made
through any other connection is exactly what must show) and digested when the entry is
appended. `verify` takes each row's newest digest from the log and recomputes the digest
of the row as it is now.

A digest is keyed with a random secret kept in the database, so the audit export (which
carries the details in plaintext) does not give away a low-variety value such as a
request's confidentiality. It reads `<16 hex>/<2 hex per column>`: the first part covers
the whole row, the tags say which columns differ. Columns that only cache what can be
worked out again (a step's open due date) are left out, and so are an attachment's bytes:
they are checked against the row's sha256 whenever they are read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import sqlcipher3

# table -> columns left out of its digests. Requests carry their own id as request_id.
TABLES: dict[str, frozenset[str]] = {
    "attachments": frozenset({"content"}),
    "checklist_steps": frozenset({"open_due_on"}),
    "checklists": frozenset(),
    "notes": frozenset(),
    "requests": frozenset(),
    "routing_steps": frozenset(),
}
BATCH = 2000  # rows per audit entry when a whole workspace is digested
DIGESTS = "row_digests"  # the key of an entry's detail that holds them


@dataclass(frozen=True)
class RowState:
    """One row's digest (None: deleted) and the request it belongs to."""

    table: str
    row_id: int
    request_id: int | None
    digest: str | None

    @property
    def key(self) -> str:
        return f"{self.table}:{self.row_id}"


def _request_column(table: str) -> str:
    return "id" if table == "requests" else "request_id"


def start_tracking(conn) -> None:
    """Note, on this connection, every case row written (after the schema is migrated)."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS touched (tbl TEXT NOT NULL, "
                 "id INTEGER NOT NULL, request_id INTEGER, PRIMARY KEY (tbl, id))")
    for table, left_out in TABLES.items():
        request = _request_column(table)
        columns = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")
                   if r[1] not in left_out]
        for event, row in (("INSERT", "NEW"), ("DELETE", "OLD"),
                           (f"UPDATE OF {', '.join(columns)}", "NEW")):
            name = f"touched_{table}_{event.split()[0].lower()}"
            conn.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS {name} AFTER {event} ON main.{table} "
                f"BEGIN INSERT OR REPLACE INTO touched(tbl, id, request_id) "
                f"VALUES ('{table}', {row}.id, {row}.{request}); END")


def _secret(conn) -> bytes:
    row = conn.execute("SELECT secret FROM row_digest_key").fetchone()
    return bytes(row[0]) if row else b""


class Digester:
    """Digests rows with the workspace's secret; built once per pass."""

    def __init__(self, conn) -> None:
        secret = _secret(conn)
        self._whole = hashlib.blake2b(key=secret, digest_size=8)
        self._tag = hashlib.blake2b(key=secret, digest_size=1)

    def digest(self, names: list[str], values: Iterable[Any], request_id: int | None) -> str:
        """`names`: the row's columns in sorted order; `values` in the same order. The
        request id is carried after the digest, to name the request of a deleted row."""
        whole = self._whole.copy()
        tags = []
        for name, value in zip(names, values, strict=True):
            item = f"{name}={value!r}".encode()
            tag = self._tag.copy()
            tag.update(item)
            tags.append(tag.hexdigest())
            if value is not None:
                whole.update(item + b"\x1f")
        return f"{whole.hexdigest()}/{''.join(tags)}/{request_id}"


def _rows(conn, table: str, where: str = "", params: Iterable[Any] = (),
          ) -> Iterator[tuple[int, int | None, list[str], list[Any]]]:
    """(id, request id, sorted column names, their values) for each row, by id."""
    cursor = conn.execute(f"SELECT * FROM {table} {where} ORDER BY id", tuple(params))
    columns = [d[0] for d in cursor.description]
    names = sorted(c for c in columns if c not in TABLES[table])
    order = [columns.index(n) for n in names]
    rid, request = columns.index("id"), columns.index(_request_column(table))
    for row in cursor:
        yield row[rid], row[request], names, [row[i] for i in order]


def take_touched(conn) -> list[RowState]:
    """The rows written since the last call, digested as they stand now; forgets them."""
    try:
        touched = conn.execute("SELECT tbl, id, request_id FROM temp.touched").fetchall()
    except sqlcipher3.OperationalError:  # not tracking here (a backup being checked)
        return []
    if not touched:
        return []
    conn.execute("DELETE FROM temp.touched")
    digester = Digester(conn)
    states = []
    by_table: dict[str, dict[int, int | None]] = {}
    for table, row_id, request_id in touched:
        by_table.setdefault(table, {})[row_id] = request_id
    for table, wanted in sorted(by_table.items()):
        ids = sorted(wanted)
        found = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for row_id, request_id, names, values in _rows(
                    conn, table, f"WHERE id IN ({marks})", chunk):
                found.add(row_id)
                states.append(RowState(table, row_id, request_id,
                                       digester.digest(names, values, request_id)))
        states += [RowState(table, i, wanted[i], None) for i in ids if i not in found]
    return states


def ready(conn) -> bool:
    """Whether the rows have digests to check: not a database made before them."""
    try:
        row = conn.execute("SELECT pending FROM row_digest_key").fetchone()
    except sqlcipher3.OperationalError:  # no such table: older than digests
        return False
    return bool(row) and not row[0]


def pending(conn) -> bool:
    """Whether the rows have never been digested (set by the migration that added this)."""
    row = conn.execute("SELECT pending FROM row_digest_key").fetchone()
    return bool(row and row[0])


def all_rows(conn) -> Iterator[list[RowState]]:
    """Every case row digested, in batches of BATCH rows: for the first digest of a
    workspace that existed before digests did."""
    digester = Digester(conn)
    for table in sorted(TABLES):
        batch: list[RowState] = []
        for row_id, request_id, names, values in _rows(conn, table):
            batch.append(RowState(table, row_id, request_id,
                                  digester.digest(names, values, request_id)))
            if len(batch) == BATCH:
                yield batch
                batch = []
        if batch:
            yield batch
    conn.execute("UPDATE row_digest_key SET pending = 0")


def current(conn, table: str) -> Iterator[tuple[int, int | None, list[str], str]]:
    """(id, request id, column names, digest) of each row of `table` as it is, by id."""
    digester = Digester(conn)
    for row_id, request_id, names, values in _rows(conn, table):
        yield row_id, request_id, names, digester.digest(names, values, request_id)


def recorded(conn) -> Iterator[tuple[str, int, str | None]]:
    """(table, id, digest) of the newest digest the audit trail holds for each row,
    sorted by table then id. SQLite does the grouping, so nothing is held per row here.
    """
    for table, row_id, digest, _ in conn.execute(
        "SELECT substr(j.key, 1, instr(j.key, ':') - 1) AS tbl, "
        "CAST(substr(j.key, instr(j.key, ':') + 1) AS INTEGER) AS row_id, "
        "j.value, max(e.seq) AS newest FROM events e, json_each(e.detail, '$.row_digests') j "
        "WHERE json_valid(e.detail) AND j.key IS NOT NULL "
        "GROUP BY j.key ORDER BY tbl, row_id"):
        yield table, row_id, digest


def registry_numbers(conn, request_ids: Iterable[int]) -> dict[int, str]:
    ids = sorted(set(request_ids))
    numbers: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        numbers.update(conn.execute(
            f"SELECT id, registry_no FROM requests WHERE id IN ({', '.join('?' * len(chunk))})",
            chunk).fetchall())
    return numbers
